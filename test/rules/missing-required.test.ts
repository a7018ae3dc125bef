import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/lint/lint-text.js';
import { article } from '../../src/rules/support/article.js';
import { entryShape } from '../../src/rules/support/member-shape.js';
import { deref, loadModel } from '../../src/schema/registry.js';
import { ruleTable } from '../support/rule-table.js';

const lines = (...rows: string[]): string => rows.join('\n');

const QUEUE = '2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b';
const NUMBERS = '["+13175550142"]';

/** This rule's finding at pointer, linting body for endpoint. */
const findingAt = (endpoint: string, body: string, pointer: string) =>
  lintText(body, { endpoint }).findings
    .find((f) => f.ruleId === 'missing-required' && f.pointer === pointer);

// The pointer names the missing member; the finding is located at the opening brace of the
// object that lacks it. An empty required list is located at the list itself.
ruleTable('missing-required', {
  accept: [
    {
      name: 'a consult with speakTo and destination',
      endpoint: 'consult',
      body: '{"speakTo":"DESTINATION","destination":{"address":"+13175550142"}}',
    },
    {
      name: 'an empty speakTo (empty-value instead: the member is present)',
      endpoint: 'consult',
      body: '{"speakTo":"","destination":{"address":"+13175550142"}}',
    },
    {
      name: 'a null destination (not-an-object instead: the member is present)',
      endpoint: 'consult',
      body: '{"speakTo":"BOTH","destination":null}',
    },
    {
      name: 'a callback with numbers and routingData.queueId',
      endpoint: 'create-callback',
      body: `{"routingData":{"queueId":"${QUEUE}"},"callbackNumbers":${NUMBERS}}`,
    },
    {
      name: 'a callback list holding an empty string (not an empty list)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":[""]}`,
    },
    { name: 'a call (no member is required)', body: '{"phoneNumber":"+13175550142"}' },
    {
      name: 'a call update that disconnects (startTime and participants not asked for)',
      endpoint: 'update-call',
      body: '{"state":"disconnected"}',
    },
    {
      name: 'a callback conversation update that pauses recording',
      endpoint: 'update-callback-conversation',
      body: '{"recordingState":"PAUSED","participants":[]}',
    },
    {
      name: 'a transfer (no member is required)',
      endpoint: 'replace',
      body: '{"voicemail":true}',
    },
  ],
  reject: [
    {
      name: 'participants added without startTime (CONV-ADD-1: warning)',
      endpoint: 'add-participants',
      body: '{"participants":[{"address":"+13175550142"}]}',
      findings: [
        { pointer: '/startTime', line: 1, column: 1, severity: 'warning', message: 'not documented' },
      ],
    },
    {
      name: 'an add-participants body with an empty list',
      endpoint: 'add-participants-for-user',
      body: '{"startTime":"2026-01-02T16:59:59Z","participants":[]}',
      findings: [{ pointer: '/participants', line: 1, column: 52, severity: 'error' }],
    },
    {
      // CONV-PATCH-1 asks for an entry on the PATCH endpoints only; adding participants merges
      // nothing with an empty list, which is noise (missing-required's warning), not an error.
      name: 'an empty conversationIds list when adding participants: a warning',
      endpoint: 'add-participants',
      body: '{"startTime":"2026-01-02T16:59:59Z","participants":[{"address":"+13175550142"}],' +
        '"conversationIds":[]}',
      findings: [{ pointer: '/conversationIds', line: 1, column: 99, severity: 'warning',
        message: 'names nothing to merge' }],
    },
    {
      name: 'an empty conversationIds list on a call update (CONV-PATCH-1)',
      endpoint: 'update-call',
      body: '{"conversationIds":[]}',
      findings: [{ pointer: '/conversationIds', line: 1, column: 20, severity: 'error' }],
    },
    {
      name: 'a consult to an external contact without phoneType (XFER-4)',
      endpoint: 'consult-external-contact',
      body: '{"speakTo":"BOTH","contactId":"9c6f5070-8b03-4726-beda-883420184a49"}',
      findings: [{ pointer: '/phoneType', line: 1, column: 1, severity: 'error', message: 'WorkPhone' }],
    },
    {
      name: 'a callback update without agentId (CB-6)',
      endpoint: 'update-callback',
      body: '{"conversationId":"9c6f5070-8b03-4726-beda-883420184a49"}',
      findings: [{ pointer: '/agentId', line: 1, column: 1, severity: 'error' }],
    },
    {
      name: 'a consult without speakTo',
      endpoint: 'consult',
      body: '{"destination":{"address":"+13175550142"}}',
      findings: [
        { pointer: '/speakTo', line: 1, column: 1, severity: 'error', message: '"speakTo"' },
      ],
    },
    {
      name: 'a consult without destination, indented',
      endpoint: 'consult',
      body: lines('', '  {', '    "speakTo": "DESTINATION"', '  }'),
      findings: [
        {
          pointer: '/destination',
          line: 2,
          column: 3,
          severity: 'error',
          message: '"destination"',
        },
      ],
    },
    {
      name: 'a consult with neither',
      endpoint: 'consult',
      body: '{"consultingUserId":"9c6f5070-8b03-4726-beda-883420184a49"}',
      findings: [
        { pointer: '/speakTo', line: 1, column: 1, severity: 'error', message: '"speakTo"' },
        {
          pointer: '/destination',
          line: 1,
          column: 1,
          severity: 'error',
          message: '"destination"',
        },
      ],
    },
    {
      name: 'a consult whose destination is spelt Destination',
      endpoint: 'consult',
      body: '{"speakTo":"BOTH","Destination":{"address":"+13175550142"}}',
      findings: [
        {
          pointer: '/destination',
          line: 1,
          column: 1,
          severity: 'error',
          message: '"destination"',
        },
      ],
    },
    {
      name: 'a callback without callbackNumbers',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumber":"+13175550142"}`,
      findings: [
        {
          pointer: '/callbackNumbers',
          line: 1,
          column: 1,
          severity: 'error',
          message: 'callbackNumbers',
        },
      ],
    },
    {
      name: 'a callback with callbackNumbers: []',
      endpoint: 'create-callback',
      body: lines('{', `  "queueId": "${QUEUE}",`, '  "callbackNumbers": []', '}'),
      findings: [
        {
          pointer: '/callbackNumbers',
          line: 3,
          column: 22,
          severity: 'error',
          message: /empty/,
        },
      ],
    },
    {
      name: 'routingData without queueId',
      endpoint: 'create-callback',
      body: lines(
        '{',
        '  "routingData": {',
        '    "priority": 5',
        '  },',
        `  "callbackNumbers": ${NUMBERS}`,
        '}',
      ),
      findings: [
        {
          pointer: '/routingData/queueId',
          line: 2,
          column: 18,
          severity: 'error',
          message: '"queueId"',
        },
      ],
    },
    {
      name: 'a callback missing both callbackNumbers and routingData.queueId',
      endpoint: 'create-callback',
      body: lines('{', '  "routingData": {"skillIds": []}', '}'),
      findings: [
        {
          pointer: '/callbackNumbers',
          line: 1,
          column: 1,
          severity: 'error',
          message: 'callbackNumbers',
        },
        {
          pointer: '/routingData/queueId',
          line: 2,
          column: 18,
          severity: 'error',
          message: '"queueId"',
        },
      ],
    },
  ],
});

// The README promises "an empty required list" is reported; the bulk lists were not.
describe('empty bulk lists', () => {
  test.each([
    ['bulk-update-callbacks', '{"patchCallbackRequests":[]}', '/patchCallbackRequests'],
    ['bulk-disconnect-callbacks', '{"callbackDisconnectIdentifiers":[]}', '/callbackDisconnectIdentifiers'],
  ])('%s with an empty list is a missing-required error', (endpoint, body, pointer) => {
    const found = lintText(body, { endpoint }).findings.map((f) => `${f.pointer} ${f.ruleId} ${f.severity}`);
    expect(found).toEqual([`${pointer} missing-required error`]);
  });
});

// A hint that named only the member ('Add "destination".') left its shape to be looked up: it
// says what to add in the shape the schema gives, with a value to paste where one can be shown
// without inventing an id. An enum's values stay in the message, as before.
describe('the hint says what to add, in the shape the schema gives it', () => {
  test.each([
    ['consult', '{"speakTo":"DESTINATION"}', '/destination', '(a Destination object)',
      'Add "destination": a Destination object naming its party by exactly one of "address", ' +
      '"userId" or "queueId", e.g. "destination": {"address": "+13175550142"}.'],
    ['create-callback', `{"queueId":"${QUEUE}"}`, '/callbackNumbers', '(a list of phone numbers)',
      'Add "callbackNumbers": a list of at least one phone number (E.164 form preferred), e.g. ' +
      '"callbackNumbers": ["+13175550142"].'],
    ['add-participants-for-user', '{"startTime":"2026-01-02T16:59:59Z"}', '/participants',
      '(a list of Participant objects)', 'Add "participants": a list of at least one Participant ' +
      'object naming its party by "address", "userId" or "queueId", e.g. "participants": ' +
      '[{"address": "+13175550142"}].'],
    ['bulk-update-callbacks', '{"patchCallbackRequest":[]}', '/patchCallbackRequests',
      '(a list of PatchCallbackRequest objects)', 'Add "patchCallbackRequests": a list of at least ' +
      'one PatchCallbackRequest object with "conversationId" and "agentId".'],
    ['bulk-disconnect-callbacks', '{"callbackDisconnectIdentifiers":[{"conversationId":' +
      `"${QUEUE}"}]}`, '/callbackDisconnectIdentifiers/0/callbackId', '(a UUID)',
      'Add "callbackId": the callback id (a UUID).'],
    ['call-command', '{"phoneColumn":"Cell"}', '/callNumber', '(a phone number)',
      'Add "callNumber": a phone number (E.164 form preferred), e.g. "callNumber": "+13175550142".'],
    ['create-callback', `{"routingData":{"priority":5},"callbackNumbers":${NUMBERS}}`,
      '/routingData/queueId', '(a UUID)', 'Add "queueId": the queue id (a UUID).'],
    ['replace-external-contact', '{"phoneType":"WorkPhone"}', '/contactId', '(a UUID)',
      'Add "contactId": the external contact id (a UUID).'],
    ['record-snippet', '{"record":true}', '/type', '(one of "snippet" or "adhoc")',
      'Add "type" (kind of recording: a snippet or an ad-hoc recording).'],
  ])('%s %s: %s', (endpoint, body, pointer, shape, hint) => {
    const found = findingAt(endpoint, body, pointer);
    expect(found?.message).toContain(`requires "${pointer.split('/').at(-1)}" ${shape}, which`);
    expect(found?.hint).toBe(hint);
  });
});

// An empty list's hint was generic ("Add at least one entry, or leave the member out if the model
// does not require it") even where the model requires the list: it says what entry to add, in
// the shape its items take, and offers leaving the list out only where that is allowed.
describe('an empty list\'s hint says what entry to add', () => {
  test.each([
    ['bulk-update-callbacks', '{"patchCallbackRequests":[]}', '/patchCallbackRequests',
      'Add at least one entry to "patchCallbackRequests": a PatchCallbackRequest object with ' +
      '"conversationId" and "agentId".'],
    ['bulk-disconnect-callbacks', '{"callbackDisconnectIdentifiers":[]}',
      '/callbackDisconnectIdentifiers',
      'Add at least one entry to "callbackDisconnectIdentifiers": a CallbackDisconnectIdentifier ' +
      'object with "conversationId" and "callbackId".'],
    ['create-callback', `{"queueId":"${QUEUE}","callbackNumbers":[]}`, '/callbackNumbers',
      'Add at least one entry to "callbackNumbers": a phone number (E.164 form preferred), e.g. ' +
      '"callbackNumbers": ["+13175550142"].'],
    ['add-participants', '{"participants":[],"startTime":"2026-01-02T16:59:59Z"}', '/participants',
      'Add at least one entry to "participants": a Participant object naming its party by ' +
      '"address", "userId" or "queueId", e.g. "participants": [{"address": "+13175550142"}].'],
    ['update-call', '{"conversationIds":[]}', '/conversationIds',
      'Add at least one entry to "conversationIds": a conversation id (a UUID); or leave ' +
      '"conversationIds" out, as the model does not require it.'],
  ])('%s %s', (endpoint, body, pointer, hint) => {
    expect(findingAt(endpoint, body, pointer)?.hint).toBe(hint);
  });
});

// A consult whose "to" names the party got 'Add "destination"' with an example number, and no
// word of the kind word beside it that stops the move; missing-target says both for a call.
describe('a consult\'s missing destination that its "to" stands for is moved from it', () => {
  const USER = '9c6f5070-8b03-4726-beda-883420184a49';
  const clash = ' Not fixed for you: "type" is "agent", which contradicts "to", holding a number ' +
    '("+13175550142"); decide which party is meant.';
  test.each([
    ['{"speakTo":"DESTINATION","to":"+13175550142","type":"agent"}',
      `Move the number from "to" into "destination": {"address": "+13175550142"}.${clash}`],
    ['{"speakTo":"DESTINATION","to":"+13175550142"}',
      'Move the number from "to" into "destination": {"address": "+13175550142"}.'],
    [`{"speakTo":"BOTH","to":{"type":"agent","id":"${USER}"}}`,
      `Move the user from "to" into "destination": {"userId": "${USER}"}.`],
    // A JSON number got 'Add "destination"' with an example number.
    ['{"speakTo":"DESTINATION","to":13175550142,"type":"agent"}',
      'Move the number from "to" into "address" inside "destination", holding the number as a ' +
      'string. Put the value in quotes: "+13175550142" if it starts with the country code (a ' +
      `JSON number cannot keep the + sign).${clash.replace('("+13175550142")', '(13175550142)')}`],
  ])('%s', (body, hint) => {
    expect(findingAt('consult', body, '/destination')?.hint).toBe(hint);
  });

  test('the note is the one unknown-field gives that "to", and a body for a call gets none', () => {
    const body = '{"speakTo":"DESTINATION","to":"+13175550142","type":"agent"}';
    const to = lintText(body, { endpoint: 'consult' }).findings.find((f) => f.pointer === '/to');
    expect(findingAt('consult', body, '/destination')?.hint)
      .toContain(to?.hint.slice(to.hint.indexOf(' Not fixed for you: ')) ?? '?');
    const call = '{"speakTo":"DESTINATION","to":"+13175550142","phoneNumber":"+13175550142",' +
      '"callerId":"+13175550100"}';
    expect(findingAt('consult', call, '/destination')?.hint).toMatch(/^Add "destination": /);
  });
});

// Shapes are named in running text, so the article goes by sound: a list of agents' ids once
// read "an user id (a UUID)", since only a leading vowel letter was looked at.
describe('member shapes take "a" or "an" by sound', () => {
  test('a list of user ids is "a user id (a UUID)" each', () => {
    const model = loadModel('CreateCallbackCommand')!;
    const routing = deref(model.schema.properties!['routingData']!, model.schema);
    const shape = entryShape(routing.properties!['preferredAgentIds']!, model.schema);
    expect(shape?.full).toBe('a user id (a UUID)');
  });

  test.each([['user id', 'a'], ['external contact id', 'an'], ['ISO-8601 date-time', 'an'],
    ['undefined value', 'an'], ['object', 'an'], ['phone number', 'a']])('%s takes "%s"', (phrase, expected) => {
    expect(article(phrase)).toBe(expected);
  });
});
