// A body sent to a call endpoint under a type that is not JSON (a form type, text/plain), as a
// HAR entry's mimeType or an .http request's Content-Type gives it. A server reads a body as its
// type says, so such a body is never read as JSON and the request needs its type fixed: both
// readers report it as an input failure. A text that is (or starts as) JSON is linted too, so the
// fix to its fields is known before the header is changed; other text is not JSON to lint.
import type { CallerWords } from '../lint/caller-words.js';
import { quote } from '../lint/quote.js';
import { isJsonText, jsonBodyHint, jsonHeaderHint } from './har-post-data.js';
import { quotedBody } from './mask-url-secrets.js';
import { isJsonMediaType } from './media-type.js';

export interface NonJsonBody {
  fault: string;
  hint: string;
  /** True when the text is JSON enough to lint after the fault is reported. */
  isLinted: boolean;
}

/**
 * Why the body's type keeps a server from reading it as JSON, or undefined when the type is JSON
 * or none is given (no claim against it), and for an empty body. `field` names where the type was read: "Content-Type"
 * or "mimeType".
 */
export function nonJsonBody(
  text: string,
  type: string | undefined,
  field: string,
  endpoint: string,
  words: CallerWords,
): NonJsonBody | undefined {
  const shown = text.trim();
  // An empty body is linted as one (empty-body), whatever type it was sent under.
  if (type === undefined || isJsonMediaType(type) || shown === '') return undefined;
  const sent = `sends its body as ${quote(type)} (its ${field}), not as JSON (body ` +
    `${quotedBody(shown, type)}), so a server does not read it as JSON`;
  // "{" or "[" first: JSON with a syntax error is still JSON meant, and its error worth showing.
  const isJson = /^[[{]/.test(shown) || isJsonText(shown);
  return isJson
    ? { fault: `${sent}; its text was linted as JSON`, hint: jsonHeaderHint(endpoint, type),
      isLinted: true }
    : { fault: `${sent}, and there is no JSON text to lint`, hint: jsonBodyHint(endpoint, words),
      isLinted: false };
}
