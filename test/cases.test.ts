// The labelled real-world cases (copied from ../shared/cases into fixtures/cases): every case must
// give exactly its expected (pointer, rule, severity) set through the CLI's JSON output, and the
// exit code its validity implies. One test per case, so a failure names the case.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from './support/paths.js';
import { runCli } from './support/run-cli.js';

interface Sidecar {
  endpoint: string;
  valid: boolean;
  problems: Array<{ pointer: string; kind: string; severity: string }>;
}

const names = readdirSync(CASES)
  .filter((f) => f.endsWith('.expect.json'))
  .map((f) => f.replace(/\.expect\.json$/, ''))
  .sort();

describe('labelled cases', () => {
  test('the folder holds the cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(27);
  });

  test.each(names)('%s', async (name) => {
    const sidecar = JSON.parse(readFileSync(join(CASES, `${name}.expect.json`), 'utf8')) as Sidecar;
    const run = await runCli(['--format', 'json', '--endpoint', sidecar.endpoint, join(CASES, `${name}.json`)]);
    const output = JSON.parse(run.stdout) as {
      results: Array<{ findings: Array<{ pointer: string; rule: string; severity: string }> }>;
    };
    const have = output.results.flatMap((r) => r.findings).map((f) => `${f.pointer} ${f.rule} ${f.severity}`);
    const want = sidecar.problems.map((p) => `${p.pointer} ${p.kind} ${p.severity}`);
    expect(have.sort()).toEqual(want.sort());
    expect(run.code).toBe(sidecar.valid ? 0 : 1);
  });
});
