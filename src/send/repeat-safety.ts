// Whether a request whose outcome is unknown may be sent again without the user's say. A retry
// after a timeout or a gateway's 504 repeats a request Genesys may already have carried out: for
// create-call that rings the customer a second time.
import type { EndpointInfo, HttpMethod } from '../endpoints/endpoint-info.js';

/**
 * By method, as the endpoint table (src/endpoints/table.ts) uses them. Every POST there places a
 * call, adds a party, starts a consult, transfer, monitor or callback, or sends digits: each repeat
 * does it again. The PATCH and PUT rows are no safer, though PUT is idempotent in HTTP terms: they
 * disconnect, hold, mute, wrap up, record or reschedule a live call or callback, and a repeat that
 * lands later than its first copy undoes whatever an agent or a flow changed in between (a
 * recording resumed, a callback rescheduled). GET and DELETE rows would be safe to repeat; the
 * table has none today.
 */
const IS_REPEAT_SAFE = {
  GET: true,
  DELETE: true,
  POST: false,
  PATCH: false,
  PUT: false,
} as const satisfies Record<HttpMethod, boolean>;

export function isRepeatSafe(endpoint: EndpointInfo): boolean {
  return IS_REPEAT_SAFE[endpoint.method];
}
