// One run at a time per journal: two runs sharing one each read it, found the same body new and
// each placed its call, without a warning. A lock file next to the journal, created only if it
// does not exist (O_EXCL), names the run that holds it; a run that finds it held stops before
// reading the journal. A lock left by a run that died (a crash, SIGKILL) is taken over when the
// process it names no longer exists on this machine. A run deletes only the lock it made, known
// by the token in its line (../cli/lock-holder.ts), never one that replaced it.
//
// The lock belongs to the file, not to the name it was given: it sits beside the journal's real
// path, so a symbolic link to the journal finds the same lock. A hard link is a second name no
// lock beside one name can cover, so a journal with more than one is refused.
import {
  closeSync, lstatSync, mkdirSync, openSync, realpathSync, rmSync, statSync, writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import {
  holderOf, isHolderGone, newLockText, readLockText, removeLockIfStill, type Holder,
} from '../cli/lock-holder.js';
import { UsageError } from '../lint/usage-error.js';

/** A lock the run could not delete at its end, and why (the error's code). */
export interface LockLeft {
  kind: 'left';
  lock: string;
  reason: string;
}

/**
 * The run's lock found gone or replaced at its end (deleted by hand, taken over by another run):
 * for a while the journal was not the run's alone. `now` is what stands there instead: the
 * holder a lock of ours names, 'none', or 'other' (something this tool did not write).
 */
export interface LockLost {
  kind: 'lost';
  lock: string;
  now: Holder | 'none' | 'other';
}

/** How a run's lock ended when it was not simply deleted. */
export type LockEnd = LockLeft | LockLost;

/**
 * Takes the lock of the journal at path (shown: as the user wrote it); returns its release, which
 * throws nothing: a lock it cannot delete, or found not to be its own, is returned, for the run to
 * tell the user.
 */
export function lockJournal(path: string, shown: string): () => LockEnd | undefined {
  const { real, isCreated } = realJournal(path, shown);
  const lock = `${real}.lock`;
  const line = newLockText();
  for (let tries = 0; ; tries++) {
    try {
      const fd = openSync(lock, 'wx', 0o600);
      try {
        writeSync(fd, line);
      } finally {
        closeSync(fd);
      }
      return () => {
        if (isCreated) removeIfEmpty(real);
        try {
          // Another run's lock, if ours was taken over (deleted by hand, or judged gone from
          // another container of the same name), stays: deleting it would let a third run in.
          if (removeLockIfStill(lock, line)) return undefined;
          return { kind: 'lost', lock, now: nowAt(lock) };
        } catch (error) {
          // Its folder made read-only mid-run, or the lock replaced by a folder: an uncaught
          // error here ended a finished run with a stack trace and no word on the lock.
          return { kind: 'left', lock, reason: codeOf(error) };
        }
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw cannotLock(shown, `${codeOf(error)} at ${lock}`);
    }
    const text = readLockText(lock);
    const holder = text === undefined ? undefined : holderOf(text);
    // Once only: a second stale lock in a row means another run is taking it over too.
    if (tries > 0 || holder === undefined || !isHolderGone(holder)) throw inUse(shown, lock, holder);
    try {
      // Only the lock judged stale: another run taking it over too may have made its own.
      removeLockIfStill(lock, text!);
    } catch (error) {
      throw cannotTakeOver(shown, lock, holder, codeOf(error));
    }
  }
}

/** What stands at the lock path in place of this run's lock, for the warning. */
function nowAt(lock: string): LockLost['now'] {
  const text = readLockText(lock);
  if (text !== undefined) return holderOf(text) ?? 'other';
  try {
    return lstatSync(lock, { throwIfNoEntry: false }) === undefined ? 'none' : 'other';
  } catch {
    return 'other';
  }
}

/** Made only to be locked, and still empty: the run wrote nothing, so it leaves nothing. */
function removeIfEmpty(journal: string): void {
  try {
    if (statSync(journal, { throwIfNoEntry: false })?.size === 0) rmSync(journal);
  } catch {
    // An empty journal left behind is harmless: a later run reads it as one with nothing in it.
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'an error';
}

/**
 * The journal's real path, with its file made (empty, a journal with nothing in it) so that a
 * link to a journal not written yet resolves too. Refused when it has other hard links.
 */
function realJournal(path: string, shown: string): { real: string; isCreated: boolean } {
  let real: string;
  let isCreated = true;
  try {
    mkdirSync(dirname(path), { recursive: true });
    closeSync(openOrCreate(path, () => (isCreated = false)));
    real = realpathSync(path);
  } catch (error) {
    throw cannotLock(shown, codeOf(error));
  }
  const links = statSync(real).nlink;
  if (links > 1) {
    throw new UsageError(`--journal ${shown} has ${links} hard links, and a lock cannot cover ` +
      'the names it does not sit beside: two runs using two of them could send the same body twice',
    `Give the journal a single name (cp ${shown} new.ndjson, then use --journal new.ndjson), or ` +
      'delete its other links.');
  }
  return { real, isCreated };
}

/** Opens the journal, made if missing; calls isThere when it was there (or is a link). */
function openOrCreate(path: string, isThere: () => void): number {
  try {
    return openSync(path, 'ax', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    isThere();
    return openSync(path, 'a', 0o600);
  }
}

function cannotLock(shown: string, reason: string): UsageError {
  return new UsageError(`--journal ${shown} cannot be locked (${reason})`,
    'Check the permissions of its folder, name another file with --journal, or use --no-journal ' +
    'to keep none.');
}

function cannotTakeOver(shown: string, lock: string, holder: Holder, reason: string): UsageError {
  return new UsageError(`the journal ${shown} is locked by a run that is gone (pid ${holder.pid}), ` +
    `and its lock cannot be deleted (${reason}): ${lock}`,
  `${whyNotDeleted(reason)}, delete the lock, and run again.`);
}

/**
 * What to look at when a lock could not be deleted: a lock that became a folder (EISDIR, as
 * Linux and Node give it) is no permissions problem. EPERM is: unlinking another user's file in
 * a sticky folder gives it.
 */
export function whyNotDeleted(reason: string): string {
  return /EISDIR/.test(reason) ? 'Check what the lock path holds (it should be a ' +
    'file this tool made, not a folder)' : 'Check the permissions of its folder';
}

function inUse(shown: string, lock: string, holder: Holder | undefined): UsageError {
  const who = holder === undefined ? 'another run'
    : `another run (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`})`;
  return new UsageError(`the journal ${shown} is in use by ${who}; two runs sharing it could send the same ` +
    'body twice', `Wait for that run to end. If none is going, delete ${lock} and run again.`);
}
