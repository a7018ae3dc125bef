import { ruleTable } from '../support/rule-table.js';

// One argument per line, so a row's line numbers can be read off its position in the call.
const lines = (...rows: string[]): string => rows.join('\n');

const QUEUE = '2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b';
const USER = '9c6f5070-8b03-4726-beda-883420184a49';

// A syntax error is placed at the first character that cannot continue the JSON text: the
// closing bracket after a trailing comma, the stray quote, the end of a text that was cut off.
ruleTable('syntax-error', {
  accept: [
    {
      name: 'a well-formed call body over several lines',
      body: lines('{', '  "phoneNumber": "+13175550142",', '  "callerId": "+13175550100"', '}'),
    },
    {
      name: 'CRLF line ends and tabs (JSON white space)',
      endpoint: 'consult',
      body: '{\r\n\t"speakTo": "DESTINATION",\r\n\t"destination": {"address": "+13175550142"}\r\n}',
    },
    {
      name: 'a \\u escape in a string',
      body: '{"phoneNumber":"+13175550142","callerIdName":"Zo\\u00eb"}',
    },
    {
      name: 'well-formed JSON with an invented member (unknown-field, not syntax-error)',
      endpoint: 'replace',
      body: '{"to":"+13175550142"}',
    },
    {
      name: 'a top-level list (not-an-object, not syntax-error)',
      endpoint: 'create-callback',
      body: '[]',
    },
    { name: 'empty text (empty-body, not syntax-error)', body: '' },
  ],
  reject: [
    {
      name: 'a trailing comma before }',
      body: '{"phoneNumber":"+13175550142",}',
      findings: [{ pointer: '', line: 1, column: 31, severity: 'error', message: '"}"' }],
    },
    {
      name: 'a trailing comma before } on its own line',
      body: lines('{', '  "phoneNumber": "+13175550142",', '  "callerId": "+13175550100",', '}'),
      findings: [{ pointer: '', line: 4, column: 1, severity: 'error', message: '"}"' }],
    },
    {
      name: 'a trailing comma in the callbackNumbers list',
      endpoint: 'create-callback',
      body: `{"callbackNumbers":["+13175550142",],"queueId":"${QUEUE}"}`,
      findings: [{ pointer: '', line: 1, column: 36, severity: 'error', message: '"]"' }],
    },
    {
      name: 'single-quoted member names and strings',
      body: "{'phoneNumber': '+13175550142'}",
      findings: [{ pointer: '', line: 1, column: 2, severity: 'error', message: `"'"` }],
    },
    {
      name: 'a single-quoted string inside destination',
      endpoint: 'consult',
      body: lines(
        '{',
        '  "speakTo": "DESTINATION",',
        '  "destination": {',
        "    \"address\": '+13175550142'",
        '  }',
        '}',
      ),
      findings: [{ pointer: '', line: 4, column: 16, severity: 'error', message: `"'"` }],
    },
    {
      name: 'single quotes after a byte order mark (columns count from after the BOM)',
      endpoint: 'replace',
      body: `\uFEFF{'userId': '${USER}'}`,
      findings: [{ pointer: '', line: 1, column: 2, severity: 'error', message: `"'"` }],
    },
    {
      name: 'text cut off after a member (no closing brace)',
      body: lines('{', '  "phoneNumber": "+13175550142",', '  "callerId": "+13175550100"'),
      // The fault is the end of the text; there is no character there to quote.
      findings: [
        {
          pointer: '',
          line: 3,
          column: 29,
          severity: 'error',
          message: /end of (the )?(text|body|input)/i,
        },
      ],
    },
    {
      name: 'text cut off inside a string (placed at the unterminated string)',
      endpoint: 'create-callback',
      body: lines('{', `  "queueId": "${QUEUE}",`, '  "callbackNumbers": ["+1317'),
      findings: [
        { pointer: '', line: 3, column: 23, severity: 'error', message: 'unterminated string' },
      ],
    },
    {
      name: 'typographic quotes copied from a web page',
      body: '{\u201CphoneNumber\u201D: \u201C+13175550142\u201D}',
      findings: [{ pointer: '', line: 1, column: 2, severity: 'error', message: '"\u201C"' }],
    },
    {
      name: 'typographic quotes on the second line',
      endpoint: 'consult',
      body: lines(
        '{',
        '  \u201CspeakTo\u201D: \u201CDESTINATION\u201D,',
        '  \u201Cdestination\u201D: {\u201Caddress\u201D: \u201C+13175550142\u201D}',
        '}',
      ),
      findings: [{ pointer: '', line: 2, column: 3, severity: 'error', message: '"\u201C"' }],
    },
    {
      name: 'a missing comma between members',
      body: lines('{', '  "phoneNumber": "+13175550142"', '  "callerId": "+13175550100"', '}'),
      findings: [{ pointer: '', line: 3, column: 3, severity: 'error', message: 'comma' }],
    },
    {
      name: 'a // comment',
      body: lines('{', '  // the customer', '  "phoneNumber": "+13175550142"', '}'),
      findings: [{ pointer: '', line: 2, column: 3, severity: 'error', message: 'comment' }],
    },
    {
      name: 'a Python True',
      endpoint: 'conversation-replace',
      body: `{"userId": "${USER}", "voicemail": True}`,
      findings: [{ pointer: '', line: 1, column: 65, severity: 'error', message: '"T"' }],
    },
    {
      name: 'an invalid escape (placed at the backslash)',
      body: '{"phoneNumber": "\\x2b13175550142"}',
      findings: [{ pointer: '', line: 1, column: 18, severity: 'error', message: '"\\\\"' }],
    },
  ],
});
