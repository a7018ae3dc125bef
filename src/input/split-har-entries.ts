// Streams the entries of a HAR file (log.entries[*]) out of text chunks without parsing the whole
// file: a character-level scanner tracks strings, nesting and the keys of the two outer levels,
// and hands out one entry's text at a time with the line and column where it starts. Memory is
// bounded by the largest single entry, not by the file. The text around the entries is checked
// against the JSON grammar as it goes by (json-outline.ts); the entries are parsed by the reader.
import { JsonOutline } from './json-outline.js';
import { SECOND_MARK } from './second-mark.js';

export interface HarEntryText {
  /**
   * The entry's position in its own log.entries list: a second HAR pasted after the first (or
   * a second "entries" key) numbers from 0 again, so that log.entries[i] is a path in the
   * document that holds it, told from the first's by its line.
   */
  index: number;
  /** The entry's JSON text; empty when the entry is not an object (isObject false). */
  text: string;
  isObject: boolean;
  /** 1-based position of the entry's opening brace in the file. */
  line: number;
  column: number;
  /** Only white space stands before the entry on its line, so its line alone names it. */
  startsLine: boolean;
}

interface Frame {
  isObject: boolean;
  key: string | undefined;
  expectsKey: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * How the text ended, told once it has: 'complete'; 'no-entries' (no log.entries array, so no
 * HAR at all, an empty file included); 'cut-off' (it ends inside a string, object or array).
 */
export type HarEnding = 'complete' | 'no-entries' | 'cut-off';

/**
 * The first fault in the file's outline, which the entries' own parsing cannot see: text after
 * the JSON ends (a second HAR pasted on, say), a bracket that closes nothing or the wrong kind,
 * or any other break of the JSON grammar (a trailing comma, a missing colon).
 */
export interface HarDamage {
  what: string;
  line: number;
  column: number;
  /** What to do, when it is not the usual advice (a second byte-order mark). */
  hint?: string;
}

export async function* splitHarEntries(
  chunks: AsyncIterable<string>,
  onEnd: (ending: HarEnding, entries: number, damage: HarDamage | undefined) => void = () => {},
): AsyncGenerator<HarEntryText> {
  const stack: Frame[] = [];
  let hasEntries = false;
  let line = 1;
  let column = 1;
  let isFirstChunk = true;
  let inString = false;
  let isEscaped = false;
  let key: string | undefined; // the key being read, at the two outer levels only
  let entriesDepth = -1;
  let entry: { parts: string[]; line: number; column: number; startsLine: boolean } | undefined;
  let index = 0;
  let count = 0; // entries handed out, in every list
  let afterCr = false;
  let isLineBlank = true; // nothing but white space so far on the current line
  let hasEnded = false; // the outermost value has closed
  let damage: HarDamage | undefined;
  // Inside log.entries, between entries: whether a value has begun since the last comma, so
  // that a scalar or a list given as an entry is counted once, keeping entries[i] numbering true.
  let isValueOpen = false;
  const harm = (what: string, hint?: string): void => {
    damage ??= { what, line, column, ...(hint === undefined ? {} : { hint }) };
  };
  const outline = new JsonOutline();

  for await (const raw of chunks) {
    const chunk = isFirstChunk ? raw.replace(/^\uFEFF/, '') : raw;
    isFirstChunk = false;
    let entryStart = entry ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      const wasInEntry = entry !== undefined;
      // The file's own mark is gone: one at 1:1 is a second, which JSON.parse refuses.
      if (c === 0xfeff && line === 1 && column === 1) {
        harm(`the file ${SECOND_MARK.what}`, SECOND_MARK.hint);
      }
      if (!inString && !isSpace(c)) {
        if (hasEnded) harm('text follows the end of the JSON');
        // Not "else": a second HAR pasted after the first numbers its own entries, scalars too.
        if (stack.length === entriesDepth && !entry && c !== 44 && c !== 93 && c !== 125) {
          // An entry begun while the last has no comma after it: JSON.parse refuses the file.
          if (c === 123 && isValueOpen) harm('a comma is missing between two entries of log.entries');
          if (c !== 123 && !isValueOpen) {
            count++;
            yield { index: index++, text: '', isObject: false, line, column, startsLine: isLineBlank };
          }
          isValueOpen = true;
        }
      }
      if (inString) {
        if (isEscaped) isEscaped = false;
        else if (c === BACKSLASH) isEscaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (key !== undefined) {
            stack.at(-1)!.key = key;
            key = undefined;
          }
        } else if (key !== undefined) key += chunk[i];
      } else if (c === QUOTE) {
        inString = true;
        const top = stack.at(-1);
        if (top?.isObject && top.expectsKey) {
          top.expectsKey = false;
          if (stack.length <= 2) key = '';
        }
      } else if (c === 123 || c === 91) {
        if (stack.length === entriesDepth && c === 123 && !entry) {
          entry = { parts: [], line, column, startsLine: isLineBlank };
          entryStart = i;
        }
        const isEntries = c === 91 && stack.length === 2 && stack[0]!.key === 'log' &&
          stack[1]!.key === 'entries';
        stack.push({ isObject: c === 123, key: undefined, expectsKey: c === 123 });
        if (isEntries) {
          entriesDepth = stack.length;
          hasEntries = true;
          // A second "entries" key (JSON.parse keeps the last), or the list of a second HAR
          // pasted on, starts a fresh list.
          isValueOpen = false;
          index = 0;
        }
      } else if (c === 125 || c === 93) {
        const closed = stack.pop();
        if (closed === undefined) harm(`"${chunk[i]}" closes nothing`);
        else if (closed.isObject !== (c === 125)) {
          harm(`"${chunk[i]}" closes ${closed.isObject ? 'an object' : 'a list'}`);
        }
        if (stack.length === 0) hasEnded = true;
        if (entry && stack.length === entriesDepth) {
          entry.parts.push(chunk.slice(entryStart, i + 1));
          count++;
          yield {
            index: index++,
            text: entry.parts.join(''),
            isObject: true,
            line: entry.line,
            column: entry.column,
            startsLine: entry.startsLine,
          };
          entry = undefined;
          entryStart = -1;
        } else if (stack.length === entriesDepth - 1) {
          entriesDepth = -1;
        }
      } else if (c === 44) {
        const top = stack.at(-1);
        if (top?.isObject) top.expectsKey = true;
        if (stack.length === entriesDepth) isValueOpen = false;
      }
      // The faults above name what they know best; the grammar catches the rest.
      if (damage === undefined && !wasInEntry) {
        damage = entry === undefined
          ? outline.feed(chunk[i]!, line, column)
          : outline.skipValue(chunk[i]!, line, column);
      }
      // Line breaks as the Locator counts them: \n, \r\n and a lone \r.
      if (c === 10 && afterCr) {
        afterCr = false;
      } else if (c === 10 || c === 13) {
        line++;
        column = 1;
        afterCr = c === 13;
        isLineBlank = true;
      } else {
        column++;
        afterCr = false;
        if (c !== 32 && c !== 9) isLineBlank = false;
      }
    }
    if (entry && entryStart >= 0) entry.parts.push(chunk.slice(entryStart));
  }
  const ending = inString || stack.length > 0 ? 'cut-off' : hasEntries ? 'complete' : 'no-entries';
  if (ending === 'complete') damage ??= outline.end();
  onEnd(ending, count, damage);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
