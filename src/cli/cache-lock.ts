// A lock file beside the cache, held while a run reads the cache again, merges and renames its
// own version into place. Without it, two runs saving at once (shards side by side on one
// workspace) could each read the cache before the other's rename, and the second rename would
// drop the first run's entries. Held for the milliseconds a save takes, never while linting.
//
// It can neither corrupt the cache nor hang a run: the cache is still replaced by a rename, a
// run that cannot make the lock (a read-only folder) or waits too long saves without it, and a
// lock older than STALE_MS, left by a run killed while saving, is removed. Going without the lock
// costs at worst what it guards against: a lost entry, which the next run lints again.
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { fileIdentity } from './where-written.js';

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

/** Runs `work` holding the lock of `cacheFile`, or without it when it cannot be had. */
export function withCacheLock<T>(cacheFile: string, work: () => T, hooks: LockHooks = {}): T {
  const lock = `${cacheFile}.lock`;
  const held = acquire(lock, hooks);
  try {
    return work();
  } finally {
    // Only our own lock: one that replaced it, after ours was taken for stale, is another run's.
    if (held !== undefined && fileIdentity(lock) === held) rmSync(lock, { force: true });
  }
}

/** The identity of the lock file this run made, or undefined when it goes without. */
function acquire(lock: string, hooks: LockHooks): string | undefined {
  const deadline = Date.now() + GIVE_UP_MS;
  let isBusy = false;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx', 0o644));
      return fileIdentity(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
    const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
    if (since !== undefined && Date.now() - since > STALE_MS) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) return undefined;
    if (!isBusy) hooks.onBusy?.();
    isBusy = true;
    sleep(RETRY_MS);
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread: a save is synchronous from its read to its rename (see writeCache). */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
