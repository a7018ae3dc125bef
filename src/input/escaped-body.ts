// Where a body held escaped inside a JSON string (HAR postData.text, a logged "body") is written
// in the file. Its findings give positions in the decoded body; an annotation wants the escaped
// characters in the file that spell them, or every finding of the body stacks on one spot.
import { computeLineStarts } from '../lint/locate.js';
import type { Range } from '../lint/types.js';

/** Where a body that is not in the file verbatim is; see BodyRecord.container. */
export interface BodyString {
  line: number;
  /** The opening quote of the JSON string. */
  column: number;
  /**
   * Just past the closing quote: a JSON string holds no raw line break, so it ends on its line.
   * Absent for a body the file holds in pieces (a raw HTTP body sent in several chunks).
   */
  endColumn?: number;
  /** The source between the quotes, when the body is the string's value, not decoded base64. */
  escaped?: string;
}

type Place = { line: number; column: number };

/**
 * The string token at `range` of `text`, which starts at `origin` in the file (an NDJSON line, a
 * HAR entry), as a BodyString; `isBase64` when the body was decoded from it, not escaped in it.
 */
export function bodyStringAt(text: string, range: Range, origin: Place, isBase64: boolean): BodyString {
  const inFile = ({ line, column }: Place): Place => ({
    line: origin.line + line - 1,
    column: line === 1 ? origin.column + column - 1 : column,
  });
  const { line, column } = inFile(range.start);
  const endColumn = inFile(range.end).column;
  if (isBase64) return { line, column, endColumn };
  return { line, column, endColumn, escaped: text.slice(range.startOffset + 1, range.endOffset - 1) };
}

/**
 * Turns a position in the body (1-based, UTF-16 columns) into one in the file. Built only for
 * bodies with findings, so a log's clean lines never pay for it. Without the escaped source, or
 * when it does not decode to the body, every position is the string's start and end.
 */
export function placerInString(body: string, string: BodyString): (at: Place, isEnd: boolean) => Place {
  const starts = string.escaped === undefined ? undefined : unitStarts(string.escaped, body.length);
  if (starts === undefined) {
    const endColumn = string.endColumn ?? string.column;
    return (_, isEnd) => ({ line: string.line, column: isEnd ? endColumn : string.column });
  }

  // lintText drops a leading byte-order mark and counts lines and columns from after it.
  const skip = body.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineStarts = computeLineStarts(skip === 0 ? body : body.slice(1));
  return ({ line, column }) => {
    const lineStart = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1]!;
    const offset = Math.min(Math.max(skip + lineStart + column - 1, 0), body.length);
    // The first escaped character follows the opening quote.
    return { line: string.line, column: string.column + 1 + starts[offset]! };
  };
}

/**
 * For each UTF-16 unit the escaped source decodes to, the offset of the source characters that
 * write it, then the source's length. An escape (\" \\ \/ \b \f \n \r \t) is one unit written
 * with two characters, \uXXXX one written with six (a surrogate pair takes two of those); any
 * other character stands for itself. Undefined when the source does not give `length` units.
 */
export function unitStarts(escaped: string, length: number): Uint32Array | undefined {
  const starts = new Uint32Array(length + 1);
  let unit = 0;
  let at = 0;
  // Jumps from backslash to backslash: the characters between stand for themselves.
  for (let slash = escaped.indexOf('\\'); at < escaped.length; slash = escaped.indexOf('\\', at)) {
    const plainEnd = slash === -1 ? escaped.length : slash;
    if (unit + plainEnd - at > length) return undefined;
    for (; at < plainEnd; at++) starts[unit++] = at;
    if (slash === -1) break;
    if (unit === length) return undefined;
    starts[unit++] = at;
    at += escaped.charCodeAt(at + 1) === 0x75 /* u */ ? 6 : 2;
  }
  if (unit !== length || at !== escaped.length) return undefined;
  starts[length] = at;
  return starts;
}
