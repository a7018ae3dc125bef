// What a Genesys error answer means and what to do about it. The codes are those of reference
// section 5 (official 2018 swagger); 401 and 403 name the permissions of our endpoint table.
import type { EndpointInfo } from '../endpoints/endpoint-info.js';

export interface DecodedError {
  status: number;
  code: string | undefined;
  message: string | undefined;
  contextId: string | undefined;
  /** Nested ErrorBody.errors and details, one line each, when the answer has them. */
  more: string[];
}

/** Reads an ErrorBody, tolerating bodies that are text or of another shape. */
export function decodeError(status: number, body: unknown): DecodedError {
  const object = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (key: string): string | undefined =>
    typeof object[key] === 'string' ? (object[key] as string) : undefined;
  const more: string[] = [];
  for (const item of arrayOf(object['errors'])) {
    more.push(`error ${String(item['code'] ?? '?')}: ${String(item['message'] ?? '')}`.trim());
  }
  for (const item of arrayOf(object['details'])) {
    more.push(`detail ${String(item['errorCode'] ?? '?')}` +
      `${item['fieldName'] === undefined ? '' : ` on ${String(item['fieldName'])}`}`);
  }
  const message = text('message') ?? (typeof body === 'string' && body !== '' ? body.slice(0, 500) : undefined);
  return { status, code: text('code'), message, contextId: text('contextId'), more };
}

function arrayOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v) => typeof v === 'object' && v !== null) : [];
}

const CODE_HINTS: Readonly<Record<string, string>> = {
  'too.many.create.conversation.parameters': 'Name exactly one target (phoneNumber, callUserId, ' +
    'callQueueId, participants or conversationIds); the conflicting-targets rule finds this before ' +
    'sending (docs/rules/conflicting-targets.md).',
  'not.a.user': 'This endpoint needs a user context: a client-credentials token is rejected. Use ' +
    'a user token (GENESYSCLOUD_ACCESS_TOKEN), or POST /api/v2/conversations/calls/user/{userId} ' +
    '(--endpoint create-call-for-user --param userId=...) to call on behalf of a user.',
  'conversation.error.no.user.station': 'The user has no station; assign one in Genesys Cloud first.',
  'invalid.value': 'A value is not allowed for its field; the message lists the allowed values. ' +
    'Lint the body: genesys-call-lint <file>.',
  'invalid.date': 'Dates must be ISO-8601, e.g. 2026-01-31T09:00:00.000Z.',
  'bad.request': 'The body could not be understood. Lint it: genesys-call-lint <file>.',
  'unsupported.media.type': 'The body must be sent as application/json.',
  'not.found': 'Check the ids in the path (conversation, participant, user).',
  'resource.not.found': 'Check the ids in the path (conversation, participant, user).',
  'callback.error.missing.callback.numbers': 'Give callbackNumbers.',
  'callback.error.missing.queue.id': 'Give queueId or routingData.queueId.',
};

/** For a 3xx answer: send follows no redirect (see refuseRedirects in sdk-client.ts). */
export const REDIRECT_HINT = 'The server answered with a redirect, which send does not follow (it ' +
  'could lead to a host send may not contact): check --gateway and the region.';

/**
 * What to do before sending again a body that may have taken effect. --resend is the way past a
 * journal that holds the body back; with --no-journal there is none, and a rerun sends it at once.
 */
export function checkBeforeAgain(isJournalKept: boolean): string {
  return isJournalKept ? 'check in Genesys Cloud before sending it again with --resend.'
    : 'check in Genesys Cloud before running send again: with --no-journal nothing holds it back.';
}

export function hintFor(error: DecodedError, endpoint: EndpointInfo,
  isJournalKept: boolean): string | undefined {
  // A 2xx is a failure only when it is not JSON, or not the JSON documented (retry-policy.ts).
  if (error.status >= 200 && error.status < 300) {
    return 'The answer did not come from the Genesys API as expected (check --gateway), but the ' +
      `request may have taken effect: ${checkBeforeAgain(isJournalKept)}`;
  }
  if (error.status === 401) {
    return 'The token was refused. Check GENESYSCLOUD_OAUTHCLIENT_ID/SECRET (or the user token) ' +
      `and that the region is the one of your org. ${permissionText(endpoint)}`;
  }
  if (error.status === 403) return `${permissionText(endpoint)} Grant it to the client's role or the user.`;
  if (error.status === 429) return 'Rate limited; retry later or lower --concurrency.';
  if (error.status >= 300 && error.status < 400) return REDIRECT_HINT;
  // Own keys only: a code such as "constructor" would find Object's.
  if (error.code !== undefined && Object.hasOwn(CODE_HINTS, error.code)) return CODE_HINTS[error.code];
  if (error.status >= 500) return 'A Genesys-side fault; quote the contextId to Genesys support if it persists.';
  return undefined;
}

function permissionText(endpoint: EndpointInfo): string {
  const { mode, list } = endpoint.permissions;
  if (mode === 'NONE') return `${endpoint.method} ${endpoint.path} lists no permission.`;
  const which = mode === 'ANY' ? (list.length > 1 ? 'one of ' : '') : (list.length > 1 ? 'all of ' : '');
  return `${endpoint.method} ${endpoint.path} requires ${which}${list.join(', ')}.`;
}
