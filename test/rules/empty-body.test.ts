import { describe, expect, test } from '@jest/globals';
import { ENDPOINTS } from '../../src/endpoints/table.js';
import { lintText } from '../../src/lint/lint-text.js';
import { loadModel } from '../../src/schema/registry.js';
import { ruleTable } from '../support/rule-table.js';

// An empty body is placed at its value (null or {}) when there is one, else at 1:1.
ruleTable('empty-body', {
  accept: [
    { name: 'a call body with a target', body: '{"phoneNumber":"+13175550142"}' },
    { name: 'a transfer to voicemail', endpoint: 'replace', body: '{"voicemail":true}' },
    {
      name: 'a member holding an empty string (empty-value and missing-target instead)',
      body: '{"phoneNumber":""}',
    },
    { name: 'an empty list (not-an-object instead)', endpoint: 'consult', body: '[]' },
    { name: 'the string "null" (not-an-object instead)', body: '"null"' },
    {
      name: 'an object whose only member is unknown',
      endpoint: 'create-callback',
      body: '{"callback":{}}',
    },
  ],
  reject: [
    {
      name: 'zero bytes',
      body: '',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: /empty/i }],
    },
    {
      name: 'only spaces and a line feed',
      body: '   \n',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: /white ?space/i }],
    },
    {
      name: 'CR, LF and tab only',
      endpoint: 'callback-replace',
      body: '\r\n\t\r\n',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: /white ?space/i }],
    },
    {
      name: 'only a byte order mark',
      endpoint: 'create-call-for-user',
      body: '\uFEFF',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: /empty/i }],
    },
    {
      name: 'null on the consult endpoint',
      endpoint: 'consult',
      body: 'null',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: 'null' }],
    },
    {
      name: 'null between spaces',
      endpoint: 'conversation-replace',
      body: ' null ',
      findings: [{ pointer: '', line: 1, column: 2, severity: 'error', message: 'null' }],
    },
    {
      name: '{} on the wrap-up endpoint, whose body is optional (warning)',
      endpoint: 'wrapup',
      body: '{}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'warning', message: 'without a body' }],
    },
    {
      name: 'zero bytes for the digits endpoint, whose body is optional (warning)',
      endpoint: 'send-digits',
      body: '',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'warning' }],
    },
    {
      // Its body may be left out, but one that is sent must hold callbackNumbers (CB-1).
      name: '{} on the participant callback, whose body is optional but whose model requires members',
      endpoint: 'create-participant-callback',
      body: '{}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error',
        message: 'a body that is sent must hold callbackNumbers' }],
    },
    {
      name: 'no body at all for the participant callback (a warning)',
      endpoint: 'create-participant-callback',
      body: '',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'warning', message: 'without a body' }],
    },
    {
      name: '{} on the replace endpoint',
      endpoint: 'replace',
      body: '{}',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: '{}' }],
    },
    {
      name: '{} on the second line of a callback body',
      endpoint: 'create-callback',
      body: '\n  {}\n',
      findings: [{ pointer: '', line: 2, column: 3, severity: 'error', message: '{}' }],
    },
    {
      name: 'an object with only white space inside',
      body: '{ \n }',
      findings: [{ pointer: '', line: 1, column: 1, severity: 'error', message: '{}' }],
    },
  ],
});

// The hint names what the endpoint's own model needs: a consult or a callback told to send the
// phoneNumber only a call takes would be sent an unknown member next.
describe('empty-body hints', () => {
  test.each([
    ['create-call', 'Send a JSON object with what CreateCallRequest needs: one of phoneNumber, ' +
      'callUserId, callQueueId, participants or conversationIds, such as {"phoneNumber": ' +
      '"+13175550142"}.'],
    ['consult', 'Send a JSON object with what ConsultTransfer needs: speakTo and destination.'],
    ['consult-queue', 'Send a JSON object with what ConsultTransferToQueue needs: speakTo, and ' +
      'queueId or queueName.'],
    ['consult-external-contact', 'Send a JSON object with what ConsultTransferToExternalContact ' +
      'needs: speakTo, contactId and phoneType.'],
    ['create-callback', 'Send a JSON object with what CreateCallbackCommand needs: ' +
      'callbackNumbers, and queueId or routingData.'],
    ['replace', 'Send a JSON object with what TransferRequest needs: one of userId, address or ' +
      'queueId (or "voicemail": true).'],
    ['update-call-participant', 'Send a JSON object with the MediaParticipantRequest members to ' +
      'set, such as wrapup, state or recording.'],
    // Conversation requires startTime and participants for reads: its PATCH sets other members,
    // and adding participants is not known to need startTime (CONV-PATCH-1, CONV-ADD-1).
    ['update-call', 'Send a JSON object with the Conversation members to set, such as state, ' +
      'recordingState or conversationIds.'],
    ['add-participants', 'Send a JSON object with what Conversation needs: participants.'],
  ])('on %s', (endpoint, hint) => {
    expect(lintText('{}', { endpoint }).findings.map((f) => f.hint)).toEqual([hint]);
  });

  test('name only members of the endpoint\'s model, on every endpoint that takes a body', () => {
    const withBody = ENDPOINTS.filter((e) => e.model !== null && e.bodyRequired);
    const propertiesOf = (model: string) => Object.keys(loadModel(model)!.schema.properties ?? {});
    const anyMember = new Set(withBody.flatMap((e) => propertiesOf(e.model!)));
    for (const endpoint of withBody) {
      const own = propertiesOf(endpoint.model!);
      const [finding] = lintText('', { endpoint: endpoint.name }).findings;
      const named = (finding!.hint.match(/\w+/g) ?? []).filter((word) => anyMember.has(word));
      expect([endpoint.name, named.filter((word) => !own.includes(word))])
        .toEqual([endpoint.name, []]);
      expect(named.length).toBeGreaterThan(0);
    }
  });
});
