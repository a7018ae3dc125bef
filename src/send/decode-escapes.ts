// A server may quote a secret back URL-encoded, JSON-escaped, HTML-escaped or as the `\xNN`
// escapes of its bytes (Python's and C's way of showing bytes; some dumps write `\XNN`), wholly
// or in part (`%2f%2B`, `\u0061bc`, `&#77;&amp;`, `\x2f`), and escaped twice over (`%252B`: a URL
// quoted in a URL).
// To find it however it is written, a text is read as those escapes mean it, round after round,
// and each unit of a reading remembers where in the text it came from, so that what is found can
// be cut out of the text as it was. A round is greedy: "%41" is always "A" and "\n" a line end;
// a secret holding such a sequence itself is found in the round before, or the text as it is.

export interface DecodedText {
  text: string;
  /** Where each unit of text starts and ends in the original; absent when nothing was decoded. */
  spans?: { starts: number[]; ends: number[] };
}

/** The short escapes of JSON text (RFC 8259 §7); `\/` is how PHP's json_encode writes "/". */
const JSON_SHORT = new Map(Object.entries({
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
}));

/** The named character references an HTML or XML encoder writes for text. */
const HTML_NAMED = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }));

/** `&#77;`, `&#x4D;` or `&amp;`, from the "&" on; the name in either case. */
const HTML_REFERENCE = /&(?:#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}))|([a-zA-Z]{2,4}));/y;

/** More rounds than any encoder stacks (a form in a URL in JSON), and a bound on the cost. */
const MAX_ROUNDS = 3;

/**
 * Each reading of the source that differs from the one before, round after round, up to
 * MAX_ROUNDS; the places of every reading are places in the source.
 */
export function decodeRounds(source: string): DecodedText[] {
  const readings: DecodedText[] = [];
  let last: DecodedText = { text: source };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = decodeEscapes(last.text);
    if (next.text === last.text) break;
    last = composeSpans(last, next);
    readings.push(last);
  }
  return readings;
}

/** The reading `next` of an earlier reading, placed in the earlier reading's source. */
function composeSpans(earlier: DecodedText, next: DecodedText): DecodedText {
  const outer = earlier.spans;
  if (outer === undefined || next.spans === undefined) return next;
  const starts = next.spans.starts.map((at) => outer.starts[at]!);
  const ends = next.spans.ends.map((end) => outer.ends[end - 1]!);
  return { text: next.text, spans: { starts, ends } };
}

export function decodeEscapes(source: string): DecodedText {
  if (!/[%\\&]/.test(source)) return { text: source };
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let at = 0; at < source.length;) {
    const escape = readEscape(source, at);
    const piece = escape?.text ?? source[at]!;
    const end = escape?.end ?? at + 1;
    // A character outside the BMP is two units; both span the whole escape.
    for (let unit = 0; unit < piece.length; unit++) {
      units.push(piece[unit]!);
      starts.push(at);
      ends.push(end);
    }
    at = end;
  }
  return { text: units.join(''), spans: { starts, ends } };
}

/** The escape that starts at `at`, decoded, and where it ends; undefined for none. */
function readEscape(source: string, at: number): { text: string; end: number } | undefined {
  if (source[at] === '%') return readBytes(source, at, '%');
  if (source[at] === '&') return readReference(source, at);
  if (source[at] !== '\\') return undefined;
  const next = source[at + 1] ?? '';
  // Some dumps write the byte escape with a capital X (`\X53`), as hex dumps write 0X53.
  if (next === 'x' || next === 'X') return readBytes(source, at, '\\x');
  if (next === 'u') {
    const unit = hexAt(source, at + 2, 4);
    return unit === undefined ? undefined : { text: String.fromCharCode(unit), end: at + 6 };
  }
  const short = JSON_SHORT.get(next);
  return short === undefined ? undefined : { text: short, end: at + 2 };
}

/**
 * One character written as the escapes of its UTF-8 bytes (one to four of them), each the prefix
 * ("%" or "\x") and two hex digits.
 */
function readBytes(source: string, at: number, prefix: string):
  { text: string; end: number } | undefined {
  const width = prefix.length + 2;
  const lead = escapedByte(source, at, prefix);
  if (lead === undefined) return undefined;
  const length = lead < 0x80 ? 1 : lead >= 0xf0 && lead <= 0xf4 ? 4
    : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0;
  if (length === 0) return undefined;
  const bytes = [lead];
  for (let index = 1; index < length; index++) {
    const byte = escapedByte(source, at + width * index, prefix);
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return undefined;
    bytes.push(byte);
  }
  return { text: Buffer.from(bytes).toString('utf8'), end: at + width * length };
}

/** One character written as an HTML character reference. */
function readReference(source: string, at: number): { text: string; end: number } | undefined {
  HTML_REFERENCE.lastIndex = at;
  const match = HTML_REFERENCE.exec(source);
  if (match === null) return undefined;
  const [whole, decimal, hex, name] = match;
  const end = at + whole.length;
  if (name !== undefined) {
    const text = HTML_NAMED.get(name.toLowerCase());
    return text === undefined ? undefined : { text, end };
  }
  const point = decimal === undefined ? Number.parseInt(hex!, 16) : Number(decimal);
  return point > 0 && point <= 0x10ffff ? { text: String.fromCodePoint(point), end } : undefined;
}

/** The byte an escape at `at` gives; the prefix's letter (the x of "\x") in either case. */
function escapedByte(source: string, at: number, prefix: string): number | undefined {
  const isPrefix = source.slice(at, at + prefix.length).toLowerCase() === prefix;
  return isPrefix ? hexAt(source, at + prefix.length, 2) : undefined;
}

function hexAt(source: string, at: number, width: number): number | undefined {
  let value = 0;
  for (let index = at; index < at + width; index++) {
    const digit = HEX_DIGITS.indexOf(source[index] ?? 'x') % 16;
    if (digit < 0) return undefined;
    value = value * 16 + digit;
  }
  return value;
}

/** Twice, lower then upper case: a digit's place modulo 16 is its value in either case. */
const HEX_DIGITS = '0123456789abcdef0123456789ABCDEF';
