// Negated globs on the command line ("!d/sub/x.json"): files they match are left out of every
// input, folders, globs and named files alike, relative to the working folder.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../src/api/lint-files.js';
import { runCli } from './support/run-cli.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const VALID = '{"phoneNumber":"+13175550142"}';
const INVALID = '{"to":1}';

/** d/ok.json (valid) and d/sub/x.json (invalid), with no config file to find. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gcl-negated-'));
  made.push(dir);
  mkdirSync(join(dir, 'd', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'd', 'ok.json'), VALID);
  writeFileSync(join(dir, 'd', 'sub', 'x.json'), INVALID);
  return dir;
}

async function lint(inputs: readonly string[], cwd: string, stdin?: string) {
  const options = stdin === undefined ? { cwd } : { cwd, stdin };
  const run = await runCli(['--no-config', '-f', 'json', ...inputs], options);
  const { results } = JSON.parse(run.stdout) as { results: Array<{ file: string }> };
  const files = results.map((r) => r.file);
  return { files, code: run.code, stderr: run.stderr };
}

describe('a negated glob excludes what it matches from the other inputs', () => {
  test.each([
    ['after a folder', ['d', '!d/sub/x.json']],
    ['before the folder', ['!d/sub/x.json', 'd']],
    ['naming a folder', ['d', '!d/sub']],
    ['naming a folder with a slash', ['d', '!d/sub/']],
    ['from a glob', ['d/**/*.json', '!d/sub/*.json']],
    ['written with ./', ['d', '!./d/sub/x.json']],
  ])('%s: %j lints d/ok.json only, without a word', async (_name, inputs) => {
    const dir = project();
    expect(await lint(inputs, dir)).toEqual({ files: ['d/ok.json'], code: 0, stderr: '' });
  });

  test('a lone "!" is refused: as a glob it matched only names holding a line break', async () => {
    const dir = project();
    writeFileSync(join(dir, 'd', 'x\ny.json'), INVALID);
    const run = await runCli(['--no-config', '!', 'd/ok.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^genesys-call-lint: "!" alone is a negation with nothing to exclude\n/);
  });

  test('an absolute negation matches as the file\'s absolute path', async () => {
    const dir = project();
    expect(await lint(['d', `!${join(dir, 'd', 'sub')}/*.json`], dir))
      .toEqual({ files: ['d/ok.json'], code: 0, stderr: '' });
  });

  test('it is relative to the working folder, as the other inputs are', async () => {
    const dir = project();
    expect(await lint(['.', '!sub/x.json'], join(dir, 'd')))
      .toEqual({ files: ['ok.json'], code: 0, stderr: '' });
    // The same words from the parent folder name no file: nothing is excluded.
    expect((await lint(['d', '!sub/x.json'], dir)).files).toEqual(['d/ok.json', 'd/sub/x.json']);
  });

  test('a named file that is excluded is noted on stderr, not linted, no failure', async () => {
    const dir = project();
    expect(await lint(['d/sub/x.json', 'd/ok.json', '!d/sub/*'], dir)).toEqual({
      files: ['d/ok.json'],
      code: 0,
      stderr: 'genesys-call-lint: d/sub/x.json: skipped, excluded by "!d/sub/*" on the command line\n',
    });
  });

  test('so is stdin named by --stdin-filename', async () => {
    const dir = project();
    const inputs = ['--stdin-filename', 'd/sub/y.json', '-', 'd/ok.json', '!d/sub/**'];
    const run = await lint(inputs, dir, INVALID);
    expect(run).toEqual({
      files: ['d/ok.json'],
      code: 0,
      stderr: 'genesys-call-lint: d/sub/y.json: skipped, excluded by "!d/sub/**" on the command line\n',
    });
  });

  test('a glob whose every match is excluded says so (exit 2)', async () => {
    const dir = project();
    const run = await lint(['d/sub/*.json', '!d/sub/x.json'], dir);
    expect(run.stderr).toContain('genesys-call-lint: d/sub/*.json: the glob matched 1 file, which ' +
      'a negated glob excludes\n  Leave out the negated glob');
    expect([run.files, run.code]).toEqual([[], 2]);
  });

  test('lintFiles honours it too', async () => {
    const dir = project();
    const { results, failures } = await lintFiles(['d', '!d/sub/x.json'],
      { cwd: dir, config: false });
    expect([results.map((r) => r.filePath), failures]).toEqual([['d/ok.json'], []]);
  });
});

test('negated globs alone are a usage error (exit 2) saying what to add', async () => {
  const dir = project();
  const run = await runCli(['--no-config', '!d/sub/x.json', '!d/ok.json'], { cwd: dir });
  expect(run.stderr).toBe('genesys-call-lint: !d/sub/x.json !d/ok.json: a negated glob only ' +
    'excludes files, and no input names files to lint\n  Add the folders, files or globs to ' +
    'lint, e.g. genesys-call-lint . \'!d/sub/x.json\'.\n');
  expect([run.stdout, run.code]).toEqual(['', 2]);
});
