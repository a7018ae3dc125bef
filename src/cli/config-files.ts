// Which files are this tool's own configuration, so never request bodies: a folder run or a
// pre-commit hook over every .json would otherwise report the config as a bad create-call body
// and block committing it.
import { sep } from 'node:path';
import { realPathOf } from './collect-inputs.js';
import { CLI_WORDS } from './cli-words.js';
import { CONFIG_FILES, hasKey, type LoadedConfig } from './config.js';
import { fileIdentity } from './where-written.js';

/** Tells config files apart, given a file's absolute path and its real path. */
export type IsConfigFile = (file: string, real: string) => boolean;

/**
 * The config file named with --config or found from the working folder (by real path, whatever
 * its name, as --config may name any file, and by device and inode when it has hard links, whose
 * names real paths do not tell apart), any file named as config files are looked up
 * (CONFIG_FILES), which covers every nearer config, and a package.json that holds our key. Only
 * a file called package.json is read for that.
 */
export function configFileMatcher(config: LoadedConfig): IsConfigFile {
  const inUse = config.file === undefined ? undefined : realPathOf(config.file);
  // Undefined for a config with one name, the usual case: then no input is stat'ed for this.
  const linked = config.file === undefined ? undefined : fileIdentity(config.file, true);
  return (file, real) => {
    if (real === inUse) return true;
    if (linked !== undefined && fileIdentity(real) === linked) return true;
    // Every input of a run passes here: a lookup of its name lets all but a few go at once.
    const name = nameOf(file);
    if (!KEYS_BY_NAME.has(name)) return false;
    const key = KEYS_BY_NAME.get(name);
    return key === undefined || holdsKey(real, key);
  };
}

/**
 * The last part of an absolute path: path.basename, less its checks and suffix handling, which
 * cost ~2 ms over 10,000 inputs (issue 6). Windows paths may use either slash.
 */
function nameOf(file: string): string {
  const cut = sep === '/' ? file.lastIndexOf('/')
    : Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return file.slice(cut + 1);
}

/** Each config file name, with the key a file of that name must hold to be one (package.json). */
const KEYS_BY_NAME = new Map<string, string | undefined>(
  CONFIG_FILES.map(({ name, key }) => [name, key]),
);

/**
 * Whether the file holds `key`, read as config lookup reads it (a FIFO or device is not
 * opened for reading, and not waited on). One that cannot be read or parsed holds nothing: as
 * an input it is linted, and its problem reported, like any other.
 */
function holdsKey(file: string, key: string): boolean {
  try {
    return hasKey(file, key, CLI_WORDS); // its hint is dropped: the words do not matter
  } catch {
    return false;
  }
}
