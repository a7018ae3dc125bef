// A folder argument is listed by a plain walk (src/cli/list-folder.ts, issue 6) where a glob used
// to be run. It must find exactly what that glob finds: "**/*.{json,ndjson,jsonl,har,http}"
// without hidden entries, node_modules or .git, following symbolic links (but walking a real
// folder once, and never a link to a folder holding it); matched without regard to case, so that
// UPPER.JSON is not skipped without a word.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync,
} from 'node:fs';
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

  test('symbolic links to files and folders are followed as the glob follows them', async () => {
    const dir = tree('links', ['real/a.json', 'other/b.json']);
    const outside = tree('outside', ['c.json', 'deep/d.JSON', 'skip.txt']);
    symlinkSync(join(dir, 'real', 'a.json'), join(dir, 'link.json'));
    symlinkSync(join(outside, 'c.json'), join(dir, 'out.json'));
    symlinkSync(outside, join(dir, 'linked-folder'));
    const listed = listFolder(dir, EXTENSIONS);
    const globbedLinks = await globby('**/*.{json,ndjson,jsonl,har,http}', {
      cwd: dir, absolute: true, followSymbolicLinks: true, caseSensitiveMatch: false,
    });
    expect([...listed.files].sort()).toEqual(globbedLinks.sort());
    expect(listed.linkedReal).toEqual(new Map([
      [join(dir, 'link.json'), join(realpathSync(dir), 'real', 'a.json')],
      [join(dir, 'out.json'), join(realpathSync(outside), 'c.json')],
      [join(dir, 'linked-folder', 'c.json'), join(realpathSync(outside), 'c.json')],
      [join(dir, 'linked-folder', 'deep', 'd.JSON'), join(realpathSync(outside), 'deep', 'd.JSON')],
    ]));
    // Files reached through no link come first: the first name of a real path is the one linted.
    expect(listed.files.slice(0, 2).sort()).toEqual([join(dir, 'other', 'b.json'),
      join(dir, 'real', 'a.json')]);
  });

  test('a link back up, to itself or to nothing ends the walk, each broken link named', () => {
    const dir = tree('loops', ['real/a.json']);
    symlinkSync('..', join(dir, 'real', 'up'));
    symlinkSync('.', join(dir, 'here'));
    symlinkSync('/', join(dir, 'root'));
    symlinkSync(join(dir, 'real'), join(dir, 'again'));
    symlinkSync('self.json', join(dir, 'self.json'));
    symlinkSync('missing.json', join(dir, 'dangling.json'));
    symlinkSync('missing', join(dir, 'dangling-folder'));
    const listed = listFolder(dir, EXTENSIONS);
    expect(listed.files).toEqual([join(dir, 'real', 'a.json')]);
    expect([...listed.brokenLinks].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: join(dir, 'dangling.json'), code: 'ENOENT' },
      { path: join(dir, 'self.json'), code: 'ELOOP' },
    ]);
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
        linkedReal: {},
        unreadable: [{ path: join(dir, 'shut'), code: 'EACCES' }],
        brokenLinks: [],
        hidden: { count: 0, first: [] },
      });
    } finally {
      chmodSync(join(dir, 'shut'), 0o755);
    }
  });
});
