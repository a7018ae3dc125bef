// Turns body text into a value. JSON.parse decides validity (it is the parser the body's sender
// and most servers use); find-syntax-error.ts only places and names a fault precisely.
import type { CallerWords } from './caller-words.js';
import { findSyntaxError } from './find-syntax-error.js';

export type ParseOutcome =
  | { ok: true; value: unknown }
  | { ok: false; offset: number; length: number; found: string; reason: string; hint: string };

/** The hint of a fault names options in the caller's words (caller-words.ts). */
export function parseBody(text: string, words: CallerWords): ParseOutcome {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return describeSyntaxError(text, error, words);
  }
}

function describeSyntaxError(text: string, error: unknown, words: CallerWords): ParseOutcome {
  const fault = findSyntaxError(text);
  // The scanner accepts a few things JSON.parse does not (leading zeros, say); then trust V8.
  const offset = fault?.offset ?? offsetFromNodeMessage(error, text.length);
  const reason = fault?.reason ?? nodeReason(error);
  const found = offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : '';
  const hint = fault?.reason === AFTER_THE_END && /[\r\n][ \t\r\n]*$/.test(text.slice(0, offset))
    ? moreThanOne(words) : hintFor(text, offset);
  return { ok: false, offset, length: fault?.length ?? 1, found, reason, hint };
}

const AFTER_THE_END = 'expected the end of the text after the value';
// A second value on a line of its own: more likely a log than a body with a stray tail.
const moreThanOne = (words: CallerWords): string => 'A body is one JSON value, and this text ' +
  'holds more than one. If it is a log with one value per line (NDJSON), ' +
  `${words.readAsLog}.`;

function nodeReason(error: unknown): string {
  return error instanceof Error ? error.message : 'the text is not JSON';
}

function offsetFromNodeMessage(error: unknown, fallback: number): number {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  return match ? Number(match[1]) : Math.max(0, fallback - 1);
}

const TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u2033]/;

/** Recognises the usual ways bodies copied from web pages and code go wrong. */
function hintFor(text: string, offset: number): string {
  // An invisible character in most editors: say what it is, or the fault cannot be seen.
  if (text.charCodeAt(offset) === 0xfeff) {
    return 'Remove the byte-order mark (U+FEFF) here: JSON takes at most one, at the start of ' +
      'the file, and editors do not show it.';
  }
  const near = text.slice(Math.max(0, offset - 1), offset + 2);
  if (TYPOGRAPHIC_QUOTES.test(near)) {
    return 'Replace the typographic quotes (“ ” ‘ ’) with plain ASCII double quotes (").';
  }
  if (near.includes("'")) return 'JSON strings and keys need double quotes ("), not single quotes.';
  if (/\/[/*]/.test(near)) return 'JSON has no comments; remove them.';
  if (/,\s*[}\]]/.test(text.slice(Math.max(0, offset - 40), offset + 1))) {
    return 'Remove the comma before the closing bracket or brace; JSON allows no trailing commas.';
  }
  if (offset >= text.trimEnd().length) {
    return 'The text ends early: close every open string, object and list.';
  }
  return 'Fix the JSON syntax at this position; an editor with JSON support shows the fault.';
}
