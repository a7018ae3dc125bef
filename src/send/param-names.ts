// --param names checked against the paths a run sends to. A name no path takes (a typo such as
// conversationID, or a parameter of another endpoint) was dropped without a word, and the body
// went out to the path the other values made, or was refused as missing the name meant.
import type { EndpointInfo } from '../endpoints/endpoint-info.js';
import { escapeControl } from '../lint/escape-control.js';
import { listAlternatives } from '../lint/quote.js';
import { nearest } from '../lint/suggest.js';
import { UsageError } from '../lint/usage-error.js';
import { paramNames } from './build-request.js';
import { nameAsWritten, type WrittenNames } from './param-short-names.js';

/** How the run's bodies found their endpoints, which decides what a user can change. */
export interface RunEndpoints {
  /** Every body with a known endpoint came with a captured URL, which --endpoint does not change. */
  isCaptureOnly: boolean;
  hasEndpointFlag: boolean;
}

/**
 * Throws a UsageError for the first --param that none of the run's endpoints takes. One that some
 * take is used where it fits and left out elsewhere: a run may mix endpoints (a log, files the
 * config maps apart), and one --param then serves the bodies that need it. With no endpoint
 * (every body failed before one was known) nothing is checked: those failures are reported.
 */
export function refuseUnknownParams(params: Readonly<Record<string, string>>,
  endpoints: readonly EndpointInfo[], run: RunEndpoints, written?: WrittenNames): void {
  if (endpoints.length === 0) return;
  const taken = [...new Set(endpoints.flatMap((endpoint) => paramNames(endpoint.path)))];
  const unknown = Object.keys(params).find((name) => !taken.includes(name));
  if (unknown === undefined) return;
  // Quoted as written: "--param id=c1" was echoed as "--param conversationId=c1".
  const given = `--param ${escapeControl(nameAsWritten(unknown, written))}=` +
    escapeControl(params[unknown]!);
  const guess = nearest(unknown, taken);
  const hint = guess === undefined ? dropHint(run)
    : `Did you mean --param ${guess}=${escapeControl(params[unknown]!)}?`;
  throw new UsageError(`${given}: ${whoTakesIt(endpoints, taken)}`, hint);
}

/** Which endpoints were asked, and the parameters their paths do take. */
function whoTakesIt(endpoints: readonly EndpointInfo[], taken: readonly string[]): string {
  const them = endpoints.length === 1
    ? `${endpoints[0]!.method} ${endpoints[0]!.path} has no such path parameter`
    : `none of the ${endpoints.length} endpoints of this run has such a path parameter`;
  const theirs = endpoints.length === 1 ? 'its path takes' : 'their paths take';
  return taken.length === 0 ? `${them}, and ${theirs} none`
    : `${them}; ${theirs} ${listAlternatives(taken, 'and')}`;
}

/**
 * What to do with a name no path takes. Captured requests go to their own URLs: "pass --endpoint"
 * was told to a user who had passed it, for a capture it does not redirect.
 */
function dropHint(run: RunEndpoints): string {
  if (!run.isCaptureOnly) return 'Drop it, or pass --endpoint with the endpoint whose path takes it.';
  const where = run.hasEndpointFlag ? 'their own URLs, not to the --endpoint path' : 'their own URLs';
  return `Drop it: captured requests are sent to ${where}. To send one elsewhere, change its URL ` +
    'in the capture.';
}
