// The HAR recorded by a real headless Chromium (test/har/record-har.mjs): the linter must report
// exactly the wrong bodies, naming their entry, their position inside the body text, and the
// position of that text inside the HAR file. The sidecar lists what each entry must give.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './support/paths.js';
import { runCli } from './support/run-cli.js';

interface Sidecar {
  entries: Array<{
    index: number;
    method: string;
    url: string;
    endpoint: string;
    findings: Array<{ pointer: string; kind: string; severity: string; bodyLine: number; bodyColumn: number }>;
  }>;
  skipped: Array<{ index: number }>;
}

interface JsonResult {
  source: { format: string; index: number; method: string; url: string };
  endpoint: string;
  findings: Array<{
    rule: string;
    severity: string;
    pointer: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    bodyLine: number;
    bodyColumn: number;
  }>;
}

const HAR = join(FIXTURES, 'captures', 'browser-recorded.har');
const sidecar = JSON.parse(
  readFileSync(join(FIXTURES, 'captures', 'browser-recorded.expect.json'), 'utf8'),
) as Sidecar;

describe('browser-recorded HAR', () => {
  test('every call entry gives exactly its expected findings', async () => {
    const run = await runCli(['--no-config', '-f', 'json', HAR]);
    const results = (JSON.parse(run.stdout) as { results: JsonResult[] }).results;
    const have = results.flatMap((r) =>
      r.findings.map((f) => `${r.source.index} ${f.pointer} ${f.rule} ${f.severity} ${f.bodyLine}:${f.bodyColumn}`),
    );
    const want = sidecar.entries.flatMap((e) =>
      e.findings.map((f) => `${e.index} ${f.pointer} ${f.kind} ${f.severity} ${f.bodyLine}:${f.bodyColumn}`),
    );
    expect(have.sort()).toEqual(want.sort());
    expect(results.map((r) => r.source.index)).toEqual(sidecar.entries.map((e) => e.index));
    for (const entry of sidecar.entries) {
      const result = results.find((r) => r.source.index === entry.index)!;
      expect(result.source).toMatchObject({ format: 'har', method: entry.method, url: entry.url });
      expect(result.endpoint).toBe(entry.endpoint);
    }
    expect(run.stderr).toContain(`${sidecar.skipped.length} requests skipped`);
    expect(run.code).toBe(1);
  });

  test('file positions span the characters of postData.text that write each finding', async () => {
    const run = await runCli(['--no-config', '-f', 'json', HAR]);
    const results = (JSON.parse(run.stdout) as { results: JsonResult[] }).results;
    const lines = readFileSync(HAR, 'utf8').split('\n');
    const har = JSON.parse(readFileSync(HAR, 'utf8')) as {
      log: { entries: Array<{ request: { postData?: { text: string } } }> };
    };
    for (const result of results) {
      const body = har.log.entries[result.source.index]!.request.postData!.text;
      for (const finding of result.findings) {
        // The span, unescaped, is the body's text from the finding's place in the body on.
        expect(finding.endLine).toBe(finding.line);
        const escaped = lines[finding.line - 1]!.slice(finding.column - 1, finding.endColumn - 1);
        const text = JSON.parse(`"${escaped}"`) as string;
        const lineStart = body.split('\n').slice(0, finding.bodyLine - 1)
          .reduce((sum, line) => sum + line.length + 1, 0);
        const start = lineStart + finding.bodyColumn - 1;
        expect(text).not.toBe('');
        expect(body.slice(start, start + text.length)).toBe(text);
      }
    }
  });
});
