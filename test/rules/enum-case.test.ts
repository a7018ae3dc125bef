// enum-case: an enum value that matches a documented value only when case is ignored (labelling
// rule 7 in ../shared/cases/README.md). customerFirstCallbackDeliveryMode is checked against the
// official model's spelling (UseQueueSetting, UseAgentReservation, NoAgentReservation), so the
// README's lowerCamel spelling is itself a case mismatch.
import { ruleTable } from '../support/rule-table.js';

const QUEUE = '9c6f5070-8b03-4726-beda-883420184a49';
const USER = '3f1c2a9e-5b7d-4e08-9a61-2c4d8e0f7b35';
const CONSULT_TAIL = ',"destination":{"address":"+13175550142"}}';
const CALLBACK_HEAD = `{"queueId":"${QUEUE}","callbackNumbers":["+13175550142"],`;

ruleTable('enum-case', {
  accept: [
    { name: 'speakTo BOTH', endpoint: 'consult', body: `{"speakTo":"BOTH"${CONSULT_TAIL}` },
    {
      name: 'transferType Attended',
      endpoint: 'conversation-replace',
      body: '{"address":"+13175550142","transferType":"Attended"}',
    },
    {
      name: 'customerFirstCallbackDeliveryMode UseQueueSetting',
      endpoint: 'create-callback',
      body: `${CALLBACK_HEAD}"customerFirstCallbackDeliveryMode":"UseQueueSetting"}`,
    },
    {
      name: 'an undocumented speakTo (invalid-enum instead)',
      endpoint: 'consult',
      body: `{"speakTo":"CALLER"${CONSULT_TAIL}`,
    },
    {
      name: 'an empty transferType (empty-value instead)',
      endpoint: 'replace',
      body: '{"address":"+13175550142","transferType":""}',
    },
    {
      name: 'a case variant of a state the call update does not take (invalid-enum instead)',
      endpoint: 'update-call',
      body: '{"state":"Connected"}',
    },
  ],
  reject: [
    {
      name: 'the one state a call update takes, capitalised',
      endpoint: 'update-call',
      body: '{"state":"Disconnected"}',
      findings: [{ pointer: '/state', line: 1, column: 10, severity: 'warning', message: '"disconnected"' }],
    },
    {
      name: 'a snippet recording type in upper case',
      endpoint: 'record-snippet',
      body: '{"type":"SNIPPET","record":true}',
      findings: [{ pointer: '/type', line: 1, column: 9, severity: 'warning', message: '"snippet"' }],
    },
    {
      name: 'a lower-case speakTo, as in Genesys\' calls tutorial',
      endpoint: 'consult',
      body: `{"speakTo":"destination"${CONSULT_TAIL}`,
      findings: [
        {
          pointer: '/speakTo',
          line: 1,
          column: 12,
          severity: 'warning',
          message: /"destination".*"DESTINATION"/,
        },
      ],
    },
    {
      name: 'a title-case speakTo',
      endpoint: 'consult',
      body: ['{', `  "destination": { "userId": "${USER}" },`, '  "speakTo": "Conference"', '}']
        .join('\n'),
      findings: [
        {
          pointer: '/speakTo',
          line: 3,
          column: 14,
          severity: 'warning',
          message: /"Conference".*"CONFERENCE"/,
        },
      ],
    },
    {
      name: 'a lower-case transferType',
      endpoint: 'replace',
      body: ['{', '  "transferType": "unattended",', '  "address": "+13175550142"', '}'].join('\n'),
      findings: [
        {
          pointer: '/transferType',
          line: 2,
          column: 19,
          severity: 'warning',
          message: /"unattended".*"Unattended"/,
        },
      ],
    },
    {
      name: 'customerFirstCallbackDeliveryMode in the README\'s lowerCamel spelling',
      endpoint: 'create-callback',
      body: [
        '{',
        `  "queueId": "${QUEUE}",`,
        '  "callbackNumbers": ["+13175550142"],',
        '  "customerFirstCallbackDeliveryMode": "useAgentReservation"',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/customerFirstCallbackDeliveryMode',
          line: 4,
          column: 40,
          severity: 'warning',
          message: /"useAgentReservation".*"UseAgentReservation"/,
        },
      ],
    },
  ],
});
