// The record of one logged request ({method, url, body} and the like, captured-request.ts), read
// from the text that holds it: an NDJSON line, or a .json file that holds the request alone. Both
// give the same record, so a request copied from a log into a file of its own is linted as it was.
import { Locator } from '../lint/locate.js';
import type { CallerWords } from '../lint/caller-words.js';
import { maskUrlSecrets } from '../lint/mask-credentials.js';
import type { BodySource } from '../lint/types.js';
import type { BodyRecord, InputProblem, RecordEvent } from './body-record.js';
import type { CapturedRequest } from './captured-request.js';
import { bodyStringAt } from './escaped-body.js';
import { formBodyFault } from './har-post-data.js';
import { isJsonMediaType } from './media-type.js';
import { nonJsonBody, type NonJsonBody } from './non-json-body.js';
import { routeRequest } from './route-request.js';

/** Where the text holding the request is, and how a problem with it is named. */
export interface LoggedPlace {
  source: BodySource;
  /** 1-based line of the text's first character in the file. */
  line: number;
  /** Starts a problem's message: "line 12" in a log, "the logged request" in a file of its own. */
  label: string;
}

/**
 * The request's record; undefined when a fault reported through onProblem leaves nothing to lint.
 * `text` is the JSON text the request was parsed from, and may span several lines.
 */
export function loggedRequestEvent(text: string, captured: CapturedRequest, place: LoggedPlace,
  words: CallerWords, onProblem: (problem: InputProblem) => void): RecordEvent | undefined {
  const url = maskUrlSecrets(captured.url);
  const withRequest = { ...place.source, method: captured.method, url };
  // No body member at all: a logger that leaves bodies out, so what was sent is not known.
  if (captured.bodyPointer === undefined || captured.body === undefined) {
    const reason = 'no body was logged';
    return { kind: 'skip', skipped: { source: withRequest, reason, quiet: true } };
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
  const range = new Locator(text).rangeOf(captured.bodyPointer);
  // The body's own line: a pretty-printed request holds it below its first line.
  const at = { line: place.line + range.start.line - 1, column: range.start.column };
  if (captured.body === null) {
    // Logged as sent without one: routed as a HAR entry without postData is (an empty body where
    // the endpoint needs one, passed over where it may go without), not skipped unseen.
    const record = { text: '', source: withRequest, request, origin: at, isAbsent: true };
    return { kind: 'body', record };
  }
  const textStart = { line: place.line, column: 1 };
  const record: BodyRecord = typeof captured.body === 'string'
    ? { text: captured.body, source: withRequest,
      container: bodyStringAt(text, range, textStart, captured.isBase64 === true) }
    : { text: text.slice(range.startOffset, range.endOffset), source: withRequest, origin: at };
  const typed = unreadableAsJson(captured, record.text, url, words);
  if (typed !== undefined) {
    onProblem({ message: `${place.label} ${typed.fault}`, hint: typed.hint });
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
