// Config files closer to a linted file than the one in use. The config is looked up from the
// working folder only, so in a monorepo "genesys-call-lint services/agent/payloads" run from the
// root ignored services/agent's own config (its endpoints map) and linted, or --fix rewrote, its
// bodies as create-call. Each file getting its nearest config, as stylelint and
// markdownlint-cli2 do, would give each its own rules, country and cache key; until then the run
// says which files a closer config was not applied to. Loaded only when a file lies below the
// working folder's own, so that lookup could have missed one.
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { displayPath } from './collect-inputs.js';
import { CONFIG_FILES } from './config.js';
import { holdsKey } from './config-files.js';

export interface NearerConfig {
  /** The config file closest to the files, which this run does not use. */
  config: string;
  /** The linted files it is the closest config of, in the order they are linted. */
  files: string[];
}

/**
 * For files linted with the config looked up from cwd (or none found): the config files that lie
 * between each file and cwd, the nearest one per file. Folders at or above cwd are where the
 * lookup went already, so only those below it (or beside it, for "../x") are looked in.
 */
export function findNearerConfigs(files: readonly string[], cwd: string): NearerConfig[] {
  const nearestIn = new Map<string, string | undefined>();
  const byConfig = new Map<string, string[]>();
  for (const file of files) {
    const config = nearestBelow(dirname(file), cwd, nearestIn);
    if (config === undefined) continue;
    const listed = byConfig.get(config);
    if (listed) listed.push(file);
    else byConfig.set(config, [file]);
  }
  return [...byConfig].map(([config, listed]) => ({ config, files: listed }));
}

/** The nearest config file in dir or a folder above it that the lookup from cwd did not see. */
function nearestBelow(dir: string, cwd: string,
  nearestIn: Map<string, string | undefined>): string | undefined {
  if (nearestIn.has(dir)) return nearestIn.get(dir);
  const parent = dirname(dir);
  const found = isLookedIn(dir, cwd) ? undefined
    : configIn(dir) ?? (parent === dir ? undefined : nearestBelow(parent, cwd, nearestIn));
  nearestIn.set(dir, found);
  return found;
}

/** cwd and the folders above it: the lookup from cwd went through them. */
function isLookedIn(dir: string, cwd: string): boolean {
  return cwd === dir || cwd.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`);
}

/**
 * The config file a lookup would take in dir, as findConfig takes it; a package.json that cannot
 * be read holds none here: this is a warning, and a lookup from there reports the file itself.
 */
function configIn(dir: string): string | undefined {
  for (const { name, key } of CONFIG_FILES) {
    const file = join(dir, name);
    if (existsSync(file) && (key === undefined || holdsKey(file, key))) return file;
  }
  return undefined;
}

/** The stderr line (without its end) for one such config: which files, which config is used instead, what to do. */
export function describeNearerConfig(nearer: NearerConfig, inUse: string | undefined,
  cwd: string): string {
  const [first, ...others] = nearer.files.map((file) => displayPath(file, cwd));
  const also = others.length === 0 ? '' : ` (and ${others.length} other file` +
    `${others.length === 1 ? '' : 's'})`;
  const used = inUse === undefined ? 'no configuration (none was found from the current folder up)'
    : `the configuration ${displayPath(inUse, cwd)}, found from the current folder up`;
  const config = displayPath(nearer.config, cwd);
  return `genesys-call-lint: warning: ${first}${also} ${others.length === 0 ? 'has' : 'have'} a configuration file closer to ${others.length === 0 ? 'it' : 'them'}, ` +
    `${config}, which this run does not apply: it uses ${used}. To lint with ${config}, run ` +
    `from ${displayPath(dirname(nearer.config), cwd)} or pass --config ${config}.`;
}

/**
 * Why --fix leaves each of these files as it is: the closer config may map it to another
 * endpoint, and a fix for create-call rewrites a valid replace-agent body into a call.
 */
export function unfixedByNearer(nearer: readonly NearerConfig[],
  cwd: string): Map<string, { message: string; hint: string }> {
  const reasons = new Map<string, { message: string; hint: string }>();
  for (const { config, files } of nearer) {
    const shown = displayPath(config, cwd);
    const why = {
      message: `not fixed: a configuration file closer to it, ${shown}, is not applied by this ` +
        'run, and its endpoints or rules may call for other fixes',
      hint: `Run from ${displayPath(dirname(config), cwd)} or pass --config ${shown}, so that ` +
        'the fixes follow it.',
    };
    for (const file of files) reasons.set(file, why);
  }
  return reasons;
}
