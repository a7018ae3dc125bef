// Runs one body through the CLI's JSON output and compares it with its .expect.json sidecar, the
// format of ../shared/cases: the (pointer, rule, severity) set must be exact, and the exit code
// must be 0 for a valid body and 1 for an invalid one.
import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runCli } from './run-cli.js';

export interface Sidecar {
  endpoint: string;
  valid: boolean;
  problems: Array<{ pointer: string; kind: string; severity: string; why: string }>;
  source: string;
  notes: string;
}

export function readSidecar(path: string): Sidecar {
  return JSON.parse(readFileSync(path, 'utf8')) as Sidecar;
}

export async function expectSidecarMatch(bodyPath: string, sidecar: Sidecar): Promise<void> {
  const run = await runCli(['--format', 'json', '--endpoint', sidecar.endpoint, bodyPath]);
  const output = JSON.parse(run.stdout) as {
    results: Array<{ findings: Array<{ pointer: string; rule: string; severity: string }> }>;
  };
  const have = output.results.flatMap((r) => r.findings).map((f) => `${f.pointer} ${f.rule} ${f.severity}`);
  const want = sidecar.problems.map((p) => `${p.pointer} ${p.kind} ${p.severity}`);
  expect(have.sort()).toEqual(want.sort());
  expect(run.code).toBe(sidecar.valid ? 0 : 1);
}
