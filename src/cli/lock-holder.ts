// What a lock file of this tool holds (the --cache file's, send's journal's): one line naming the
// process that made it, its machine, and a random token of that run. The pid and host tell a
// lock left by a run that is gone (killed, crashed) from one still held; the token tells a run's
// own lock from one that replaced it, so that a run releases only the lock it made.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';

export interface Holder {
  pid: number;
  host: string;
}

// Longer than any line this tool writes: a file longer than this is someone else's.
const MAX_LOCK_BYTES = 512;

/** The line a new lock holds: this process, this machine, and a token no other run shares. */
export function newLockText(): string {
  return `${process.pid} ${hostname()} ${randomBytes(16).toString('hex')}\n`;
}

/**
 * The holder a lock's text names, or undefined when it is no line this tool writes. The token
 * may be missing: journal locks held only "pid host" before runs told their own lock by it.
 */
export function holderOf(text: string): Holder | undefined {
  const match = /^(\d+) (\S+)(?: [0-9a-f]{32})?\n$/.exec(text);
  return match === null ? undefined : { pid: Number(match[1]), host: match[2]! };
}

/**
 * Whether the text is the start of a lock's line, not written whole yet: empty (its maker is
 * between creating the file and writing to it; an older version's cache lock stays so), or cut
 * short, as a read during the write may see it.
 */
export function isLockLineStart(text: string): boolean {
  return /^(?:\d+(?: (?:\S+(?: [0-9a-f]{0,32})?)?)?)?$/.test(text);
}

/**
 * The text of the regular file at lock, or undefined when there is none to read (gone, a
 * folder, a link, a FIFO, unreadable) or it is longer than any lock: not a lock of ours.
 */
export function readLockText(lock: string): string | undefined {
  let fd: number;
  try {
    // O_NOFOLLOW and O_NONBLOCK: a link or a FIFO swapped in is neither followed nor waited on.
    fd = openSync(lock, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(MAX_LOCK_BYTES + 1);
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read) {
      read = readSync(fd, buffer, length, buffer.length - length, length);
    }
    return length > MAX_LOCK_BYTES ? undefined : buffer.subarray(0, length).toString('utf8');
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Whether the process that made the lock is known to be gone: on this machine, and not running. */
export function isHolderGone(holder: Holder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Deletes the lock if it still holds `text` (the line this run wrote, or the one judged stale);
 * false when something else is there now, which is left alone. Throws what the deletion throws.
 *
 * What is left: between the read and the deletion another run may replace the lock, and its
 * lock is then deleted. No call of Node's fs removes a file only if it holds given bytes, so the
 * window is narrowed to two system calls, not closed. It only opens for a lock taken for stale
 * (held past its time, or by a pid reported gone) at that very moment.
 */
export function removeLockIfStill(lock: string, text: string): boolean {
  if (readLockText(lock) !== text) return false;
  rmSync(lock, { force: true });
  return true;
}
