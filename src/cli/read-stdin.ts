// Standard input, read only as far as it takes to tell one body from a log. A body is then read
// whole, as a file of one body is; a log is handed on as it arrives, to be linted line by line
// (or entry by entry) as a log file is: in bounded memory, at any length, and reported while it
// is still being written (`tail -f app.log | genesys-call-lint -`).
import type { InputFormat } from '../input/body-record.js';
import {
  detectionText, hasFirstLine, HEAD_BYTES, settledLogFormat,
} from '../input/detect-format.js';

/** A log on standard input: the bytes read to tell its format, then all of it as it comes. */
export interface PipedLog {
  /** At least four bytes, enough to tell UTF-32 by (isUtf32Mark). */
  head: Uint8Array;
  /** The head, then the rest of standard input, chunk by chunk. */
  chunks: AsyncIterable<Uint8Array>;
  /** Stops reading standard input, for a log refused before any of it is read (UTF-32). */
  close(): Promise<void>;
}

export type PipedInput = { bytes: Uint8Array } | { format: 'ndjson' | 'har'; log: PipedLog };

/**
 * Reads standard input until it shows itself a log (settledLogFormat, or --input-format), or
 * else to its end: one body, or an input that only its end tells (a log of a single line), then
 * goes the way all of stdin went before logs were streamed. `format` is --input-format; `name`
 * is what --stdin-filename calls it, or "<stdin>".
 */
export async function readStdin(
  stream: AsyncIterable<Uint8Array | string>,
  name: string,
  format: InputFormat | undefined,
): Promise<PipedInput> {
  const iterator = stream[Symbol.asyncIterator]();
  let chunks: Buffer[] = [];
  let size = 0;
  // --input-format json or http: one input read whole, as before.
  let isDeciding = format === undefined || format === 'ndjson' || format === 'har';
  // Past the first 64 KiB: the first line has ended, and only blanks have come after it.
  let isLineEnded = false;
  for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
    const chunk = bufferOf(next.value);
    chunks.push(chunk);
    size += chunk.length;
    if (!isDeciding || size < 4) continue;
    if (size - chunk.length > HEAD_BYTES) {
      // Past the first 64 KiB only a line break can end the first line, which settles it: the
      // rest is not decoded again at every chunk of a long line.
      if (!isLineEnded && !chunk.includes(LF) && !chunk.includes(CR)) continue;
      // A line with nothing after it yet is decided by what comes next: more text makes a log;
      // the end makes one body, which the caller decodes and parses, so it is not done here as
      // well (a 50 MB body on one line was decoded and parsed twice), and a log whose long
      // first record came alone is still streamed once the next one comes.
      isLineEnded = isBlankFrom(chunk, isLineEnded ? 0 : firstLineBreak(chunk));
      if (isLineEnded) continue;
    }
    const head = chunks.length === 1 ? chunk : Buffer.concat(chunks, size);
    chunks = [head];
    if (format === 'ndjson' || format === 'har') return { format, log: pipedLog(head, iterator) };
    const text = detectionText(head);
    const log = settledLogFormat(name, text);
    if (log !== undefined) return { format: log, log: pipedLog(head, iterator) };
    // A log may still show itself at the end of a long first line (a record over 64 KiB).
    isDeciding = size < HEAD_BYTES || !hasFirstLine(text);
  }
  return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) };
}

function pipedLog(head: Buffer, rest: AsyncIterator<Uint8Array | string>): PipedLog {
  let isHeadGiven = false;
  const close = async (): Promise<void> => {
    await rest.return?.();
  };
  const next = async (): Promise<IteratorResult<Uint8Array>> => {
    if (isHeadGiven) {
      const read = await rest.next();
      return read.done === true ? read : { done: false, value: bufferOf(read.value) };
    }
    isHeadGiven = true;
    return { done: false, value: head };
  };
  // A reader that stops early (a bad byte) ends standard input's stream too, through return().
  const iterator: AsyncIterator<Uint8Array> = {
    next,
    return: async () => {
      await close();
      return { done: true, value: undefined };
    },
  };
  return { head, close, chunks: { [Symbol.asyncIterator]: () => iterator } };
}

const LF = 0x0a;
const CR = 0x0d;

function firstLineBreak(chunk: Buffer): number {
  const lf = chunk.indexOf(LF);
  const cr = chunk.indexOf(CR);
  return lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
}

/** Whether the chunk holds only JSON's blanks (space, tab, line breaks) from `start` on. */
function isBlankFrom(chunk: Buffer, start: number): boolean {
  for (let index = start; index < chunk.length; index++) {
    const byte = chunk[index];
    if (byte !== 0x20 && byte !== 0x09 && byte !== LF && byte !== CR) return false;
  }
  return true;
}

function bufferOf(chunk: Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk)
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
