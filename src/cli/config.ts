// Configuration: found by walking up from the working directory, validated by
// schemas/config.schema.json, every problem named by file, key and fix.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import AjvModule, { type ErrorObject } from 'ajv';
import picomatch from 'picomatch';
import { resolveEndpoint } from '../endpoints/resolve-endpoint.js';
import { isKnownCountry } from '../lint/check-options.js';
import type { RuleSetting } from '../lint/types.js';
import { UsageError } from '../lint/usage-error.js';
import type { RuleId } from '../rules/rule-ids.js';

const Ajv = AjvModule.default;
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

export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const candidate of CONFIG_FILES) {
      const file = join(dir, candidate.name);
      if (!existsSync(file)) continue;
      if (candidate.key === undefined || hasKey(file, candidate.key)) return file;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function hasKey(file: string, key: string): boolean {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return typeof data === 'object' && data !== null && key in data;
  } catch {
    return false;
  }
}

export function loadConfig(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot read configuration ${file} (${code})`,
      'Check the path given to --config, or run with --no-config.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `cannot parse configuration ${file}: ${error instanceof Error ? error.message : String(error)}`,
      'Fix the JSON in that file, or run with --no-config to ignore it.',
    );
  }
  const data = file.endsWith('package.json') ? (raw as Record<string, unknown>)['genesys-call-lint'] : raw;
  validateConfig(data, file);
  return { file, base: dirname(file), data: data as ConfigData };
}

let validator: ReturnType<InstanceType<typeof Ajv>['compile']> | undefined;

function validateConfig(data: unknown, file: string): void {
  validator ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(
    require('../../../schemas/config.schema.json') as object,
  );
  if (!validator(data)) {
    const error = validator.errors![0]!;
    const { key, detail, allowed } = describeSchemaError(error);
    throw new UsageError(`invalid configuration in ${file}: ${key} ${detail}`,
      `Allowed: ${allowed}. The keys are described in schemas/config.schema.json.`);
  }
  checkPatterns(data as ConfigData, file);
  const country = (data as ConfigData).defaultCountry;
  if (country !== undefined && !isKnownCountry(country)) {
    throw new UsageError(`invalid configuration in ${file}: defaultCountry "${country}" is not a country ` +
      'code with a phone numbering plan', 'Allowed: ISO 3166 alpha-2 codes such as US, GB, DE or AU.');
  }
}

function describeSchemaError(error: ErrorObject): { key: string; detail: string; allowed: string } {
  const path = error.instancePath.slice(1).replace(/\//g, '.');
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  if (error.keyword === 'additionalProperties') {
    const extra = String(error.params['additionalProperty']);
    const known = Object.keys(schema?.properties ?? {});
    return {
      key: path === '' ? `"${extra}"` : `${path}.${extra}`,
      detail: path === 'rules' ? 'is not a rule id' : 'is not a known key',
      allowed: known.join(', '),
    };
  }
  if (error.keyword === 'enum') {
    const values = (error.params['allowedValues'] as string[]).join(', ');
    return { key: path, detail: `must be one of ${values}`, allowed: values };
  }
  return { key: path || '(top level)', detail: error.message ?? 'is not valid', allowed: 'see the schema' };
}

/** Globs that would silently match nothing, and endpoints that do not exist, are errors. */
function checkPatterns(data: ConfigData, file: string): void {
  const patterns = [
    ...Object.keys(data.endpoints ?? {}).map((p) => ({ key: `endpoints["${p}"]`, pattern: p })),
    ...(data.ignores ?? []).map((p, i) => ({ key: `ignores[${i}]`, pattern: p })),
  ];
  for (const { key, pattern } of patterns) {
    const problem = globProblem(pattern);
    if (problem) {
      throw new UsageError(`invalid configuration in ${file}: ${key} "${pattern}" ${problem}`,
        'Allowed: globs relative to the config file\'s folder with / separators, ' +
        'e.g. "payloads/consult/**/*.json".');
    }
  }
  for (const [pattern, endpoint] of Object.entries(data.endpoints ?? {})) {
    const resolution = resolveEndpoint(endpoint);
    if (!resolution.ok) {
      throw new UsageError(`invalid configuration in ${file}: endpoints["${pattern}"] ${resolution.message}`,
        `${resolution.hint} Allowed: short names from genesys-call-lint list-endpoints, or "METHOD /path".`);
    }
  }
  if (data.endpoint !== undefined) {
    const resolution = resolveEndpoint(data.endpoint);
    if (!resolution.ok) {
      throw new UsageError(`invalid configuration in ${file}: endpoint ${resolution.message}`,
        `${resolution.hint} Allowed: short names from genesys-call-lint list-endpoints, or "METHOD /path".`);
    }
  }
}

function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'is empty';
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
  const path = toPosix(relative(config.base, resolve(file)));
  for (const [pattern, endpoint] of Object.entries(config.data.endpoints ?? {})) {
    if (picomatch.isMatch(path, pattern, { dot: true })) return endpoint;
  }
  return config.data.endpoint;
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
