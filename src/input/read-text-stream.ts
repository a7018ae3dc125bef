// Text of a log too big to read whole, or piped in, chunk by chunk or line by line, decoded
// strictly: a byte that is not UTF-8 stops the reading with its offset, where a lenient decoder
// would put U+FFFD in its place and lint a body the file does not hold (whole-file reads refuse
// such files too).
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { firstBadUtf8Byte, scanUtf16 } from './decode-bytes.js';
import { unmarkedUtf16, type Utf16Kind } from './unmarked-utf16.js';

/** Why the text stopped: at a byte that is no text, or before it began (unmarked UTF-16). */
export type DecodeFailure = StoppedAtByte | UnmarkedStart;

interface StoppedAtByte {
  /** Offset of the first byte that is not text: not UTF-8, a NUL, or not the UTF-16 it began as. */
  atByte: number;
  /** What is wrong there: not set for bad UTF-8; 'nul' for binary content; or the UTF-16 it was. */
  kind?: 'nul' | Utf16Kind;
  isUnmarked?: false;
}

/** The log is UTF-16 of kind without a byte-order mark: nothing was read. */
interface UnmarkedStart {
  atByte: 0;
  kind: Utf16Kind;
  isUnmarked: true;
}

/**
 * The file's text in chunks, from a path, an open descriptor (closed at the end), bytes already
 * read (a small log, so that it is read as a big one would be) or bytes as they arrive (a log on
 * standard input; chunkBytes does not apply). At a fault, the text before it is still given, then
 * onInvalid told, and the reading stops there.
 */
export async function* textChunks(
  source: string | number | Uint8Array | AsyncIterable<Uint8Array>,
  onInvalid: (failure: DecodeFailure) => void,
  chunkBytes = 1 << 20,
): AsyncGenerator<string> {
  let carried: Buffer = Buffer.alloc(0);
  let decoded = 0;
  const stream: Iterable<Uint8Array> | AsyncIterable<Uint8Array> = typeof source === 'number'
    ? createReadStream('', { fd: source, highWaterMark: chunkBytes, start: 0 })
    : typeof source === 'string' ? createReadStream(source, { highWaterMark: chunkBytes })
      : source instanceof Uint8Array ? [source] : source;
  // A log that begins with a UTF-16 byte-order mark is UTF-16 throughout, as a small one read
  // whole is (decodeBytes). Checked unit by unit, so that a broken one stops the reading at its
  // own byte, as bad UTF-8 does, and not at the start of the chunk it is in. The mark is given
  // as text, as UTF-8's is, for the reader to drop: a second mark after it is then the one a
  // reader sees, and reports, where dropping the first here let the reader drop the second too.
  let utf16: 'utf-16le' | 'utf-16be' | undefined;
  let isFirst = true;
  let head: Buffer | undefined; // a first chunk too short to tell a byte-order mark by
  for await (const piece of stream) {
    const read = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    const chunk = head === undefined ? read : Buffer.concat([head, read]);
    head = undefined;
    if (isFirst && chunk.length < 2) {
      head = chunk;
      continue;
    }
    if (isFirst) {
      isFirst = false;
      utf16 = chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le'
        : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : undefined;
    }
    if (utf16) {
      const bytes = carried.length === 0 ? chunk : Buffer.concat([carried, chunk]);
      const cut = yield* utf16Text(bytes, utf16, decoded, onInvalid);
      if (cut === undefined) return;
      decoded += cut;
      carried = bytes.subarray(cut);
      continue;
    }
    const bytes = carried.length === 0 ? chunk : Buffer.concat([carried, chunk]);
    // A character cut by the chunk's end waits for the next chunk.
    const whole = bytes.length - incompleteTail(bytes);
    // A NUL byte is valid UTF-8 but no text: binary content, refused as a file read whole is.
    const nul = bytes.subarray(0, whole).indexOf(0);
    // UTF-16 without its mark shows in the first chunk; its first character is no line to read.
    const unmarked = nul !== -1 && decoded === 0 ? unmarkedUtf16(bytes) : undefined;
    if (unmarked) {
      onInvalid({ atByte: 0, kind: unmarked, isUnmarked: true });
      return;
    }
    const end = nul === -1 ? whole : nul;
    if (!isUtf8(bytes.subarray(0, end))) {
      const bad = firstBadUtf8Byte(bytes.subarray(0, end));
      yield bytes.toString('utf8', 0, bad);
      onInvalid({ atByte: decoded + bad });
      return;
    }
    if (nul !== -1) {
      yield bytes.toString('utf8', 0, nul);
      onInvalid({ atByte: decoded + nul, kind: 'nul' });
      return;
    }
    if (whole > 0) yield bytes.toString('utf8', 0, whole);
    decoded += whole;
    carried = bytes.subarray(whole);
  }
  // A file of one byte: text if that byte is (an ASCII character), else cut.
  if (head !== undefined && head.length > 0) {
    if (head[0]! < 0x80 && head[0] !== 0) yield head.toString('latin1');
    else onInvalid({ atByte: 0, ...(head[0] === 0 ? { kind: 'nul' as const } : {}) });
  }
  // A character the file ends in the middle of.
  if (carried.length > 0) onInvalid({ atByte: decoded, ...(utf16 ? { kind: utf16 } : {}) });
}

/**
 * Yields the whole characters at the start of `bytes` (UTF-16) and returns how many bytes they
 * took; the rest waits for the next chunk. At a broken one, onInvalid is told and undefined
 * returned.
 */
function* utf16Text(
  bytes: Buffer,
  kind: 'utf-16le' | 'utf-16be',
  decoded: number,
  onInvalid: (failure: DecodeFailure) => void,
): Generator<string, number | undefined> {
  const { good, isBroken } = scanUtf16(bytes, kind === 'utf-16le', false);
  if (good > 0) {
    const whole = bytes.subarray(0, good);
    // Node decodes little-endian UTF-16 only: big-endian bytes are swapped on a copy first.
    yield (kind === 'utf-16le' ? whole : Buffer.from(whole).swap16()).toString('utf16le');
  }
  if (!isBroken) return good;
  onInvalid({ atByte: decoded + good, kind });
  return undefined;
}

/** How many bytes at the end begin a character that needs more bytes than are there. */
function incompleteTail(bytes: Uint8Array): number {
  // A character is at most 4 bytes: look back at most 3 for its lead byte.
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return size > back ? back : 0;
    }
  }
  return 0;
}

/**
 * Lines of the text split as the whole-file reader splits them (at \r\n, \n or a lone \r, as the
 * Locator counts lines), without the breaks; a last line without a break is a line too, unless
 * isCut says the text was cut short by a fault (then that line is not one the file holds).
 */
export async function* textLines(chunks: AsyncIterable<string>, isCut = () => false): AsyncGenerator<string> {
  // The pieces of a line not yet ended, joined once at its break: a line may span thousands of
  // chunks, and searching or copying all of it again at each chunk made reading it quadratic.
  let parts: string[] = [];
  // The last chunk ended in \r: its line is given at once (a CR-only log piped in a line at a
  // time is linted as it comes), and a \n that opens this chunk ends no second line.
  let isAfterReturn = false;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    let start = isAfterReturn && chunk.charCodeAt(0) === LF ? 1 : 0;
    isAfterReturn = false;
    // Each kept until passed, so that a chunk with no \r is searched for one once, not per line.
    let lf = chunk.indexOf('\n', start);
    let cr = chunk.indexOf('\r', start);
    while (lf !== -1 || cr !== -1) {
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      parts.push(chunk.slice(start, end));
      yield parts.length === 1 ? parts[0]! : parts.join('');
      parts = [];
      start = end + 1;
      if (end === cr) {
        if (start === chunk.length) isAfterReturn = true;
        else if (chunk.charCodeAt(start) === LF) start++;
        cr = chunk.indexOf('\r', start);
      }
      if (lf !== -1 && lf < start) lf = chunk.indexOf('\n', start);
    }
    if (start < chunk.length) parts.push(chunk.slice(start));
  }
  const last = parts.join('');
  if (last !== '' && !isCut()) yield last;
}

const LF = 10;
