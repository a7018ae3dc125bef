// A folder argument is listed by a plain walk (src/cli/list-folder.ts, issue 6) where a glob used
// to be run. It must find exactly what that glob finds: "**/*.{json,ndjson,jsonl,har,http}"
// without hidden entries, node_modules or .git, and without following symbolic links; matched
// without regard to case, so that UPPER.JSON is not skipped without a word.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { globby } from 'globby';
import { BIN } from './support/paths.js';
import { listFolder } from '../src/cli/list-folder.js';

const EXTENSIONS = new Set(['json', 'ndjson', 'jsonl', 'har', 'http']);
const root = mkdtempSync(join(tmpdir(), 'gcl-list-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(name: string, files: readonly string[]): string {
  const dir = join(root, name);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), '{}');
  }
  return dir;
}

/** What the glob the CLI used before finds, with the options it used, and blind to case. */
function globbed(dir: string): Promise<string[]> {
  return globby('**/*.{json,ndjson,jsonl,har,http}', {
    cwd: dir, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false,
    caseSensitiveMatch: false,
  });
}

describe('listFolder finds what the glob found', () => {
  test('extensions, hidden entries, node_modules, .git, case and names without a dot', async () => {
    const dir = tree('mixed', [
      'a.json', 'b.ndjson', 'c.jsonl', 'd.har', 'e.http', 'f.txt', 'g.JSON', 'json', 'h.json.bak',
      '.hidden.json', '.config/x.json', 'sub/.y.json', 'sub/deep/er/z.json', 'node_modules/p/q.json',
      'sub/node_modules/r.json', '.git/s.json', 'x.y.json', 'sp ace.json', 'ünï.json', 'dir.json/inner.json',
      'UPPER.NDJSON', 'c.Har', 'r.HTTP', 'l.JsonL',
    ]);
    const listed = listFolder(dir, EXTENSIONS);
    expect(listed.unreadable).toEqual([]);
    expect([...listed.files].sort()).toEqual((await globbed(dir)).sort());
    expect(listed.files).toHaveLength(15);
  });

  test('symbolic links, to files or folders, are not followed', async () => {
    const dir = tree('links', ['real/a.json', 'other/b.json']);
    symlinkSync(join(dir, 'real', 'a.json'), join(dir, 'link.json'));
    symlinkSync(join(dir, 'other'), join(dir, 'linked-folder'));
    symlinkSync(dir, join(dir, 'real', 'loop'));
    symlinkSync(join(dir, 'missing.json'), join(dir, 'dangling.json'));
    const listed = listFolder(dir, EXTENSIONS);
    expect([...listed.files].sort()).toEqual((await globbed(dir)).sort());
    expect(listed.files.sort()).toEqual([join(dir, 'other', 'b.json'), join(dir, 'real', 'a.json')]);
  });

  test('a file under a folder that may not be entered is said to be unreachable, not missing', () => {
    const dir = tree('unreachable', ['shut/b.json']);
    chmodSync(root, 0o755);
    chmodSync(join(dir, 'shut'), 0o000);
    try {
      const node = [process.execPath, BIN, '--no-config', join(dir, 'shut', 'b.json')];
      const run = process.getuid?.() === 0
        ? spawnSync('runuser', ['-u', 'nobody', '--', ...node], { encoding: 'utf8' })
        : spawnSync(node[0]!, node.slice(1), { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('b.json: cannot be reached: a folder on its path may not be entered (EACCES)');
    } finally {
      chmodSync(join(dir, 'shut'), 0o755);
    }
  });

  test('an unreadable folder is reported and the rest still listed', () => {
    const dir = tree('locked', ['open/a.json', 'shut/b.json']);
    chmodSync(root, 0o755);
    chmodSync(join(dir, 'shut'), 0o000);
    try {
      // Permissions do not bind root, so as root the listing runs as nobody.
      const module = new URL('../src/cli/list-folder.js', import.meta.url).href;
      const script = `const { listFolder } = await import(${JSON.stringify(module)});` +
        `process.stdout.write(JSON.stringify(listFolder(${JSON.stringify(dir)}, new Set(['json']))));`;
      const node = [process.execPath, '--input-type=module', '-e', script];
      const run = process.getuid?.() === 0
        ? spawnSync('runuser', ['-u', 'nobody', '--', ...node], { encoding: 'utf8' })
        : spawnSync(node[0]!, node.slice(1), { encoding: 'utf8' });
      expect(JSON.parse(run.stdout)).toEqual({
        files: [join(dir, 'open', 'a.json')],
        unreadable: [{ path: join(dir, 'shut'), code: 'EACCES' }],
      });
    } finally {
      chmodSync(join(dir, 'shut'), 0o755);
    }
  });
});
