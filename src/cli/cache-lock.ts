// A lock file beside the cache, held while a run reads the cache again, merges and renames its
// own version into place. Without it, two runs saving at once (shards side by side on one
// workspace) could each read the cache before the other's rename, and the second rename would
// drop the first run's entries. Held for the milliseconds a save takes, never while linting.
//
// It can neither corrupt the cache nor hang a run: the cache is still replaced by a rename, a
// run that cannot make the lock (a read-only folder) or waits too long saves without it, and a
// lock older than STALE_MS, left by a run killed while saving, is removed. Going without the lock
// costs at worst what it guards against: a lost entry, which the next run lints again.
//
// Only a regular file at the lock path is a lock. Anything else there (a folder, a link, dangling
// or not, a FIFO) was put there by someone else: it would never be released, and removing it
// could delete a user's folder, so the run saves without the lock at once and says what is there.
import { accessSync, closeSync, constants, lstatSync, openSync, rmSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { fileIdentity } from './where-written.js';

/** Where a note for standard error goes (LintCache's CacheNotes). */
export interface LockNotes {
  note(text: string): void;
}

/** Seams for tests, to hold a save at the point where another run would interleave. */
export interface LockHooks {
  /** Called once when the lock is found taken, before waiting for it. */
  onBusy?(): void;
  /** Called while the lock is held, after the work read the cache and before it writes. */
  whileHeld?(): void;
}

// A save of a cache of a million entries takes a few seconds; one held longer than this is
// taken to be left by a run that died holding it.
const STALE_MS = 30_000;
// Past this, a run saves without the lock rather than wait on: enough for several saves.
const GIVE_UP_MS = 60_000;
const RETRY_MS = 5;

/**
 * Runs `work` holding the lock of `cacheFile`, or without it when it cannot be had. A note says
 * so when something that is no lock file stands at the lock's path, for the user to remove.
 */
export function withCacheLock<T>(cacheFile: string, work: () => T, notes: LockNotes,
  hooks: LockHooks = {}): T {
  const lock = `${cacheFile}.lock`;
  const held = acquire(lock, notes, hooks);
  try {
    return work();
  } finally {
    // Only our own lock: one that replaced it, after ours was taken for stale, is another run's.
    if (held !== undefined && fileIdentity(lock) === held) rmSync(lock, { force: true });
  }
}

/** The identity of the lock file this run made, or undefined when it goes without. */
function acquire(lock: string, notes: LockNotes, hooks: LockHooks): string | undefined {
  const deadline = Date.now() + GIVE_UP_MS;
  let isBusy = false;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx', 0o644));
      return fileIdentity(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }

    const verdict = judgeTaken(lock, notes);
    if (verdict === 'go-without') return undefined;
    if (verdict === 'take-over') {
      rmSync(lock, { force: true });
      continue;
    }

    if (Date.now() > deadline) return undefined;
    if (!isBusy) hooks.onBusy?.();
    isBusy = true;
    sleep(RETRY_MS);
  }
}

/** What to do about what is at the lock path when creating the lock found something there. */
function judgeTaken(lock: string, notes: LockNotes): 'wait' | 'take-over' | 'go-without' {
  // A folder this run cannot write in: the lock there can be neither taken over nor made, and
  // the save fails whatever happens, so waiting for it would only hang the run.
  if (!isWritable(dirname(lock))) return 'go-without';
  let found: Stats | undefined;
  try {
    // lstat, not stat: a link is judged as a link, not by what it points at (or fails to).
    found = lstatSync(lock, { throwIfNoEntry: false });
  } catch {
    return 'go-without';
  }
  if (found === undefined) return 'wait'; // released meanwhile: tried again after a pause
  if (!found.isFile()) {
    notes.note(`genesys-call-lint: ${lock}: ${kindOf(found)} is where the cache's lock file goes, ` +
      'so the cache is saved without the lock; remove it, or runs saving at once may lose entries\n');
    return 'go-without';
  }
  return Date.now() - found.mtimeMs > STALE_MS ? 'take-over' : 'wait';
}

function isWritable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** What stands at the lock path in place of a file, for the note. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread: a save is synchronous from its read to its rename (see writeCache). */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
