// NDJSON: one JSON value per line, either a body or a captured request. Lines arrive one at a
// time, so a log of any size is read in bounded memory and its first findings print early.
import { LIBRARY_WORDS, type CallerWords } from '../lint/caller-words.js';
import { Locator } from '../lint/locate.js';
import type { BodyRecord, InputProblem, RecordEvent } from './body-record.js';
import { readCapturedRequest, type CapturedRequest } from './captured-request.js';
import { bodyStringAt } from './escaped-body.js';
import { formBodyFault } from './har-post-data.js';
import { maskUrlSecrets } from '../lint/mask-credentials.js';
import { isJsonMediaType } from './media-type.js';
import { nonJsonBody, type NonJsonBody } from './non-json-body.js';
import { routeRequest } from './route-request.js';
import { withSecondMark } from './second-mark.js';

/**
 * The records of a log. A logged request whose body a call endpoint cannot read as JSON (form
 * fields, a type that is not JSON) is reported through onProblem, as in a HAR or an .http dump.
 */
export async function* readNdjson(
  lines: AsyncIterable<string>,
  onProblem: (problem: InputProblem) => void,
  /** Whose words the notes of requests to no call endpoint use: the library's, or the CLI's. */
  words: CallerWords = LIBRARY_WORDS,
): AsyncGenerator<RecordEvent> {
  let lineNumber = 0;
  let index = 0;
  for await (const raw of lines) {
    lineNumber++;
    // Only the first line may begin with the file's mark. A later one that does (files, each
    // with its mark, joined into one log) is a syntax error of its own line, which lintText would
    // not see, as it drops one mark: the mark is handed over twice, as a second one is.
    const line = withSecondMark(lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw);
    // Blank is white space other than the mark, which trim() drops too: a line holding a mark
    // alone is that same syntax error, not a blank line.
    if (/^[^\S\uFEFF]*$/.test(line)) continue;
    const event = recordOf(line, lineNumber, index++, words, onProblem);
    if (event !== undefined) yield event;
  }
}

/** The line's record; undefined when a fault reported through onProblem leaves nothing to lint. */
function recordOf(line: string, lineNumber: number, index: number, words: CallerWords,
  onProblem: (problem: InputProblem) => void): RecordEvent | undefined {
  const source = { format: 'ndjson' as const, index, line: lineNumber };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // A broken line is a body with a syntax error; lintText says where.
    return { kind: 'body', record: { text: line, source, origin: { line: lineNumber, column: 1 } } };
  }
  const captured = readCapturedRequest(value);
  if (!captured) {
    const origin = { line: lineNumber, column: 1 };
    return { kind: 'body', record: { text: line, parsed: { value }, source, origin } };
  }
  const url = maskUrlSecrets(captured.url);
  const withRequest = { ...source, method: captured.method, url };
  // No body member at all: a logger that leaves bodies out, so what was sent is not known.
  if (captured.bodyPointer === undefined || captured.body === undefined) {
    return { kind: 'skip', skipped: { source: withRequest, reason: 'no body was logged', quiet: true } };
  }
  // A body that cannot be decoded: a note, not the input failure it is in a HAR. A log is no
  // capture made for its calls but the traffic of a run, read as it streams; one of its records
  // holding no text leaves the rest of it readable. Only for a call endpoint, as in a HAR.
  if (captured.fault !== undefined) {
    const route = routeRequest(captured.method, url, true, words);
    const skipped = route.kind === 'skip' ? { reason: route.reason, quiet: route.quiet }
      : { reason: captured.fault, quiet: false };
    return { kind: 'skip', skipped: { source: withRequest, ...skipped } };
  }
  const request = `${captured.method} ${url}`;
  const range = new Locator(line).rangeOf(captured.bodyPointer);
  const at = { line: lineNumber, column: range.start.column };
  if (captured.body === null) {
    // Logged as sent without one: routed as a HAR entry without postData is (an empty body where
    // the endpoint needs one, passed over where it may go without), not skipped unseen.
    const record = { text: '', source: withRequest, request, origin: at, isAbsent: true };
    return { kind: 'body', record };
  }
  const lineStart = { line: lineNumber, column: 1 };
  const record: BodyRecord = typeof captured.body === 'string'
    ? { text: captured.body, source: withRequest,
      container: bodyStringAt(line, range, lineStart, captured.isBase64 === true) }
    : { text: line.slice(range.startOffset, range.endOffset), source: withRequest, origin: at };
  const typed = unreadableAsJson(captured, record.text, url, words);
  if (typed !== undefined) {
    onProblem({ message: `line ${lineNumber} ${typed.fault}`, hint: typed.hint });
    if (!typed.isLinted) return undefined;
  }
  return { kind: 'body', record: { ...record, request } };
}

/**
 * Why a call endpoint cannot read the logged body as JSON, judged as for a HAR entry or an .http
 * request (non-json-body.ts): form fields, or a type that is not JSON. Only for a call endpoint:
 * a login request is a form post, and is passed over quietly when the record is routed.
 */
function unreadableAsJson(captured: CapturedRequest, text: string, url: string,
  words: CallerWords): NonJsonBody | undefined {
  const { form, mediaType } = captured;
  // Most logged requests say JSON or no type at all: no route is looked up for them.
  if (form === undefined && (mediaType === undefined || isJsonMediaType(mediaType.value))) {
    return undefined;
  }
  const route = routeRequest(captured.method, url, true, words);
  if (route.kind === 'skip') return undefined;
  if (form !== undefined) {
    return { ...formBodyFault(form.params, form.postData, route.endpoint, words), isLinted: false };
  }
  return nonJsonBody(text, mediaType?.value, mediaType?.field ?? 'Content-Type', route.endpoint,
    words);
}
