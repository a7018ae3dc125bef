// A body --endpoint auto could not decide is not linted and fails the run (exit 2). Every format
// must say so once, as a failure, without passing the body as clean or naming the first
// candidate's model as if it had been chosen.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type TestSuites } from 'junit2json';
import { joinSentences } from '../../src/reporters/reporter.js';
import { FORMAT_NAMES, type FormatName } from '../../src/reporters/index.js';
import { runCli, type CliRun } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gcl-undecided-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Fits five consult models equally, which report different findings for it.
writeFileSync(join(dir, 'auto.json'), '{"speakTo":"BOTH"}\n');

const lint = (...argv: string[]) => runCli(['--no-config', '-e', 'auto', ...argv, 'auto.json'], { cwd: dir });

interface SarifLog {
  runs: Array<{
    results: Array<{ ruleId: string; level: string; properties?: Record<string, unknown> }>;
    invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }>;
  }>;
}

/** What each format must show for the one undecided body. */
const EXPECTED: Record<FormatName, (run: CliRun) => Promise<void> | void> = {
  stylish: ({ stdout }) => {
    expect(stdout).toContain('auto.json (endpoint undecided)\n');
    // Not "1 body checked, no problems": the body has a result but was not linted.
    expect(stdout).toMatch(/\nNo body checked, 1 body could not be linted\.\n$/);
    expect(stdout).not.toContain('could not be read');
  },
  compact: ({ stdout }) => {
    expect(stdout).toContain('auto.json: error endpoint auto cannot decide');
    expect(stdout).toMatch(/\nNo body checked, 1 body could not be linted\.\n$/);
  },
  json: ({ stdout }) => {
    const report = JSON.parse(stdout) as { results: Array<Record<string, unknown>>; failureCount: number };
    expect(report.results[0]).toMatchObject({ endpoint: null, model: null, errorCount: 0 });
    expect(report.failureCount).toBe(1);
  },
  sarif: ({ stdout }) => {
    const [run] = (JSON.parse(stdout) as SarifLog).runs;
    expect(run!.results).toHaveLength(1);
    expect(run!.results[0]).toMatchObject({ ruleId: 'endpoint-auto', level: 'error' });
    expect(run!.results[0]!.properties?.['model']).toBeUndefined();
    expect(run!.results[0]!.properties?.['endpoint']).toBeUndefined();
    const [notification] = run!.invocations[0]!.toolExecutionNotifications;
    expect(notification!.message.text).toMatch(/^auto\.json: endpoint auto cannot decide: .*to choose\. Name/);
  },
  github: ({ stdout }) => {
    const errors = stdout.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error file=auto\.json,title=endpoint-auto::endpoint auto cannot decide/);
  },
  junit: async ({ stdout }) => {
    const suites = (await parse(stdout)) as TestSuites;
    expect(suites.testsuite).toHaveLength(1);
    const [suite] = suites.testsuite!;
    expect(suite).toMatchObject({ name: 'auto.json', tests: 1, failures: 0, errors: 1 });
    expect(suite!.testcase![0]!.name).toBe('lint body');
    expect(suite!.testcase![0]!.error![0]!.message).toMatch(/^endpoint auto cannot decide: /);
    expect(stdout).not.toContain('no problems');
    expect(stdout).not.toContain('ConsultTransferUpdate"');
  },
};

// Where each format's reader looks for it: the report of the formats read by people, stderr
// beside the machine formats' data. It was written in both places by stylish, compact and github.
const SHOWN_IN_REPORT: ReadonlySet<FormatName> = new Set(['stylish', 'compact', 'github']);

describe('a body --endpoint auto cannot decide', () => {
  test.each(FORMAT_NAMES)('%s shows it once, as a failure', async (format) => {
    const run = await lint('-f', format);
    expect(run.code).toBe(2);
    if (SHOWN_IN_REPORT.has(format)) {
      expect(run.stderr).toBe('');
      expect(run.stdout.match(/cannot decide/g)).toHaveLength(1);
    } else {
      expect(run.stderr.match(/cannot decide/g)).toHaveLength(1);
    }
    expect(`${run.stdout}${run.stderr}`).not.toContain('choose..');
    await EXPECTED[format](run);
  });

  test('--quiet keeps it: it is an error, not a warning', async () => {
    const run = await lint('-q', '-f', 'junit');
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('errors="1"');
    expect(run.stdout).not.toContain('no problems');
  });

  test('a message that ends a sentence gets no second period before the hint', () => {
    expect(joinSentences('x: to choose.', 'Pass it.')).toBe('x: to choose. Pass it.');
    expect(joinSentences('x: no such file', 'Check it.')).toBe('x: no such file. Check it.');
  });
});
