// Bytes to text. JSON on the wire is UTF-8; a UTF-16 file with a byte-order mark (as some Windows
// editors save) is decoded too. Binary content, UTF-16 without its mark and broken UTF-8 are
// refused with the reason, so the caller can skip the input and say why instead of linting
// mojibake.

import { Buffer, constants, isAscii } from 'node:buffer';
import { LIBRARY_WORDS, type CallerWords } from '../lint/caller-words.js';
import { describeArgument, UsageError } from '../lint/usage-error.js';
import { unmarkedUtf16, unmarkedUtf16Refusal } from './unmarked-utf16.js';

const { MAX_STRING_LENGTH } = constants;

/**
 * hint: what to do about it, when not the usual "save it as UTF-8"; atByte: where the text stops
 * being UTF-8 (a bad sequence, or a NUL byte), when that is the reason: a log is still read up to
 * there.
 */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string; hint?: string; atByte?: number;
  /** The bytes are no UTF-8 (not binary, not another encoding): a raw HTTP dump can still be read. */
  isBadUtf8?: boolean };

let utf8Decoder: TextDecoder | undefined;
const utf8 = (): TextDecoder =>
  (utf8Decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }));

export function decodeBytes(input: Uint8Array | ArrayBuffer): Decoded {
  return decodeBytesFor(input, LIBRARY_WORDS);
}

/** decodeBytes, with hints in the caller's words (the CLI's flags). */
export function decodeBytesFor(input: Uint8Array | ArrayBuffer, words: CallerWords): Decoded {
  // instanceof first: the CLI's Buffers take no other step. A view from another realm (a Jest
  // test's), any other view and an ArrayBuffer are read as the bytes they hold.
  const bytes = input instanceof Uint8Array ? input : asBytes(input);
  // UTF-32's little-endian mark starts with UTF-16's: checked first, or it would be read as
  // UTF-16 text full of U+0000 and reported as a syntax error instead of an encoding.
  if (isUtf32Mark(bytes)) return UTF32;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes, words);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes, words);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // No atByte: a log in such text holds no line to read before the first NUL.
    const utf16 = unmarkedUtf16(bytes);
    if (utf16) return { ok: false, ...unmarkedUtf16Refusal(utf16) };
    return { ok: false, reason: `binary content (a NUL byte at byte offset ${nul})`, atByte: nul };
  }
  // Most bodies are ASCII, which is the same text in latin1: that path skips the UTF-8 decoder
  // (and creating it, ~0.2 ms of a one-body run; issue 6). Anything else is decoded strictly.
  if (isAscii(bytes)) {
    if (bytes.byteLength > MAX_STRING_LENGTH) return tooLong(words);
    // The CLI's bytes are a Buffer already: no second view over them (issue 6).
    const buffer = Buffer.isBuffer(bytes) ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = buffer.toString('latin1');
    return { ok: true, text };
  }
  try {
    return { ok: true, text: utf8().decode(bytes) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') return tooLong(words);
    const atByte = firstBadUtf8Byte(bytes);
    return { ok: false, reason: `invalid UTF-8 at byte offset ${atByte}`, atByte, isBadUtf8: true };
  }
}

/**
 * The bytes of a view or an ArrayBuffer. Anything else is a caller's mistake: a string (text
 * already) or a list of numbers was reported as "invalid UTF-8 at byte offset 0", and null or
 * an ArrayBuffer threw a bare TypeError.
 */
function asBytes(input: unknown): Uint8Array {
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  const tag = Object.prototype.toString.call(input);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') {
    return new Uint8Array(input as ArrayBuffer);
  }
  throw new UsageError('decodeBytes takes bytes (a Uint8Array, a Buffer or an ArrayBuffer), not ' +
    describeArgument(input),
    typeof input === 'string' ? 'A string is text already: pass it to lintText as it is.'
      : Array.isArray(input) ? 'Wrap a list of byte values: decodeBytes(Uint8Array.from(list)).'
      : 'Pass the bytes read from a file or a response, e.g. fs.readFileSync(path).');
}

/** Why UTF-32 is not read; streamed logs, checked by their first bytes, give it too. */
export const UTF32: Decoded = {
  ok: false,
  reason: 'UTF-32 text (it starts with a UTF-32 byte-order mark); not read',
  hint: 'Save it as UTF-8 (JSON on the wire is UTF-8).',
};

/** Whether the bytes begin with a UTF-32 byte-order mark; streamed logs are checked with it too. */
export function isUtf32Mark(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const le = bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0;
  const be = bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff;
  return le || be;
}

/**
 * The first bytes of an input as text, to tell its format by (detectFormat): UTF-16 by its
 * byte-order mark, else UTF-8. Leniently, since they may end inside a character, and without
 * creating a TextDecoder (issue 6); faults are found and reported when the input is read. Empty
 * for UTF-32, which is not read.
 */
export function headText(bytes: Uint8Array): string {
  if (isUtf32Mark(bytes)) return '';
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength - (bytes.byteLength % 2);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return buffer.toString('utf16le', 2, end);
  if (bytes[0] !== 0xfe || bytes[1] !== 0xff) return buffer.toString('utf8');
  // Big-endian: Node decodes UTF-16LE only, so the bytes of a copy are swapped first.
  return Buffer.from(buffer.subarray(2, end)).swap16().toString('utf16le');
}

// Node makes no string of more than MAX_STRING_LENGTH characters (about 512 MiB of ASCII), and
// decodes no UTF-8 of more bytes than that, whatever the characters.
const tooLong = (words: CallerWords): Decoded => ({
  ok: false,
  reason: `too long to lint as one text (a JavaScript string holds at most ${MAX_STRING_LENGTH} ` +
    'characters, and Node decodes no more UTF-8 bytes than that)',
  // Reached by one body, or by a log not known for one: logs, piped in or not, are streamed once
  // detected, but a log whose first line is no whole JSON value is not detected as one.
  hint: `If it is a log of one JSON value per line, ${words.readAsLog}: a log is read line ` +
    'by line, at any size.',
});

function decodeWith(
  encoding: 'utf-16le' | 'utf-16be',
  bytes: Uint8Array,
  words: CallerWords,
): Decoded {
  // Two bytes a character after the mark; Node reports a text too long as invalid data.
  if ((bytes.byteLength - 2) / 2 > MAX_STRING_LENGTH) return tooLong(words);
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    // Where it breaks, so that a log is read up to there, as a streamed one is.
    const { good } = scanUtf16(bytes, encoding === 'utf-16le', true);
    return {
      ok: false,
      reason: `the text after the ${encoding.toUpperCase()} byte-order mark is not valid ` +
        `${encoding.toUpperCase()} (at byte offset ${good})`,
      atByte: good,
    };
  }
}

/**
 * How many leading bytes of UTF-16 are whole characters (`good`, even), and whether what follows
 * is broken (`isBroken`: a surrogate without its pair) or merely unfinished (an odd last byte, or
 * a first surrogate whose pair may come in the next chunk; with `isEnd`, that is broken too).
 */
export function scanUtf16(
  bytes: Uint8Array,
  isLittleEndian: boolean,
  isEnd: boolean,
): { good: number; isBroken: boolean } {
  const units = bytes.length >> 1;
  const unitAt = (k: number): number => isLittleEndian ? bytes[2 * k]! | (bytes[2 * k + 1]! << 8)
    : (bytes[2 * k]! << 8) | bytes[2 * k + 1]!;
  for (let k = 0; k < units; k++) {
    const unit = unitAt(k);
    if (unit >= 0xdc00 && unit <= 0xdfff) return { good: 2 * k, isBroken: true };
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (k + 1 === units) return { good: 2 * k, isBroken: isEnd };
      const next = unitAt(k + 1);
      if (next < 0xdc00 || next > 0xdfff) return { good: 2 * k, isBroken: true };
      k++;
    }
  }
  return { good: 2 * units, isBroken: isEnd && bytes.length % 2 === 1 };
}

/** Offset of the first byte that starts an invalid UTF-8 sequence. */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3
      : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    try {
      utf8().decode(bytes.subarray(i, i + size));
    } catch {
      return i;
    }
    i += size;
  }
  return i;
}
