// invalid-enum: speakTo, transferType and customerFirstCallbackDeliveryMode values outside the
// documented set even ignoring case (labelling rule 7 in ../shared/cases/README.md). The
// delivery-mode values follow the official model (UseQueueSetting, UseAgentReservation,
// NoAgentReservation); the README lists them in lowerCamel case, which differs only in case, so
// neither spelling is an invalid-enum.
import { ruleTable } from '../support/rule-table.js';

const QUEUE = '9c6f5070-8b03-4726-beda-883420184a49';
const CONSULT_TAIL = ',"destination":{"address":"+13175550142"}}';
const CALLBACK_HEAD = `{"queueId":"${QUEUE}","callbackNumbers":["+13175550142"],`;

ruleTable('invalid-enum', {
  accept: [
    {
      name: 'speakTo DESTINATION',
      endpoint: 'consult',
      body: `{"speakTo":"DESTINATION"${CONSULT_TAIL}`,
    },
    {
      name: 'a lower-case speakTo (enum-case instead)',
      endpoint: 'consult',
      body: `{"speakTo":"destination"${CONSULT_TAIL}`,
    },
    {
      name: 'an empty speakTo (empty-value instead)',
      endpoint: 'consult',
      body: `{"speakTo":""${CONSULT_TAIL}`,
    },
    {
      // Like a number in callbackNumbers (callback-blueprint-number-not-string), only wrong-type.
      name: 'a number in speakTo (wrong-type instead)',
      endpoint: 'consult',
      body: `{"speakTo":1${CONSULT_TAIL}`,
    },
    {
      name: 'transferType Unattended',
      endpoint: 'replace',
      body: '{"address":"+13175550142","transferType":"Unattended"}',
    },
    {
      name: 'customerFirstCallbackDeliveryMode UseAgentReservation (official model spelling)',
      endpoint: 'create-callback',
      body: `${CALLBACK_HEAD}"customerFirstCallbackDeliveryMode":"UseAgentReservation"}`,
    },
    {
      name: 'customerFirstCallbackDeliveryMode noAgentReservation (README spelling, enum-case)',
      endpoint: 'create-callback',
      body: `${CALLBACK_HEAD}"customerFirstCallbackDeliveryMode":"noAgentReservation"}`,
    },
    {
      name: 'a call update that disconnects',
      endpoint: 'update-call',
      body: '{"state":"disconnected"}',
    },
    {
      name: 'a participant parked until a time',
      endpoint: 'update-participant',
      body: '{"state":"parked","resumeTime":"2026-01-02T16:59:59Z"}',
    },
    {
      name: 'a call update in the wrong case (enum-case instead)',
      endpoint: 'update-callback-conversation',
      body: '{"state":"DISCONNECTED"}',
    },
  ],
  reject: [
    {
      name: 'an unfilled template variable as speakTo, told so rather than an unknown value',
      endpoint: 'consult',
      body: '{"speakTo":"{{speakTo}}","destination":{"address":"+13175550142"}}',
      findings: [{ pointer: '/speakTo', line: 1, column: 12, severity: 'error',
        message: /"\{\{speakTo\}\}", which holds the template variable \{\{speakTo\}\} unfilled/u,
      }],
    },
    {
      name: 'a documented state that a call update does not take (CONV-PATCH-1)',
      endpoint: 'update-call',
      body: '{"state":"connected"}',
      findings: [
        { pointer: '/state', line: 1, column: 10, severity: 'error', message: 'only accepts "disconnected"' },
      ],
    },
    {
      name: 'a documented state that a call update does not take, in another case',
      endpoint: 'update-call',
      body: '{"state":"Alerting"}',
      findings: [{ pointer: '/state', line: 1, column: 10, severity: 'error', message: '"Alerting"' }],
    },
    {
      name: 'connected on a single communication (MPR-1)',
      endpoint: 'update-call-communication',
      body: '{"state":"connected"}',
      findings: [{ pointer: '/state', line: 1, column: 10, severity: 'error', message: 'communication' }],
    },
    {
      name: 'a participant set to alerting (MPR-1)',
      endpoint: 'update-call-participant',
      body: '{"state":"alerting"}',
      findings: [{ pointer: '/state', line: 1, column: 10, severity: 'error', message: '"connected"' }],
    },
    {
      name: 'an undocumented phoneType (XFER-4)',
      endpoint: 'replace-external-contact',
      body: '{"contactId":"' + QUEUE + '","phoneType":"Mobile"}',
      findings: [{ pointer: '/phoneType', line: 1, column: 65, severity: 'error', message: 'CellPhone' }],
    },
    {
      name: 'an undocumented speakTo',
      endpoint: 'consult',
      body: `{"speakTo":"CALLER"${CONSULT_TAIL}`,
      findings: [
        {
          pointer: '/speakTo',
          line: 1,
          column: 12,
          severity: 'error',
          message: '"CALLER"',
        },
      ],
    },
    {
      name: 'a blind transferType',
      endpoint: 'replace',
      body: ['{', '  "address": "+13175550142",', '  "transferType": "Blind"', '}'].join('\n'),
      findings: [
        { pointer: '/transferType', line: 3, column: 19, severity: 'error', message: '"Blind"' },
      ],
    },
    {
      name: 'an undocumented transferType on the callback replace',
      endpoint: 'callback-replace',
      body: '{"queueId":"' + QUEUE + '","transferType":"ATTENDED_TRANSFER"}',
      findings: [
        {
          pointer: '/transferType',
          line: 1,
          column: 66,
          severity: 'error',
          message: '"ATTENDED_TRANSFER"',
        },
      ],
    },
    {
      name: 'an undocumented customerFirstCallbackDeliveryMode',
      endpoint: 'create-callback',
      body: [
        '{',
        `  "queueId": "${QUEUE}",`,
        '  "callbackNumbers": ["+13175550142"],',
        '  "customerFirstCallbackDeliveryMode": "ReserveAgent"',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/customerFirstCallbackDeliveryMode',
          line: 4,
          column: 40,
          severity: 'error',
          message: '"ReserveAgent"',
        },
      ],
    },
  ],
});
