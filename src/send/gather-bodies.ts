// Reads the inputs the way linting does (files, folders, globs, stdin, captures; config file
// and --endpoint) and turns each body into a planned request, or a reason it is not sent; a
// --param that none of their endpoints takes, or that the --endpoint path contradicts, is a
// usage error.
import { CLI_WORDS } from '../cli/cli-words.js';
import { configLookup, type ConfigLookup, type OnPassedOver } from '../cli/config-lookup.js';
import { settingsByConfig, type LintSettings } from '../cli/config-settings.js';
import { leftOutNotes } from '../cli/left-out-notes.js';
import { planInputs } from '../cli/plan-inputs.js';
import type { ReadStdin } from '../cli/stdin-kind.js';
import { recordsOf, type InputHandlers, type InputSpec } from '../cli/lint-inputs.js';
import type { EndpointInfo } from '../endpoints/endpoint-info.js';
import { resolveEndpoint } from '../endpoints/resolve-endpoint.js';
import { describeSource } from '../reporters/describe-source.js';
import type { InputFailure } from '../reporters/reporter.js';
import { routeRequest } from '../input/route-request.js';
import { chooseEndpoint, lintTextFor } from '../lint/lint-text.js';
import type { Finding, LintOptions } from '../lint/types.js';
import { planRequest, type GivenPath, type PlannedRequest } from './build-request.js';
import { refuseEndpointClash, sharedEndpoint } from './endpoint-clash.js';
import { refuseUnknownParams } from './param-names.js';
import type { WrittenNames } from './param-short-names.js';

export type Gathered =
  | { kind: 'ready'; input: string; request: PlannedRequest; errors: Finding[] }
  | { kind: 'refused'; input: string; errors: Finding[] }
  | { kind: 'unusable'; input: string; message: string; hint: string };

export interface GatherOptions {
  inputs: readonly string[];
  cwd: string;
  /**
   * The lint flags: --endpoint, --config/--no-config, --rule, --country, --input-format,
   * --stdin-filename, --max-file-size (in bytes).
   */
  lint: { endpoint: string | undefined; config: string | false | undefined; rules: LintOptions['rules'];
    country: string | undefined; inputFormat: InputSpec['format']; stdinFilename: string | undefined;
    maxBytes?: number };
  params: Readonly<Record<string, string>>;
  /** How each --param name was written; messages quote it so. Absent: as the long name. */
  paramNames?: WrittenNames;
  readStdin: ReadStdin;
  /** Real paths (and identities) of files this run writes, never read as inputs (the journal). */
  writtenFiles?: ReadonlyMap<string, string>;
  /**
   * An input that is no body but a report of this tool, left out as lint leaves it out; without
   * this handler it was linted as a body and refused.
   */
  onNotBody?: InputHandlers['onNotBody'];
  /** A captured request read but not sent (another API, no body, an empty Postman item). */
  onSkipped?: InputHandlers['onSkipped'];
  /** A package.json below the working folder that is no JSON, passed over in the config lookup. */
  onPassedOver?: OnPassedOver;
  /** Told the notes on the files left out ("ignores", a negation, a config file), as lint's. */
  onLeftOut?: (notes: string) => void;
}

export async function gatherBodies(options: GatherOptions): Promise<Gathered[]> {
  const configs = configLookup(options.lint.config, options.cwd, CLI_WORDS, options.onPassedOver);
  const flagged = sharedEndpoint(options.lint.endpoint, configs.forCwd());
  // --endpoint was given for this run: a clash with it is told before any input is read.
  if (flagged?.origin === 'endpoint-flag') {
    refuseEndpointClash(flagged, options.params, options.paramNames);
  }
  const gathered: Gathered[] = [];
  const onFailure = (failure: InputFailure): void => {
    gathered.push({ kind: 'unusable', input: failure.file, message: failure.message, hint: failure.hint });
  };
  const handlers: InputHandlers = {
    lintOptions: () => ({}),
    onResult: async () => undefined,
    onFailure,
    onSkipped: options.onSkipped ?? (() => undefined),
    ...(options.onNotBody === undefined ? {} : { onNotBody: options.onNotBody }),
  };
  const seen: SeenEndpoints = { endpoints: new Map(), isCaptureOnly: true };
  const inputs = await inputsOf(options, configs, onFailure);
  // Each body is linted with its file's config under the flags, as linting does.
  const settingsOf = settingsByConfig(options.lint);
  for (const input of inputs) {
    const first = gathered.length;
    const settings = settingsOf(input.config);
    for await (const event of recordsOf(input, handlers)) {
      if (event.kind === 'skip') {
        handlers.onSkipped(input.name, event.skipped);
        continue;
      }
      const { record } = event;
      const name = record.source ? `${input.name} (${describeSource(record.source)})` : input.name;
      let endpoint = input.endpoint;
      let url: string | undefined;
      if (record.source?.method && record.source.url) {
        const route = routeRequest(record.source.method, record.source.url, !record.isAbsent,
          CLI_WORDS);
        if (route.kind === 'skip') {
          handlers.onSkipped(input.name, { source: record.source, reason: route.reason,
            quiet: route.quiet });
          continue;
        }
        endpoint = route.endpoint;
        url = record.source.url;
      }
      gathered.push(planOne({ text: record.text, input: name, endpoint, url }, settings, options,
        seen));
    }
    holdBackDamaged(gathered, first, input.name);
  }
  // The config file's endpoint is used only by bodies that are not captured requests (those keep
  // their URL): a run of captures alone was refused for a clash with a path it never used. Files
  // under different configs have no one endpoint: a clash is then told per body.
  const configsUsed = new Set(inputs.map((input) => input.config));
  const [onlyConfig] = configsUsed;
  const shared = flagged?.origin === 'endpoint-flag' ? flagged
    : configsUsed.size === 1 && onlyConfig !== undefined
      ? sharedEndpoint(undefined, onlyConfig) : undefined;
  if (shared?.origin === 'config' && !seen.isCaptureOnly) {
    refuseEndpointClash(shared, options.params, options.paramNames);
  }
  refuseUnknownParams(options.params, [...seen.endpoints.values()],
    { isCaptureOnly: seen.isCaptureOnly, hasEndpointFlag: options.lint.endpoint !== undefined },
    options.paramNames);
  return gathered;
}

/**
 * An input that failed partway (a capture cut off, a damaged entry, bytes that stop being text)
 * sends none of its bodies: what it holds is in doubt, and a rerun with the file mended would
 * place again the calls sent from it now.
 */
function holdBackDamaged(gathered: Gathered[], first: number, input: string): void {
  const mine = gathered.slice(first);
  const isOwnFailure = (g: Gathered): boolean => g.kind === 'unusable' && g.input === input;
  if (!mine.some(isOwnFailure)) return;
  // The input's own failure first, so that "see above" holds where the list is printed.
  const held: Gathered[] = mine.filter((g) => !isOwnFailure(g)).map((body) => body.kind === 'unusable' ? body : {
    kind: 'unusable',
    input: body.input,
    message: `not sent: ${input} could not be read whole (see above)`,
    hint: 'Mend the file or export it again, then send it; nothing from it was sent.',
  });
  gathered.splice(first, mine.length, ...mine.filter(isOwnFailure), ...held);
}

/** One body read, with where it was found and the endpoint and URL that came with it. */
interface BodyRecord {
  text: string;
  input: string;
  endpoint: string | undefined;
  url: string | undefined;
}

/** The endpoints of the bodies, by method and path, and whether each body came with its URL. */
interface SeenEndpoints {
  endpoints: Map<string, EndpointInfo>;
  isCaptureOnly: boolean;
}

/**
 * The undecided notice ends with how to choose, which the failure line says as its hint: said in
 * the message too, the line read "... Pass --endpoint to choose." and then "Pass --endpoint.".
 */
function sayChoiceOnce(notice: string): { message: string; hint: string } {
  const choose = chooseEndpoint(CLI_WORDS);
  const message = notice.endsWith(choose) ? notice.slice(0, -choose.length).trimEnd() : notice;
  return { message, hint: choose };
}

/** The body linted and planned; its endpoint, once known, is added to `seen`. */
function planOne(body: BodyRecord, settings: LintSettings, options: GatherOptions,
  seen: SeenEndpoints): Gathered {
  const { text, input, endpoint, url } = body;
  const { lint } = options;
  const { rules, country } = settings;
  const lintOptions = { ...(endpoint === undefined ? {} : { endpoint }), rules,
    ...(country === undefined ? {} : { defaultCountry: country }), filePath: input };
  const result = lintTextFor(text, lintOptions, CLI_WORDS);
  const errors = result.findings.filter((f) => f.severity === 'error');
  const undecided = result.notices.find((n) => n.severity === 'error');
  if (undecided) return { kind: 'unusable', input, ...sayChoiceOnce(undecided.message) };
  const resolution = resolveEndpoint(result.endpoint);
  if (!resolution.ok) return { kind: 'unusable', input, message: resolution.message, hint: resolution.hint };
  const { method, path } = resolution.endpoint;
  seen.endpoints.set(`${method} ${path}`, resolution.endpoint);
  if (url === undefined) seen.isCaptureOnly = false;
  const planned = planRequest(resolution.endpoint, text, { fromPath: givenPath(url, endpoint, lint.endpoint),
    fromFlags: options.params, written: options.paramNames });
  if (!planned.ok) return { kind: 'unusable', input, message: planned.message, hint: planned.hint };
  return { kind: 'ready', input, request: planned.request, errors };
}

/**
 * The concrete path that came with a body, and from where: a captured request's URL, else its
 * endpoint, which (as "POST /calls/<id>/participants/<id>/consult") can carry ids too, and is
 * --endpoint's when given (it beats the config's).
 */
function givenPath(url: string | undefined, endpoint: string | undefined,
  endpointFlag: string | undefined): GivenPath | undefined {
  if (url !== undefined) return { text: url, origin: 'capture' };
  if (endpoint === undefined) return undefined;
  return { text: endpoint, origin: endpointFlag === undefined ? 'config' : 'endpoint-flag' };
}

async function inputsOf(options: GatherOptions, configs: ConfigLookup,
  onFailure: (failure: InputFailure) => void): Promise<InputSpec[]> {
  const { lint } = options;
  const plan = await planInputs({
    inputs: options.inputs,
    cwd: options.cwd,
    configs,
    format: lint.inputFormat,
    endpoint: lint.endpoint,
    stdinFilename: lint.stdinFilename,
    readStdin: options.readStdin,
    ...(options.writtenFiles === undefined ? {} : { reportDestinations: options.writtenFiles }),
    example: 'genesys-call-lint send payloads/call.json',
  });
  plan.failures.forEach(onFailure);
  // The journal, found in a folder, is left out without a note, as lint leaves out its cache.
  const leftOut = leftOutNotes(plan, () => true);
  if (leftOut !== '') options.onLeftOut?.(leftOut);
  const { maxBytes } = lint;
  return maxBytes === undefined ? plan.specs : plan.specs.map((spec) => ({ ...spec, maxBytes }));
}
