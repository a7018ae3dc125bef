// renderReport is the library's whole report. stylish and compact only count the inputs that
// could not be read ("1 input could not be read"): the CLI names them on stderr, which a library
// caller does not have, so the report names them, in the CLI's words, before that count.
import { describe, expect, test } from '@jest/globals';
import { lintFiles } from '../../src/api/lint-files.js';
import { REPORTERS } from '../../src/reporters/index.js';
import { renderReport } from '../../src/reporters/reporter.js';
import { ROOT } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const CONTEXT = { color: false, version: '0' };
const MISSING = 'genesys-call-lint: nope.json: no such file or directory\n' +
  '  Check the path; pass a file, a directory of *.json files or a glob.\n';

describe('renderReport', () => {
  test.each([
    ['stylish', `${MISSING}No body checked, 1 input could not be read.\n`],
    ['compact', `${MISSING}No body checked, 1 input could not be read.\n`],
  ] as const)('%s names the inputs that could not be read', async (format, report) => {
    const { results, failures } = await lintFiles(['nope.json'], { cwd: ROOT, config: false });
    expect(renderReport(REPORTERS[format], results, failures, CONTEXT)).toBe(report);
  });

  test('as the CLI does on stderr, while its report is unchanged', async () => {
    const run = await runCli(['--no-config', '-f', 'compact', 'nope.json']);
    expect(run.stderr).toContain('genesys-call-lint: nope.json: no such file or directory\n');
    expect(run.stdout).toBe('No body checked, 1 input could not be read.\n');
  });

  // "0 problems (0 errors, 0 warnings)" alone, as compact and github ended, read as a clean run
  // to whoever looked at the last line of a CI log.
  test.each(['stylish', 'compact', 'github'] as const)(
    '%s ends a run whose only input failed in the same words',
    async (format) => {
      const run = await runCli(['--no-config', '-f', format, 'nope.json']);
      expect(run.code).toBe(2);
      expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('No body checked, 1 input could not be read.');
    },
  );

  test('github counts the inputs that could not be read beside its problems', async () => {
    const run = await runCli(['--no-config', '-f', 'github', 'nope.json', 'fixtures']);
    expect(run.stdout.trimEnd().split('\n').at(-1))
      .toMatch(/^\d+ problems \(\d+ errors, \d+ warnings\), 1 input could not be read$/);
  });
});
