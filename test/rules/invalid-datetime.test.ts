// invalid-datetime: callbackScheduledTime that is not an ISO-8601 date-time (kinds table in
// ../shared/cases/README.md). Empty strings are empty-value and numbers wrong-type instead.
import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/lint/lint-text.js';
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
      name: 'a negative offset with milliseconds',
      endpoint: 'create-callback',
      body: `${HEAD}"2026-01-02T16:59:59.000-05:00"}`,
    },
    {
      // The form in Genesys's invalid.date message is Java's yyyy-MM-ddTHH:mm:ss.SSSZ, and Java's
      // Z writes the offset without a colon: reporting it would be a false error.
      name: 'an offset without a colon, as Java\'s Z pattern writes it',
      endpoint: 'create-callback',
      body: `${HEAD}"2026-01-02T16:59:59.000+0100"}`,
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
      name: 'an unfilled template variable as the date-time, told so rather than its form',
      endpoint: 'create-callback',
      body: `${HEAD}"{{when}}"}`,
      findings: [{ pointer: '/callbackScheduledTime', line: 1, column: 110, severity: 'error',
        message: /holds the template variable \{\{when\}\} unfilled: [^]*the date-time it /u,
      }],
    },
    {
      name: 'a template variable as the date of a date-time, told so',
      endpoint: 'create-callback',
      body: `${HEAD}"{{day}}T16:59:59Z"}`,
      findings: [{ pointer: '/callbackScheduledTime', line: 1, column: 110, severity: 'error',
        message: /the template variable \{\{day\}\} unfilled/u }],
    },
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
    // Dates that do not exist: the hint used to write the very same date back as the fix.
    ...([
      ['2026-13-01T10:00Z', 'there is no month 13'],
      ['2026-02-30T10:00:00Z', 'February 2026 has days 1 to 28, not 30'],
      ['2026-02-30 10:00', 'February 2026 has days 1 to 28, not 30'],
      ['2026-01-01T25:00:00Z', 'hour 25 is past 23'],
      ['2026-01-01T10:00:60Z', 'second 60 is past 59'],
      ['2026-01-01T10:00:00+25:00', 'the offset +25:00 is no time zone'],
    ] as const).map(([value, fault]) => ({
      name: `${value}, which does not exist`,
      endpoint: 'create-callback',
      body: `${HEAD}"${value}"}`,
      findings: [{ pointer: '/callbackScheduledTime', line: 1, column: 110,
        message: `"${value}", a date-time that does not exist: ${fault}.` }],
    })),
  ],
});

describe('invalid-datetime hints', () => {
  const hint = (value: string) => lintText(`${HEAD}"${value}"}`, { endpoint: 'create-callback' })
    .findings.find((f) => f.ruleId === 'invalid-datetime')?.hint;

  test.each([
    ['2026-02-30T10:00:00Z'], ['2026-02-29 10:00'], ['2026-01-01T24:00:00Z'],
  ])('%s: no form is offered for a date that does not exist', (value) => {
    expect(hint(value)).toMatch(/^Check the date and time/);
  });

  test.each([
    ['2026-01-02 16:59', '2026-01-02T16:59:00Z'],
    ['2024-02-29 16:59:59', '2024-02-29T16:59:59Z'],
    ['2026-01-02 16:59:59+0200', '2026-01-02T16:59:59+02:00'],
    ['20260102T165959Z', '2026-01-02T16:59:59Z'],
    ['2026-01-02T16:59:59,5Z', '2026-01-02T16:59:59.5Z'],
    ['20260102T165959-0500', '2026-01-02T16:59:59-05:00'],
    ['2026-01-02T16:59:59+01', '2026-01-02T16:59:59+01:00'],
  ])('%s: the form offered is %s, which passes', (value, form) => {
    expect(hint(value)).toContain(`Write "${form}"`);
    expect(hint(form)).toBeUndefined();
  });

  test.each([
    ['2016-12-31T23:59:60Z', '"2016-12-31T23:59:59Z", the second before it, or ' +
      '"2017-01-01T00:00:00Z", the second after it'],
    ['2017-01-01T00:59:60+01:00', '"2017-01-01T00:59:59+01:00", the second before it, or ' +
      '"2017-01-01T01:00:00+01:00", the second after it'],
  ])('%s, a leap second: the seconds either side are offered, and pass', (value, forms) => {
    expect(hint(value)).toBe(`Write ${forms}.`);
    for (const form of forms.match(/"[^"]+"/g)!) expect(hint(form.slice(1, -1))).toBeUndefined();
  });
});

// ISO 8601's basic form and decimal comma are ISO 8601: the message said they were not. A leap
// second was said to be "past 59".
describe('invalid-datetime says which form a value is in', () => {
  const FORM = 'yyyy-MM-ddTHH:mm:ss[.SSS] followed by Z or an offset +hh:mm';
  const message = (value: string) => lintText(`${HEAD}"${value}"}`, { endpoint: 'create-callback' })
    .findings.find((f) => f.ruleId === 'invalid-datetime')?.message;

  test.each([
    ['20260102T165959Z', 'it is in ISO 8601\'s basic form, without the "-" and ":" separators'],
    ['2026-01-02T16:59:59,5Z', 'its fraction of a second follows a decimal comma, where the ' +
      'form has a point'],
    ['2026-01-02T16:59:59', 'it has no time zone'],
  ])('%s is an ISO-8601 date-time in another form', (value, reason) => {
    expect(message(value)).toBe(`/callbackScheduledTime is "${value}", an ISO-8601 date-time, ` +
      `but not in the form Genesys documents, ${FORM}: ${reason}.`);
  });

  test('a space for the T is not ISO 8601, and is not called so', () => {
    expect(message('2026-01-02 16:59:59Z')).toBe('/callbackScheduledTime is ' +
      `"2026-01-02 16:59:59Z", not in the form Genesys documents, ${FORM}: it has a space where ` +
      'the form has "T".');
  });

  test('a value of no date-time shape is told the form', () => {
    expect(message('tomorrow')).toBe('/callbackScheduledTime is "tomorrow", not an ISO-8601 ' +
      `date-time in the form Genesys documents, ${FORM}, such as "2026-01-02T16:59:59.000Z".`);
  });

  test('a leap second is told the form has none; second 60 of another minute is no moment', () => {
    expect(message('2016-12-31T23:59:60Z')).toBe('/callbackScheduledTime is ' +
      '"2016-12-31T23:59:60Z", a leap second, which the form Genesys documents, ' +
      `${FORM}, does not take: its seconds run from 00 to 59.`);
    expect(message('2016-12-31T22:59:60Z')).toContain('does not exist: second 60 is past 59');
  });
});
