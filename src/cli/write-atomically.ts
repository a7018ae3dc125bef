// Replaces a file's content so that a reader, or a crash, sees the old file or the new one, never
// half of each: the text goes to a temporary file in the same folder (a rename is atomic only
// within one file system), is flushed to disk, gets the original's permission bits and owner, and
// is then renamed over the original. A symbolic link is followed, so the link stays a link.
//
// A rename replaces the file, not its content, which matters in two cases where the file is
// written in place instead: a file with hard links (the other names would keep the old text),
// and a file owned by someone else that we may write but not give back to its owner (it would
// change hands). A file we may not write is refused, though its folder would let a rename
// through: --fix must not do what the file's own permissions forbid.
import { randomBytes } from 'node:crypto';
import { constants, rmSync } from 'node:fs';
import { access, chmod, chown, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeAtomically(path: string, text: string): Promise<void> {
  const target = await realpath(path);
  await access(target, constants.W_OK);
  const original = await stat(target);
  if (original.nlink > 1) return writeInPlace(target, text);
  const suffix = randomBytes(6).toString('hex');
  const temporary = join(dirname(target), `.${basename(target)}.${suffix}.tmp`);
  pending.add(temporary);
  watchSignals();
  try {
    // "wx": never reuse a file someone else created under the same name.
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    const created = await stat(temporary);
    if (created.uid !== original.uid || created.gid !== original.gid) {
      try {
        await chown(temporary, original.uid, original.gid);
      } catch {
        await rm(temporary, { force: true });
        return await writeInPlace(target, text);
      }
    }
    // Set after creation, as open()'s mode is narrowed by the umask (and after chown, which may
    // clear set-id bits).
    await chmod(temporary, original.mode & 0o7777);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

/** Overwrites the file's own content: it keeps its inode, owner and links, not atomicity. */
async function writeInPlace(target: string, text: string): Promise<void> {
  const handle = await open(target, 'r+');
  try {
    const bytes = Buffer.from(text, 'utf8');
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// Temporary files being written. An interrupted --fix (Ctrl-C, a CI job's timeout) used to leave
// them behind, hidden by their dot, where no later run would see or remove them.
const pending = new Set<string>();
let isWatching = false;

function watchSignals(): void {
  if (isWatching) return;
  isWatching = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const file of pending) rmSync(file, { force: true });
      // Die of the signal as before (this listener is gone now), so the exit status still says
      // what ended the run.
      process.kill(process.pid, signal);
    });
  }
}
