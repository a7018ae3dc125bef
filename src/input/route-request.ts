// Decides what a captured request is for the linter: a call endpoint to lint its body against,
// something to count and skip quietly (other APIs, requests without a body), or a conversations
// path that matches no call endpoint, which is worth telling the user about.
import { resolveEndpointFor } from '../endpoints/resolve-endpoint.js';
import type { CallerWords } from '../lint/caller-words.js';

export type Route =
  | { kind: 'lint'; endpoint: string }
  | { kind: 'skip'; reason: string; quiet: boolean };

const NO_BODY = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS']);

/**
 * hasBody false: the request carried no body at all. That is fine where the endpoint's body is
 * optional (skipped quietly); where it is required, the empty body is linted and reported, as a
 * logged "body": "" is. A path near a call endpoint's is skipped with a hint in the caller's words.
 */
export function routeRequest(
  method: string,
  url: string,
  hasBody: boolean,
  words: CallerWords,
): Route {
  const path = pathOf(url);
  if (!path.startsWith('/api/v2/conversations')) {
    return { kind: 'skip', reason: 'not a Genesys Cloud conversations API request', quiet: true };
  }
  if (NO_BODY.has(method.toUpperCase())) {
    return { kind: 'skip', reason: `${method.toUpperCase()} requests carry no body`, quiet: true };
  }
  const resolution = resolveEndpointFor(`${method} ${path}`, words);
  if (!resolution.ok) {
    return { kind: 'skip', reason: `${resolution.message}. ${resolution.hint}`, quiet: false };
  }
  if (resolution.endpoint.model === null) {
    return { kind: 'skip', reason: `${resolution.endpoint.path} takes no body`, quiet: true };
  }
  if (!hasBody && !resolution.endpoint.bodyRequired) {
    return { kind: 'skip', reason: 'the request has no body, which this endpoint allows', quiet: true };
  }
  return { kind: 'lint', endpoint: `${resolution.endpoint.method} ${path}` };
}

function pathOf(url: string): string {
  // RFC 3986: the authority ends at "/", "?" or "#"; a path hidden in the query is no path. An
  // editor client's .http file may begin the URL with a variable ({{baseUrl}}/api/...): the
  // scheme and authority it stands for are dropped alike.
  return url.replace(/^(?:[a-z][a-z0-9+.-]*:\/\/[^/?#]*|\{\{[^}]*\}\})/i, '')
    .replace(/[?#].*$/, '');
}
