// A body sent to a call endpoint under a type that is not JSON (a form type, text/plain), as a
// HAR entry's mimeType, an .http request's Content-Type or a logged request's header or postData
// gives it. A server reads a body as its type says, so such a body is never read as JSON and the
// request needs its type fixed: all three readers report it as an input failure. A text that is
// (or starts as) JSON is linted too, so the fix to its fields is known before the header is
// changed; other text is not JSON to lint.
import type { CallerWords } from '../lint/caller-words.js';
import { quote } from '../lint/quote.js';
import { isJsonText, jsonBodyHint, jsonHeaderHint } from './har-post-data.js';
import { quotedBody } from './quoted-body.js';
import { isFormMediaType, isJsonMediaType, isMultipart } from './media-type.js';

export interface NonJsonBody {
  fault: string;
  hint: string;
  /** True when the text is JSON enough to lint after the fault is reported. */
  isLinted: boolean;
}

/**
 * Why the body's type keeps a server from reading it as JSON, or undefined when the type is JSON
 * or none is given (no claim against it), and for an empty body. `field` names where the type
 * was read: "Content-Type" or "mimeType". Several types are the differing headers of one request,
 * none of them JSON: one fault names them all, whichever a server keeps.
 */
export function nonJsonBody(
  text: string,
  declared: string | readonly string[] | undefined,
  field: string,
  endpoint: string,
  words: CallerWords,
): NonJsonBody | undefined {
  const shown = text.trim();
  const types = typeof declared === 'string' ? [declared] : declared ?? [];
  // An empty body is linted as one (empty-body), whatever type it was sent under.
  if (types.length === 0 || types.some(isJsonMediaType) || shown === '') return undefined;
  // A form or multipart type among them hides the body's secrets, whichever is named last.
  const masking = types.find((type) => isFormMediaType(type) || isMultipart(type)) ?? types.at(-1)!;
  const sent = `sends its body as ${types.map((type) => quote(type)).join(' or ')} (its ${field}), ` +
    `not as JSON (body ${quotedBody(shown, masking)}), so a server does not read it as JSON`;
  // "{" or "[" first: JSON with a syntax error is still JSON meant, and its error worth showing;
  // the hint then says to fix it too, not that the body is JSON already.
  const isValid = isJsonText(shown);
  return isValid || /^[[{]/.test(shown)
    ? { fault: `${sent}; its text was linted as JSON`,
      hint: jsonHeaderHint(endpoint, types, isValid), isLinted: true }
    : { fault: `${sent}, and there is no JSON text to lint`, hint: jsonBodyHint(endpoint, words),
      isLinted: false };
}
