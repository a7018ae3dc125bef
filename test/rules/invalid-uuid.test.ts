import { ruleTable } from '../support/rule-table.js';

const lines = (...rows: string[]): string => rows.join('\n');

const QUEUE = '2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b';
const USER = '9c6f5070-8b03-4726-beda-883420184a49';
const NUMBERS = '["+13175550142"]';

// Reported at the offending value, in every entity-id member of every model.
ruleTable('invalid-uuid', {
  accept: [
    { name: 'a UUID queue id', body: `{"callQueueId":"${USER}"}` },
    { name: 'upper-case hex', body: `{"callUserId":"${USER.toUpperCase()}"}` },
    {
      name: 'an empty id (empty-value instead)',
      body: '{"phoneNumber":"+13175550142","callFromQueueId":""}',
    },
    {
      name: 'a read-only conversation id that is no UUID (read-only-member removes it)',
      endpoint: 'update-call',
      body: '{"id":"conv-1","state":"disconnected"}',
    },
    {
      name: 'a placeholder in a free-text member (label is not an id)',
      body: '{"phoneNumber":"+13175550142","label":"QUEUE_ID"}',
    },
    {
      name: 'an invented "to" holding a placeholder (not descended into)',
      body: '{"to":{"id":"USER_ID"}}',
    },
    {
      name: 'a consult with UUIDs',
      endpoint: 'consult',
      body: `{"speakTo":"BOTH","consultingUserId":"${USER}","destination":{"queueId":"${QUEUE}"}}`,
    },
    {
      name: 'a transfer address (a phone field, not an id field)',
      endpoint: 'replace',
      body: '{"address":"+13175550142"}',
    },
    {
      name: 'a queue id as the address that replaces a callback participant',
      endpoint: 'callback-replace',
      body: `{"address":"${QUEUE}"}`,
    },
    {
      name: 'ids of the newer models (wrap-up code, callback, agent)',
      endpoint: 'update-call-participant',
      body: `{"wrapup":{"code":"${QUEUE}"}}`,
    },
    {
      name: 'a callback with UUIDs throughout routingData',
      endpoint: 'create-callback',
      body: lines(
        '{',
        '  "routingData": {',
        `    "queueId": "${QUEUE}",`,
        `    "languageId": "${QUEUE}",`,
        `    "skillIds": ["${QUEUE}"],`,
        `    "preferredAgentIds": ["${USER}"],`,
        `    "scoredAgents": [{"agent": {"id": "${USER}"}, "score": 100}]`,
        '  },',
        `  "scriptId": "${QUEUE}",`,
        `  "callbackNumbers": ${NUMBERS}`,
        '}',
      ),
    },
  ],
  reject: [
    // An editor HTTP client or Postman fills "{{queueId}}" in as it sends: no id to look up.
    {
      name: 'an unfilled template variable as callQueueId, told so rather than not a UUID',
      body: '{"callQueueId":"{{queueId}}"}',
      findings: [{ pointer: '/callQueueId', line: 1, column: 16, severity: 'error',
        message: /"\{\{queueId\}\}", which holds the template variable [^]*the queue id it /u,
      }],
    },
    // "\u200b" + a UUID was told it is "not its name or a stand-in": the reader sees a UUID.
    {
      name: 'a UUID behind a zero-width space, told which character and that the rest is an id',
      body: '{"callQueueId":"\\u200b6f2d9c1e-8b7a-4c3d-9e0f-1a2b3c4d5e6f"}',
      findings: [{ pointer: '/callQueueId', line: 1, column: 16, severity: 'error',
        message: '"\\u200b6f2d9c1e-8b7a-4c3d-9e0f-1a2b3c4d5e6f", which holds an invisible ' +
          'character, U+200B (zero-width space); without it, the value is a valid queue id.' }],
    },
    {
      name: 'a UUID with two invisible characters, both named',
      body: '{"callUserId":"6f2d9c1e-8b7a-4c3d-9e0f-1a2b3c4d5e6f\\u00a0\\ufeff"}',
      findings: [{ pointer: '/callUserId', line: 1, column: 15, severity: 'error',
        message: 'invisible characters, U+00A0 (no-break space) and U+FEFF (byte-order mark); ' +
          'without them, the value is a valid user id.' }],
    },
    {
      name: 'a template variable inside an id, told so',
      body: '{"callUserId":"user-{{id}}"}',
      findings: [{ pointer: '/callUserId', line: 1, column: 15, severity: 'error',
        message: /the template variable \{\{id\}\} unfilled/u }],
    },
    {
      name: 'a placeholder queue id',
      body: '{\n  "callQueueId": "QUEUE_ID"\n}',
      findings: [
        { pointer: '/callQueueId', line: 2, column: 18, severity: 'error', message: '"QUEUE_ID"' },
      ],
    },
    {
      name: 'a locale tag as languageId',
      body: `{"callQueueId":"${QUEUE}","languageId":"en-US"}`,
      findings: [
        { pointer: '/languageId', line: 1, column: 68, severity: 'error', message: '"en-US"' },
      ],
    },
    {
      name: 'a skill name among routingSkillsIds',
      body: lines(
        '{',
        `  "callQueueId": "${QUEUE}",`,
        `  "routingSkillsIds": ["${QUEUE}", "billing"]`,
        '}',
      ),
      findings: [
        {
          pointer: '/routingSkillsIds/1',
          line: 3,
          column: 64,
          severity: 'error',
          message: '"billing"',
        },
      ],
    },
    {
      name: 'a made-up conversation id',
      body: '{"conversationIds":["conv-1"]}',
      findings: [
        {
          pointer: '/conversationIds/0',
          line: 1,
          column: 21,
          severity: 'error',
          message: '"conv-1"',
        },
      ],
    },
    {
      name: 'a queue name in a participants entry',
      endpoint: 'create-call-for-user',
      body: '{"participants":[{"queueId":"Sales"}]}',
      findings: [
        {
          pointer: '/participants/0/queueId',
          line: 1,
          column: 29,
          severity: 'error',
          message: '"Sales"',
        },
      ],
    },
    {
      name: 'a template placeholder as externalContactId',
      body: '{"phoneNumber":"+13175550142","externalContactId":"<contact id>"}',
      findings: [
        {
          pointer: '/externalContactId',
          line: 1,
          column: 51,
          severity: 'error',
          // "an external contact id", not "a external contact id".
          message: /"<contact id>".*\ban external contact id\b/,
        },
      ],
    },
    {
      name: 'a UUID with a leading space',
      body: `{"callUserId":" ${USER}"}`,
      findings: [
        { pointer: '/callUserId', line: 1, column: 15, severity: 'error', message: `" ${USER}"` },
      ],
    },
    {
      name: 'a placeholder consult destination user',
      endpoint: 'consult',
      body: '{"speakTo":"DESTINATION","destination":{"userId":"your-user-id"}}',
      findings: [
        {
          pointer: '/destination/userId',
          line: 1,
          column: 50,
          severity: 'error',
          message: '"your-user-id"',
        },
      ],
    },
    {
      name: 'an e-mail address as consultingUserId',
      endpoint: 'consult',
      body: lines(
        '{',
        '  "speakTo": "DESTINATION",',
        '  "consultingUserId": "alice@example.com",',
        '  "destination": {"address": "+13175550142"}',
        '}',
      ),
      findings: [
        {
          pointer: '/consultingUserId',
          line: 3,
          column: 23,
          severity: 'error',
          message: '"alice@example.com"',
        },
      ],
    },
    {
      name: 'a queue name on a transfer',
      endpoint: 'replace',
      body: '{"queueId":"Support Queue"}',
      findings: [
        { pointer: '/queueId', line: 1, column: 12, severity: 'error', message: '"Support Queue"' },
      ],
    },
    {
      name: 'a user id one digit short',
      endpoint: 'conversation-replace',
      body: '{"userId":"9c6f5070-8b03-4726-beda-88342018449"}',
      findings: [
        {
          pointer: '/userId',
          line: 1,
          column: 11,
          severity: 'error',
          message: '"9c6f5070-8b03-4726-beda-88342018449"',
        },
      ],
    },
    {
      name: 'a placeholder skill id in routingData',
      endpoint: 'create-callback',
      body: lines(
        '{',
        '  "routingData": {',
        `    "queueId": "${QUEUE}",`,
        '    "skillIds": [',
        `      "${QUEUE}",`,
        '      "SKILL_ID"',
        '    ]',
        '  },',
        `  "callbackNumbers": ${NUMBERS}`,
        '}',
      ),
      findings: [
        {
          pointer: '/routingData/skillIds/1',
          line: 6,
          column: 7,
          severity: 'error',
          message: '"SKILL_ID"',
        },
      ],
    },
    {
      name: 'a phone number replacing a callback participant (XFER-2)',
      endpoint: 'callback-replace',
      body: '{"address":"+13175550142"}',
      findings: [
        {
          pointer: '/address',
          line: 1,
          column: 12,
          severity: 'error',
          message: 'cannot be replaced by a phone number',
        },
      ],
    },
    {
      name: 'a name replacing a callback participant',
      endpoint: 'callback-replace',
      body: '{"address":"Jane Doe"}',
      findings: [
        { pointer: '/address', line: 1, column: 12, severity: 'error', message: 'not a user or queue id' },
      ],
    },
    {
      name: 'a wrap-up code name where its id belongs',
      endpoint: 'update-call-participant',
      body: '{"wrapup":{"code":"Sale"}}',
      findings: [
        { pointer: '/wrapup/code', line: 1, column: 19, severity: 'error', message: 'wrap-up code id' },
      ],
    },
    {
      name: 'placeholders in a bulk disconnect entry',
      endpoint: 'bulk-disconnect-callbacks',
      body: `{"callbackDisconnectIdentifiers":[{"conversationId":"${QUEUE}","callbackId":"CALLBACK_ID"}]}`,
      findings: [
        {
          pointer: '/callbackDisconnectIdentifiers/0/callbackId',
          line: 1,
          column: 105,
          severity: 'error',
          message: 'not a callback id',
        },
      ],
    },
    {
      name: 'a template variable as scriptId',
      endpoint: 'create-callback',
      body: `{"scriptId":"{{scriptId}}","queueId":"${QUEUE}","callbackNumbers":${NUMBERS}}`,
      findings: [
        { pointer: '/scriptId', line: 1, column: 13, severity: 'error', message: '"{{scriptId}}"' },
      ],
    },
  ],
});
