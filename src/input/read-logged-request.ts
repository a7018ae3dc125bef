// A .json file that holds one logged request ({method, url, headers, body} as a logger or proxy
// writes it, pretty-printed or on one line): read as the same object on an NDJSON line is, so
// its body is linted against the endpoint of its method and URL, its findings point where the
// body's members are in the file, and its headers and URL are never linted as body members.
import type { CallerWords } from '../lint/caller-words.js';
import type { InputProblem, RecordEvent } from './body-record.js';
import type { CapturedRequest } from './captured-request.js';
import { loggedRequestEvent } from './logged-request-record.js';

/** The request's record; `text` is the file's, `request` what captured-request.ts read of it. */
export function readLoggedRequest(text: string, request: CapturedRequest,
  onProblem: (problem: InputProblem) => void, words: CallerWords): RecordEvent | undefined {
  // lintText drops a leading mark and counts columns from after it; so does the Locator here.
  const json = text.replace(/^\uFEFF/, '');
  const place = { source: { format: 'logged-request' as const, index: 0, line: 1 }, line: 1,
    label: 'the logged request' };
  return loggedRequestEvent(json, request, place, words, onProblem);
}
