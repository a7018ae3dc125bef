import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/lint/lint-text.js';
import { ruleTable } from '../support/rule-table.js';

const lines = (...rows: string[]): string => rows.join('\n');

const QUEUE = '2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b';
const USER = '9c6f5070-8b03-4726-beda-883420184a49';
const NUMBERS = '["+13175550142"]';

// Reported at the offending value. Object-typed locations are not-an-object, never wrong-type.
ruleTable('wrong-type', {
  accept: [
    {
      name: 'an integer priority at the int32 limit',
      body: `{"callQueueId":"${QUEUE}","priority":2147483647}`,
    },
    {
      name: 'priority 5.0 (an integral number is an integer in JSON)',
      body: `{"callQueueId":"${QUEUE}","priority":5.0}`,
    },
    {
      name: 'attributes holding strings only',
      body: '{"phoneNumber":"+13175550142","attributes":{"accountId":"12345"}}',
    },
    {
      name: 'a callback with a list of numbers and boolean validation',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":${NUMBERS},"validateCallbackNumbers":true}`,
    },
    { name: 'voicemail as a boolean', endpoint: 'replace', body: '{"voicemail":true}' },
    {
      name: 'attributes as a string (not-an-object instead)',
      body: '{"phoneNumber":"+13175550142","attributes":"vip"}',
    },
    {
      name: 'destination as a string (not-an-object instead)',
      endpoint: 'consult',
      body: '{"speakTo":"DESTINATION","destination":"+13175550142"}',
    },
    {
      name: 'a read-only id and selfUri as numbers (read-only-member removes them)',
      endpoint: 'update-call',
      body: '{"id":5,"state":"disconnected","selfUri":7}',
    },
  ],
  reject: [
    {
      name: 'priority 1.5',
      body: '{"phoneNumber":"+13175550142","priority":1.5}',
      findings: [{ pointer: '/priority', line: 1, column: 42, severity: 'error', message: '1.5' }],
    },
    {
      name: 'priority "1" (a string)',
      body: '{"phoneNumber":"+13175550142","priority":"1"}',
      findings: [{ pointer: '/priority', line: 1, column: 42, severity: 'error', message: '"1"' }],
    },
    {
      name: 'priority beyond the 32-bit range',
      endpoint: 'create-call-for-user',
      body: '{"phoneNumber":"+13175550142","priority":3000000000}',
      findings: [
        { pointer: '/priority', line: 1, column: 42, severity: 'error', message: '3000000000' },
      ],
    },
    {
      name: 'callbackNumbers as a string',
      endpoint: 'create-callback',
      body: lines('{', `  "queueId": "${QUEUE}",`, '  "callbackNumbers": "+13175550142"', '}'),
      findings: [
        {
          pointer: '/callbackNumbers',
          line: 3,
          column: 22,
          severity: 'error',
          message: '"+13175550142"',
        },
      ],
    },
    {
      name: 'a number inside callbackNumbers',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":[3175550142]}`,
      findings: [
        {
          pointer: '/callbackNumbers/0',
          line: 1,
          column: 70,
          severity: 'error',
          message: '3175550142',
        },
      ],
    },
    {
      name: 'a number in attributes',
      body: lines(
        '{',
        '  "phoneNumber": "+13175550142",',
        '  "attributes": {',
        '    "accountId": 12345',
        '  }',
        '}',
      ),
      findings: [
        {
          pointer: '/attributes/accountId',
          line: 4,
          column: 18,
          severity: 'error',
          message: '12345',
        },
      ],
    },
    {
      name: 'a boolean in callback data',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":${NUMBERS},"data":{"vip":true}}`,
      findings: [
        { pointer: '/data/vip', line: 1, column: 100, severity: 'error', message: 'true' },
      ],
    },
    {
      name: 'routingData.priority as a word',
      endpoint: 'create-callback',
      body: `{"routingData":{"queueId":"${QUEUE}","priority":"high"},"callbackNumbers":${NUMBERS}}`,
      findings: [
        {
          pointer: '/routingData/priority',
          line: 1,
          column: 77,
          severity: 'error',
          message: '"high"',
        },
      ],
    },
    {
      name: 'numbers for speakTo and destination.address',
      endpoint: 'consult',
      body: '{"speakTo":1,"destination":{"address":13175550142}}',
      findings: [
        { pointer: '/speakTo', line: 1, column: 12, severity: 'error', message: /\b1\b/ },
        {
          pointer: '/destination/address',
          line: 1,
          column: 39,
          severity: 'error',
          message: '13175550142',
        },
      ],
    },
    {
      name: 'voicemail as the string "true"',
      endpoint: 'replace',
      body: '{"voicemail":"true"}',
      findings: [
        { pointer: '/voicemail', line: 1, column: 14, severity: 'error', message: '"true"' },
      ],
    },
    {
      name: 'keepInternalMessageAlive as "yes"',
      endpoint: 'callback-replace',
      body: `{"userId":"${USER}","keepInternalMessageAlive":"yes"}`,
      findings: [
        {
          pointer: '/keepInternalMessageAlive',
          line: 1,
          column: 77,
          severity: 'error',
          message: '"yes"',
        },
      ],
    },
    {
      name: 'participants as a single object instead of a list',
      body: '{"participants":{"address":"+13175550142"}}',
      findings: [
        {
          pointer: '/participants',
          line: 1,
          column: 17,
          severity: 'error',
          message: '{"address":"+13175550142"}',
        },
      ],
    },
    {
      name: 'callerIdName as null',
      body: '{"phoneNumber":"+13175550142","callerIdName":null}',
      findings: [
        { pointer: '/callerIdName', line: 1, column: 46, severity: 'error', message: 'null' },
      ],
    },
  ],
});

describe('wrong-type hints', () => {
  const hintFor = (body: string, pointer: string, endpoint = 'create-call'): string =>
    lintText(body, { endpoint }).findings.find(
      (f) => f.ruleId === 'wrong-type' && f.pointer === pointer,
    )?.hint ?? '';

  test('a number in a text map is quoted as it is, not turned into an E.164 number', () => {
    const body = '{"phoneNumber":"+13175550142","attributes":{"accountId":12345}}';
    const hint = hintFor(body, '/attributes/accountId');
    expect(hint).toContain('"12345"');
    expect(hint).not.toContain('E.164');
  });

  test('a number for an enum member is not called a phone number', () => {
    const body = '{"speakTo":1,"destination":{"address":"+13175550142"}}';
    const hint = hintFor(body, '/speakTo', 'consult');
    expect(hint).not.toContain('E.164');
  });

  test('a national callback number does not get a + that changes its country', () => {
    // +3175550142 would be a Dutch number; the US number 317-555-0142 is +13175550142.
    const body = `{"queueId":"${QUEUE}","callbackNumbers":[3175550142]}`;
    const hint = hintFor(body, '/callbackNumbers/0', 'create-callback');
    expect(hint).not.toContain('"+3175550142"');
  });
});

// Found by an attack: followed literally, these hints changed what is sent or did not parse.
describe('wrong-type hints keep the value as written', () => {
  const hintFor = (body: string, pointer: string): string =>
    lintText(body, { endpoint: 'create-call' }).findings.find((f) => f.pointer === pointer)?.hint ?? '';
  const QUEUE = 'a1b2c3d4-e5f6-4711-8899-aabbccddeeff';

  test.each([
    ['12345678901234567890', '"12345678901234567890"'],
    ['9007199254740993', '"9007199254740993"'],
    ['1.10', '"1.10"'],
    ['1.0', '"1.0"'],
    ['-0', '"-0"'],
    ['1e3', '"1e3"'],
  ])('a number %s in a text map is quoted with its own digits', (written, quoted) => {
    const body = `{"callQueueId":"${QUEUE}","attributes":{"a": ${written}}}`;
    expect(hintFor(body, '/attributes/a')).toBe(`Put the value in quotes: ${quoted}.`);
  });

  test('a phone number past 2^53 keeps its digits', () => {
    expect(hintFor('{"phoneNumber": 4420794609581234567}', '/phoneNumber')).toBe('Put the value ' +
      'in quotes: "+4420794609581234567" if it starts with the country code (a JSON number cannot ' +
      'keep the + sign).');
  });

  test.each([['"05"', 'Write the number without quotes: 5.'],
    ['"-007"', 'Write the number without quotes: -7.'],
    ['"99999999999"', 'Use a whole number between -2147483648 and 2147483647, without quotes.']])(
    'a quoted priority %s is told a number JSON takes and the range allows', (value, hint) => {
      expect(hintFor(`{"callQueueId":"${QUEUE}","priority":${value}}`, '/priority')).toBe(hint);
    });
});

describe('the documented score range', () => {
  const body = (score: number) => JSON.stringify({ callbackNumbers: ['+13175550100'], routingData: {
    queueId: '2c0d3e4f-1111-4222-8333-944455556666',
    scoredAgents: [{ agent: { id: '8f1b2a44-1111-4222-8333-944455556666' }, score }] } });
  test.each([[150], [-5]])('a score of %p is a warning naming 0 to 100', (score) => {
    const found = lintText(body(score), { endpoint: 'create-callback' }).findings;
    expect(found.map((f) => [f.pointer, f.ruleId, f.severity])).toEqual([
      ['/routingData/scoredAgents/0/score', 'wrong-type', 'warning']]);
    expect(found[0]!.message).toContain('outside its documented range 0 to 100');
  });
  test.each([[0], [100]])('a score of %p is in range', (score) => {
    expect(lintText(body(score), { endpoint: 'create-callback' }).findings).toEqual([]);
  });
});

describe('a string holding the JSON of the list: encoded twice', () => {
  const START = '"startTime":"2026-01-02T16:59:59Z"';
  const TWICE = '"[{\\"address\\":\\"+13175550100\\"}]"';
  const findingAt = (body: string, pointer: string, endpoint = 'create-call') =>
    lintText(body, { endpoint }).findings.find(
      (f) => f.ruleId === 'wrong-type' && f.pointer === pointer,
    );

  test('participants: said so, with the list it holds, and fixed by decoding it once', () => {
    const finding = findingAt(`{${START},"participants":${TWICE}}`, '/participants',
      'add-participants');
    expect(finding?.message).toMatch(/, whose text is JSON: the list was encoded twice\.$/);
    expect(finding?.hint).toBe('Decode it once and send the list it holds, ' +
      '[{"address":"+13175550100"}], not its text in a string.');
    expect(finding?.fix).toEqual({ description: 'Write the list the string holds, decoded once.',
      ops: [{ op: 'replace-value', pointer: '/participants',
        value: [{ address: '+13175550100' }] }] });
  });

  test('a list of ids, too', () => {
    const body = `{"phoneNumber":"+13175550142","routingSkillsIds":"[\\"${USER}\\"]"}`;
    expect(findingAt(body, '/routingSkillsIds')?.hint).toContain(`["${USER}"]`);
  });

  const QUEUED = `"queueId":"${QUEUE}"`;
  const scored = (agents: string): string => `{${QUEUED},"callbackNumbers":${NUMBERS},` +
    `"routingData":{${QUEUED},"scoredAgents":${JSON.stringify(agents)}}}`;
  const TWO = '{"address":"+13175550100","address":"+13175550101"}';

  test.each([
    ['the list holds an error of its own', 'add-participants',
      `{${START},"participants":${JSON.stringify('[{"to":"+13175550100"}]')}}`, '/participants'],
    ['a number would be written otherwise (5.0)', 'create-callback',
      scored(`[{"agent":{"id":"${USER}"},"score":5.0}]`), '/routingData/scoredAgents'],
    ['its text names a member twice', 'add-participants',
      `{${START},"participants":${JSON.stringify(`[${TWO}]`)}}`, '/participants'],
  ])('said, but no fix, when %s', (_name, endpoint, body, pointer) => {
    const finding = findingAt(body, pointer, endpoint);
    expect(finding?.message).toContain('the list was encoded twice');
    expect(finding?.fix).toBeUndefined();
  });
});

describe('a string holding the JSON of one object where a list of objects belongs', () => {
  const START = '"startTime":"2026-01-02T16:59:59Z"';
  const findingAt = (body: string, pointer: string, endpoint = 'create-call') =>
    lintText(body, { endpoint }).findings.find(
      (f) => f.ruleId === 'wrong-type' && f.pointer === pointer,
    );

  test('participants: encoded twice, the list to hold the object, fixed so', () => {
    const body = `{${START},"participants":${JSON.stringify('{"address": "+13175550100"}')}}`;
    const finding = findingAt(body, '/participants', 'add-participants');
    expect(finding?.message).toMatch(/, whose text is JSON: the object was encoded twice\.$/);
    expect(finding?.hint).toBe('Decode it once and send a list holding the object it encodes, ' +
      '[{"address":"+13175550100"}], not its text in a string.');
    expect(finding?.fix).toEqual({
      description: 'Write a list holding the object the string encodes, decoded once.',
      ops: [{ op: 'replace-value', pointer: '/participants',
        value: [{ address: '+13175550100' }] }],
    });
  });

  const QUEUED = `"queueId":"${QUEUE}"`;
  const scored = (agent: string): string => `{${QUEUED},"callbackNumbers":${NUMBERS},` +
    `"routingData":{${QUEUED},"scoredAgents":${JSON.stringify(agent)}}}`;

  test.each([
    ['the object holds an error of its own', 'add-participants',
      `{${START},"participants":${JSON.stringify('{"to":"+13175550100"}')}}`, '/participants'],
    ['a number would be written otherwise (5.0)', 'create-callback',
      scored(`{"agent":{"id":"${USER}"},"score":5.0}`), '/routingData/scoredAgents'],
    ['its text names a member twice', 'add-participants', `{${START},"participants":` +
      `${JSON.stringify('{"address":"+13175550100","address":"+13175550101"}')}}`,
    '/participants'],
  ])('said, but no fix, when %s', (_name, endpoint, body, pointer) => {
    const finding = findingAt(body, pointer, endpoint);
    expect(finding?.message).toContain('the object was encoded twice');
    expect(finding?.hint).toContain('a list holding the object it encodes');
    expect(finding?.fix).toBeUndefined();
  });

  test('a list of ids: an object is no item of it, so the plain hint stays', () => {
    const body = `{"phoneNumber":"+13175550142","routingSkillsIds":` +
      `${JSON.stringify(`{"id":"${USER}"}`)}}`;
    const finding = findingAt(body, '/routingSkillsIds');
    expect(finding?.message).not.toContain('encoded twice');
    expect(finding?.hint).toMatch(/^Wrap it in a list/);
  });
});
