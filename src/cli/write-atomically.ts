// Replaces a file's content so that a reader, or a crash, sees the old file or the new one, never
// half of each: the text goes to a temporary file in the same folder (a rename is atomic only
// within one file system), is flushed to disk, gets the original's permission bits and owner, and
// is then renamed over the original. A symbolic link is followed, so the link stays a link.
//
// A rename replaces the file, not its content, which matters where the file is written in place
// instead: a file with hard links (the other names would keep the old text), and a file owned by
// someone else that we may write but not give back to its owner, or whose folder we may not
// write (it would change hands, or there is no room for the temporary file). A file we may not
// write is refused, though its folder would let a rename through: --fix must not do what the
// file's own permissions forbid.
//
// Each write is synchronous from start to end. Node runs a signal's handler on the event loop,
// between two writes, never inside one: a Ctrl-C cannot cut an in-place write between its write
// and its truncation, nor land while the temporary file is being created.
//
// The file is written only if it still holds `expected`, the bytes the new text was made from:
// an editor's save, or another run, between our read and our write would otherwise be lost
// without a word. The bytes are compared, not size, mtime and inode: an edit that keeps the size
// can share the mtime (timestamps as coarse as 1 or 2 s on some file systems, and tools such as
// `touch -r` or `rsync -t` set them back), and an editor that saves by rename gives a new inode
// to unchanged bytes. Reading the file again costs what its first read did, which the fixing and
// linting in between outweigh.
//
// POSIX has no rename that fails when its target changed, so a save landing between the check
// and the rename is still lost; the check narrows that window from the whole fix (seconds for a
// large file) to the re-read and compare.
import { randomBytes } from 'node:crypto';
import {
  accessSync, chmodSync, chownSync, closeSync, constants, fstatSync, fsyncSync, ftruncateSync,
  openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file no longer holds the bytes its fixed text was made from; it was left as it is now. */
export class ChangedSinceReadError extends Error {
  readonly code = 'ECHANGED';

  constructor(readonly path: string) {
    super(`${path} changed after it was read`);
  }
}

/** Writes `text` over the file at `path` if the file still holds `expected` (see above). */
export async function writeAtomically(path: string, text: string, expected: Uint8Array): Promise<void> {
  // Until the first write, Ctrl-C ends the run at once, as Node's default does; from then on it
  // waits for the write in progress (see the top of this file).
  holdSignals();
  const target = realpathSync(path);
  accessSync(target, constants.W_OK);
  const original = statSync(target);
  if (original.nlink > 1) {
    writeInPlace(target, text, expected);
    written++;
    return;
  }
  const suffix = randomBytes(6).toString('hex');
  const temporary = join(dirname(target), `.${basename(target)}.${suffix}.tmp`);
  let fd: number;
  try {
    // "wx": never reuse a file someone else created under the same name.
    fd = openSync(temporary, 'wx', 0o600);
  } catch (error) {
    // A folder we may not write: the file itself is writable (checked above).
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw error;
    writeInPlace(target, text, expected);
    written++;
    return;
  }
  try {
    let isOwnerKept = true;
    try {
      writeSync(fd, text, 0, 'utf8');
      fsyncSync(fd);
      const created = fstatSync(fd);
      if (created.uid !== original.uid || created.gid !== original.gid) {
        try {
          chownSync(temporary, original.uid, original.gid);
        } catch {
          isOwnerKept = false;
        }
      }
    } finally {
      closeSync(fd);
    }
    if (!isOwnerKept) {
      rmSync(temporary, { force: true });
      writeInPlace(target, text, expected);
    } else {
      // Set after creation, as open()'s mode is narrowed by the umask (and after chown, which
      // may clear set-id bits).
      chmodSync(temporary, original.mode & 0o7777);
      // Last, right before the rename, so that the window for a lost save is as short as can be.
      refuseIfChanged(target, readFileSync(target), expected);
      renameSync(temporary, target);
    }
    written++;
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Overwrites the file's own content: it keeps its inode, owner and links, not atomicity. */
function writeInPlace(target: string, text: string, expected: Uint8Array): void {
  const fd = openSync(target, 'r+');
  try {
    // Read through the descriptor that writes: the content checked is the content replaced.
    refuseIfChanged(target, readFileSync(fd), expected);
    const bytes = Buffer.from(text, 'utf8');
    writeSync(fd, bytes, 0, bytes.length, 0);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function refuseIfChanged(target: string, current: Buffer, expected: Uint8Array): void {
  if (!current.equals(expected)) throw new ChangedSinceReadError(target);
}

let isHolding = false;
/** Files this run has written whole, for the note a signal leaves. */
let written = 0;

/**
 * Catches SIGINT, SIGTERM and SIGHUP so that they end the run between two writes rather than
 * inside one, then dies of the same signal, so the exit status still says what ended the run.
 * The report is never printed then, so a line on stderr says how far the run got.
 */
function holdSignals(): void {
  if (isHolding) return;
  isHolding = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      const files = written === 1 ? '1 fixed file' : `${written} fixed files`;
      try {
        writeSync(2, `genesys-call-lint: stopped by ${signal} after writing ${files}, each ` +
          'whole; the files after them were not fixed. Run --fix again to finish.\n');
      } catch {
        // stderr closed: the exit status still names the signal.
      }
      process.kill(process.pid, signal);
    });
  }
}
