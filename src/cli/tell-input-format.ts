// An input's format when --input-format does not give it: by its name, or else by its start, read
// on to the end of its first line (a log's record may be long) but no further than a body file is
// read whole (--max-file-size).
import { constants } from 'node:fs';
import type { InputFormat } from '../input/body-record.js';
import {
  detectFormat, detectionText, extensionOf, formatByName, hasFirstLine, HEAD_BYTES, needsFirstLine,
} from '../input/detect-format.js';
import type { CallerWords } from '../lint/caller-words.js';
import type { InputSpec } from './lint-inputs.js';
import { DEFAULT_MAX_FILE_MB, describeSize } from './read-regular-file.js';

export type ToldFormat =
  | { ok: true; format: InputFormat }
  | { ok: false; message: string; hint: string };

/** What detection read of an input's start. */
interface Head {
  text: string;
  /** The limit and the file's size, when its first line runs on past the limit. */
  cut?: { limit: number; fileSize: number };
}

const MB = 1024 * 1024;

export async function tellInputFormat(input: InputSpec, words: CallerWords): Promise<ToldFormat> {
  // Its name decides: nothing is read here (a .ndjson log's long first record was read up to
  // the size limit only to be told what its name said).
  const named = formatByName(input.name);
  if (named !== undefined) return { ok: true, format: named };
  const head = await headOf(input);
  const format = detectFormat(input.name, head.text);
  // Taken for one body only because its first line did not end in view. Refused as such, it was
  // told to raise the limit "if it really is one body": for a log, whose size has no limit, that
  // was no way out, and whether it is one was not said. A .json file is one body whatever its
  // first line.
  if (head.cut === undefined || format !== 'json' || extensionOf(input.name) === '.json') {
    return { ok: true, format };
  }
  const { limit, fileSize } = head.cut;
  return {
    ok: false,
    message: `has a first line longer than the ${words.sizeLimit} of ${describeSize(limit)}, so ` +
      'whether it is one body or a log of one JSON value per line cannot be told; skipped',
    hint: `If it is a log, ${words.readAsLog}: a log is read line by line, at any size. ` +
      words.overSizeLimit(Math.ceil(fileSize / MB)),
  };
}

async function headOf(input: InputSpec): Promise<Head> {
  if (input.bytes) return { text: detectionText(input.bytes) };
  if (input.path === undefined) return { text: '' };
  try {
    // Non-blocking: a FIFO that replaced a listed file must not stall the run (read-regular-file.ts).
    const { open } = await import('node:fs/promises');
    const handle = await open(input.path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return { text: '' };
      // A .json file is told by its first 64 KiB: one over the limit was read up to the limit
      // (87 MB under the default 64) before readRegularFile refused it on its size.
      const limit = needsFirstLine(input.name) ? input.maxBytes ?? DEFAULT_MAX_FILE_MB * MB
        : HEAD_BYTES;
      // Growing fourfold, but never past the limit: reads of 4 MB under a 2 MB limit told a log
      // that the README says is not told.
      const most = Math.max(limit, HEAD_BYTES);
      for (let size = HEAD_BYTES; ; size = Math.min(size * 4, most)) {
        const buffer = Buffer.alloc(size);
        const { bytesRead } = await handle.read(buffer, 0, size, 0);
        const text = detectionText(buffer.subarray(0, bytesRead));
        if (bytesRead < size || hasFirstLine(text)) return { text };
        if (size >= limit) {
          return stats.size > bytesRead ? { text, cut: { limit, fileSize: stats.size } } : { text };
        }
      }
    } finally {
      await handle.close();
    }
  } catch {
    return { text: '' }; // wholeText reports the read error with its reason
  }
}
