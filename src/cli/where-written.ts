// Where a write to a path lands, for files this run writes (the report, the --cache file): two
// names of one file must compare equal even before the file exists.
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The real path a write to `path` (absolute) lands on, also when the file does not exist yet:
 * links are followed to their end, even a dangling one (saving then creates the file it points
 * at, and the link stays a link), and linked folders on the way are resolved. Two names of one
 * file give the same answer, so the report can be kept from overwriting the cache.
 */
export function whereWritten(path: string, hops = 0): string {
  try {
    return realpathSync(path);
  } catch {
    // Not there (yet), or a link to nothing.
  }
  if (hops > 40) return path; // a loop: reading it reports ELOOP
  try {
    if (lstatSync(path).isSymbolicLink()) return whereWritten(resolve(dirname(path), readlinkSync(path)), hops + 1);
  } catch {
    // Nothing at all there: the folder it would be made in decides.
  }
  const folder = dirname(path);
  return folder === path ? path : join(whereWritten(folder, hops + 1), basename(path));
}

/**
 * A key for the file itself, by device and inode, for matching hard links, which real paths do
 * not: "-o b.json" with b.json a hard link of an input a.json would empty a.json before it is read.
 * Undefined when nothing is there. With `onlyLinked`, also undefined for a file with one name,
 * so that callers stat every input only when some destination has other names.
 */
export function fileIdentity(path: string, onlyLinked = false): string | undefined {
  try {
    const stats = statSync(path, { bigint: true });
    if (onlyLinked && stats.nlink < 2n) return undefined;
    return `${IDENTITY_PREFIX}${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

/** Identity keys start with a character no real path does. */
export const IDENTITY_PREFIX = '\0inode ';
