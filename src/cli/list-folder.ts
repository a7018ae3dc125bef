// What a folder named on the command line stands for: the files below it with one of the given
// extensions in any case, found the way the glob "**/*.{ext,...}" would find them with case-blind
// matching (hidden entries, node_modules and .git left out; symbolic links not followed, so a link
// back up cannot loop).
// Hand-written rather than globbed: a plain walk lists 10,000 files in a fraction of the time
// a glob engine takes, and a folder is the input CI runs pass most (issue 6).
import { readdirSync, type Dirent } from 'node:fs';
import { sep } from 'node:path';

export interface FolderListing {
  files: string[];
  /** Folders that could not be read, with the error code; the rest are still listed. */
  unreadable: Array<{ path: string; code: string }>;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** extensions: lower-case, without the dot. */
export function listFolder(root: string, extensions: ReadonlySet<string>): FolderListing {
  const files: string[] = [];
  const unreadable: FolderListing['unreadable'] = [];
  const pending = [root];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: folder, code: (error as NodeJS.ErrnoException).code ?? 'an I/O error' });
      continue;
    }
    const prefix = folder.endsWith(sep) ? folder : folder + sep;
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      // A symbolic link is neither a file nor a folder here: it is not followed.
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(name)) pending.push(prefix + name);
      } else if (entry.isFile()) {
        const dot = name.lastIndexOf('.');
        // UPPER.JSON (Windows tools, exports) is as much a body as upper.json, and detectFormat
        // reads an extension in any case: skipping it here left it out without a word.
        if (dot > 0 && extensions.has(name.slice(dot + 1).toLowerCase())) files.push(prefix + name);
      }
    }
  }
  return { files, unreadable };
}
