// The dry run: each request exactly as it would go out, credentials redacted. Also the --verbose
// transcript of each exchange. Both return text; the caller writes it. A body is shown with its
// control characters escaped (a CR in its white space would overprint the phone number, an ESC
// in a --force'd body would drive the terminal); what is sent and hashed is the body unchanged.
import {
  escapeControl, escapeControlKeepingLines, escapeJsonOutput, escapeName,
} from '../lint/escape-control.js';
import { clipText } from './bounded-text.js';
import type { PlannedRequest } from './build-request.js';
import type { Credentials } from './credentials.js';
import type { Exchange } from './sdk-client.js';
import { REDACTED, redactHeaders, redactTokenFields } from './redact.js';

/** The headers the SDK sets on an API call (ApiClient.callApi with JSON in and out). */
export function requestHeaders(credentials: Credentials): Record<string, string> {
  const auth = credentials.kind === 'none' ? {} : { Authorization: `Bearer ${REDACTED}` };
  return { ...auth, 'Content-Type': 'application/json', Accept: 'application/json' };
}

export function formatPlannedRequest(
  request: PlannedRequest,
  context: { input: string; apiOrigin: string; credentials: Credentials },
): string {
  const headers = Object.entries(requestHeaders(context.credentials)).map(([n, v]) => `${n}: ${v}`);
  const hash = request.bodyHash.slice(0, 12);
  return `# ${escapeName(context.input)} (${request.endpoint.name}, body sha256 ${hash})\n` +
    `${request.endpoint.method} ${context.apiOrigin}${request.path}\n${headers.join('\n')}\n\n` +
    `${escapeControlKeepingLines(request.body)}\n\n`;
}

/** How the token is obtained, said once before the requests. */
export function formatLoginPlan(credentials: Credentials, loginOrigin: string): string {
  if (credentials.kind === 'client-credentials') {
    return `# login: POST ${loginOrigin}/oauth/token, client credentials of client ` +
      `${shortId(credentials.clientId)} (secret ${REDACTED}); each request then carries the ` +
      'token\n\n';
  }
  if (credentials.kind === 'access-token') return `# login: none, the given access token is used (${REDACTED})\n\n`;
  return '# login: no credentials found; set GENESYSCLOUD_OAUTHCLIENT_ID and ' +
    'GENESYSCLOUD_OAUTHCLIENT_SECRET, or GENESYSCLOUD_ACCESS_TOKEN, before sending\n\n';
}

/** A client id as the README shows it: its first 8 characters name it well enough. */
function shortId(id: string): string {
  return id.length > 11 ? `${id.slice(0, 8)}...` : id;
}

export function formatExchange(exchange: Exchange): string {
  const headers = Object.entries(redactHeaders(exchange.headers)).map(([n, v]) => `> ${n}: ${v}`);
  const isLogin = exchange.url.endsWith('/oauth/token');
  const sent = isLogin ? `grant_type=client_credentials` : bodyText(exchange.body);
  const answer = isLogin ? redactTokenFields(exchange.answer) : exchange.answer;
  return `> ${exchange.method} ${exchange.url}\n${headers.join('\n')}\n> ${sent}\n` +
    `< ${exchange.status ?? 'no answer'} ${answerText(answer)}\n`;
}

/**
 * The answer on one line, its control characters escaped (it is server text, shown raw), and cut
 * at MAX_TEXT_CHARS as printed: up to 1 MiB of an answer is read. The caller has scrubbed the
 * answer of secrets already, so the cut cannot leave part of one (bounded-text.ts).
 */
function answerText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return clipText(typeof value === 'string' ? escapeControl(value)
    : escapeJsonOutput(JSON.stringify(value)));
}

function bodyText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return escapeControlKeepingLines(typeof value === 'string' ? value : JSON.stringify(value));
}
