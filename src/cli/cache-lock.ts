// A lock file beside the cache, held while a run reads the cache again, merges and renames its
// own version into place. Without it, two runs saving at once (shards side by side on one
// workspace) could each read the cache before the other's rename, and the second rename would
// drop the first run's entries. Held for the milliseconds a save takes, never while linting.
//
// It can neither corrupt the cache nor hang a run: the cache is still replaced by a rename, a
// run that cannot make the lock (a read-only folder) or waits too long saves without it, and a
// lock left by a run that died while saving is removed: at once when it names a process of this
// machine that no longer runs (SIGKILL), else once older than STALE_MS (a run on another machine
// sharing the folder, or a process id taken since by another process: a save takes milliseconds,
// so a lock of that age is none in progress, whoever holds the id now), or EMPTY_STALE_MS for an
// empty one (an older version's). Going without the lock costs at worst what it guards against: a
// lost entry, which the next run lints again. A run deletes only the lock it made, told by the
// token in the line the lock holds (lock-holder.ts).
//
// Only a regular file holding the line a lock holds, or the start of one (its run is writing
// it), is a lock. Anything else there (a folder, a link, dangling or not, a FIFO, someone's file)
// was put there by someone else: it would never be released, and removing it could delete a
// user's work, so the run saves without the lock at once and says what is there.
import { accessSync, closeSync, constants, lstatSync, openSync, rmSync, writeSync, type Stats }
  from 'node:fs';
import { dirname } from 'node:path';
import { escapeName } from '../lint/escape-control.js';
import {
  holderOf, isHolderGone, isLockLineStart, newLockText, readLockText, removeLockIfStill,
} from './lock-holder.js';

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
// taken to be left by a run that died holding it, when whether its process runs cannot be told
// (another machine's lock, or one whose line is not whole).
const STALE_MS = 30_000;
// An empty lock is one whose maker has not written its line yet, which takes it microseconds,
// or an older version's, which held no line at all (or one whose maker died between the two).
// One this old is not being written: it is taken over at once, not waited on for STALE_MS.
//
// What is left: a run of an older version still saving a cache that takes longer than this
// loses its lock to us (at worst a lost entry, linted again next time), and a machine sharing
// the folder over a network file system whose clock runs ahead by more than this may see a
// lock being written as old; its line is then usually there by the time the lock is deleted,
// and removeLockIfStill leaves it.
const EMPTY_STALE_MS = 5_000;
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
    if (held !== undefined) release(lock, held);
  }
}

/** The line of the lock this run made, or undefined when it goes without. */
function acquire(lock: string, notes: LockNotes, hooks: LockHooks): string | undefined {
  const deadline = Date.now() + GIVE_UP_MS;
  const line = newLockText();
  let isBusy = false;
  for (;;) {
    const made = makeLock(lock, line);
    if (made !== 'taken') return made === 'made' ? line : undefined;

    const verdict = judgeTaken(lock, notes);
    if (verdict === 'go-without') return undefined;
    if (verdict !== 'wait') {
      // Only the lock judged stale: another run taking it over too may have made its own.
      if (!removeQuietly(lock, verdict.stale)) return undefined;
      continue;
    }

    if (Date.now() > deadline) return undefined;
    if (!isBusy) hooks.onBusy?.();
    isBusy = true;
    sleep(RETRY_MS);
  }
}

/** Creates the lock holding `line`, unless something is at its path (taken) or it fails. */
function makeLock(lock: string, line: string): 'made' | 'taken' | 'failed' {
  let fd: number;
  try {
    fd = openSync(lock, 'wx', 0o644);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'taken' : 'failed';
  }
  try {
    writeSync(fd, line);
    return 'made';
  } catch {
    // A full disk: a lock without its line would be waited on by every run for STALE_MS.
    rmSync(lock, { force: true });
    return 'failed';
  } finally {
    closeSync(fd);
  }
}

/**
 * Deletes this run's lock. One that replaced it (ours was taken for stale while the save ran
 * past STALE_MS) is another run's, and stays.
 */
function release(lock: string, line: string): void {
  // The cache is written by now; a lock left behind names a process that is gone once this run
  // ends, and the next save on this machine takes it over at once.
  removeQuietly(lock, line);
}

/** removeLockIfStill, with false for a lock that cannot be deleted. */
function removeQuietly(lock: string, text: string): boolean {
  try {
    return removeLockIfStill(lock, text);
  } catch {
    return false;
  }
}

type Verdict = 'wait' | 'go-without' | { stale: string };

/** What to do about what is at the lock path when creating the lock found something there. */
function judgeTaken(lock: string, notes: LockNotes): Verdict {
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
  if (!found.isFile()) return goWithout(lock, kindOf(found), notes);

  const text = readLockText(lock);
  if (text === undefined && !lstatSync(lock, { throwIfNoEntry: false })) return 'wait';
  // A line not whole yet is a lock being made. Anything else that is not a lock's line is
  // someone's file (or unreadable, or long).
  const holder = text === undefined ? undefined : holderOf(text);
  if (text === undefined || (holder === undefined && !isLockLineStart(text))) {
    return goWithout(lock, 'a file this tool did not write', notes);
  }
  const isGone = holder !== undefined && isHolderGone(holder);
  const age = Date.now() - found.mtimeMs;
  const isStale = age > (text === '' ? EMPTY_STALE_MS : STALE_MS);
  return isGone || isStale ? { stale: text } : 'wait';
}

/** Says what stands where the lock goes, for the user to remove, and saves without the lock. */
function goWithout(lock: string, what: string, notes: LockNotes): 'go-without' {
  notes.note(`genesys-call-lint: ${escapeName(lock)}: ${what} is where the cache's lock file ` +
    'goes, so the cache is saved without the lock; remove it, or runs saving at once may lose ' +
    'entries\n');
  return 'go-without';
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
