import { ruleTable } from '../support/rule-table.js';

const lines = (...rows: string[]): string => rows.join('\n');

const QUEUE = '2f1d8a3c-4b5e-4f60-9a7b-8c9d0e1f2a3b';
const USER = '9c6f5070-8b03-4726-beda-883420184a49';
const NUMBERS = '["+13175550142"]';

/** The message must name every one of these members, in any order and wording. */
const naming = (...members: string[]): RegExp =>
  new RegExp(members.map((member) => `(?=.*\\b${member}\\b)`).join(''));

// Reported at the object that names more than one party ("" for the top level), located at its
// opening brace.
ruleTable('conflicting-targets', {
  accept: [
    {
      name: 'a number with caller id and a queue to call from (modifiers)',
      body:
        '{"phoneNumber":"+13175550142","callerId":"+13175550100","callerIdName":"Support",' +
        `"callFromQueueId":"${QUEUE}"}`,
    },
    {
      name: 'an empty callUserId beside a number (empty strings never count)',
      body: '{"phoneNumber":"+13175550142","callUserId":""}',
    },
    {
      name: 'an empty participants list beside a number (empty lists never count)',
      endpoint: 'create-call-for-user',
      body: '{"phoneNumber":"+13175550142","participants":[]}',
    },
    {
      name: 'a conversationIds list of empty strings beside a number (it names nobody)',
      body: '{"conversationIds":["",""],"phoneNumber":"+13175550100"}',
    },
    {
      name: 'an invented "to" beside a number (unknown members never count)',
      body: '{"phoneNumber":"+13175550142","to":"+13175550143"}',
    },
    {
      name: 'a consult destination with address and name',
      endpoint: 'consult',
      body: '{"speakTo":"DESTINATION","destination":{"address":"+13175550142","name":"Bob"}}',
    },
    {
      name: 'a transfer with userId, userName and voicemail',
      endpoint: 'replace',
      body: `{"userId":"${USER}","userName":"alice","voicemail":true}`,
    },
    {
      name: 'a callback with both queueId and routingData (allowed together)',
      endpoint: 'create-callback',
      body:
        `{"queueId":"${QUEUE}","routingData":{"queueId":"${QUEUE}"},` +
        `"callbackNumbers":${NUMBERS}}`,
    },
  ],
  reject: [
    {
      name: 'a call to a number and a user',
      body: `{"phoneNumber":"+13175550142","callUserId":"${USER}"}`,
      findings: [
        {
          pointer: '',
          line: 1,
          column: 1,
          severity: 'error',
          message: naming('phoneNumber', 'callUserId'),
        },
      ],
    },
    {
      name: 'a call to a queue and participants, after a blank line',
      body: lines(
        '',
        '{',
        `  "callQueueId": "${QUEUE}",`,
        '  "participants": [{"address": "+13175550142"}]',
        '}',
      ),
      findings: [
        {
          pointer: '',
          line: 2,
          column: 1,
          severity: 'error',
          message: naming('callQueueId', 'participants'),
        },
      ],
    },
    {
      name: 'a call with three targets',
      endpoint: 'create-call-for-user',
      body: `{"phoneNumber":"+13175550142","callQueueId":"${QUEUE}","conversationIds":["${USER}"]}`,
      findings: [
        {
          pointer: '',
          line: 1,
          column: 1,
          severity: 'error',
          message: naming('phoneNumber', 'callQueueId', 'conversationIds'),
        },
      ],
    },
    {
      name: 'a participants entry with address and userId',
      body: lines(
        '{',
        '  "participants": [',
        '    {"address": "+13175550142"},',
        `    {"address": "+13175550143", "userId": "${USER}"}`,
        '  ]',
        '}',
      ),
      findings: [
        {
          pointer: '/participants/1',
          line: 4,
          column: 5,
          severity: 'error',
          message: naming('address', 'userId'),
        },
      ],
    },
    {
      name: 'a consult destination with userId and queueId',
      endpoint: 'consult',
      body: lines(
        '{',
        '  "speakTo": "DESTINATION",',
        '  "destination": {',
        `    "userId": "${USER}",`,
        `    "queueId": "${QUEUE}"`,
        '  }',
        '}',
      ),
      findings: [
        {
          pointer: '/destination',
          line: 3,
          column: 18,
          severity: 'error',
          message: naming('userId', 'queueId'),
        },
      ],
    },
    {
      name: 'a transfer to a user and a number',
      endpoint: 'replace',
      body: `{"userId":"${USER}","address":"+13175550142"}`,
      findings: [
        {
          pointer: '',
          line: 1,
          column: 1,
          severity: 'error',
          message: naming('userId', 'address'),
        },
      ],
    },
    {
      name: 'a transfer with all three targets',
      endpoint: 'callback-replace',
      body: lines(
        '{',
        `  "queueId": "${QUEUE}",`,
        '  "address": "+13175550142",',
        `  "userId": "${USER}"`,
        '}',
      ),
      findings: [
        {
          pointer: '',
          line: 1,
          column: 1,
          severity: 'error',
          message: naming('userId', 'address', 'queueId'),
        },
      ],
    },
    {
      name: 'a transfer to voicemail that also names two targets',
      endpoint: 'conversation-replace',
      body: `{"queueId":"${QUEUE}","address":"+13175550142","voicemail":true}`,
      findings: [
        {
          pointer: '',
          line: 1,
          column: 1,
          severity: 'error',
          message: naming('queueId', 'address'),
        },
      ],
    },
  ],
});
