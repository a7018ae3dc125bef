// Command-line flags, parsed by yargs into typed options. Nothing here reads files or exits the
// process: bad flags become UsageErrors with a suggestion, which main() turns into exit code 2.
import { INPUT_FORMATS, type InputFormat } from '../input/body-record.js';
import { endpointSpecKey } from '../endpoints/resolve-endpoint.js';
import { ENDPOINTS } from '../endpoints/table.js';
import { countryHint, isKnownCountry } from '../lint/check-options.js';
import { isAuto } from '../lint/lint-text.js';
import { NOTICE_KINDS } from '../lint/notice-kinds.js';
import { nearest } from '../lint/suggest.js';
import type { RuleSetting } from '../lint/types.js';
import { UsageError } from '../lint/usage-error.js';
import { checkDashWords, dashFileHint, shortTakesValue } from './dash-words.js';
import { DEFAULT_MAX_FILE_MB } from './read-regular-file.js';
import { checkRepeatedFlags, type FlagReaders } from './repeated-flags.js';
import { checkRepeatedSwitches } from './repeated-switches.js';
import { readSeverity } from './severity-words.js';
import { FORMAT_NAMES, type FormatName } from '../reporters/index.js';
import { isRuleId, RULE_IDS, type RuleId } from '../rules/rule-ids.js';
import { supportedModels } from '../schema/registry.js';
import type { SendOptions } from '../send/send-options.js';

export interface CliOptions {
  inputs: string[];
  endpoint: string | undefined;
  format: FormatName;
  stdinFilename: string | undefined;
  country: string | undefined;
  /** A config file path, false for --no-config, undefined for each file's nearest. */
  config: string | false | undefined;
  rules: Partial<Record<RuleId, RuleSetting>>;
  color: boolean | undefined;
  inputFormat: InputFormat | undefined;
  outputFile: string | undefined;
  maxWarnings: number | undefined;
  /** --max-file-size in bytes: bigger single-body files are refused before they are read. */
  maxFileSize: number;
  quiet: boolean;
  /** --print-config FILE: print the settings that apply to FILE instead of linting. */
  printConfig: string | undefined;
  /** --fix rewrites files; --fix-dry-run prints the changes as a diff (src/cli/fix-inputs.ts). */
  fix: 'write' | 'dry-run' | undefined;
  /** --cache: where the cache file is, or undefined without --cache (src/cli/lint-cache.ts). */
  cache: string | undefined;
  /** --cache-strategy: whether unchanged stat stamps are trusted (metadata) or files always read. */
  cacheStrategy: 'metadata' | 'content';
  /** --shard i/n: lint only the i-th of n equal slices of the files (1-based). */
  shard: Shard | undefined;
}

export interface Shard {
  index: number;
  count: number;
}

/** Where --cache keeps its file when --cache-location does not say. */
export const DEFAULT_CACHE_FILE = '.genesys-call-lint-cache';

export type ParsedArgs =
  | { kind: 'lint'; options: CliOptions }
  | { kind: 'text'; text: string }
  | { kind: 'list-endpoints'; json: boolean }
  | { kind: 'explain'; rule: string }
  | { kind: 'send'; send: SendOptions; lint: CliOptions };

const CACHE_STRATEGIES = ['metadata', 'content'] as const;
// send's own flags: guessed from on send, and named as send's when given to lint.
const SEND_FLAGS = ['param', 'region', 'client-id', 'client-secret', 'access-token', 'gateway',
  'yes', 'force', 'resend', 'retry-unknown-outcome', 'journal', 'verbose', 'concurrency',
  'timeout', 'max-retries', 'max-rate-retries', 'max-retry-after', 'backoff-base', 'backoff-max'];
const FLAGS = ['cache', 'cache-location', 'cache-strategy', 'shard', 'fix', 'fix-dry-run', 'output-file', 'max-warnings', 'max-file-size', 'quiet', 'print-config', 'input-format', 'endpoint', 'format', 'stdin-filename', 'country', 'config', 'rule', 'color', 'help', 'version'];

export const COMMAND_NAMES: ReadonlySet<string> = new Set(['list-endpoints', 'explain', 'send']);

// The on/off flags, lint's and send's, and the short letters that stand for them. Their --no-
// forms mean something, as --no-config does.
const SWITCHES = new Set(['color', 'cache', 'quiet', 'fix', 'fix-dry-run', 'yes', 'force', 'resend',
  'retry-unknown-outcome', 'verbose']);
const SWITCH_LETTERS: Readonly<Record<string, string>> = { q: 'quiet', y: 'yes' };
// --help and --version take the switches' values after "=" too (yargs reads "--version=1" as
// off, and "--version=yes" was dropped without a word); they have no --no- form.
const VALUED_FLAGS: ReadonlySet<string> = new Set([...SWITCHES, 'help', 'version']);
const VALUED_LETTERS: Readonly<Record<string, string>> = { ...SWITCH_LETTERS, h: 'help', v: 'version' };
// The value flags that may be given more than once, each time adding to a list; the others hold
// one value, and given twice with two they are refused (checkRepeatedFlags).
const LIST_FLAGS = new Set(['rule', 'param']);
const ONE_VALUE_FLAGS = [...FLAGS, ...SEND_FLAGS].filter((flag) => !LIST_FLAGS.has(flag) &&
  !SWITCHES.has(flag) && flag !== 'help' && flag !== 'version');

// yargs and the modules under it take about 35 ms of the CLI's start-up (issue 6), and the
// commonest runs (`genesys-call-lint a.json b.json`, a CI job's `-f compact --no-config dir/`)
// need none of their work. Such a command line (paths plus a few everyday flags, each at most
// once, with plain values) is read here; anything else goes through yargs, which also words every
// error. test/cli-plain-args.test.ts checks that both routes give the same options.
export async function parseArgs(argv: readonly string[], version: string): Promise<ParsedArgs> {
  const simple = simpleCommandLine(argv);
  if (simple) return { kind: 'lint', options: toOptions(simple) };
  return parseWithYargs(argv, version);
}

/** Flags the simple route reads, by spelling: the yargs key each sets, and what it holds. */
const SIMPLE_FLAGS: Readonly<Record<string, { key: string; value: 'format' | 'text' | 'none' }>> = {
  '--format': { key: 'format', value: 'format' },
  '-f': { key: 'format', value: 'format' },
  '--endpoint': { key: 'endpoint', value: 'text' },
  '-e': { key: 'endpoint', value: 'text' },
  '--config': { key: 'config', value: 'text' },
  '-c': { key: 'config', value: 'text' },
  '--no-config': { key: 'config', value: 'none' },
  '--quiet': { key: 'quiet', value: 'none' },
  '-q': { key: 'quiet', value: 'none' },
  // A CI job's --cache and --shard runs are where start-up time counts most.
  '--cache': { key: 'cache', value: 'none' },
  '--cache-location': { key: 'cacheLocation', value: 'text' },
  '--shard': { key: 'shard', value: 'text' },
};

/**
 * The parse yargs would give, for a command line of paths and simple flags; else undefined.
 * Exported for test/cli-plain-args.test.ts, which checks which command lines it takes.
 */
export function simpleCommandLine(argv: readonly string[]): Record<string, unknown> | undefined {
  if (argv.length === 0 || COMMAND_NAMES.has(argv[0]!)) return undefined;
  const parsed: Record<string, unknown> = { _: [], inputs: [], format: 'stylish', quiet: false };
  const inputs: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      // Every word after "--" is a file, even one named like a flag (a hook's "-q.json").
      const rest = argv.slice(i + 1);
      if (rest.includes('')) return undefined;
      inputs.push(...rest);
      break;
    }
    // yargs drops a "help" anywhere among the paths (from .help()); leave that quirk to yargs.
    if (arg === '' || arg === 'help') return undefined;
    if (!arg.startsWith('-')) {
      // yargs reads the first positional as a command wherever it stands (-q explain rule-id).
      if (inputs.length === 0 && COMMAND_NAMES.has(arg)) return undefined;
      inputs.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    const flag = SIMPLE_FLAGS[name];
    // Unknown flags, repeats and combinations (--config with --no-config) are yargs's to judge.
    if (!flag || seen.has(flag.key) || (equals !== -1 && !name.startsWith('--'))) return undefined;
    seen.add(flag.key);
    if (flag.value === 'none') {
      // yargs takes a following "true" or "false" as the switch's value (-q false).
      if (equals !== -1 || argv[i + 1] === 'true' || argv[i + 1] === 'false') return undefined;
      parsed[flag.key] = flag.key === 'config' ? false : true;
      continue;
    }
    const value = equals === -1 ? argv[++i] : arg.slice(equals + 1);
    if (value === undefined || value === '' || value.startsWith('-')) return undefined;
    if (flag.value === 'format' && !(FORMAT_NAMES as readonly string[]).includes(value)) return undefined;
    parsed[flag.key] = value;
  }
  parsed['inputs'] = inputs;
  return parsed;
}

/** The full parse; exported for the test that compares it with the plain-paths route. */
export async function parseWithYargs(argv: readonly string[], version: string): Promise<ParsedArgs> {
  // Words after "--" are inputs, never flags.
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  checkSecretValues(argv.slice(0, end));
  checkSwitchValues(argv);
  const { default: yargs } = await import('yargs');
  // The send command's flags pull in its modules (and node:crypto): loaded with yargs, not at start.
  const { addSendOptions, SEND_DESCRIPTION, SEND_NUMBER_FLAGS, toSendOptions } =
    await import('../send/send-options.js');
  let output = '';
  const parser = yargs()
    .scriptName('genesys-call-lint')
    // Every other word the CLI prints is English, and usageErrorFrom() reads yargs's English
    // messages; the bundled build could not load yargs's translations anyway.
    .locale('en')
    .command('$0 [inputs..]',
      'Lint JSON request bodies for the Genesys Cloud call endpoints. Inputs are files, ' +
      'directories (their .json, .ndjson, .jsonl, .har and .http files, recursively), globs, or - ' +
      'for stdin. Words after -- are ' +
      'inputs, never options: write -- before file names that may start with "-" (or ./-a.json).',
      (y) => y.positional('inputs', { type: 'string', array: true, describe: 'What to lint.' }))
    .command('list-endpoints', 'Print every known call endpoint: method, path, short name, body ' +
      'model and required permissions (--format json for JSON).')
    .command('explain <rule>', 'Print the documentation of a rule or notice, e.g. explain ' +
      'unknown-field or explain deprecated-endpoint.',
      (y) => y.positional('rule', { type: 'string', describe: 'A rule id or notice kind.' }))
    .command('send [inputs..]', SEND_DESCRIPTION,
      (y) => LINT_ONLY_FLAGS.reduce((command, flag) => command.hide(flag), addSendOptions(y)))
    .option('endpoint', {
      alias: 'e',
      type: 'string',
      describe: 'Endpoint whose body model applies: a short name (list-endpoints lists them), ' +
        '"METHOD /path" (template ' +
        'or a concrete path with ids), a full URL, a body model name, or auto (inferred from each ' +
        'body). Default: create-call.',
    })
    .option('format', { alias: 'f', choices: FORMAT_NAMES, default: 'stylish' as FormatName,
      describe: 'Output format.' })
    .option('stdin-filename', { type: 'string', describe: 'Name for the body read from stdin.' })
    .option('country', { type: 'string',
      describe: 'ISO 3166 alpha-2 country (US, GB, ...) for suggesting E.164 forms of national numbers.' })
    .option('config', { alias: 'c', type: 'string',
      describe: 'Use this configuration file for every file, not the one nearest to each; ' +
        '--no-config ignores every configuration file.' })
    .option('rule', { type: 'string', array: true,
      describe: 'Set a rule\'s severity, as id:off, id:warn (or id:warning) or id:error. ' +
        'Repeatable.' })
    .option('color', { type: 'boolean', describe: 'Force colour on or off (default: on for terminals).' })
    .option('input-format', { choices: INPUT_FORMATS,
      describe: 'How inputs hold bodies: json (one body), ndjson (a body or captured request per ' +
        'line), har (browser/proxy capture), http (raw request dumps). Default: detected per input.' })
    .option('output-file', { alias: 'o', type: 'string',
      describe: 'Write the report to this file instead of stdout (- for stdout).' })
    // Read as text and checked here: yargs turns "abc" into NaN, and the message should quote
    // what the user wrote.
    .option('max-warnings', { type: 'string',
      describe: 'Exit with 1 when there are more warnings than this, even without errors.' })
    .option('max-file-size', { type: 'string',
      describe: `Refuse (exit 2) single-body files bigger than this many MB, before reading them. ` +
        `Default ${DEFAULT_MAX_FILE_MB}. Streamed NDJSON and HAR logs have no limit.` })
    .option('quiet', { alias: 'q', type: 'boolean', default: false,
      describe: 'Report errors only; warnings are neither shown nor counted.' })
    .option('fix', { type: 'boolean',
      describe: 'Rewrite files with every safe fix applied, then report what is left.' })
    .option('fix-dry-run', { type: 'boolean',
      describe: 'Print the fixes as a unified diff on stdout, the report on stderr; change nothing.' })
    .option('cache', { type: 'boolean',
      describe: 'Remember results: files whose content and settings did not change since the last ' +
        '--cache run are not linted again; their findings are reported from the cache.' })
    .option('cache-location', { type: 'string',
      describe: `The cache file (or a folder to keep it in). Default: ${DEFAULT_CACHE_FILE} in the ` +
        'current folder.' })
    .option('cache-strategy', { choices: CACHE_STRATEGIES,
      describe: 'metadata (default): a file whose size, times and inode are unchanged is not read; ' +
        'content: every file is read and its content compared.' })
    .option('shard', { type: 'string',
      describe: 'Lint only part of the files, as i/n (1 ≤ i ≤ n): the files are sorted and cut into ' +
        'n slices of nearly equal count; run 1/n … n/n on n machines to cover them all.' })
    .option('print-config', { type: 'string',
      describe: 'Print the settings (config file, endpoint, rules, country) that apply to this ' +
        'file, as JSON, ' +
        'then exit. Takes no other input.' })
    .epilogue(endpointTable())
    // "--rule id:off file.json" must not take the file as a second rule; a file named 1e3 or
    // 0x10 is a file, not the number 1000 or 16.
    .parserConfiguration({ 'greedy-arrays': false, 'parse-positional-numbers': false })
    .strict()
    .exitProcess(false)
    // -h and -v as ESLint has them.
    .help()
    .alias('help', 'h')
    .version(version)
    .alias('version', 'v')
    .wrap(100)
    .fail((message, error) => {
      throw usageErrorFrom((message ?? error?.message ?? 'invalid arguments').replaceAll(STDIN_STAND_IN, '-'), argv);
    });
  // yargs drops a lone "-" (stdin) from the positionals, which silently lost stdin whenever other
  // inputs were named too; it goes through as a stand-in and comes back as "-".
  checkShardValue(argv);
  checkBareChoices(argv.slice(0, end));
  checkFlagShapes(argv.slice(0, end));
  checkDashWords(argv.slice(0, end), takesValue);
  checkNoHelpOrVersion(argv.slice(0, end), argv);
  // Before yargs checks values: "send -f xml" is told that -f is not for send, not which formats
  // exist. Checked again once parsed, for a command line that names send after some flags.
  if (argv[0] === 'send') checkSendFlags(argv.slice(0, end));
  const raw = await parser.parseAsync(argv.map((arg, i) => (arg === '-' ? STDIN_STAND_IN
    : i < end ? switchValueForYargs(arg) : arg)), {},
    (_error, _argv, text) => {
      output = text;
    });
  const parsed = restoreStdin(raw) as typeof raw;
  checkConfigChoice(parsed['config']);
  // Before --help and --version answer: "--version=0 --version" is as unclear as "-q -q=0".
  checkRepeatedSwitches(argv.slice(0, end), VALUED_FLAGS, VALUED_LETTERS);
  if (output !== '' && (parsed['help'] === true || parsed['version'] === true)) {
    return { kind: 'text', text: `${output}\n` };
  }
  checkRepeatedFlags(parsed, ONE_VALUE_FLAGS, { ...FLAG_READERS, ...SEND_NUMBER_FLAGS });
  // A word after "--" is a file to lint, even one named send or explain.
  const first = parsed['_'][0];
  const command = typeof first === 'string' && argv.slice(0, end).includes(first) ? first : undefined;
  if (command === 'list-endpoints' || command === 'explain') checkCommandArgs(command, argv, parsed);
  if (command === 'list-endpoints') return { kind: 'list-endpoints', json: last(parsed['format']) === 'json' };
  if (command === 'explain') return { kind: 'explain', rule: String(parsed['rule']) };
  if (command === 'send') {
    checkSendFlags(argv.slice(0, end));
    return { kind: 'send', send: toSendOptions(parsed), lint: toOptions(parsed) };
  }
  const options = toOptions(parsed);
  if (options.printConfig !== undefined) checkPrintConfigArgs(argv.slice(0, end), options);
  return { kind: 'lint', options };
}

// Not a path anyone names, and no leading "-" for yargs to read as a flag.
const STDIN_STAND_IN = '\u2060<stdin>\u2060';

/** The parse with every stand-in for "-" turned back into "-", in inputs and flag values alike. */
function restoreStdin(value: unknown): unknown {
  if (value === STDIN_STAND_IN) return '-';
  if (Array.isArray(value)) return value.map(restoreStdin);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, restoreStdin(item)]));
  }
  return value;
}

/** Negated or valueless flags (--no-endpoint, --format with nothing after it) reach here as
 * booleans or empty strings; each string flag must hold a non-empty string. */
function stringFlag(parsed: Record<string, unknown>, key: string, flag: string): string | undefined {
  const value = last(parsed[key]);
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value !== '') return value;
  throw new UsageError(`--${flag} needs a value`, `Write --${flag} <value>; run genesys-call-lint --help.`);
}

/**
 * A flag given twice arrives as a list. A one-value flag's list holds one value by now
 * (checkRepeatedFlags), and a switch was given one way only (checkRepeatedSwitches).
 */
function last(value: unknown): unknown {
  return Array.isArray(value) ? value.at(-1) : value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string): T | undefined {
  const chosen = last(value);
  if (chosen === undefined) return undefined;
  if (typeof chosen === 'string' && (allowed as readonly string[]).includes(chosen)) return chosen as T;
  if (typeof chosen !== 'string' || chosen === '') {
    throw new UsageError(`--${flag} needs a value: one of ${allowed.join(', ')}`,
      `Write e.g. --${flag} ${allowed[0]}.`);
  }
  throw new UsageError(`--${flag} ${String(chosen)} is not one of ${allowed.join(', ')}`,
    `Write e.g. --${flag} ${allowed[0]}.`);
}

function toOptions(parsed: Record<string, unknown>): CliOptions {
  // --no-config given twice arrives as [false, false]: still no config.
  const config = Array.isArray(parsed['config']) && parsed['config'].every((v) => v === false) ? false
    : parsed['config'];
  const color = last(parsed['color']);
  return {
    inputs: [...((parsed['inputs'] as unknown[] | undefined) ?? []), ...(parsed['_'] as unknown[])]
      .map(String),
    endpoint: stringFlag(parsed, 'endpoint', 'endpoint'),
    format: oneOf(parsed['format'], FORMAT_NAMES, 'format') ?? 'stylish',
    stdinFilename: stringFlag(parsed, 'stdinFilename', 'stdin-filename'),
    country: checkCountry(stringFlag(parsed, 'country', 'country')),
    config: config === false ? false : stringFlag(parsed, 'config', 'config'),
    rules: parseRuleFlags(ruleFlags(parsed['rule'])),
    color: typeof color === 'boolean' ? color : undefined,
    inputFormat: oneOf(parsed['inputFormat'], INPUT_FORMATS, 'input-format'),
    outputFile: standardOutputAsUndefined(stringFlag(parsed, 'outputFile', 'output-file')),
    maxWarnings: checkMaxWarnings(last(parsed['maxWarnings'])),
    maxFileSize: checkMaxFileSize(last(parsed['maxFileSize'])),
    quiet: parsed['quiet'] === true,
    printConfig: stringFlag(parsed, 'printConfig', 'print-config'),
    fix: fixMode(last(parsed['fix']) === true, last(parsed['fixDryRun']) === true),
    cache: cacheFile(last(parsed['cache']) === true, stringFlag(parsed, 'cacheLocation', 'cache-location')),
    cacheStrategy: cacheStrategy(last(parsed['cache']) === true,
      oneOf(parsed['cacheStrategy'], CACHE_STRATEGIES, 'cache-strategy')),
    shard: checkShard(stringFlag(parsed, 'shard', 'shard')),
  };
}

function cacheFile(isOn: boolean, location: string | undefined): string | undefined {
  if (!isOn) onlyWithCache('cache-location', location);
  return isOn ? (location ?? DEFAULT_CACHE_FILE) : undefined;
}

function cacheStrategy(isOn: boolean, strategy: 'metadata' | 'content' | undefined): 'metadata' | 'content' {
  if (!isOn) onlyWithCache('cache-strategy', strategy);
  return strategy ?? 'metadata';
}

/** A --cache-* flag given without --cache would change nothing: said rather than ignored. */
function onlyWithCache(flag: string, value: string | undefined): void {
  if (value === undefined) return;
  throw new UsageError(`--${flag} does nothing without --cache`, `Add --cache, e.g. --cache --${flag} ${value}.`);
}

// Slices are cut with Number arithmetic: n past this would be rounded.
const MAX_SHARD_COUNT = Number.MAX_SAFE_INTEGER;

function checkShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  // Compared as BigInts: 1/99999999999999999999 holds 1 ≤ i ≤ n, and was refused as if not.
  const [index, count] = match ? [BigInt(match[1]!), BigInt(match[2]!)] : [0n, 0n];
  if (index < 1n || index > count) {
    throw shardError(`--shard ${value} is not i/n with 1 ≤ i ≤ n`);
  }
  if (count > BigInt(MAX_SHARD_COUNT)) {
    throw shardError(`--shard ${value}: n is too large; the largest n accepted is ` +
      `${MAX_SHARD_COUNT}`);
  }
  return { index: Number(index), count: Number(count) };
}

function shardError(message: string): UsageError {
  return new UsageError(message, 'Write e.g. --shard 1/3, --shard 2/3 and --shard 3/3 on three machines.');
}

/** yargs reads "--shard -1/2" as --shard without a value and an unknown flag -1. */
function checkShardValue(argv: readonly string[]): void {
  const at = argv.indexOf('--shard');
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  const value = argv[at + 1];
  if (at === -1 || at >= end || value === undefined || !value.startsWith('-') || value === '-' ||
    value === '--') return;
  throw shardError(/^-\d/.test(value) ? `--shard ${value} is not i/n with 1 ≤ i ≤ n` : '--shard needs a value');
}

/**
 * A flag with choices and a default, given bare (last, or before another flag), is silently
 * read by yargs as its default: "lint --format" printed stylish.
 */
function checkBareChoices(argv: readonly string[]): void {
  const choices: Record<string, readonly string[]> = {
    '--format': FORMAT_NAMES, '-f': FORMAT_NAMES, '--input-format': INPUT_FORMATS,
    '--cache-strategy': CACHE_STRATEGIES,
  };
  argv.forEach((arg, i) => {
    // "-fo out.txt": yargs gives a letter before the last of a cluster its default, so -f read
    // as stylish and the format word became a file to lint.
    if (/^-[A-Za-z]{2,}$/.test(arg) && arg.slice(1, -1).includes('f')) {
      throw new UsageError(`${arg}: -f takes a value, so it goes last in a cluster or alone`,
        'Give -f its own word, e.g. -f json.');
    }
    const allowed = choices[arg];
    const next = argv[i + 1];
    if (allowed && (next === undefined || (next.startsWith('-') && next !== '-'))) {
      const flag = arg === '-f' ? '--format' : arg;
      throw new UsageError(`${arg} needs a value: one of ${allowed.join(', ')}`,
        `Write e.g. ${flag} ${allowed[0]}.`);
    }
  });
}

function fixMode(isWrite: boolean, isDryRun: boolean): CliOptions['fix'] {
  if (isWrite && isDryRun) {
    throw new UsageError('--fix and --fix-dry-run exclude each other',
      'Use --fix-dry-run to see the changes, then --fix to make them.');
  }
  return isWrite ? 'write' : isDryRun ? 'dry-run' : undefined;
}

/** -o - is standard output, as - is stdin among the inputs. */
function standardOutputAsUndefined(file: string | undefined): string | undefined {
  return file === '-' ? undefined : file;
}

/**
 * "--config x --no-config", in any order and spelling: yargs gives both values as a list, and
 * would otherwise keep whichever came last.
 */
function checkConfigChoice(value: unknown): void {
  if (Array.isArray(value) && value.includes(false) && value.some((v) => typeof v === 'string')) {
    throw new UsageError('--config and --no-config exclude each other',
      'Keep --config FILE to use that file, or --no-config to use none.');
  }
}

/**
 * list-endpoints reads --format only and explain nothing: a lint flag given to them (-o, --cache,
 * --shard ...) or a word after "--" would otherwise be dropped without a word.
 */
function checkCommandArgs(command: 'list-endpoints' | 'explain', argv: readonly string[],
  parsed: Record<string, unknown>): void {
  const end = argv.indexOf('--');
  if (end !== -1 && end < argv.length - 1) {
    throw strayArgument(argv[end + 1]!, command);
  }
  const format = last(parsed['format']);
  if (command === 'list-endpoints' && format !== 'stylish' && format !== 'json') {
    throw new UsageError(`list-endpoints prints a table or JSON, not --format ${String(format)}`,
      'Leave out --format for the table, or write --format json.');
  }
  const allowed = command === 'list-endpoints' ? ['-f', '--format', '--help', '--version'] : ['--help', '--version'];
  const flag = argv.slice(0, end === -1 ? argv.length : end)
    .find((arg) => arg.startsWith('-') && arg !== '-' && !allowed.includes(arg.split('=')[0]!));
  if (flag !== undefined) {
    throw new UsageError(`${flag.split('=')[0]} does not apply to ${command}`,
      command === 'list-endpoints' ? 'list-endpoints takes --format json at most.' : 'explain takes a rule id only.');
  }
}

// How lint's one-value flags read their values, where two spellings give one: given twice as
// "0" and "00", --max-warnings is one number, not a clash (checkRepeatedFlags). checkCountry takes
// a code in either case.
const FLAG_READERS: FlagReaders = {
  country: (value) => value.toUpperCase(),
  // "consult" and "CONSULT" resolve to one endpoint, and "auto" is taken in any case too.
  endpoint: (value) => (isAuto(value) ? 'auto' : endpointSpecKey(value)),
  'max-warnings': (value) => checkMaxWarnings(value)!,
  'max-file-size': checkMaxFileSize,
  shard: (value) => {
    const { index, count } = checkShard(value)!;
    return `${index}/${count}`;
  },
};

// Plain decimal text only: Number() would also take "", " 1", "0x10" and "1e3".
const WHOLE = /^\d+$/;
const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

function checkMaxWarnings(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  // A count of any length is a whole number, and one past what any run can report is no limit:
  // it is kept as the largest exact integer, where a float such as 1e20 would print as another
  // number and Infinity would serialise as null.
  if (typeof value === 'string' && WHOLE.test(value)) {
    return Math.min(Number(value), Number.MAX_SAFE_INTEGER);
  }
  throw new UsageError(`--max-warnings ${quoteValue(value)} is not a whole number of 0 or more`,
    'Write e.g. --max-warnings 0 to fail on any warning.');
}

function checkMaxFileSize(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_FILE_MB * 1024 * 1024;
  const mb = typeof value === 'string' && DECIMAL.test(value) ? Number(value) : NaN;
  // At least one byte: a smaller positive number would be a limit of 0 bytes.
  // A limit past 2^53 bytes is no limit, as with --max-warnings: no file is that big.
  if (mb > 0 && Math.floor(mb * 1024 * 1024) >= 1) {
    return Math.min(Math.floor(mb * 1024 * 1024), Number.MAX_SAFE_INTEGER);
  }
  throw new UsageError(`--max-file-size ${quoteValue(value)} is not a positive number of MB`,
    `Write e.g. --max-file-size 256; the default is ${DEFAULT_MAX_FILE_MB}.`);
}

/** A flag's value as the user typed it; nothing typed (a bare flag) reads as "without a value". */
function quoteValue(value: unknown): string {
  return typeof value === 'string' && value !== '' ? `"${value}"` : '(without a value)';
}

function checkCountry(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (isKnownCountry(value)) return (value as string).toUpperCase();
  throw new UsageError(`--country ${String(value)} is not a country code with a phone numbering plan`,
    countryHint(value));
}

function ruleFlags(value: unknown): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  // A bare --rule at the end of the line arrives as an empty list, which would pass unnoticed.
  if (values.length === 0 || values.some((v) => typeof v !== 'string' || v === '')) {
    throw new UsageError('--rule needs a value such as non-e164:off', 'Write --rule <id>:<off|warn|error>.');
  }
  return values as string[];
}

export function parseRuleFlags(values: readonly string[]): Partial<Record<RuleId, RuleSetting>> {
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const value of values) {
    const parts = value.split(':');
    const [id = '', setting = ''] = parts;
    if (parts.length !== 2) {
      throw new UsageError(`--rule ${value}: write exactly one rule id and one severity`,
        'e.g. --rule non-e164:off');
    }
    if (!isRuleId(id)) {
      const guess = nearest(id, RULE_IDS);
      throw new UsageError(`--rule ${value}: "${id}" is not a rule id`, guess
        ? `Did you mean ${guess}? genesys-call-lint --help lists the rule ids.`
        : 'Rule ids are listed in the README and by --help; e.g. --rule non-e164:off.');
    }
    const severity = readSeverity(setting);
    if (severity === undefined) {
      throw new UsageError(`--rule ${value}: the severity must be off, warn (or warning) or error`,
        `Write --rule ${id}:off, --rule ${id}:warn or --rule ${id}:error.`);
    }
    rules[id] = severity;
  }
  return rules;
}

// Lint flags send has no use for, with what to do instead. send prints its own dry-run and send
// report, lints every body each time and never rewrites a file: taken silently, these flags
// would look as if they had worked.
const OWN_REPORT = 'send prints its own report; leave the flag out.';
const FIX_FIRST = 'Fix the files first with genesys-call-lint --fix, then send them.';
const LINTS_EACH_TIME = 'send lints every body it sends, each time; leave the flag out.';
const NOT_FOR_SEND: Readonly<Record<string, string>> = {
  format: OWN_REPORT,
  'output-file': 'send prints its own report to stdout; redirect it with > to keep it.',
  quiet: OWN_REPORT,
  'max-warnings': 'send refuses bodies with errors and sends the rest; leave the flag out.',
  fix: FIX_FIRST,
  'fix-dry-run': FIX_FIRST,
  'print-config': 'Run genesys-call-lint --print-config FILE on its own.',
  cache: LINTS_EACH_TIME,
  'cache-location': LINTS_EACH_TIME,
  'cache-strategy': LINTS_EACH_TIME,
  shard: LINTS_EACH_TIME,
};

/** Hidden from `send --help`: send refuses them, and --color, taken, changes nothing there. */
const LINT_ONLY_FLAGS = [...Object.keys(NOT_FOR_SEND), 'color'];

function checkSendFlags(words: readonly string[]): void {
  const found = findFlag(words, NOT_FOR_SEND);
  if (found !== undefined) {
    throw new UsageError(`${found.flag} applies to linting, not to send`, NOT_FOR_SEND[found.name]!);
  }
}

// Flags --print-config has no use for: it prints one file's settings as JSON on stdout and reads
// no input. Taken silently they looked as if they had worked: -o wrote no file, and exit 0.
const SETTINGS_ONLY = '--print-config prints the settings for one file and lints nothing; leave ' +
  'the flag out.';
const NOT_FOR_PRINT_CONFIG: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['quiet', 'max-warnings', 'fix', 'fix-dry-run', 'cache', 'cache-location',
    'cache-strategy', 'shard', 'input-format', 'stdin-filename', 'max-file-size']
    .map((name) => [name, SETTINGS_ONLY])),
  format: '--print-config always prints JSON; leave the flag out.',
  'output-file': '--print-config prints to stdout; redirect it with > to keep it, e.g. ' +
    '> settings.json.',
};

/**
 * --print-config FILE takes one file, as eslint's does, and only the flags that change what it
 * prints (--config, --no-config, --endpoint, --rule, --country).
 */
function checkPrintConfigArgs(words: readonly string[], options: CliOptions): void {
  const found = findFlag(words, NOT_FOR_PRINT_CONFIG);
  if (found !== undefined) {
    throw new UsageError(`${found.flag} does not apply to --print-config`,
      NOT_FOR_PRINT_CONFIG[found.name]!);
  }
  if (options.inputs.length > 0) {
    throw new UsageError(`--print-config takes one file, ${options.printConfig}; also given: ` +
      `${options.inputs.join(', ')}`, 'Run --print-config once per file, e.g. genesys-call-lint ' +
      `--print-config ${options.inputs[0]}.`);
  }
}

const FLAG_LETTERS: Readonly<Record<string, string>> = { f: 'format', o: 'output-file', q: 'quiet' };

/** The first of `words` that is a `named` flag: long (in any spelling yargs takes) or short. */
function findFlag(words: readonly string[], named: Readonly<Record<string, string>>):
  { flag: string; name: string } | undefined {
  const isNamed = (name: string | undefined): boolean =>
    name !== undefined && Object.prototype.hasOwnProperty.call(named, name);
  for (const word of words) {
    if (word.startsWith('--')) {
      const flag = word.split('=')[0]!;
      // yargs also takes camelCase spellings (--outputFile, --fixDryRun).
      const name = flag.slice(2).replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
        .replace(/^no-/, '');
      if (isNamed(name)) return { flag, name };
    } else if (word.startsWith('-')) {
      // Letters run together ("-yq"); a value joined to its letter was refused before this.
      const letter = [...word.slice(1)].find((l) => isNamed(FLAG_LETTERS[l]));
      if (letter !== undefined) return { flag: `-${letter}`, name: FLAG_LETTERS[letter]! };
    }
  }
  return undefined;
}

const SECRET_FLAGS = new Set(['--client-secret', '--access-token']);

/**
 * A secret or token can begin with "-": given as the next word, yargs reads it as flags, and
 * every message about unknown or misused flags would quote it. Checked before any other message
 * can be made, and answered without the value.
 */
function checkSecretValues(words: readonly string[]): void {
  for (let i = 0; i < words.length - 1; i++) {
    const next = words[i + 1]!;
    if (SECRET_FLAGS.has(words[i]!) && next.startsWith('-') && next !== '-') {
      // A known flag's name next is no secret: the value was left out (--access-token --yes).
      const name = next.split('=')[0]!;
      if (isKnownFlag(name)) {
        throw new UsageError(`${words[i]} needs a value, but ${name} follows it`,
          `Write ${words[i]} VALUE, or set it in ${secretVariable(words[i]!)}.`);
      }
      throw new UsageError(`${words[i]} is followed by a word that starts with "-" (not shown: it may be the secret)`,
        `Write ${words[i]}=VALUE for a value that starts with "-", or better, set it in ` +
        `${secretVariable(words[i]!)}.`);
    }
  }
}

/**
 * Flags yargs would read in its own way, named as typos without what follows "=" (it may be a
 * secret): "---format" and "----quiet" (read as --format, --quiet), "--client--secret=..." and
 * "--client-secret-=..." (read as --client-secret under send), and a word after one dash with an
 * "=" ("-client-secret=...", which yargs took for the letters -c -l -i ... and quoted whole).
 */
function checkFlagShapes(words: readonly string[]): void {
  for (const word of words) {
    if (!word.startsWith('-') || word === '-' || word === '--') continue;
    const name = word.split('=')[0]!;
    if (/^--[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(name)) continue;
    // "--=x" has no name to show (and what follows "=" may be a secret).
    if (name === '--') {
      throw new UsageError('unknown option --= (a flag with no name before its "=")', dashFileHint(word));
    }
    // Short flags, their clusters (-qf json) and -cFILE are yargs's to judge; so is "-f=json".
    if (/^-[^-]/.test(word) && (!word.includes('=') || /^-[A-Za-z]=/.test(word))) continue;
    const meant = name.replace(/^-+|-+$/g, '').replace(/-{2,}/g, '-');
    const isKnown = isKnownFlag(`--${meant}`);
    throw new UsageError(`unknown option ${name}`, `${isKnown
      ? `Did you mean --${meant}? Long flags start with two dashes and have single dashes inside.`
      : 'Run genesys-call-lint --help for every option.'} ${dashFileHint(word)}`);
  }
}

/**
 * yargs reads "--no-help" and "--no-version" (and "--no-h", "--no-v") as the flag turned off, and
 * the run went on without a word; neither has an off form, so they are unknown, as yargs says of
 * "--no-help=true".
 */
function checkNoHelpOrVersion(words: readonly string[], argv: readonly string[]): void {
  const negated = words.map((word) => word.split('=')[0]!)
    .find((name) => /^--no-(?:help|version|h|v)$/.test(name));
  if (negated !== undefined) throw usageErrorFrom(`Unknown argument: ${negated.slice(2)}`, argv);
}

function secretVariable(flag: string): string {
  return flag === '--access-token' ? 'GENESYSCLOUD_ACCESS_TOKEN' : 'GENESYSCLOUD_OAUTHCLIENT_SECRET';
}

/** Whether a flag word takes the next word as its value ("--max-warnings", "-qo"). */
function takesValue(word: string): boolean {
  if (shortTakesValue(word)) return true;
  const name = /^--([a-zA-Z][a-zA-Z-]*)$/.exec(word)?.[1]?.replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase();
  return name !== undefined && (FLAGS.includes(name) || SEND_FLAGS.includes(name)) &&
    !SWITCHES.has(name) && name !== 'help' && name !== 'version';
}

/** Whether a word is the name of one of lint's or send's flags, long, negated or short. */
function isKnownFlag(word: string): boolean {
  const long = /^--(?:no-)?([a-z][a-z-]*)$/.exec(word)?.[1];
  if (long !== undefined) return FLAGS.includes(long) || SEND_FLAGS.includes(long);
  return ['-f', '-e', '-c', '-o', '-q', '-y', '-h', '-v'].includes(word);
}

/**
 * yargs reads "--quiet=1", "-q1" or "--yes=yes" as false, without a word, so the switch silently
 * does nothing. Every switch takes the same values after "=": true or 1 (on), false or 0 (off);
 * 1 and 0 reach yargs as true and false (switchValueForYargs). Anything else is refused.
 */
function checkSwitchValues(argv: readonly string[]): void {
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  for (const arg of argv.slice(0, end)) {
    const name = switchGivenValue(arg);
    if (name !== undefined) {
      throw new UsageError(`--${name} takes no value, or one of ${SWITCH_VALUES.join(', ')} ` +
        `after "=" ("${arg}")`, `Write --${name} alone to turn it on` +
        `${SWITCHES.has(name) ? `, --no-${name} to turn it off` : ''}.`);
    }
  }
}

const SWITCH_VALUES = ['true', 'false', '1', '0'];

/**
 * The switch a word gives a value it does not take ("--quiet=yes", "-qq=2"); a value glued to a
 * letter ("-q1", "-q0") is refused whatever it is, as a short option with a value is.
 */
function switchGivenValue(arg: string): string | undefined {
  const long = /^--([a-z-]+)=(.*)$/s.exec(arg);
  if (long) return VALUED_FLAGS.has(long[1]!) && !SWITCH_VALUES.includes(long[2]!) ? long[1] : undefined;
  // A cluster of short flags: the value goes to its last letter ("-qq=1", "-q1").
  const short = /^-([a-zA-Z]+)(?:=(.*)|(\d.*))$/s.exec(arg);
  if (!short) return undefined;
  const name = VALUED_LETTERS[short[1]!.at(-1)!];
  const isTaken = short[1]!.length === 1 && short[2] !== undefined && SWITCH_VALUES.includes(short[2]);
  return name !== undefined && !isTaken ? name : undefined;
}

/** "--quiet=1" as "--quiet=true", "-q=0" as "-q=false": the spellings yargs reads right. */
function switchValueForYargs(arg: string): string {
  const given = /^(--[a-z-]+|-[a-zA-Z]+)=([10])$/.exec(arg);
  if (!given) return arg;
  const name = given[1]!.startsWith('--') ? given[1]!.slice(2) : VALUED_LETTERS[given[1]!.at(-1)!];
  if (name === undefined || !VALUED_FLAGS.has(name)) return arg;
  return `${given[1]}=${given[2] === '1' ? 'true' : 'false'}`;
}

/** A word nothing takes: after a command, or among the flags. */
function strayArgument(word: string, command: string | undefined): UsageError {
  return new UsageError(`unexpected argument "${word}"${command === undefined ? '' : ` after ${command}`}`,
    command === 'explain' ? 'explain takes one rule id, e.g. explain unknown-field.'
      : command === 'list-endpoints' ? 'list-endpoints takes no arguments.'
        : 'Run genesys-call-lint --help for usage.');
}

function usageErrorFrom(message: string, argv: readonly string[]): UsageError {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    // Short words with unknown letters ("-ccfg.json") were refused by checkDashWords().
    const flag = unknown[1]!.split(', ')[0]!;
    // yargs names a stray word ("list-endpoints extra") as it names an unknown flag.
    if (argv.includes(flag) && !argv.some((arg) => /^-/.test(arg) && arg.replace(/^-+/, '').split('=')[0] === flag)) {
      return strayArgument(flag, argv.find((arg) => COMMAND_NAMES.has(arg)));
    }
    // yargs takes "--no-quiet=true" for an unknown flag "no-quiet": say what is wrong with it.
    // Only for the switches (and --no-config); "--no-endpoint=x" gets the did-you-mean below.
    const negated = argv.find((arg) => arg.startsWith(`--${flag}=`));
    const base = flag.slice(3);
    if (negated !== undefined && flag.startsWith('no-') && (base === 'config' || base === 'journal' || SWITCHES.has(base))) {
      return new UsageError(`--${flag} takes no value ("${negated}")`,
        `Write --${flag} alone; run genesys-call-lint${argv[0] === 'send' ? ' send' : ''} --help for every option.`);
    }
    // yargs reads "--no-such" as the negation of "such" and names that; the user wrote the former.
    const written = argv.some((arg) => arg.split('=')[0] === `--no-${flag}`) &&
      !argv.some((arg) => arg.split('=')[0] === `--${flag}`) ? `no-${flag}` : flag;
    const prefix = written === flag ? '' : 'no-';
    const isSend = argv[0] === 'send';
    const shown = `${written.length === 1 ? '-' : '--'}${written}`;
    if (!isSend && (SEND_FLAGS.includes(flag) || flag === 'y')) {
      const long = flag === 'y' ? ' (--yes)' : '';
      return new UsageError(`${shown}${long} is a flag of send, not of linting`,
        `Write genesys-call-lint send ... ${shown}; genesys-call-lint send --help lists its flags.`);
    }
    // --help and --version have no --no- form to suggest.
    const named = (isSend ? [...FLAGS, ...SEND_FLAGS] : FLAGS)
      .filter((name) => prefix === '' || (name !== 'help' && name !== 'version'));
    const guess = nearest(flag.replace(/^-+/, ''), named);
    const help = isSend ? 'genesys-call-lint send --help' : 'genesys-call-lint --help';
    const word = argv.find((arg) => arg.split('=')[0] === shown) ?? shown;
    const guessed = guess ? `Did you mean --${prefix}${guess}? ` : '';
    return new UsageError(`unknown option ${shown}`,
      `${guessed}Run ${help} for every option. ${dashFileHint(word)}`);
  }
  // yargs's words for a value that is not one of a flag's choices, over several lines.
  const invalid = /^Invalid values:\s+Argument: ([\w-]+), Given: (.*), Choices: (.*)$/s.exec(message);
  if (invalid) {
    const [, name, given, list] = invalid;
    const choices = [...list!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    // "--no-format" reaches yargs as format=false.
    if (given === 'false' && argv.some((arg) => arg.split('=')[0] === `--no-${name}`)) {
      return new UsageError(`--no-${name}: --${name} takes one of ${choices.join(', ')} and cannot be turned off`,
        `Leave --no-${name} out, or write e.g. --${name} ${choices[0]}.`);
    }
    // A bare "--format" at the end of the line reaches yargs as format=true (a typed "true" is
    // quoted).
    if (given === 'true') {
      return new UsageError(`--${name} needs a value: one of ${choices.join(', ')}`,
        `Write e.g. --${name} ${choices[0]}.`);
    }
    const guess = nearest(given!.replace(/^"|"$/g, ''), choices);
    return new UsageError(`--${name} ${given} is not one of ${choices.join(', ')}`,
      guess ? `Did you mean --${name} ${guess}?` : `Write e.g. --${name} ${choices[0]}.`);
  }
  // yargs's words for "explain" without its rule id (words after -- are not read as one).
  if (/^Not enough non-option arguments/.test(message) && argv.includes('explain')) {
    const afterEnd = argv.includes('--') && argv.indexOf('--') < argv.length - 1;
    return new UsageError(afterEnd ? 'explain reads its rule id before --, not after it' : 'explain needs a rule id',
      'Write e.g. genesys-call-lint explain unknown-field; genesys-call-lint --help lists the rules.');
  }
  return new UsageError(message, 'Run genesys-call-lint --help for usage.');
}

function endpointTable(): string {
  const models = new Set(supportedModels());
  const rows = ENDPOINTS.filter((e) => e.model !== null && models.has(e.model))
    .map((e) => `  ${e.name.padEnd(22)} ${e.method} ${e.path.replace('/api/v2/conversations', '…')}`);
  const rules = wrapList(RULE_IDS, 98);
  return `Endpoint short names (… = /api/v2/conversations):\n${rows.join('\n')}\n\n` +
    `Rule ids (for --rule and "explain"):\n${rules}\n\n` +
    `Notices (for "explain"): ${NOTICE_KINDS.join(', ')}.\n\n` +
    'Switches (--quiet, --color, --cache, --fix, --fix-dry-run; send\'s --yes, --force, --resend, ' +
    '--verbose) are on when given alone, and each takes the same values after "=": true or 1 (on), ' +
    'false or 0 (off); --no-quiet and the like turn one off.\n\n' +
    'Exit codes: 0 no errors (and no more warnings than --max-warnings allows), 1 errors found ' +
    'or more warnings than --max-warnings allows, 2 usage, configuration or input failure, ' +
    '3 send: a request failed (an error answer, no answer, a stopped batch, or held back by the ' +
    'journal), 130 send: Ctrl-C at the prompt.';
}

function wrapList(items: readonly string[], width: number): string {
  const lines: string[] = [];
  let line = ' ';
  for (const item of items) {
    if (line.length + item.length + 2 > width) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${item}`;
  }
  return [...lines, line].join('\n');
}
