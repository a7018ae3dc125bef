// self-merge: conversationIds names the conversation of the request's own path (CONV-PATCH-1).
// Known only from a concrete path: given to lintText as the endpoint, to the CLI as --endpoint,
// or taken from a captured request's URL.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText } from '../../src/lint/lint-text.js';
import { runCli } from '../support/run-cli.js';
import { ruleTable } from '../support/rule-table.js';

const OWN = '8f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const OTHER = '5e0b7a47-3c1d-4f8e-9b2a-6d4c8e1f0a93';
const MERGE_OWN = `{"conversationIds":["${OWN}"]}`;

ruleTable('self-merge', {
  accept: [
    {
      name: 'a merge of another call',
      endpoint: `PATCH /calls/${OWN}`,
      body: `{"conversationIds":["${OTHER}"]}`,
    },
    { name: 'a short name: no conversation is known', endpoint: 'update-call', body: MERGE_OWN },
    {
      name: 'a template path: no conversation is known',
      endpoint: 'PATCH /calls/{conversationId}',
      body: MERGE_OWN,
    },
    {
      name: 'another conversation in the path',
      endpoint: `PATCH /calls/${OTHER}/conference`,
      body: MERGE_OWN,
    },
    {
      name: 'an endpoint that merges nothing (add participants)',
      endpoint: `POST /calls/${OWN}/participants`,
      body: `{"startTime":"2026-01-02T16:59:59Z","participants":[{"address":"+13175550142"}],` +
        `"conversationIds":["${OWN}"]}`,
    },
  ],
  reject: [
    {
      name: 'a call merged into itself (full path)',
      endpoint: `PATCH /api/v2/conversations/calls/${OWN}`,
      body: MERGE_OWN,
      findings: [
        { pointer: '/conversationIds/0', line: 1, column: 21, severity: 'error', message: `"${OWN}"` },
      ],
    },
    {
      name: 'a callback merged into itself, the id in upper case, beside another',
      endpoint: `PATCH /callbacks/${OWN}`,
      body: `{"conversationIds":["${OTHER}","${OWN.toUpperCase()}"]}`,
      findings: [
        { pointer: '/conversationIds/1', line: 1, column: 60, severity: 'error', message: 'itself' },
      ],
    },
    {
      name: 'a conference update naming its own call, from a whole URL',
      endpoint: `PATCH https://api.mypurecloud.com/api/v2/conversations/calls/${OWN}/conference?x=1`,
      body: MERGE_OWN,
      findings: [{ pointer: '/conversationIds/0', line: 1, column: 21, severity: 'error' }],
    },
  ],
});

describe('self-merge hints and settings', () => {
  test('the hint depends on whether other calls are listed', () => {
    const hint = (body: string) =>
      lintText(body, { endpoint: `PATCH /calls/${OWN}` }).findings[0]!.hint;
    expect(hint(MERGE_OWN)).toContain('List the ids of the other calls to merge');
    expect(hint(`{"conversationIds":["${OWN}","${OTHER}"]}`)).toContain('Remove this entry');
  });

  test('rules can turn it off or lower it, as any rule', () => {
    const endpoint = `PATCH /calls/${OWN}`;
    expect(lintText(MERGE_OWN, { endpoint, rules: { 'self-merge': 'off' } }).findings).toEqual([]);
    expect(lintText(MERGE_OWN, { endpoint, rules: { 'self-merge': 'warn' } }).findings[0]!.severity)
      .toBe('warning');
  });
});

describe('self-merge through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'self-merge-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const endpoint = `PATCH /api/v2/conversations/calls/${OWN}`;

  test('a concrete --endpoint path', async () => {
    const argv = ['--no-config', '-f', 'compact', '-e', endpoint, '-'];
    const run = await runCli(argv, { stdin: MERGE_OWN });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<stdin>:1:21: error /conversationIds/0');
    expect(run.stdout).toContain('[self-merge]');
  });

  test('a config file sets its severity, as for any rule', async () => {
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'self-merge': 'warn' } }));
    const run = await runCli(['-c', config, '-f', 'compact', '-e', endpoint, '-'], { stdin: MERGE_OWN });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('warning /conversationIds/0');
  });

  test('the URL of each request in an NDJSON capture', async () => {
    const line = (path: string) => JSON.stringify({
      method: 'PATCH',
      url: `https://api.mypurecloud.com/api/v2/conversations${path}`,
      body: JSON.parse(MERGE_OWN) as unknown,
    });
    const file = join(dir, 'merges.ndjson');
    const paths = [`/calls/${OWN}`, `/calls/${OTHER}/conference`, `/callbacks/${OWN}`];
    writeFileSync(file, `${paths.map(line).join('\n')}\n`);
    const run = await runCli(['--no-config', '-f', 'json', file]);
    type Output = { results: Array<{ source: { line: number }; findings: Array<{ rule: string }> }> };
    const results = (JSON.parse(run.stdout) as Output).results
      .map((r) => `${r.source.line} ${r.findings.map((f) => f.rule).join(',')}`);
    expect([run.code, results]).toEqual([1, ['1 self-merge', '2 ', '3 self-merge']]);
  });
});
