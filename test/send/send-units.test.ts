// Pure parts of send mode: retry decisions, gateway safety, regions, path parameters, journal.
import { describe, expect, test } from '@jest/globals';
import {
  closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveEndpoint } from '../../src/endpoints/resolve-endpoint.js';
import type { EndpointInfo } from '../../src/endpoints/endpoint-info.js';
import { paramGivenTwice, paramNames as paramNamesOf, parseParamFlags, planRequest, paramsFromPath }
  from '../../src/send/build-request.js';
import { refuseUnknownParams, type RunEndpoints } from '../../src/send/param-names.js';
import { refuseEndpointClash, sharedEndpoint } from '../../src/send/endpoint-clash.js';
import { UsageError } from '../../src/lint/usage-error.js';
import { decodeError, hintFor } from '../../src/send/error-hints.js';
import { parseGateway } from '../../src/send/gateway.js';
import { Journal, journalKey, writeAndSync, type WriteBytes } from '../../src/send/journal.js';
import { lockJournal, whyNotDeleted } from '../../src/send/journal-lock.js';
import { readLines } from '../../src/send/read-lines.js';
import { findRegion } from '../../src/send/regions.js';
import { Secrets, redactHeaders } from '../../src/send/redact.js';
import { backoff, decide, DEFAULT_BOUNDS, mayHaveBeenTaken, retryAfterMs, type Answer }
  from '../../src/send/retry-policy.js';
import { exitWithLockLeft, sendExitCode } from '../../src/send/send-exit-code.js';
import { ANSWER_SHAPES } from '../../src/send/answer-shape.js';
import { isRepeatSafe } from '../../src/send/repeat-safety.js';
import { ENDPOINTS } from '../../src/endpoints/table.js';

const endpoint = (spec: string): EndpointInfo => {
  const r = resolveEndpoint(spec);
  if (!r.ok) throw new Error(r.message);
  return r.endpoint;
};
const response = (status: number, headers: Record<string, string> = {}): Answer =>
  ({ kind: 'response', status, headers, body: {} });
const fresh = { rateRetries: 0, faultRetries: 0, relogins: 0 };
const ctx = { canLogin: true, random: () => 0.5, mayRetryUnknown: true };

describe('the answer an endpoint documents', () => {
  const created = ANSWER_SHAPES.get('create-call');
  const ok = (status: number, body: unknown): Answer => ({ kind: 'response', status, headers: {}, body });
  test.each([
    ['an empty 200', ok(200, ''), { action: 'failed', mayHaveTakenEffect: true,
      reason: 'the 200 answer is empty where a CreateCallResponse was expected' }],
    ['a 200 of {}', ok(200, {}), { action: 'failed', mayHaveTakenEffect: true }],
    ['a 201 without the id', ok(201, { name: 'x' }), { action: 'failed', mayHaveTakenEffect: true,
      reason: 'the 201 answer has no id of what was created (CreateCallResponse)' }],
    ['a 200 with the id', ok(200, { id: '01c0ffee-0000-4000-8000-000000000001' }), { action: 'succeeded' }],
    ['a 204', ok(204, ''), { action: 'succeeded' }],
    ['a 202', ok(202, undefined), { action: 'succeeded' }],
  ])('create-call: %s', (_what, answer, expected) => {
    expect(decide(answer, fresh, DEFAULT_BOUNDS, { ...ctx, expected: created })).toMatchObject(expected);
  });

  test('an endpoint with no answer model succeeds empty', () => {
    expect(ANSWER_SHAPES.get('replace')).toBeUndefined();
    expect(decide(ok(200, ''), fresh, DEFAULT_BOUNDS, ctx)).toEqual({ action: 'succeeded' });
  });

  // The recording-state endpoints answer a JSON string (reference section 2).
  const text = (status: number, body: string): Answer =>
    ({ kind: 'response', status, headers: {}, body, isText: true });
  test.each([
    ['call-recording-state', 'a JSON string', ok(200, 'paused'), { action: 'succeeded' }],
    ['callback-recording-state', 'an empty 200', ok(200, ''), { action: 'succeeded' }],
    ['record-snippet', 'a JSON string', ok(200, 'ok'), { action: 'succeeded' }],
    ['call-recording-state', 'text that is not JSON', text(200, 'paused'), { action: 'failed',
      mayHaveTakenEffect: true, reason: 'the 200 answer is not JSON' }],
    ['call-recording-state', 'an object', ok(200, { state: 'paused' }), { action: 'failed',
      mayHaveTakenEffect: true, reason: 'the 200 answer is an object where a string was expected' }],
    ['record-snippet', 'a number', ok(200, 3), { action: 'failed',
      reason: 'the 200 answer is a number where a string was expected' }],
    ['create-call', 'a JSON string', ok(200, 'paused'), { action: 'failed', mayHaveTakenEffect: true,
      reason: 'the 200 answer is a JSON string where a CreateCallResponse was expected' }],
    ['replace', 'a JSON string', ok(204, 'OK'), { action: 'failed', mayHaveTakenEffect: true,
      reason: 'the 204 answer is a JSON string, which this endpoint is not documented to answer' }],
  ])('%s: %s', (name, _what, answer, expected) => {
    const context = { ...ctx, expected: ANSWER_SHAPES.get(name) };
    expect(decide(answer, fresh, DEFAULT_BOUNDS, context)).toMatchObject(expected);
  });

  test('every endpoint named has an entry in the table', () => {
    const names = new Set(ENDPOINTS.map((e) => e.name));
    expect([...ANSWER_SHAPES.keys()].filter((name) => !names.has(name))).toEqual([]);
  });
});

describe('retry policy', () => {
  test.each([
    ['2xx succeeds', response(200), fresh, { action: 'succeeded' }],
    ['2xx without a body succeeds', { ...response(202), body: '' }, fresh, { action: 'succeeded' }],
    ['2xx that is not JSON is final, and may have taken effect',
      { ...response(200), body: 'OK!', isText: true } as Answer, fresh,
      { action: 'failed', reason: 'the 200 answer is not JSON', mayHaveTakenEffect: true }],
    ['429 waits Retry-After', response(429, { 'retry-after': '7' }), fresh, { action: 'retry', delayMs: 7000, because: 'rate-limit' }],
    ['429 above the cap gives up', response(429, { 'retry-after': '181' }), fresh, { action: 'failed' }],
    ['429 after the last retry gives up', response(429, { 'retry-after': '1' }), { ...fresh, rateRetries: 5 }, { action: 'failed' }],
    ['503 backs off', response(503), fresh, { action: 'retry', because: 'fault' }],
    ['504 backs off', response(504), fresh, { action: 'retry', because: 'fault' }],
    ['503 after the last retry gives up', response(503), { ...fresh, faultRetries: 4 }, { action: 'failed' }],
    ['network fault backs off', { kind: 'network', message: 'socket hang up' } as Answer, fresh, { action: 'retry', because: 'fault' }],
    ['first 401 logs in again', response(401), fresh, { action: 'relogin' }],
    ['second 401 stops', response(401), { ...fresh, relogins: 1 }, { action: 'stop-batch' }],
    ['403 stops the batch', response(403), fresh, { action: 'stop-batch' }],
    ['400 is final', response(400), fresh, { action: 'failed' }],
  ])('%s', (_name, answer, tried, expected) => {
    expect(decide(answer, tried, DEFAULT_BOUNDS, ctx)).toMatchObject(expected);
  });

  test.each([
    [{ kind: 'network', message: 'socket hang up' } as Answer, true], [response(502), true], [response(504), true],
    [response(500), true], [response(503), false], [response(429), false],
    [{ kind: 'unreachable', message: 'could not connect' } as Answer, false],
  ])('%j may have been taken: %s', (answer, expected) => {
    expect(mayHaveBeenTaken(answer)).toBe(expected);
  });

  // Without --retry-unknown-outcome, on an endpoint that places or changes a call.
  const once = { ...ctx, mayRetryUnknown: false };
  test.each([
    ['a network fault', { kind: 'network', message: 'socket hang up' } as Answer],
    ['a 500', response(500)], ['a 502', response(502)], ['a 504', response(504)],
  ])('%s is not retried where a repeat may place a call twice', (_name, answer) => {
    expect(decide(answer, fresh, DEFAULT_BOUNDS, once)).toMatchObject({ action: 'failed',
      mayHaveTakenEffect: true, reason: expect.stringContaining('--retry-unknown-outcome') });
  });

  test.each([
    ['a 503', response(503)], ['no connection', { kind: 'unreachable', message: 'refused' } as Answer],
  ])('%s is retried still, as it sent nothing that took effect', (_name, answer) => {
    expect(decide(answer, fresh, DEFAULT_BOUNDS, once)).toMatchObject({ action: 'retry', because: 'fault' });
  });

  test('every endpoint of the table places or changes a call: none repeats an unknown outcome', () => {
    expect(ENDPOINTS.filter(isRepeatSafe).map((e) => e.name)).toEqual([]);
    expect(isRepeatSafe({ ...ENDPOINTS[0]!, method: 'GET' })).toBe(true);
  });

  test.each([
    ['a timeout', { kind: 'network', message: 'no complete answer within the 500 ms' } as Answer, 1,
      'still no answer after 1 retry'],
    ['no connection', { kind: 'unreachable', message: 'could not connect' } as Answer, 2,
      'still no connection after 2 retries'],
    ['a 503', response(503), 1, 'status 503 after 1 retry'],
    ['a 503 with --max-retries 0', response(503), 0, 'status 503, not retried (--max-retries 0)'],
    ['a timeout with --max-retries 0', { kind: 'network', message: 'reset' } as Answer, 0,
      'not retried (--max-retries 0)'],
  ])('the reason after %s names the retries once, in the right number', (_name, answer, retries, reason) => {
    const bounds = { ...DEFAULT_BOUNDS, maxFaultRetries: retries };
    expect(decide(answer, { ...fresh, faultRetries: retries }, bounds, ctx)).toEqual({ action: 'failed', reason });
  });

  test.each([[1, 'still rate limited after 1 retry'], [0, 'rate limited, not retried (--max-rate-retries 0)']])(
    'a 429 with --max-rate-retries %i: %s', (retries, reason) => {
      const bounds = { ...DEFAULT_BOUNDS, maxRateRetries: retries };
      const answer = response(429, { 'retry-after': '1' });
      expect(decide(answer, { ...fresh, rateRetries: retries }, bounds, ctx)).toEqual({ action: 'failed', reason });
    });

  test('401 with a user token stops at once', () => {
    expect(decide(response(401), fresh, DEFAULT_BOUNDS, { ...ctx, canLogin: false }).action).toBe('stop-batch');
  });

  test('backoff doubles, is capped and jittered within [step/2, step]', () => {
    const bounds = { ...DEFAULT_BOUNDS, backoffBaseMs: 100, backoffMaxMs: 1000 };
    expect([0, 1, 2, 3, 4].map((n) => backoff(n, bounds, () => 1))).toEqual([100, 200, 400, 800, 1000]);
    expect(backoff(2, bounds, () => 0)).toBe(200);
  });

  test('no wait is longer than a timer can hold, whatever the bounds say', () => {
    // Node fires a longer timer after 1 ms: a retry at once instead of a long wait.
    const huge = { ...DEFAULT_BOUNDS, maxRetryAfterMs: 99_999_999_000, backoffBaseMs: 5e9, backoffMaxMs: 5e9 };
    expect(decide(response(429, { 'retry-after': '3000000' }), fresh, huge, ctx)).toEqual({ action: 'failed',
      reason: 'Retry-After asks for 3000000 s, more than the 2147483 s --max-retry-after allows' });
    expect(decide(response(429, { 'retry-after': '2147483' }), fresh, huge, ctx).action).toBe('retry');
    expect(backoff(0, huge, () => 1)).toBe(2 ** 31 - 1);
  });

  test('Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    // Date.parse reads "1.5" as a date in 2001, which is long past: no wait at all.
    expect(retryAfterMs('1.5')).toBe(1500);
    expect(retryAfterMs('0.0004')).toBe(1);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('gateway safety', () => {
  test.each(['http://127.0.0.1:8080', 'http://127.9.9.9', 'http://localhost:1', 'http://[::1]:9', 'https://proxy.example.com'])(
    'accepts %s', (url) => expect(() => parseGateway(url)).not.toThrow());
  test.each(['http://proxy.example.com', 'http://10.0.0.1:8080', 'http://128.0.0.1', 'ftp://127.0.0.1', 'https://x.example/path'])(
    'rejects %s', (url) => expect(() => parseGateway(url)).toThrow());
  test.each([
    ['http://127.0.0.1:8080?x=1', 'Queries in the gateway URL are not supported.'],
    ['https://x.example/path', 'Path prefixes in the gateway URL are not supported.'],
    ['https://x.example/p?x=1', 'Path prefixes and queries in the gateway URL are not supported.'],
  ])('%s is refused for what it has', (url, hint) => {
    expect(() => parseGateway(url)).toThrow(expect.objectContaining({ hint }));
  });
});

describe('regions', () => {
  test.each([
    ['us_east_1', 'mypurecloud.com'], ['eu-west-1', 'mypurecloud.ie'], ['mypurecloud.com.au', 'mypurecloud.com.au'],
    ['api.usw2.pure.cloud', 'usw2.pure.cloud'], ['https://login.mypurecloud.de/', 'mypurecloud.de'],
  ])('%s is %s', (text, environment) => expect(findRegion(text)?.environment).toBe(environment));
  test('an unknown region is undefined', () => expect(findRegion('example.com')).toBeUndefined());
});

describe('path parameters', () => {
  const consult = endpoint('consult-agent');
  const captured = (text: string) => ({ text, origin: 'capture' as const });
  test('come from a captured URL', () => {
    expect(paramsFromPath(consult.path, 'https://api.mypurecloud.com/api/v2/conversations/calls/01c0ffee-0000-4000-8000-000000000001/participants/04c0ffee-0000-4000-8000-000000000004/consult/agent?x=1'))
      .toEqual({ conversationId: '01c0ffee-0000-4000-8000-000000000001', participantId: '04c0ffee-0000-4000-8000-000000000004' });
  });
  test('or from --param, and are required', () => {
    const planned = planRequest(consult, ' {"speakTo":"DESTINATION"}\n', { fromPath: undefined, fromFlags: { conversationId: '01c0ffee-0000-4000-8000-000000000001' } });
    expect(planned).toMatchObject({ ok: false, message: expect.stringContaining('participantId') });
    const ok = planRequest(consult, ' {"a":1}\n', { fromPath: undefined, fromFlags: { conversationId: '01c0ffee-0000-4000-8000-000000000001', participantId: '04C0FFEE-0000-4000-8000-000000000004' } });
    expect(ok).toMatchObject({ ok: true, request: { path: '/api/v2/conversations/calls/01c0ffee-0000-4000-8000-000000000001/participants/04C0FFEE-0000-4000-8000-000000000004/consult/agent', body: '{"a":1}' } });
  });
  // Told one per run, a user fixed one and ran again only to learn of the next.
  test('every missing parameter is named at once', () => {
    const planned = planRequest(endpoint('update-call-communication'), '{}', { fromPath: undefined,
      fromFlags: { participantId: 'p' } });
    expect(planned).toEqual({ ok: false, message: 'PATCH /api/v2/conversations/calls/{conversationId}/' +
      'participants/{participantId}/communications/{communicationId} needs the path parameters ' +
      'conversationId and communicationId', hint: 'Pass --param conversationId=<id> --param ' +
      'communicationId=<id>, or send a captured request that has them in its URL.' });
  });
  test('a missing parameter with a placeholder of another in its place is named with the others', () => {
    const planned = planRequest(consult, '{}', { fromPath: { text: '/calls/{cid}/participants//consult/agent',
      origin: 'endpoint-flag' }, fromFlags: {} });
    expect(planned).toEqual({ ok: false, message: `${consult.method} ${consult.path} needs the path ` +
      'parameters conversationId and participantId: the --endpoint path has {cid} in the place of ' +
      'conversationId (cid is short for communicationId)', hint: 'Write {conversationId} or the ' +
      'conversationId itself where {cid} is, and give the value with --param conversationId=<id>. ' +
      'Pass --param participantId=<id>, or send a captured request that has it in its URL.' });
  });
  // A {name} of another parameter in a place --param fills was replaced by that --param's value,
  // and the request built without a word: only {cid} with no value for its place was named.
  test('a placeholder in another parameter\'s place is refused, though --param fills the place', () => {
    const fromFlags = { conversationId: '01c0ffee-0000-4000-8000-000000000001', participantId: '04c0ffee-0000-4000-8000-000000000004' };
    const config = (path: string) => ({ text: path, origin: 'config' as const });
    const planned = planRequest(consult, '{}', { fromPath: config('/calls/{participantId}/participants/' +
      '{conversationId}/consult/agent'), fromFlags });
    expect(planned).toEqual({ ok: false, message: 'the endpoint path of the config file has ' +
      '{participantId} in the place of conversationId, and {conversationId} in the place of ' +
      `participantId, in ${consult.method} ${consult.path}: --param fills a place by the name the ` +
      'endpoint gives it, not by the placeholder written there', hint: 'Write {conversationId} or ' +
      'the conversationId itself where {participantId} is, and {participantId} or the participantId ' +
      'itself where {conversationId} is, and give the values with --param conversationId=<id> and ' +
      '--param participantId=<id>.' });
    for (const placeholder of ['{pid}', '{userId}', '{CID}', '{cid}']) {
      const one = planRequest(consult, '{}', { fromPath: config(`/calls/${placeholder}/participants/` +
        '{pid}/consult/agent'), fromFlags });
      expect(one).toMatchObject({ ok: false, message: expect.stringContaining(`has ${placeholder} in ` +
        'the place of conversationId') });
    }
    // A short name in its own place, and the template itself, are filled.
    for (const path of ['/calls/{id}/participants/{pid}/consult/agent', consult.path]) {
      expect(planRequest(consult, '{}', { fromPath: config(path), fromFlags })).toMatchObject({ ok: true,
        request: { path: '/api/v2/conversations/calls/01c0ffee-0000-4000-8000-000000000001/participants/04c0ffee-0000-4000-8000-000000000004/consult/agent' } });
    }
  });
  // The HTTP client resolves "." and ".." before sending: .../participants/.. reached .../calls/{id}/.
  test.each([
    ['..', 'a step of the path'], ['.', 'a step of the path'], ['p/2', 'more path segments'],
    ['p\\2', 'more path segments'],
  ])('--param participantId=%s is refused', (value, why) => {
    const planned = planRequest(consult, '{}', { fromPath: undefined, fromFlags: { conversationId: '01c0ffee-0000-4000-8000-000000000001', participantId: value } });
    expect(planned).toEqual({ ok: false, message: `path parameter participantId is "${value}" in --param, which ` +
      `${why.startsWith('a') ? 'a URL reads as' : 'would split it into'} ${why}: the request would reach another endpoint`,
    hint: 'Give the participantId itself; send refuses ".", ".." and values with "/" or "\\" in them.' });
  });
  // Every path parameter is an id: a value that is no UUID went out percent-encoded ("not a uuid"
  // as not%20a%20uuid, a "%" as %25), to be refused after the login or to reach nothing.
  // Only a value that looks like a stand-in is called a placeholder; "abc" or a UUID with a
  // character too many was "perhaps its name", which a participant does not have.
  test.each([
    ['not a uuid', ''], ['%2e', ''], ['p%2F2', ''], ['c?1', ''], ['abc', ''], ['42', ''],
    ['04c0ffee-0000-4000-8000-000000000004x', ''], ['my-call', ''],
    ['<id>', ', a placeholder'], [':id', ', a placeholder'], ['YOUR_ID', ', a placeholder'],
    ['xxx', ', a placeholder'], ['xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', ', a placeholder'],
    ['participantId', ', a placeholder'], ['your-participant-id', ', a placeholder'],
    ['$PID', ', a variable left unfilled'],
  ])('--param participantId=%s is refused as no UUID', (value, guess) => {
    const planned = planRequest(consult, '{}', { fromPath: undefined, fromFlags: { conversationId: '01c0ffee-0000-4000-8000-000000000001', participantId: value } });
    expect(planned).toEqual({ ok: false, message: `path parameter participantId is "${value}" in --param, which ` +
      'is not a UUID: Genesys names each conversation, participant, communication and user by one',
    hint: `Give the participant's id (a UUID; "${value}" is not one${guess}).` });
  });
  test.each(['conversationId', 'communicationId', 'userId'])('%s is held to a UUID too', (name) => {
    const target = ENDPOINTS.find((e) => e.path.includes(`{${name}}`))!;
    const fromFlags = Object.fromEntries(paramNamesOf(target.path).map((n) => [n, n === name ? 'abc' : '01c0ffee-0000-4000-8000-000000000001']));
    expect(planRequest(target, '{}', { fromPath: undefined, fromFlags })).toMatchObject({ ok: false,
      message: expect.stringContaining(`path parameter ${name} is "abc" in --param, which is not a UUID`) });
  });
  test('a captured segment is decoded once: %252E%252E is the text "%2E%2E", refused as no UUID', () => {
    const planned = planRequest(consult, '{}', { fromPath: captured('/calls/01c0ffee-0000-4000-8000-000000000001/participants/%252E%252E/consult/agent'),
      fromFlags: {} });
    expect(planned).toMatchObject({ ok: false, message: expect.stringContaining('path parameter participantId is ' +
      '"%2E%2E" in the captured URL, which is not a UUID') });
  });
  test('so is a captured URL segment that decodes to ".."', () => {
    const planned = planRequest(consult, '{}', { fromPath: captured('/calls/01c0ffee-0000-4000-8000-000000000001/participants/%2E%2E/consult/agent'),
      fromFlags: {} });
    expect(planned).toMatchObject({ ok: false, message: expect.stringContaining('participantId is ".." in the captured URL') });
  });
  // The clash names where each value came from, and the hint what to change there: a value from
  // --endpoint was blamed on a capture there was none of.
  test.each([
    ['capture', 'the captured URL', 'Drop --param conversationId=other: a captured request goes ' +
      'where its URL says. To send it elsewhere, change the URL in the capture.'],
    ['endpoint-flag', 'the --endpoint path', 'Give conversationId once: drop --param ' +
      'conversationId=other, or write the id you mean into the --endpoint path.'],
    ['config', 'the endpoint path of the config file', 'Drop --param conversationId=other, or ' +
      'change the id in the config file\'s endpoint (--endpoint overrides it).'],
  ] as const)('a contradiction between a path from %s and --param is refused', (origin, where, hint) => {
    const fromPath = { text: 'POST /calls/01c0ffee-0000-4000-8000-000000000001/participants/04c0ffee-0000-4000-8000-000000000004/consult/agent', origin };
    expect(planRequest(consult, '{}', { fromPath, fromFlags: { conversationId: 'other' } })).toEqual({
      ok: false, message: `path parameter conversationId is "01c0ffee-0000-4000-8000-000000000001" in ${where} but "other" in --param`, hint });
  });
  // The template itself as --endpoint was refused: "{conversationId}" clashed with --param.
  test.each([
    ['the template as --endpoint', 'endpoint-flag',
      'POST /calls/{conversationId}/participants/{participantId}/consult/agent'],
    ['a capture with an empty segment', 'capture', '/calls//participants/04c0ffee-0000-4000-8000-000000000004/consult/agent'],
  ] as const)('%s leaves the value to --param', (_case, origin, text) => {
    const planned = planRequest(consult, '{}', { fromPath: { text, origin },
      fromFlags: { conversationId: '01c0ffee-0000-4000-8000-000000000001', participantId: '04c0ffee-0000-4000-8000-000000000004' } });
    expect(planned).toMatchObject({ ok: true,
      request: { path: '/api/v2/conversations/calls/01c0ffee-0000-4000-8000-000000000001/participants/04c0ffee-0000-4000-8000-000000000004/consult/agent' } });
  });
  test('a segment of an --endpoint path that decodes to ".." is blamed on --endpoint', () => {
    const fromPath = { text: '/calls/01c0ffee-0000-4000-8000-000000000001/participants/%2E%2E/consult/agent', origin: 'endpoint-flag' } as const;
    expect(planRequest(consult, '{}', { fromPath, fromFlags: {} })).toMatchObject({ ok: false,
      message: expect.stringContaining('participantId is ".." in the --endpoint path, which') });
  });
});

describe('a --param the endpoint path contradicts', () => {
  const path = 'POST /api/v2/conversations/calls/10c0ffee-0000-4000-8000-000000000010/participants/08c0ffee-0000-4000-8000-000000000008/consult';
  const config = (data: object) => ({ file: 'rc.json', base: '/w', data });
  const refusal = (flag: string | undefined, data: object, params: Record<string, string>): string => {
    try {
      refuseEndpointClash(sharedEndpoint(flag, config(data)), params);
      return 'none';
    } catch (error) {
      return (error as UsageError).message;
    }
  };
  test.each([
    ['--endpoint', path, {}, 'path parameter conversationId is "10c0ffee-0000-4000-8000-000000000010" in the --endpoint path but ' +
      '"09c0ffee-0000-4000-8000-000000000009" in --param'],
    ['the config file\'s endpoint', undefined, { endpoint: path }, 'path parameter conversationId ' +
      'is "10c0ffee-0000-4000-8000-000000000010" in the endpoint path of the config file but "09c0ffee-0000-4000-8000-000000000009" in --param'],
    // Files the config maps elsewhere do not go there: a clash is then told per body.
    ['a config that maps files to endpoints', undefined,
      { endpoint: path, endpoints: { 'x/*.json': 'create-call' } }, 'none'],
    ['a template as --endpoint', 'consult', { endpoint: path }, 'none'],
  ])('%s', (_what, flag, data, told) => {
    expect(refusal(flag, data, { conversationId: '09c0ffee-0000-4000-8000-000000000009' })).toBe(told);
    expect(refusal(flag, data, { conversationId: '10c0ffee-0000-4000-8000-000000000010' })).toBe('none');
  });
});

describe('--param names', () => {
  const refused = (params: Record<string, string>, names: string[],
    run: RunEndpoints = { isCaptureOnly: false, hasEndpointFlag: false }): unknown => {
    try {
      refuseUnknownParams(params, names.map(endpoint), run);
      return undefined;
    } catch (error) {
      return error instanceof UsageError ? { message: error.message, hint: error.hint } : error;
    }
  };
  const consultPath = 'POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult';
  test.each([
    [{ conversationID: 'b' }, ['consult'], `--param conversationID=b: ${consultPath} has no such path ` +
      'parameter; its path takes "conversationId" and "participantId"', 'Did you mean --param conversationId=b?'],
    [{ conversationId: 'x' }, ['create-call'], '--param conversationId=x: POST /api/v2/conversations/calls ' +
      'has no such path parameter, and its path takes none',
    'Drop it, or pass --endpoint with the endpoint whose path takes it.'],
    [{ userID: 'u' }, ['create-call', 'consult-agent'], '--param userID=u: none of the 2 endpoints of ' +
      'this run has such a path parameter; their paths take "conversationId" and "participantId"',
    'Drop it, or pass --endpoint with the endpoint whose path takes it.'],
  ])('%j for %j is a usage error', (params, names, message, hint) => {
    expect(refused(params, names)).toEqual({ message, hint });
  });
  // Captured requests go to their own URLs: "pass --endpoint" was told to one who had passed it.
  test.each([
    [true, 'Drop it: captured requests are sent to their own URLs, not to the --endpoint path. To ' +
      'send one elsewhere, change its URL in the capture.'],
    [false, 'Drop it: captured requests are sent to their own URLs. To send one elsewhere, change ' +
      'its URL in the capture.'],
  ])('for captured requests only (--endpoint given: %s) the hint says where they go', (flag, hint) => {
    expect(refused({ userId: '05c0ffee-0000-4000-8000-000000000005' }, ['create-call'], { isCaptureOnly: true, hasEndpointFlag: flag }))
      .toMatchObject({ hint });
  });
  test.each([
    [{ conversationId: 'c' }, ['create-call', 'consult-agent']],
    [{ userId: 'u', participantId: 'p' }, ['create-call-for-user', 'consult-agent']],
    [{ anything: 'x' }, []],
  ])('%j for %j is taken: each name fits one of the endpoints, or none is known', (params, names) => {
    expect(refused(params, names)).toBeUndefined();
  });
  // The README's table writes {id}, {pid} and {cid}; --param pid=03c0ffee-0000-4000-8000-000000000003 was told pid is no parameter.
  test('the README\'s short names stand for the parameters they abbreviate', () => {
    const params = parseParamFlags(['id=01c0ffee-0000-4000-8000-000000000001', 'pid=03c0ffee-0000-4000-8000-000000000003', 'cid=07c0ffee-0000-4000-8000-000000000007']) as Record<string, string>;
    expect({ ...params }).toEqual({ conversationId: '01c0ffee-0000-4000-8000-000000000001', participantId: '03c0ffee-0000-4000-8000-000000000003', communicationId: '07c0ffee-0000-4000-8000-000000000007' });
    expect(refused(params, ['wrapup'])).toBeUndefined();
  });
  test('a short name and its long one are one name: two values for it are given twice', () => {
    expect(paramGivenTwice(['pid=03c0ffee-0000-4000-8000-000000000003', 'participantId=04c0ffee-0000-4000-8000-000000000004'])).toEqual({ name: 'participantId',
      first: { written: 'pid', value: '03c0ffee-0000-4000-8000-000000000003' }, second: { written: 'participantId', value: '04c0ffee-0000-4000-8000-000000000004' } });
    expect(paramGivenTwice(['pid=03c0ffee-0000-4000-8000-000000000003', 'participantId=03c0ffee-0000-4000-8000-000000000003'])).toBeUndefined();
  });
  test('__proto__ is a name like another, not the object\'s prototype', () => {
    const params = parseParamFlags(['__proto__=x']) as Record<string, string>;
    expect(refused(params, ['consult']))
      .toMatchObject({ message: expect.stringMatching(/^--param __proto__=x: /) });
  });
});

describe('journal', () => {
  test('attempt without outcome is unresolved; outcomes decide; a cut last line is ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'journal-'));
    const path = join(dir, 'j.ndjson');
    const plan = (body: string) => {
      const p = planRequest(endpoint('create-call'), body, { fromPath: undefined, fromFlags: {} });
      if (!p.ok) throw new Error(p.message);
      return journalKey(p.request);
    };
    const [a, b, c, d] = [plan('{"a":1}'), plan('{"b":1}'), plan('{"c":1}'), plan('{"d":1}')];
    const journal = Journal.open(path);
    const attempt = (key: string) => journal.append({ type: 'attempt', at: '', key, endpoint: '', pathParams: {}, bodyHash: '', input: '', attempt: 1 });
    attempt(a);
    journal.append({ type: 'outcome', at: '', key: a, result: 'succeeded', status: 200 });
    attempt(b);
    attempt(c);
    journal.append({ type: 'outcome', at: '', key: c, result: 'retrying', status: 429 });
    attempt(d);
    journal.append({ type: 'outcome', at: '', key: d, result: 'no-answer' });
    journal.close();
    writeFileSync(path, '{"type":"outcome","key":', { flag: 'a' });
    const reread = Journal.open(path);
    expect([a, b, c, d, 'x'].map((k) => reread.stateOf(k))).toEqual(['succeeded', 'unresolved', 'failed', 'unresolved', 'new']);
  });

  // Ours was taken over while the run went on (deleted by hand, then a new run locked): the new
  // run's lock is left for it. The file system may give it our lock's freed inode number.
  test('the lock is deleted at the end only while it is still the one this run made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'journal-'));
    const lock = join(dir, 'j.ndjson.lock');
    const other = `${process.pid} ${hostname()} ${'f'.repeat(32)}\n`;
    try {
      const release = lockJournal(join(dir, 'j.ndjson'), 'j.ndjson');
      expect(readFileSync(lock, 'utf8')).toMatch(new RegExp(`^${process.pid} \\S+ [0-9a-f]{32}\n$`));
      rmSync(lock);
      writeFileSync(lock, other);
      expect(release()).toEqual({ kind: 'lost', lock, now: { pid: process.pid, host: hostname() } });
      expect(readFileSync(lock, 'utf8')).toBe(other);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    ['deleted by hand', (_lock: string) => undefined, 'none'],
    ['replaced by a file of someone else', (lock: string) => writeFileSync(lock, 'notes\n'), 'other'],
  ])('a lock %s during the run is told as lost at the end', (_how, replace, now) => {
    const dir = mkdtempSync(join(tmpdir(), 'journal-'));
    const lock = join(dir, 'j.ndjson.lock');
    try {
      const release = lockJournal(join(dir, 'j.ndjson'), 'j.ndjson');
      rmSync(lock);
      replace(lock);
      expect(release()).toEqual({ kind: 'lost', lock, now });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the lock this run made is deleted at the end', () => {
    const dir = mkdtempSync(join(tmpdir(), 'journal-'));
    try {
      const release = lockJournal(join(dir, 'j.ndjson'), 'j.ndjson');
      expect(release()).toBeUndefined();
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a journal line written', () => {
  /** Writes the line through write to a new file: what came of it, and what the file holds. */
  const writeThrough = (write: WriteBytes): [string, string] => {
    const path = join(mkdtempSync(join(tmpdir(), 'journal-')), 'j.ndjson');
    const fd = openSync(path, 'a');
    let result = 'written';
    try {
      writeAndSync(fd, '{"key":"é"}\n', write);
    } catch (error) {
      result = (error as Error).message;
    } finally {
      closeSync(fd);
    }
    return [result, readFileSync(path, 'utf8')];
  };
  // A full disk or a file-size limit: the kernel takes part of the bytes and reports no error.
  const fourBytesAtATime = (fd: number, buffer: Buffer, offset: number, length: number): number =>
    writeSync(fd, buffer, offset, Math.min(4, length));

  test('in parts, when the writes come back short, is written whole', () => {
    expect(writeThrough(fourBytesAtATime)).toEqual(['written', '{"key":"é"}\n']);
  });

  test('fails when a write writes nothing, and is not tried again', () => {
    let calls = 0;
    const [result, held] = writeThrough((fd, buffer, offset, length) => {
      if (++calls <= 2) return fourBytesAtATime(fd, buffer, offset, length);
      if (calls > 3) throw new Error('written to again after a write that wrote nothing');
      return 0;
    });
    expect([result, held]).toEqual(["only 8 of the line's 13 bytes were written", '{"key":"']);
  });
});

describe('journal lines', () => {
  test('are read a chunk at a time, across chunk ends, a long one cut at the limit', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lines-')), 'j.ndjson');
    const lines = ['a', '', 'é'.repeat(40_000), 'b'.repeat(200_000), 'c'];
    writeFileSync(path, lines.join('\n'));
    const read = [...readLines(path, 100_000)];
    expect(read.map((l) => [l.text.length, l.isCut])).toEqual([[1, false], [0, false], [40_000, false],
      [100_000, true], [1, false]]);
    expect(read[2]!.text).toBe(lines[2]);
  });

  test('an older version\'s line with a whole error answer in it is read up to its message', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'journal-')), 'j.ndjson');
    const key = '["POST /api/v2/conversations/calls",{},"abc"]';
    writeFileSync(path, [JSON.stringify({ type: 'attempt', at: '', key }),
      JSON.stringify({ type: 'outcome', at: '', key, result: 'failed', status: 400, code: 'bad.request',
        message: 'm'.repeat(3_000_000) }), ''].join('\n'));
    expect(Journal.open(path).stateOf(key)).toBe('failed');
  });

  test('a journal larger than the longest string Node can make is read, line by line', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'journal-')), 'j.ndjson');
    const key = '["POST /api/v2/conversations/calls",{},"abc"]';
    writeFileSync(path, `${JSON.stringify({ type: 'attempt', at: '', key })}\n`);
    // 600 MiB of zero bytes (a sparse file: no disk is used), then the outcome.
    truncateSync(path, 600 * 1024 * 1024);
    writeFileSync(path, `\n${JSON.stringify({ type: 'outcome', at: '', key, result: 'failed' })}\n`, { flag: 'a' });
    try {
      expect(Journal.open(path).stateOf(key)).toBe('failed');
    } finally {
      rmSync(path);
    }
  });
});

describe('error hints', () => {
  test('known codes and permissions', () => {
    const call = endpoint('create-call');
    expect(hintFor(decodeError(400, { code: 'too.many.create.conversation.parameters' }), call, true)).toContain('conflicting-targets');
    expect(hintFor(decodeError(400, { code: 'not.a.user' }), call, true)).toContain('/calls/user/{userId}');
    expect(hintFor(decodeError(403, { code: 'missing.any.permissions' }), call, true)).toContain('conversation:conference:add');
    expect(hintFor(decodeError(400, { code: 'constructor' }), call, true)).toBeUndefined();
    expect(hintFor(decodeError(401, {}), endpoint('create-call-for-user'), true))
      .toContain('one of conversation:agentlessCall:add, conversation:call:add');
  });

  test('a 2xx that may have taken effect points to --resend only when a journal is kept', () => {
    const notJson = decodeError(200, 'OK!');
    expect(hintFor(notJson, endpoint('create-call'), true)).toContain('sending it again with --resend');
    const bare = hintFor(notJson, endpoint('create-call'), false);
    expect(bare).toContain('with --no-journal nothing holds it back');
    expect(bare).not.toContain('--resend');
  });
});

describe('redaction and exit codes', () => {
  test('headers and values', () => {
    expect(redactHeaders({ Authorization: 'Bearer abc', Accept: 'x' })).toEqual({ Authorization: 'Bearer [REDACTED]', Accept: 'x' });
    const secrets = new Secrets();
    secrets.addClientPair('id', 'secret-value');
    expect(secrets.scrub(`a secret-value ${Buffer.from('id:secret-value').toString('base64')}`)).toBe('a [REDACTED] [REDACTED]');
    secrets.addClientPair('id', 'a b/c+d');
    // A URL, a form body and an encoded Basic pair carry it encoded.
    expect(secrets.scrub('a%20b%2Fc%2Bd a+b%2Fc%2Bd id%3Aa%20b%2Fc%2Bd'))
      .toBe('[REDACTED] [REDACTED] [REDACTED]');
    // Lower-case escapes (.NET's HttpUtility.UrlEncode) and JSON that escapes "/" (PHP).
    secrets.addClientPair('11111111-2222', 's3cr3t/VALUE+abc=def123');
    expect(secrets.scrub('s3cr3t%2fVALUE%2babc%3ddef123 s3cr3t\\/VALUE+abc=def123 11111111-2222%3as3cr3t%2fVALUE%2babc%3ddef123'))
      .toBe('[REDACTED] [REDACTED] [REDACTED]');
    // encodeURIComponent throws on a lone surrogate; a URL carries it as U+FFFD.
    secrets.add('token-\ud800-value');
    expect(secrets.scrub('token-%EF%BF%BD-value')).toBe('[REDACTED]');
  });
  describe('a secret written in another form', () => {
    const secret = 'FAKE-secret/Value+42';
    const secrets = new Secrets();
    secrets.add(secret);
    const percentAll = (text: string): string => [...Buffer.from(text)]
      .map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
    const swapCase = (text: string): string => [...text]
      .map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');
    const jsonAll = (text: string): string => [...text]
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    test.each([
      ['mixed-case percent escapes', 'FAKE-secret%2fValue%2B42'],
      ['every character percent-escaped', percentAll(secret)],
      ['every character percent-escaped, upper-case hex', percentAll(secret).toUpperCase()],
      ['some characters as JSON \\u escapes', 'FAKE-secret\\u002fValue\\u002B42'],
      ['every character as a JSON \\u escape', jsonAll(secret)],
      ['JSON and percent escapes mixed', '\\u0046AKE-secret\\/Value%2b42'],
      ['upper-cased', secret.toUpperCase()],
      ['lower-cased', secret.toLowerCase()],
      ['lower-cased and percent-escaped', encodeURIComponent(secret.toLowerCase())],
      ['HTML character references, decimal and hex', '&#70;AKE-secret&#x2F;Value&#43;42'],
      ['every character as an HTML reference', [...secret].map((c) => `&#${c.charCodeAt(0)};`).join('')],
      ['percent-escaped twice', 'FAKE-secret%252FValue%252b42'],
      ['percent-escaped three times', encodeURIComponent(encodeURIComponent(encodeURIComponent(secret)))],
      ['an HTML reference to a percent escape', 'FAKE-secret&#37;2FValue%2B42'],
      ['in base64, padded', Buffer.from(secret).toString('base64')],
      ['in URL-safe base64, unpadded', Buffer.from(secret).toString('base64url')],
      // RFC 6749 §2.3.1: form-encoded, then put in base64 (kittiwake).
      ['in base64 after percent-encoding', Buffer.from(encodeURIComponent(secret)).toString('base64')],
      ['in base64 after lower-case percent-encoding',
        Buffer.from(encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()))
          .toString('base64')],
      ['in base64 after upper-casing', Buffer.from(secret.toUpperCase()).toString('base64')],
      ['in URL-safe base64 after lower-casing',
        Buffer.from(secret.toLowerCase()).toString('base64url')],
      ['as hex digits, lower-case', Buffer.from(secret).toString('hex')],
      ['as hex digits, upper-case', Buffer.from(secret).toString('hex').toUpperCase()],
      ['as hex digits after upper-casing', Buffer.from(secret.toUpperCase()).toString('hex')],
      // A gateway that dumps the bytes of the URL or form body it was sent (tern).
      ['as hex digits after percent-encoding', Buffer.from(encodeURIComponent(secret)).toString('hex')],
      ['as upper-case hex digits after lower-case percent-encoding',
        Buffer.from(encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()))
          .toString('hex').toUpperCase()],
      // A gateway that logs a Basic header it was sent in base64 encodes it again.
      ['in base64 twice, padded', Buffer.from(Buffer.from(secret).toString('base64')).toString('base64')],
      ['in URL-safe base64 of URL-safe base64',
        Buffer.from(Buffer.from(secret).toString('base64url')).toString('base64url')],
      // Python's repr of bytes and C-style dumps.
      ['as the \\x escape of each byte', [...Buffer.from(secret)]
        .map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('')],
      ['as \\x escapes in part, upper-case hex', 'FAKE\\x2Dsecret\\x2fValue\\x2B42'],
      // Some dumps write the escape with a capital X; it leaked whole.
      ['as the \\X escape of each byte', [...Buffer.from(secret)]
        .map((byte) => `\\X${byte.toString(16).padStart(2, '0')}`).join('')],
      ['as \\X and \\x escapes mixed, in part', 'FAKE\\X2Dsecret\\x2fValue\\X2b42'],
      ['as \\x escapes inside a JSON string', JSON.stringify('FAKE-secret\\x2fValue\\x2b42').slice(1, -1)],
      ['with its "+" sent unescaped in a form body, so read as a space', 'FAKE-secret/Value 42'],
      ['with its "+" read as a space, then percent-escaped', 'FAKE-secret%2FValue%2042'],
      ['with its case swapped', swapCase(secret)],
      ['with its case swapped and JSON-escaped in part', swapCase(secret).replace('/', '\\u002F')],
    ])('%s', (_, written) => {
      expect(secrets.scrub(`before ${written} after`)).toBe('before [REDACTED] after');
    });

    test('in the base64 of "id:secret" with the secret form-encoded, the secret\'s part goes', () => {
      const basic = Buffer.from(`fake-id:${encodeURIComponent(secret)}`).toString('base64');
      // The id is no secret here: the digits that hold only its bits stay.
      expect(secrets.scrub(`before ${basic} after`)).toBe('before ZmFrZS1pZD[REDACTED] after');
    });

    test('a secret that holds an escape itself is found as it is and encoded', () => {
      const odd = new Secrets();
      odd.add('FAKE%41\\nsecret');
      expect(odd.scrub('a FAKE%41\\nsecret b FAKE%2541%5Cnsecret c'))
        .toBe('a [REDACTED] b [REDACTED] c');
    });

    test('characters beyond ASCII, escaped as UTF-8 bytes or UTF-16 units', () => {
      const wide = new Secrets();
      wide.add('FAKE-s\u00e9cret-\u{1F600}');
      expect(wide.scrub(`a ${encodeURIComponent('FAKE-s\u00e9cret-\u{1F600}')} b ` +
        'FAKE-s\\u00E9cret-\\ud83d\\uDE00 c')).toBe('a [REDACTED] b [REDACTED] c');
      expect(wide.scrub('a FAKE-s\\xc3\\xA9cret-\\xf0\\x9f\\x98\\x80 b')).toBe('a [REDACTED] b');
      expect(wide.scrub('a FAKE-s\\Xc3\\xA9cret-\\XF0\\x9f\\X98\\x80 b')).toBe('a [REDACTED] b');
    });

    test('upper-cased and in base64 inside the base64 of "id:secret", the secret\'s part goes', () => {
      const basic = Buffer.from(`FAKE-ID:${secret.toUpperCase()}`).toString('base64');
      expect(secrets.scrub(`before ${basic} after`)).toBe('before RkFLRS1JRD[REDACTED] after');
    });

    test('as hex digits inside a longer hex text, the secret\'s digits go', () => {
      const hex = Buffer.from(`FAKE-ID:${secret};`).toString('hex').toUpperCase();
      expect(secrets.scrub(`before ${hex} after`)).toBe('before 46414B452D49443A[REDACTED]3B after');
    });

    test.each([0, 1, 2])('in base64 inside a longer base64 text, %i bytes into a group', (lead) => {
      const whole = Buffer.from(`Basic FAKE-client-id${'y'.repeat(lead)}:${secret}-tail`);
      const encoded = whole.toString('base64');
      const [before, after] = secrets.scrub(encoded).split('[REDACTED]');
      // All the digits that hold the secret's bits are cut out, and only those.
      const first = Math.floor((8 * (whole.length - secret.length - 5)) / 6);
      const last = Math.ceil((8 * (whole.length - 5)) / 6);
      expect([before, after]).toEqual([encoded.slice(0, first), encoded.slice(last)]);
    });

    test('a secret with characters HTML escapes by name, escaped so', () => {
      const marked = new Secrets();
      marked.add('FAKE&sec<r>"et\'');
      expect(marked.scrub('a FAKE&amp;sec&lt;r&gt;&quot;et&apos; b FAKE&AMP;sec&LT;r&GT;&QUOT;et&#39; c'))
        .toBe('a [REDACTED] b [REDACTED] c');
    });

    // A form encoder writes a space as "+" and a "+" as "%2B": only a "+" as written is a space.
    test('a value with spaces is found with "+" for them, but not with an escaped "+"', () => {
      const spaced = new Secrets();
      spaced.add('FAKE token value');
      expect(spaced.scrub('a FAKE+token+value b FAKE+token+value%21 c'))
        .toBe('a [REDACTED] b [REDACTED]%21 c');
      const others = 'FAKE%2Btoken%2Bvalue FAKE\\u002Btoken\\u002bvalue FAKE&#43;token&#x2b;value';
      expect(spaced.scrub(others)).toBe(others);
    });

    test('a value with spaces is found with "+" for some and "%20" for others', () => {
      const spaced = new Secrets();
      spaced.add('FAKE token value here');
      expect(spaced.scrub('a FAKE+token%20value+here b FAKE%20token+value%2bhere c'))
        .toBe('a [REDACTED] b FAKE%20token+value%2bhere c');
    });

    test('a body without the secret, and short pieces of it in any form, are kept as they are', () => {
      const body = JSON.stringify({ message: 'Invalid client secret for client FAKE-id',
        code: 'bad.credentials', status: 401, details: ['secret/Value+42', 'FAKE%2Dsecret', '\\x46\\x41\\x4b\\x45 46414b45',
          Buffer.from('FAKE-sec').toString('base64'), Buffer.from(Buffer.from('FAKE').toString('base64'))
            .toString('base64'), Buffer.from(encodeURIComponent('FAKE-secret/')).toString('hex'),
          'a+b c%20d'] });
      expect(secrets.scrub(body)).toBe(body);
    });

    test('a character whose lower case is longer is matched as it is', () => {
      const dotted = new Secrets();
      dotted.add('FAKE-\u0130-secret');
      expect(dotted.scrub('a fake-\u0130-SECRET b FAKE-i-secret c'))
        .toBe('a [REDACTED] b FAKE-i-secret c');
    });

    test('text near a secret, and escapes that decode to something else, are kept', () => {
      const kept = 'FAKE-secret/Value+43 FAKE-secret%2FValue%2B4 %zz \\q \\u00 %E2%82 &#0; ' +
        '&#x110000; &bogus; &#47 FAKE-secret%252FValue%252B4';
      expect(secrets.scrub(kept)).toBe(kept);
    });
  });
  test.each([
    [{}, 0], [{ refused: 1 }, 1], [{ unusable: 1, refused: 1 }, 2], [{ failed: 1, refused: 1 }, 3],
    [{ unresolved: 1 }, 3], [{ unusable: 1, failed: 1 }, 3], [{ unusable: 1, unresolved: 1 }, 3],
    [{ unusable: 1, notSent: 1 }, 3], [{ sent: 1, unrecorded: 1 }, 3],
  ])('%j exits %i', (partial, code) => {
    const zero = { sent: 0, alreadySent: 0, refused: 0, unusable: 0, failed: 0, unresolved: 0,
      notSent: 0, unrecorded: 0 };
    expect(sendExitCode({ ...zero, ...partial })).toBe(code);
  });
  test.each([[0, 2], [1, 2], [2, 2], [3, 3], [130, 130]] as const)(
    'a lock left behind turns exit %i into %i', (code, after) => {
      expect(exitWithLockLeft(code)).toBe(after);
    });
});

// A lock that became a folder is no permissions problem (sandpiper).
test.each([
  ['EACCES', 'Check the permissions of its folder'],
  // Another user's lock in a sticky folder (/tmp): a permissions problem, not a folder.
  ['EPERM', 'Check the permissions of its folder'],
  ['EISDIR', 'Check what the lock path holds (it should be a file this tool made, not a folder)'],
  ['ERR_FS_EISDIR', 'Check what the lock path holds (it should be a file this tool made, not a folder)'],
])('a lock not deleted for %s is told what to look at', (reason, told) => {
  expect(whyNotDeleted(reason)).toBe(told);
});
