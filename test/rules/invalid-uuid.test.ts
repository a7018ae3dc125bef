import { ruleTable } from '../support/rule-table.js';

ruleTable('invalid-uuid', {
  accept: [
    { name: 'a UUID queue id', body: '{"callQueueId":"9c6f5070-8b03-4726-beda-883420184a49"}' },
    { name: 'upper-case hex', body: '{"callUserId":"9C6F5070-8B03-4726-BEDA-883420184A49"}' },
    { name: 'an empty id (empty-value instead)', body: '{"phoneNumber":"+13175550142","callFromQueueId":""}' },
  ],
  reject: [
    {
      name: 'a placeholder queue id',
      body: '{\n  "callQueueId": "QUEUE_ID"\n}',
      findings: [{ pointer: '/callQueueId', line: 2, column: 18, severity: 'error', message: '"QUEUE_ID"' }],
    },
  ],
});
