// Lets a glob go down symbolic links to folders, as a folder's listing does (list-folder.ts),
// without walking a link cycle. globby follows links through the `stat` of the file system it is
// given (fast-glob asks it for every link it meets, and keeps a link it cannot stat as a link, not
// walked); this `stat` refuses a link to a folder that holds, or is, a folder the walk came
// through from where the glob starts: `..`, `.`, `/`, or two links to each other's folders. Left
// alone, globby follows such a link until the system refuses the path, a copy of the tree a turn.
import { stat, type Stats } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { isDynamicPattern } from 'globby';
import { realPathOf } from './list-folder.js';

type StatCallback = (error: NodeJS.ErrnoException | null, stats: Stats) => void;

/**
 * A `stat` for one run of a glob (posix, relative to cwd) that says a loop is no folder. It keeps
 * the real paths it looked up: only links cost one, and each folder above them one at most.
 */
export function loopSafeStat(pattern: string, cwd: string):
  (path: string, callback: StatCallback) => void {
  const start = resolve(cwd, staticStart(pattern));
  const reals = new Map<string, string>();
  const realOf = (path: string) => {
    let real = reals.get(path);
    if (real === undefined) {
      real = realPathOf(path);
      reals.set(path, real);
    }
    return real;
  };
  return (path, callback) => {
    stat(path, (error, stats) => {
      if (error !== null || !stats.isDirectory() || !isLoop(path, start, realOf)) {
        callback(error, stats);
        return;
      }
      const loop: NodeJS.ErrnoException = new Error(`${path} leads back to a folder above it`);
      loop.code = 'ELOOP';
      callback(loop, stats);
    });
  };
}

/**
 * Whether a folder's real path holds, or is, the real path of a folder between it and where the
 * walk started. Only those: as in a folder's listing, `a/l1/l2` is walked when the glob starts at
 * `a/l1` (a link to `b`) and `l2` leads to `a`, which the walk has not been through.
 */
function isLoop(path: string, start: string, realOf: (path: string) => string): boolean {
  const target = realOf(path);
  if (target === sep) return true;
  const inside = target + sep;
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    const real = realOf(folder);
    if (real === target || real.startsWith(inside)) return true;
    if (folder === start || dirname(folder) === folder) return false;
  }
}

/** Where a glob's walk starts: its leading segments without glob syntax ("" for none). */
function staticStart(pattern: string): string {
  const segments = pattern.split('/');
  const dynamic = segments.findIndex((segment) => segment !== '' && isDynamicPattern(segment));
  const start = segments.slice(0, dynamic === -1 ? segments.length : dynamic).join('/');
  return start === '' && pattern.startsWith('/') ? '/' : start;
}
