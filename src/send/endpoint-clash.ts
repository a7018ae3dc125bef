// A --param that contradicts an id written into the --endpoint path, or into the config file's
// endpoint, contradicts it for every body alike: it was reported once per body, each marked
// unusable, the same message as many times as there were files. It is one usage error. A captured
// request's URL belongs to its body, so a clash with it stays that body's (gather-bodies.ts), as
// does one with an endpoint the config maps some files to.
import type { LoadedConfig } from '../cli/config.js';
import type { EndpointInfo } from '../endpoints/endpoint-info.js';
import { resolveEndpoint } from '../endpoints/resolve-endpoint.js';
import { escapeControl } from '../lint/escape-control.js';
import { UsageError } from '../lint/usage-error.js';
import { findClash, findMisplacedFill, paramNames, paramsFromPath, type GivenPath } from
  './build-request.js';
import { describeMisplaced, findMisplaced, misplacedHint } from './misplaced-placeholder.js';
import { nameAsWritten, type WrittenNames } from './param-short-names.js';

/** Throws a UsageError naming both values when --param contradicts the run's endpoint path. */
export function refuseEndpointClash(given: GivenPath | undefined,
  params: Readonly<Record<string, string>>, written?: WrittenNames): void {
  if (given === undefined) return;
  // An endpoint not known is reported for each input, as linting reports it.
  const resolution = resolveEndpoint(given.text);
  if (!resolution.ok) return;
  refuseMisplacedFlag(resolution.endpoint, given, params, written);
  const refusal = findClash(resolution.endpoint, given, params, written) ??
    findMisplacedFill(resolution.endpoint, given, params);
  if (refusal !== undefined) throw new UsageError(refusal.message, refusal.hint);
}

/**
 * A --param given for a {name} the path has in another parameter's place (--param cid=m1 for the
 * {cid} of /calls/{cid}/...), when the path takes that parameter nowhere: it was told only that
 * no path takes cid, without the {cid} that made the user give it.
 */
function refuseMisplacedFlag(endpoint: EndpointInfo, given: GivenPath,
  params: Readonly<Record<string, string>>, written: WrittenNames | undefined): void {
  const misplaced = findMisplaced(paramsFromPath(endpoint.path, given.text));
  if (misplaced === undefined || params[misplaced.standsFor] === undefined) return;
  if (paramNames(endpoint.path).includes(misplaced.standsFor)) return;
  const flag = `--param ${escapeControl(nameAsWritten(misplaced.standsFor, written))}=` +
    escapeControl(params[misplaced.standsFor]!);
  const where = given.origin === 'endpoint-flag' ? 'the --endpoint path'
    : 'the endpoint path of the config file';
  throw new UsageError(`${flag} fills no place of ${endpoint.method} ${endpoint.path}: ` +
    describeMisplaced([misplaced], where), misplacedHint([misplaced]));
}

/** The endpoint that every body not captured goes to, when it is the same for all of them. */
export function sharedEndpoint(flag: string | undefined,
  config: LoadedConfig): GivenPath | undefined {
  if (flag !== undefined) return { text: flag, origin: 'endpoint-flag' };
  // A config that maps files to endpoints gives some files others: a clash is then per body.
  const { endpoint, endpoints } = config.data;
  if (endpoint === undefined || Object.keys(endpoints ?? {}).length > 0) return undefined;
  return { text: endpoint, origin: 'config' };
}
