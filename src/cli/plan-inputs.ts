// From what the user named to the list of inputs to read, each with its endpoint: shared by
// linting, fixing, sending and the lintFiles API so all four treat inputs the same way.
import { resolve } from 'node:path';
import type { InputFormat } from '../input/body-record.js';
import type { CallerWords } from '../lint/caller-words.js';
import { UsageError } from '../lint/usage-error.js';
import type { InputFailure } from '../reporters/reporter.js';
import { collectInputs, displayPath, realPathOf } from './collect-inputs.js';
import { CLI_WORDS } from './cli-words.js';
import { endpointForFile, type LoadedConfig } from './config.js';
import { configFileMatcher } from './config-files.js';
import type { ConfigLookup } from './config-lookup.js';
import type { InputSpec } from './lint-inputs.js';
import { excludedBy, splitNegations } from './negated-inputs.js';
import { readStdin, type PipedInput } from './read-stdin.js';
import { noStdinFailure, type ReadStdin } from './stdin-kind.js';

export interface PlanRequest {
  inputs: readonly string[];
  cwd: string;
  /** Which config applies to each input (config-lookup.ts). */
  configs: ConfigLookup;
  format: InputFormat | undefined;
  /** --endpoint, which beats the config's mapping. */
  endpoint: string | undefined;
  stdinFilename: string | undefined;
  /** Standard input, or why nothing is piped in; not called when stdin is not named. */
  readStdin?: ReadStdin;
  /** Real paths of the files the report goes into (see collectInputs), when it goes to files. */
  reportDestinations?: ReadonlyMap<string, string>;
  /** Example command for the "no input" message. */
  example: string;
  /** The CLI's command names: a first input near one that is no path is hinted at as it. */
  commands?: readonly string[];
  /** Whose words the hints use (caller-words.ts); the CLI's by default. */
  words?: CallerWords;
}

export interface Plan {
  specs: InputSpec[];
  failures: InputFailure[];
  /** Files named explicitly that their config's "ignores" excludes, with that config's file. */
  ignored: Array<{ file: string; configFile: string | undefined }>;
  /** Files named explicitly (or as --stdin-filename) that a negated glob excludes, with it. */
  excluded: Array<{ file: string; negation: string }>;
  /** Files found in folders or by globs that are the report's own file, so left out. */
  reportFiles: Array<{ file: string; where: string }>;
  /** Files named explicitly (or as --stdin-filename) that are this tool's config files. */
  configFiles: string[];
}

/** Stdin first (when named, or when nothing is named), then files in a stable order. */
export async function planInputs(request: PlanRequest): Promise<Plan> {
  const { configs, cwd } = request;
  const specs: InputSpec[] = [];
  const ignored: Plan['ignored'] = [];
  const excluded: Plan['excluded'] = [];
  const { inputs, negations } = splitNegations(request.inputs, cwd, request.words ?? CLI_WORDS);
  const isExcluded = excludedBy(negations, cwd);
  // A negation is asked before any config below the working folder is read for the file, so a
  // folder left out on the command line is not looked in (a broken config there stops nothing).
  const ignoringConfig = (file: string) =>
    configs.ignoredBy(file, (path) => isExcluded(path) !== undefined);
  const namedPaths = new Set(inputs.map((input) => resolve(cwd, input)));
  // The config that leaves a named file out, kept from the one question asked of it for the
  // note that names it (a hook names every staged file); a found file is only counted.
  const ignoringNamed = new Map<string, LoadedConfig>();
  const isIgnored = (file: string): boolean => {
    const config = ignoringConfig(file);
    if (config !== undefined && namedPaths.has(file)) ignoringNamed.set(file, config);
    return config !== undefined;
  };
  const isConfigFile = configFileMatcher(configs.forCwd());
  const isNamedConfig = (file: string) => isConfigFile(file, realPathOf(file));
  const configFiles: string[] = [];
  const wantsStdin = inputs.includes('-') || inputs.length === 0;
  const stdinFailures: InputFailure[] = [];
  if (wantsStdin && request.readStdin) {
    const stdin = request.readStdin();
    const isPiped = stdin !== undefined && typeof stdin !== 'string';
    if (!isPiped && inputs.length === 0) {
      throw new UsageError('no input: give files, directories or globs, or pipe a body to stdin',
        `Example: ${request.example}`);
    }
    // "-" named while nothing is piped in (a terminal, /dev/null in a CI job, a folder or device
    // redirected in): that input fails, and the others are still read.
    if (!isPiped) stdinFailures.push({ file: '-', ...noStdinFailure(stdin) });
    else {
      const named = request.stdinFilename;
      const negation = named === undefined ? undefined : isExcluded(resolve(cwd, named));
      // An editor or hook passing the file's name for stdin expects "ignores" to hold for it, as
      // it does for the file named itself (eslint --stdin-filename does the same).
      const ignoredBy = named === undefined ? undefined : ignoringConfig(resolve(cwd, named));
      if (named !== undefined && ignoredBy !== undefined) {
        ignored.push({ file: named, configFile: ignoredBy.file });
      } else if (named !== undefined && negation !== undefined) {
        excluded.push({ file: named, negation });
      } else if (named !== undefined && isNamedConfig(resolve(cwd, named))) {
        configFiles.push(named);
      } else {
        const name = named ?? '<stdin>';
        const namedPath = named === undefined ? undefined : resolve(cwd, named);
        // One body is read whole here; a log only as far as it takes to tell that it is one.
        const piped = await readStdin(stdin, name, request.format);
        // Named, it is that file to an editor, and takes that file's config.
        const config = namedPath === undefined ? configs.forCwd() : configs.forFile(namedPath);
        const endpoint = request.endpoint ??
          (namedPath === undefined ? config.data.endpoint : endpointForFile(config, namedPath));
        specs.push(pipedSpec(piped, name, request.format, endpoint, config));
      }
    }
  }
  const collected = await collectInputs(inputs.filter((i) => i !== '-'), {
    cwd,
    isIgnored,
    excludedBy: isExcluded,
    isConfigFile,
    // Read as standard input is, so only where standard input can be read (the CLI).
    readsNamedPipes: request.readStdin !== undefined,
    ...(request.reportDestinations === undefined ? {} : { reportDestinations: request.reportDestinations }),
    ...(request.commands === undefined ? {} : { commands: request.commands }),
    ...(request.words === undefined ? {} : { words: request.words }),
  });
  const hasStdin = specs.length > 0;
  const pipeFailures = await readPipes(collected.pipes, request, specs);
  if (hasStdin && request.stdinFilename !== undefined) {
    refuseStdinNameClash(request.stdinFilename, collected.files, collected.realPaths, cwd);
  }
  // Looked up first, so that every config the run applies is known (below).
  const fileConfigs = collected.files.map((file) => configs.forFile(file));
  const isApplied = appliedConfigMatcher(configs);
  const appliedConfigs: string[] = [];
  for (const [index, file] of collected.files.entries()) {
    const realPath = collected.realPaths.get(file);
    // A nearer config under a name of its own, reached through a link (svc/x.config.json ->
    // ../shared/base.json), is no body either: named or found, it is left out as config files are.
    if (isApplied(realPath ?? file)) {
      if (namedPaths.has(file)) appliedConfigs.push(displayPath(file, cwd));
      continue;
    }
    const config = fileConfigs[index]!;
    specs.push({
      path: file,
      ...(realPath === undefined ? {} : { realPath }),
      name: displayPath(file, cwd),
      format: request.format,
      endpoint: request.endpoint ?? endpointForFile(config, file),
      config,
    });
  }
  return {
    specs,
    failures: [...stdinFailures, ...pipeFailures, ...collected.failures],
    ignored: [...ignored, ...collected.ignored.map((file) => ({
      file, configFile: ignoringNamed.get(resolve(cwd, file))?.file,
    }))],
    excluded: [...excluded, ...collected.excluded],
    reportFiles: collected.reportFiles.map(({ file, where }) => ({ file: displayPath(file, cwd), where })),
    configFiles: [...configFiles, ...collected.configFiles.map((file) => displayPath(file, cwd)),
      ...appliedConfigs],
  };
}

/** Whether a real path is that of a config file the run has read (all are read by now). */
function appliedConfigMatcher(configs: ConfigLookup): (real: string) => boolean {
  const reals = new Set(configs.loaded().map((config) => realPathOf(config.file!)));
  return (real) => reals.has(real);
}

/**
 * The FIFOs named on the command line, each read as standard input is (one body read whole, a
 * log streamed) into a spec, in the order named; the failures of those that gave nothing.
 */
async function readPipes(pipes: readonly string[], request: PlanRequest,
  specs: InputSpec[]): Promise<InputFailure[]> {
  if (pipes.length === 0) return [];
  // Loaded only by runs that name one: node:net is no part of an ordinary run.
  const { openNamedPipe } = await import('./read-named-pipe.js');
  const failures: InputFailure[] = [];
  for (const name of pipes) {
    const opened = openNamedPipe(resolve(request.cwd, name));
    if (!opened.ok) {
      failures.push({ file: name, message: opened.message, hint: opened.hint });
      continue;
    }
    const piped = await readStdin(opened.chunks, name, request.format);
    // A pipe's path (/dev/fd/63) says nothing of the body: it takes the working folder's config.
    const config = request.configs.forCwd();
    specs.push(pipedSpec(piped, name, request.format, request.endpoint ?? config.data.endpoint,
      config));
  }
  return failures;
}

/** The spec of what readStdin read: one body in hand, or a log to stream. */
function pipedSpec(piped: PipedInput, name: string, format: InputFormat | undefined,
  endpoint: string | undefined, config: LoadedConfig): InputSpec {
  return {
    path: undefined,
    ...('bytes' in piped ? { bytes: piped.bytes, format } : { piped: piped.log, format: piped.format }),
    name,
    endpoint,
    config,
  };
}

/**
 * --stdin-filename naming a file that is linted too ("--stdin-filename a.json - a.json"): the
 * report held two results under one name, with nothing to tell stdin's from the file's, and a
 * machine format (SARIF, JUnit) merged them. Refused, as no order of the two could be right.
 */
function refuseStdinNameClash(named: string, files: readonly string[],
  realPaths: ReadonlyMap<string, string>, cwd: string): void {
  const stdinPath = realPathOf(resolve(cwd, named));
  const clash = files.find((file) => (realPaths.get(file) ?? file) === stdinPath);
  if (clash === undefined) return;
  const shown = displayPath(clash, cwd);
  throw new UsageError(`--stdin-filename ${named} names stdin after ${shown}, which is linted ` +
    'too: their findings would carry one name', `Lint stdin and ${shown} in two runs, or give ` +
    `stdin a name of its own, e.g. --stdin-filename ${named}.stdin.`);
}
