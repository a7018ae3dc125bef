// phone-formatting: spaces, dashes, dots or parentheses inside a number in the lenient number
// fields (labelling rule 6 in ../shared/cases/README.md).
import { ruleTable } from '../support/rule-table.js';

const QUEUE = '9c6f5070-8b03-4726-beda-883420184a49';

ruleTable('phone-formatting', {
  accept: [
    { name: 'a bare E.164 phoneNumber', body: '{"phoneNumber":"+13175550142"}' },
    {
      name: 'a formatted callerId (invalid-phone instead: callerId is strict)',
      body: '{"phoneNumber":"+13175550142","callerId":"+1 317 555 0100"}',
    },
    {
      name: 'dots in the host of a sip: participant address (uri-address instead)',
      body: '{"participants":[{"address":"sip:reception@pbx.example.com"}]}',
    },
    {
      name: 'a callback number in words (invalid-phone instead)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["call me at 5"]}`,
    },
    {
      // Rule 6: in callbackNumbers letters give invalid-phone, "otherwise" non-e164 / formatting.
      name: 'a tel: URI with spaces in callbackNumbers (invalid-phone only)',
      endpoint: 'create-callback',
      body: `{"queueId":"${QUEUE}","callbackNumbers":["tel:+1 317 555 0142"]}`,
    },
  ],
  reject: [
    {
      // See non-e164.test.ts: the notes of case calls-phonenumber-tel-prefix say a formatted
      // number inside tel: also gets phone-formatting.
      name: 'a tel: URI with dashes',
      body: '{"phoneNumber":"tel:+1-317-555-0142"}',
      findings: [{ pointer: '/phoneNumber', line: 1, column: 16, severity: 'warning', message: '"tel:+1-317-555-0142"' }],
    },
    {
      name: 'a trailing space',
      body: '{"phoneNumber":"+13175550142 "}',
      findings: [{ pointer: '/phoneNumber', line: 1, column: 16, severity: 'warning' }],
    },
    {
      name: 'a space and dashes in phoneNumber',
      body: '{"phoneNumber":"+1 317-555-0142"}',
      findings: [
        {
          pointer: '/phoneNumber',
          line: 1,
          column: 16,
          severity: 'warning',
          message: '"+1 317-555-0142"',
        },
      ],
    },
    {
      name: 'parentheses in a participant address',
      endpoint: 'create-call-for-user',
      body: [
        '{',
        '  "participants": [',
        '    { "name": "Front desk", "address": "+1 (317) 555-0142" }',
        '  ]',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/participants/0/address',
          line: 3,
          column: 40,
          severity: 'warning',
          message: '"+1 (317) 555-0142"',
        },
      ],
    },
    {
      name: 'spaces in the consult destination address',
      endpoint: 'consult',
      body: '{"speakTo":"DESTINATION","destination":{"address":"+44 20 7946 0142"}}',
      findings: [
        {
          pointer: '/destination/address',
          line: 1,
          column: 51,
          severity: 'warning',
          message: '"+44 20 7946 0142"',
        },
      ],
    },
    {
      name: 'dots in TransferRequest.address',
      endpoint: 'replace',
      body: '{"address":"+1.317.555.0142","transferType":"Attended"}',
      findings: [
        {
          pointer: '/address',
          line: 1,
          column: 12,
          severity: 'warning',
          message: '"+1.317.555.0142"',
        },
      ],
    },
    {
      name: 'dashes in the second callback number',
      endpoint: 'create-callback',
      body: [
        '{',
        '  "callbackNumbers": [',
        '    "+13175550100",',
        '    "+1-317-555-0142"',
        '  ],',
        `  "queueId": "${QUEUE}"`,
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/callbackNumbers/1',
          line: 4,
          column: 5,
          severity: 'warning',
          message: '"+1-317-555-0142"',
        },
      ],
    },
  ],
});
