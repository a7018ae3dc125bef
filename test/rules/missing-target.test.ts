import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/lint/lint-text.js';
import { ruleTable } from '../support/rule-table.js';

const lines = (...rows: string[]): string => rows.join('\n');

const QUEUE = '2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b';
const USER = '9c6f5070-8b03-4726-beda-883420184a49';
const NUMBERS = '["+13175550142"]';

// Reported at the object that names nobody, located at its opening brace.
ruleTable('missing-target', {
  accept: [
    {
      name: 'a queue call with a callFromQueueId modifier',
      body: `{"callQueueId":"${QUEUE}","callFromQueueId":"${QUEUE}","priority":2}`,
    },
    {
      name: 'a conference of participants',
      body: `{"participants":[{"address":"+13175550142"},{"userId":"${USER}"}]}`,
    },
    { name: 'a merge of conversations', body: `{"conversationIds":["${USER}"]}` },
    {
      name: 'a consult destination naming a queue (name is only a label)',
      endpoint: 'consult',
      body: `{"speakTo":"DESTINATION","destination":{"queueId":"${QUEUE}","name":"Support"}}`,
    },
    {
      name: 'a transfer to voicemail with no target',
      endpoint: 'replace',
      body: '{"voicemail":true}',
    },
    {
      name: 'a transfer to a user with userName',
      endpoint: 'conversation-replace',
      body: `{"userId":"${USER}","userName":"alice"}`,
    },
    {
      name: 'a callback with routingData only',
      endpoint: 'create-callback',
      body: `{"routingData":{"queueId":"${QUEUE}"},"callbackNumbers":${NUMBERS}}`,
    },
    {
      name: 'a callback with both queueId and routingData',
      endpoint: 'create-callback',
      body:
        `{"queueId":"${QUEUE}","routingData":{"queueId":"${QUEUE}"},` +
        `"callbackNumbers":${NUMBERS}}`,
    },
    {
      name: 'an agent transfer to voicemail (no user needed)',
      endpoint: 'replace-agent',
      body: '{"voicemail":true}',
    },
    {
      name: 'a queue transfer by queue name only',
      endpoint: 'replace-queue',
      body: '{"queueName":"Support"}',
    },
    {
      name: 'participants to add, one of each kind',
      endpoint: 'add-participants',
      body:
        `{"startTime":"2026-01-02T16:59:59Z","participants":[{"address":"+13175550142"},` +
        `{"userId":"${USER}"},{"queueId":"${QUEUE}"}]}`,
    },
    {
      name: 'a callback whose routingData lacks queueId (missing-required instead)',
      endpoint: 'create-callback',
      body: `{"routingData":{"priority":1},"callbackNumbers":${NUMBERS}}`,
    },
  ],
  reject: [
    {
      name: 'a call with only modifiers',
      body: `{"callerId":"+13175550100","callFromQueueId":"${QUEUE}"}`,
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'phoneNumber' }],
    },
    {
      name: 'a call whose targets are all empty strings',
      body: lines('{', '  "phoneNumber": "",', '  "callUserId": ""', '}'),
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: /empty/ }],
    },
    {
      name: 'a call with empty participants and conversationIds lists',
      body: '{"participants":[],"conversationIds":[]}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'participants' }],
    },
    {
      name: 'a call whose only target is an invented "to"',
      body: '{"to":"+13175550142"}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'phoneNumber' }],
    },
    {
      name: 'a call for a user with only a caller name, after a blank line',
      endpoint: 'create-call-for-user',
      body: '\n{"callerIdName":"Support"}',
      findings: [{ pointer: '', line: 2, column: 1, severity: 'error', message: 'callUserId' }],
    },
    {
      name: 'a participants entry with only a name',
      body: lines(
        '{',
        '  "participants": [',
        '    {"address": "+13175550142"},',
        '    {"name": "Alice"}',
        '  ]',
        '}',
      ),
      findings: [
        { pointer: '/participants/1', line: 4, column: 5, severity: 'error', message: 'address' },
      ],
    },
    {
      name: 'an empty consult destination',
      endpoint: 'consult',
      body: lines('{', '  "speakTo": "DESTINATION",', '  "destination": {}', '}'),
      findings: [
        { pointer: '/destination', line: 3, column: 18, severity: 'error', message: 'userId' },
      ],
    },
    {
      name: 'a consult destination with only a name',
      endpoint: 'consult',
      body: '{"speakTo":"BOTH","destination":{"name":"Alice"}}',
      findings: [
        { pointer: '/destination', line: 1, column: 33, severity: 'error', message: 'queueId' },
      ],
    },
    {
      name: 'a transfer with voicemail false',
      endpoint: 'replace',
      body: lines('{', '  "transferType": "Unattended",', '  "voicemail": false', '}'),
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'address' }],
    },
    {
      name: 'a transfer with only a user name',
      endpoint: 'conversation-replace',
      body: '{"userName":"alice"}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'userId' }],
    },
    {
      name: 'a transfer whose address is an empty string',
      endpoint: 'callback-replace',
      body: '{"address":""}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: /empty/ }],
    },
    {
      name: 'a callback with no queue',
      endpoint: 'create-callback',
      body: `{"callbackNumbers":${NUMBERS},"callbackUserName":"Alice"}`,
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'queueId' }],
    },
    {
      name: 'a consult of an agent without userId (inferred: warning)',
      endpoint: 'consult-agent',
      body: '{"speakTo":"DESTINATION","userDisplayName":"Alice"}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'warning', message: '"userId" is not set' }],
    },
    {
      name: 'a consult of an address without address (inferred: warning)',
      endpoint: 'consult-address',
      body: '{"speakTo":"BOTH"}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'warning', message: 'address' }],
    },
    {
      name: 'a queue transfer naming no queue (stated code: error)',
      endpoint: 'replace-queue',
      body: '{"transferType":"Attended"}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'queueName' }],
    },
    {
      name: 'an agent transfer with voicemail false and no user',
      endpoint: 'replace-agent',
      body: '{"voicemail":false,"userDisplayName":"Alice"}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'userName' }],
    },
    {
      name: 'a participant to add that names nobody (warning)',
      endpoint: 'add-participants',
      body: '{"startTime":"2026-01-02T16:59:59Z","participants":[{"name":"Alice"}]}',
      findings: [{ pointer: '/participants/0', line: 1, column: 53, severity: 'warning' }],
    },
    {
      name: 'a conference update with an empty list',
      endpoint: 'update-conference',
      body: '{"conversationIds":[]}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'empty lists' }],
    },
    {
      name: 'a merge whose only conversation id is an empty string',
      body: '{"conversationIds":[""]}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'empty strings' }],
    },
    {
      name: 'a conference update whose list holds only empty strings',
      endpoint: 'update-conference',
      body: '{"conversationIds":["",""]}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'empty strings' }],
    },
    {
      name: 'a callback whose queueId is an empty string',
      endpoint: 'create-callback',
      body: lines('{', '  "queueId": "",', `  "callbackNumbers": ${NUMBERS}`, '}'),
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: /empty/ }],
    },
  ],
});

describe('missing-target hints', () => {
  test('a callback without a queue is told that queueId and routingData may go together', () => {
    const body = `{"callbackNumbers":${NUMBERS}}`;
    const [finding] = lintText(body, { endpoint: 'create-callback' }).findings.filter(
      (f) => f.ruleId === 'missing-target',
    );
    // Labelling rule 2: queueId or routingData, both together allowed; "exactly one" is wrong.
    expect(finding?.hint).not.toMatch(/exactly one/i);
  });

  // The hint is followed as written: the value it moves out of "to" is linted where it lands.
  const hintOf = (body: string, endpoint = 'create-call'): string | undefined =>
    lintText(body, { endpoint }).findings.find((f) => f.ruleId === 'missing-target')?.hint;

  test('a "to" number the target member accepts is moved there as it is', () => {
    expect(hintOf('{"to":"tel:+13175550142"}'))
      .toBe('Move the number from "to" into "phoneNumber": "+13175550142".');
  });

  test.each([
    ['create-call', '{"to":"tel:abc"}', 'Move the number from "to" into "phoneNumber", with a ' +
      'value "phoneNumber" takes: as it is, /phoneNumber is "abc", which is not a phone number: ' +
      'it contains letters.'],
    ['create-call', '{"participants":[{"to":"tel:abc"}]}', 'Move the number from "to" into ' +
      '"address", with a value "address" takes: as it is, /participants/0/address is "abc", ' +
      'which is not a phone number: it contains letters.'],
  ])('on %s, %s: a number the member refuses is not moved as it is', (endpoint, body, hint) => {
    expect(hintOf(body, endpoint)).toBe(hint);
  });

  // It gave the move alone, while unknown-field's hint of "to" said the word beside it stops it.
  test.each(['agent', 'callback'])('a "type": "%s" beside a "to" gets the note unknown-field ' +
    'gives', (word) => {
    const body = `{"to":"+13175550142","type":"${word}"}`;
    const to = lintText(body).findings.find((f) => f.pointer === '/to')?.hint ?? '?';
    const note = to.slice(to.indexOf(' Not fixed for you: '));
    expect(note).toContain(`"type" is "${word}"`);
    expect(hintOf(body))
      .toBe(`Move the number from "to" into "phoneNumber": "+13175550142".${note}`);
  });

  // A "to" holding its number as a JSON number got "Set exactly one of phoneNumber, ...", while
  // unknown-field named phoneNumber, the quoted form and the kind word that disagrees with it.
  const quoted = 'Put the value in quotes: "+13175550142" if it starts with the country code ' +
    '(a JSON number cannot keep the + sign).';
  test.each([
    ['create-call', '{"to":13175550142}', '"phoneNumber"', ''],
    ['create-call', '{"to":{"type":"agent","number":13175550142}}', '"phoneNumber"',
      ' Not fixed for you: "type" is "agent", which contradicts "number", holding a number ' +
      '(13175550142); decide which party is meant.'],
    ['create-call', '{"to":13175550142,"type":"agent"}', '"phoneNumber"',
      ' Not fixed for you: "type" is "agent", which contradicts "to", holding a number ' +
      '(13175550142); decide which party is meant.'],
    ['replace', '{"to":{"number":13175550142}}', '"address"', ''],
  ])('on %s, %s: a JSON-number "to" is moved into %s, quoted', (endpoint, body, real, note) => {
    expect(hintOf(body, endpoint)).toBe(`Move the number from "to" into ${real}, holding the ` +
      `number as a string. ${quoted}${note}`);
    // Word for word what unknown-field says of that "to", after the member it names.
    const to = lintText(body, { endpoint }).findings.find((f) => f.pointer === '/to')?.hint;
    expect(to).toBe(`Replace "to" with ${real}, holding the number as a string. ${quoted}${note}`);
  });

  test('a JSON-number "to" on a callback, which calls back numbers, moves no queue', () => {
    const body = '{"callbackNumbers":["+13175550142"],"to":13175550142}';
    expect(hintOf(body, 'create-callback')).toBe('Set queueId or routingData, or both.');
  });

  test('a word inside a "to" and one beside it are both said, as unknown-field says them', () => {
    const body = '{"to":{"type":"user","phoneNumber":"+13175550142"},"type":"agent"}';
    const to = lintText(body).findings.find((f) => f.pointer === '/to')?.hint ?? '?';
    expect(hintOf(body)).toBe(`Move the number from "to" into "phoneNumber": "+13175550142".` +
      to.slice(to.indexOf(' Not fixed for you: ')));
    expect(hintOf(body)?.match(/Not fixed for you/g)).toHaveLength(2);
  });
});

// It hinted moving the user from "to" into "callUserId", a body neither endpoint takes.
test('a body written for another endpoint gets the note unknown-field gives, not the move', () => {
  const body = '{"speakTo":"DESTINATION","to":{"type":"user",' +
    '"id":"2c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"}}';
  const findings = lintText(body).findings;
  const speakTo = findings.find((f) => f.ruleId === 'unknown-field' && f.pointer === '/speakTo');
  const hint = findings.find((f) => f.ruleId === 'missing-target')?.hint;
  expect(hint).not.toContain('callUserId');
  expect(hint).toMatch(/^The body looks written for another endpoint: "speakTo" is a member of /);
  // The advice is the one unknown-field gives for "speakTo", word for word.
  expect(hint).toContain(speakTo?.hint.replace(/ If the body is meant for .*$/, '') ?? '?');
});
