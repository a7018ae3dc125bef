// A --param that contradicts an id written into the --endpoint path, or into the config file's
// endpoint, contradicts it for every body alike: it was reported once per body, each marked
// unusable, the same message as many times as there were files. It is one usage error, raised
// before any body is read. A captured request's URL belongs to its body, so a clash with it stays
// that body's (gather-bodies.ts), as does one with an endpoint the config maps some files to.
import type { LoadedConfig } from '../cli/config.js';
import { resolveEndpoint } from '../endpoints/resolve-endpoint.js';
import { UsageError } from '../lint/usage-error.js';
import { findClash, type GivenPath } from './build-request.js';
import type { WrittenNames } from './param-short-names.js';

/** Throws a UsageError naming both values when --param contradicts the run's endpoint path. */
export function refuseEndpointClash(endpointFlag: string | undefined, config: LoadedConfig,
  params: Readonly<Record<string, string>>, written?: WrittenNames): void {
  const given = sharedEndpoint(endpointFlag, config);
  if (given === undefined) return;
  // An endpoint not known is reported for each input, as linting reports it.
  const resolution = resolveEndpoint(given.text);
  if (!resolution.ok) return;
  const clash = findClash(resolution.endpoint, given, params, written);
  if (clash !== undefined) throw new UsageError(clash.message, clash.hint);
}

/** The endpoint that every body not captured goes to, when it is the same for all of them. */
function sharedEndpoint(flag: string | undefined, config: LoadedConfig): GivenPath | undefined {
  if (flag !== undefined) return { text: flag, origin: 'endpoint-flag' };
  // A config that maps files to endpoints gives some files others: a clash is then per body.
  const { endpoint, endpoints } = config.data;
  if (endpoint === undefined || Object.keys(endpoints ?? {}).length > 0) return undefined;
  return { text: endpoint, origin: 'config' };
}
