// Replaces a file's content so that a reader, or a crash, sees the old file or the new one, never
// half of each: the text goes to a temporary file in the same folder (a rename is atomic only
// within one file system), is flushed to disk, gets the original's permission bits, and is then
// renamed over the original. A symbolic link is followed, so the link stays a link.
import { randomBytes } from 'node:crypto';
import { chmod, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeAtomically(path: string, text: string): Promise<void> {
  const target = await realpath(path);
  const { mode } = await stat(target);
  const suffix = randomBytes(6).toString('hex');
  const temporary = join(dirname(target), `.${basename(target)}.${suffix}.tmp`);
  try {
    // "wx": never reuse a file someone else created under the same name.
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Set after creation, as open()'s mode is narrowed by the umask.
    await chmod(temporary, mode & 0o7777);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
