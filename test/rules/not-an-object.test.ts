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
