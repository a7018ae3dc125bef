// Maps JSON Pointers to ranges in the source text. Runs only for bodies that have findings, so
// clean bodies never pay for a second pass. It is one linear scan over jsonc-parser's tokens with
// an explicit stack (no recursion), so bodies nested a million levels deep cannot overflow it.
import { jsonc } from './jsonc.js';
import type { Anchor, Range } from './types.js';
import { escapeToken } from './pointer.js';

// jsonc-parser's SyntaxKind is a const enum, which isolated compilation cannot inline.
const TOKEN = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  colon: 6,
  string: 10,
  eof: 17,
} as const;

interface Span {
  start: number;
  end: number;
  /** Start of the member's key, when the value is an object member. */
  keyStart: number | undefined;
}

interface Frame {
  isObject: boolean;
  /** Pointer of this container; undefined below the deepest pointer anyone asked for. */
  pointer: string | undefined;
  index: number;
  key: string | undefined;
  keyStart: number | undefined;
  expectsKey: boolean;
  start: number;
  keyOfSelf: number | undefined;
}

export class Locator {
  readonly #text: string;
  readonly #lineStarts: number[];

  constructor(text: string) {
    this.#text = text;
    this.#lineStarts = computeLineStarts(text);
  }

  rangeAtOffset(offset: number, length: number): Range {
    const start = Math.min(Math.max(0, offset), this.#text.length);
    const end = Math.min(this.#text.length, start + Math.max(0, length));
    return this.#range(start, end);
  }

  /** Ranges for many pointers in one scan; see rangeOf for the anchors. */
  rangesOf(requests: ReadonlyArray<{ pointer: string; anchor: Anchor }>): Range[] {
    const wanted = new Set(requests.map((r) => (r.anchor === 'parent' ? parentOf(r.pointer) : r.pointer)));
    const spans = scanSpans(this.#text, wanted);
    return requests.map(({ pointer, anchor }) => {
      const span = spans.get(anchor === 'parent' ? parentOf(pointer) : pointer);
      if (!span) return this.#range(0, 0);
      if (anchor === 'member' && span.keyStart !== undefined) return this.#range(span.keyStart, span.end);
      // A missing member is placed at the opening bracket of the object that lacks it.
      if (anchor === 'parent') return this.#range(span.start, span.start + 1);
      return this.#range(span.start, span.end);
    });
  }

  rangeOf(pointer: string, anchor: Anchor = 'value'): Range {
    return this.rangesOf([{ pointer, anchor }])[0]!;
  }

  #range(startOffset: number, endOffset: number): Range {
    return { start: this.#position(startOffset), end: this.#position(endOffset), startOffset, endOffset };
  }

  #position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.#lineStarts[low]! + 1 };
  }
}

function parentOf(pointer: string): string {
  const index = pointer.lastIndexOf('/');
  return index <= 0 ? '' : pointer.slice(0, index);
}

function depthOf(pointer: string): number {
  let depth = 0;
  for (let i = 0; i < pointer.length; i++) if (pointer.charCodeAt(i) === 47) depth++;
  return depth;
}

/**
 * The value at pointer as the text writes it ("1.0", "12345678901234567890"), which its parsed
 * value may not give back: a hint that quotes a number must keep the user's digits. Undefined
 * when the pointer is not in the text.
 */
export function writtenAt(text: string, pointer: string): string | undefined {
  const span = scanSpans(text, new Set([pointer])).get(pointer);
  return span === undefined ? undefined : text.slice(span.start, span.end);
}

/** One pass over the tokens, recording where each wanted pointer's value starts and ends. */
function scanSpans(text: string, wanted: ReadonlySet<string>): Map<string, Span> {
  // A loop, not Math.max(...spread): a body can have more findings than arguments fit a call.
  let maxDepth = 0;
  for (const pointer of wanted) maxDepth = Math.max(maxDepth, depthOf(pointer));
  const spans = new Map<string, Span>();
  const stack: Frame[] = [];
  const scanner = jsonc().createScanner(text, true);

  // Pointer of the value about to start, from the innermost container.
  const nextPointer = (): string | undefined => {
    const frame = stack.at(-1);
    if (!frame) return '';
    if (frame.pointer === undefined || stack.length > maxDepth) return undefined;
    const token = frame.isObject ? escapeToken(frame.key ?? '') : String(frame.index);
    return `${frame.pointer}/${token}`;
  };
  const record = (pointer: string | undefined, span: Span): void => {
    // Later duplicates overwrite earlier ones: JSON.parse keeps the last duplicate key too.
    if (pointer !== undefined && wanted.has(pointer)) spans.set(pointer, span);
  };

  for (let kind = scanner.scan(); kind !== TOKEN.eof; kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    const frame = stack.at(-1);
    if (frame?.isObject && frame.expectsKey && kind === TOKEN.string) {
      frame.key = scanner.getTokenValue();
      frame.keyStart = offset;
      frame.expectsKey = false;
      continue;
    }
    if (kind === TOKEN.colon) continue;
    if (kind === TOKEN.comma) {
      if (frame?.isObject) frame.expectsKey = true;
      else if (frame) frame.index++;
      continue;
    }
    if (kind === TOKEN.closeBrace || kind === TOKEN.closeBracket) {
      const closed = stack.pop();
      if (closed) {
        record(closed.pointer, { start: closed.start, end: offset + 1, keyStart: closed.keyOfSelf });
      }
      continue;
    }
    const pointer = nextPointer();
    const keyStart = frame?.isObject ? frame.keyStart : undefined;
    if (kind === TOKEN.openBrace || kind === TOKEN.openBracket) {
      stack.push({
        isObject: kind === TOKEN.openBrace,
        pointer,
        index: 0,
        key: undefined,
        keyStart: undefined,
        expectsKey: kind === TOKEN.openBrace,
        start: offset,
        keyOfSelf: keyStart,
      });
    } else {
      record(pointer, { start: offset, end: offset + scanner.getTokenLength(), keyStart });
    }
  }
  return spans;
}

/** Offsets where the text's lines start; CR LF, CR and LF each end a line. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // Jumps between line breaks with indexOf rather than testing every character: on a cold start
  // the per-character loop ran in V8's interpreter for each body with findings (issue 6).
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
      continue;
    }
    // CR LF is one break; a CR alone is one too.
    const end = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    starts.push(end);
    if (end === cr + 2) lf = text.indexOf('\n', end);
    cr = text.indexOf('\r', end);
  }
  return starts;
}
