// lintFiles: the CLI's input handling as a library call. Files, directories and globs in,
// results out, with the same formats (JSON, NDJSON, HAR, HTTP) and endpoint rules as the CLI.
import { statSync } from 'node:fs';
import { displayPath } from '../cli/collect-inputs.js';
import { namingConfigFile } from '../cli/config-file-of.js';
import { configLookup } from '../cli/config-lookup.js';
import { PASSED_OVER_REASON } from '../cli/passed-over-note.js';
import { settingsByConfig } from '../cli/config-settings.js';
import { planInputs } from '../cli/plan-inputs.js';
import { lintInput } from '../cli/lint-inputs.js';
import { excludedInputs, type ExcludedInput } from './excluded-inputs.js';
import { INPUT_FORMATS, type InputFormat, type SkippedRecord } from '../input/body-record.js';
import { LIBRARY_WORDS } from '../lint/caller-words.js';
import { nearest } from '../lint/suggest.js';
import { checkLintOptions, type OptionNames } from '../lint/check-options.js';
import type { LintOptions, LintResult } from '../lint/types.js';
import { UsageError } from '../lint/usage-error.js';
import type { InputFailure } from '../reporters/reporter.js';

export interface LintFilesOptions extends Omit<LintOptions, 'filePath'> {
  /** Folder that relative patterns and displayed paths start from (default: process.cwd()). */
  cwd?: string;
  /**
   * A config file to use for every file, false to use none, or undefined for each file's nearest
   * (in its folder or the closest one above it).
   */
  config?: string | false;
  inputFormat?: InputFormat;
}

export interface LintFilesResult {
  results: LintResult[];
  /** Inputs that could not be read (missing paths, empty globs, unreadable or binary files). */
  failures: InputFailure[];
  /** Captured requests that were not linted (other APIs, no body), with the reason. */
  skipped: Array<SkippedRecord & { file: string }>;
  /**
   * Files named outright but not linted ("ignores", a negated pattern, a config file), and files
   * found anywhere that are a report of this tool or send's journal (a Postman collection's
   * requests are linted, as results).
   */
  excluded: ExcludedInput[];
  /**
   * Remarks on the run rather than on a body, where the CLI prints a note on stderr: a
   * package.json below cwd that is no JSON, passed over in the lookup of each file's nearest
   * config. A Notice's fields, with the file it is about.
   */
  notices: FilesNotice[];
}

export interface FilesNotice {
  kind: 'package-json-passed-over';
  severity: 'info';
  /** Relative to cwd when it lies below it, as results' paths are. */
  file: string;
  /** As the CLI's note says it. */
  message: string;
}

export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  checkFilesArguments(patterns, options);
  const cwd = options.cwd ?? process.cwd();
  const notices: FilesNotice[] = [];
  const configs = configLookup(options.config, cwd, LIBRARY_WORDS, (file) => notices.push({
    kind: 'package-json-passed-over', severity: 'info', file: displayPath(file, cwd),
    message: PASSED_OVER_REASON }));
  const plan = await planInputs({
    inputs: patterns,
    cwd,
    configs,
    format: options.inputFormat,
    endpoint: options.endpoint,
    stdinFilename: undefined,
    example: 'lintFiles([\'payloads/\'])',
    words: LIBRARY_WORDS,
  });
  const out: LintFilesResult = {
    results: [],
    failures: [...plan.failures],
    skipped: [],
    excluded: excludedInputs(plan),
    notices,
  };
  const settingsOf = settingsByConfig({ rules: options.rules, country: options.defaultCountry });
  for (const input of plan.specs) {
    const { rules, country } = settingsOf(input.config);
    await lintInput(input, namingConfigFile({
      lintOptions: (_file, endpoint) => ({
        filePath: input.name,
        rules,
        ...(endpoint === undefined ? {} : { endpoint }),
        ...(country === undefined ? {} : { defaultCountry: country }),
      }),
      onResult: async (result) => {
        out.results.push(result);
      },
      onFailure: (failure) => out.failures.push(failure),
      onSkipped: (skippedFile, record) => out.skipped.push({ ...record, file: skippedFile }),
      onNotBody: (file, what) => out.excluded.push({ file, ...what }),
      words: LIBRARY_WORDS,
    }, input, cwd));
  }
  return out;
}

// Typed so that an option added to LintFilesOptions fails to compile until it is listed here.
const FILES_OPTIONS = {
  endpoint: true, defaultCountry: true, rules: true, cwd: true, config: true, inputFormat: true,
} satisfies Record<keyof LintFilesOptions, true>;
const FILES_OPTION_NAMES: OptionNames = { names: Object.keys(FILES_OPTIONS), lead: 'lintFiles takes' };

/**
 * Mistakes a caller makes in code, reported as UsageErrors like lintText's: a string where the
 * list goes threw a bare TypeError, "-" (stdin to the CLI) gave an empty result, and an unknown
 * inputFormat was taken as "detect".
 */
function checkFilesArguments(patterns: unknown, options: unknown): void {
  if (!Array.isArray(patterns) || patterns.some((p) => typeof p !== 'string')) {
    throw new UsageError('lintFiles takes a list of paths, folders or globs',
      'Pass e.g. lintFiles([\'payloads/\']), even for one path.');
  }
  if (patterns.includes('-')) {
    throw new UsageError('lintFiles does not read standard input ("-")',
      'Read the text yourself and pass it to lintText.');
  }
  checkLintOptions(options as LintOptions, FILES_OPTION_NAMES);
  const { cwd, config, inputFormat } = options as LintFilesOptions;
  if (cwd !== undefined && typeof cwd !== 'string') {
    throw new UsageError('the cwd option must be a string',
      'Pass a folder path, or leave it out for process.cwd().');
  }
  if (cwd !== undefined) checkCwd(cwd);
  if (config !== undefined && config !== false && typeof config !== 'string') {
    throw new UsageError('the config option must be a path or false',
      'Pass a config file path, or false for none.');
  }
  if (inputFormat !== undefined && !(INPUT_FORMATS as readonly unknown[]).includes(inputFormat)) {
    // As the CLI does for --input-format: a misspelt format is named back.
    const guess = typeof inputFormat === 'string' ? nearest(inputFormat, INPUT_FORMATS) : undefined;
    throw new UsageError(
      `inputFormat ${JSON.stringify(inputFormat)} is not json, ndjson, har or http`,
      `${guess ? `Did you mean inputFormat: "${guess}"? ` : ''}Leave it out to detect the ` +
        'format of each input.',
    );
  }
}

/** A cwd that is no folder made every pattern "no such file or directory", not naming cwd. */
function checkCwd(cwd: string): void {
  const hint = 'Pass the folder that relative patterns start from, or leave it out for process.cwd().';
  let isFolder: boolean;
  try {
    isFolder = statSync(cwd).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`the cwd option names no folder that can be read: ${JSON.stringify(cwd)} ` +
      `(${code})`, hint);
  }
  if (!isFolder) {
    throw new UsageError(`the cwd option names a file, not a folder: ${JSON.stringify(cwd)}`, hint);
  }
}
