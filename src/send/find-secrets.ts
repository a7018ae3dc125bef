// Where secrets stand in a text, in any form a server may write them back: as they are, with some
// or all characters percent-escaped (hex digits in either case), JSON-escaped or written as HTML
// character references, escaped twice over, a space as "+" or a "+" as a space (a form body), in
// any case (a server that folds case, or swaps it), in base64 (base64-forms.ts) and as the hex
// digits of its bytes, of the value or of it folded to one case. The text is read as it is and as
// each round of decoding reads it (decode-escapes.ts), at most three, each folded to lower case and
// searched for every form with indexOf, so a scrub costs about the text's length per form and
// reading, never its square, whatever the text holds.
import { replaceLoneSurrogates } from '../reporters/unicode.js';
import { base64Forms } from './base64-forms.js';
import { decodeRounds, type DecodedText } from './decode-escapes.js';

/** A text to look for, and how many units next to it, if base64 digits, hold part of it too. */
export interface SecretForm {
  text: string;
  before: number;
  after: number;
  /** Where in text a "+" stands for a space of the value (a form body's). */
  spaces?: number[];
}

/** The forms of a value to look for in a decoded text folded by foldCase. */
export function secretForms(value: string): SecretForm[] {
  // URL encoders write a lone surrogate as U+FFFD's bytes; decoding gives U+FFFD back. Upper
  // case first: "ß" upper-cased is "SS", which folds to "ss", not back to "ß".
  const cased = [value, value.toUpperCase(), replaceLoneSurrogates(value, () => '\ufffd')]
    .map(foldCase);
  const texts = new Set(cased);
  // A "+" sent unescaped in a form body reaches the server as a space, which it may echo.
  for (const form of cased) texts.add(form.replaceAll('+', ' '));
  // Base64's and hex digits change when the value's case does: a server may fold the case of
  // what it quotes before encoding it (an upper-cased id:secret pair, say).
  const folded = [value, value.toUpperCase(), value.toLowerCase()];
  // Hex has two digits per byte, so the value's digits stand alone wherever it starts; the text
  // is folded to lower case, so lower-case digits find upper-case ones too.
  for (const form of folded) texts.add(Buffer.from(form, 'utf8').toString('hex'));
  // Base64 of the value as a client may have escaped it first: RFC 6749 §2.3.1 has the client
  // id and secret form-encoded before they are joined and put in base64 for Basic auth.
  const escaped = new Set([...folded, ...percentForms(value)]);
  const base64 = [...escaped].flatMap(base64Forms)
    .map((form) => ({ ...form, text: foldCase(form.text) }));
  return [...[...texts].map((text) => ({ text, before: 0, after: 0 })), ...plusForms(cased),
    ...base64];
}

/**
 * The forms with each space written "+", as a form body has it. Each such "+" must stand in the
 * text as it is: an escaped one ("%2B", "\u002B") is what form encoding makes of a "+" itself,
 * so "a%2Bb" is the value "a+b", not "a b". The gap left: a form body quoted in a URL writes
 * "a%2Bb" too, and is not scrubbed. Taking every "+" for a space redacted values that are not
 * the secret, and secrets with spaces are rare (send refuses credentials that hold one).
 */
function plusForms(cased: readonly string[]): SecretForm[] {
  const forms = new Map<string, number[]>();
  for (const form of cased) {
    const spaces = [...form.matchAll(/ /g)].map((match) => match.index);
    if (spaces.length > 0) forms.set(form.replaceAll(' ', '+'), spaces);
  }
  return [...forms].map(([text, spaces]) => ({ text, before: 0, after: 0, spaces }));
}

/** The value percent-encoded as URL and form encoders write it, hex in either case. */
function percentForms(value: string): string[] {
  let uri: string;
  try {
    uri = encodeURIComponent(value);
  } catch {
    // A lone surrogate: no encoder writes it, and the forms above hold its other readings.
    return [];
  }
  // A form encoder also escapes !'()* and writes a space as "+".
  const form = uri.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll('%20', '+');
  const lower = (text: string) => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  return [uri, form, lower(uri), lower(form)];
}

/**
 * The text with each place a form stands replaced. The text as it is is searched too: a round of
 * decoding would misread a value that holds "%41" or "\n" itself.
 */
export function replaceSecrets(text: string, forms: Iterable<SecretForm>,
  replacement: string): string {
  const spans: Array<[number, number]> = [];
  for (const reading of [{ text }, ...decodeRounds(text)]) {
    const folded = foldCase(reading.text);
    for (const form of forms) {
      for (const at of occurrences(folded, form.text)) {
        if (!arePlusesWritten(reading, at, form.spaces)) continue;
        const start = at - (form.before > 0 && isBase64Digit(folded[at - 1]) ? 1 : 0);
        const end = reachAfter(folded, at + form.text.length, form.after);
        spans.push(sourceSpan(reading, start, end - start));
      }
    }
  }
  return spans.length === 0 ? text : replaceSpans(text, spans, replacement);
}

/** Whether each "+" a form has for a space, found at `at`, is a "+" of the text, not an escape. */
function arePlusesWritten(reading: DecodedText, at: number, spaces: number[] | undefined): boolean {
  const { spans } = reading;
  if (spaces === undefined || spans === undefined) return true;
  return spaces.every((index) => spans.ends[at + index]! - spans.starts[at + index]! === 1);
}

/** Where a form found up to `end` ends with the base64 digit after it, and its padding. */
function reachAfter(folded: string, end: number, after: number): number {
  if (after === 0 || !isBase64Digit(folded[end])) return end;
  let reached = end + 1;
  while (reached < end + 3 && folded[reached] === '=') reached++;
  return reached;
}

/** Whether a unit of a folded text is a digit of either base64 alphabet. */
function isBase64Digit(unit: string | undefined): boolean {
  return unit !== undefined && /^[a-z0-9+/_-]$/.test(unit);
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
