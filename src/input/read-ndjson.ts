// NDJSON: one JSON value per line, either a body or a captured request. Lines arrive one at a
// time, so a log of any size is read in bounded memory and its first findings print early.
import { LIBRARY_WORDS, type CallerWords } from '../lint/caller-words.js';
import type { InputProblem, RecordEvent } from './body-record.js';
import { readCapturedRequest } from './captured-request.js';
import { loggedRequestEvent } from './logged-request-record.js';
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
  const place = { source, line: lineNumber, label: `line ${lineNumber}` };
  return loggedRequestEvent(line, captured, place, words, onProblem);
}
