// The command line: flags and config in, reports out, exit code returned. I/O goes through the
// injected streams, so tests run it in-process exactly as the binary does.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeBytes } from '../input/decode-bytes.js';
import { endpointFor, lintText } from '../lint/lint-text.js';
import type { LintResult } from '../lint/types.js';
import { UsageError } from '../lint/usage-error.js';
import { escapeControl } from '../reporters/ansi.js';
import { REPORTERS } from '../reporters/index.js';
import { renderReport, type InputFailure } from '../reporters/reporter.js';
import { parseArgs, type CliOptions } from './args.js';
import { collectInputs, displayPath } from './collect-inputs.js';
import { endpointForFile, findConfig, loadConfig, type LoadedConfig } from './config.js';
import { EXIT, exitCodeFor, type ExitCode } from './exit-codes.js';

export interface CliIo {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Reads all of standard input; undefined when stdin is a terminal (nothing piped). */
  readStdin: () => Promise<Uint8Array> | undefined;
  version: string;
}

export async function main(io: CliIo): Promise<ExitCode> {
  try {
    const parsed = await parseArgs(io.argv, io.version);
    if (parsed.kind === 'text') {
      io.stdout.write(parsed.text);
      return EXIT.OK;
    }
    return await run(parsed.options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`genesys-call-lint: ${error.message}\n  ${error.hint}\n`);
      return EXIT.FAILURE;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`genesys-call-lint: internal error, please report it:\n${detail}\n`);
    return EXIT.FAILURE;
  }
}

async function run(options: CliOptions, io: CliIo): Promise<ExitCode> {
  const config = resolveConfig(options, io.cwd);
  const settings = {
    rules: { ...config.data.rules, ...options.rules },
    country: options.country ?? config.data.defaultCountry,
  };
  // Fail on a bad --endpoint before reading anything.
  if (options.endpoint !== undefined) endpointFor(options.endpoint);

  const results: LintResult[] = [];
  const failures: InputFailure[] = [];
  const lint = (text: string, file: string, endpoint: string | undefined): void => {
    results.push(lintText(text, {
      filePath: file,
      ...(endpoint === undefined ? {} : { endpoint }),
      ...(settings.country === undefined ? {} : { defaultCountry: settings.country }),
      rules: settings.rules,
    }));
  };

  const fileInputs = options.inputs.filter((i) => i !== '-');
  const wantsStdin = options.inputs.includes('-') || options.inputs.length === 0;
  if (wantsStdin) {
    const stdin = io.readStdin();
    if (stdin === undefined) {
      throw new UsageError('no input: give files, directories or globs, or pipe a body to stdin',
        'Example: genesys-call-lint payloads/  or  cat body.json | genesys-call-lint -');
    }
    const name = options.stdinFilename ?? '<stdin>';
    const decoded = decodeBytes(await stdin);
    const endpoint = options.endpoint ?? stdinEndpoint(config, options, io.cwd);
    if (decoded.ok) lint(decoded.text, name, endpoint);
    else failures.push({ file: name, message: decoded.reason, hint: 'Pipe a UTF-8 JSON body.' });
  }

  const collected = await collectInputs(fileInputs, {
    cwd: io.cwd,
    ignores: config.data.ignores ?? [],
    ignoreBase: config.base,
  });
  failures.push(...collected.failures);
  for (const file of collected.files) {
    const shown = displayPath(file, io.cwd);
    const endpoint = options.endpoint ?? endpointForFile(config, file);
    const text = await readText(file, shown, failures);
    if (text !== undefined) lint(text, shown, endpoint);
  }

  // Input failures are diagnostics: stderr, whatever the format; machine formats carry them too.
  for (const failure of failures) {
    io.stderr.write(`genesys-call-lint: ${escapeControl(failure.file)}: ${failure.message}\n` +
      `  ${failure.hint}\n`);
  }
  const context = { color: options.color ?? useColor(io), version: io.version };
  io.stdout.write(renderReport(REPORTERS[options.format], results, failures, context));
  return exitCodeFor(results, failures.length);
}

function resolveConfig(options: CliOptions, cwd: string): LoadedConfig {
  if (options.config === false) return { file: undefined, base: cwd, data: {} };
  const file = options.config === undefined ? findConfig(cwd) : resolve(cwd, options.config);
  return file === undefined ? { file: undefined, base: cwd, data: {} } : loadConfig(file);
}

function stdinEndpoint(config: LoadedConfig, options: CliOptions, cwd: string): string | undefined {
  return options.stdinFilename === undefined
    ? config.data.endpoint
    : endpointForFile(config, resolve(cwd, options.stdinFilename));
}

async function readText(file: string, shown: string, failures: InputFailure[]): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an I/O error';
    failures.push({
      file: shown,
      message: `cannot be read (${code})`,
      hint: code === 'EACCES' ? 'Check the file\'s permissions.' : 'Check that the file still exists and is readable.',
    });
    return undefined;
  }
  const decoded = decodeBytes(bytes);
  if (decoded.ok) return decoded.text;
  failures.push({ file: shown, message: `skipped: ${decoded.reason}`, hint: 'Save the body as UTF-8 JSON text.' });
  return undefined;
}

/** Colour on terminals only; NO_COLOR turns it off and FORCE_COLOR on (https://no-color.org). */
function useColor(io: CliIo): boolean {
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (force === '0' || force === 'false') return false;
  return io.stdout.isTTY === true;
}
