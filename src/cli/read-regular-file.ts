// Reads a whole input file, refusing what must not be read whole: anything that is not a regular
// file (a FIFO or device put where a file was listed would block the run or never end) and files
// over the size limit (--max-file-size), both judged on the open handle before a byte is read.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type FileRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; message: string; hint: string };

export const DEFAULT_MAX_FILE_MB = 64;

const MB = 1024 * 1024;

export async function readRegularFile(path: string, maxBytes = DEFAULT_MAX_FILE_MB * MB): Promise<FileRead> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO would otherwise wait for a writer that may never come.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      return {
        ok: false,
        message: 'is not a regular file (a FIFO, socket or device); skipped',
        hint: 'Pass the body as a file, or pipe it to genesys-call-lint -.',
      };
    }
    if (stats.size > maxBytes) {
      return {
        ok: false,
        message: `is ${describeSize(stats.size)}, over the --max-file-size limit of ` +
          `${describeSize(maxBytes)}; skipped`,
        hint: `Raise the limit, e.g. --max-file-size ${Math.ceil(stats.size / MB)} (in MB), if ` +
          'the file really is one body.',
      };
    }
    return { ok: true, bytes: await handle.readFile() };
  } catch (error) {
    return unreadable(error);
  } finally {
    await handle.close();
  }
}

/**
 * The whole file when it is a regular file of at most `limit` bytes, else undefined (nothing is
 * reported: the ordinary read that follows says what is wrong). Most bodies are small, and one
 * open-stat-read serves both format detection and linting.
 */
export async function readIfSmall(path: string, limit: number): Promise<Uint8Array | undefined> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stats = await handle.stat();
    return stats.isFile() && stats.size <= limit ? await handle.readFile() : undefined;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

function unreadable(error: unknown): FileRead {
  const code = (error as NodeJS.ErrnoException).code ?? 'an I/O error';
  return {
    ok: false,
    message: `cannot be read (${code})`,
    hint: code === 'EACCES' ? 'Check the file\'s permissions.' : 'Check that the file still exists and is readable.',
  };
}

/** Bytes as MB with up to two decimals, and the exact count: "200.5 MB (210239488 bytes)". */
export function describeSize(bytes: number): string {
  return `${Number((bytes / MB).toFixed(2))} MB (${bytes} bytes)`;
}
