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
