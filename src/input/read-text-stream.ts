// Text of a file too big to read whole, chunk by chunk or line by line, decoded strictly: a byte
// that is not UTF-8 stops the reading with the reason, where a lenient decoder would put U+FFFD
// in its place and lint a body the file does not hold (whole-file reads refuse such files too).
import { createReadStream } from 'node:fs';

export interface DecodeFailure {
  /** Bytes decoded before the chunk holding the fault; the fault lies at or after it. */
  afterByte: number;
}

export async function* textChunks(
  path: string,
  onInvalid: (failure: DecodeFailure) => void,
  chunkBytes = 1 << 20,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let decoded = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk, { stream: true });
      decoded += chunk.length;
      if (text !== '') yield text;
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw error;
    onInvalid({ afterByte: decoded });
  }
}

/**
 * Lines of the text, split as readline splits them (\r\n, \n or a lone \r), without the breaks;
 * a last line without a break is a line too.
 */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    // The next \n and \r at or after start, each searched for again only once passed: searching
    // for a \r that the text does not hold would otherwise rescan the chunk on every line.
    let newline = pending.indexOf('\n');
    let carriage = pending.indexOf('\r');
    for (;;) {
      if (newline !== -1 && newline < start) newline = pending.indexOf('\n', start);
      if (carriage !== -1 && carriage < start) carriage = pending.indexOf('\r', start);
      const end = carriage === -1 ? newline : newline === -1 ? carriage : Math.min(newline, carriage);
      // A \r at the very end may be the first half of \r\n: wait for the next chunk.
      if (end === -1 || (end === carriage && end === pending.length - 1)) break;
      yield pending.slice(start, end);
      start = end + (end === carriage && pending[end + 1] === '\n' ? 2 : 1);
    }
    pending = pending.slice(start);
  }
  // A \r kept back for a \n that never came ends a line of its own, empty or not.
  if (pending.endsWith('\r')) yield pending.slice(0, -1);
  else if (pending !== '') yield pending;
}
