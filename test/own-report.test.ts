// A report written by one run is found by the next run's folder or glob: it is told by its
// content and left out with a note, never linted (or --fix'ed) as a create-call body.
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFixRun } from '../src/cli/fix-inputs.js';
import type { InputHandlers } from '../src/cli/lint-inputs.js';
import { notBodyNote } from '../src/cli/not-body-note.js';
import { lintFiles } from '../src/index.js';
import { jsonDocumentOf } from '../src/input/not-a-body.js';
import { runCli } from './support/run-cli.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gcl-own-report-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

// One finding, so that the reports hold results as well as counts.
const BAD_BODY = '{"phoneNumber":"+13175550142","extra":1}\n';

/** A folder holding a body and the report a first run wrote of it in `format`. */
async function withReport(format: string, name: string): Promise<string> {
  const dir = folder({ 'a.json': BAD_BODY });
  const first = await runCli(['-f', format, '-o', name, '.'], { cwd: dir });
  expect(first.code).toBe(1);
  return dir;
}

describe('reports of ours are not linted as bodies', () => {
  test.each([
    ['json', 'report.json', 'JSON report'],
    ['sarif', 'report.sarif.json', 'SARIF log'],
  ])('a %s report from an earlier run is skipped with a note', async (format, name, kind) => {
    const dir = await withReport(format, name);
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(run.stderr).toBe(`genesys-call-lint: ${name}: skipped, it is a genesys-call-lint ${kind}, ` +
      'not a request body\n');
    // Only a.json's own finding: the report's members are not "unknown fields" of a body.
    expect([run.code, run.stdout.match(/unknown-field/g)?.length]).toEqual([1, 1]);
  });

  test('the note escapes an invisible character in the name, as other file lines do', async () => {
    // "re\u200bport.json" reads as "report.json" on screen; the note must tell them apart.
    const dir = await withReport('json', 're\u200bport.json');
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(run.stderr).toBe('genesys-call-lint: re\\u200bport.json: skipped, it is a ' +
      'genesys-call-lint JSON report, not a request body\n');
  });

  test('a report rewritten by jq (keys sorted, or on one line) is still ours', async () => {
    const dir = await withReport('json', 'report.json');
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Record<string, unknown>;
    const sorted = Object.fromEntries(Object.entries(report).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(join(dir, 'sorted.json'), JSON.stringify(sorted, null, 2));
    writeFileSync(join(dir, 'one-line'), JSON.stringify(report));
    const run = await runCli(['-f', 'compact', 'sorted.json', 'one-line'], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([0, '0 problems (0 errors, 0 warnings)\n']);
    expect(run.stderr.match(/skipped, it is a genesys-call-lint JSON report/g)).toHaveLength(2);
  });

  test('--fix leaves a report as it is, unlinted', async () => {
    const dir = await withReport('json', 'report.json');
    const before = readFileSync(join(dir, 'report.json'), 'utf8');
    const run = await runCli(['--fix', '-f', 'compact', 'report.json'], { cwd: dir });
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(before);
    expect([run.code, run.stdout]).toEqual([0, '0 problems (0 errors, 0 warnings)\n']);
    expect(run.stderr).toContain('report.json: skipped, it is a genesys-call-lint JSON report');
  });

  test('--fix tells a report by one parse, and neither fixes nor lints it', async () => {
    const dir = await withReport('json', 'report.json');
    const path = join(dir, 'report.json');
    const before = readFileSync(path);
    const notes: string[] = [];
    let optionsAsked = 0;
    const handlers: InputHandlers = {
      lintOptions: (file) => {
        optionsAsked++;
        return { filePath: file };
      },
      onResult: async () => undefined,
      onFailure: () => undefined,
      onSkipped: () => undefined,
      onNotBody: (file, what) => notes.push(notBodyNote(file, what)),
    };
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: dir };
    const parse = jest.spyOn(JSON, 'parse');
    try {
      await createFixRun('write', io).lintInput({ path, name: 'report.json', format: undefined,
        endpoint: undefined }, handlers);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    expect([notes, optionsAsked]).toEqual([['genesys-call-lint: report.json: skipped, it is a ' +
      'genesys-call-lint JSON report, not a request body\n'], 0]);
  });

  test('a cached run notes it again when it replays it', async () => {
    const dir = await withReport('json', 'report.json');
    const argv = ['--cache', '--cache-strategy', 'content', '-f', 'compact', 'report.json'];
    const runs = [await runCli(argv, { cwd: dir }), await runCli(argv, { cwd: dir })];
    for (const run of runs) {
      expect([run.code, run.stderr]).toEqual([0, 'genesys-call-lint: report.json: skipped, it is a ' +
        'genesys-call-lint JSON report, not a request body\n']);
    }
  });

  test('lintFiles lists it among the excluded inputs', async () => {
    const dir = await withReport('sarif', 'out.sarif');
    const out = await lintFiles(['out.sarif'], { cwd: dir, config: false });
    expect([out.results, out.excluded]).toEqual([[], [{ file: 'out.sarif', reason: 'own-report',
      message: 'it is a genesys-call-lint SARIF log, not a request body' }]]);
  });
});

describe('jsonDocumentOf', () => {
  test.each([
    // A body opening with a member a report has is still a body when the rest is not a report.
    ['{"version":1,"phoneNumber":"+13175550142"}'],
    ['{"results":[],"failures":[]}'],
    // Another tool's SARIF log.
    ['{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"eslint"}}}]}'],
    ['{"runs": [1, 2'],
    ['{"phoneNumber":"+13175550142","runs":[{"tool":{"driver":{"name":"genesys-call-lint"}}}]}'],
    // An "info" that is no collection's.
    ['{"info":{"schema":"https://example.com/schema.json"},"item":[]}'],
  ])('%s is a body', (text) => {
    expect(jsonDocumentOf(text)).toBeUndefined();
  });

  test.each([
    ['{"version":1,"results":[],"failures":[],"bodyCount":0,"errorCount":0}', 'not-body'],
    ['\uFEFF {"runs":[{"tool":{"driver":{"name":"genesys-call-lint"}}}]}', 'not-body'],
    ['{"info":{"schema":"https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},' +
      '"item":[]}', 'postman'],
  ])('%s is not', (text, kind) => {
    expect(jsonDocumentOf(text)?.kind).toBe(kind);
  });
});
