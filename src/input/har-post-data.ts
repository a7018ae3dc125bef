// What a HAR entry's postData holds besides plain JSON text: form fields ("params", which HAR 1.2
// gives instead of "text" for form posts), which read as plain text passed for an empty body.
import type { CallerWords } from '../lint/caller-words.js';
import { quote } from '../lint/quote.js';

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
  mimeType: unknown,
  endpoint: string,
  words: CallerWords,
): HarFault {
  const named = typeof mimeType === 'string' && mimeType !== '' ? `mimeType ${quote(mimeType)}`
    : 'no mimeType';
  const count = params.length === 1 ? 'a field' : `${params.length} fields`;
  return {
    fault: `sends its body as form fields (${named}, ${count} in "params", no "text"), not as ` +
      'JSON, so there is no JSON text to lint',
    hint: `${endpoint} takes a JSON body (Content-Type: application/json): send the fields ` +
      'as a JSON object, and lint that JSON by itself, saved to a file, with ' +
      `${words.option('endpoint')}.`,
  };
}
