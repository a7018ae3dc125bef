// A .json file that holds one logged request ({method, url, headers, body}, pretty-printed by a
// proxy or copied from a log) is read as the same object on an NDJSON line is: its body linted
// against the endpoint of its method and URL, its findings placed where the body's members are in
// the file, and never rewritten by --fix. A body with "url" or "method" members stays a body.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../src/api/lint-files.js';
import { runCli } from './support/run-cli.js';

interface JsonResult {
  source?: { format: string; index: number; line: number; method?: string; url?: string };
  endpoint: string;
  findings: Array<{ rule: string; pointer: string; line: number; column: number;
    bodyLine?: number; bodyColumn?: number }>;
}

const FAKE = 'fake-token-123456';
const CALLS = 'https://api.mypurecloud.com/api/v2/conversations/calls';
const dir = mkdtempSync(join(tmpdir(), 'gcl-logged-request-'));

/** The name of a file written into the folder the CLI runs in. */
function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each finding as "line:column rule pointer", with its place in the body when it has one. */
async function lintJson(name: string, extra: string[] = []) {
  const run = await runCli(['--no-config', '-f', 'json', ...extra, name], { cwd: dir });
  const results = (JSON.parse(run.stdout) as { results: JsonResult[] }).results;
  const rows = results.flatMap((r) => r.findings.map((f) => {
    const inBody = f.bodyLine === undefined ? '' : ` (body ${f.bodyLine}:${f.bodyColumn})`;
    return `${f.line}:${f.column}${inBody} ${f.rule} ${f.pointer}`;
  }));
  return { run, results, rows };
}

// The consult endpoint, so that which endpoint the URL names shows in the result.
const CONSULT = `${CALLS}/8f1b7c3e-2a4d-4e5f-9a6b-7c8d9e0f1a2b/participants/` +
  '2c0d4e6f-8a1b-4c3d-9e5f-6a7b8c9d0e1f/consult';
const PRETTY = `{
  "timestamp": "2026-12-06T01:00:00Z",
  "method": "POST",
  "url": "${CONSULT}?access_token=${FAKE}",
  "headers": {
    "Authorization": "Bearer ${FAKE}",
    "Content-Type": "application/json"
  },
  "body": {
    "destination": { "address": "+13175550142" },
    "speakTo": "DESTINATION",
    "consultingUserId": "x"
  }
}
`;

describe('a .json file holding one logged request', () => {
  test('pretty-printed: the body is linted against its URL\'s endpoint, where it is', async () => {
    const { run, results, rows } = await lintJson(file('consult.json', PRETTY));
    expect(results.map((r) => [r.source?.format, r.source?.method, r.endpoint])).toEqual([
      ['logged-request', 'POST', 'POST /api/v2/conversations/calls/{conversationId}/' +
        'participants/{participantId}/consult'],
    ]);
    // Not "timestamp", "method", "url" or "headers": only the body's own members.
    expect(rows).toEqual(['12:25 invalid-uuid /consultingUserId']);
    expect(run.stdout + run.stderr).not.toContain(FAKE);
    expect(results[0]!.source!.url).toContain('access_token=***');
  });

  test('on one line, with its body as a string: findings point into that string', async () => {
    const body = '{"phoneNumber":"+13175550142","bogus":1}';
    const text = JSON.stringify({ request: { method: 'POST', url: CALLS }, body });
    const { rows } = await lintJson(file('one-line.json', text));
    const column = text.indexOf('\\"bogus') + 1;
    expect(rows).toEqual([`1:${column} (body 1:31) unknown-field /bogus`]);
  });

  test('a method, a URL and a body make one; a body with "url" and "method" members stays a body',
    async () => {
      const text = `{"method":"POST","url":"${CALLS}","body":{"phoneNumber":"+13175550142","x":1}}`;
      const logged = await lintJson(file('logged.json', text));
      expect(logged.results.map((r) => r.source?.format)).toEqual(['logged-request']);
      expect(logged.rows).toEqual([`1:${text.indexOf('"x"') + 1} unknown-field /x`]);
      // With no body logged, the file would be passed over whole: it is linted as the body it is.
      const { results, rows } = await lintJson(file('members.json',
        '{"phoneNumber":"+13175550142","url":"https://h.io/x","method":"POST"}'));
      expect(results.map((r) => r.source)).toEqual([undefined]);
      expect(rows).toEqual(['1:31 unknown-field /url', '1:54 unknown-field /method']);
      const only = await lintJson(file('url-only.json', `{"url":"${CALLS}","body":{}}`));
      expect(only.results.map((r) => r.source)).toEqual([undefined]);
    });

  test('--fix leaves it as it is, and says so; --fix-dry-run shows no diff', async () => {
    const name = file('fix.json', PRETTY);
    const fixed = await runCli(['--no-config', '--fix', name], { cwd: dir });
    expect(readFileSync(join(dir, name), 'utf8')).toBe(PRETTY);
    expect(fixed.stderr).toContain('(NDJSON, HAR, raw HTTP, Postman or a logged request) read ' +
      'but never rewritten: fix.json');
    const dry = await runCli(['--no-config', '--fix-dry-run', name], { cwd: dir });
    expect(dry.stdout).toBe('');
  });

  test('--cache gives its findings again, with the request they came from', async () => {
    const name = file('cached.json', PRETTY);
    const args = ['--cache', '--cache-location', join(dir, 'cache')];
    const first = await lintJson(name, args);
    const again = await lintJson(name, args);
    expect(again.run.stdout).toBe(first.run.stdout);
    expect([again.run.stderr, again.rows]).toEqual(['', ['12:25 invalid-uuid /consultingUserId']]);
  });

  test('lintFiles reads it so too', async () => {
    const name = file('api.json', PRETTY);
    const [result] = (await lintFiles([join(dir, name)], { config: false })).results;
    expect(result?.source?.format).toBe('logged-request');
    expect(result?.findings.map((f) => `${f.line}:${f.column} ${f.pointer}`))
      .toEqual(['12:25 /consultingUserId']);
  });
});
