import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/lint/lint-text.js';
import { runCli } from '../support/run-cli.js';
import { ruleTable } from '../support/rule-table.js';

const lines = (...rows: string[]): string => rows.join('\n');

const QUEUE = '2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b';
const USER = '9c6f5070-8b03-4726-beda-883420184a49';

// Names null once: "it is null", not "it is null null".
const NAMES_NULL_ONCE = /^(?!.*\bnull null\b).*\bnull\b/;

ruleTable('not-an-object', {
  accept: [
    {
      name: 'attributes as a map of strings',
      body: '{"phoneNumber":"+13175550142","attributes":{"crmId":"A-17"}}',
    },
    {
      name: 'destination as an object',
      endpoint: 'consult',
      body: `{"speakTo":"DESTINATION","destination":{"queueId":"${QUEUE}"}}`,
    },
    {
      name: 'routingData and data as objects',
      endpoint: 'create-callback',
      body: `{"routingData":{"queueId":"${QUEUE}"},"callbackNumbers":["+13175550142"],"data":{}}`,
    },
    { name: 'a transfer body', endpoint: 'replace', body: `{"userId":"${USER}"}` },
    { name: 'null as the body (empty-body instead)', body: 'null' },
    {
      name: 'an object where a string belongs (wrong-type instead)',
      body: '{"phoneNumber":{"number":"+13175550142"}}',
    },
  ],
  reject: [
    {
      name: 'a top-level list of bodies',
      body: lines('[', '  {"phoneNumber": "+13175550142"}', ']'),
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'a list' }],
    },
    {
      name: 'a top-level list on the second line of a transfer body',
      endpoint: 'replace',
      body: `\n[{"userId":"${USER}"}]`,
      findings: [{ pointer: '', line: 2, column: 1, severity: 'error', message: 'a list' }],
    },
    {
      name: 'a bare number string as the body',
      body: '"+13175550142"',
      findings: [
        { pointer: '', line: 1, column: 1, severity: 'error', message: '"+13175550142"' },
      ],
    },
    {
      name: 'destination as a string',
      endpoint: 'consult',
      body: '{"speakTo":"DESTINATION","destination":"+13175550142"}',
      findings: [
        {
          pointer: '/destination',
          line: 1,
          column: 40,
          severity: 'error',
          message: '"+13175550142"',
        },
      ],
    },
    {
      name: 'destination as null',
      endpoint: 'consult',
      body: lines('{', '  "speakTo": "BOTH",', '  "destination": null', '}'),
      findings: [
        {
          pointer: '/destination',
          line: 3,
          column: 18,
          severity: 'error',
          message: NAMES_NULL_ONCE,
        },
      ],
    },
    {
      name: 'routingData as a string',
      endpoint: 'create-callback',
      body: lines(
        '{',
        '  "callbackNumbers": ["+13175550142"],',
        `  "routingData": "${QUEUE}"`,
        '}',
      ),
      findings: [
        { pointer: '/routingData', line: 3, column: 18, severity: 'error', message: `"${QUEUE}"` },
      ],
    },
    {
      name: 'attributes as a string',
      body: '{"phoneNumber":"+13175550142","attributes":"vip"}',
      findings: [
        { pointer: '/attributes', line: 1, column: 44, severity: 'error', message: '"vip"' },
      ],
    },
    {
      name: 'callback data as a list',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["+13175550142"],"data":["vip"]}`,
      findings: [{ pointer: '/data', line: 1, column: 93, severity: 'error', message: '["vip"]' }],
    },
    {
      name: 'a participants entry as a string',
      endpoint: 'create-call-for-user',
      body: '{"participants":["+13175550142"]}',
      findings: [
        {
          pointer: '/participants/0',
          line: 1,
          column: 18,
          severity: 'error',
          message: '"+13175550142"',
        },
      ],
    },
  ],
});

const WRAPUP_CODE = '5e0b7a47-3c1d-4f8e-9b2a-6d4c8e1f0a93';

/** The message and hint of the rule's one finding on the body. */
function saidOf(body: string, endpoint?: string): { message: string; hint: string } {
  const found = lintText(body, endpoint === undefined ? {} : { endpoint }).findings
    .filter((f) => f.ruleId === 'not-an-object');
  expect(found).toHaveLength(1);
  return { message: found[0]!.message, hint: found[0]!.hint };
}

describe('a string where an object belongs: the hint names the member it goes in', () => {
  // Once only destination's number and routingData's queue were told; wrapup said no more than
  // "Replace it with a JSON object (WrapupInput)".
  test.each([
    ['a wrap-up code id as wrapup', 'update-call-participant', `{"wrapup":"${WRAPUP_CODE}"}`,
      `Write {"code": "${WRAPUP_CODE}"}.`],
    ['a number as destination', 'consult', '{"speakTo":"BOTH","destination":"+13175550142"}',
      'Write {"address": "+13175550142"}.'],
    ['an id as destination: a user or a queue', 'consult',
      `{"speakTo":"BOTH","destination":"${USER}"}`,
      `Write {"userId": "${USER}"} or {"queueId": "${USER}"}.`],
    // RoutingData requires queueId: its language skill id is no guess for a lone id.
    ['an id as routingData', 'create-callback',
      `{"callbackNumbers":["+13175550142"],"routingData":"${QUEUE}"}`,
      `Write {"queueId": "${QUEUE}"}.`],
    ['a number as a participants entry', 'create-call',
      '{"participants":["+13175550142"]}', 'Write {"address": "+13175550142"}.'],
    ['a number as the body', 'create-call', '"+13175550142"',
      'Write {"phoneNumber": "+13175550142"}.'],
    ['a state as the body', 'update-call-participant', '"disconnected"',
      'Write {"state": "disconnected"}.'],
    // Free text fits any string, so a name says nothing: what the object holds is said instead.
    ['a name as destination', 'consult', '{"speakTo":"BOTH","destination":"Pat"}',
      'Replace it with a Destination object naming its party by exactly one of "address", ' +
      '"userId" or "queueId".'],
    // Where the model names its entity by one id member, the hint says which.
    ['a name as wrapup', 'update-call-participant', '{"wrapup":"Sale"}',
      'Replace it with a WrapupInput object; its "code" takes the wrap-up code id (a UUID).'],
    ['a queue\'s name as routingData', 'create-callback',
      '{"callbackNumbers":["+13175550142"],"routingData":"Support"}',
      'Replace it with a RoutingData object; its "queueId" takes the queue id (a UUID).'],
    ['a word as the participant PATCH', 'update-call-participant', '"hold"',
      'Replace it with a MediaParticipantRequest object.'],
  ])('%s', (_name, endpoint, body, hint) => {
    expect(saidOf(body, endpoint).hint).toBe(hint);
  });
});

describe('a string holding the JSON of the object: encoded twice', () => {
  const TWICE = '"{\\"phoneNumber\\":\\"+13175550142\\"}"';

  test('the body: said so, with the object it holds, and fixed by decoding it once', () => {
    const { message, hint } = saidOf(TWICE);
    expect(message).toMatch(/, whose text is JSON: the object was encoded twice\.$/);
    expect(hint).toBe('Decode it once and send the object it holds, ' +
      '{"phoneNumber":"+13175550142"}, not its text in a string.');
    const finding = lintText(TWICE).findings[0]!;
    expect(finding.fix?.ops).toEqual([
      { op: 'replace-value', pointer: '', value: { phoneNumber: '+13175550142' } }]);
  });

  test('a member, too', () => {
    const body = '{"speakTo":"BOTH","destination":"{\\"address\\":\\"+13175550142\\"}"}';
    expect(saidOf(body, 'consult').hint).toContain('{"address":"+13175550142"}');
  });

  test('a logged request whose body string holds the body\'s JSON as a string', async () => {
    const record = JSON.stringify({ method: 'POST', url: 'https://api.mypurecloud.com/api/v2/' +
      'conversations/calls', body: JSON.stringify(JSON.stringify({ phoneNumber: '+13175550142' })) });
    const run = await runCli(['--no-config', '-f', 'json', '--stdin-filename', 'app.ndjson', '-'],
      { stdin: `${record}\n` });
    const [finding] = (JSON.parse(run.stdout) as { results: Array<{ findings: Array<{
      rule: string; message: string; hint: string }> }> }).results[0]!.findings;
    expect(finding).toMatchObject({ rule: 'not-an-object',
      message: expect.stringContaining('the object was encoded twice'),
      hint: expect.stringContaining('{"phoneNumber":"+13175550142"}') });
  });

  test('a string that holds a list, a number or broken JSON is no object encoded twice', () => {
    for (const text of ['"[{}]"', '"{\\"a\\":}"', '"42"']) {
      expect(saidOf(text).message).not.toContain('encoded twice');
    }
  });
});
