// Configuration: found by walking up from the working directory, validated by
// schemas/config.schema.json, every problem named by file, key and fix.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import AjvModule from 'ajv';
import picomatch from 'picomatch';
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
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(
      `cannot read configuration ${file}: ${error instanceof Error ? error.message : String(error)}`,
      'Fix the JSON in that file, or run with --no-config to ignore it.',
    );
  }
  const data = file.endsWith('package.json') ? (raw as Record<string, unknown>)['genesys-call-lint'] : raw;
  validateConfig(data, file);
  return { file, base: dirname(file), data: data as ConfigData };
}

let validator: ReturnType<InstanceType<typeof Ajv>['compile']> | undefined;

function validateConfig(data: unknown, file: string): void {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(
    require('../../../schemas/config.schema.json') as object,
  );
  if (validator(data)) return;
  const error = validator.errors?.[0];
  const key = error?.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
  const detail = error?.keyword === 'additionalProperties'
    ? `unknown key "${String(error.params['additionalProperty'])}"`
    : error?.keyword === 'enum'
      ? `must be one of ${(error.params['allowedValues'] as string[]).join(', ')}`
      : (error?.message ?? 'is not valid');
  throw new UsageError(
    `invalid configuration in ${file}: ${key} ${detail}`,
    'Keys are endpoint, endpoints, ignores, rules and defaultCountry; see schemas/config.schema.json.',
  );
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
