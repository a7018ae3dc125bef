// HAR 1.2 captures (browser and proxy exports): every entry is one request; those that go to a
// call endpoint under /api/v2/conversations are linted against the endpoint of their method and
// URL, the rest are counted and skipped.
import { LIBRARY_WORDS, type CallerWords } from '../lint/caller-words.js';
import { Locator } from '../lint/locate.js';
import { describeType, quote } from '../lint/quote.js';
import { isPlainObject } from '../lint/walk-model.js';
import type { InputProblem, RecordEvent } from './body-record.js';
import { bodyStringAt } from './escaped-body.js';
import { harEntryLabel } from './har-entry-label.js';
import { decodePostText, formBodyFault, formFieldsOf } from './har-post-data.js';
import { maskUrlSecrets } from '../lint/mask-credentials.js';
import { nonJsonBody } from './non-json-body.js';
import { routeRequest } from './route-request.js';
import { splitHarEntries, type HarDamage, type HarEnding } from './split-har-entries.js';

/**
 * The records of a HAR file's entries. A file that holds no log.entries, or that ends before its
 * JSON does, is reported through onProblem (after the entries that were there): it would
 * otherwise pass as a capture with nothing to lint. isCut: the text was cut short by a fault
 * already reported (bytes that are not UTF-8), so its unfinished end says nothing more.
 */
export async function* readHar(
  chunks: AsyncIterable<string>,
  onProblem: (problem: InputProblem) => void,
  isCut: () => boolean = () => false,
  /** Whose words hints use: the library's, or the CLI's flags. */
  words: CallerWords = LIBRARY_WORDS,
): AsyncGenerator<RecordEvent> {
  let ending = 'complete' as HarEnding;
  let count = 0;
  let damage: HarDamage | undefined;
  const entries = splitHarEntries(chunks, (how, entries, harm) => {
    ending = how;
    count = entries;
    damage = harm;
  });
  for await (const entry of entries) {
    // The column only where the line does not name the entry alone.
    const place = { index: entry.index, line: entry.line,
      ...(entry.startsLine ? {} : { column: entry.column }) };
    if (!entry.isObject) {
      onProblem({
        message: `${harEntryLabel(place)} is not an object, so it holds no request`,
        hint: 'Export the capture again; each entry of a HAR file is an object with a "request".',
      });
      continue;
    }
    // A damaged entry may be the very call the capture was made for: a failure, not a skip.
    const report = (problem: EntryFault) => onProblem({
      message: `${harEntryLabel(place)} ${problem.fault}`,
      hint: problem.hint ??
        'Export the capture again; a HAR file edited by hand must stay valid JSON, with each ' +
        'entry\'s "request" an object holding "method" and "url" strings and its body in ' +
        '"postData": {"text": "..."}.',
    });
    const event = recordOf(entry.text, place, entry.column, words, report);
    if ('kind' in event) yield event;
    else report(event);
  }
  if (isCut()) return;
  // Not for a text with no entries at all: that is no HAR, and saying so is enough.
  if (damage !== undefined && ending !== 'no-entries') {
    const at = `line ${damage.line}, column ${damage.column}`;
    onProblem({
      message: `is not valid JSON: ${damage.what} (${at}); its entries were still linted`,
      hint: damage.hint ?? 'Export the capture again, or cut the file back to one HAR: a tool ' +
        'reading the file as JSON would refuse it, and entries after the fault may not have been read.',
    });
  }
  if (ending === 'no-entries') {
    // A capture broken before its entries reads as no HAR; where it broke tells why.
    const broken = damage === undefined ? ''
      : ` (its JSON breaks at line ${damage.line}, column ${damage.column}: ${damage.what})`;
    onProblem({
      message: `is not a HAR capture: it holds no "log": { "entries": [...] }${broken}; nothing was linted`,
      hint: 'Export the capture again as HAR, or pass ' +
        `${words.option('inputFormat')} for what the file holds.`,
    });
  } else if (ending === 'cut-off') {
    onProblem({
      message: `ends before its JSON does (cut off?); ${readBefore(count)}`,
      hint: 'Export or copy the HAR file again, whole.',
    });
  }
}

interface EntryFault {
  fault: string;
  hint?: string;
}

function readBefore(entries: number): string {
  if (entries === 0) return 'no entry was complete';
  return `${entries === 1 ? 'the entry' : `the ${entries} entries`} before that ${entries === 1 ? 'was' : 'were'} read`;
}

/**
 * The entry's record, or why it holds no request that can be read. A request or body of the
 * wrong type is damage, not a request without a body: passing it over hid the very call.
 */
function recordOf(
  text: string,
  place: { index: number; line: number; column?: number },
  column: number,
  words: CallerWords,
  /** For a fault that still leaves a body to lint. */
  report: (problem: EntryFault) => void,
): RecordEvent | EntryFault {
  const { line } = place;
  const base = { format: 'har' as const, ...place };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { fault: 'is not valid JSON, so its request was not linted' };
  }
  const request = isPlainObject(value) ? value['request'] : undefined;
  if (!isPlainObject(request)) return { fault: `has ${describeType(request)} for "request", not an object` };
  const { method, url } = request;
  if (typeof method !== 'string' || typeof url !== 'string') {
    const which = typeof method !== 'string' ? ['method', method] as const : ['url', url] as const;
    return { fault: `has ${describeType(which[1])} for "request.${which[0]}", not a string, so its ` +
      'endpoint cannot be told' };
  }
  // Methods are case-sensitive tokens: "post" or "" is no POST, and must not be sent as one.
  if (!/^[A-Z]+$/.test(method)) {
    return { fault: `has ${quote(method)} for "request.method", which is no HTTP method (POST, ` +
      'PATCH, PUT ...), so its endpoint cannot be told' };
  }
  const source = { ...base, method, url: maskUrlSecrets(url) };
  const postData = request['postData'];
  if (postData !== undefined && !isPlainObject(postData)) {
    return { fault: `has ${describeType(postData)} for "request.postData", not an object, so its body ` +
      'was not linted' };
  }
  const body = postData?.['text'];
  // Form fields are a body too, though no text: not the absent body an endpoint may allow.
  const form = formFieldsOf(postData);
  const route = routeRequest(method, source.url, body !== undefined || form !== undefined, words);
  if (route.kind === 'skip') return { kind: 'skip', skipped: { source, reason: route.reason, quiet: route.quiet } };
  if (body !== undefined && typeof body !== 'string') {
    return { fault: `has ${describeType(body)} for "request.postData.text", not the body's text, so its ` +
      'body was not linted' };
  }
  if (form) return formBodyFault(form, postData, route.endpoint, words);
  if (body === undefined) {
    // A call sent without the body its endpoint needs: linted as the empty body it was.
    const record = { text: '', source, request: route.endpoint, origin: { line, column }, isAbsent: true };
    return { kind: 'body', record };
  }
  const decoded = decodePostText(body, postData?.['encoding']);
  if ('fault' in decoded) return decoded;
  const mimeType = postData?.['mimeType'];
  const typed = nonJsonBody(decoded.text, typeof mimeType === 'string' ? mimeType : undefined,
    'mimeType', route.endpoint, words);
  if (typed !== undefined && !typed.isLinted) return typed;
  if (typed !== undefined) report(typed);
  const range = new Locator(text).rangeOf('/request/postData/text');
  const container = bodyStringAt(text, range, { line, column }, decoded.isBase64 === true);
  return { kind: 'body', record: { text: decoded.text, source, request: route.endpoint, container } };
}
