import { describe, expect, test } from '@jest/globals';
import { fixText } from '../../src/fix/fix-text.js';
import { lintText } from '../../src/lint/lint-text.js';
import { ruleTable } from '../support/rule-table.js';

const lines = (...rows: string[]): string => rows.join('\n');

const QUEUE = '2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b';
const USER = '9c6f5070-8b03-4726-beda-883420184a49';
const NUMBERS = '["+13175550142"]';

// Reported at the member itself (its key), never below it: nothing inside an unknown member is
// inspected (labelling rule 1). The message names the real member where there is one.
ruleTable('unknown-field', {
  accept: [
    {
      name: 'a call with every modifier',
      body:
        `{"phoneNumber":"+13175550142","callerId":"+13175550100","callerIdName":"Support",` +
        `"callFromQueueId":"${QUEUE}","label":"sales","uuiData":"04","priority":3}`,
    },
    {
      name: 'attributes keys are free (a map, not a model)',
      body: '{"phoneNumber":"+13175550142","attributes":{"to":"x","type":"y"}}',
    },
    {
      name: 'participants entries with address and name',
      endpoint: 'create-call-for-user',
      body: '{"participants":[{"address":"+13175550142","name":"Alice"}]}',
    },
    {
      name: 'a consult with every member',
      endpoint: 'consult',
      body:
        `{"speakTo":"BOTH","consultingUserId":"${USER}",` +
        `"destination":{"queueId":"${QUEUE}","name":"Support"}}`,
    },
    {
      name: 'a transfer with every member',
      endpoint: 'replace',
      body:
        `{"transferType":"Attended","userId":"${USER}","userName":"alice",` +
        '"keepInternalMessageAlive":false,"voicemail":false}',
    },
    {
      name: 'a callback with nested routing data and a data map',
      endpoint: 'create-callback',
      body: lines(
        '{',
        `  "queueId": "${QUEUE}",`,
        '  "routingData": {',
        `    "queueId": "${QUEUE}",`,
        '    "priority": 2,',
        `    "preferredAgentIds": ["${USER}"],`,
        `    "scoredAgents": [{"agent": {"id": "${USER}", "name": "Bob"}, "score": 100}],`,
        '    "routingFlags": ["AGENT_OWNED_CALLBACK"]',
        '  },',
        `  "callbackNumbers": ${NUMBERS},`,
        '  "callbackUserName": "Alice",',
        '  "callbackScheduledTime": "2026-01-02T16:59:59.000Z",',
        '  "countryCode": "US",',
        '  "validateCallbackNumbers": true,',
        '  "data": {"phoneNumber": "+13175550142"},',
        '  "callerId": "+13175550100"',
        '}',
      ),
    },
  ],
  reject: [
    {
      name: 'a bare-string "to" holding a number',
      body: '{"to":"+13175550142"}',
      findings: [{ pointer: '/to', line: 1, column: 2, severity: 'error', message: 'phoneNumber' }],
    },
    {
      name: 'a typed phone "to" object',
      body: lines(
        '{',
        '  "to": {',
        '    "type": "phone",',
        '    "address": "+13175550142"',
        '  }',
        '}',
      ),
      findings: [{ pointer: '/to', line: 2, column: 3, severity: 'error', message: 'phoneNumber' }],
    },
    {
      name: 'a "to" object typed user',
      body: `{"to":{"type":"user","id":"${USER}"}}`,
      findings: [{ pointer: '/to', line: 1, column: 2, severity: 'error', message: 'callUserId' }],
    },
    {
      name: 'a "to" object typed queue',
      endpoint: 'create-call-for-user',
      body: `{"to":{"type":"queue","id":"${QUEUE}"}}`,
      findings: [{ pointer: '/to', line: 1, column: 2, severity: 'error', message: 'callQueueId' }],
    },
    {
      name: 'a "to" object mixing id and extension',
      body: `{"to":{"id":"${USER}","extension":"1234"}}`,
      findings: [
        { pointer: '/to', line: 1, column: 2, severity: 'error', message: 'cannot be translated' },
      ],
    },
    {
      name: 'a "to" object without type whose id could be a user or a queue',
      body: `{"to":{"id":"${USER}"}}`,
      findings: [
        { pointer: '/to', line: 1, column: 2, severity: 'error', message: 'cannot be translated' },
      ],
    },
    {
      name: 'a bare-string "to" holding an id',
      body: `{"to":"${USER}"}`,
      findings: [
        { pointer: '/to', line: 1, column: 2, severity: 'error', message: 'cannot be translated' },
      ],
    },
    {
      name: 'nothing inside an unknown member is reported',
      body: '{"to":{"type":"phone","address":"+13175550142","extra":{"x":1}}}',
      findings: [{ pointer: '/to', line: 1, column: 2, severity: 'error', message: 'phoneNumber' }],
    },
    {
      name: 'a "from" number (callerId)',
      body: lines('{', '  "phoneNumber": "+13175550142",', '  "from": "+13175550100"', '}'),
      findings: [{ pointer: '/from', line: 3, column: 3, severity: 'error', message: 'callerId' }],
    },
    {
      name: 'a "from" queue (callFromQueueId)',
      body: `{"phoneNumber":"+13175550142","from":{"type":"queue","id":"${QUEUE}"}}`,
      findings: [
        { pointer: '/from', line: 1, column: 31, severity: 'error', message: 'callFromQueueId' },
      ],
    },
    {
      name: 'a "from" user (the /calls/user/{userId} endpoint)',
      body: `{"phoneNumber":"+13175550142","from":{"type":"user","id":"${USER}"}}`,
      findings: [
        {
          pointer: '/from',
          line: 1,
          column: 31,
          severity: 'error',
          message: '/calls/user/{userId}',
        },
      ],
    },
    {
      name: 'callUserID (did you mean callUserId)',
      body: `{"callUserID":"${USER}"}`,
      findings: [
        {
          pointer: '/callUserID',
          line: 1,
          column: 2,
          severity: 'error',
          // A question ends the sentence: no "?." at the end.
          message: /did you mean "callUserId"\?(?!\.)/,
        },
      ],
    },
    {
      name: 'phonenumber (did you mean phoneNumber)',
      body: '{"phonenumber":"+13175550142"}',
      findings: [
        {
          pointer: '/phonenumber',
          line: 1,
          column: 2,
          severity: 'error',
          message: 'did you mean "phoneNumber"',
        },
      ],
    },
    {
      name: 'callerID (did you mean callerId)',
      body: '{"phoneNumber":"+13175550142","callerID":"+13175550100"}',
      findings: [
        {
          pointer: '/callerID',
          line: 1,
          column: 31,
          severity: 'error',
          message: 'did you mean "callerId"',
        },
      ],
    },
    {
      name: 'a member of another model (callbackNumbers on a call)',
      body: '{"phoneNumber":"+13175550142","callbackNumbers":["+13175550142"]}',
      findings: [
        {
          pointer: '/callbackNumbers',
          line: 1,
          column: 31,
          severity: 'error',
          message: '"callbackNumbers"',
        },
      ],
    },
    {
      name: 'type and phoneNumber in a participants entry',
      body: '{"participants":[{"type":"external","phoneNumber":"+13175550142"}]}',
      findings: [
        {
          pointer: '/participants/0/type',
          line: 1,
          column: 19,
          severity: 'error',
          message: '"external"',
        },
        {
          pointer: '/participants/0/phoneNumber',
          line: 1,
          column: 37,
          severity: 'error',
          message: 'address',
        },
      ],
    },
    {
      name: 'phoneNumber inside a consult destination',
      endpoint: 'consult',
      body: lines(
        '{',
        '  "speakTo": "DESTINATION",',
        '  "destination": {',
        '    "phoneNumber": "+13175550142"',
        '  }',
        '}',
      ),
      findings: [
        {
          pointer: '/destination/phoneNumber',
          line: 4,
          column: 5,
          severity: 'error',
          message: 'address',
        },
      ],
    },
    {
      name: 'a "to" user on a consult (userId inside destination)',
      endpoint: 'consult',
      body: `{"speakTo":"DESTINATION","to":{"type":"user","id":"${USER}"}}`,
      findings: [
        { pointer: '/to', line: 1, column: 26, severity: 'error',
          message: 'so use userId inside destination.' },
      ],
    },
    {
      name: 'phoneNumber on a transfer (address)',
      endpoint: 'replace',
      body: '{"phoneNumber":"+13175550142"}',
      findings: [
        { pointer: '/phoneNumber', line: 1, column: 2, severity: 'error', message: 'address' },
      ],
    },
    {
      name: 'a "to" queue on a transfer (queueId)',
      endpoint: 'conversation-replace',
      body: `{"to":{"type":"queue","id":"${QUEUE}"}}`,
      findings: [{ pointer: '/to', line: 1, column: 2, severity: 'error', message: 'queueId' }],
    },
    {
      name: 'a destination object on a transfer, not descended into',
      endpoint: 'callback-replace',
      body: '{"transferType":"Unattended","destination":{"address":"+13175550142","x":1}}',
      findings: [
        { pointer: '/destination', line: 1, column: 30, severity: 'error', message: 'address' },
      ],
    },
    {
      name: 'phoneNumber and attributes on a callback',
      endpoint: 'create-callback',
      body: lines(
        '{',
        `  "queueId": "${QUEUE}",`,
        '  "phoneNumber": "+13175550142",',
        '  "attributes": {"vip": "yes"}',
        '}',
      ),
      findings: [
        {
          pointer: '/phoneNumber',
          line: 3,
          column: 3,
          severity: 'error',
          message: 'callbackNumbers',
        },
        { pointer: '/attributes', line: 4, column: 3, severity: 'error', message: /\bdata\b/ },
      ],
    },
    {
      name: 'a "to" number on a callback (callbackNumbers)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","to":"+13175550142"}`,
      findings: [
        { pointer: '/to', line: 1, column: 51, severity: 'error', message: 'callbackNumbers' },
      ],
    },
    {
      name: 'skills inside routingData',
      endpoint: 'create-callback',
      body: `{"routingData":{"queueId":"${QUEUE}","skills":["x"]},"callbackNumbers":${NUMBERS}}`,
      findings: [
        {
          pointer: '/routingData/skills',
          line: 1,
          column: 66,
          severity: 'error',
          message: 'skillIds',
        },
      ],
    },
    {
      name: 'a member name with / and ~ (escaped in the pointer)',
      body: '{"phoneNumber":"+13175550142","x/y~z":1}',
      findings: [
        { pointer: '/x~1y~0z', line: 1, column: 31, severity: 'error', message: '"x/y~z"' },
      ],
    },
    {
      name: 'after an emoji (columns in UTF-16 code units)',
      body: '{"callerIdName":"\u{1F600}","to":"+13175550142"}',
      findings: [
        { pointer: '/to', line: 1, column: 22, severity: 'error', message: 'phoneNumber' },
      ],
    },
    {
      name: 'CRLF line ends and tab indentation',
      body: '{\r\n\t"callerIdName": "Zo\u00EB",\r\n\t"to": "+13175550142"\r\n}',
      findings: [{ pointer: '/to', line: 3, column: 2, severity: 'error', message: 'phoneNumber' }],
    },
    {
      name: 'after a byte order mark',
      body: '\uFEFF{"to":"+13175550142"}',
      findings: [{ pointer: '/to', line: 1, column: 2, severity: 'error', message: 'phoneNumber' }],
    },
  ],
});

// Hints that used to suggest what a later lint would refuse, and a fix the README rules out.
describe('unknown-field hints and fixes for values that do not fit as they are', () => {
  const finding = (body: string, rule: string, endpoint = 'create-call') =>
    lintText(body, { endpoint }).findings.find((f) => f.ruleId === rule)!;

  test('a SIP address in "to" is explained, but not moved by a fix (README: never fixed)', () => {
    const body = '{"to":"sip:bob@example.com"}';
    const found = finding(body, 'unknown-field');
    expect(found.message).toContain('this one is a number (a SIP address, which goes where a number would)');
    expect(found.fix).toBeUndefined();
    expect(fixText(body).output).toBe(body);
    expect(finding('{"to":{"address":"sips:bob@example.com"}}', 'unknown-field').fix).toBeUndefined();
  });

  // An attack found the second of two numbers taken on the strength of key order.
  test('a "to" holding two different numbers is not translated: which to call is the user\'s choice', () => {
    const body = '{"to":{"address":"+13175550142","phoneNumber":"+13175550143"}}';
    const found = finding(body, 'unknown-field');
    expect(found.message).toContain('it holds two different numbers, "+13175550143" in "phoneNumber" ' +
      'and "+13175550142" in "address", and which one to call is yours to choose');
    expect(found.fix).toBeUndefined();
    expect(finding(body, 'missing-target').hint).not.toContain('+1317555014');
    // The same number written twice is still one number.
    expect(finding('{"to":{"address":"tel:+13175550142","phoneNumber":"+13175550142"}}',
      'unknown-field').message).toContain('this one is a number');
  });

  test('nor is one under a member the table renames ("address" on a call; an attack found it)', () => {
    // Beside a call's own member: alone, it would be a whole transfer body, and not fixed for that.
    const body = '{"address":"sip:bob@example.com","callerIdName":"Desk"}';
    const found = finding(body, 'unknown-field');
    expect(found.hint).toBe('Use "phoneNumber" instead of "address".');
    expect(found.fix).toBeUndefined();
    expect(fixText(body).output).toBe(body);
    // A number is still renamed.
    expect(finding('{"address":"+13175550142","callerIdName":"Desk"}', 'unknown-field').fix?.description)
      .toBe('Rename "address" to "phoneNumber".');
  });

  test('a queue named instead of its id is asked for the id, not given the name', () => {
    const body = '{"to":{"type":"queue","id":"Sales"}}';
    const wanted = 'the queue\'s id (a UUID; "Sales" is not one, perhaps its name)';
    expect(finding(body, 'unknown-field').hint).toBe(`Replace "to" with "callQueueId": ${wanted}.`);
    expect(finding(body, 'missing-target').hint).toBe(`Move the queue from "to" into "callQueueId": ${wanted}.`);
    expect(finding(`{"to":{"type":"queue","id":"${QUEUE}"}}`, 'unknown-field').hint)
      .toBe(`Replace "to" with "callQueueId": "${QUEUE}".`);
  });

  // The kind checks read "ACD queue" as a queue; a "to" was read by whole words only.
  test('a "to" typed with a compound of agreeing kind words is read as that kind', () => {
    const queue = `{"to":{"type":"ACD queue","id":"${QUEUE}"}}`;
    expect(finding(queue, 'unknown-field').hint).toBe(`Replace "to" with "callQueueId": "${QUEUE}".`);
    expect(finding(queue, 'missing-target').hint)
      .toBe(`Move the queue from "to" into "callQueueId": "${QUEUE}".`);
    expect(finding(`{"to":{"kind":"Internal_User","id":"${USER}"}}`, 'unknown-field').hint)
      .toBe(`Replace "to" with "callUserId": "${USER}".`);
    // Words that disagree say nothing of whose id it is.
    expect(finding(`{"to":{"type":"agent queue","id":"${QUEUE}"}}`, 'unknown-field').message)
      .toContain('its type "agent queue" does not say whether');
  });

  // Added inside a destination that names its target already, it gave conflicting-targets.
  test('a consult target beside a destination that names another is a second target', () => {
    const body = `{"speakTo":"DESTINATION","destination":{"address":"+13175550100"},` +
      `"userId":"${USER}"}`;
    expect(finding(body, 'unknown-field', 'consult').hint).toBe('Remove "userId": "destination" ' +
      'already names its target with "address", and it may name only one. To target "userId" ' +
      `instead, replace "address" inside "destination" with "userId": "${USER}".`);
    // A "to" read for its party goes the same way.
    const to = `{"speakTo":"DESTINATION","destination":{"userId":"${USER}"},"to":"+13175550143"}`;
    expect(finding(to, 'unknown-field', 'consult').hint).toBe('Remove "to": "destination" ' +
      'already names its target with "userId", and it may name only one. To target "address" ' +
      'instead, replace "userId" inside "destination" with "address": "+13175550143".');
    // A destination naming no target yet takes it.
    expect(finding('{"speakTo":"DESTINATION","destination":{"name":"x"},"address":"+13175550100"}',
      'unknown-field', 'consult').hint).toBe('Add "address": "+13175550100" inside the existing ' +
      '"destination", and remove "address".');
  });

  // callerId takes strict E.164 (labelling rule 6): a number moved there as written was an
  // invalid-phone error once the hint was followed.
  test('a "from" number is hinted as callerId in E.164 form, or said not to be E.164', () => {
    const hint = (from: string, defaultCountry?: string) => lintText(
      JSON.stringify({ phoneNumber: '+13175550142', from }),
      defaultCountry === undefined ? {} : { defaultCountry },
    ).findings.find((f) => f.ruleId === 'unknown-field')!.hint;
    const rewritten = (to: string) =>
      `Replace "from" with "callerId": "${to}" (the number in E.164 form, which callerId takes).`;
    expect(hint('+13175550199')).toBe('Replace "from" with "callerId": "+13175550199".');
    expect(hint('317-555-0199', 'US')).toBe(rewritten('+13175550199'));
    expect(hint('tel:+1 317 555 0199')).toBe(rewritten('+13175550199'));
    expect(hint('0044 20 7946 0958')).toBe(rewritten('+442079460958'));
    expect(hint('317-555-0199')).toBe('Replace "from" with "callerId": "317-555-0199"; callerId ' +
      'takes strict E.164 only, and this number is not: it lacks the "+" and the country code.');
    expect(hint('+15550119')).toMatch(/"\+15550119"; callerId takes strict E\.164 only, and this /);
    // With a callerId there already, the hint that offers to write this one says so too.
    expect(lintText('{"phoneNumber":"+13175550142","from":"3175550199","callerId":"+13175550100"}')
      .findings.find((f) => f.ruleId === 'unknown-field')!.hint).toContain('write "callerId", ' +
      'written in E.164 ("+", country code and number): "callerId" takes strict E.164 only, and ' +
      '"3175550199" is not: it lacks');
    expect(lintText('{"phoneNumber":"+13175550142","from":"3175550199","callerId":"3175550199"}')
      .findings.find((f) => f.ruleId === 'unknown-field')!.hint).toBe('Remove "from": "callerId" ' +
      'already holds "3175550199"; callerId takes strict E.164 only, and this number is not: it ' +
      'lacks the "+" and the country code.');
  });

  // A "from" with a display name was told to become callerId alone, the name dropped; one that
  // holds its number under callerIdNumber or fromAddress was said to name no number at all.
  test('a "from" object carries its name into callerIdName and is read for its caller members',
    () => {
      const finding = (body: object) => lintText(JSON.stringify(body)).findings
        .find((f) => f.ruleId === 'unknown-field' && f.pointer === '/from')!;
      const from = (shape: object, beside: object = {}) =>
        finding({ phoneNumber: '+13175550142', ...beside, from: shape }).hint;
      const number = { type: 'phone', address: '+13175550100' };
      expect(from({ ...number, name: 'Bob' })).toBe('Replace "from" with "callerId": ' +
        '"+13175550100" and "callerIdName": "Bob".');
      expect(from({ fromAddress: '+13175550100', callerName: 'Bob' })).toBe('Replace "from" with ' +
        '"callerId": "+13175550100" and "callerIdName": "Bob".');
      // The name already there is kept; another one there leaves this one out, and says so.
      expect(from({ ...number, name: 'Bob' }, { callerIdName: 'Bob' }))
        .toBe('Replace "from" with "callerId": "+13175550100".');
      expect(from({ ...number, name: 'Bob' }, { callerIdName: 'Al' })).toBe('Replace "from" with ' +
        '"callerId": "+13175550100" (its name "Bob" is left out: "callerIdName" already holds "Al").');
      // The name is checked in callerIdName as any moved value is: there it must be text.
      expect(from({ ...number, name: { first: 'Bob' } })).toBe('Replace "from" with "callerId": ' +
        '"+13175550100" (its name {"first":"Bob"} is left out, as "callerIdName" would not take ' +
        'it: /callerIdName must be a string, but it is an object {"first":"Bob"}).');
      for (const key of ['callerIdNumber', 'fromAddress', 'callerId']) {
        const read = finding({ to: { address: 'sip:bob@example.com' }, from: { [key]: '+13175550100' } });
        expect([key, read.message.includes('this one is a number'), read.hint]).toEqual([key, true,
          'Replace "from" with "callerId": "+13175550100".']);
      }
    });

  // A "from" with a name beside a callerId holding its number was told to be removed, the name
  // lost; --fix offered nothing for a "from" with a name, and another callerId went unsaid.
  test('a "from" with a number and a name is moved into both members, or says what holds them',
    () => {
      const lint = (beside: object) => lintText(JSON.stringify({ phoneNumber: '+13175550142',
        ...beside, from: { number: '+13175550100', name: 'Sales' } })).findings
        .find((f) => f.ruleId === 'unknown-field')!;
      const fixed = (beside: object) => JSON.parse(fixText(JSON.stringify({
        phoneNumber: '+13175550142', ...beside, from: { number: '+13175550100', name: 'Sales' },
      })).output);
      const both = { phoneNumber: '+13175550142', callerId: '+13175550100', callerIdName: 'Sales' };
      const held = lint({ callerId: '+13175550100' });
      expect(held.message).toContain('this one is a number, and its name "Sales" is callerIdName.');
      expect(held.hint).toBe('Replace "from" with "callerIdName": "Sales": "callerId" already ' +
        'holds "+13175550100".');
      for (const beside of [{}, { callerId: '+13175550100' }, { callerIdName: 'Sales' },
        { callerId: '+13175550100', callerIdName: 'Sales' }]) {
        expect(lint(beside).fix).toBeDefined();
        expect(fixed(beside)).toEqual(both);
      }
      // Another number or name there: said in the message, and no fix chooses between them.
      const number = lint({ callerId: '+13175550199' });
      expect(number.message).toContain('; "callerId" already holds another number, "+13175550199".');
      const name = lint({ callerIdName: 'Other' });
      expect(name.message).toContain('but "callerIdName" already holds another name, "Other".');
      expect([number.fix, name.fix]).toEqual([undefined, undefined]);
      // Added as written: on a line of its own in a pretty-printed body, indented alike.
      const pretty = '{\n  "from": {"number": "+13175550100", "name": "Sales"},\n  ' +
        '"phoneNumber": "+13175550142"\n}\n';
      expect(fixText(pretty).output).toBe('{\n  "callerId": "+13175550100",\n  ' +
        '"callerIdName": "Sales",\n  "phoneNumber": "+13175550142"\n}\n');
    });

  // The extension beside the number was dropped: missing-target's hint did not mention it, and
  // this one said only that it was left out, not what can be done with it.
  test('a "to" with an extension says it cannot be sent here, and where it can go', () => {
    const body = '{"to":{"number":"+13175550142","extension":"12"}}';
    const note = '; its "extension" "12" cannot be sent in this body, which has no member for ' +
      'one (nor is a form documented for writing it into the number): send it as digits once ' +
      'the call connects (POST /api/v2/conversations/{conversationId}/participants/' +
      '{participantId}/digits).';
    const unknown = finding(body, 'unknown-field');
    expect(unknown.hint).toBe(`Replace "to" with "phoneNumber": "+13175550142"${note}`);
    expect(finding(body, 'missing-target').hint)
      .toBe(`Move the number from "to" into "phoneNumber": "+13175550142"${note}`);
    expect(unknown.fix).toBeUndefined();
    expect(fixText(body).output).toBe(body);
  });

  // An extension written as a JSON number, or in an "ext" member, was left out unsaid; of two,
  // only the first had the note, and "Ext" was said to be left out as if it were no extension.
  test.each([
    ['a JSON number', '{"to":{"number":"+13175550142","extension":12}}', '"extension" 12'],
    ['an "ext"', '{"to":{"phoneNumber":"+13175550142","ext":"12"}}', '"ext" "12"'],
    ['an "Extension" in a list', '{"to":{"phoneNumber":"+13175550142","Extension":["12"]}}',
      '"Extension" ["12"]'],
    ['two members', '{"to":{"number":"+13175550142","extension":"12","Ext":34}}',
      '"extension" "12" and "Ext" 34'],
  ])('a "to" with an extension as %s says where it can go', (_, body, held) => {
    const it = held.includes(' and ') ? 'them' : 'it';
    const note = `; its ${held} cannot be sent in this body, which has no member for one (nor ` +
      `is a form documented for writing ${it} into the number): send ${it} as digits once the ` +
      'call connects (POST /api/v2/conversations/{conversationId}/participants/{participantId}/' +
      'digits).';
    expect(finding(body, 'unknown-field').hint)
      .toBe(`Replace "to" with "phoneNumber": "+13175550142"${note}`);
    expect(finding(body, 'missing-target').hint)
      .toBe(`Move the number from "to" into "phoneNumber": "+13175550142"${note}`);
    expect(fixText(body).output).toBe(body);
  });

  test('a "to" beside a target already set is not told to move into a second one', () => {
    const same = '{"to":{"phoneNumber":"+13175550142"},"phoneNumber":"+13175550142"}';
    expect(finding(same, 'unknown-field').hint).toBe('Remove "to": "phoneNumber" already holds "+13175550142".');
    const other = `{"to":{"phoneNumber":"+13175550142"},"callUserId":"${USER}"}`;
    expect(finding(other, 'unknown-field').hint).toBe('Remove "to": the body already names its ' +
      'target with "callUserId", and it may name only one. To target "phoneNumber" instead, ' +
      'replace "callUserId" with "phoneNumber": "+13175550142".');
    const differs = '{"to":{"phoneNumber":"+13175550142"},"phoneNumber":"+13175550199"}';
    expect(finding(differs, 'unknown-field').hint).toBe('"phoneNumber" is already there, holding ' +
      '"+13175550199", and it holds one value: remove "to", or remove both and write ' +
      '"phoneNumber": "+13175550142".');
  });

  test('a wrap-up code given as {"id": ...} is told to give the id itself', () => {
    const hint = (value: string) => finding(`{"wrapupCode":${value}}`, 'unknown-field', 'wrapup').hint;
    expect(hint(`{"id":"${USER}"}`)).toBe(`Use "code": "${USER}" instead of "wrapupCode": the id alone, as a string.`);
    expect(hint(`"${USER}"`)).toBe('Use "code" instead of "wrapupCode".');
    // An object is no code: its name member belongs to WrapupInput itself.
    expect(hint('{"name":"Sale made"}'))
      .toBe('Replace "wrapupCode" with what it holds, set on the body itself: "name": "Sale made".');
  });
});

// A hint is followed literally: renaming an object into a text member, or a flag into an enum,
// or removing a wrapper with its target inside, gives a body that is wrong again.
describe('unknown-field hints that would give a wrong body if followed literally', () => {
  const hintFor = (endpoint: string, body: string) =>
    lintText(body, { endpoint }).findings.find((f) => f.ruleId === 'unknown-field')!;
  const PHONE = '+13175550142';

  test.each([
    [
      'a transfer whose destination holds a userId moves it up',
      'replace',
      `{"destination":{"userId":"${USER}"}}`,
      `Replace "destination" with what it holds, set on the body itself: "userId": "${USER}".`,
    ],
    [
      'a call whose routingData holds the queue gets it as callQueueId, not the object',
      'create-call',
      `{"routingData":{"queueId":"${QUEUE}"}}`,
      `Replace "routingData" with what it holds, set on the body itself: "callQueueId": "${QUEUE}".`,
    ],
    [
      'what routingData holds on a call is lifted under the names the call\'s aliases give it',
      'create-call',
      `{"routingData":{"queueId":"${QUEUE}","skillIds":["${USER}"],"label":"x","type":"acd"}}`,
      'Replace "routingData" with what it holds, set on the body itself: "callQueueId": ' +
        `"${QUEUE}", "routingSkillsIds": ["${USER}"], "label": "x"; drop "type", which has no ` +
        'place there.',
    ],
    [
      'a participant told to disconnect gets the state value, not a boolean state',
      'update-call-participant',
      '{"disconnect":true}',
      'Replace "disconnect" with "state": "disconnected".',
    ],
    [
      'an address consult whose destination holds the address keeps the target',
      'consult-address',
      `{"speakTo":"DESTINATION","destination":{"address":"${PHONE}"}}`,
      `Replace "destination" with what it holds, set on the body itself: "address": "${PHONE}".`,
    ],
    [
      'an address consult whose destination holds a user says where a user goes',
      'consult-address',
      `{"speakTo":"DESTINATION","destination":{"userId":"${USER}"}}`,
      'Remove "destination"; its "userId" cannot go here either: a user is consulted through ' +
        'POST .../consult/agent.',
    ],
    [
      'a participant entry lifts into the entry, with what has no place named',
      'create-call',
      `{"participants":[{"destination":{"address":"${PHONE}","type":"phone"}}]}`,
      'Replace "destination" with what it holds, set on /participants/0 itself: "address": ' +
        `"${PHONE}"; drop "type", which has no place there.`,
    ],
    [
      'a participant entry\'s from names the caller, so its number is not lifted as the target',
      'create-call',
      `{"participants":[{"from":{"phoneNumber":"+13175550199"},"to":{"phoneNumber":"${PHONE}"}}]}`,
      'Remove "from".',
    ],
    [
      'a from holding a user beside an entry\'s address is no second target',
      'create-call',
      `{"participants":[{"address":"${PHONE}","from":{"userId":"${USER}"}}]}`,
      'Remove "from".',
    ],
    [
      'a transfer\'s from is the call\'s own caller on every transfer model',
      'transfer',
      `{"address":"${PHONE}","from":{"address":"+13175550199"}}`,
      'Remove "from".',
    ],
    [
      'a text state renamed into the boolean recording says which values it takes',
      'update-call-participant',
      '{"recordingState":"PAUSED"}',
      'Replace "recordingState" with "recording" and a value of its kind: "recording" takes ' +
        'true or false, not a string "PAUSED".',
    ],
  ])('%s', (_name, endpoint, body, hint) => {
    const found = hintFor(endpoint, body);
    expect(found.hint).toBe(hint);
    // None of these is a fix: the hint says what to write, the user writes it.
    expect(found.fix).toBeUndefined();
  });

  test('a member that takes a list is hinted as the list its fix writes, not lifted', () => {
    // "address" is a member of Conversation too, but the party's number is not the conversation's.
    const found = hintFor('add-participants', `{"participant":{"address":"${PHONE}"}}`);
    expect(found.hint).toBe(`Replace it with a list: "participants": [{"address":"${PHONE}"}].`);
    expect(found.fix?.description).toBe(`Replace "participant" with "participants": [{"address":"${PHONE}"}].`);
  });

  test('a wrap-up code moved inside wrapup is the id itself, since WrapupInput.code is a string', () => {
    const hint = (value: string) =>
      hintFor('update-call-participant', `{"wrapupCode":${value}}`).hint;
    expect(hint(`{"id":"${USER}"}`)).toBe(`Move the id inside wrapup: "wrapup": {"code": "${USER}"}: ` +
      'the id alone, as a string.');
    expect(hint(`"${USER}"`)).toBe(`Move it inside wrapup: "wrapup": {"code": "${USER}"}.`);
    expect(hint('{"name":"Sale made"}')).toBe('Move it inside wrapup as "code", with a value of ' +
      'its kind: "code" takes an id (UUID) as a string, not an object {"name":"Sale made"}.');
  });

  test('a call target given by another name is read for its party, as "to" is', () => {
    // With a call's own member beside it, so that no other endpoint's model takes the body whole.
    const hint = (body: string) =>
      hintFor('create-call', body.replace(/}$/, ',"callerIdName":"Desk"}')).hint;
    expect(hint(`{"destination":{"type":"user","id":"${USER}"}}`))
      .toBe(`Replace "destination" with "callUserId": "${USER}".`);
    expect(hint(`{"destination":{"queueId":"${QUEUE}","name":"Sales"}}`))
      .toBe(`Replace "destination" with "callQueueId": "${QUEUE}".`);
    expect(hint(`{"destination":{"userId":"${USER}"}}`)).toContain(`"callUserId": "${USER}"`);
    // A bare id is no number, and whether it is a user's or a queue's cannot be told.
    const id = `Replace "%s" with "callUserId" for a user or "callQueueId" for a queue: "${USER}" ` +
      'is an id, not a number, and which of the two it names cannot be told from it.';
    expect(hint(`{"destination":"${USER}"}`)).toBe(id.replace('%s', 'destination'));
    expect(hint(`{"address":"${USER}"}`)).toBe(id.replace('%s', 'address'));
    expect(hint('{"address":"Alice"}')).toBe('Replace "address" with "phoneNumber" and a phone ' +
      'number: "Alice" is not one (it contains letters).');
  });

  test('an id on a body that dials only numbers is not sent to the number member', () => {
    expect(hintFor('call-command', `{"destination":"${USER}"}`).hint).toBe(`Remove "destination": ` +
      `"${USER}" is an id, not a number, and CallCommand takes only a number (callNumber).`);
  });

  test('a transfer address takes ids, so an id there is still a rename', () => {
    expect(hintFor('replace', `{"destination":"${USER}"}`).hint)
      .toBe('Use "address" instead of "destination".');
  });

  // Followed literally, a hint naming a member the body already has, or that another unknown
  // member's hint names too, repeats a key.
  test('a hint does not send a value to a member the object already has', () => {
    const hint = (endpoint: string, body: string) => hintFor(endpoint, body).hint;
    expect(hint('create-call', `{"routingData":{"queueId":"${QUEUE}"},"callQueueId":"${QUEUE}"}`))
      .toBe(`Remove "routingData": "callQueueId" already holds "${QUEUE}".`);
    expect(hint('create-call', `{"routingData":{"queueId":"${QUEUE}"},"callQueueId":"${USER}"}`))
      .toBe(`"callQueueId" is already there, holding "${USER}", and it holds one value: remove ` +
        `"routingData", or remove both and write "callQueueId": "${QUEUE}".`);
    expect(hint('create-call', `{"to":"${PHONE}","phoneNumber":""}`))
      .toBe('"phoneNumber" is already there, holding "", and it holds one value: remove "to", or ' +
        `remove both and write "phoneNumber": "${PHONE}".`);
    expect(hint('create-call', `{"PhoneNumber":"${PHONE}","phoneNumber":""}`))
      .toBe('"phoneNumber" is already there, holding "", and it holds one value: remove ' +
        `"PhoneNumber", or remove both and write "phoneNumber": "${PHONE}".`);
    expect(hint('create-callback', `{"queueId":"${QUEUE}","callbackNumber":"${PHONE}",` +
      '"callbackNumbers":["+13175550143"]}'))
      .toBe('"callbackNumbers" is already there, holding ["+13175550143"]: put both in that one ' +
        `list, "callbackNumbers": ["+13175550143", "${PHONE}"], and remove "callbackNumber".`);
  });

  test('two unknown members whose hints name the same member are told of each other', () => {
    const body = `{"callbackNumber":"${PHONE}","phoneNumber":"+13175550143","queueId":"${QUEUE}"}`;
    const hints = lintText(body, { endpoint: 'create-callback' }).findings
      .filter((f) => f.ruleId === 'unknown-field').map((f) => f.hint);
    expect(hints).toEqual([
      `"callbackNumber" and "phoneNumber" both go into "callbackNumbers": put them in one list, ` +
        `"callbackNumbers": ["${PHONE}", "+13175550143"].`,
      `"phoneNumber" and "callbackNumber" both go into "callbackNumbers": put them in one list, ` +
        `"callbackNumbers": ["${PHONE}", "+13175550143"].`,
    ]);
    expect(hintFor('create-call', `{"to":"${PHONE}","address":"+13175550143"}`).hint)
      .toBe('"to" and "address" would both be "phoneNumber", and the body can hold only one: ' +
        `replace "to" with "phoneNumber": "${PHONE}", or keep "address" instead.`);
  });

  test('a member differing only in letter case from an invented name is read as that name', () => {
    // "phonenumber" in a participant is the invented phoneNumber (address), so "to" beside it
    // has a rival: neither hint nor --fix may pick one of the two numbers.
    const body = '{"participants":[{"phonenumber":"+13175550143","to":"+13175550144"}]}';
    const found = lintText(body, { endpoint: 'create-call' }).findings
      .filter((f) => f.ruleId === 'unknown-field');
    expect(found.map((f) => f.message.split(': ').at(-1))).toEqual([
      'a number goes in address.',
      'the target is named by address for a number, userId for a user or queueId for a queue; ' +
        'this one is a number, so use address.',
    ]);
    expect(found.every((f) => f.fix === undefined)).toBe(true);
    expect(fixText(body, { endpoint: 'create-call' }).output).toBe(body);
    expect(hintFor('create-call', '{"participants":[{"PhoneNumber":"+13175550143"}]}').hint)
      .toBe('Use "address" instead of "PhoneNumber".');
  });

  test('a rename into a target beside another target set says the body may name only one', () => {
    expect(hintFor('create-call', `{"callUserId":"${USER}","address":"${PHONE}"}`).hint)
      .toBe('Remove "address": the body already names its target with "callUserId", and it ' +
        'may name only one. To target "phoneNumber" instead, replace "callUserId" with ' +
        `"phoneNumber": "${PHONE}".`);
    // A queue beside a number is most likely the queue to call on behalf of: no second target.
    expect(hintFor('create-call', `{"phoneNumber":"${PHONE}","queueId":"${QUEUE}"}`).hint)
      .toBe('Rename "queueId" to "callFromQueueId"; or, to target "callQueueId" instead, remove ' +
        `"queueId" and replace "phoneNumber" with "callQueueId": "${QUEUE}". The body already ` +
        'names its target with "phoneNumber", and it may name only one.');
    // Not when callFromQueueId is set already: then the queue can only be a second target.
    expect(hintFor('create-call',
      `{"phoneNumber":"${PHONE}","callFromQueueId":"${QUEUE}","queueId":"${QUEUE}"}`).hint)
      .toMatch(/^Remove "queueId": the body already names its target with "phoneNumber"/);
    expect(hintFor('create-call', `{"callUserId":"${USER}","destination":"${USER}"}`).hint)
      .toBe(`Remove "destination": "callUserId" already holds "${USER}".`);
  });

  test('several numbers where one goes: choose one, or a conference where the model has one', () => {
    expect(hintFor('create-call', `{"destination":["${PHONE}","+13175550143"]}`).hint)
      .toBe('Replace "destination" with "phoneNumber" and one of the 2 numbers listed: it takes ' +
        'one; or, to dial them all into one conference, replace it with "participants": ' +
        `[{"address": "${PHONE}"}, {"address": "+13175550143"}].`);
    expect(hintFor('replace', `{"phoneNumber":["${PHONE}","+13175550143"]}`).hint)
      .toBe('Replace "phoneNumber" with "address" and one of the 2 numbers listed: it takes one.');
  });

  test('a logged request saved as a body is told to be read as a capture', () => {
    const body = '{"method":"POST","url":"https://api.mypurecloud.com/api/v2/conversations/calls",' +
      `"body":{"to":"${PHONE}"}}`;
    const found = lintText(body, { endpoint: 'create-call' }).findings
      .filter((f) => f.ruleId === 'unknown-field');
    expect(found.map((f) => f.pointer)).toEqual(['/method', '/url', '/body']);
    for (const finding of found) {
      expect(finding.message).toMatch(/: this is a logged request \(method, URL and body\), not a /);
      // In the library's words (lintText): the CLI's say --input-format ndjson.
      expect(finding.hint).toBe('Read it as a capture: saved as a .json file of its own, as a ' +
        'line of a .ndjson log, or with inputFormat: "ndjson" (a lintFiles option), it is read ' +
        'for the body it holds, linted against the endpoint of its URL.');
    }
    // Without a method and URL it is a body with invented members, hinted one by one.
    expect(hintFor('create-call', `{"url":"x","body":{"to":"${PHONE}"}}`).hint)
      .toBe('Remove "url" or move its value to the matching CreateCallRequest member.');
    // So it is without a body logged: a file holding it is linted as a body, not passed over.
    expect(hintFor('create-call', `{"method":"POST","url":"x","phoneNumber":"${PHONE}"}`).hint)
      .toBe('Remove "method" or move its value to the matching CreateCallRequest member.');
  });

  // From a fresh-user pass: hints that, followed literally, still gave a body with errors.
  test('a near miss of a real member is hinted as its place allows', () => {
    expect(hintFor('create-call', `{"callUserId":"${USER}","phonenumber":"${PHONE}"}`).hint)
      .toBe('Remove "phonenumber": the body already names its target with "callUserId", and ' +
        'it may name only one. To target "phoneNumber" instead, replace "callUserId" with ' +
        `"phoneNumber": "${PHONE}".`);
    expect(hintFor('create-call', `{"phoneNumbers":["${PHONE}","+13175550143"]}`).hint)
      .toMatch(/^Replace "phoneNumbers" with "phoneNumber" and one of the 2 numbers listed/);
    expect(hintFor('create-call', `{"prority":"5","phoneNumber":"${PHONE}"}`).hint)
      .toBe('Replace "prority" with "priority": 5.');
  });

  test('--fix leaves two near misses of one member to the author', () => {
    for (const body of [`{"phone_number":"+13175550143","PhoneNumber":"${PHONE}"}`,
      `{"callerID":"+13175550143","caller_id":"${PHONE}","phoneNumber":"${PHONE}"}`]) {
      expect(fixText(body, { endpoint: 'create-call' }).output).toBe(body);
    }
  });

  // Its "type" is not among them, but "x" is no word for a kind: that is said, and stops a fix.
  test('a "to" object\'s other members are said to be left out', () => {
    expect(hintFor('create-call', `{"to":{"phoneNumber":"${PHONE}","label":"1","type":"x"}}`)
      .hint).toBe(`Replace "to" with "phoneNumber": "${PHONE}"; its "label" has no place in ` +
        'this body and is left out. Not fixed for you: "type" is "x", a word not known to name ' +
        `a kind of party, so it may mean another party than "phoneNumber", holding a number ` +
        `("${PHONE}"); decide which party is meant.`);
  });

  // The member the number was read from is not left out, however it dresses the number.
  test('a "to" object\'s member holding the number, as "tel:" or as an object, is not left out', () => {
    for (const address of [`"tel:${PHONE}"`, `" ${PHONE}"`, `{"phoneNumber":"${PHONE}"}`]) {
      expect(hintFor('create-call', `{"to":{"type":"phone","address":${address}}}`).hint)
        .toBe(`Replace "to" with "phoneNumber": "${PHONE}".`);
    }
  });

  test('a plain rename whose value fits is still a rename', () => {
    expect(hintFor('create-call', `{"destination":"${PHONE}","label":"x"}`).hint)
      .toBe('Use "phoneNumber" instead of "destination".');
  });
});

// What a hint lifts out of a wrapper keeps its meaning and takes the type of its new place.
describe('unknown-field hints that lift or rename a value into another member', () => {
  const hint = (endpoint: string, body: string) =>
    lintText(body, { endpoint }).findings.find((f) => f.ruleId === 'unknown-field')!.hint;
  const lifted = (where: string, moves: string) =>
    `Replace "%s" with what it holds, set on ${where} itself: ${moves}.`;

  test('a party wrapper\'s id goes to the party\'s member, never to the object\'s own id', () => {
    // Participant.id is the participant's own id, Participant.name its label.
    expect(hint('add-participants', `{"participants":[{"user":{"id":"${USER}"}}]}`))
      .toBe(lifted('/participants/0', `"userId": "${USER}"`).replace('%s', 'user'));
    expect(hint('add-participants',
      `{"participants":[{"queue":{"id":"${QUEUE}","name":"Sales"}}]}`))
      .toBe(lifted('/participants/0', `"queueId": "${QUEUE}", "queueName": "Sales"`)
        .replace('%s', 'queue'));
    expect(hint('consult', `{"speakTo":"BOTH","destination":{"user":{"id":"${USER}"}}}`))
      .toBe(lifted('/destination', `"userId": "${USER}"`).replace('%s', 'user'));
  });

  test('a lifted value takes the type of the member it goes to', () => {
    expect(hint('create-call', `{"destination":{"userId":{"id":"${USER}"}}}`))
      .toBe(lifted('the body', `"callUserId": "${USER}"`).replace('%s', 'destination'));
    expect(hint('create-call', `{"routingData":{"queueId":["${QUEUE}"],"priority":"5"}}`))
      .toBe(lifted('the body', `"callQueueId": "${QUEUE}", "priority": 5`)
        .replace('%s', 'routingData'));
    // Two queues for one: the hint cannot pick, so it says to choose.
    expect(hint('create-call', `{"routingData":{"queueId":["${QUEUE}","${USER}"]}}`))
      .toBe(lifted('the body', '"callQueueId": one of the 2 values listed (it takes a single ' +
        'value: choose one)').replace('%s', 'routingData'));
  });

  test('two inner members bound for one member are written once: one list, or a choice', () => {
    expect(hint('create-call', `{"routingData":{"skills":["${USER}"],"skillIds":["${QUEUE}"]},` +
      '"phoneNumber":"+13175550142"}'))
      .toBe(lifted('the body', `"routingSkillsIds": ["${USER}", "${QUEUE}"]`)
        .replace('%s', 'routingData'));
    expect(hint('replace',
      '{"destination":{"address":"+13175550142","phoneNumber":"+13175550143"}}'))
      .toBe(lifted('the body', '"address": "+13175550142" or "+13175550143" (it takes one value: ' +
        'choose one)').replace('%s', 'destination'));
  });

  test('a lifted target beside a target already set is not added as a second one', () => {
    const call = `{"phoneNumber":"+13175550142","routingData":{"queueId":"${QUEUE}"`;
    expect(hint('create-call', `${call}}}`))
      .toBe('Remove "routingData": the body already names its target with "phoneNumber", and it ' +
        'may name only one. To target "callQueueId" instead, replace "phoneNumber" with ' +
        `"callQueueId": "${QUEUE}".`);
    expect(hint('create-call', `${call},"skillIds":["${USER}"]}}`))
      .toBe(lifted('the body', `"routingSkillsIds": ["${USER}"]; leave out "queueId": the body ` +
        'already names its target with "phoneNumber"').replace('%s', 'routingData'));
  });

  test('a wrapper\'s list joins the list already there; two targets in it ask for one', () => {
    expect(hint('create-call', `{"routingData":{"queueId":"${QUEUE}","skillIds":["${USER}"]},` +
      `"routingSkillsIds":["${QUEUE}"]}`))
      .toBe(lifted('the body', `"callQueueId": "${QUEUE}", "routingSkillsIds": ["${QUEUE}", ` +
        `"${USER}"] (in place of the "routingSkillsIds" there)`).replace('%s', 'routingData'));
    expect(hint('create-call', `{"destination":{"userId":"${USER}","phoneNumber":"+13175550142",` +
      '"callerIdName":"x"}}'))
      .toBe(`Replace "destination" with one of "callUserId": "${USER}" or "phoneNumber": ` +
        '"+13175550142": the body may name only one target, and set "callerIdName": "x".');
    expect(hint('create-call',
      `{"destination":{"queueId":"${QUEUE}","phoneNumber":"+13175550142"}}`))
      .toBe(lifted('the body', '"phoneNumber": "+13175550142"; decide where "queueId" (the queue ' +
        'to call is callQueueId; the queue to call on behalf of is callFromQueueId) goes')
        .replace('%s', 'destination'));
  });

  test('a name where only an id member exists asks for the id, not the name', () => {
    const id = 'the queue\'s id (a UUID; "Sales" is not one, perhaps its name)';
    expect(hint('replace', '{"destination":{"queueName":"Sales"}}'))
      .toBe(lifted('the body', `"queueId": ${id}`).replace('%s', 'destination'));
    expect(hint('replace', '{"queueName":"Sales"}')).toBe(`Replace "queueName" with "queueId": ${id}.`);
  });
});

// A "to" whose party this model cannot take: the hint names the endpoint that takes it, never
// the model's one target member, where the value would be refused again.
describe('unknown-field hints for a party the model has no place for', () => {
  const hint = (endpoint: string, body: string) =>
    lintText(body, { endpoint }).findings.find((f) => f.ruleId === 'unknown-field')!.hint;

  test('a number on the queue consult, a user on the address consult and transfer', () => {
    expect(hint('consult-queue', '{"speakTo":"BOTH","to":"+13175550100"}')).toBe('Remove "to": ' +
      'it names a number, which ConsultTransferToQueue cannot take; a number is consulted ' +
      'through POST .../voice/consult.');
    expect(hint('consult-address', `{"speakTo":"BOTH","to":{"id":"${USER}","type":"user"}}`))
      .toBe('Remove "to": it names a user, which ConsultTransferToAddress cannot take; a user is ' +
        'consulted through POST .../consult/agent.');
    expect(hint('transfer', `{"to":{"userId":"${USER}"}}`)).toBe('Remove "to": it names a user, ' +
      'which TransferToAddressRequest cannot take; a user takes a transfer through POST ' +
      '.../replace/agent.');
  });

  test('an id that may be a user\'s or a queue\'s says where each goes', () => {
    expect(hint('consult-address', `{"speakTo":"BOTH","to":"${USER}"}`)).toBe(`Remove "to" ` +
      `according to whose id "${USER}" is, which cannot be told from it: a user is consulted ` +
      'through POST .../consult/agent; a queue is consulted through POST .../consult/queue.');
    expect(hint('consult-queue', `{"speakTo":"BOTH","to":"${USER}"}`)).toBe(`Replace "to" ` +
      `according to whose id "${USER}" is, which cannot be told from it: a user is consulted ` +
      `through POST .../consult/agent; a queue's goes in "queueId": "${USER}".`);
  });

  test('member names in the hint are quoted', () => {
    expect(hint('create-call', '{"to":[1,2]}'))
      .toBe('Replace "to" with exactly one of "phoneNumber", "callUserId" or "callQueueId".');
  });
});

// Moved into an object or a list the body has already, or recoded into a member it sets: the
// hint adds to what is there, or says it is set, rather than write the member a second time.
describe('unknown-field hints that move a value into a member the body already has', () => {
  const hint = (endpoint: string, body: string) =>
    lintText(body, { endpoint }).findings.find((f) => f.ruleId === 'unknown-field')!.hint;

  test('members bound for one object the body lacks are moved into one such object', () => {
    const body = `{"queueId":"${QUEUE}","callbackNumbers":["+13175550142"],"priority":5,` +
      `"note":"x","languageId":"${USER}","skillIds":"one"}`;
    const hints = lintText(body, { endpoint: 'create-callback' }).findings
      .filter((f) => f.ruleId === 'unknown-field').map((f) => [f.pointer, f.hint]);
    // RoutingData requires queueId: the object the hint gives has the body's own.
    const together = 'Move "priority" and "languageId" together inside one routingData, with ' +
      'the "queueId" it requires, as the body gives it: ' +
      `"routingData": {"queueId": "${QUEUE}", "priority": 5, "languageId": "${USER}"}.`;
    // skillIds takes a list: its own hint says so, and it is left out of the shared object.
    expect(hints).toEqual([
      ['/priority', together],
      ['/note', 'Remove "note" or move its value to the matching CreateCallbackCommand member.'],
      ['/languageId', together],
      ['/skillIds', 'Move it inside routingData as "skillIds", with a value of its kind: ' +
        '"skillIds" takes a list, not a string "one".'],
    ]);
    // Many of them (a map's worth of attributes sent flat) are counted, not all listed.
    expect(lintText('{"a":"1","b":"2","c":"3","d":"4","e":"5","f":"6"}',
      { endpoint: 'update-participant-attributes' }).findings[0]!.hint)
      .toBe('Move it inside attributes, in one "attributes" object together with the 5 other ' +
        'members bound there, not one "attributes" each.');
  });

  test('members bound for one key inside that object, in any case, are told to choose', () => {
    const body = `{"queueId":"${QUEUE}","callbackNumbers":["+13175550142"],"Priority":5,` +
      `"priority":7,"LanguageId":"${USER}"}`;
    const hints = lintText(body, { endpoint: 'create-callback' }).findings
      .filter((f) => f.ruleId === 'unknown-field').map((f) => f.hint);
    const clash = '"Priority" and "priority" would both be "priority" inside routingData, which ' +
      'holds one value: keep one of 5 and 7 and move it there, in one "routingData" object.';
    expect(hints).toEqual([clash, clash, 'Move "Priority", "LanguageId" and "priority" together ' +
      `inside one routingData: "routingData": {"priority": 5 or 7 (keep one), "languageId": ` +
      `"${USER}"}.`]);
  });

  test('a wrap-up code beside an existing wrapup goes inside it, or is said to be set', () => {
    expect(hint('update-call-participant', `{"wrapupCode":{"id":"${USER}"},"wrapup":{"notes":"x"}}`))
      .toBe(`Add "code": "${USER}" inside the existing "wrapup", and remove "wrapupCode".`);
    expect(hint('update-call-participant',
      `{"wrapupCode":{"id":"${USER}"},"wrapup":{"code":"${QUEUE}"}}`))
      .toBe(`"wrapup" already sets "code" to "${QUEUE}": remove "wrapupCode", or replace that ` +
        `value with "${USER}" and remove "wrapupCode".`);
    expect(hint('create-callback', `{"queueId":"${QUEUE}","callbackNumbers":${NUMBERS},` +
      `"priority":5,"routingData":{"queueId":"${QUEUE}"}}`))
      .toBe('Add "priority": 5 inside the existing "routingData", and remove "priority".');
  });

  test('a flag beside the member it stands for says that member is set', () => {
    expect(hint('update-call-participant', '{"disconnect":true,"state":"connected"}'))
      .toBe('"state" is already there, holding "connected": remove "disconnect", or set "state" ' +
        'to "disconnected" instead and remove "disconnect".');
  });

  test('an entry for a list the body has is added to that list', () => {
    expect(hint('add-participants',
      `{"phoneNumber":"+13175550100","participants":[{"userId":"${USER}"}]}`))
      .toBe('Add {"address": "+13175550100"} as an entry to the existing "participants" list, ' +
        'and remove "phoneNumber".');
  });
});

test('a call destination given as a one-entry list is read as its entry, as "to" is', () => {
  const found = lintText('{"destination":[{"address":"+13175550100"}]}', { endpoint: 'create-call' })
    .findings.find((f) => f.ruleId === 'unknown-field')!;
  expect(found.hint).toBe('Replace "destination" with "phoneNumber": "+13175550100".');
});

// A hint is followed as written: the value it moves must be one its new member takes, as the
// rules judge it there (a tester linted every suggested body again and found these refused).
describe('unknown-field hints check the value in the member they move it to', () => {
  const found = (endpoint: string, body: string, country?: string) =>
    lintText(body, { endpoint, ...(country ? { defaultCountry: country } : {}) }).findings
      .filter((f) => f.ruleId === 'unknown-field');
  const CALLBACK = `"queueId":"${QUEUE}","callbackNumbers":${NUMBERS}`;
  const AGENT = `"conversationId":"${QUEUE}","agentId":"${USER}"`;
  const rows: readonly (readonly [string, string, string, string?])[] = [
    ['create-callback', `{${CALLBACK},"from":"3175550100"}`, 'Use "callerId" instead of "from", ' +
      'written in E.164 ("+", country code and number): "callerId" takes strict E.164 only, and ' +
      '"3175550100" is not: it lacks the "+" and the country code.'],
    ['create-call', '{"phoneNumber":"+13175550142","callerIdNumber":"3175550100"}',
      'Use "callerId" instead of "callerIdNumber", written in E.164 ("+", country code and ' +
      'number): "callerId" takes strict E.164 only, and "3175550100" is not: it lacks the "+" ' +
      'and the country code.'],
    ['create-call', '{"phoneNumber":"+13175550142","callerIdNumber":"3175550100"}',
      'Use "callerId" instead of "callerIdNumber", written in E.164: "+13175550100".', 'US'],
    ['create-call', '{"phoneNumber":"+13175550142","data":{"a":1}}',
      'Use "attributes" instead of "data", with string values: "attributes": {"a": "1"}.'],
    ['create-call', '{"phoneNumber":"+13175550142","data":{"a":{"b":"c"}}}',
      'Use "attributes" instead of "data", with string values: "attributes" maps names to ' +
      'text, and "a" holds an object {"b":"c"}.'],
    ['update-participant-attributes', '{"orderId":"42","vip":true}', 'Move "orderId" and "vip" ' +
      'together inside one attributes, with string values: "attributes": {"orderId": "42", ' +
      '"vip": "true"}.'],
    ['create-call', `{"callQueueId":"${QUEUE}","skills":["Spanish"]}`, 'Use "routingSkillsIds" ' +
      'instead of "skills", with skill ids (UUIDs), not names: "Spanish" is not one.'],
    ['update-callback', `{${AGENT},"scheduledTime":"tomorrow"}`, 'Use "callbackScheduledTime" ' +
      'instead of "scheduledTime", with an ISO-8601 date-time: "tomorrow" is not one. Write the ' +
      'date and time as yyyy-MM-ddTHH:mm:ss.SSSZ (UTC) or with an offset like +02:00.'],
    ['create-callback', '{"callbackNumbers":["+13175550142"],"priority":5}',
      'Move it inside routingData as "priority", adding the "queueId" it requires.'],
    ['create-call', '{"routingData":{"skills":["a","b"]},"phoneNumber":"+13175550142"}',
      'Replace "routingData" with what it holds, set on the body itself: "routingSkillsIds": ' +
      '["a","b"], with skill ids (UUIDs), not names: "a", "b" are not.'],
    // An invented "to" or "from", translated: the party read from it is checked where it goes.
    ['create-call', '{"to":"tel:abc"}', 'Replace "to" with "phoneNumber", with a value ' +
      '"phoneNumber" takes: as it is, /phoneNumber is "abc", which is not a phone number: it ' +
      'contains letters.'],
    ['create-callback', `{"queueId":"${QUEUE}","to":"sip:bob@example.com"}`, 'Replace "to" with ' +
      '"callbackNumbers", with a value "callbackNumbers" takes: as it is, /callbackNumbers/0 is ' +
      '"sip:bob@example.com", which is not a phone number: callback numbers take no URI scheme.'],
    // The member inside another object is named as its key: the lead says where it is, and a
    // dotted "destination.address" would read as a member of its own.
    ['consult', '{"speakTo":"BOTH","to":"tel:abc"}', 'Replace "to" with "address" inside ' +
      '"destination", with a value "address" takes: as it is, /destination/address is "abc", ' +
      'which is not a phone number: it contains letters.'],
    ['consult', '{"speakTo":"BOTH","destination":{"name":"Bob"},"to":"tel:abc"}', 'Remove "to" ' +
      'and add "address" inside the existing "destination", with a value "address" takes: as ' +
      'it is, /destination/address is "abc", which is not a phone number: it contains letters.'],
    ['create-call', '{"phoneNumber":"+13175550142","from":{"type":"queue","id":"sales"}}',
      'Replace "from" with "callFromQueueId": the queue\'s id (a UUID; "sales" is not one, ' +
      'perhaps its name).'],
    ['create-callback', `{"to":{"type":"user","id":"${USER}"},${CALLBACK}}`, 'Replace "to" with ' +
      '"preferredAgentIds" inside "routingData", with the "queueId" it requires, as the body gives it: ' +
      `"routingData": {"queueId": "${QUEUE}", "preferredAgentIds": ["${USER}"]}.`],
    // An untyped id's answer for a user gets the queueId too: without it, following the answer
    // gave a new missing-required error.
    ['create-callback', `{${CALLBACK},"to":"${USER}"}`, `Replace "to" according to whose id ` +
      `"${USER}" is, which cannot be told from it: a user's goes in "preferredAgentIds" inside ` +
      '"routingData", with the "queueId" it requires, as the body gives it: "routingData": ' +
      `{"queueId": "${QUEUE}", "preferredAgentIds": ["${USER}"]}; a queue's goes in "queueId": ` +
      `"${USER}".`],
    ['create-callback', `{"callbackNumbers":${NUMBERS},"to":{"id":"${USER}"}}`, 'Replace "to" ' +
      `according to whose id "${USER}" is, which cannot be told from it: a user's goes in ` +
      '"preferredAgentIds" inside "routingData", adding the "queueId" it requires; a queue\'s ' +
      `goes in "queueId": "${USER}".`],
    // The member is there already: "remove both and write" it is checked with the value written.
    ['create-call', '{"phoneNumber":"+13175550142","to":"tel:abc"}', '"phoneNumber" is already ' +
      'there, holding "+13175550142", and it holds one value: remove "to", or remove both and ' +
      'write "phoneNumber", with a value "phoneNumber" takes: as it is, /phoneNumber is "abc", ' +
      'which is not a phone number: it contains letters.'],
    ['create-call', '{"phoneNumber":"+13175550142","callerId":"+13175550100",' +
      '"callerIdNumber":"3175550199"}', '"callerId" is already there, holding "+13175550100", ' +
      'and it holds one value: remove "callerIdNumber", or remove both and write "callerId", ' +
      'written in E.164 ("+", country code and number): "callerId" takes strict E.164 only, and ' +
      '"3175550199" is not: it lacks the "+" and the country code.'],
    ['create-callback', `{${CALLBACK},"to":"sip:bob@example.com"}`, '"callbackNumbers" is ' +
      'already there, holding ["+13175550142"]: remove "to" and put both in that one list, ' +
      '"callbackNumbers", with a value "callbackNumbers" takes: as it is, /callbackNumbers/1 is ' +
      '"sip:bob@example.com", which is not a phone number: callback numbers take no URI scheme.'],
    ['create-call', '{"phoneNumber":"+13175550142","callerId":"+13175550100",' +
      '"callerIdNumber":"3175550100"}', 'Remove "callerIdNumber": "callerId" already holds ' +
      '"+13175550100", the same number in E.164.', 'US'],
    // Two invented members standing for one real one: the value each hint writes is checked.
    ['create-call', `{"callQueueId":"${QUEUE}","skills":["Spanish"],"skillIds":["${USER}"]}`,
      '"skills" and "skillIds" both go into "routingSkillsIds": put them in one list, with ' +
      'skill ids (UUIDs), not names: "Spanish" is not one.'],
    ['add-participants', '{"participants":[{"phoneNumber":"tel:abc","number":"+13175550142"}]}',
      '"phoneNumber" and "number" would both be "address", and the body can hold only one: keep ' +
      '"number" instead, or replace "phoneNumber" with "address", with a value "address" takes: ' +
      'as it is, /participants/0/address is "tel:abc", which is not a phone number: it contains ' +
      'letters.'],
    // More than five members moved into one object: the object they make is checked.
    ['update-participant-attributes', '{"vip":true,"a":"1","b":"2","c":"3","d":"4","e":"5"}',
      'Move it inside attributes, in one "attributes" object together with the 5 other members ' +
      'bound there, not one "attributes" each, with a value "attributes" takes: as it is, ' +
      '/attributes/vip must be a string, but it is a boolean true.'],
    ['update-participant-attributes', '{"a":"1","b":"2","c":"3","d":"4","e":"5","vip":true}',
      'Move it inside attributes, in one "attributes" object together with the 5 other members ' +
      'bound there, not one "attributes" each, with values "attributes" takes: as they are, it ' +
      'refuses "vip": /attributes/vip must be a string, but it is a boolean true.'],
    ['update-participant-attributes', '{"a":"1","b":1,"c":2,"d":3,"e":4,"f":5,"g":6}',
      'Move it inside attributes, in one "attributes" object together with the 6 other members ' +
      'bound there, not one "attributes" each, with values "attributes" takes: as they are, it ' +
      'refuses "b", "c", "d", "e", "f" and others: /attributes/b must be a string, but it is an ' +
      'integer 1.'],
  ];

  // Four columns each: jest passes a callback where a test takes more arguments than a row has.
  test.each(rows.map(([endpoint, body, hint, country]) => [endpoint, body, hint, country ?? '']))(
    '%s %s', (endpoint, body, hint, country) => {
    const [finding] = found(endpoint, body, country);
    expect(finding!.hint).toBe(hint);
    // The change would bring an error: --fix must not offer it either.
    expect(finding!.fix).toBeUndefined();
  },
  );

  test('a value the member takes keeps the plain rename, and its fix', () => {
    const [finding] = found('create-call', '{"phoneNumber":"+13175550142","data":{"a":"1"}}');
    expect(finding!.hint).toBe('Use "attributes" instead of "data".');
    expect(finding!.fix?.description).toBe('Rename "data" to "attributes".');
  });

  // Found by an attack: --fix renamed the wrapper to attributes, filing the number to call away
  // as custom data, while the hint said to lift it out.
  test.each([
    ['create-call', '{"data":{"phoneNumber":"+13175550143","callerId":"+13175550100"}}', 'attributes'],
    ['create-call', '{"customerData":{"phoneNumber":"+13175550143"}}', 'attributes'],
    ['create-callback', `{"attributes":{"queueId":"${QUEUE}"},"callbackNumbers":["+13175550143"]}`,
      'data'],
  ])('%s %s: a custom-data name holding the model\'s own members is lifted, not renamed',
    (endpoint, body, table) => {
      const finding = found(endpoint, body).find((f) => f.ruleId === 'unknown-field')!;
      expect(finding.hint).toMatch(/^Replace "\w+" with what it holds, set on the body itself: /);
      expect(finding.message).toContain(`which belong on the body; it is not ${table} (`);
      expect(finding.fix).toBeUndefined();
    });

  test('the caller-ID number of a callback is callerId, not the name beside it', () => {
    const [finding] = found('create-callback', `{${CALLBACK},"callerIdNumber":"+13175550100"}`);
    expect(finding!.message).toContain('the number presented when the callback is placed is callerId');
    expect(finding!.hint).toBe('Use "callerId" instead of "callerIdNumber".');
    expect(finding!.fix?.description).toBe('Rename "callerIdNumber" to "callerId".');
    expect(found('create-callback', `{${CALLBACK},"fromAddress":"+13175550100"}`)[0]!.hint)
      .toBe('Use "callerId" instead of "fromAddress".');
    expect(found('create-callback', `{${CALLBACK},"callerName":"Support"}`)[0]!.hint)
      .toBe('Use "callerIdName" instead of "callerName".');
  });

  // A variable moved into an id member was still told "with skill ids, not names", or called
  // a placeholder, though it is neither: it is known only once it is filled in.
  test('a variable bound for an id member is said to be unfilled, not a name', () => {
    const [skills] = found('create-call',
      '{"phoneNumber":"+13175550142","skills":["{{skill}}","Spanish"]}');
    expect(skills!.hint).toBe('Use "routingSkillsIds" instead of "skills", with skill ids ' +
      '(UUIDs), not names: "Spanish" is not one; "{{skill}}" holds a variable left unfilled: ' +
      'lint the body as sent, with it filled in.');
    const [only] = found('create-call', '{"phoneNumber":"+13175550142","skillIds":["${SKILL}"]}');
    expect(only!.hint).not.toContain('not names');
    const [queue] = found('create-call', '{"to":{"type":"queue","id":"{{queueName}}"}}');
    expect(queue!.hint).toBe('Replace "to" with "callQueueId": the queue\'s id (a UUID; ' +
      '"{{queueName}}" is not one, a variable left unfilled).');
  });

  // A callerName holding a phone number was told to become callerIdName, the display name.
  test('a name member holding a phone number is sent to callerId, fixed only when that is free',
    () => {
      const [call] = found('create-call', '{"phoneNumber":"+13175550142","callerName":"+13175550100"}');
      expect(call!.message).toContain('this value is a phone number, and the number presented is ' +
        'callerId.');
      expect(call!.hint).toBe('Use "callerId" instead of "callerName".');
      expect(call!.fix?.description).toBe('Rename "callerName" to "callerId".');
      const [callback] = found('create-callback', `{${CALLBACK},"callerName":"+13175550100"}`);
      expect(callback!.hint).toBe('Use "callerId" instead of "callerName".');
      // Not E.164, or callerId taken: the hint says what to do, and no fix is offered.
      const [national] = found('create-call', '{"phoneNumber":"+13175550142","callerName":"3175550100"}');
      expect(national!.hint).toContain('Use "callerId" instead of "callerName", written in E.164');
      const [taken] = found('create-call',
        '{"phoneNumber":"+13175550142","callerId":"+13175550199","callerName":"+13175550100"}');
      expect(taken!.hint).toContain('"callerId" is already there, holding "+13175550199"');
      expect([national!.fix, taken!.fix]).toEqual([undefined, undefined]);
    });

  // The hint wrote it in E.164 while the fix moved it as it was, to fail invalid-phone there.
  test.each([['callerIdNumber', '+1 317 555 0100'], ['fromAddress', 'tel:+13175550100']])(
    'a %s holding its E.164 number whole is fixed into callerId written so, as from is',
    (member, value) => {
      const [finding] = found('create-callback', `{${CALLBACK},"${member}":"${value}"}`);
      expect(finding!.hint).toBe(`Use "callerId" instead of "${member}", written in E.164: ` +
        '"+13175550100".');
      expect(finding!.fix?.description).toBe(`Replace "${member}" with "callerId": "+13175550100".`);
    });
});

test('uui is renamed to uuiData on a call, as on the set-uui-data body', () => {
  for (const endpoint of ['create-call', 'set-uui-data']) {
    const body = endpoint === 'create-call' ? '{"phoneNumber":"+13175550142","uui":"abc"}'
      : '{"uui":"abc"}';
    const finding = lintText(body, { endpoint }).findings.find((f) => f.ruleId === 'unknown-field')!;
    expect(finding.hint).toBe('Use "uuiData" instead of "uui".');
    expect(finding.fix?.description).toBe('Rename "uui" to "uuiData".');
  }
});

// The check lints the way to the change alone (isolateAt), so an entry deep in a long list is
// judged, and named, at its own index: a list of 20,000 such entries had taken 27 times as long.
test('a rename in the third participants entry is checked there, and named by its index', () => {
  const body = '{"participants":[{"address":"+13175550142"},{"address":"+13175550143"},' +
    '{"adress":"abc"}]}';
  const found = lintText(body).findings.find((f) => f.ruleId === 'unknown-field')!;
  expect(found.hint).toBe('Rename "adress" to "address", with a value "address" takes: as it ' +
    'is, /participants/2/address is "abc", which is not a phone number: it contains letters.');
});

// The hint wrote a dressed "from" number in E.164 for callerId, but the fix moved it as written
// and was then refused by the check of its new place (kittiwake): it writes what the hint shows.
test.each([
  ['+1 (317) 555-0199', '+13175550199'],
  ['tel:+1-317-555-0199', '+13175550199'],
])('a call\'s "from" of %s is fixed to callerId %s', (from, callerId) => {
  const body = JSON.stringify({ phoneNumber: '+13175550100', from });
  expect(JSON.parse(fixText(body).output)).toEqual({ phoneNumber: '+13175550100', callerId });
});

test('a national "from" is not fixed: no digit of a caller id is guessed', () => {
  const body = JSON.stringify({ phoneNumber: '+13175550100', from: '317-555-0199' });
  expect(fixText(body).output).toBe(body);
});

test('a type contradicting a number in an unknown member: neither is fixed, and both say why', () => {
  const findings = lintText('{"number":"+13175550142","type":"agent"}').findings
    .filter((f) => f.ruleId === 'unknown-field');
  const why = 'Not fixed for you: "type" is "agent", which contradicts "number", holding a number ' +
    '("+13175550142"); decide which party is meant.';
  // The word's own hint leads with the choice of party: removing the word is one answer only.
  expect(findings.map((f) => [f.pointer, f.hint, f.fix])).toEqual([
    ['/number', `Use "phoneNumber" instead of "number". ${why}`, undefined],
    ['/type', 'Decide which party is meant: "number" holds a number ("+13175550142"), but "type" ' +
      'is "agent". If it is the number, remove "type"; if a user is meant, put the user\'s id (a ' +
      'UUID) in "callUserId" in place of "number", and remove "type". Not fixed for you.',
    undefined],
  ]);
});

// The message said "so use phoneNumber" while the hint said the move was not made for you.
test.each([
  ['create-call', '{"to":"+13175550142","type":"agent"}', '"type" beside it is "agent"'],
  ['consult', '{"speakTo":"DESTINATION","to":"+13175550142","type":"agent"}',
    '"type" beside it is "agent"'],
  ['create-call', '{"to":"+13175550142","kind":"callback"}', '"kind" beside it is "callback"'],
])('%s: a "to" beside a kind word that disagrees is not told which member to use: %s',
  (endpoint, body, said) => {
    const to = lintText(body, { endpoint }).findings.find((f) => f.pointer === '/to');
    expect(to?.message).toMatch(new RegExp(`this one is a number, but ${said}\\.$`));
    expect(to?.message).not.toContain('so use');
    expect(to?.hint).toContain('Not fixed for you:');
  });

// It began 'Remove "type".', which read as the whole fix, though the word may be the part that
// is right ("agent" meant the agent, not the number beside it).
describe('a kind word that contradicts its party leads its hint with the choice of party', () => {
  const decide = 'Decide which party is meant: ';
  test.each([
    ['create-call', '{"phoneNumber":"+13175550142","type":"agent"}', '/type',
      `${decide}"phoneNumber" holds a number ("+13175550142"), but "type" is "agent". If it is the ` +
      'number, remove "type"; if a user is meant, put the user\'s id (a UUID) in "callUserId" in ' +
      'place of "phoneNumber", and remove "type". Not fixed for you.'],
    ['consult', `{"speakTo":"BOTH","destination":{"type":"phone","userId":"${USER}"}}`,
      '/destination/type', `${decide}"userId" holds a user ("${USER}"), but "type" is "phone". If ` +
      'it is the user, remove "type"; if a number is meant, put the number in "address" in place ' +
      'of "userId", and remove "type". Not fixed for you.'],
    // A participant may name several: the other kind's member joins the one there.
    ['add-participants', '{"participants":[{"address":"+13175550142","type":"queue"}]}',
      '/participants/0/type', `${decide}"address" holds a number ("+13175550142"), but "type" is ` +
      '"queue". If it is the number, remove "type"; if a queue is meant, put the queue\'s id (a ' +
      'UUID) in "queueId", and remove "type". Not fixed for you.'],
    ['consult-agent', `{"speakTo":"BOTH","userId":"${USER}","type":"phone"}`, '/type',
      `${decide}"userId" holds a user ("${USER}"), but "type" is "phone". If it is the user, ` +
      'remove "type"; ConsultTransferToAgent has no member for a number. Not fixed for you.'],
    ['create-call', '{"phoneNumber":"+13175550142","type":["agent"]}', '/type',
      `${decide}"phoneNumber" holds a number ("+13175550142"), but "type" holds ["agent"], which ` +
      'this check cannot read as a kind. If it is the number, remove "type"; if not, put the ' +
      'party meant in its own member ("callUserId" for a user or "callQueueId" for a queue) in ' +
      'place of "phoneNumber", and remove "type". Not fixed for you.'],
  ])('%s %s', (endpoint, body, pointer, hint) => {
    const found = lintText(body, { endpoint }).findings
      .find((f) => f.ruleId === 'unknown-field' && f.pointer === pointer);
    expect(found?.hint).toBe(hint);
    expect(found?.fix).toBeUndefined();
  });
});

describe('a body written for another endpoint', () => {
  const consult = `{\n  "speakTo": "DESTINATION",\n  "to": {"type": "user", "id": "${USER}"}\n}`;
  const unknown = (text: string, options = {}) => lintText(text, options).findings
    .filter((f) => f.ruleId === 'unknown-field');

  test('a consult linted as a call: "to" is not translated into callUserId', () => {
    expect(fixText(consult).output).toBe(consult);
    const [speakTo, to] = unknown(consult);
    expect(to?.fix).toBeUndefined();
    expect(to?.hint).toContain('Not fixed for you: its "speakTo" makes the body look written ' +
      'for another endpoint. Lint it with endpoint: "consult-agent" (or consult-queue, ' +
      'consult-address or consult-external)');
    expect(speakTo?.message).toContain('"speakTo" is a member of ConsultTransferToAgent');
    expect(speakTo?.hint).toMatch(/^Lint it with endpoint: "consult-agent" .* in the config's "endpoints"\./);
    // Linted as the consult it is, its "to" is still read.
    expect(unknown(consult, { endpoint: 'consult' })[0]?.message)
      .toContain('so use userId inside destination');
  });

  test('a call linted as a consult names create-call', () => {
    const body = '{"phoneNumber":"+13175550142","callerId":"+13175550100"}';
    const found = unknown(body, { endpoint: 'consult' });
    expect(found.map((f) => f.message)).toEqual([0, 1].map(() =>
      expect.stringContaining('"phoneNumber" and "callerId" are members of CreateCallRequest')));
    expect(found[0]?.hint).toContain('endpoint: "create-call"');
  });

  test('a member this model knows as invented is no evidence beside a call\'s own members', () => {
    const body = '{"destination":"+13175550142","callerIdName":"Desk"}';
    expect(fixText(body).output).toBe('{"phoneNumber":"+13175550142","callerIdName":"Desk"}');
  });

  // {"destination": ...} alone is a whole post-call action body: renamed, it was a call.
  test('alone, it is evidence when another model takes the whole body as it is', () => {
    const body = '{"destination":"+13175550142"}';
    expect(fixText(body).output).toBe(body);
    expect(unknown(body)[0]?.hint).toMatch(/^Lint it with endpoint: "post-call-action", .* If the /);
  });
});

test('a target inside another object is hinted as JSON one can paste, not as a dotted member', () => {
  const hint = (body: string) => lintText(body, { endpoint: 'consult' }).findings
    .find((f) => f.ruleId === 'unknown-field')?.hint;
  expect(hint('{"speakTo":"BOTH","to":"+13175550142"}'))
    .toBe('Replace "to" with "destination": {"address": "+13175550142"}.');
  expect(hint(`{"speakTo":"BOTH","to":{"type":"user","id":"${USER}"}}`))
    .toBe(`Replace "to" with "destination": {"userId": "${USER}"}.`);
});

test('a kind member in another case, or holding no word, is read for the clash it makes', () => {
  const hintOf = (body: string) => lintText(body).findings
    .find((f) => f.ruleId === 'unknown-field' && f.pointer === '/number')?.hint;
  expect(hintOf('{"Type":"agent","number":"+13175550142"}')).toBe('Use "phoneNumber" instead of ' +
    '"number". Not fixed for you: "Type" is "agent", which contradicts "number", holding a number ' +
    '("+13175550142"); decide which party is meant.');
  expect(hintOf('{"type":["agent"],"number":"+13175550142"}')).toBe('Use "phoneNumber" instead of ' +
    '"number". Not fixed for you: "type" is ["agent"], which is no word and may name another kind ' +
    'of party than "number", holding a number ("+13175550142"); decide which party is meant.');
  // A word in another case that agrees with the number is no clash: the number is moved, and
  // the word, which the member used says already, is removed as "type" is.
  expect(fixText('{"Type":"phone","number":"+13175550142"}').output)
    .toBe('{"phoneNumber":"+13175550142"}');
});

// "address_type" was read as a kind member for a clash but not for the party, its move or its
// removal: a "to" holding it was said to lose it, and beside a target it got no removal.
test('a kind member spelled with separators is read as "addressType" is, everywhere', () => {
  const hintAt = (body: string, pointer: string) => lintText(body).findings
    .find((f) => f.ruleId === 'unknown-field' && f.pointer === pointer)?.hint;
  expect(hintAt('{"to":{"address_type":"phone","address":"+13175550142"}}', '/to'))
    .toBe('Replace "to" with "phoneNumber": "+13175550142".');
  const top = lintText('{"phoneNumber":"+13175550142","address_type":"phone"}').findings[0];
  expect([top?.message, top?.hint]).toEqual([expect.stringContaining('the kind of address ' +
    'follows from the member used'), 'Remove "address_type".']);
});

// A word it did not know ("callback") and an "address_type" were not read at all: the number
// was moved into phoneNumber as if nothing disagreed.
describe('a kind word not known, or a kind member spelled with a separator', () => {
  const PHONE = '"+13175550142"';
  const unknownWord = (party: string) => 'a word not known to name a kind of party, so it may ' +
    `mean another party than "${party}", holding a number (${PHONE}); decide which party is meant.`;
  const found = (body: string, rule = 'unknown-field', pointer = '/to') => lintText(body).findings
    .find((f) => f.ruleId === rule && f.pointer === pointer)!;

  test('inside a "to": the move is kept as the hint, the word is said to stop it', () => {
    const body = '{"to":{"type":"callback","address":"+13175550142"}}';
    const note = `Not fixed for you: "type" is "callback", ${unknownWord('address')}`;
    const to = found(body);
    expect(to.message.endsWith(`this one is a number (its number is ${PHONE}), but its "type" ` +
      'is "callback".')).toBe(true);
    expect([to.hint, to.fix])
      .toEqual([`Replace "to" with "phoneNumber": ${PHONE}. ${note}`, undefined]);
    expect(found(body, 'missing-target', '').hint)
      .toBe(`Move the number from "to" into "phoneNumber": ${PHONE}. ${note}`);
    expect(fixText(body).output).toBe(body);
  });

  test('beside the member it would stop: both findings say so, neither is fixed', () => {
    const body = '{"kind":"frobnicate","to":"+13175550142"}';
    const note = `Not fixed for you: "kind" is "frobnicate", ${unknownWord('to')}`;
    expect([found(body).hint, found(body).fix])
      .toEqual([`Replace "to" with "phoneNumber": ${PHONE}. ${note}`, undefined]);
    // The word's own hint leads with the choice (kind-decision.ts) and says why it is one.
    expect(found(body, 'unknown-field', '/kind').hint).toMatch(new RegExp('^Decide which party ' +
      'is meant: "to" holds a number .*, but "kind" is "frobnicate", a word not known to name a ' +
      'kind of party\\. If it is the number, remove "kind";'));
    expect(fixText(body).output).toBe(body);
  });

  test('"address_type" is a kind member: its "agent" contradicts the number beside it', () => {
    const beside = '{"address_type":"agent","number":"+13175550142"}';
    expect(found(beside, 'unknown-field', '/number').hint).toBe('Use "phoneNumber" instead of ' +
      `"number". Not fixed for you: "address_type" is "agent", which contradicts "number", ` +
      `holding a number (${PHONE}); decide which party is meant.`);
    expect(fixText(beside).output).toBe(beside);
    const inside = '{"to":{"address_type":"agent","address":"+13175550142"}}';
    // Not "it has no type": it has one, under a name the shape is not read by.
    expect(found(inside).message.endsWith(`this one is a number (its number is ${PHONE}), but ` +
      'its "address_type" is "agent".')).toBe(true);
  });

  test('a named "from" typed with an unknown word asks who is calling, unfixed', () => {
    const body = '{"phoneNumber":"+13175550199","from":{"type":"callback",' +
      '"number":"+13175550142","name":"Sales"}}';
    const from = found(body, 'unknown-field', '/from');
    expect([from.hint, from.fix]).toEqual(['Decide who is calling: "number" inside "from" holds ' +
      `a number (${PHONE}), but "type" is "callback", a word not known to name a kind of party. ` +
      `If it is the number, replace "from" with "callerId": ${PHONE} and "callerIdName": ` +
      '"Sales"; if not, name the caller in its own place (the endpoint POST ' +
      '/api/v2/conversations/calls/user/{userId} for a user or "callFromQueueId" for a queue). ' +
      'Not fixed for you.', undefined]);
    // A word that agrees is no clash: both are written.
    expect(found(body.replace('callback', 'PSTN'), 'unknown-field', '/from').fix).toBeDefined();
  });
});

// Its digits were read as a number to call, so "type" was said to stop the rename to uuiData.
test('a member that holds no party is not judged against a kind word beside it', () => {
  for (const word of ['sales', 'agent']) {
    const body = `{"phoneNumber":"+13175550142","type":"${word}","uui":"12345"}`;
    const uui = lintText(body).findings.find((f) => f.pointer === '/uui');
    expect([uui?.hint, uui?.fix?.description])
      .toEqual(['Use "uuiData" instead of "uui".', 'Rename "uui" to "uuiData".']);
  }
  // A compound of known words that agree is read as those words: nothing to note.
  const to = lintText('{"to":{"type":"Mobile Number","number":"+13175550142"}}').findings
    .find((f) => f.pointer === '/to');
  expect(to?.hint).toBe('Replace "to" with "phoneNumber": "+13175550142".');
});

// Both said "callerId" already held another number, "nothing", though the body had no callerId.
test('a "from" beside a "From" names the other as bound for callerId too, and neither is fixed', () => {
  const body = '{"phoneNumber":"+13175550142","from":{"number":"+13175550100","name":"Sales"},' +
    '"From":{"number":"+13175550111"}}';
  const findings = lintText(body).findings.filter((f) => f.ruleId === 'unknown-field');
  const tail = (text: string) => text.slice(text.lastIndexOf('; ') + 2);
  expect(findings.map((f) => [f.pointer, tail(f.message), f.hint, f.fix])).toEqual([
    ['/from', '"From" would be "callerId" as well.', '"from" and "From" would both be ' +
      '"callerId", and the body can hold only one: replace "from" with "callerId": ' +
      '"+13175550100" and "callerIdName": "Sales", or keep "From" instead.', undefined],
    ['/From', '"from" would be "callerId" as well.', '"From" and "from" would both be ' +
      '"callerId", and the body can hold only one: replace "From" with "callerId": ' +
      '"+13175550111", or keep "from" instead.', undefined],
  ]);
  expect(fixText(body).output).toBe(body);
});

// It said this "to" named no number, user or queue, with the plain hint.
test('a "to" holding its number as a JSON number is a number, quoted as phoneNumber would be', () => {
  const body = '{"to":{"type":"phone","number":13175550142}}';
  const found = lintText(body).findings.find((f) => f.ruleId === 'unknown-field');
  const quoted = lintText('{"phoneNumber":13175550142}').findings
    .find((f) => f.ruleId === 'wrong-type')?.hint;
  expect(found?.message).toContain('this one is a number, but written as the JSON number ' +
    '13175550142, and phoneNumber takes it as a string.');
  expect(found?.hint)
    .toBe(`Replace "to" with "phoneNumber", holding the number as a string. ${quoted}`);
  expect(quoted).toMatch(/^Put the value in quotes: "\+13175550142" /);
  // The + sign is a guess, as it is for a phoneNumber sent so: neither is fixed.
  expect(found?.fix).toBeUndefined();
  expect(fixText(body).output).toBe(body);
  // A bare one, and one on a consult, whose number goes inside destination.
  expect(lintText('{"to":3175550142}').findings.find((f) => f.ruleId === 'unknown-field')?.hint)
    .toBe('Replace "to" with "phoneNumber", holding the number as a string. Put the value in ' +
      'quotes: "3175550142", better in E.164 form with + and the country code.');
  expect(lintText('{"speakTo":"BOTH","to":{"number":13175550142}}', { endpoint: 'consult' })
    .findings.find((f) => f.ruleId === 'unknown-field')?.hint)
    .toMatch(new RegExp('^Replace "to" with "address" inside "destination", holding the number ' +
      'as a string\\. Put the value in quotes: "\\+13175550142"'));
});

// It said only to quote the number, as if "agent" beside it settled nothing.
test('a "to" holding a JSON number beside a word of another kind says they disagree', () => {
  const hint = lintText('{"to":{"type":"agent","number":13175550142}}').findings
    .find((f) => f.ruleId === 'unknown-field')?.hint;
  expect(hint).toMatch(/^Replace "to" with "phoneNumber", holding the number as a string\. Put /);
  expect(hint?.endsWith('. Not fixed for you: "type" is "agent", which contradicts "number", ' +
    'holding a number (13175550142); decide which party is meant.')).toBe(true);
});

// It said "this one is a number ... so use phoneNumber", and nothing of why it was not fixed.
test('a "to" whose type contradicts its party says so as the body\'s own type does, unfixed', () => {
  const clash = 'Not fixed for you: "type" is "user", which contradicts "phoneNumber", holding a ' +
    'number ("+13175550142"); decide which party is meant.';
  const body = '{"to":{"type":"user","phoneNumber":"+13175550142"}}';
  const findings = lintText(body).findings;
  const to = findings.find((f) => f.ruleId === 'unknown-field');
  expect(to?.message).toMatch(/this one is a number \(.*\), but its "type" is "user"\.$/);
  expect(to?.hint).toBe(`Replace "to" with "phoneNumber": "+13175550142". ${clash}`);
  expect(findings.find((f) => f.ruleId === 'missing-target')?.hint).toBe('Move the number from ' +
    `"to" into "phoneNumber": "+13175550142". ${clash}`);
  expect(fixText(body).output).toBe(body);
  // A number word beside a user id disagrees too, as "type": "phone" beside callUserId does.
  const user = `{"to":{"type":"phone","userId":"${USER}"}}`;
  expect(fixText(user).output).toBe(user);
  // A word that agrees is no clash: the shape is still translated.
  expect(fixText(`{"to":{"type":"agent","userId":"${USER}"}}`).output)
    .toBe(`{"callUserId":"${USER}"}`);
});

// A "from" typed "user" beside a number got 'Replace "from" with "callerId": …', as if the number
// were settled: a caller id is a number only, and the word may mean the queue calling or the
// user's own endpoint. The hint leads with the choice of caller, and names what each answer asks.
describe('a "from" whose kind word contradicts its party leads with who is calling', () => {
  const decide = 'Decide who is calling: ';
  const PHONE = '"+13175550142"';
  test.each([
    ['{"from":{"type":"user","address":"+13175550142"},"phoneNumber":"+13175550100"}',
      `${decide}"address" inside "from" holds a number (${PHONE}), but "type" is "user". If it ` +
      `is the number, replace "from" with "callerId": ${PHONE}; if a user is meant, remove ` +
      '"from" and POST to /api/v2/conversations/calls/user/{userId} with the user\'s id. Not ' +
      'fixed for you.'],
    ['{"from":{"type":"queue","address":"+13175550142"},"phoneNumber":"+13175550100"}',
      `${decide}"address" inside "from" holds a number (${PHONE}), but "type" is "queue". If it ` +
      `is the number, replace "from" with "callerId": ${PHONE}; if a queue is meant, replace ` +
      '"from" with "callFromQueueId", holding the queue\'s id (a UUID). Not fixed for you.'],
    [`{"from":{"type":"phone","queueId":"${QUEUE}"},"phoneNumber":"+13175550100"}`,
      `${decide}"queueId" inside "from" holds a queue ("${QUEUE}"), but "type" is "phone". If ` +
      `it is the queue, replace "from" with "callFromQueueId": "${QUEUE}"; if a number is ` +
      'meant, replace "from" with "callerId", holding the number. Not fixed for you.'],
    // Its number under the call's own names is read for the clash as it is for the fix.
    ['{"from":{"callerIdNumber":"+13175550142","callerIdName":"Bob","type":"agent"},' +
      '"phoneNumber":"+13175550100"}', `${decide}"callerIdNumber" inside "from" holds a number ` +
      `(${PHONE}), but "type" is "agent". If it is the number, replace "from" with "callerId": ` +
      `${PHONE} and "callerIdName": "Bob"; if a user is meant, remove "from" and POST to ` +
      '/api/v2/conversations/calls/user/{userId} with the user\'s id. Not fixed for you.'],
    ['{"from":{"callerId":"+13175550142","type":"callback"},"phoneNumber":"+13175550100"}',
      `${decide}"callerId" inside "from" holds a number (${PHONE}), but "type" is "callback", ` +
      'a word not known to name a kind of party. If it is the number, replace "from" with ' +
      `"callerId": ${PHONE}; if not, name the caller in its own place (the endpoint POST ` +
      '/api/v2/conversations/calls/user/{userId} for a user or "callFromQueueId" for a queue). ' +
      'Not fixed for you.'],
  ])('%s', (body, hint) => {
    const from = lintText(body).findings.find((f) => f.pointer === '/from')!;
    expect([from.hint, from.fix]).toEqual([hint, undefined]);
  });
});

// A "from" with two numbers got 'Replace "from" with "callerId": "+13175550111"', one of them
// picked by the order of the reading, not by the author: it names both and asks which it is.
describe('a "from" holding two numbers asks which is the caller id', () => {
  const ask = 'Decide which number is the caller id: inside "from", ';
  test.each([
    ['{"from":{"callerIdNumber":"+13175550100","number":"+13175550111"},' +
      '"phoneNumber":"+13175550142"}', `${ask}"callerIdNumber" holds "+13175550100" and "number" ` +
      'holds "+13175550111". Replace "from" with "callerId" holding that one. Not fixed for you.'],
    ['{"from":{"number":"+13175550100","phoneNumber":"+13175550111","name":"Sales"},' +
      '"phoneNumber":"+13175550142"}', `${ask}"number" holds "+13175550100" and "phoneNumber" ` +
      'holds "+13175550111". Replace "from" with "callerId" holding that one and "callerIdName": ' +
      '"Sales". Not fixed for you.'],
  ])('%s', (body, hint) => {
    const from = lintText(body).findings.find((f) => f.pointer === '/from')!;
    expect([from.hint, from.fix]).toEqual([hint, undefined]);
    expect(from.message).toContain('it holds two different numbers, "+13175550100" in ');
  });

  // It gave the two-numbers hint, then the old 'Not fixed for you: "type" is ...' sentence.
  test.each([
    ['"type":"user"', 'but "type" is "user". If it is one of the numbers, replace "from" with ' +
      '"callerId" holding the one that is the caller id; if a user is meant, remove "from" and ' +
      'POST to /api/v2/conversations/calls/user/{userId} with the user\'s id. Not fixed for you.'],
    ['"kind":"callback","name":"Sales"', 'but "kind" is "callback", a word not known to name a ' +
      'kind of party. If it is one of the numbers, replace "from" with "callerId" holding the ' +
      'one that is the caller id and "callerIdName": "Sales"; if not, name the caller in its ' +
      'own place (the endpoint POST /api/v2/conversations/calls/user/{userId} for a user or ' +
      '"callFromQueueId" for a queue). Not fixed for you.'],
  ])('with a kind word that disagrees (%s), the choice of caller leads one hint', (word, end) => {
    const body = `{"from":{${word},"callerIdNumber":"+13175550100","number":"+13175550111"},` +
      '"phoneNumber":"+13175550142"}';
    const from = lintText(body).findings.find((f) => f.pointer === '/from')!;
    expect([from.hint, from.fix]).toEqual(['Decide who is calling: inside "from", ' +
      `"callerIdNumber" holds "+13175550100" and "number" holds "+13175550111", ${end}`, undefined]);
  });

  test('one number written twice is one number, moved as before', () => {
    const body = '{"from":{"callerIdNumber":"+13175550100","number":"tel:+13175550100"},' +
      '"phoneNumber":"+13175550142"}';
    expect(lintText(body).findings.find((f) => f.pointer === '/from')?.hint)
      .toBe('Replace "from" with "callerId": "+13175550100".');
  });
});

// A "from" with an extension beside its number got 'Replace "from" with "callerId": …' alone,
// dropping the extension unsaid, where a "to"'s hint says what it leaves out.
describe('a "from" with an extension says the extension is left out', () => {
  const left = 'is left out, as callerId takes a number only and this body has no member for the ' +
    'caller\'s extension.';
  test.each([
    ['{"from":{"callerIdNumber":"+13175550100","extension":"12"},"phoneNumber":"+13175550142"}',
      `Replace "from" with "callerId": "+13175550100"; its "extension" "12" ${left}`],
    ['{"from":{"number":"+13175550100","ext":"12","name":"Sales"},"phoneNumber":"+13175550142"}',
      'Replace "from" with "callerId": "+13175550100" and "callerIdName": "Sales"; its "ext" ' +
      `"12" ${left}`],
    ['{"from":{"number":"+13175550100","ext":"12","name":"Sales"},"callerId":"+13175550100",' +
      '"phoneNumber":"+13175550142"}', 'Replace "from" with "callerIdName": "Sales": "callerId" ' +
      `already holds "+13175550100"; its "ext" "12" ${left}`],
  ])('%s', (body, hint) => {
    const from = lintText(body).findings.find((f) => f.pointer === '/from')!;
    expect([from.hint, from.fix]).toEqual([hint, undefined]);
  });
});

// Messages said "so use destination.address" and "routingData.preferredAgentIds", as if the dot
// were part of a member's name, after the hints had stopped: they name the key inside its object.
describe('a message names a member inside another object by its key, not by a dotted name', () => {
  test.each([
    ['consult', '{"speakTo":"BOTH","to":"tel:abc"}', 'the target is named by address inside ' +
      'destination for a number, userId inside destination for a user or queueId inside ' +
      'destination for a queue; this one is a number, so use address inside destination.'],
    ['create-callback', `{"queueId":"${QUEUE}","callbackNumbers":["+13175550142"],"to":{"type":` +
      `"user","id":"${USER}"}}`, 'the target is named by callbackNumbers for a number, ' +
      'preferredAgentIds inside routingData for a user or queueId for a queue; this one is a ' +
      'user, so use preferredAgentIds inside routingData.'],
    ['consult', '{"speakTo":"BOTH","to":{"number":13175550142}}', 'and address inside ' +
      'destination takes it as a string.'],
  ])('%s %s', (endpoint, body, text) => {
    const to = lintText(body, { endpoint }).findings.find((f) => f.pointer === '/to')!;
    expect(to.message.endsWith(text)).toBe(true);
    expect(to.message).not.toMatch(/\b(destination|routingData)\.\w/);
  });

  // The same dotted names stood in hints that offer a choice of member, where no move is made.
  test('a hint offering a choice of member writes each inside its object', () => {
    const hintOf = (body: string, endpoint: string) => lintText(body, { endpoint }).findings
      .find((f) => f.pointer === '/to')?.hint;
    expect(hintOf('{"speakTo":"BOTH","to":{"foo":1}}', 'consult')).toBe('Replace "to" with ' +
      'exactly one of "address" inside "destination", "userId" inside "destination" or ' +
      '"queueId" inside "destination".');
    expect(hintOf(`{"speakTo":"BOTH","to":"${USER}"}`, 'consult')).toBe('Replace "to" according ' +
      `to whose id "${USER}" is, which cannot be told from it: a user's goes in "destination": ` +
      `{"userId": "${USER}"}; a queue's goes in "destination": {"queueId": "${USER}"}.`);
  });
});

// A callback's routingData naming its queue: a "to" naming a queue was told, and fixed, to become
// "queueId" beside it, a second queue whose precedence over routingData's is documented nowhere.
describe('a callback whose routingData names a queue keeps it when a "to" names one', () => {
  const OTHER = '7e3f0a1b-2c4d-4e5f-8a6b-9c0d1e2f3a4b';
  const callback = (to: string) =>
    `{"callbackNumbers":${NUMBERS},"routingData":{"queueId":"${QUEUE}"},"to":${to}}`;
  const toFinding = (endpoint: string, body: string) =>
    lintText(body, { endpoint }).findings.find((f) => f.pointer === '/to')!;

  test.each(['create-callback', 'create-participant-callback'])('on %s, another queue is ' +
    'said and left to the author', (endpoint) => {
    const body = callback(`{"type":"queue","id":"${OTHER}"}`);
    const to = toFinding(endpoint, body);
    expect(to.hint).toBe(`"queueId" inside "routingData" already holds "${QUEUE}", and "to" ` +
      `names "${OTHER}": moved into "queueId", it would give the callback two queues, and which ` +
      `one routes it is not documented. Remove "to" to keep "${QUEUE}", or write "${OTHER}" in ` +
      '"queueId" inside "routingData" and remove "to". Not fixed for you: which queue is meant ' +
      'is yours to say.');
    expect(to.fix).toBeUndefined();
    expect(fixText(body, { endpoint }).output).toBe(body);
  });

  test('the same queue: the "to" only repeats it', () => {
    const to = toFinding('create-callback', callback(`{"queueId":"${QUEUE}"}`));
    expect([to.hint, to.fix]).toEqual([`Remove "to": "queueId" inside "routingData" already ` +
      `holds "${QUEUE}".`, undefined]);
  });

  test('a queue named by name is asked for by its id there', () => {
    const to = toFinding('create-callback', callback('{"type":"queue","id":"Sales"}'));
    expect(to.hint).toContain('or write the queue\'s id (a UUID; "Sales" is not one, perhaps its ' +
      'name) in "queueId" inside "routingData"');
  });

  test('an untyped id: the queue\'s answer says what routingData holds', () => {
    const hint = (id: string) => toFinding('create-callback', callback(`{"id":"${id}"}`)).hint;
    expect(hint(OTHER)).toMatch(new RegExp(`; a queue's goes in "queueId" inside "routingData", ` +
      `in place of the "${QUEUE}" held there\\.$`));
    expect(hint(QUEUE)).toMatch(/; a queue's is in "queueId" inside "routingData" already\.$/);
  });

  test('without a queue in routingData the move into queueId stands, and is fixed', () => {
    const body = `{"callbackNumbers":${NUMBERS},"routingData":{"priority":1},` +
      `"to":{"type":"queue","id":"${OTHER}"}}`;
    const to = toFinding('create-callback', body);
    expect(to.hint).toBe(`Replace "to" with "queueId": "${OTHER}".`);
    expect(to.fix).toBeDefined();
  });
});
