// A deprecated endpoint's notice is no problem: it changes no count and no exit code. It was
// printed as "warning" above a summary of 0 warnings, and --max-warnings 0 passed it; a user who
// knows ESLint reads that as a miscount. So it is an info notice, in every format.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gcl-deprecated-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A clean body for consult, which Genesys has deprecated.
writeFileSync(join(dir, 'consult.json'),
  '{"speakTo": "DESTINATION", "destination": {"address": "+13175550142"}}\n');

const lint = (format: string) => runCli(['--no-config', '-e', 'consult', '--max-warnings', '0',
  '-f', format, 'consult.json'], { cwd: dir });

describe('a deprecated endpoint\'s notice', () => {
  test.each([
    { format: 'stylish', line: /^ {2}info {2}.* is deprecated by Genesys; .* deprecated-endpoint$/,
      summary: '1 body checked, no problems.' },
    { format: 'compact', line: /^consult\.json: info .* is deprecated .* \[deprecated-endpoint\]$/,
      summary: '0 problems (0 errors, 0 warnings)' },
    { format: 'github', line: /^::notice file=consult\.json,title=deprecated-endpoint::.* is deprecated/,
      summary: '0 problems (0 errors, 0 warnings)' },
  ])('is labelled as the summary counts it in $format', async ({ format, line, summary }) => {
    const run = await lint(format);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const notice = lines.filter((l) => l.includes('deprecated-endpoint'));
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatch(line);
    expect(run.stdout).not.toMatch(/\bwarning\b/);
    expect(lines.at(-1)).toBe(summary);
  });

  test('is an info notice in JSON and a note in SARIF', async () => {
    const json = JSON.parse((await lint('json')).stdout) as
      { results: Array<{ notices: unknown[] }>; warningCount: number };
    expect(json.results[0]!.notices).toEqual([expect.objectContaining(
      { kind: 'deprecated-endpoint', severity: 'info' })]);
    expect(json.warningCount).toBe(0);
    const sarif = JSON.parse((await lint('sarif')).stdout) as
      { runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    expect(sarif.runs[0]!.results).toEqual([expect.objectContaining(
      { ruleId: 'deprecated-endpoint', level: 'note' })]);
  });
});

// An attack found two HAR entries to consult giving two identical ::notice lines, neither naming
// its entry, though the findings of each do.
describe('in a capture, github\'s notice names the record as findings do', () => {
  const url = 'https://api.mypurecloud.com/api/v2/conversations/calls/c1/participants/p1/consult';
  const body = '{"speakTo": "DESTINATION", "destination": {"address": "+13175550142"}}';
  const captures: Record<string, string> = {
    'two.har': JSON.stringify({ log: { entries: [0, 1].map(() => ({ request: { method: 'POST',
      url, postData: { mimeType: 'application/json', text: body } } })) } }),
    'two.http': [0, 1].map(() => `POST ${url}\nContent-Type: application/json\n\n${body}\n`)
      .join('###\n'),
    'two.postman.json': JSON.stringify({ info: { name: 'c', schema:
      'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: ['one', 'two'].map((name) => ({ name, request: { method: 'POST', url,
      body: { mode: 'raw', raw: body, options: { raw: { language: 'json' } } } } })) }),
  };
  test.each([['two.har', 'HAR log.entries'], ['two.http', 'HTTP request'],
    ['two.postman.json', 'Postman item']])('%s', async (name, label) => {
    writeFileSync(join(dir, name), captures[name]!);
    const run = await runCli(['--no-config', '-f', 'github', name], { cwd: dir });
    const notices = run.stdout.split('\n').filter((l) => l.includes('deprecated-endpoint'));
    expect(notices).toHaveLength(2);
    expect(new Set(notices).size).toBe(2);
    for (const notice of notices) expect(notice).toContain(` (${label}`);
  });
});
