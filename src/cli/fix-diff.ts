// The unified diffs --fix-dry-run prints. Files below the current folder get git's a/ and b/
// names, which `git apply` and `patch -p1` take from there. A file outside it has no such name
// (neither tool follows "..", and git apply refuses absolute paths), so it is named by its
// absolute path, which GNU patch takes only from the root folder; a note says so once.
import { isAbsolute, posix, resolve } from 'node:path';
import { escapeName } from '../reporters/ansi.js';

/** A diff of one file, and the absolute path it names when the file is outside the cwd. */
export interface FileDiff {
  text: string;
  outside: string | undefined;
}

/**
 * The diff for input `name` (as shown in output: relative below the cwd, else absolute; stdin's
 * "<stdin>" or its --stdin-filename). `diff` is loaded here, on first use: only --fix-dry-run
 * needs it, and it slows every start (issue 6).
 */
export async function diffOf(
  name: string,
  cwd: string,
  before: string,
  after: string,
): Promise<FileDiff> {
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
  const outside = isOutside(name) ? resolve(cwd, name) : undefined;
  const shown = outside ?? name;
  // Without "./" or "..": git apply refuses "a/./-" (a file named "-" is shown as "./-").
  const inGit = posix.normalize(name);
  const [from, to] = outside || name.startsWith('<') ? [shown, shown] : [`a/${inGit}`, `b/${inGit}`];
  const patch = createTwoFilesPatch(from, to, before, after, undefined, undefined,
    { headerOptions: FILE_HEADERS_ONLY });
  return { text: withTabAfterSpacedName(patch, shown), outside };
}

/** Absolute, or reaching above the cwd ("../x.json" can only be a --stdin-filename). */
function isOutside(name: string): boolean {
  return isAbsolute(name) || /^\.\.(?:[\\/]|$)/.test(name);
}

// patch(1) ends a name at white space unless a tab follows it, as git writes it for such names.
function withTabAfterSpacedName(patch: string, name: string): string {
  if (!/\s/.test(name)) return patch;
  const lines = patch.split('\n');
  for (const i of [0, 1]) if (/^(?:---|\+\+\+) /.test(lines[i] ?? '')) lines[i] += '\t';
  return lines.join('\n');
}

/**
 * One line for stderr when the diff names files outside the cwd ('' when it names none). Applied
 * from the root folder, the a/ and b/ names of the other files would not be found, so a diff
 * mixing both is best made again from a folder holding every file.
 */
export function outsideNote(paths: readonly string[], insideCount: number): string {
  if (paths.length === 0) return '';
  const which = paths.length === 1 ? 'a file' : `${paths.length} files`;
  const start = `genesys-call-lint: the diff names ${which} outside the current folder by absolute ` +
    `path (${paths.map(escapeName).join(', ')}), which git apply and patch -p1 cannot apply: `;
  if (insideCount > 0) {
    return `${start}run --fix-dry-run from a folder that holds all the files (from the root ` +
      'folder, patch -p0 would take these but not the a/ and b/ names of the others)\n';
  }
  return `${start}apply it from the root folder, (cd / && patch -p0) < fixes.patch, or run ` +
    '--fix-dry-run from a folder that holds the files\n';
}
