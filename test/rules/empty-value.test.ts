// empty-value: an empty string in a typed field; an error for required members (speakTo,
// routingData.queueId), a warning otherwise, and never for free text (labelling rule 4 in
// ../shared/cases/README.md).
import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/lint/lint-text.js';
import { ruleTable } from '../support/rule-table.js';

const QUEUE = '9c6f5070-8b03-4726-beda-883420184a49';

ruleTable('empty-value', {
  accept: [
    {
      name: 'empty free-text members of a call',
      body: '{"phoneNumber":"+13175550142","callerIdName":"","label":"","uuiData":""}',
    },
    {
      name: 'empty free-text members of a callback',
      endpoint: 'create-callback',
      body: [
        '{',
        '  "callbackNumbers": ["+13175550142"],',
        `  "routingData": { "queueId": "${QUEUE}", "label": "", "skillExpression": "" },`,
        '  "callbackUserName": "",',
        '  "callerIdName": "",',
        '  "data": { "note": "" }',
        '}',
      ].join('\n'),
    },
    {
      name: 'an empty participant name and attribute value',
      body: '{"participants":[{"name":"","address":"+13175550142"}],"attributes":{"ref":""}}',
    },
    {
      name: 'an empty userName on a transfer',
      endpoint: 'replace',
      body: `{"queueId":"${QUEUE}","userName":""}`,
    },
    {
      name: 'an empty read-only id (read-only-member removes it)',
      endpoint: 'update-call',
      body: '{"id":"","state":"disconnected"}',
    },
  ],
  reject: [
    {
      name: 'an empty speakTo (required)',
      endpoint: 'consult',
      body: '{"speakTo":"","destination":{"address":"+13175550142"}}',
      findings: [{ pointer: '/speakTo', line: 1, column: 12, severity: 'error', message: '""' }],
    },
    {
      name: 'an empty routingData.queueId (required)',
      endpoint: 'create-callback',
      body: [
        '{',
        '  "callbackNumbers": ["+13175550142"],',
        '  "routingData": {',
        '    "queueId": ""',
        '  }',
        '}',
      ].join('\n'),
      findings: [
        { pointer: '/routingData/queueId', line: 4, column: 16, severity: 'error', message: '""' },
      ],
    },
    {
      name: 'empty optional ids of a call',
      body: '{"phoneNumber":"+13175550142","callFromQueueId":"","callerId":""}',
      findings: [
        { pointer: '/callFromQueueId', line: 1, column: 49, severity: 'warning', message: '""' },
        { pointer: '/callerId', line: 1, column: 63, severity: 'warning', message: '""' },
      ],
    },
    {
      name: 'an empty participant address and conversation id',
      endpoint: 'create-call-for-user',
      body: '{"participants":[{"address":""}],"conversationIds":[""]}',
      findings: [
        { pointer: '/participants/0/address', line: 1, column: 29, severity: 'warning' },
        { pointer: '/conversationIds/0', line: 1, column: 53, severity: 'warning' },
      ],
    },
    {
      name: 'empty optional typed members of a callback',
      endpoint: 'create-callback',
      body: [
        '{',
        '  "scriptId": "",',
        `  "queueId": "${QUEUE}",`,
        '  "callbackNumbers": ["+13175550142"],',
        '  "callbackScheduledTime": "",',
        '  "countryCode": "",',
        '  "customerFirstCallbackDeliveryMode": "",',
        '  "callerId": ""',
        '}',
      ].join('\n'),
      findings: [
        { pointer: '/scriptId', line: 2, column: 15, severity: 'warning', message: '""' },
        { pointer: '/callbackScheduledTime', line: 5, column: 28, severity: 'warning' },
        { pointer: '/countryCode', line: 6, column: 18, severity: 'warning' },
        { pointer: '/customerFirstCallbackDeliveryMode', line: 7, column: 40, severity: 'warning' },
        { pointer: '/callerId', line: 8, column: 15, severity: 'warning' },
      ],
    },
    {
      name: 'a callback whose only number is empty (CB-1: an error)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":[""]}`,
      findings: [
        { pointer: '/callbackNumbers/0', line: 1, column: 70, severity: 'error', message: 'no other' },
      ],
    },
    {
      name: 'a participant callback whose numbers are all empty',
      endpoint: 'create-participant-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["",""]}`,
      findings: [
        { pointer: '/callbackNumbers/0', line: 1, column: 70, severity: 'error' },
        { pointer: '/callbackNumbers/1', line: 1, column: 73, severity: 'error' },
      ],
    },
    {
      name: 'an empty entry beside a real callback number (noise: a warning)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["","+13175550142"]}`,
      findings: [{ pointer: '/callbackNumbers/0', line: 1, column: 70, severity: 'warning' }],
    },
    {
      name: 'a call update merging only an empty conversation id (CONV-PATCH-1: an error)',
      endpoint: 'update-call',
      body: '{"conversationIds":[""]}',
      findings: [{ pointer: '/conversationIds/0', line: 1, column: 21, severity: 'error' }],
    },
    {
      name: 'a callback update merging only empty conversation ids',
      endpoint: 'update-callback-conversation',
      body: '{"conversationIds":["",""]}',
      findings: [
        { pointer: '/conversationIds/0', line: 1, column: 21, severity: 'error' },
        { pointer: '/conversationIds/1', line: 1, column: 24, severity: 'error' },
      ],
    },
    {
      // CONV-PATCH-1 states a non-empty list for the PATCH bodies only; nothing says so here.
      name: 'an add-participants body merging only an empty conversation id (optional: a warning)',
      endpoint: 'add-participants',
      body: '{"conversationIds":[""],"participants":[{"address":"+13175550142"}]}',
      findings: [
        { pointer: '/conversationIds/0', line: 1, column: 21, severity: 'warning', message: '""; an id' },
      ],
    },
    {
      name: 'the same on add-participants-for-user',
      endpoint: 'add-participants-for-user',
      body: '{"participants":[{"address":"+13175550142"}],"conversationIds":["",""]}',
      findings: [
        { pointer: '/conversationIds/0', line: 1, column: 65, severity: 'warning' },
        { pointer: '/conversationIds/1', line: 1, column: 68, severity: 'warning' },
      ],
    },
    {
      name: 'an empty consult destination address',
      endpoint: 'consult',
      body: '{"speakTo":"BOTH","destination":{"address":""}}',
      findings: [
        {
          pointer: '/destination/address',
          line: 1,
          column: 44,
          severity: 'warning',
          message: '""',
        },
      ],
    },
    {
      name: 'an empty transferType and address',
      endpoint: 'conversation-replace',
      body: '{\n  "transferType": "",\n  "address": "",\n  "voicemail": true\n}',
      findings: [
        { pointer: '/transferType', line: 2, column: 19, severity: 'warning', message: '""' },
        { pointer: '/address', line: 3, column: 14, severity: 'warning', message: '""' },
      ],
    },
  ],
});

describe('members whose blank is documented', () => {
  test('post-call-action: a blank destination leaves it unchanged, so it is not reported', () => {
    expect(lintText('{"destination":"","invocationData":""}', { endpoint: 'post-call-action' }).findings).toEqual([]);
  });
});
