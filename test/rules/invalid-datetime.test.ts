// invalid-datetime: callbackScheduledTime that is not an ISO-8601 date-time (kinds table in
// ../shared/cases/README.md). Empty strings are empty-value and numbers wrong-type instead.
import { ruleTable } from '../support/rule-table.js';

const QUEUE = '9c6f5070-8b03-4726-beda-883420184a49';
// The value of callbackScheduledTime starts at column 110 after this head.
const HEAD = `{"queueId":"${QUEUE}","callbackNumbers":["+13175550142"],"callbackScheduledTime":`;

ruleTable('invalid-datetime', {
  accept: [
    {
      name: 'UTC with milliseconds',
      endpoint: 'create-callback',
      body: `${HEAD}"2026-01-02T16:59:59.000Z"}`,
    },
    {
      name: 'an offset instead of Z',
      endpoint: 'create-callback',
      body: `${HEAD}"2026-01-02T16:59:59+02:00"}`,
    },
    {
      name: 'an empty time (empty-value instead)',
      endpoint: 'create-callback',
      body: `${HEAD}""}`,
    },
    {
      name: 'epoch seconds as a number (wrong-type instead)',
      endpoint: 'create-callback',
      body: `${HEAD}1767373199}`,
    },
  ],
  reject: [
    {
      name: 'a US-style date and time',
      endpoint: 'create-callback',
      body: `${HEAD}"01/02/2026 4:59 PM"}`,
      findings: [
        {
          pointer: '/callbackScheduledTime',
          line: 1,
          column: 110,
          severity: 'error',
          message: '"01/02/2026 4:59 PM"',
        },
      ],
    },
    {
      name: 'a date without a time',
      endpoint: 'create-callback',
      body: [
        '{',
        `  "queueId": "${QUEUE}",`,
        '  "callbackNumbers": ["+13175550142"],',
        '  "callbackScheduledTime": "2026-01-02"',
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/callbackScheduledTime',
          line: 4,
          column: 28,
          severity: 'error',
          message: '"2026-01-02"',
        },
      ],
    },
    {
      name: 'a thirteenth month',
      endpoint: 'create-callback',
      body: [
        '{',
        '  "callbackScheduledTime": "2026-13-02T10:00:00Z",',
        '  "callbackNumbers": ["+13175550142"],',
        `  "queueId": "${QUEUE}"`,
        '}',
      ].join('\n'),
      findings: [
        {
          pointer: '/callbackScheduledTime',
          line: 2,
          column: 28,
          severity: 'error',
          message: '"2026-13-02T10:00:00Z"',
        },
      ],
    },
    {
      name: 'a word',
      endpoint: 'create-callback',
      body: `${HEAD}"tomorrow"}`,
      findings: [
        {
          pointer: '/callbackScheduledTime',
          line: 1,
          column: 110,
          severity: 'error',
          message: '"tomorrow"',
        },
      ],
    },
  ],
});
