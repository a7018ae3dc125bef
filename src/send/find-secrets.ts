// Where secrets stand in a text, in any form a server may write them back: as they are, with some
// or all characters percent-escaped (hex digits in either case), JSON-, `\xNN`- or HTML-escaped,
// escaped twice over, a space as "+" or "%20" (both in one form body, too) or a "+" as a space, in
// any case (a server that folds case, or swaps it), in base64 (base64-forms.ts), in base64 twice
// over, and as the hex digits of its bytes, of the value, of it folded to one case or of it
// percent-encoded. The text is read as it is and as each round of decoding reads it
// (decode-escapes.ts), at most three, each folded to lower case and searched for every form with
// indexOf, so a scrub costs about the text's length per form and reading, never its square,
// whatever the text holds.
import { replaceLoneSurrogates } from '../reporters/unicode.js';
import { base64Forms } from './base64-forms.js';
import { decodeRounds, type DecodedText } from './decode-escapes.js';

/** A text to look for, and how many units next to it, if base64 digits, hold part of it too. */
export interface SecretForm {
  text: string;
  before: number;
  after: number;
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
  // The value as a client may have escaped it first: RFC 6749 §2.3.1 has the client id and
  // secret form-encoded before they are joined and put in base64 for Basic auth, and a gateway
  // that dumps the bytes it was sent in hex shows them so too.
  const escaped = new Set([...folded, ...percentForms(value)]);
  // Hex has two digits per byte, so the value's digits stand alone wherever it starts; the text
  // is folded to lower case, so lower-case digits find upper-case ones too. Not of a percent form
  // with its spaces written partly as "+" and partly as "%20": no encoder mixes them, send refuses
  // a secret with a space, and each mix would be one more form (README, "Not scrubbed").
  for (const form of escaped) texts.add(Buffer.from(form, 'utf8').toString('hex'));
  const base64 = [...escaped, ...twiceBase64(value)].flatMap(base64Forms)
    .map((form) => ({ ...form, text: foldCase(form.text) }));
  return [...[...texts].map((text) => ({ text, before: 0, after: 0 })), ...base64];
}

/**
 * The base64 of the value, in both alphabets, to be put in base64 again: a gateway that logs a
 * header it was sent (a Basic pair) in base64 encodes it a second time. Unpadded, it is found
 * wherever more follows it; padded, its padding is cut out with it. Not of the value in another
 * case: each form is one more search of the text, and no encoder changes case between two rounds.
 */
function twiceBase64(value: string): string[] {
  const base64 = Buffer.from(value, 'utf8').toString('base64');
  const urlSafe = Buffer.from(value, 'utf8').toString('base64url');
  return [...new Set([base64, base64.replace(/=+$/, ''), urlSafe])];
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
export function replaceSecrets(text: string, forms: readonly SecretForm[],
  replacement: string): string {
  const spans: Array<[number, number]> = [];
  const spaced = forms.filter((form) => form.text.includes(' '));
  for (const reading of [{ text }, ...decodeRounds(text)]) {
    findForms(reading, forms, spans);
    // A form body's space is a "+" or, from some encoders or once mended by hand, "%20": one
    // value may hold both, so it is looked for with every "+" written as such read as a space.
    if (spaced.length > 0 && reading.text.includes('+')) {
      findForms(readPlusesAsSpaces(reading), spaced, spans);
    }
  }
  return spans.length === 0 ? text : replaceSpans(text, spans, replacement);
}

/** Adds the source span of each place a form stands in a reading. */
function findForms(reading: DecodedText, forms: readonly SecretForm[],
  spans: Array<[number, number]>): void {
  const folded = foldCase(reading.text);
  for (const form of forms) {
    for (const at of occurrences(folded, form.text)) {
      const start = at - (form.before > 0 && isBase64Digit(folded[at - 1]) ? 1 : 0);
      const end = reachAfter(folded, at + form.text.length, form.after);
      spans.push(sourceSpan(reading, start, end - start));
    }
  }
}

/**
 * The reading with each "+" that stands in the text as it is read as a space. An escaped one
 * ("%2B", "\u002B") is what form encoding makes of a "+" itself, so "a%2Bb" is the value "a+b",
 * not "a b". The gap left: a form body quoted in a URL writes "a%2Bb" too, and is not scrubbed.
 * Taking every "+" for a space redacted values that are not the secret, and secrets with spaces
 * are rare (send refuses credentials that hold one).
 */
function readPlusesAsSpaces(reading: DecodedText): DecodedText {
  const { spans } = reading;
  const text = reading.text.replace(/\+/g, (plus, at: number) =>
    (spans === undefined || spans.ends[at]! - spans.starts[at]! === 1 ? ' ' : plus));
  return { ...reading, text };
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
