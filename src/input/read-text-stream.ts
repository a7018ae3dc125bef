// Text of a file too big to read whole, chunk by chunk or line by line, decoded strictly: a byte
// that is not UTF-8 stops the reading with its offset, where a lenient decoder would put U+FFFD
// in its place and lint a body the file does not hold (whole-file reads refuse such files too).
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { firstBadUtf8Byte } from './decode-bytes.js';

export interface DecodeFailure {
  /** Offset of the first byte that is not text: not UTF-8, a NUL, or not the UTF-16 it began as. */
  atByte: number;
  /** What is wrong there: not set for bad UTF-8; 'nul' for binary content; or the UTF-16 it was. */
  kind?: 'nul' | 'utf-16le' | 'utf-16be';
}

/**
 * The file's text in chunks, from a path, an open descriptor (closed at the end) or bytes already
 * read (a small log, so that it is read as a big one would be). At a fault, the text before it is
 * still given, then onInvalid told.
 */
export async function* textChunks(
  source: string | number | Uint8Array,
  onInvalid: (failure: DecodeFailure) => void,
  chunkBytes = 1 << 20,
): AsyncGenerator<string> {
  let carried: Buffer = Buffer.alloc(0);
  let decoded = 0;
  const stream: Iterable<Buffer> | AsyncIterable<Buffer> = typeof source === 'number'
    ? createReadStream('', { fd: source, highWaterMark: chunkBytes, start: 0 })
    : typeof source === 'string' ? createReadStream(source, { highWaterMark: chunkBytes })
      : [Buffer.from(source.buffer, source.byteOffset, source.byteLength)];
  // A log that begins with a UTF-16 byte-order mark is UTF-16 throughout, as a small one read
  // whole is (decodeBytes); V8's decoder keeps a character cut by a chunk's end for the next.
  let utf16: { decoder: TextDecoder; kind: 'utf-16le' | 'utf-16be' } | undefined;
  let isFirst = true;
  for await (const chunk of stream) {
    if (isFirst) {
      isFirst = false;
      const kind = chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le'
        : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : undefined;
      if (kind) utf16 = { decoder: new TextDecoder(kind, { fatal: true }), kind };
    }
    if (utf16) {
      try {
        const text = utf16.decoder.decode(chunk, { stream: true });
        if (text !== '') yield text;
      } catch {
        onInvalid({ atByte: decoded, kind: utf16.kind });
        return;
      }
      decoded += chunk.length;
      continue;
    }
    const bytes = carried.length === 0 ? chunk : Buffer.concat([carried, chunk]);
    // A character cut by the chunk's end waits for the next chunk.
    const whole = bytes.length - incompleteTail(bytes);
    // A NUL byte is valid UTF-8 but no text: binary content, refused as a file read whole is.
    const nul = bytes.subarray(0, whole).indexOf(0);
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
  if (utf16) {
    try {
      const rest = utf16.decoder.decode();
      if (rest !== '') yield rest;
    } catch {
      onInvalid({ atByte: decoded, kind: utf16.kind });
    }
    return;
  }
  // A character the file ends in the middle of.
  if (carried.length > 0) onInvalid({ atByte: decoded });
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
 * Lines of the text split as the whole-file reader splits them (at \n, a \r before it dropped),
 * without the breaks; a last line without a break is a line too, unless isCut says the text was
 * cut short by a fault (then that line is not one the file holds).
 */
export async function* textLines(chunks: AsyncIterable<string>, isCut = () => false): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      const hasReturn = end > start && pending.charCodeAt(end - 1) === 0x0d;
      yield pending.slice(start, hasReturn ? end - 1 : end);
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  if (pending !== '' && !isCut()) yield pending;
}
