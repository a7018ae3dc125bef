// The hook in .pre-commit-hooks.yaml, run as the pre-commit framework runs it: entry, then args,
// then the staged files as written (https://pre-commit.com/#hooks-args). A root-level file named
// like an option must be linted, or at worst fail the hook, never pass it unlinted.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/paths.js';
import { spawnCli } from './support/run-cli.js';

/** A key of the manifest's one hook, as written on its line (the manifest keeps them simple). */
function hookKey(key: string): string {
  const text = readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
  const value = new RegExp(`^  ${key}: (.*)$`, 'm').exec(text)?.[1];
  if (value === undefined) throw new Error(`.pre-commit-hooks.yaml has no ${key}`);
  return value;
}

const work = mkdtempSync(join(tmpdir(), 'gcl-hook-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
writeFileSync(join(work, '-q.json'), '{"to":"bad"}');
writeFileSync(join(work, 'ok.json'), '{"phoneNumber":"+13175550142"}');

/** The hook's `files`, a Python regex, as a JavaScript one: Python's leading (?i) is flag i. */
function filesPattern(): RegExp {
  const pattern = hookKey('files');
  return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'i') : new RegExp(pattern);
}

describe('the pre-commit hook', () => {
  // The linter reads extensions in any case (a folder's UPPER.JSON too); pre-commit searches
  // each staged path with `files`.
  test('selects the files the linter reads, in any case', () => {
    const files = filesPattern();
    for (const path of ['a.json', 'X.JSON', 'payloads/log.NDJSON', 'c.Har', 'r.HTTP', 'l.jsonl']) {
      expect([path, files.test(path)]).toEqual([path, true]);
    }
    for (const path of ['a.json.bak', 'notes.txt', 'json', 'a.JSON5']) {
      expect([path, files.test(path)]).toEqual([path, false]);
    }
  });

  test('runs the bin with "--" before the files', () => {
    expect(hookKey('entry')).toBe('genesys-call-lint');
    expect(JSON.parse(hookKey('args'))).toEqual(['--']);
  });

  test('lints a root-level file named like an option', async () => {
    const args = JSON.parse(hookKey('args')) as string[];
    const run = await spawnCli(['--no-config', ...args, 'ok.json', '-q.json'], { cwd: work });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^-q\.json \(POST \/api\/v2\/conversations\/calls\)\n/);
  });

  test('fails, not passes, when a user\'s args leave out "--"', async () => {
    const run = await spawnCli(['--no-config', 'ok.json', '-q.json'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^genesys-call-lint: unknown option -q\.json\n.*put -- before/);
  });
});
