// What to do after each answer: a pure function of the answer, what was tried so far and the
// bounds, so every branch is tested without a server or a clock.
//
// 429 waits for Retry-After like the official .NET and Go SDKs, which give up above 180 s
// because some daily limits answer with hours (reference section 8); the JS SDK does not retry
// at all. Faults back off exponentially with jitter, so parallel clients do not come back in step.
// Those SDKs also retry 502, 503 and 504, never 500 (section 8); we retry only what cannot have
// taken effect (a 503, a connection never made) unless the user or the endpoint allows more: a
// retry of a create-call that Genesys did carry out rings the customer again.
import { describeMissingAnswer, type AnswerShape } from './answer-shape.js';
import { MAX_TIMER_MS } from './timer-limit.js';

export type Answer =
  | { kind: 'response'; status: number; headers: Readonly<Record<string, string>>; body: unknown;
    /** The body is the answer's text, which is not JSON (a JSON string is not text here). */
    isText?: true }
  /** The request was sent, or may have been, and no answer came (a reset, --timeout). */
  | { kind: 'network'; message: string }
  /** No connection was made (refused, no route, unknown host): nothing was sent. */
  | { kind: 'unreachable'; message: string };

export interface RetryBounds {
  /** Retries of one request after 429 answers. */
  maxRateRetries: number;
  /** A Retry-After above this (ms) is not waited for. */
  maxRetryAfterMs: number;
  /** Retries of one request after 5xx answers or network faults. */
  maxFaultRetries: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export const DEFAULT_BOUNDS: RetryBounds = {
  maxRateRetries: 5,
  maxRetryAfterMs: 180_000,
  maxFaultRetries: 4,
  backoffBaseMs: 500,
  backoffMaxMs: 30_000,
};

export interface Tried {
  rateRetries: number;
  faultRetries: number;
  relogins: number;
}

export type Decision =
  | { action: 'succeeded' }
  /** A final answer for this body; the batch goes on. mayHaveTakenEffect: sent, outcome unknown. */
  | { action: 'failed'; reason: string; mayHaveTakenEffect?: true }
  | { action: 'retry'; delayMs: number; because: 'rate-limit' | 'fault' }
  | { action: 'relogin' }
  /** A final answer that would repeat for every body: stop sending. */
  | { action: 'stop-batch'; reason: string };

const FAULT_STATUSES = new Set([500, 502, 503, 504]);

/**
 * Answers after which the request may have been taken: no answer after it was sent; a 502 or
 * 504, which a gateway gives when Genesys behind it failed or was too slow to answer, perhaps
 * after placing the call; a 500, Genesys's unexpected failure, which may come after the work is
 * done. A 503 (service.unavailable, reference section 5.2) is a refusal to take the request. The
 * journal records these answers as no-answer, so a rerun holds the body back if no later try
 * settled it.
 */
export function mayHaveBeenTaken(answer: Answer): boolean {
  if (answer.kind === 'network') return true;
  return answer.kind === 'response' && [500, 502, 504].includes(answer.status);
}

export interface DecideContext {
  canLogin: boolean;
  random: () => number;
  /** What a 2xx must hold for this endpoint (answer-shape.ts), when that is known. */
  expected?: AnswerShape | undefined;
  /**
   * Whether an answer after which the request may have been taken is retried: the endpoint is
   * safe to repeat (repeat-safety.ts), or --retry-unknown-outcome says so.
   */
  mayRetryUnknown: boolean;
}

/** The reason a body whose request may have been taken is not sent again. */
export const UNKNOWN_NOT_RETRIED = 'not retried, since it may have taken effect ' +
  '(--retry-unknown-outcome retries it)';

export function decide(
  answer: Answer,
  tried: Tried,
  bounds: RetryBounds,
  context: DecideContext,
): Decision {
  if (mayHaveBeenTaken(answer) && !context.mayRetryUnknown) {
    const reason = answer.kind === 'response' ? `status ${answer.status}, ${UNKNOWN_NOT_RETRIED}`
      : UNKNOWN_NOT_RETRIED;
    return { action: 'failed', reason, mayHaveTakenEffect: true };
  }
  if (answer.kind !== 'response') return retryFault(answer, tried, bounds, context.random);
  const { status } = answer;
  if (status >= 200 && status < 300) {
    // Text where Genesys answers JSON (a proxy's page, "OK!") says nothing of what became of the
    // request: neither a success to skip forever nor safe to send again.
    if (answer.isText === true) {
      return { action: 'failed', reason: `the ${status} answer is not JSON`, mayHaveTakenEffect: true };
    }
    // JSON of another type than the endpoint's answer, or an object without the created id.
    const missing = describeMissingAnswer(status, answer.body, context.expected);
    if (missing !== undefined) return { action: 'failed', reason: missing, mayHaveTakenEffect: true };
    return { action: 'succeeded' };
  }
  if (status === 429) return retryRateLimit(answer.headers, tried, bounds, context.random);
  if (FAULT_STATUSES.has(status)) return retryFault(answer, tried, bounds, context.random);
  if (status === 401) {
    // One fresh login covers an expired token; a second 401 means the credentials are wrong.
    if (context.canLogin && tried.relogins === 0) return { action: 'relogin' };
    return { action: 'stop-batch', reason: 'authentication failed (401)' };
  }
  if (status === 403) return { action: 'stop-batch', reason: 'permission denied (403)' };
  return { action: 'failed', reason: `status ${status}` };
}

function retryRateLimit(
  headers: Readonly<Record<string, string>>,
  tried: Tried,
  bounds: RetryBounds,
  random: () => number,
): Decision {
  if (tried.rateRetries >= bounds.maxRateRetries) {
    const reason = tried.rateRetries === 0 ? 'rate limited, not retried (--max-rate-retries 0)'
      : `still rate limited after ${countRetries(tried.rateRetries)}`;
    return { action: 'failed', reason };
  }
  const waitMs = retryAfterMs(headers['retry-after']);
  if (waitMs === undefined) {
    return { action: 'retry', delayMs: backoff(tried.rateRetries, bounds, random), because: 'rate-limit' };
  }
  // A wait no timer can hold is too long whatever the bounds say (see timer-limit.ts).
  const mostMs = Math.min(bounds.maxRetryAfterMs, MAX_TIMER_MS);
  if (waitMs > mostMs) {
    return { action: 'failed', reason: `Retry-After asks for ${Math.ceil(waitMs / 1000)} s, more than ` +
      `the ${Math.floor(mostMs / 1000)} s --max-retry-after allows` };
  }
  return { action: 'retry', delayMs: waitMs, because: 'rate-limit' };
}

function retryFault(answer: Answer, tried: Tried, bounds: RetryBounds,
  random: () => number): Decision {
  if (tried.faultRetries >= bounds.maxFaultRetries) {
    return { action: 'failed', reason: gaveUpOn(answer, tried.faultRetries) };
  }
  return { action: 'retry', delayMs: backoff(tried.faultRetries, bounds, random), because: 'fault' };
}

/**
 * Why the tries ended. The outcome line quotes a network fault's message and a failed
 * connection's already (send-batch.ts), so they are not said again here.
 */
function gaveUpOn(answer: Answer, retries: number): string {
  const status = answer.kind === 'response' ? `status ${answer.status}` : undefined;
  if (retries === 0) return `${status === undefined ? '' : `${status}, `}not retried (--max-retries 0)`;
  const what = status ?? (answer.kind === 'network' ? 'still no answer' : 'still no connection');
  return `${what} after ${countRetries(retries)}`;
}

function countRetries(count: number): string {
  return `${count} ${count === 1 ? 'retry' : 'retries'}`;
}

/** "Equal jitter": half the exponential step fixed, half random, capped. */
export function backoff(retry: number, bounds: RetryBounds, random: () => number): number {
  const step = Math.min(bounds.backoffMaxMs, MAX_TIMER_MS, bounds.backoffBaseMs * 2 ** retry);
  return Math.round(step / 2 + (step / 2) * random());
}

/**
 * Retry-After as seconds (what Genesys sends; "1.5" too, which Date.parse would take for a date
 * in 2001) or an HTTP date; undefined when absent or bad.
 */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.ceil(Number(value.trim()) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
