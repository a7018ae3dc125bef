// The command line: flags and config in, reports out, exit code returned. I/O goes through the
// injected streams, so tests run it in-process exactly as the binary does.
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { endpointFor } from '../lint/lint-text.js';
import { listProblems, UsageError } from '../lint/usage-error.js';
import { escapeName } from '../reporters/ansi.js';
import { failureLine } from '../reporters/failure-lines.js';
import { REPORTERS } from '../reporters/index.js';
import type { InputFailure } from '../reporters/reporter.js';
import { lintInput, type InputHandlers } from './lint-inputs.js';
import { leftOutNotes } from './left-out-notes.js';
import { notBodyNote } from './not-body-note.js';
import { passedOverNote } from './passed-over-note.js';
import { skippedNotes } from './skipped-notes.js';
import type { LintCache } from './lint-cache.js';
import { sliceForShard } from './shard.js';
import { fileIdentity, whereWritten } from './where-written.js';
import { planInputs } from './plan-inputs.js';
import type { LoadedConfig } from './config.js';
import { namingConfigFile } from './config-file-of.js';
import { configLookup } from './config-lookup.js';
import { settingsByConfig } from './config-settings.js';
import { openOutput } from './output.js';
import { printConfig } from './print-config.js';
import { refuseReportOverInput } from './report-over-input.js';
import type { LintOptions, LintResult } from '../lint/types.js';
import { COMMAND_NAMES, parseArgs, type CliOptions } from './args.js';
import { explainRule, listEndpoints } from './commands.js';
import { CLI_WORDS } from './cli-words.js';
import { EXIT, exitCodeFor, type ExitCode } from './exit-codes.js';
import type { ReadStdin } from './stdin-kind.js';

export interface CliIo {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** May return a promise to apply back-pressure (the binary waits for 'drain'). */
  stdout: { write(text: string): unknown; isTTY?: boolean };
  /** isTTY: a progress bar may be drawn there (send). */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Asks a yes/no question at a terminal; absent when there is none to ask (send). */
  confirm?: ((question: string) => Promise<boolean>) | undefined;
  /** Names the running build for --cache (the launcher hashes the bundle); absent: see lint-cache. */
  buildId?: () => string;
  /** The real path of the regular file standard output writes into, if it is one. */
  stdoutFile?: () => string | undefined;
  /** Standard input's stream, or why there is nothing piped in to read. */
  readStdin: ReadStdin;
  version: string;
}

export async function main(io: CliIo): Promise<ExitCode> {
  try {
    const parsed = await parseArgs(io.argv, io.version);
    switch (parsed.kind) {
      case 'text':
        io.stdout.write(parsed.text);
        return EXIT.OK;
      case 'list-endpoints':
        io.stdout.write(listEndpoints(parsed.json));
        return EXIT.OK;
      case 'explain':
        io.stdout.write(explainRule(parsed.rule));
        return EXIT.OK;
      case 'lint':
        return await run(parsed.options, io);
      case 'send': {
        // Loaded only for send: its modules would otherwise slow every lint run's start (issue 6).
        const { runSend } = await import('../send/send-command.js');
        return await runSend(parsed.send, parsed.lint, io);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      // Messages quote what users and config files wrote, file names among it, with control, bidi
      // and invisible characters: escaped as every other line names a file (escapeName).
      const message = error.problems.length === 0 ? escapeName(error.message)
        : `${escapeName(error.lead)}${listProblems(error.problems, escapeName)}`;
      io.stderr.write(`genesys-call-lint: ${message}\n  ${escapeName(error.hint)}\n`);
      return EXIT.FAILURE;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`genesys-call-lint: internal error, please report it:\n${detail}\n`);
    return EXIT.FAILURE;
  }
}

async function run(options: CliOptions, io: CliIo): Promise<ExitCode> {
  // Said once a file, as the other files left out are: linted as a body, it fails on its own.
  const configs = configLookup(options.config, io.cwd, CLI_WORDS,
    (file) => io.stderr.write(passedOverNote(file, io.cwd)));
  const settingsOf = settingsByConfig(options);
  // Fail on a bad --endpoint before reading anything.
  if (options.endpoint !== undefined) endpointFor(options.endpoint, CLI_WORDS);
  if (options.printConfig !== undefined) {
    const settings = { configs, settingsOf, options, cwd: io.cwd };
    io.stdout.write(printConfig(options.printConfig, settings));
    return EXIT.OK;
  }
  // --fix's modules (diffs, atomic writes) are loaded only by runs that use them.
  const fixModule = options.fix === undefined ? undefined : await import('./fix-inputs.js');
  fixModule?.checkFixInputs(options);
  if (options.fix !== undefined && options.cache !== undefined) {
    throw new UsageError(`--cache cannot be combined with --fix${options.fix === 'dry-run' ? '-dry-run' : ''}`,
      'Fix without --cache; the next --cache run lints the changed files again by itself.');
  }
  // Opened before any input is read: a file at --cache-location that is no cache stops the run.
  const cache = options.cache === undefined ? undefined
    : await openCache(options.cache, options.cacheStrategy, options, io);

  const reporter = REPORTERS[options.format];
  const context = { color: options.color ?? (options.outputFile === undefined && useColor(io)), version: io.version };
  const totals = { bodies: 0, errorCount: 0, warningCount: 0 };
  const failures: InputFailure[] = [];
  const skipped = skippedNotes((text) => io.stderr.write(text));
  // --fix-dry-run keeps stdout for the diff, so the report goes to stderr.
  const reportIo = options.fix === 'dry-run' ? { ...io, stdout: io.stderr } : io;
  const fixing = options.fix === undefined ? undefined : fixModule!.createFixRun(options.fix, io);

  const plan = await planInputs({
    inputs: options.inputs,
    cwd: io.cwd,
    configs,
    format: options.inputFormat,
    endpoint: options.endpoint,
    stdinFilename: options.stdinFilename,
    readStdin: io.readStdin,
    reportDestinations: reportDestinations(options, io, cache?.file),
    example: 'genesys-call-lint payloads/  or  cat body.json | genesys-call-lint -',
    commands: [...COMMAND_NAMES],
  });
  if (options.fix !== undefined) fixModule!.checkFixSpecs(options.fix, plan.specs);
  if (options.shard !== undefined && plan.specs.some((spec) => spec.path === undefined)) {
    throw new UsageError('--shard splits files; standard input cannot be split',
      'Name files, folders or globs with --shard, and lint stdin in a run of its own.');
  }
  const overInput = plan.reportFiles.find((skip) => skip.where === OUTPUT_FILE);
  if (overInput !== undefined && options.outputFile !== undefined) {
    refuseReportOverInput(overInput.file, resolve(io.cwd, options.outputFile));
  }
  // Opened once the inputs are known: planning refuses a report file that is also an input.
  const output = await openOutput(options.outputFile, reportIo);
  let lastOptions: LintOptions | undefined;
  let lastConfig: LoadedConfig | undefined;
  const handlers: InputHandlers = {
    // `file` is the input's name as output shows it, which results carry as their filePath.
    lintOptions: (file, endpoint, config) => {
      // A log's lines ask one after another for the same: one object, checked once (issue 6).
      if (lastOptions?.filePath === file && lastOptions.endpoint === endpoint &&
        lastConfig === config) return lastOptions;
      const { rules, country } = settingsOf(config);
      const lintOptions: LintOptions = { rules, filePath: file };
      if (endpoint !== undefined) lintOptions.endpoint = endpoint;
      if (country !== undefined) lintOptions.defaultCountry = country;
      lastOptions = lintOptions;
      lastConfig = config;
      return lintOptions;
    },
    onResult: async (linted) => {
      const result = options.quiet ? errorsOnly(linted) : linted;
      // A body that could not be linted as asked (--endpoint auto undecided) fails the run. The
      // notice says to pass --endpoint already; the hint says how else to settle it. Written on
      // stderr only where the report does not show it: once, where the format's reader looks.
      for (const notice of linted.notices.filter((n) => n.severity === 'error')) {
        const failure = { file: linted.filePath, message: notice.message, hint: UNDECIDED_HINT,
          isUnlinted: true };
        if (reporter.isUnlintedShown === true) failures.push(failure);
        else handlers.onFailure(failure);
      }
      const index = totals.bodies++;
      totals.errorCount += result.errorCount;
      totals.warningCount += result.warningCount;
      await output.write(reporter.result(result, index, context));
    },
    onFailure: (failure) => {
      failures.push(failure);
      io.stderr.write(failureLine(failure));
    },
    onSkipped: skipped.onSkipped,
    onNotBody: (file, what) => {
      io.stderr.write(notBodyNote(file, what));
    },
  };

  plan.failures.forEach((failure) => handlers.onFailure(failure));
  // Written only when there is a note: touching process.stderr loads tty and net (issue 6).
  const leftOut = leftOutNotes(plan, (where) => where === CACHE_FILE);
  if (leftOut !== '') io.stderr.write(leftOut);
  const specs = options.shard === undefined ? plan.specs : sliceForShard(plan.specs, options.shard);
  if (options.shard !== undefined && specs.length === 0) {
    io.stderr.write(`genesys-call-lint: shard ${options.shard.index}/${options.shard.count} has no files ` +
      `(${plan.specs.length} in all)\n`);
  }
  const inputs = specs.map((input) => ({ ...input, maxBytes: options.maxFileSize }));
  await output.write(reporter.start(context));
  for (const spec of inputs) {
    const forSpec = reporter.namesConfigFile ? namingConfigFile(handlers, spec, io.cwd) : handlers;
    if (fixing) await fixing.lintInput(spec, forSpec);
    else if (cache) await cache.lintInput(spec, forSpec);
    else await lintInput(spec, forSpec);
  }
  fixing?.finish();
  skipped.finish();
  await output.write(reporter.end({ ...totals, failures }, context));
  await output.close();
  cache?.save({ note: (text) => io.stderr.write(text) });
  const outcome = { errorCount: totals.errorCount, warningCount: totals.warningCount,
    inputFailures: failures.length, maxWarnings: options.maxWarnings };
  if (totals.errorCount === 0 && exitCodeFor(outcome) === EXIT.LINT_ERRORS) {
    const count = totals.warningCount;
    io.stderr.write(`genesys-call-lint: ${count} warning${count === 1 ? '' : 's'}, more than ` +
      `--max-warnings ${options.maxWarnings} allows\n`);
  }
  return exitCodeFor(outcome);
}

/**
 * --cache's module (and node:crypto under it) is loaded by runs that use it only (issue 6). The
 * flags' settings hold for every file; each entry adds its config's (see lint-cache's howRead).
 */
async function openCache(location: string, strategy: CliOptions['cacheStrategy'],
  flags: Pick<CliOptions, 'rules' | 'country'>, io: CliIo): Promise<LintCache> {
  const { cacheSettings, LintCache, unbundledBuildId } = await import('./lint-cache.js');
  const build = io.buildId?.() ?? unbundledBuildId();
  const settings = cacheSettings({ version: io.version, build, rules: flags.rules,
    country: flags.country });
  return LintCache.open(location, io.cwd, settings, { note: (text) => io.stderr.write(text) }, { strategy });
}

// A cache file found in a linted folder is left out without a note: the note would appear from
// the second run on only, and a run's stderr should not depend on whether the cache exists yet.
const CACHE_FILE = 'the cache file (--cache)';
const OUTPUT_FILE = 'where the report is written (--output-file)';

/**
 * Real paths of the files this run writes, each with what it is (see collectInputs), and the
 * identity (fileIdentity) of each that has other names as hard links.
 */
function reportDestinations(options: CliOptions, io: CliIo, cacheFile: string | undefined): Map<string, string> {
  const destinations = new Map<string, string>();
  const add = (real: string, what: string): void => {
    destinations.set(real, what);
    const identity = fileIdentity(real, true);
    if (identity !== undefined) destinations.set(identity, what);
  };
  if (cacheFile !== undefined) {
    const report = options.outputFile === undefined ? io.stdoutFile?.()
      : whereWritten(resolve(io.cwd, options.outputFile));
    if (report !== undefined && (report === whereWritten(cacheFile) || isSameFile(report, cacheFile))) {
      throw new UsageError(`the report and the cache would both be written to ${cacheFile}`,
        'Write the report elsewhere (--output-file), or keep the cache elsewhere (--cache-location).');
    }
    try {
      add(realpathSync(cacheFile), CACHE_FILE);
    } catch {
      // Not there yet: then it is no input either.
    }
  }
  if (options.outputFile !== undefined) {
    try {
      add(realpathSync(resolve(io.cwd, options.outputFile)), OUTPUT_FILE);
    } catch {
      // Not there yet: then it is no input either.
    }
  }
  // --fix-dry-run prints a diff, not the report, on standard output.
  const stdout = options.outputFile === undefined && options.fix !== 'dry-run' ? io.stdoutFile?.() : undefined;
  if (stdout !== undefined) add(stdout, 'where the report is written (standard output)');
  return destinations;
}

/** Two names of one existing file, hard links included. */
function isSameFile(a: string, b: string): boolean {
  try {
    const [first, second] = [statSync(a), statSync(b)];
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

const UNDECIDED_HINT = 'Name its endpoint with --endpoint, or map the file to one under ' +
  '"endpoints" in the config file.';

/**
 * --quiet: the result as if warnings had not been found. An error notice (a body not linted)
 * stays: without it the body would read as clean.
 */
function errorsOnly(result: LintResult): LintResult {
  const findings = result.findings.filter((f) => f.severity === 'error');
  const notices = result.notices.filter((n) => n.severity === 'error');
  // Warnings past a rule's listed ones are counted, not listed: they go as the listed ones do.
  const omitted = result.omitted?.filter((o) => o.errorCount > 0)
    .map((o) => ({ ...o, warningCount: 0 }));
  const { omitted: _dropped, ...rest } = result;
  return {
    ...rest, findings, warningCount: 0, notices,
    ...(omitted !== undefined && omitted.length > 0 ? { omitted } : {}),
  };
}

/** Stdin first (when asked for), then files in a stable order, each with its endpoint. */

/** Colour on terminals only; NO_COLOR turns it off and FORCE_COLOR on (https://no-color.org). */
function useColor(io: CliIo): boolean {
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (force === '0' || force === 'false') return false;
  return io.stdout.isTTY === true;
}
