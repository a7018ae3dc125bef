// A glob goes down symbolic links to folders as a folder named on the command line does
// (src/cli/glob-links.ts): the same files, under the same names, with the same guards: no loop
// walked, one file under two names linted once, "ignores" and hidden names holding alike.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { collectInputs, withPlainBase, type CollectOptions } from '../src/cli/collect-inputs.js';
import { isIgnoredBy } from '../src/cli/config.js';
import { loopSafeStat } from '../src/cli/glob-links.js';

const root = mkdtempSync(join(tmpdir(), 'gcl-glob-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function tree(files: readonly string[], links: Record<string, string>): void {
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), '{}');
  }
  for (const [link, target] of Object.entries(links)) symlinkSync(target, join(root, link));
}

tree(['start/own.json', 'start/a/a.json', 'start/b/b.json', 'outside/x.json', 'outside/deep/y.json',
  'outside/.secret/s.json', 'outside/node_modules/n.json', 'hidden/h.json', 'ignored/i.json'], {
  'start/outside': '../outside',
  // A file under a second name, and a folder's own name beside a link's: linted once, by its own.
  'start/own-again.json': 'own.json',
  'start/a/b-again': '../b',
  // Loops: a link to a folder holding it, to itself, to the root, and two links to each other.
  'start/up': '..',
  'start/here': '.',
  'start/root': '/',
  'start/a/to-b': '../b',
  'start/b/to-a': '../a',
  // Hidden by their own names, and not by their targets'; node_modules through a link too.
  'start/.dot-link': '../outside',
  'start/shown': '../hidden',
  'start/modules': '../outside/node_modules',
  'start/node_modules': '../outside',
  'start/ignored': '../ignored',
  'start/broken.json': 'missing.json',
});

const IGNORING = { file: undefined, base: root, data: { ignores: ['start/ignored/**'] } };
const OPTIONS: CollectOptions = { cwd: root, isIgnored: (file) => isIgnoredBy(IGNORING, file) };
const relativeNames = (files: readonly string[]) =>
  files.map((file) => file.slice(root.length + 1));

describe('a glob follows links to folders as a folder does', () => {
  test('the same files, named alike, each once, without walking a loop', async () => {
    const folder = await collectInputs(['start'], OPTIONS);
    const glob = await collectInputs(['start/**/*.{json,ndjson,jsonl,har,http}'], OPTIONS);
    expect(relativeNames(glob.files)).toEqual(relativeNames(folder.files));
    expect(relativeNames(glob.files)).toEqual([
      'start/a/a.json', 'start/b/b.json', 'start/modules/n.json', 'start/outside/deep/y.json',
      'start/outside/x.json', 'start/own.json', 'start/shown/h.json',
    ]);
    expect(glob.failures.map((failure) => failure.file)).toEqual(['start/broken.json']);
    expect(glob.failures).toEqual(folder.failures);
  });

  test('a glob that starts in a linked folder walks on from there, as the folder does', async () => {
    const folder = await collectInputs(['start/a/to-b'], OPTIONS);
    const glob = await collectInputs(['start/a/to-b/**/*.json'], OPTIONS);
    expect(relativeNames(glob.files)).toEqual(['start/a/to-b/b.json', 'start/a/to-b/to-a/a.json']);
    expect(glob.files).toEqual(folder.files);
  });
});

describe('loopSafeStat', () => {
  /** For each path: "folder", "file", or the code of the error its stat gives. */
  async function statEach(pattern: string, paths: readonly string[]): Promise<string[]> {
    const stat = loopSafeStat(pattern, root);
    return Promise.all(paths.map((path) => new Promise<string>((settle) => {
      stat(join(root, path), (error, stats) => {
        settle(error !== null ? error.code ?? '?' : stats.isDirectory() ? 'folder' : 'file');
      });
    })));
  }

  test('refuses a link to a folder that holds or is one the walk came through', async () => {
    expect(await statEach('start/**', ['start/up', 'start/here', 'start/root', 'start/a/to-b',
      'start/a/to-b/to-a', 'start/outside', 'start/own-again.json', 'start/broken.json']))
      .toEqual(['ELOOP', 'ELOOP', 'ELOOP', 'folder', 'ELOOP', 'folder', 'file', 'ENOENT']);
  });

  test('looks only as far up as where the glob starts', async () => {
    expect(await statEach('start/a/to-b/*', ['start/a/to-b/to-a', 'start/a/to-b/to-a/to-b']))
      .toEqual(['folder', 'ELOOP']);
    expect(await statEach(`${root}/start/a/to-b/**`, ['start/a/to-b/to-a'])).toEqual(['folder']);
  });
});

// "**" never stands for "..": a pattern that went up and down again ("./start/../start/**") once
// had its node_modules ignore miss, since ignores match paths as the pattern spells them.
describe('a glob whose plain folders go up and down again', () => {
  test('finds what the plain pattern finds, node_modules left out', async () => {
    const plain = await collectInputs(['outside/**/*.json'], OPTIONS);
    const roundabout = await collectInputs(['./outside/../outside/**/*.json'], OPTIONS);
    expect(relativeNames(roundabout.files)).toEqual(relativeNames(plain.files));
    expect(relativeNames(roundabout.files)).not.toContain('outside/node_modules/n.json');
  });

  test.each([
    ['./a/../a/**/*.json', 'a/**/*.json'],
    ['/x/../y/*.json', '/y/*.json'],
    ['./*.json', '*.json'],
    ['../a/**', '../a/**'],
    ['**/*.json', '**/*.json'],
    // After the first segment with glob syntax nothing is touched: "*" decides what ".." leaves.
    ['a/*/../b/*.json', 'a/*/../b/*.json'],
  ])('withPlainBase(%s) is %s', (pattern, expected) => {
    expect(withPlainBase(pattern, (segment) => /[*?{[]/.test(segment))).toBe(expected);
  });
});
