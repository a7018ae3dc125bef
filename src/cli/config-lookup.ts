// Which configuration applies to each input. With --config (or --no-config) one applies to every
// file; else each file takes the config file nearest to it, in its folder or the closest one
// above, as stylelint and markdownlint-cli2 pick theirs: in a monorepo, a service's own config
// (its endpoints, rules, country) holds for its files whatever folder the run starts in.
// Paths are taken as given, not resolved through links: a file reached through a linked folder
// takes the config above the link, as ESLint and stylelint look theirs up.
import { dirname, resolve, sep } from 'node:path';
import { memoize } from '../lint/bounded-cache.js';
import type { CallerWords } from '../lint/caller-words.js';
import { displayPath } from './collect-inputs.js';
import { configFileIn, isIgnoredBy, loadConfig, type LoadedConfig } from './config.js';

export interface ConfigLookup {
  /** The config that applies to a file (an absolute path; it need not exist). */
  forFile(file: string): LoadedConfig;
  /** The config the files in a folder (an absolute path) take, as --print-config shows it. */
  forFolder(dir: string): LoadedConfig;
  /**
   * The config for what has no file of its own (stdin without --stdin-filename, a named pipe):
   * the one found from the working folder, or the one named. Its file is never an input.
   */
  forCwd(): LoadedConfig;
  /**
   * The config whose "ignores" leave a file out, if one does: its nearest config's, or those of
   * the configs above it up to the working folder's, which are asked first, from the top. A
   * config below the working folder is read only once those above have let the file through and
   * `isExcluded` (the command line's negations) has not left it out: a folder that is ignored
   * is not looked in, so a broken file in it stops nothing.
   */
  ignoredBy(file: string, isExcluded?: (file: string) => boolean): LoadedConfig | undefined;
  /** Every config file read so far, the working folder's first. */
  loaded(): LoadedConfig[];
}

/**
 * Told of a package.json below the working folder that is no JSON: the per-file lookup passes
 * over it, as it cannot hold our key (fixtures of other tools hold such files on purpose).
 */
export type OnPassedOver = (file: string) => void;

/**
 * The lookup for a run: `choice` is --config's path, false for --no-config, or undefined to take
 * each file's nearest config. The working folder's config is read at once, as it always was, so
 * that a broken one stops the run before anything is linted. Throws a UsageError for a config
 * that cannot be read or is invalid, naming it.
 */
export function configLookup(choice: string | false | undefined, cwd: string,
  words: CallerWords, onPassedOver: OnPassedOver = () => {}): ConfigLookup {
  if (choice !== undefined) {
    const config = choice === false ? noConfig(cwd)
      : loadConfig(resolve(cwd, choice), undefined, words);
    return {
      forFile: () => config, forFolder: () => config, forCwd: () => config,
      ignoredBy: (file) => isIgnoredBy(config, file) ? config : undefined,
      loaded: () => config.file === undefined ? [] : [config],
    };
  }
  const top = resolve(cwd);
  const nearest = nearestLookup(top, words, onPassedOver);
  const own = nearest.lookUp(top);
  // The files of one folder share its list, built once (bounded, as the lint core's caches are);
  // a folder outside the working folder is not kept, and telling that takes one startsWith.
  const foldersTo = memoize((dir: string) => foldersDown(top, dir));
  return {
    forFile: (file) => nearest.lookUp(dirname(file)),
    forFolder: (dir) => nearest.lookUp(dir),
    forCwd: () => own,
    ignoredBy: (file, isExcluded = () => false) => {
      const folders = foldersTo(dirname(file));
      // A file outside the working folder has only its nearest config's ignores to answer to.
      if (folders === undefined) {
        const config = nearest.lookUp(dirname(file));
        return isIgnoredBy(config, file) ? config : undefined;
      }
      let asked: LoadedConfig | undefined;
      for (const dir of folders) {
        if (!nearest.isKnown(dir) && isExcluded(file)) return undefined;
        // A broken config's hint names the file's folder, where its own lookup starts.
        const config = nearest.lookUp(dir, dirname(file));
        if (config === asked) continue;
        asked = config;
        if (isIgnoredBy(config, file)) return config;
      }
      return undefined;
    },
    loaded: nearest.loaded,
  };
}

function noConfig(cwd: string): LoadedConfig {
  return { file: undefined, base: cwd, data: {} };
}

/** The folders from `top` down to `dir`, both included; undefined when `dir` is not below. */
function foldersDown(top: string, dir: string): readonly string[] | undefined {
  if (dir === top) return [top];
  const base = top.endsWith(sep) ? top : top + sep;
  if (!dir.startsWith(base)) return undefined;
  const folders = [top];
  let at = top.endsWith(sep) ? top.slice(0, -1) : top;
  for (const name of dir.slice(base.length).split(sep)) {
    at = `${at}${sep}${name}`;
    folders.push(at);
  }
  return folders;
}

interface NearestLookup {
  /** `from`: the folder a lookup started in, for hints; `dir` itself by default. */
  lookUp(dir: string, from?: string): LoadedConfig;
  /** Whether the folder was looked in already, so that asking costs no read. */
  isKnown(dir: string): boolean;
  loaded(): LoadedConfig[];
}

/**
 * The nearest config of each folder, kept per folder: the files of one folder (10,000 of them
 * in a big run) cost one lookup, and each folder above is looked in once a run. A config file is
 * found in one folder only, so keeping folders keeps each config read once too.
 */
function nearestLookup(cwd: string, words: CallerWords,
  onPassedOver: OnPassedOver): NearestLookup {
  const byFolder = new Map<string, LoadedConfig>();
  const read: LoadedConfig[] = [];
  const none = noConfig(cwd);
  const below = cwd.endsWith(sep) ? cwd : cwd + sep;
  // `from`: the folder the lookup started in, which a hint about a broken config names.
  const lookUp = (dir: string, from: string): LoadedConfig => {
    const known = byFolder.get(dir);
    if (known !== undefined) return known;
    const shownFrom = from === cwd ? 'the current folder' : displayPath(from, cwd);
    // The working folder's own lookup (it and the folders above) stops on a broken package.json
    // as it always did; below it, one is passed over.
    const file = configFileIn(dir, shownFrom, words,
      dir.startsWith(below) ? onPassedOver : undefined);
    const parent = dirname(dir);
    let config: LoadedConfig;
    if (file !== undefined) {
      config = loadConfig(file, shownFrom, words);
      read.push(config);
    } else config = parent === dir ? none : lookUp(parent, from);
    byFolder.set(dir, config);
    return config;
  };
  return {
    lookUp: (dir, from = dir) => lookUp(dir, from),
    isKnown: (dir) => byFolder.has(dir),
    loaded: () => [...read],
  };
}
