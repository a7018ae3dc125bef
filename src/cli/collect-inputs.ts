// Expands the command line's inputs into files: a directory means its *.json files (and capture
// files: .ndjson, .jsonl, .har, .http), recursively;
// anything else that does not exist is tried as a glob. Problems are collected, not thrown, so one
// bad input does not stop the others from being linted.
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { InputFailure } from '../reporters/reporter.js';
import { CLI_WORDS } from './cli-words.js';
import { toPosix } from './config.js';
import type { IsConfigFile } from './config-files.js';
import { listFolder, realPathOf, type FolderListing } from './list-folder.js';

export { realPathOf };
import type { ExcludedBy } from './negated-inputs.js';
import { hasUndecodableName, UNDECODABLE_NAME } from './read-regular-file.js';
import type { CallerWords } from '../lint/caller-words.js';
import { nearest } from '../lint/suggest.js';
import { nothingToLint, type LeftOut, type LeftOutBy } from './nothing-to-lint.js';
import { UsageError } from '../lint/usage-error.js';
import { fileIdentity, IDENTITY_PREFIX } from './where-written.js';

export interface CollectOptions {
  cwd: string;
  /** Whose words the hints use; the CLI's by default. */
  words?: CallerWords;
  /**
   * Real paths of the files this run writes (the report, via --output-file or standard output, and
   * the --cache file), each with what it is ("where the report is written (--output-file)"): such
   * a file named as an input is refused, one found in a folder skipped.
   */
  reportDestinations?: ReadonlyMap<string, string>;
  /** Whether the "ignores" of a file's config exclude it (an absolute path); none if absent. */
  isIgnored?: (file: string) => boolean;
  /** Which of the command line's negated globs excludes a file (see negated-inputs.ts). */
  excludedBy?: ExcludedBy;
  /** The CLI's command names, to tell a misspelt command given first from a wrong path. */
  commands?: readonly string[];
  /** Tells this tool's config files (config-files.ts): left out, noted when named outright. */
  isConfigFile?: IsConfigFile;
  /** A FIFO named outright (`<(jq . b.json)`) goes to pipes, to be read as stdin is; else refused. */
  readsNamedPipes?: boolean;
}

export interface CollectedInputs {
  /** Absolute paths, in a stable order, without duplicates. */
  files: string[];
  /** Each file's real path (links resolved), found while collecting: --cache keys files by it. */
  realPaths: ReadonlyMap<string, string>;
  /** Files found in a folder or by a glob that are where the report is written (skipped). */
  reportFiles: Array<{ file: string; where: string }>;
  failures: InputFailure[];
  /** Files named on the command line that the config's "ignores" excludes. */
  ignored: string[];
  /** Files named on the command line that a negated glob excludes, with that glob. */
  excluded: Array<{ file: string; negation: string }>;
  /** Files named on the command line that are config files of this tool (absolute paths). */
  configFiles: string[];
  /** FIFOs named on the command line, as named, when readsNamedPipes (read-named-pipe.ts). */
  pipes: string[];
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export async function collectInputs(
  inputs: readonly string[],
  options: CollectOptions,
): Promise<CollectedInputs> {
  // Each file with its real path: the same file reached through links is linted once.
  const files = new Map<string, string>();
  const named = new Set<string>();
  const failures: InputFailure[] = [];
  const ignored: string[] = [];
  const excluded: CollectedInputs['excluded'] = [];
  const words = options.words ?? CLI_WORDS;
  const isIgnored = options.isIgnored ?? (() => false);
  const excludedBy = options.excludedBy ?? (() => undefined);
  const isConfigFile = options.isConfigFile ?? (() => false);
  const configFiles = new Set<string>();
  const pipes: string[] = [];
  // Why a file a folder or glob gave is left out, if it is: the first reason that holds. Its real
  // path is looked up only once "ignores" and the negations have let it through (issue 6).
  const leftOutBy = (file: string, real: () => string): LeftOutBy | undefined =>
    isIgnored(file) ? 'ignores' : excludedBy(file) !== undefined ? 'negation'
      : isConfigFile(file, real()) ? 'config' : undefined;
  const writes = writtenBy(options.reportDestinations);
  // Adds what a folder or glob gave that is to be linted, or a failure saying why nothing was.
  const addFound = (input: string, kind: LeftOut['kind'], found: readonly string[],
    realOf: (file: string) => string, hiddenOf?: () => LeftOut['hidden']) => {
    const by = { ignores: 0, negation: 0, config: 0, written: 0 };
    let kept = 0;
    for (const file of found) {
      let real: string | undefined;
      const reason = leftOutBy(file, () => (real ??= realOf(file)));
      if (reason === undefined) {
        real ??= realOf(file);
        // Kept for apartFromReport, which takes it out with a note; but it is nothing to lint.
        files.set(file, real);
        if (writes(real) === undefined) kept += 1;
        else by.written += 1;
      } else by[reason] += 1;
    }
    if (kept === 0) {
      // Named only then: telling which hidden files are config files costs a realpath each.
      const hidden = hiddenOf?.();
      failures.push(nothingToLint(input, { kind, found: found.length, by, ...(hidden && { hidden }) },
        words.noConfig));
    }
  };
  for (const input of inputs) {
    // resolve() reads "" as the working folder: an unset variable in a hook ("$FILE") would lint,
    // fix or send every file below it.
    if (input === '') {
      failures.push({
        file: '""',
        message: 'an empty path names no file; nothing was read for it',
        hint: 'Name a file, folder or glob (a script may have passed an unset variable), or . for ' +
          'the current folder.',
      });
      continue;
    }
    const absolute = resolve(options.cwd, input);
    const kind = kindOf(absolute);
    if (kind === 'file') {
      // Hooks (pre-commit, lint-staged) name every staged file; "ignores" must hold for them too.
      // A named file a negation excludes is noted, not linted, as eslint warns of an ignored file.
      const negation = excludedBy(absolute);
      if (isIgnored(absolute)) ignored.push(input);
      else if (negation !== undefined) excluded.push({ file: input, negation });
      else {
        const real = realPathOf(absolute);
        // A config file is no body; named, it gets a note rather than a failure: a pre-commit
        // hook names every staged .json, and failing would block committing the config.
        if (isConfigFile(absolute, real)) configFiles.add(absolute);
        else {
          files.set(absolute, real);
          named.add(absolute);
        }
      }
    } else if (kind === 'directory') {
      // A file reached through no link below the folder has its real path below the folder's.
      const real = realPathOf(absolute);
      const { files: found, linkedReal, hidden } = listed(absolute, real, failures, input,
        options.cwd);
      addFound(input, 'folder', found,
        (f) => linkedReal.get(f) ?? real + f.slice(absolute.length),
        () => hiddenLeftOut(absolute, hidden, isConfigFile));
    } else if (kind === 'other' && options.readsNamedPipes === true && isFifo(absolute)) {
      pipes.push(input);
    } else if (kind === 'other') {
      failures.push({
        file: input,
        message: 'is not a regular file or directory (a FIFO, socket or device); skipped',
        hint: words.notAFile,
      });
    } else if ((await loadGlobby()).isDynamicPattern(toPosix(input))) {
      const { isDynamicPattern } = await loadGlobby();
      const matched = await expand(withPlainBase(toPosix(input), isDynamicPattern), options.cwd,
        input, failures);
      addFound(input, 'glob', matched, realPathOf);
    } else {
      failures.push(hasUndecodableName(input) ? { file: input, ...UNDECODABLE_NAME }
        : missingInput(input, absolute, words.anyInput,
          input === inputs[0] ? options.commands : undefined));
    }
  }
  const reportFiles = apartFromReport(files, named, writes, options.cwd);
  const kept = dedupeByRealPath(files, named).sort();
  return {
    files: kept, realPaths: files, reportFiles, failures, ignored, excluded,
    configFiles: [...configFiles], pipes,
  };
}

function isFifo(path: string): boolean {
  try {
    return statSync(path).isFIFO();
  } catch {
    return false;
  }
}

/**
 * The failure for an input that names nothing. A misspelt command ("explian unknown-field") is
 * read as a path to lint, so a first input near a command's name is hinted at as that command.
 */
function missingInput(input: string, absolute: string, anyInput: string,
  commands: readonly string[] = []): InputFailure {
  // A command's own name reaches here only after "--", where it was meant as a file.
  const isWord = /^[a-z-]+$/i.test(input) && !commands.includes(input);
  // "list" or "endpoints" for list-endpoints: a word of the name, as people shorten it.
  const command = !isWord ? undefined : nearest(input, commands, 2) ??
    commands.find((name) => name.includes('-') && name.split('-').includes(input.toLowerCase()));
  // A folder on the path that may not be entered hides the file as well as a missing one does.
  if (statCode(absolute) === 'EACCES') {
    return {
      file: input,
      message: 'cannot be reached: a folder on its path may not be entered (EACCES)',
      hint: 'Check the permissions of the folders on the path (they need x for this user).',
    };
  }
  const dangling = isLinkLoop(absolute) ? undefined : danglingTarget(absolute);
  if (dangling !== undefined) {
    return { file: input, message: dangling, hint: 'Point the link at a file that exists, or pass ' +
      'the file itself.' };
  }
  return {
    file: input,
    message: isLinkLoop(absolute) ? 'is a symbolic link that loops or points at itself'
      : 'no such file or directory',
    hint: command === undefined
      ? `Check the path; ${anyInput}.`
      : `Did you mean the ${command} command (genesys-call-lint ${command} --help)? If you meant ` +
        'a file, check the path.',
  };
}

/** The error code stat gives for a path, or undefined when it succeeds. */
function statCode(path: string): string | undefined {
  try {
    statSync(path);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
}

// globby and the modules under it take about a third of the CLI's start-up (issue 6); a run that
// names only files never needs them.
let globbyModule: Promise<typeof import('globby')> | undefined;
function loadGlobby(): Promise<typeof import('globby')> {
  globbyModule ??= import('globby');
  return globbyModule;
}

/**
 * The pattern with its leading plain folders (those before the first segment holding glob
 * syntax) normalised: "./a/../a/**" is "a/**". The ignores ("**" + "/node_modules/**") are
 * matched against paths as the pattern spells them, and "**" never stands for "..", so a
 * pattern that went up and down again linted node_modules. Segments from the first dynamic one
 * on are kept as written: "x/*" + "/../y" depends on what "*" matches.
 */
export function withPlainBase(pattern: string, isDynamic: (segment: string) => boolean): string {
  const segments = pattern.split('/');
  const firstDynamic = segments.findIndex((segment) => segment !== '' && isDynamic(segment));
  if (firstDynamic <= 0) return pattern;
  const base = posix.normalize(segments.slice(0, firstDynamic).join('/'));
  const rest = segments.slice(firstDynamic).join('/');
  return base === '.' ? rest : `${base.replace(/\/$/, '')}/${rest}`;
}

/**
 * Runs a glob, reporting an unreadable folder as an input failure and still listing the rest.
 * Links are followed as in a folder: one to a file counts as the file, and `**` goes down one to
 * a folder unless it leads back to a folder the walk came through (glob-links.ts). Sorted, so
 * that of two links to one file the same is linted whatever order the walk found them in.
 */
async function expand(pattern: string, cwd: string, input: string, failures: InputFailure[]): Promise<string[]> {
  const [{ globby }, { loopSafeStat }] = await Promise.all([loadGlobby(),
    import('./glob-links.js')]);
  // Every entry, links included: a broken link stays a link, which onlyFiles would drop unnamed.
  const options = { cwd, absolute: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: true,
    fs: { stat: loopSafeStat(pattern, cwd) }, onlyFiles: false, objectMode: true } as const;
  let entries: Array<{ path: string; dirent: { isFile(): boolean; isSymbolicLink(): boolean } }>;
  try {
    entries = await globby(pattern, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an I/O error';
    const path = (error as NodeJS.ErrnoException).path;
    failures.push({
      file: path ?? input,
      message: `a folder under ${input} cannot be read (${code}); its files were skipped`,
      hint: 'Check the folder\'s permissions, or exclude it with "ignores" in the config file.',
    });
    entries = await globby(pattern, { ...options, suppressErrors: true });
  }
  const files: string[] = [];
  for (const { path, dirent } of entries) {
    if (dirent.isFile()) files.push(path);
    else if (dirent.isSymbolicLink()) {
      // Still a link: one globby could not follow, broken or leading back up (left out unnamed).
      const code = linkedFileCode(path);
      if (code === undefined) files.push(path);
      else if (code !== 'NOT_A_FILE') failures.push({ file: displayPath(path, cwd), ...brokenLink(path, code) });
    }
  }
  return files.sort();
}

/**
 * undefined when a link leads to a file; NOT_A_FILE when to a folder or a device, which a folder's
 * listing leaves out too; else the error code of why it leads nowhere.
 */
function linkedFileCode(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? undefined : 'NOT_A_FILE';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'EIO';
  }
}

/**
 * Takes the report's own file out of the inputs: opening it for the report empties it before it
 * is read, and a report an earlier run left in a linted folder is no body. Returns those skipped.
 */
function apartFromReport(
  files: Map<string, string>,
  named: ReadonlySet<string>,
  writes: (real: string) => string | undefined,
  cwd: string,
): Array<{ file: string; where: string }> {
  const skipped: Array<{ file: string; where: string }> = [];
  for (const [file, real] of files) {
    const where = writes(real);
    if (where === undefined) continue;
    if (named.has(file)) {
      throw new UsageError(`${displayPath(file, cwd)} is an input and also ${where}`,
        'Choose another file for that, or leave the file out of the inputs.');
    }
    files.delete(file);
    skipped.push({ file, where });
  }
  return skipped;
}

/** What this run writes at a real path (its report, its cache), looked up by identity too. */
function writtenBy(destinations: ReadonlyMap<string, string> | undefined):
  (real: string) => string | undefined {
  if (destinations === undefined || destinations.size === 0) return () => undefined;
  const hasLinks = [...destinations.keys()].some((key) => key.startsWith(IDENTITY_PREFIX));
  if (!hasLinks) return (real) => destinations.get(real);
  // Asked twice for a file a folder or glob found (whether it was all the input held, then to
  // take it out): one stat each.
  const known = new Map<string, string | undefined>();
  return (real) => {
    if (!known.has(real)) {
      known.set(real, destinations.get(real) ?? destinations.get(fileIdentity(real) ?? ''));
    }
    return known.get(real);
  };
}

/**
 * One name for each real path, the same whatever the order of the inputs: a name given on the
 * command line, else one reached through no link (it is its own real path), else the first found.
 * Only the real paths found while collecting are compared: no file is looked at again.
 */
function dedupeByRealPath(files: ReadonlyMap<string, string>, named: ReadonlySet<string>):
  string[] {
  const rank = (file: string, real: string) => (named.has(file) ? 2 : 0) + (file === real ? 1 : 0);
  const chosen = new Map<string, string>();
  for (const [file, real] of files) {
    const held = chosen.get(real);
    if (held === undefined || rank(file, real) > rank(held, real)) chosen.set(real, file);
  }
  return [...chosen.values()];
}

const FOLDER_EXTENSIONS = new Set(['json', 'ndjson', 'jsonl', 'har', 'http']);

/**
 * A folder's files, each unreadable folder and broken link below it reported and the rest still
 * listed.
 */
function listed(folder: string, real: string, failures: InputFailure[], input: string,
  cwd: string): FolderListing {
  const listing = listFolder(folder, FOLDER_EXTENSIONS, real);
  for (const { path, code } of listing.unreadable) {
    failures.push({
      // Named as the files below it would be: relative to the current folder when inside it.
      file: displayPath(path, cwd),
      message: `a folder under ${input} cannot be read (${code}); its files were skipped`,
      hint: 'Check the folder\'s permissions, or exclude it with "ignores" in the config file.',
    });
  }
  for (const { path, code } of listing.brokenLinks) {
    failures.push({ file: displayPath(path, cwd), ...brokenLink(path, code) });
  }
  return listing;
}

/** A folder's hidden entries as a message names them: relative to it, config files told. */
function hiddenLeftOut(folder: string, hidden: FolderListing['hidden'],
  isConfigFile: IsConfigFile): LeftOut['hidden'] {
  const first = hidden.first.map(({ path, isFolder }) => ({
    name: toPosix(relative(folder, path)), isFolder,
    isConfig: !isFolder && isConfigFile(path, realPathOf(path)),
  }));
  return { count: hidden.count, first };
}

/** Why a symbolic link found in a folder was not read, and what to do. */
function brokenLink(path: string, code: string): { message: string; hint: string } {
  const hint = 'Point the link at a file that exists, or delete it.';
  if (code === 'ELOOP') {
    return { message: 'is a symbolic link that loops or points at itself; skipped', hint };
  }
  const dangling = danglingTarget(path);
  if (code === 'ENOENT' && dangling !== undefined) return { message: `${dangling}; skipped`, hint };
  return { message: `is a symbolic link whose target cannot be reached (${code}); skipped`, hint };
}

function kindOf(path: string): 'file' | 'directory' | 'other' | 'missing' {
  try {
    const stats = statSync(path);
    if (stats.isFile()) return 'file';
    return stats.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
}

/** For a symbolic link whose target is missing, says so and names the target. */
function danglingTarget(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    return `is a symbolic link to ${JSON.stringify(readlinkSync(path))}, which does not exist`;
  } catch {
    return undefined;
  }
}

function isLinkLoop(path: string): boolean {
  try {
    realpathSync(path);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP';
  }
}

/** How a file is named in output: relative to the working directory when it lies below it. */
export function displayPath(file: string, cwd: string): string {
  // The usual case, a file below cwd, without path.relative's normalising (issue 6).
  const base = cwd.endsWith(sep) ? cwd : cwd + sep;
  if (file.startsWith(base) && !file.includes(`${sep}.`) && !file.includes(sep + sep)) {
    return apartFromStdin(toPosix(file.slice(base.length)));
  }
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : apartFromStdin(toPosix(rel));
}

/**
 * A file named "-" in the working folder is shown as "./-", the way it is named on the command
 * line: a lone "-" is standard input there and in the stderr line of a "-" with nothing piped in.
 */
function apartFromStdin(shown: string): string {
  return shown === '-' ? './-' : shown;
}
