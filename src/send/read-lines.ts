// Reads a text file line by line, a chunk at a time, so its size does not matter: the journal
// was read whole, and one of 629 MB could not become a string ("Cannot create a string longer
// than 0x1fffffe8"), failing every later run in its folder.
import { closeSync, openSync, readSync } from 'node:fs';

export interface Line {
  /** The line without its line end, or its first maxBytes bytes when it is longer. */
  text: string;
  isCut: boolean;
}

const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

/** The lines of the file at path; throws what opening or reading it throws. */
export function* readLines(path: string, maxBytes: number): Generator<Line> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(CHUNK_BYTES);
    let parts: Buffer[] = [];
    let size = 0;
    let isCut = false;
    const keep = (part: Buffer): void => {
      const room = maxBytes - size;
      if (part.length > room) isCut = true;
      if (room <= 0) return;
      // Copied: the chunk is read into again.
      const kept = Buffer.from(part.subarray(0, room));
      parts.push(kept);
      size += kept.length;
    };
    const take = (): Line => {
      const line = { text: Buffer.concat(parts, size).toString('utf8'), isCut };
      parts = [];
      size = 0;
      isCut = false;
      return line;
    };
    for (let read = readSync(fd, chunk, 0, CHUNK_BYTES, null); read > 0;
      read = readSync(fd, chunk, 0, CHUNK_BYTES, null)) {
      const bytes = chunk.subarray(0, read);
      let start = 0;
      for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
        keep(bytes.subarray(start, end));
        yield take();
        start = end + 1;
      }
      keep(bytes.subarray(start));
    }
    if (size > 0 || isCut) yield take();
  } finally {
    closeSync(fd);
  }
}
