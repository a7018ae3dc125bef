// Where secrets stand in a text, in any form a server may write them back: as they are, with
// some or all characters percent-escaped (hex digits in either case), JSON-escaped or written as
// HTML character references, escaped twice over, a space as "+" (a form body), and in any case
// (a server that folds case, or swaps it). The text is read as it is and as each round of
// decoding reads it (decode-escapes.ts), at most three, each folded to lower case and searched
// for every form with indexOf, so a scrub costs about the text's length per form and reading,
// never its square, whatever the text holds.
import { replaceLoneSurrogates } from '../reporters/unicode.js';
import { decodeRounds, type DecodedText } from './decode-escapes.js';

/** The forms of a value to look for in a decoded text folded by foldCase. */
export function secretForms(value: string): string[] {
  // URL encoders write a lone surrogate as U+FFFD's bytes; decoding gives U+FFFD back. Upper
  // case first: "ß" upper-cased is "SS", which folds to "ss", not back to "ß".
  const cased = [value, value.toUpperCase(), replaceLoneSurrogates(value, () => '\ufffd')]
    .map(foldCase);
  // A form body writes a space as "+", which the decoding leaves as it is.
  return [...new Set(cased.flatMap((form) => [form, form.replaceAll(' ', '+')]))];
}

/**
 * The text with each place a form stands replaced. The text as it is is searched too: a round of
 * decoding would misread a value that holds "%41" or "\n" itself.
 */
export function replaceSecrets(text: string, forms: Iterable<string>, replacement: string): string {
  const spans: Array<[number, number]> = [];
  for (const reading of [{ text }, ...decodeRounds(text)]) {
    const folded = foldCase(reading.text);
    for (const form of forms) {
      for (const at of occurrences(folded, form)) spans.push(sourceSpan(reading, at, form.length));
    }
  }
  return spans.length === 0 ? text : replaceSpans(text, spans, replacement);
}

/**
 * The text in lower case, unit for unit: a character whose lower case is longer ("İ" becomes
 * "i" and a combining dot) is kept as it is, so that each place in the result is the same
 * place in the text.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return [...text].map((char) => {
    const folded = char.toLowerCase();
    return folded.length === char.length ? folded : char;
  }).join('');
}

/** Where a form stands, without overlaps: each search starts past the last find. */
function* occurrences(text: string, form: string): Generator<number> {
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) yield at;
}

function sourceSpan(decoded: DecodedText, at: number, length: number): [number, number] {
  if (decoded.spans === undefined) return [at, at + length];
  return [decoded.spans.starts[at]!, decoded.spans.ends[at + length - 1]!];
}

/** Overlapping spans (a secret inside the "id:secret" pair) are replaced as one. */
function replaceSpans(text: string, spans: Array<[number, number]>, replacement: string): string {
  spans.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let copied = 0; // where the text not yet copied or replaced begins
  for (const [start, end] of spans) {
    if (start < copied) {
      copied = Math.max(copied, end);
      continue;
    }
    pieces.push(text.slice(copied, start), replacement);
    copied = end;
  }
  pieces.push(text.slice(copied));
  return pieces.join('');
}
