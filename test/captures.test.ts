// Captured traffic as input: NDJSON logs and raw HTTP dumps with mixed endpoints. Each finding is
// pinned to its file line and column, the request it came from, and (for bodies held escaped in
// a JSON string) its position inside the body.
import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { FIXTURES } from './support/paths.js';
import { runCli } from './support/run-cli.js';

interface JsonFinding {
  rule: string;
  severity: string;
  pointer: string;
  line: number;
  column: number;
  bodyLine?: number;
  bodyColumn?: number;
}

interface JsonResult {
  source?: { format: string; index: number; line: number; method?: string; url?: string };
  endpoint: string;
  notices?: Array<{ kind: string }>;
  findings: JsonFinding[];
}

async function lintCapture(file: string, extra: string[] = []) {
  const run = await runCli(['--no-config', '-f', 'json', ...extra, join(FIXTURES, 'captures', file)]);
  const output = JSON.parse(run.stdout) as { results: JsonResult[] };
  const rows = output.results.flatMap((r) =>
    r.findings.map((f) => {
      const inBody = f.bodyLine === undefined ? '' : ` body ${f.bodyLine}:${f.bodyColumn}`;
      return `${r.source?.line} ${f.line}:${f.column}${inBody} ${f.severity} ${f.rule} ${f.pointer}`;
    }),
  );
  return { run, output, rows };
}

describe('NDJSON logs', () => {
  test('bodies and captured requests, each at its line', async () => {
    const { run, output, rows } = await lintCapture('service-log.ndjson');
    expect(rows).toEqual([
      // line 2: invented to/from inside a logged {method, url, body}; the body starts at col 116
      '2 2:116 error missing-target ',
      '2 2:117 error unknown-field /to',
      '2 2:153 error unknown-field /from',
      // line 5: the body is logged as a JSON string; findings point at that string
      '5 5:222 body 1:12 warning enum-case /speakTo',
      '5 5:222 body 1:40 error conflicting-targets /destination',
      '6 6:140 warning non-e164 /callbackNumbers/0',
      '6 6:140 warning phone-formatting /callbackNumbers/0',
      '6 6:168 error invalid-uuid /queueId',
      // line 7: a bare body, linted with the default endpoint
      '7 7:16 warning non-e164 /phoneNumber',
      // line 8: a trailing comma inside the logged body
      '8 8:146 error syntax-error ',
    ]);
    // Line 1 is clean, line 3 empty, line 4 a GET (skipped): six bodies.
    expect(output.results).toHaveLength(6);
    expect(output.results.map((r) => r.source?.line)).toEqual([1, 2, 5, 6, 7, 8]);
    expect(output.results.find((r) => r.source?.line === 5)!.notices![0]!.kind).toBe('deprecated-endpoint');
    expect(run.stderr).toContain('1 request skipped');
    expect(run.code).toBe(1);
  });
});

describe('raw HTTP dumps', () => {
  test('several requests per file, including a curl -v transcript', async () => {
    const { run, output, rows } = await lintCapture('proxy-dump.http');
    expect(rows).toEqual([
      '1 8:3 error unknown-field /mediaType',
      '11 15:1 error conflicting-targets ',
      '20 25:51 error missing-required /routingData/queueId',
    ]);
    expect(output.results.map((r) => r.endpoint)).toEqual([
      'POST /api/v2/conversations/calls',
      'POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace',
      'POST /api/v2/conversations/callbacks',
    ]);
    expect(output.results[0]!.source).toMatchObject({
      format: 'http',
      method: 'POST',
      url: 'https://api.mypurecloud.ie/api/v2/conversations/calls',
    });
    expect(run.stderr).toContain('1 request skipped');
  });

  test('--input-format forces the reader', async () => {
    const { output } = await lintCapture('service-log.ndjson', ['--input-format', 'json']);
    // Read as one body, the log is a syntax error at the start of line 2.
    expect(output.results).toHaveLength(1);
    expect(output.results[0]!.findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual([
      'syntax-error 2:1',
    ]);
  });
});
