// duplicate-key: a member named twice in one object (issue 7). JSON.parse keeps the last value, so
// the first is lost without a word; the finding sits on the first occurrence's name.
import { ruleTable } from '../support/rule-table.js';

const PHONE = '"phoneNumber":"+13175550142"';

ruleTable('duplicate-key', {
  accept: [
    { name: 'each name once', body: `{${PHONE},"callerId":"+13175550100"}` },
    { name: 'the same name in sibling objects', body: '{"participants":[{"address":"1"},{"address":"2"}]}' },
    { name: 'the same name in an object and the object inside it', body: '{"a":{"a":1}}' },
    { name: 'colons inside strings (more colons than members)', body: '{"phoneNumber":"tel:+1:2:3"}' },
    { name: 'a name differing only in case', body: `{${PHONE},"PhoneNumber":"+13175550142"}` },
  ],
  reject: [
    {
      name: 'a number given twice',
      body: `{${PHONE},${PHONE}}`,
      findings: [{ pointer: '/phoneNumber', line: 1, column: 2, severity: 'error', message: '2 times' }],
    },
    {
      name: 'three times, reported once with the count',
      body: '{\n  "callerId": "+1",\n  "callerId": "+2",\n  "callerId": "+3"\n}',
      findings: [{ pointer: '/callerId', line: 2, column: 3, message: '3 times' }],
    },
    {
      name: 'the same name spelled with an escape',
      body: `{${PHONE},"phone\\u004eumber":"+13175550199"}`,
      findings: [{ pointer: '/phoneNumber', line: 1, column: 2 }],
    },
    {
      name: 'inside a list item',
      body: '{"participants":[{"address":"+13175550142"},{"address":"1","address":"2"}]}',
      findings: [{ pointer: '/participants/1/address', line: 1, column: 46 }],
    },
    {
      name: 'inside an unknown member, which other rules do not enter',
      body: `{${PHONE},"to":{"x":1,"x":2}}`,
      findings: [{ pointer: '/to/x', line: 1, column: 37 }],
    },
    {
      name: 'a name with "/" and "~" (escaped in the pointer)',
      body: `{${PHONE},"a/b~":1,"a/b~":2}`,
      findings: [{ pointer: '/a~1b~0', line: 1, column: 31 }],
    },
    {
      name: 'two consult destinations',
      endpoint: 'consult',
      body: '{"speakTo":"BOTH","destination":{"address":"+13175550142"},"destination":{"address":"+13175550199"}}',
      findings: [{ pointer: '/destination', line: 1, column: 19 }],
    },
    {
      name: 'after a byte-order mark (columns count from after it)',
      body: `\uFEFF{${PHONE},${PHONE}}`,
      findings: [{ pointer: '/phoneNumber', line: 1, column: 2 }],
    },
  ],
});
