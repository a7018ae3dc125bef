// What a HAR entry's postData holds besides plain JSON text: form fields ("params", which HAR 1.2
// gives instead of "text" for form posts) and text some exporters write in base64 with
// "encoding": "base64" (a field HAR 1.2 defines only for responses). Read as plain text, the one
// passed for an empty body and the other for a syntax error at its first letter.
import type { CallerWords } from '../lint/caller-words.js';
import { quote } from '../lint/quote.js';
import { decodeBase64Text } from './decode-base64.js';

export interface HarFault {
  fault: string;
  hint: string;
}

/** The form fields of a body sent as fields, with no text (HAR 1.2 gives one or the other). */
export function formFieldsOf(postData: Record<string, unknown> | undefined): unknown[] | undefined {
  const params = postData?.['params'];
  const text = postData?.['text'];
  const isForm = Array.isArray(params) && params.length > 0 && (text === undefined || text === '');
  return isForm ? params : undefined;
}

/** Why a body sent as form fields is not linted, and what the endpoint takes instead. */
export function formBodyFault(
  params: unknown[],
  postData: Record<string, unknown> | undefined,
  endpoint: string,
  words: CallerWords,
): HarFault {
  const named = namedMimeType(postData);
  const count = params.length === 1 ? 'a field' : `${params.length} fields`;
  const text = postData?.['text'] === '' ? 'an empty "text"' : 'no "text"';
  return {
    fault: `sends its body as form fields (${named}, ${count} in "params", ${text}), not as ` +
      'JSON, so there is no JSON text to lint',
    hint: jsonBodyHint(endpoint, words),
  };
}

/** "mimeType ..." or "no mimeType": what a postData says its body is, for messages. */
function namedMimeType(postData: Record<string, unknown> | undefined): string {
  const mimeType = postData?.['mimeType'];
  return typeof mimeType === 'string' && mimeType !== '' ? `mimeType ${quote(mimeType)}`
    : 'no mimeType';
}

/** What to do with a body an endpoint that takes JSON got in another form. */
export const jsonBodyHint = (endpoint: string, words: CallerWords): string =>
  `${endpoint} takes a JSON body (Content-Type: application/json): send the fields as a JSON ` +
  `object, and lint that JSON by itself, saved to a file, with ${words.option('endpoint')}.`;

/**
 * What to do with a body written as JSON but sent under another Content-Type. isValid: it parses;
 * else it is JSON with a syntax error (it starts with "{" or "["), which is to be fixed first.
 */
export function jsonHeaderHint(endpoint: string, declared: readonly string[],
  isValid: boolean): string {
  const send = `send it with ${declared.length > 1 ? 'one ' : ''}Content-Type: application/json ` +
    `instead of ${declared.map((type) => quote(type)).join(' and ')}`;
  return isValid
    ? `The body is JSON already, but ${endpoint} reads it as JSON only when it is sent as JSON: ` +
      `${send}.`
    : 'The body is meant as JSON but is not valid JSON: fix the syntax error reported for it, ' +
      `then ${send}, as ${endpoint} reads it as JSON only when it is sent as JSON.`;
}

/** True when the text parses as JSON, as a server given the JSON type would read it. */
export function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The body's text as the exporter meant it: decoded when its "encoding" is base64 (isBase64 then
 * says so: the text is not what the file writes, and findings cannot point into it).
 */
export function decodePostText(
  text: string,
  encoding: unknown,
): { text: string; isBase64?: true } | HarFault {
  if (encoding === undefined || encoding === '') return { text };
  const hint = 'Export the capture again with the body as plain text (or as UTF-8 in base64), or ' +
    'lint the body by itself.';
  if (typeof encoding !== 'string' || encoding.toLowerCase() !== 'base64') {
    const fault = `has ${quote(encoding)} for "request.postData.encoding", which is no ` +
      'encoding this tool can decode (only "base64"), so its body was not linted';
    return { fault, hint };
  }
  const decoded = decodeBase64Text(text);
  if ('text' in decoded) return { text: decoded.text, isBase64: true };
  const fault = decoded.problem === 'not-base64'
    ? 'has "request.postData.encoding": "base64", but its text is no base64, so its body was ' +
      'not linted'
    : 'has a base64 "request.postData.text" that decodes to bytes that are not UTF-8 text, so ' +
      'its body was not linted';
  return { fault, hint };
}
