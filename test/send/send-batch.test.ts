// sendBatch with a scripted API client: which bodies are sent, failed or not sent, from the
// answers alone, with no server, clock or journal file.
import { expect, test } from '@jest/globals';
import { resolveEndpoint } from '../../src/endpoints/resolve-endpoint.js';
import { planRequest } from '../../src/send/build-request.js';
import { Journal, journalKey } from '../../src/send/journal.js';
import { DEFAULT_BOUNDS, type Answer } from '../../src/send/retry-policy.js';
import type { ApiClient } from '../../src/send/sdk-client.js';
import { sendBatch, type ItemResult, type SendItem } from '../../src/send/send-batch.js';

function items(count: number): SendItem[] {
  const endpoint = resolveEndpoint('create-call');
  if (!endpoint.ok) throw new Error(endpoint.message);
  return Array.from({ length: count }, (_, i) => {
    const planned = planRequest(endpoint.endpoint, `{"phoneNumber":"+1317555014${i}"}`,
      { fromPath: undefined, fromFlags: {} });
    if (!planned.ok) throw new Error(planned.message);
    return { input: `b${i}.json`, request: planned.request, key: journalKey(planned.request) };
  });
}

/** Runs a batch whose API client gives the scripted answers in turn; returns each body's result. */
async function runBatch(answers: Answer[], count: number): Promise<Array<[string, ItemResult['kind']]>> {
  const client: ApiClient = {
    apiOrigin: 'https://api.example.test',
    loginOrigin: 'https://login.example.test',
    loginClientCredentials: async () => 'token',
    useToken: () => undefined,
    call: async () => answers.shift() ?? { kind: 'response', status: 200, headers: {}, body: {} },
  };
  const results: Array<[string, ItemResult['kind']]> = [];
  await sendBatch(items(count), { concurrency: 1, bounds: { ...DEFAULT_BOUNDS, maxFaultRetries: 0 }, resend: false,
    retryUnknownOutcome: false }, {
    client, credentials: { kind: 'access-token', token: 'token' }, journal: Journal.open(undefined),
    sleep: async () => undefined, random: () => 0.5, now: () => new Date(0),
    onResult: (item, result) => results.push([item.input, result.kind]), onToken: () => undefined,
    scrub: (text) => text,
  });
  return results;
}

const refused: Answer = { kind: 'unreachable', message: 'could not connect to api.example.test (ECONNREFUSED)' };

test('a run that never connected stops after its first body cannot', async () => {
  expect(await runBatch([refused, refused, refused], 3))
    .toEqual([['b0.json', 'failed'], ['b1.json', 'not-sent'], ['b2.json', 'not-sent']]);
});

test('once a request has connected, a refused connection fails its body only', async () => {
  const accepted: Answer = { kind: 'response', status: 200, headers: {}, body: { id: 'c1' } };
  expect(await runBatch([accepted, refused, refused], 3))
    .toEqual([['b0.json', 'sent'], ['b1.json', 'failed'], ['b2.json', 'failed']]);
});
