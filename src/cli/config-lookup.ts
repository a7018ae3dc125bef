// Which configuration applies to each input. With --config (or --no-config) one applies to every
// file; else each file takes the config file nearest to it, in its folder or the closest one
// above, as stylelint and markdownlint-cli2 pick theirs: in a monorepo, a service's own config
// (its endpoints, rules, country) holds for its files whatever folder the run starts in.
import { dirname, resolve } from 'node:path';
import type { CallerWords } from '../lint/caller-words.js';
import { displayPath } from './collect-inputs.js';
import { configFileIn, loadConfig, type LoadedConfig } from './config.js';

export interface ConfigLookup {
  /** The config that applies to a file (an absolute path; it need not exist). */
  forFile(file: string): LoadedConfig;
  /**
   * The config for what has no file of its own (stdin without --stdin-filename, a named pipe):
   * the one found from the working folder, or the one named. Its file is never an input.
   */
  forCwd(): LoadedConfig;
}

/**
 * The lookup for a run: `choice` is --config's path, false for --no-config, or undefined to take
 * each file's nearest config. The working folder's config is read at once, as it always was, so
 * that a broken one stops the run before anything is linted. Throws a UsageError for a config
 * that cannot be read or is invalid, naming it.
 */
export function configLookup(choice: string | false | undefined, cwd: string,
  words: CallerWords): ConfigLookup {
  if (choice !== undefined) {
    const config = choice === false ? noConfig(cwd)
      : loadConfig(resolve(cwd, choice), undefined, words);
    return { forFile: () => config, forCwd: () => config };
  }
  const nearest = nearestLookup(resolve(cwd), words);
  const own = nearest(resolve(cwd));
  return { forFile: (file) => nearest(dirname(file)), forCwd: () => own };
}

function noConfig(cwd: string): LoadedConfig {
  return { file: undefined, base: cwd, data: {} };
}

/**
 * The nearest config of each folder, kept per folder: the files of one folder (10,000 of them
 * in a big run) cost one lookup, and each folder above is looked in once a run. A config file is
 * found in one folder only, so keeping folders keeps each config read once too.
 */
function nearestLookup(cwd: string, words: CallerWords): (dir: string) => LoadedConfig {
  const byFolder = new Map<string, LoadedConfig>();
  const none = noConfig(cwd);
  // `from`: the folder the lookup started in, which a hint about a broken config names.
  const lookUp = (dir: string, from: string): LoadedConfig => {
    const known = byFolder.get(dir);
    if (known !== undefined) return known;
    const shownFrom = from === cwd ? 'the current folder' : displayPath(from, cwd);
    const file = configFileIn(dir, shownFrom, words);
    const parent = dirname(dir);
    const config = file !== undefined ? loadConfig(file, shownFrom, words)
      : parent === dir ? none : lookUp(parent, from);
    byFolder.set(dir, config);
    return config;
  };
  return (dir) => lookUp(dir, dir);
}
