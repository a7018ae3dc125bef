// read-only-member: members the reference marks read-only (Conversation's id and selfUri), which
// Genesys sets itself. A warning, fixed by removing the member while the object keeps another.
import { describe, expect, test } from '@jest/globals';
import { fixText } from '../../src/fix/fix-text.js';
import { lintText } from '../../src/lint/lint-text.js';
import { runCli } from '../support/run-cli.js';
import { ruleTable } from '../support/rule-table.js';

const OWN = '8f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const SELF = `/api/v2/conversations/${OWN}`;
const START = '"startTime":"2026-01-02T16:59:59Z"';

ruleTable('read-only-member', {
  accept: [
    { name: 'a disconnect alone', endpoint: 'update-call', body: '{"state":"disconnected"}' },
    {
      name: 'a participant\'s own id (Participant marks none read-only)',
      endpoint: 'add-participants',
      body: `{${START},"participants":[{"id":"${OWN}","address":"+13175550142"}]}`,
    },
    // Unknown there: unknown-field's business, not this rule's.
    { name: 'an id on create-call', body: `{"id":"${OWN}","phoneNumber":"+13175550142"}` },
  ],
  reject: [
    {
      name: 'the conversation\'s id beside a disconnect',
      endpoint: 'update-call',
      body: `{"id":"${OWN}","state":"disconnected"}`,
      findings: [{ pointer: '/id', line: 1, column: 2, severity: 'warning', message: `"${OWN}"` }],
    },
    {
      name: 'id and selfUri from a read, on the callback PATCH',
      endpoint: 'update-callback-conversation',
      body: `{\n  "id": "${OWN}",\n  "state": "disconnected",\n  "selfUri": "${SELF}"\n}`,
      findings: [
        { pointer: '/id', line: 2, column: 3, severity: 'warning', message: /read-only/ },
        { pointer: '/selfUri', line: 4, column: 3, severity: 'warning', message: '"selfUri"' },
      ],
    },
    {
      name: 'an id that is no UUID: reported here too',
      endpoint: 'add-participants',
      body: `{"id":"conv-1",${START},"participants":[{"address":"+13175550142"}]}`,
      findings: [{ pointer: '/id', line: 1, column: 2, severity: 'warning', message: '"conv-1"' }],
    },
  ],
});

describe('read-only-member fixes and pages', () => {
  test('--fix removes the member while the object keeps another', () => {
    const body = `{"id":"${OWN}","state":"disconnected","selfUri":"${SELF}"}`;
    expect(fixText(body, { endpoint: 'update-call' }).output).toBe('{"state":"disconnected"}');
  });

  test('a member alone is left, and the hint asks for what the request changes', () => {
    const body = `{"id":"${OWN}"}`;
    const [finding] = lintText(body, { endpoint: 'update-call' }).findings;
    expect([finding!.ruleId, finding!.fix]).toEqual(['read-only-member', undefined]);
    expect(finding!.hint).toContain('give the members the request is meant to change');
    expect(fixText(body, { endpoint: 'update-call' }).output).toBe(body);
  });

  // One fault, one finding: the member is to go, so another rule's advice on its value (quote
  // it, fill it in, correct the UUID) is left out while this rule is on, and back when it is off.
  const VALUED: Array<[string, string, string]> = [
    ['an id that is no UUID', '"conv-1"', 'invalid-uuid'],
    ['an empty id', '""', 'empty-value'],
    ['an id as a number', '5', 'wrong-type'],
    ['an id as an object', '{"value":"conv-1"}', 'wrong-type'],
  ];
  const found = (body: string, rules = {}) => lintText(body, { endpoint: 'update-call', rules })
    .findings.map((f) => `${f.ruleId} ${f.pointer}`);

  test.each(VALUED)('%s gets this finding alone, and --fix removes it', (_name, id) => {
    const body = `{"id":${id},"state":"disconnected"}`;
    expect(found(body)).toEqual(['read-only-member /id']);
    expect(fixText(body, { endpoint: 'update-call' }).output).toBe('{"state":"disconnected"}');
  });

  test.each(VALUED)('with this rule off, %s gets %s\'s finding', (_name, id, other) => {
    const body = `{"id":${id},"state":"disconnected"}`;
    expect(found(body, { 'read-only-member': 'off' })).toEqual([`${other} /id`]);
  });

  test('a selfUri as a number, too', () => {
    const body = '{"state":"disconnected","selfUri":5}';
    expect(found(body)).toEqual(['read-only-member /selfUri']);
    expect(found(body, { 'read-only-member': 'off' })).toEqual(['wrong-type /selfUri']);
  });

  test('a member written twice stays duplicate-key\'s too: its text is at fault', () => {
    const body = '{"id":"conv-1","id":"conv-2","state":"disconnected"}';
    expect(found(body)).toEqual(['duplicate-key /id', 'read-only-member /id']);
  });

  test('explain prints its page', async () => {
    const run = await runCli(['explain', 'read-only-member']);
    expect([run.code, run.stdout]).toEqual([0, expect.stringMatching(/^# read-only-member\n/)]);
  });
});
