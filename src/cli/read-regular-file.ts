// Reads a whole input file, refusing what must not be read whole: anything that is not a regular
// file (a FIFO or device put where a file was listed would block the run or never end) and files
// over the size limit (--max-file-size), both judged on the open handle before a byte is read.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
import type { CallerWords } from '../lint/caller-words.js';
import { CLI_WORDS } from './cli-words.js';

export type FileRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; message: string; hint: string };

export const DEFAULT_MAX_FILE_MB = 64;

const MB = 1024 * 1024;

/** words: whose words the texts of a refusal use (caller-words.ts). */
export async function readRegularFile(
  path: string,
  maxBytes = DEFAULT_MAX_FILE_MB * MB,
  words: CallerWords = CLI_WORDS,
): Promise<FileRead> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO would otherwise wait for a writer that may never come.
    const { open } = await import('node:fs/promises');
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(error, path);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return notRegular(words);
    if (stats.size > maxBytes) {
      return {
        ok: false,
        message: `is ${describeSize(stats.size)}, over the ${words.sizeLimit} of ` +
          `${describeSize(maxBytes)}; skipped`,
        hint: words.overSizeLimit(Math.ceil(stats.size / MB)),
      };
    }
    return { ok: true, bytes: await handle.readFile() };
  } catch (error) {
    return unreadable(error, path);
  } finally {
    await handle.close();
  }
}

/**
 * A descriptor to stream a log from, or why not: like readRegularFile, anything but a regular
 * file is refused on the open descriptor (O_NONBLOCK: opening a FIFO that replaced a listed log
 * does not wait for a writer, and reading it would never end).
 */
export function openForStreaming(
  path: string,
  words: CallerWords,
): { ok: true; fd: number } | { ok: false; message: string; hint: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(error, path) as { ok: false; message: string; hint: string };
  }
  try {
    if (fstatSync(fd).isFile()) return { ok: true, fd };
    closeSync(fd);
    return notRegular(words);
  } catch (error) {
    closeSync(fd);
    return unreadable(error, path) as { ok: false; message: string; hint: string };
  }
}

function notRegular(words: CallerWords): { ok: false; message: string; hint: string } {
  return {
    ok: false,
    message: 'is not a regular file (a folder, FIFO, socket or device); skipped',
    hint: words.notAFile,
  };
}

/**
 * The whole file when it is a regular file of at most `limit` bytes, else undefined (nothing is
 * reported: the ordinary read that follows says what is wrong). Most bodies are small, and one
 * open-read-close serves both format detection and linting. Synchronous on purpose: for a small
 * regular file the promise-based calls cost several times the read itself (on 10,000 files they
 * were a third of the run, issue 6), and O_NONBLOCK keeps a FIFO from ever blocking the open.
 *
 * Every path given here was a regular file when the inputs were listed (planning refuses the
 * rest), so the first try skips fstat and reads up to limit + 1 bytes into a reused buffer: a
 * read that returns 1 to `limit` bytes has the whole file (about 10% of a 10,000-file run went
 * to fstat and a buffer per file). Anything else gets the fstat-checked read below: an empty
 * file, one over the limit, a read error, and whatever was swapped in since the listing that is
 * no regular file (a FIFO fails the read at position 0 with ESPIPE, even with data waiting; a
 * folder fails it with EISDIR; /dev/null reads as nothing; /dev/zero fills the buffer).
 */
export function readIfSmall(path: string, limit: number): Uint8Array | undefined {
  const bytes = readSmallUnchecked(path, limit);
  if (bytes !== undefined) return bytes;
  const opened = openIfSmall(path, limit);
  if (opened === undefined) return undefined;
  try {
    return readOpened(opened);
  } catch {
    return undefined;
  } finally {
    closeSync(opened.fd);
  }
}

let scratch: Buffer | undefined;

function openOrUndefined(path: string): number | undefined {
  try {
    return openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
}

function readSmallUnchecked(path: string, limit: number): Uint8Array | undefined {
  const fd = openOrUndefined(path);
  if (fd === undefined) return undefined;
  try {
    if (scratch === undefined || scratch.length < limit + 1) scratch = Buffer.allocUnsafe(limit + 1);
    const length = readSync(fd, scratch, 0, limit + 1, 0);
    // Copied out, so no caller ever holds a view of the buffer the next read overwrites.
    return length > 0 && length <= limit ? Buffer.from(scratch.subarray(0, length)) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** An open descriptor of a regular file of at most `limit` bytes, with its fstat; else undefined. */
export function openIfSmall(path: string, limit: number): { fd: number; stats: Stats } | undefined {
  const fd = openOrUndefined(path);
  if (fd === undefined) return undefined;
  try {
    const stats = fstatSync(fd);
    if (stats.isFile() && stats.size <= limit) return { fd, stats };
  } catch {
    // Closed below, as for a file that is not small and regular.
  }
  closeSync(fd);
  return undefined;
}

/** The bytes of a file opened by openIfSmall; the caller closes it. */
export function readOpened({ fd, stats }: { fd: number; stats: Stats }): Uint8Array {
  // One read of the size fstat gave, plus a byte to see that the file ended there. Most bodies
  // take open, fstat, read and close; readFileSync(fd) would add a second fstat and read.
  const buffer = Buffer.allocUnsafe(stats.size + 1);
  const length = readSync(fd, buffer, 0, buffer.length, 0);
  if (length <= stats.size) return buffer.subarray(0, length);
  // It grew since fstat: read it whole, as it is now.
  return readFileSync(fd);
}

function unreadable(error: unknown, path: string): FileRead {
  const code = (error as NodeJS.ErrnoException).code ?? 'an I/O error';
  if (code === 'ENOENT' && hasUndecodableName(path)) return { ok: false, ...UNDECODABLE_NAME };
  return {
    ok: false,
    message: `cannot be read (${code})`,
    hint: code === 'EACCES' ? 'Check the file\'s permissions.' : 'Check that the file still exists and is readable.',
  };
}

/**
 * Node reads file names (from a folder listing or the command line) as UTF-8, and a name that is
 * not (a Latin-1 "café.json" from an old archive) comes out with U+FFFD in it: a name no file
 * has, so opening it fails with ENOENT, which would send the user looking for a missing file.
 */
export function hasUndecodableName(path: string): boolean {
  return path.includes('\uFFFD');
}

export const UNDECODABLE_NAME = {
  message: 'cannot be opened: its name is not valid UTF-8, and Node reads file names as UTF-8',
  hint: 'Rename the file to a UTF-8 name (convmv, or mv with the name typed anew).',
};

/**
 * Bytes as MB with up to two decimals, and the exact count: "200.5 MB (210239488 bytes)"; smaller
 * sizes (a small --max-file-size) as KB, "3.06 KB (3138 bytes)", or bytes alone, since "0 MB"
 * says nothing.
 */
export function describeSize(bytes: number): string {
  const mb = Number((bytes / MB).toFixed(2));
  if (mb > 0) return `${mb} MB (${bytes} bytes)`;
  const kb = Number((bytes / 1024).toFixed(2));
  if (kb >= 1) return `${kb} KB (${bytes} bytes)`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}
