// What a folder named on the command line stands for: the files below it with one of the given
// extensions in any case, found the way the glob "**/*.{ext,...}" would find them with case-blind
// matching and symbolic links followed (hidden entries, node_modules and .git left out).
// Hand-written rather than globbed: a plain walk lists 10,000 files in a fraction of the time
// a glob engine takes, and a folder is the input CI runs pass most (issue 6).
// Links are followed as globby's followSymbolicLinks does (and as eslint and stylelint users
// expect), with two differences: a link to a folder that holds the link is a loop and is not
// walked (globby walks it until the system refuses the path), and a real folder is walked once.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { sep } from 'node:path';

export interface FolderListing {
  /** Files reached without a link first, then those reached through one (see linkedReal). */
  files: string[];
  /** The real path of each listed file reached through a symbolic link. */
  linkedReal: Map<string, string>;
  /** Folders that could not be read, with the error code; the rest are still listed. */
  unreadable: Array<{ path: string; code: string }>;
  /** Links with a listed extension whose target cannot be reached (ENOENT, ELOOP, ...). */
  brokenLinks: Array<{ path: string; code: string }>;
  /**
   * Hidden entries left out that would otherwise be listed or walked (files with a listed
   * extension, folders but .git): how many, and the first few, to say why a folder gave nothing.
   */
  hidden: { count: number; first: Array<{ path: string; isFolder: boolean }> };
}

/** How many hidden entries a listing names; the rest are only counted. */
const HIDDEN_NAMED = 3;

interface Folder {
  path: string;
  real: string;
  isLinked: boolean;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** extensions: lower-case, without the dot; rootReal: the root's real path, if known. */
export function listFolder(root: string, extensions: ReadonlySet<string>,
  rootReal = realPathOf(root)): FolderListing {
  const listing: FolderListing = {
    files: [], linkedReal: new Map(), unreadable: [], brokenLinks: [],
    hidden: { count: 0, first: [] },
  };
  const linkedFiles: string[] = [];
  const visited = new Set<string>();
  // Linked folders wait until the plain tree is listed, so that a file reached both ways keeps
  // its own name (the first name of a real path is the one linted).
  const pending: Folder[] = [{ path: root, real: rootReal, isLinked: false }];
  const linked: Folder[] = [];
  const hasExtension = (name: string) => {
    const dot = name.lastIndexOf('.');
    // UPPER.JSON (Windows tools, exports) is as much a body as upper.json, and detectFormat
    // reads an extension in any case: skipping it here left it out without a word.
    return dot > 0 && extensions.has(name.slice(dot + 1).toLowerCase());
  };
  for (let folder = pending.pop() ?? linked.pop(); folder !== undefined;
    folder = pending.pop() ?? linked.pop()) {
    if (visited.has(folder.real)) continue;
    visited.add(folder.real);
    const entries = readFolder(folder.path, listing.unreadable);
    const prefix = folder.path.endsWith(sep) ? folder.path : folder.path + sep;
    const realPrefix = folder.real.endsWith(sep) ? folder.real : folder.real + sep;
    for (const entry of entries) {
      const name = entry.name;
      const path = prefix + name;
      if (name.startsWith('.')) {
        noteHidden(listing.hidden, path, entry, hasExtension);
        continue;
      }
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(name)) continue;
        const child = { path, real: realPrefix + name, isLinked: folder.isLinked };
        (folder.isLinked ? linked : pending).push(child);
      } else if (entry.isFile()) {
        if (!hasExtension(name)) continue;
        if (folder.isLinked) {
          linkedFiles.push(path);
          listing.linkedReal.set(path, realPrefix + name);
        } else listing.files.push(path);
      } else if (entry.isSymbolicLink()) {
        // Only links cost a stat: readdir's entry types tell everything else apart.
        const target = followLink(path);
        if ('code' in target) {
          if (hasExtension(name)) listing.brokenLinks.push({ path, code: target.code });
        } else if (target.isDirectory) {
          // A link to a folder that holds it (".", "..", "/") would list that folder forever.
          const holdsLink = (realPrefix + name).startsWith(target.real + sep) ||
            target.real === folder.real || target.real === sep;
          if (!holdsLink && !SKIPPED_FOLDERS.has(name)) {
            linked.push({ path, real: target.real, isLinked: true });
          }
        } else if (target.isFile && hasExtension(name)) {
          linkedFiles.push(path);
          listing.linkedReal.set(path, target.real);
        }
      }
    }
  }
  listing.files.push(...linkedFiles);
  return listing;
}

/** Counts a hidden entry that would be listed or walked if it were not hidden. */
function noteHidden(hidden: FolderListing['hidden'], path: string, entry: Dirent,
  hasExtension: (name: string) => boolean): void {
  // A link is named by its own name: what it points at is not looked up for a hidden entry.
  const isFolder = entry.isDirectory();
  if (isFolder ? entry.name === '.git' : !hasExtension(entry.name)) return;
  hidden.count += 1;
  if (hidden.first.length < HIDDEN_NAMED) hidden.first.push({ path, isFolder });
}

function readFolder(folder: string, unreadable: FolderListing['unreadable']): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ path: folder, code: (error as NodeJS.ErrnoException).code ?? 'an I/O error' });
    return [];
  }
}

type LinkTarget = { real: string; isDirectory: boolean; isFile: boolean } | { code: string };

function followLink(path: string): LinkTarget {
  try {
    const stats = statSync(path);
    return { real: realpathSync(path), isDirectory: stats.isDirectory(), isFile: stats.isFile() };
  } catch (error) {
    return { code: (error as NodeJS.ErrnoException).code ?? 'an I/O error' };
  }
}

/** The real path, or the path itself for a dangling link (reading it reports the problem). */
export function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
