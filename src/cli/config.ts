// Configuration: found by walking up from each linted file's folder (config-lookup.ts),
// validated by schemas/config.schema.json, every problem named by file, key and fix.
import {
  closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { describeEndpoint, quoteSpec, resolveEndpointFor } from '../endpoints/resolve-endpoint.js';
import { decodeBytesFor } from '../input/decode-bytes.js';
import type { CallerWords } from '../lint/caller-words.js';
import { countryHint, isKnownCountry } from '../lint/check-options.js';
import { parseBody } from '../lint/parse.js';
import { isPlainObject } from '../lint/walk-model.js';
import { describeType, quote } from '../lint/quote.js';
import { nearest } from '../lint/suggest.js';
import type { RuleSetting } from '../lint/types.js';
import { UsageError } from '../lint/usage-error.js';
import type { RuleId } from '../rules/rule-ids.js';
import { supportedModels, type ErrorObject, type ValidateFunction } from '../schema/registry.js';
import { readSeverity } from './severity-words.js';

const require = createRequire(import.meta.url);

/** Where configuration may live, in precedence order within one folder. */
export const CONFIG_FILES = [
  { name: 'genesys-call-lint.config.json', key: undefined },
  { name: '.genesys-call-lintrc.json', key: undefined },
  { name: 'package.json', key: 'genesys-call-lint' },
] as const;

export interface ConfigData {
  endpoint?: string;
  endpoints?: Record<string, string>;
  ignores?: string[];
  rules?: Partial<Record<RuleId, RuleSetting>>;
  defaultCountry?: string;
}

export interface LoadedConfig {
  /** File the settings came from; undefined when none was found or --no-config was given. */
  file: string | undefined;
  /** Folder that the globs in the file are relative to. */
  base: string;
  data: ConfigData;
}

/**
 * The config file a lookup takes in one folder: the first of CONFIG_FILES there, a package.json
 * only when it holds our key. `foundFrom` names the folder the lookup started from, for hints.
 * `onUnparsable`, when given, is told of a package.json that is no JSON, which is then passed
 * over as holding no config; without it such a file stops the run.
 */
export function configFileIn(dir: string, foundFrom: string, words: CallerWords,
  onUnparsable?: (file: string) => void): string | undefined {
  for (const candidate of CONFIG_FILES) {
    const file = join(dir, candidate.name);
    if (!existsSync(file)) {
      // A link to nothing is a config meant to be there: passing over it would apply another.
      if (isDanglingLink(file)) {
        throw new UsageError(`cannot read configuration ${file}: it is a symbolic link to nothing`,
          `Point the link at the config file, remove it, or ${words.noConfig}.`);
      }
      continue;
    }
    if (candidate.key === undefined ||
      hasKey(file, candidate.key, words, foundFrom, onUnparsable)) return file;
  }
  return undefined;
}

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Whether a package.json holds our key. One that cannot be read or parsed is an error, not a
 * file to pass over: skipping it silently would apply a config from a folder further up. Only a
 * caller that says how to tell of it (`onUnparsable`) has one that is no JSON passed over.
 */
export function hasKey(file: string, key: string, words: CallerWords,
  foundFrom = 'the current folder', onUnparsable?: (file: string) => void): boolean {
  const text = readConfigText(file, foundFrom, words);
  let data: unknown;
  try {
    data = parseConfigText(text, file, foundFrom, words);
  } catch (error) {
    if (onUnparsable === undefined) throw error;
    onUnparsable(file);
    return false;
  }
  return typeof data === 'object' && data !== null && key in data;
}

/**
 * Reads and checks a config file. `foundFrom`: the folder a lookup that found it started from
 * ("the current folder", or a linted file's folder); undefined for one given with --config. The
 * hints differ.
 */
export function loadConfig(file: string, foundFrom: string | undefined,
  words: CallerWords): LoadedConfig {
  const raw = parseConfigText(readConfigText(file, foundFrom, words), file, foundFrom, words);
  let data = raw;
  if (basename(file) === 'package.json') {
    const isObject = typeof raw === 'object' && raw !== null;
    data = isObject ? (raw as Record<string, unknown>)[PACKAGE_KEY] : undefined;
    if (data === undefined) {
      throw new UsageError(`${file} has no "${PACKAGE_KEY}" key to take settings from`,
        `Add "${PACKAGE_KEY}": { ... } to it, or name a genesys-call-lint.config.json with ` +
        `${words.option('config')}.`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new UsageError(`invalid configuration in ${file}: "${PACKAGE_KEY}" must be an object ` +
        'of settings', 'e.g. "genesys-call-lint": { "rules": { "non-e164": "off" } }; the keys are ' +
        'described in schemas/config.schema.json.');
    }
  }
  validateConfig(data, file, words);
  const config = data as ConfigData;
  // Country codes are taken in either case; --print-config and the run see them as --country
  // gives them, in capitals.
  const country = config.defaultCountry?.toUpperCase();
  const settled = country === undefined ? config : { ...config, defaultCountry: country };
  // "warning" (which the schema takes) is warn to the linter, to --print-config and to the cache.
  const rules = config.rules === undefined ? {} : { rules: settledRules(config.rules) };
  return { file, base: dirname(file), data: { ...settled, ...rules } };
}

/** A config's rules with each severity word read as the setting it stands for. */
function settledRules(rules: Partial<Record<RuleId, string>>):
  Partial<Record<RuleId, RuleSetting>> {
  // The schema let only the words readSeverity reads through.
  return Object.fromEntries(Object.entries(rules).map(([id, word]) => [id, readSeverity(word)!]));
}

const PACKAGE_KEY = 'genesys-call-lint';
// Config files are a few hundred bytes; package.json files rarely pass 100 KB.
const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/**
 * The text of a config file, refusing what is not a regular file: a FIFO or device named (or
 * found) as the config would block the run or fill memory. O_NONBLOCK keeps the open of a FIFO
 * from waiting for a writer.
 */
function readConfigText(file: string, foundFrom: string | undefined,
  words: CallerWords): string {
  const where = foundFrom === undefined ? `Check the path given to ${words.option('config')}`
    : `Check that file (it was found by looking up from ${foundFrom})`;
  const orNone = `${where}, or ${words.noConfig}.`;
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      const what = stats.isDirectory() ? 'a folder' : 'not a regular file (a FIFO, socket or device)';
      throw new UsageError(`cannot read configuration ${file}: it is ${what}`, orNone);
    }
    if (stats.size > MAX_CONFIG_BYTES) {
      throw new UsageError(`cannot read configuration ${file}: it is ${stats.size} bytes, too big ` +
        'for a config file', orNone);
    }
    // As bodies are read: UTF-8, or UTF-16 with its mark (Windows editors save that); anything
    // else said as such, not as "unexpected character" at 1:1.
    const decoded = decodeBytesFor(readFileSync(fd), words);
    if (!decoded.ok) {
      throw new UsageError(`cannot read configuration ${file}: ${decoded.reason}`,
        `${decoded.hint ?? 'Save it as UTF-8'}; or ${words.noConfig}.`);
    }
    return decoded.text;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot read configuration ${file} (${code})`, orNone);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The parsed config, or an error placed at line and column, as the linter places a body's. */
function parseConfigText(
  text: string,
  file: string,
  foundFrom: string | undefined,
  words: CallerWords,
): unknown {
  const parsed = parseBody(text, words);
  if (parsed.ok) return parsed.value;
  const before = text.slice(0, parsed.offset).split(/\r\n|\r|\n/);
  const at = `${before.length}:${before.at(-1)!.length + 1}`;
  const found = foundFrom === undefined ? '' : ` (it was found by looking up from ${foundFrom})`;
  throw new UsageError(`cannot parse configuration ${file}:${at}: ${parsed.reason}`,
    `Fix the JSON in that file${found}, or ${words.noConfig} to ignore it.`);
}

let validator: ValidateFunction | undefined;

function validateConfig(data: unknown, file: string, words: CallerWords): void {
  // Generated by the build (scripts/build-validators.mjs) like the body validators: compiling
  // the schema with ajv on every run that has a config file cost about 60 ms (issue 6).
  validator ??= require('../schema/validators/config.cjs') as ValidateFunction;
  // Every problem at once, as a linter of bodies would: fixing a config one error per run is slow.
  const problems: ConfigProblem[] = [];
  if (!validator(data)) {
    for (const error of validator.errors!) {
      // A country code of the wrong length is told as --country tells it, below.
      if (error.instancePath === '/defaultCountry' && error.keyword === 'pattern') continue;
      const { key, detail, allowed, guess } = describeSchemaError(error, data);
      problems.push({ message: `${key} ${detail}`,
        hint: `${guess ? `Did you mean ${guess}? ` : ''}Allowed: ${allowed}. The keys are ` +
          'described in schemas/config.schema.json.' });
    }
  }
  // The keys of the right type are checked further even beside a schema error elsewhere, so that
  // an unknown key does not hide a misspelt endpoint until it is fixed.
  const typed = wellTyped(data);
  problems.push(...patternProblems(typed, words));
  const country = typed.defaultCountry;
  if (country !== undefined && !isKnownCountry(country)) {
    problems.push({ message: `defaultCountry "${country}" is not a country code with a phone ` +
      'numbering plan', hint: countryHint(country) });
  }
  const [first, ...more] = problems;
  if (first === undefined) return;
  if (more.length === 0) throw new UsageError(`invalid configuration in ${file}: ${first.message}`, first.hint);
  throw new UsageError(`invalid configuration in ${file}: ${problems.length} problems:`,
    `Fix them in that file, or ${words.noConfig} to ignore it.`, problems);
}

/** The keys patternProblems and the country check read, where they have the schema's types. */
function wellTyped(data: unknown): ConfigData {
  if (!isPlainObject(data)) return {};
  const { endpoint, endpoints, ignores, defaultCountry } = data;
  const isText = (value: unknown): value is string => typeof value === 'string';
  return {
    ...(isText(endpoint) ? { endpoint } : {}),
    ...(isPlainObject(endpoints) && Object.values(endpoints).every(isText)
      ? { endpoints: endpoints as Record<string, string> } : {}),
    ...(Array.isArray(ignores) && ignores.every(isText) ? { ignores } : {}),
    ...(isText(defaultCountry) ? { defaultCountry } : {}),
  };
}

interface ConfigProblem {
  message: string;
  hint: string;
}

// What each key looks like, for a value of the wrong type.
const KEY_EXAMPLES: Record<string, string> = {
  endpoint: '"endpoint": "create-call"',
  endpoints: '"endpoints": { "consult/**/*.json": "consult" }',
  ignores: '"ignores": ["drafts/**"]',
  rules: '"rules": { "non-e164": "off" }',
  defaultCountry: '"defaultCountry": "US"',
};

function describeSchemaError(
  error: ErrorObject,
  data: unknown,
): { key: string; detail: string; allowed: string; guess?: string | undefined } {
  const steps = error.instancePath.split('/').slice(1)
    .map((step) => step.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = steps.map((step, i) => /^\d+$/.test(step) ? `[${step}]`
    : /^[A-Za-z_$][\w$-]*$/.test(step) ? `${i === 0 ? '' : '.'}${step}` : `[${JSON.stringify(step)}]`).join('');
  if (error.keyword === 'type') {
    const expected = String(error.params['type']);
    const value = steps.reduce<unknown>((at, step) => (at as Record<string, unknown>)[step], data);
    const top = steps[0] ?? '';
    return {
      key: path || '(top level)',
      detail: `must be ${expected === 'object' || expected === 'array' ? 'an' : 'a'} ${expected}, ` +
        // quote() writes the value itself, as JSON.stringify would, but stops at the length it
        // shows: JSON.stringify overflowed the stack on a config nested 5,000 levels deep.
        `not ${describeType(value)} (${quote(quote(value))})`,
      allowed: KEY_EXAMPLES[top] ?? 'an object of the keys in the schema',
    };
  }
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  if (error.keyword === 'additionalProperties') {
    const extra = String(error.params['additionalProperty']);
    const known = Object.keys(schema?.properties ?? {});
    return {
      key: path === '' ? `"${extra}"` : `${path}.${extra}`,
      detail: path === 'rules' ? 'is not a rule id' : 'is not a known key',
      allowed: known.join(', '),
      guess: nearest(extra, known),
    };
  }
  if (error.keyword === 'enum') {
    const allowed = error.params['allowedValues'] as string[];
    const given = steps.reduce<unknown>((at, step) => (at as Record<string, unknown>)[step], data);
    // "warning" for warn, "err" for error: the longer or shorter word, as well as a slip.
    const lower = typeof given === 'string' && given !== '' ? given.toLowerCase() : undefined;
    const guess = lower === undefined ? undefined : allowed.find((value) =>
      lower.startsWith(value) || value.startsWith(lower)) ?? nearest(lower, allowed);
    const values = allowed.join(', ');
    return { key: path, detail: `must be one of ${values}`, allowed: values,
      guess: guess === undefined ? undefined : JSON.stringify(guess) };
  }
  return { key: path || '(top level)', detail: error.message ?? 'is not valid', allowed: 'see the schema' };
}

/** Globs that would silently match nothing, and endpoints that do not exist, are errors. */
function patternProblems(data: ConfigData, words: CallerWords): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const patterns = [
    ...Object.keys(data.endpoints ?? {}).map((p) => ({ key: `endpoints["${p}"]`, pattern: p })),
    ...(data.ignores ?? []).map((p, i) => ({ key: `ignores[${i}]`, pattern: p })),
  ];
  for (const { key, pattern } of patterns) {
    const problem = globProblem(pattern);
    if (problem) {
      const negatedHint = key.startsWith('ignores')
        ? 'Write only what the key should match, without "!"; to keep a file linted, make the ' +
          'ignores patterns narrower so that they miss it.'
        : 'Write only what the pattern should match, without "!": an endpoints pattern maps the ' +
          'files it matches to an endpoint and leaves none out (ignores does that).';
      problems.push({ message: `${key} "${pattern}" ${problem}`, hint: pattern.startsWith('!')
        ? negatedHint
        : 'Allowed: globs relative to the config file\'s folder with / separators, ' +
          'e.g. "payloads/consult/**/*.json".' });
    }
  }
  const endpoints = Object.entries(data.endpoints ?? {}).map(([pattern, value]) => ({
    key: `endpoints["${pattern}"]`,
    value,
  }));
  if (data.endpoint !== undefined) endpoints.push({ key: 'endpoint', value: data.endpoint });
  for (const { key, value } of endpoints) {
    const problem = endpointProblem(value, words);
    if (problem) {
      problems.push({ message: `${key} ${problem.message}`, hint: `${problem.hint} Allowed: short ` +
        `names from ${words.endpointSource}, "METHOD /path" or "auto".` });
    }
  }
  return problems;
}

/** Why an endpoint in the config cannot be linted against: unknown, or with no body model. */
function endpointProblem(
  value: string,
  words: CallerWords,
): { message: string; hint: string } | undefined {
  // "auto", as with --endpoint: the model is chosen per body.
  if (value.trim().toLowerCase() === 'auto') return undefined;
  // In the file an endpoint is a value of its own key, not a flag: "consult", not --endpoint consult.
  const inFile: CallerWords = { ...words,
    option: (name, given) => given === undefined ? words.option(name, given) : JSON.stringify(given) };
  const resolution = resolveEndpointFor(value, inFile);
  if (!resolution.ok) return resolution;
  const { endpoint } = resolution;
  if (endpoint.model !== null && supportedModels().includes(endpoint.model)) return undefined;
  return {
    message: `${quoteSpec(value)} is ${describeEndpoint(endpoint)}, which ` +
      (endpoint.model === null ? 'takes no request body'
        : `takes a ${endpoint.model} body, not linted yet`),
    hint: 'Map it to an endpoint whose bodies are linted.',
  };
}

function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'is empty';
  // picomatch reads "!c.json" as "every file but c.json": in ignores, where gitignore and ESLint
  // read it as "do not ignore c.json", it silently stopped every other file from being linted.
  if (pattern.startsWith('!')) return 'starts with "!": negated patterns are not supported';
  if (pattern.includes('\\')) return 'uses \\; write paths with /';
  if (isAbsolute(pattern) || /^[A-Za-z]:/.test(pattern)) return 'is absolute; patterns are relative';
  try {
    picomatch.makeRe(pattern, { strictBrackets: true });
  } catch {
    return 'has an unbalanced bracket or brace';
  }
  return undefined;
}

/** The endpoint the config assigns to a file, from the first matching "endpoints" pattern. */
export function endpointForFile(config: LoadedConfig, file: string): string | undefined {
  const mappings = mappingsOf(config);
  if (mappings.length === 0) return config.data.endpoint;
  const path = toPosix(relative(config.base, resolve(file)));
  for (const { isMatch, endpoint } of mappings) {
    if (isMatch(path)) return endpoint;
  }
  return config.data.endpoint;
}

// Each glob compiled once per config, not once per file: a folder of 10,000 files is matched
// against the same few patterns (issue 6).
const compiledMappings = new WeakMap<LoadedConfig, Array<{ isMatch: (path: string) => boolean; endpoint: string }>>();

function mappingsOf(config: LoadedConfig): Array<{ isMatch: (path: string) => boolean; endpoint: string }> {
  let mappings = compiledMappings.get(config);
  if (!mappings) {
    mappings = Object.entries(config.data.endpoints ?? {})
      .map(([pattern, endpoint]) => ({ isMatch: picomatch(pattern, { dot: true }), endpoint }));
    compiledMappings.set(config, mappings);
  }
  return mappings;
}

/** Whether the config's "ignores" exclude a file (an absolute path). */
export function isIgnoredBy(config: LoadedConfig, file: string): boolean {
  const ignores = config.data.ignores ?? [];
  if (ignores.length === 0) return false;
  let isMatch = compiledIgnores.get(config);
  if (isMatch === undefined) {
    isMatch = picomatch([...ignores], { dot: true });
    compiledIgnores.set(config, isMatch);
  }
  return isMatch(toPosix(relative(config.base, file)));
}

// Compiled once per config, as the endpoints patterns are: each file asks its config.
const compiledIgnores = new WeakMap<LoadedConfig, (path: string) => boolean>();

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
