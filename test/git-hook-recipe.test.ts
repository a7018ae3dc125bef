// The README's plain git pre-commit hook, taken from the README and run by git in a throwaway
// repository: a commit staging no payload, a name with a space, a sub-folder and an upper-case
// extension are the cases the recipe's -z, xargs -r and :(icase) are there for, and package.json
// beside the payloads is why its pathspecs name the payload folder.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { BIN, ROOT } from './support/paths.js';

const work = mkdtempSync(join(tmpdir(), 'gcl-git-hook-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const repo = join(work, 'repo');
const tools = join(work, 'bin');
const WRONG = '{"to":1}';
const RIGHT = '{"phoneNumber":"+13175550142"}';

/** The shell block that follows the "A plain git hook" heading. */
function hookFromReadme(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### A plain git hook'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README has no plain git hook block');
  return block;
}

// No user or system git configuration: its hooksPath or templates would change the run.
const env = {
  PATH: [tools, dirname(process.execPath), process.env['PATH'] ?? ''].join(delimiter),
  GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', HOME: work,
  GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid',
  GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid',
};

function git(...args: string[]): { code: number; output: string } {
  const run = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
  return { code: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
}

/** Stages `files` (name to content) and commits them; the hook's verdict is the exit code. */
function commit(files: Record<string, string>): { code: number; output: string } {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, name)), { recursive: true });
    writeFileSync(join(repo, name), text);
  }
  expect(git('add', '--', ...Object.keys(files)).code).toBe(0);
  return git('commit', '-q', '-m', 'change');
}

describe('the README\'s plain git hook', () => {
  mkdirSync(tools);
  symlinkSync(BIN, join(tools, 'genesys-call-lint'));
  mkdirSync(repo);
  git('init', '-q');
  writeFileSync(join(repo, '.git', 'hooks', 'pre-commit'), hookFromReadme());
  chmodSync(join(repo, '.git', 'hooks', 'pre-commit'), 0o755);

  test('lets a commit staging no payload through, without waiting for stdin', () => {
    expect(commit({ 'notes.txt': 'no payload here' }).code).toBe(0);
  });

  test('lets package.json and tsconfig.json through: they are no payloads', () => {
    expect(commit({ 'package.json': '{"name":"x","version":"1.0.0"}',
      'tsconfig.json': '{"compilerOptions":{"strict":true}}' }).code).toBe(0);
  });

  test.each(['payloads/pay loads/a b.json', 'payloads/deep/UPPER.JSON'])(
    'blocks a wrong %s and lets it through once fixed',
    (name) => {
      const blocked = commit({ [name]: WRONG });
      expect(blocked.code).not.toBe(0);
      expect(blocked.output).toContain('unknown-field');
      expect(commit({ [name]: RIGHT }).code).toBe(0);
    },
  );
});
