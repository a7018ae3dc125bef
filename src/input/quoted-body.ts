// A body that is reported rather than linted (a form post, text under a type that is not JSON),
// as a message quotes it. A form post's body is the same list of pairs as a URL's query, and
// often an OAuth token request's (client_secret=...), so it is masked as a query is; JSON text
// is masked as a quoted value is (mask-credentials.ts).
import { maskJsonText, maskPairs } from '../lint/mask-credentials.js';
import { quote } from '../lint/quote.js';
import { isMultipart, isUrlEncodedForm } from './media-type.js';

/**
 * A body as a message quotes it: form-encoded text ("client_secret=...&phoneNumber=1") with its
 * secret values masked as a query's are; a multipart body, whose parts would have to be read to
 * find them, only by its length. JSON text keeps its layout, its credentials masked; any other
 * text is quoted as it is.
 */
export function quotedBody(text: string, mediaType: string): string {
  if (isMultipart(mediaType)) return `${text.length} characters of multipart text`;
  if (isUrlEncodedForm(mediaType)) return quote(maskPairs(text));
  // "{" or "[" first: JSON meant, with or without a syntax error (non-json-body.ts reads it so).
  return quote(/^\s*[[{]/.test(text) ? maskJsonText(text) : text);
}
