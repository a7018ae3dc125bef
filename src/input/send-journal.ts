// send's journal read back as an input. `send --journal p/j.ndjson` leaves an NDJSON file where
// the next plain run lints, which took each line for a body and failed it (18 false errors for
// one body sent). It is told by its content, as own-report.ts tells our reports: a journal opens
// with an attempt line (written before its request, src/send/journal.ts), and every line of it
// is an attempt or an outcome keyed by the request. A log with a line of that shape among
// bodies or captured requests is linted as it always was.
import { isPlainObject } from '../lint/walk-model.js';

/** How much of a streamed file is read to tell: far more than a journal line takes. */
export const JOURNAL_HEAD_BYTES = 64 * 1024;

/**
 * Whether the text is a send journal: its first line an attempt, and every other line of it an
 * entry. With isWhole false the text is a file's head, whose last line may be cut by the head's
 * end and is not judged; in a whole file a last line that is no JSON at all (no line end) is one
 * a crash cut short, which the journal's reader passes over too.
 */
export function isSendJournal(text: string, isWhole: boolean): boolean {
  const unmarked = text.replace(/^\uFEFF/, '');
  // A log of bodies or captures is told from a journal by its first line, so only a journal is
  // split into lines here: every log linted is asked, and may be read whole.
  const first = firstCompleteLine(unmarked);
  if (first === undefined || entryTypeOf(first) !== 'attempt') return false;
  const lines = unmarked.split('\n');
  const last = lines.pop() ?? '';
  const complete = lines.filter((line) => line.trim() !== '');
  if (!complete.every((line) => entryTypeOf(line) !== undefined)) return false;
  return !isWhole || last.trim() === '' || entryTypeOf(last) !== undefined ||
    parseJson(last) === undefined;
}

/** The first line that holds more than white space and ends with a line end, if any. */
function firstCompleteLine(text: string): string | undefined {
  let start = 0;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    start = end + 1;
  }
  return undefined;
}

/** 'attempt' or 'outcome' for a journal line, else undefined. */
function entryTypeOf(line: string): 'attempt' | 'outcome' | undefined {
  const value = parseJson(line)?.value;
  if (!isPlainObject(value) || typeof value['at'] !== 'string' || !isRequestKey(value['key'])) {
    return undefined;
  }
  const type = value['type'];
  return type === 'attempt' || type === 'outcome' ? type : undefined;
}

/**
 * A journal key (journalKey in src/send/journal.ts): the JSON text of [endpoint, path
 * parameters, body sha256], and for a later copy of the same request its number.
 */
function isRequestKey(key: unknown): boolean {
  if (typeof key !== 'string' || !key.startsWith('["')) return false;
  const identity = parseJson(key)?.value;
  if (!Array.isArray(identity) || identity.length < 3 || identity.length > 4) return false;
  const [endpoint, params, hash] = identity as unknown[];
  return typeof endpoint === 'string' && /^[A-Z]+ \/api\/v2\//.test(endpoint) &&
    isPlainObject(params) && typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash);
}

/** The parsed value, boxed so that JSON null is told from text that is no JSON. */
function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}
