// "-o p/keep.json" where p/ is linted: keep.json was skipped as the report's place, then
// overwritten by the report. A body there now refuses the run before anything is written; the
// last run's report there, in any format, is still written over.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMAT_NAMES } from '../src/reporters/index.js';
import { runCli } from './support/run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'gcl-report-over-input-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const KEEP = '{"phoneNumber": "+13175550100"}\n';
let count = 0;

/** A folder p/ with a body to keep and `others` beside it; the run's cwd is its parent. */
function project(others: Record<string, string>): string {
  const dir = join(root, String(count++));
  mkdirSync(join(dir, 'p'), { recursive: true });
  writeFileSync(join(dir, 'p', 'keep.json'), KEEP);
  for (const [name, text] of Object.entries(others)) writeFileSync(join(dir, 'p', name), text);
  return dir;
}

describe('-o naming a file that a linted folder or glob finds', () => {
  test.each([['a folder', 'p'], ['a glob', 'p/*.json']])('a body there, found by %s: refused, ' +
    'nothing written', async (_how, input) => {
    const dir = project({ 'b.json': '{"to": "+13175550100"}' });
    const run = await runCli(['-o', 'p/keep.json', input], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('p/keep.json is where the report is written (--output-file), ' +
      'but it holds no report of genesys-call-lint');
    expect(readFileSync(join(dir, 'p', 'keep.json'), 'utf8')).toBe(KEEP);
  });

  test.each(FORMAT_NAMES.flatMap((format) => [[format, 'problems'], [format, 'none']]))(
    'the last run\'s %s report there (%s found) is written over', async (format, found) => {
      const body = found === 'none' ? KEEP : '{"to": "+13175550100"}';
      const dir = project({ 'b.json': body });
      const args = ['-f', format, '-o', 'p/report.json', 'p'];
      const first = await runCli(args, { cwd: dir });
      const again = await runCli(args, { cwd: dir });
      expect([first.code, again.code]).toEqual(found === 'none' ? [0, 0] : [1, 1]);
      expect(again.stderr).toContain('p/report.json: skipped, it is where the report is written');
      expect(readFileSync(join(dir, 'p', 'report.json'), 'utf8')).not.toBe('');
    });

  test('an empty file there holds nothing to lose: written over', async () => {
    const dir = project({ 'report.json': '' });
    const run = await runCli(['-f', 'compact', '-o', 'p/report.json', 'p'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'p', 'report.json'), 'utf8'))
      .toBe('0 problems (0 errors, 0 warnings)\n');
  });
});
