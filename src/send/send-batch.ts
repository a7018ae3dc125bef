// Sends a batch: a pool of workers (--concurrency), each taking the next body, consulting the
// journal, then trying until the retry policy gives a final answer. Clock, randomness and the
// API client are passed in, so tests run it with tiny or fake delays.
import { ANSWER_SHAPES } from './answer-shape.js';
import { boundError } from './bounded-text.js';
import type { PlannedRequest } from './build-request.js';
import type { Credentials } from './credentials.js';
import { checkBeforeAgain, decodeError, hintFor, REDIRECT_HINT, type DecodedError }
  from './error-hints.js';
import { JournalWriteError, type Journal, type JournalEntry, type OutcomeResult }
  from './journal.js';
import { decide, mayHaveBeenTaken, type Answer, type RetryBounds, type Tried } from './retry-policy.js';
import { oauthErrorCode } from './oauth-error.js';
import { isRepeatSafe } from './repeat-safety.js';
import { LoginError, type ApiClient } from './sdk-client.js';

export interface SendItem {
  input: string;
  request: PlannedRequest;
  /** The request's journal key (journalKey), numbered among identical requests of the run. */
  key: string;
}

export type ItemResult = (
  | { kind: 'sent'; status: number; conversationId: string | undefined }
  | { kind: 'failed'; reason: string; error: DecodedError | undefined; hint: string | undefined }
  | { kind: 'already-sent' }
  | { kind: 'unresolved' }
  | { kind: 'not-sent'; reason: string }
) & {
  /** The request went out, but the journal could not record its answer: a rerun holds it back. */
  isUnrecorded?: true;
};

export interface BatchSettings {
  concurrency: number;
  bounds: RetryBounds;
  resend: boolean;
  /** --retry-unknown-outcome: retry a request that may have been taken, on any endpoint. */
  retryUnknownOutcome: boolean;
}

export interface BatchDeps {
  client: ApiClient;
  credentials: Credentials;
  journal: Journal;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => Date;
  /** Called as each body gets its final result, in completion order. */
  onResult: (item: SendItem, result: ItemResult) => void;
  /** Called when a new token exists, so output can be scrubbed of it. */
  onToken: (token: string) => void;
  /** Removes secrets from a text; decoded errors are scrubbed with it before they are cut short. */
  scrub: (text: string) => string;
}

export async function sendBatch(items: readonly SendItem[], settings: BatchSettings, deps: BatchDeps): Promise<void> {
  const session = new Session(deps);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      const result = session.stopReason === undefined
        ? await sendOrStop(item, settings, deps, session)
        : { kind: 'not-sent' as const, reason: `not sent: the batch stopped (${session.stopReason})` };
      deps.onResult(item, result);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(settings.concurrency, items.length)) }, worker);
  await Promise.all(workers);
}

/**
 * The token shared by the workers, with the one fresh login a 401 may trigger. Each token has a
 * generation, bumped as its replacement's login starts: every request in flight when a token
 * expires comes back with a 401, and only the first of them may log in again; the others retry
 * with the new token rather than read their 401 as the new token being refused too.
 */
class Session {
  stopReason: string | undefined;
  relogins = 0;
  /** Whether any API request of the run got through to a server (an answer, or a fault after). */
  hasConnected = false;
  private generation = 0;
  private login: Promise<void> | undefined;

  constructor(private readonly deps: BatchDeps) {}

  get canLogin(): boolean {
    return this.deps.credentials.kind === 'client-credentials';
  }

  /** Waits for the current token and returns its generation, to be handed back on a 401. */
  async token(): Promise<number> {
    this.login ??= this.obtainToken();
    for (;;) {
      const generation = this.generation;
      await this.login;
      // A fresh login that started while this one was awaited replaces its token: wait for that.
      if (generation === this.generation) return generation;
    }
  }

  /** Whether a token of this generation has been (or is being) replaced since it was used. */
  isReplaced(generation: number): boolean {
    return generation !== this.generation;
  }

  /** A fresh login, shared by the workers whose requests used the same old token. */
  renew(usedGeneration: number): Promise<void> {
    if (this.isReplaced(usedGeneration)) return this.token().then(() => undefined);
    this.generation++;
    this.relogins++;
    this.login = this.obtainToken();
    return this.login;
  }

  private async obtainToken(): Promise<void> {
    const { credentials, client } = this.deps;
    if (credentials.kind === 'client-credentials') {
      const token = await client.loginClientCredentials(credentials.clientId, credentials.clientSecret);
      this.deps.onToken(token);
    } else if (credentials.kind === 'access-token') {
      client.useToken(credentials.token);
    }
  }
}

/** A failed login ends the batch: every body would meet the same refusal. */
async function sendOrStop(item: SendItem, settings: BatchSettings, deps: BatchDeps, session: Session): Promise<ItemResult> {
  try {
    return await sendOne(item, settings, deps, session);
  } catch (error) {
    if (!(error instanceof LoginError)) throw error;
    session.stopReason ??= error.message;
    const decoded = error.status === undefined ? undefined
      : withOauthCode(decodeBounded(error.status, error.answer, deps.scrub), error.answer);
    // No answer at all (refused, unknown host, timed out) is not the credentials' fault.
    const hint = error.hint ?? (error.status === undefined
      ? 'The login server could not be reached: check the region (or --gateway) and the network.'
      : error.status >= 300 && error.status < 400 ? REDIRECT_HINT
        : 'Check GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET, and the region.');
    return { kind: 'failed', reason: error.message, error: decoded, hint };
  }
}

async function sendOne(item: SendItem, settings: BatchSettings, deps: BatchDeps, session: Session): Promise<ItemResult> {
  const prior = deps.journal.stateOf(item.key);
  if (!settings.resend && prior === 'succeeded') return { kind: 'already-sent' };
  if (!settings.resend && prior === 'unresolved') return { kind: 'unresolved' };
  const trace = { isUnrecorded: false };
  const result = await tryUntilFinal(item, settings, deps, session, trace);
  return trace.isUnrecorded ? { ...result, isUnrecorded: true } : result;
}

/**
 * Appends a line, or stops the batch when the journal cannot be written (a full disk, EIO):
 * no request may go out that the journal does not announce. False: the line is not there.
 */
function appendOrStop(entry: JournalEntry, deps: BatchDeps, session: Session): boolean {
  try {
    deps.journal.append(entry);
    return true;
  } catch (error) {
    if (!(error instanceof JournalWriteError)) throw error;
    session.stopReason ??= error.message;
    return false;
  }
}

async function tryUntilFinal(item: SendItem, settings: BatchSettings, deps: BatchDeps,
  session: Session, trace: { isUnrecorded: boolean }): Promise<ItemResult> {
  const { key, request } = item;
  const tried: Tried = { rateRetries: 0, faultRetries: 0, relogins: 0 };
  let previous: Answer | undefined; // the answer that led to this attempt
  for (let attempt = 1; ; attempt++) {
    const generation = await session.token();
    const announce: JournalEntry = { type: 'attempt', at: deps.now().toISOString(), key,
      endpoint: `${request.endpoint.method} ${request.endpoint.path}`, pathParams: request.pathParams,
      bodyHash: request.bodyHash, input: item.input, attempt };
    const isAnnounced = session.stopReason === undefined && appendOrStop(announce, deps, session);
    if (!isAnnounced) {
      // A body already sent and answered is not "not sent": it failed with that answer.
      const reason = `not tried again: the batch stopped (${session.stopReason})`;
      return previous === undefined ? { kind: 'not-sent', reason: `not sent: ${session.stopReason}` }
        : failure(item, previous, reason, deps);
    }
    const answer = await deps.client.call(request.endpoint.method, request.endpoint.path, request.pathParams, request.body);
    previous = answer;
    if (answer.kind !== 'unreachable') session.hasConnected = true;
    // A 401 for a token that another request has replaced already says nothing of the new one.
    const relogins = session.isReplaced(generation) ? 0 : session.relogins;
    const decision = decide(answer, { ...tried, relogins }, settings.bounds,
      { canLogin: session.canLogin, random: deps.random,
        expected: ANSWER_SHAPES.get(request.endpoint.name),
        mayRetryUnknown: settings.retryUnknownOutcome || isRepeatSafe(request.endpoint) });
    // Once an outcome is not recorded, the body is not tried again: the next attempt line finds
    // the batch stopped.
    const record = (result: OutcomeResult): void => {
      const entry = outcomeEntry(key, result, answer, deps);
      if (!appendOrStop(entry, deps, session)) trace.isUnrecorded = true;
    };
    switch (decision.action) {
      case 'succeeded':
        record('succeeded');
        return { kind: 'sent', status: statusOf(answer)!, conversationId: idOf(answer) };
      case 'retry':
        record(mayHaveBeenTaken(answer) ? 'no-answer' : 'retrying');
        if (trace.isUnrecorded) continue;
        if (decision.because === 'rate-limit') tried.rateRetries++;
        else tried.faultRetries++;
        await deps.sleep(decision.delayMs);
        continue;
      case 'relogin':
        record('retrying');
        if (trace.isUnrecorded) continue;
        await session.renew(generation);
        continue;
      case 'stop-batch':
        record('failed');
        session.stopReason ??= decision.reason;
        return failure(item, answer, decision.reason, deps);
      case 'failed':
        record(mayHaveBeenTaken(answer) || decision.mayHaveTakenEffect ? 'no-answer' : 'failed');
        // Not one connection made, even after the retries: every other body would spend the
        // same retries against the same wall.
        if (answer.kind === 'unreachable' && !session.hasConnected) session.stopReason ??= answer.message;
        return failure(item, answer, decision.reason, deps);
    }
  }
}

function failure(item: SendItem, answer: Answer, reason: string,
  deps: Pick<BatchDeps, 'journal' | 'scrub'>): ItemResult {
  const again = checkBeforeAgain(deps.journal.isKept);
  if (answer.kind === 'network') {
    return { kind: 'failed', reason: `no answer (${answer.message}); ${reason}`, error: undefined,
      hint: `The request may have reached Genesys: ${again}` };
  }
  if (answer.kind === 'unreachable') {
    return { kind: 'failed', reason: `${answer.message}; ${reason}`, error: undefined,
      hint: 'Nothing was sent. Check the region (or --gateway) and the network; a rerun sends it.' };
  }
  const error = decodeBounded(answer.status, answer.body, deps.scrub);
  const hint = !mayHaveBeenTaken(answer) ? hintFor(error, item.request.endpoint, deps.journal.isKept)
    : answer.status === 500 ? `Genesys failed while handling the request, perhaps after carrying ` +
      `it out: ${again}`
      : `A gateway answered for Genesys, which may have taken the request: ${again}`;
  return { kind: 'failed', reason, error, hint };
}

/** A login answer's OAuth error code as the code, where it has no Genesys code of its own. */
function withOauthCode(decoded: DecodedError, answer: unknown): DecodedError {
  const code = decoded.code ?? oauthErrorCode(answer);
  return code === undefined ? decoded : { ...decoded, code };
}

/** The answer's error, decoded, then scrubbed and cut to size (bounded-text.ts). */
function decodeBounded(status: number, body: unknown, scrub: (text: string) => string): DecodedError {
  return boundError(decodeError(status, body), scrub);
}

function outcomeEntry(key: string, result: OutcomeResult, answer: Answer,
  deps: { now: () => Date; scrub: (text: string) => string }) {
  const base = { type: 'outcome' as const, at: deps.now().toISOString(), key, result };
  if (answer.kind !== 'response') return { ...base, message: answer.message };
  const ok = answer.status >= 200 && answer.status < 300;
  const id = idOf(answer);
  if (ok) return { ...base, status: answer.status, ...(id === undefined ? {} : { conversationId: id }) };
  // Scrubbed, not cut: the journal cuts each text itself, and a text cut twice would say only
  // how long the first cut's note was, not how much of the answer was left out.
  const { code, message, contextId } = decodeError(answer.status, answer.body);
  return { ...base, status: answer.status, ...definedScrubbed({ code, message, contextId }, deps.scrub) };
}

function definedScrubbed(values: Record<string, string | undefined>,
  scrub: (text: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(values).flatMap(([name, value]) =>
    value === undefined ? [] : [[name, scrub(value)]])) as Record<string, string>;
}

function statusOf(answer: Answer): number | undefined {
  return answer.kind === 'response' ? answer.status : undefined;
}

/** CreateCallResponse.id, or the id of whatever entity the endpoint answers with. */
function idOf(answer: Answer): string | undefined {
  if (answer.kind !== 'response' || typeof answer.body !== 'object' || answer.body === null) return undefined;
  const id = (answer.body as Record<string, unknown>)['id'];
  return typeof id === 'string' ? id : undefined;
}
