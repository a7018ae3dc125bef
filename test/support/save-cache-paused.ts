// A process that lints one file into a --cache file and saves it, for the test of runs saving
// side by side (test/cli-cache.test.ts). Arguments: cache file, working folder, file, and
// "pause" to stop while holding the cache's lock until a line arrives on stdin, or "never-wait" to
// fail the save at once when it would wait for the lock. It prints "held" when it stops there and
// "busy" when it finds the lock taken, so the test can order two such processes exactly, without
// timing.
import { readSync, writeSync } from 'node:fs';
import { LintCache } from '../../src/cli/lint-cache.js';

const [cacheFile, cwd, file, mode] = process.argv.slice(2) as [string, string, string, string?];
const notes = { note: (text: string) => process.stderr.write(text) };

/** Blocks until stdin has a byte or ends: the test's signal to go on. */
function waitForStdin(): void {
  const byte = Buffer.alloc(1);
  for (;;) {
    try {
      readSync(0, byte, 0, 1, null);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

const cache = LintCache.open(cacheFile, cwd, 'settings', notes, {
  lockHooks: {
    onBusy: () => {
      writeSync(1, 'busy\n');
      if (mode === 'never-wait') throw new Error('the save waited for the lock');
    },
    whileHeld: () => {
      if (mode !== 'pause') return;
      writeSync(1, 'held\n');
      waitForStdin();
    },
  },
});
await cache.lintInput({ path: file, name: file, format: undefined, endpoint: undefined }, {
  lintOptions: (name) => ({ filePath: name }),
  onResult: async () => undefined,
  onFailure: () => undefined,
  onSkipped: () => undefined,
});
process.exitCode = cache.save(notes) ? 0 : 1;
