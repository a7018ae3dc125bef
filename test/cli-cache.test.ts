// --cache (src/cli/lint-cache.ts) and --shard (src/cli/shard.ts). A cached run must report
// exactly what an uncached one does; the tests prove that results really come from the cache by
// editing a stored message and seeing it come back, and that anything that could change a result
// (the bytes, the settings, the endpoint) makes the file be linted again.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import {
  chmodSync, closeSync, cpSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync,
  openSync, truncateSync, utimesSync, writeFileSync,
} from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_FORMAT_VERSION, MAX_CACHE_BYTES } from '../src/cli/cache-file.js';
import { LintCache, type CacheNotes, type CacheStrategy } from '../src/cli/lint-cache.js';
import type { InputHandlers } from '../src/cli/lint-inputs.js';
import type { LintResult } from '../src/lint/types.js';
import { FORMAT_NAMES } from '../src/reporters/index.js';
import { BIN, FIXTURES, ROOT } from './support/paths.js';
import { runCli, spawnCli } from './support/run-cli.js';
import { killPipedClis, startPipedScript } from './support/spawn-piped.js';

const work = mkdtempSync(join(tmpdir(), 'gcl-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(killPipedClis);

let dir = '';
let cache = '';
beforeEach(() => {
  dir = mkdtempSync(join(work, 'run-'));
  cache = join(dir, 'lint.cache');
  mkdirSync(join(dir, 'bodies'));
  writeFileSync(join(dir, 'bodies', 'clean.json'), '{ "phoneNumber": "+13175550142" }\n');
  writeFileSync(join(dir, 'bodies', 'typo.json'), '{ "phonenumber": "+13175550142" }\n');
  writeFileSync(join(dir, 'bodies', 'also-clean.json'), '{ "callUserId": "7c3e4f1a-0000-4000-8000-000000000001" }\n');
});

const lint = (...argv: string[]) => runCli(['--no-config', ...argv], { cwd: dir });
const cached = (...argv: string[]) => lint('--cache', '--cache-location', cache, ...argv);

/** Rewrites every stored message, so that a replayed result can be told from a fresh one. */
function markCachedMessages(file = cache): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('"message":"');
  writeFileSync(file, text.replaceAll('"message":"', '"message":"FROM-CACHE '));
}

/** The start of a cache file this version writes. */
const CACHE_START = `{"genesys-call-lint-cache":${CACHE_FORMAT_VERSION},`;

describe('--cache', () => {
  test('a second run reports the same bytes as a run without the cache, for every format', async () => {
    const fixtures = join(dir, 'fixtures');
    cpSync(FIXTURES, fixtures, { recursive: true });
    for (const format of FORMAT_NAMES) {
      rmSync(cache, { force: true });
      const plain = await lint('-f', format, 'fixtures');
      const first = await cached('-f', format, 'fixtures');
      const second = await cached('-f', format, 'fixtures');
      expect(first).toEqual(plain);
      expect(second).toEqual(plain);
      expect(plain.stdout.length).toBeGreaterThan(1000);
    }
  });

  test('results come from the cache when nothing changed', async () => {
    expect((await cached('-f', 'compact', 'bodies')).code).toBe(1);
    markCachedMessages();
    const again = await cached('-f', 'compact', 'bodies');
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('FROM-CACHE CreateCallRequest has no member "phonenumber"');
  });

  test('a file whose bytes changed is linted again', async () => {
    await cached('-f', 'compact', 'bodies');
    markCachedMessages();
    writeFileSync(join(dir, 'bodies', 'typo.json'), '{ "phonenumber": "+13175550199" }\n');
    const again = await cached('-f', 'compact', 'bodies');
    expect(again.stdout).not.toContain('FROM-CACHE');
    expect(again.stdout).toContain('(value "+13175550199")');
    writeFileSync(join(dir, 'bodies', 'typo.json'), '{ "phoneNumber": "+13175550199" }\n');
    const fixed = await cached('-f', 'compact', 'bodies');
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).not.toContain('typo.json');
  });

  test('other rules, country or endpoint mean linting again', async () => {
    for (const flags of [['--rule', 'non-e164:off'], ['--country', 'GB'], ['-e', 'callbacks']]) {
      await cached('-f', 'compact', 'bodies');
      markCachedMessages();
      const other = await cached('-f', 'compact', ...flags, 'bodies');
      expect(other.stdout).not.toContain('FROM-CACHE');
      expect(other).toEqual(await lint('-f', 'compact', ...flags, 'bodies'));
    }
  });

  test('a file named differently (another working folder) is linted again', async () => {
    await cached('-f', 'compact', 'bodies');
    markCachedMessages();
    const elsewhere = await runCli(['--no-config', '--cache', '--cache-location', cache, '-f', 'compact', '.'],
      { cwd: join(dir, 'bodies') });
    expect(elsewhere.stdout).toContain('typo.json:1:3');
    expect(elsewhere.stdout).not.toContain('FROM-CACHE');
  });

  test('a file reached through a linked folder shares its entry, named as typed', async () => {
    symlinkSync(join(dir, 'bodies'), join(dir, 'linked'));
    const plain = await lint('-f', 'compact', 'linked');
    await cached('bodies');
    const keys = (): string[] => Object.keys((JSON.parse(readFileSync(cache, 'utf8')) as
      { entries: Record<string, unknown> }).entries).sort();
    const before = keys();
    expect(await cached('-f', 'compact', 'linked')).toEqual(plain);
    expect(keys()).toEqual(before);
    markCachedMessages();
    const replayed = await cached('-f', 'compact', 'linked');
    expect(replayed.stdout).toMatch(/^linked\/typo\.json:[\d:]+ error FROM-CACHE/m);
    expect(replayed.stdout).not.toContain('bodies/');
    // Another extension may mean another format: the same bytes are linted again under it.
    symlinkSync(join(dir, 'bodies', 'typo.json'), join(dir, 'typo.ndjson'));
    expect((await cached('-f', 'compact', 'typo.ndjson')).stdout).not.toContain('FROM-CACHE');
  });

  test('a checkout copied elsewhere, its cache with it, finds its entries there', async () => {
    const [first, second, third] = ['first', 'second', 'third'].map((name) => join(dir, name));
    cpSync(join(dir, 'bodies'), join(first!, 'bodies'), { recursive: true });
    const inFolder = (cwd: string, ...argv: string[]) => runCli(['--no-config', '--cache', ...argv], { cwd });
    await inFolder(first!, '-f', 'compact', 'bodies');
    cpSync(first!, second!, { recursive: true });
    markCachedMessages(join(second!, '.genesys-call-lint-cache'));
    const moved = await inFolder(second!, '-f', 'compact', 'bodies');
    expect(moved.stdout).toContain('FROM-CACHE CreateCallRequest has no member "phonenumber"');
    // One entry per file, as before the move: not one per place the checkout has been.
    const saved = JSON.parse(readFileSync(join(second!, '.genesys-call-lint-cache'), 'utf8')) as
      { entries: Record<string, unknown> };
    expect(Object.keys(saved.entries).sort())
      .toEqual(['bodies/also-clean.json', 'bodies/clean.json', 'bodies/typo.json']);
    // Moved, a cache still gives what a run without it gives, in every format.
    for (const format of FORMAT_NAMES) {
      rmSync(third!, { recursive: true, force: true });
      cpSync(first!, third!, { recursive: true });
      const plain = await runCli(['--no-config', '-f', format, 'bodies'], { cwd: third! });
      expect(await inFolder(third!, '-f', format, 'bodies')).toEqual(plain);
    }
  });

  test('a checkout moved away from a cache kept outside it finds its entries', async () => {
    const [first, second] = ['first', 'second'].map((name) => join(dir, 'checkouts', name));
    cpSync(join(dir, 'bodies'), join(first!, 'bodies'), { recursive: true });
    const shared = join(dir, 'kept-elsewhere', 'lint.cache');
    const inFolder = (cwd: string) =>
      runCli(['--no-config', '--cache', '--cache-location', shared, '-f', 'compact', 'bodies'], { cwd });
    await inFolder(first!);
    cpSync(first!, second!, { recursive: true });
    markCachedMessages(shared);
    expect((await inFolder(second!)).stdout).toContain('FROM-CACHE CreateCallRequest has no member');
  });

  test('--quiet on a cached run drops warnings as an uncached run does', async () => {
    writeFileSync(join(dir, 'bodies', 'national.json'), '{ "phoneNumber": "3175550142" }\n');
    await cached('-f', 'compact', 'bodies');
    expect(await cached('-q', '-f', 'compact', 'bodies')).toEqual(await lint('-q', '-f', 'compact', 'bodies'));
  });

  test('an undecodable file and a log with skipped lines replay their messages', async () => {
    writeFileSync(join(dir, 'bodies', 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    writeFileSync(join(dir, 'bodies', 'log.ndjson'), '{"phoneNumber":"+13175550142"}\nnot json\n');
    const plain = await lint('bodies');
    expect(plain.stderr).toContain('latin1.json');
    await cached('bodies');
    expect(await cached('bodies')).toEqual(plain);
  });

  test('a folder as --cache-location holds the cache under its default name', async () => {
    const folder = join(dir, 'cache-dir');
    mkdirSync(folder);
    await lint('--cache', '--cache-location', folder, 'bodies');
    expect(existsSync(join(folder, '.genesys-call-lint-cache'))).toBe(true);
    await lint('--cache', '--cache-location', join(dir, 'new-dir') + '/', 'bodies');
    expect(existsSync(join(dir, 'new-dir', '.genesys-call-lint-cache'))).toBe(true);
  });

  test('--cache alone keeps the cache in the working folder', async () => {
    await lint('--cache', 'bodies');
    expect(readFileSync(join(dir, '.genesys-call-lint-cache'), 'utf8')).toMatch(/^\{"genesys-call-lint-cache":/);
  });

  test('a file at --cache-location that is not a cache is refused and left as it was', async () => {
    writeFileSync(cache, '{"name": "my-package"}\n');
    const run = await cached('bodies');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is a file that is not a genesys-call-lint cache');
    expect(run.stdout).toBe('');
    expect(readFileSync(cache, 'utf8')).toBe('{"name": "my-package"}\n');
  });

  test('a damaged cache is noted and rebuilt; an empty one is simply rebuilt', async () => {
    await cached('bodies');
    writeFileSync(cache, readFileSync(cache, 'utf8').slice(0, 200));
    const damaged = await cached('-f', 'compact', 'bodies');
    expect(damaged.stderr).toContain('the cache is damaged; every file is linted again');
    expect(damaged.code).toBe(1);
    expect((await cached('bodies')).stderr).toBe('');
    writeFileSync(cache, '');
    const empty = await cached('-f', 'compact', 'bodies');
    expect(empty.stderr).toBe('');
    expect(empty.stdout).toContain('typo.json');
  });

  test('a cache over the size bound is not read: noted, left alone, all linted', async () => {
    // Sparse: a file of that size that takes no room on disk.
    writeFileSync(cache, `${CACHE_START}"settings":"x","lists":[],"entries":{}}`);
    truncateSync(cache, MAX_CACHE_BYTES + 1);
    const run = await cached('-f', 'compact', 'bodies');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('bodies/typo.json');
    expect(run.stderr.split('\n')).toEqual([`genesys-call-lint: ${cache}: the cache is 256 MB ` +
      `(${MAX_CACHE_BYTES + 1} bytes), over the 256 MB (${MAX_CACHE_BYTES} bytes) a cache may ` +
      'have; it is neither read nor rewritten, so every file is linted. Delete that file to cache ' +
      'again.', '']);
    expect(statSync(cache).size).toBe(MAX_CACHE_BYTES + 1);
    // Someone's big file is refused as any other that is not a cache, without reading it whole.
    writeFileSync(cache, '{"name": "my-package"}');
    truncateSync(cache, MAX_CACHE_BYTES + 1);
    const other = await cached('bodies');
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('is a file that is not a genesys-call-lint cache');
    expect(statSync(cache).size).toBe(MAX_CACHE_BYTES + 1);
  });

  test('a FIFO or a socket where the cache should be is refused, not waited on', async () => {
    execFileSync('mkfifo', [cache]);
    const fifo = await cached('bodies');
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain(`--cache-location ${cache} is not a regular file`);
    mkdirSync(join(dir, 'cache-folder'));
    execFileSync('mkfifo', [join(dir, 'cache-folder', '.genesys-call-lint-cache')]);
    const inFolder = await lint('--cache', '--cache-location', join(dir, 'cache-folder'), 'bodies');
    expect(inFolder.code).toBe(2);
    expect(inFolder.stderr).toContain('is not a regular file');
    const socket = join(dir, 'socket.cache');
    const server = createServer().listen(socket);
    await once(server, 'listening');
    try {
      const run = await lint('--cache', '--cache-location', socket, 'bodies');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--cache-location ${socket} is not a regular file`);
    } finally {
      server.close();
    }
  });

  test('a cache that cannot be written is noted; the exit code is the lint\'s', async () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    const run = await lint('--cache', '--cache-location', join(dir, 'a-file', 'cache'), 'bodies/clean.json');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/the cache could not be written \((ENOTDIR|EEXIST)\)/);
  });

  test('a cache file that cannot be read is a usage error', async () => {
    if (process.getuid?.() === 0) return; // root reads any file; nothing to show
    writeFileSync(cache, '');
    chmodSync(cache, 0o000);
    const run = await cached('bodies');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot be read (EACCES)');
  });

  test('the cache file is never linted: skipped in a folder, refused when named', async () => {
    const inside = join(dir, 'bodies', 'cache.json');
    await lint('--cache', '--cache-location', inside, 'bodies');
    const again = await lint('--cache', '--cache-location', inside, 'bodies');
    // Left out without a note, so that stderr is the same whether or not the cache exists yet.
    expect(again.stderr).toBe('');
    expect(again.stdout).not.toContain('cache.json');
    const named = await lint('--cache', '--cache-location', inside, 'bodies/cache.json');
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('is an input and also the cache file (--cache)');
  });

  test('entries of files not linted this run stay while the files exist', async () => {
    await cached('bodies');
    await cached('bodies/clean.json');
    markCachedMessages();
    expect((await cached('-f', 'compact', 'bodies')).stdout).toContain('FROM-CACHE');
    rmSync(join(dir, 'bodies', 'typo.json'));
    await cached('bodies/clean.json');
    expect(readFileSync(cache, 'utf8')).not.toContain('typo.json');
  });

  test('a run that changes nothing leaves the cache file alone', async () => {
    await cached('bodies');
    const before = readFileSync(cache, 'utf8');
    writeFileSync(cache, `${before} `);
    await cached('bodies');
    expect(readFileSync(cache, 'utf8')).toBe(`${before} `);
  });

  test('a cache whose events are malformed is noted and rebuilt, never replayed', async () => {
    const bad = ['[1]', '[null]', '[{"kind":"result","result":null}]', '[{"kind":"result"}]', '[{"kind":"skipped"}]',
      '[{"kind":"failure","failure":null}]', '[{"kind":"result","result":{"endpoint":"e","model":"m",' +
      '"findings":[],"notices":[],"errorCount":"lots","warningCount":0}}]', '[{"kind":"other"}]',
      '[{"kind":"result","result":{"endpoint":"e","model":"m","findings":[],"notices":[],"errorCount":0,' +
      '"warningCount":0,"source":{"format":"har","index":0,"line":1,"method":"POST","url":5}}}]',
      '[{"kind":"result","result":{"endpoint":"e","model":"m","findings":[],"notices":[],"errorCount":0,' +
      '"warningCount":0,"source":{"format":"zzz","index":0,"line":1}}}]',
      '[{"kind":"result","result":{"endpoint":"e","model":"m","findings":[],"notices":[{"kind":"x\\u001b[31m",' +
      '"severity":"info","message":"m"}],"errorCount":0,"warningCount":0}}]',
      '[{"kind":"result","result":{"endpoint":"e","model":"m","findings":[{"ruleId":"no-such-rule","severity":' +
      '"error","pointer":"","message":"m","hint":"h","docs":"d","line":1,"column":1,"endLine":1,"endColumn":1}],' +
      '"notices":[],"errorCount":1,"warningCount":0}}]'];
    const plain = await lint('-f', 'json', 'bodies');
    for (const list of bad) {
      rmSync(cache, { force: true });
      await cached('bodies');
      const data = JSON.parse(readFileSync(cache, 'utf8')) as { lists: unknown[] };
      data.lists[0] = JSON.parse(list);
      writeFileSync(cache, JSON.stringify(data));
      const run = await cached('-f', 'json', 'bodies');
      expect(run.stderr).toContain('the cache is damaged; every file is linted again');
      expect(run.stdout).toBe(plain.stdout);
      expect(run.code).toBe(plain.code);
    }
  });

  test('the report is never written over the cache', async () => {
    const viaFlag = await lint('--cache', '--cache-location', 'out.json', '-o', 'out.json', 'bodies');
    expect(viaFlag.code).toBe(2);
    expect(viaFlag.stderr).toContain('the report and the cache would both be written to');
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
    // `genesys-call-lint --cache --cache-location c > c`: the shell empties c and points stdout at it.
    const out = openSync(cache, 'w');
    const viaStdout = spawnSync(process.execPath, [BIN, '--no-config', '--cache', '--cache-location', cache, 'bodies'],
      { cwd: dir, stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
    closeSync(out);
    expect(viaStdout.status).toBe(2);
    expect(viaStdout.stderr).toContain('the report and the cache would both be written to');
  });

  test('the report is never written over the cache through a link, even before the cache exists', async () => {
    symlinkSync('c', join(dir, 'lnk'));
    const viaLink = await lint('--cache', '--cache-location', 'c', '-o', 'lnk', 'bodies');
    expect(viaLink.code).toBe(2);
    expect(existsSync(join(dir, 'c'))).toBe(false);
    mkdirSync(join(dir, 'real'));
    symlinkSync('real', join(dir, 'linked'));
    const viaFolder = await lint('--cache', '--cache-location', 'real/c2', '-o', 'linked/c2', 'bodies');
    expect(viaFolder.code).toBe(2);
    expect(viaFolder.stderr).toContain('the report and the cache would both be written to');
  });

  test('a hard link to the cache is the cache too', async () => {
    await cached('bodies');
    linkSync(cache, join(dir, 'hard'));
    const run = await lint('--cache', '--cache-location', cache, '-o', 'hard', 'bodies');
    expect(run.code).toBe(2);
    expect(readFileSync(cache, 'utf8').startsWith(CACHE_START)).toBe(true);
  });

  test('a run under other settings that adds nothing leaves the cache alone', async () => {
    await cached('bodies');
    const before = readFileSync(cache, 'utf8');
    await runCli(['--no-config', '--cache', '--cache-location', cache, '--rule', 'non-e164:off', '-'],
      { cwd: dir, stdin: '{}' });
    await cached('--country', 'GB', 'missing.json');
    expect(readFileSync(cache, 'utf8')).toBe(before);
    await cached('--country', 'GB', 'bodies');
    expect(readFileSync(cache, 'utf8')).not.toBe(before);
  });

  test('a file that only starts like our cache is refused, not replaced', async () => {
    for (const text of ['{"genesys-call-lint-cache":"my notes","keep":1}', '{"genesys-call-lint-cache": 2, "x":1}']) {
      writeFileSync(cache, text);
      const run = await cached('bodies');
      expect(run.code).toBe(2);
      expect(readFileSync(cache, 'utf8')).toBe(text);
    }
    writeFileSync(cache, '{"genesys-call-lint-cache":1,"old":true}');
    expect((await cached('bodies')).code).toBe(1);
    expect(readFileSync(cache, 'utf8').startsWith(CACHE_START)).toBe(true);
  });

  test('a symbolic link as --cache-location stays a link, even before its target exists', async () => {
    const link = join(dir, 'link');
    symlinkSync('target-cache', link);
    await lint('--cache', '--cache-location', link, 'bodies');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target-cache'), 'utf8')).toMatch(/^\{"genesys-call-lint-cache":/);
  });

  test('runs that add nothing do not create or rewrite the cache', async () => {
    await runCli(['--no-config', '--cache', '--cache-location', cache, '-'], { cwd: dir, stdin: '{}' });
    expect(existsSync(cache)).toBe(false);
    await cached('bodies');
    const { ino, mtimeMs } = statSync(cache);
    await runCli(['--no-config', '--cache', '--cache-location', cache, '-'], { cwd: dir, stdin: '{}' });
    await cached('bodies');
    expect(statSync(cache)).toMatchObject({ ino, mtimeMs });
  });

  test('stdin is linted, not cached', async () => {
    const run = await runCli(['--no-config', '--cache', '--cache-location', cache, '-'],
      { cwd: dir, stdin: '{ "phonenumber": "+13175550142" }' });
    expect(run.code).toBe(1);
    expect(existsSync(cache) ? readFileSync(cache, 'utf8') : '').not.toContain('stdin');
  });

  test('flags that cannot go with it are usage errors', async () => {
    for (const argv of [['--cache', '--fix', 'bodies'], ['--cache', '--fix-dry-run', 'bodies'],
      ['--cache-location', 'x', 'bodies'], ['send', '--cache', 'bodies'], ['send', '--shard', '1/2', 'bodies']]) {
      const run = await lint(...argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--cache|--shard/);
    }
  });

  test('the binary caches too (the bundle finds its build id)', async () => {
    const first = await spawnCli(['--no-config', '--cache', '--cache-location', cache, '-f', 'compact', 'bodies'],
      { cwd: dir });
    expect(first.code).toBe(1);
    expect(readFileSync(cache, 'utf8')).toMatch(/\\"build\\":\\"bundle-[0-9a-f]+-\d+\\"/);
    markCachedMessages();
    const second = await spawnCli(['--no-config', '--cache', '--cache-location', cache, '-f', 'compact', 'bodies'],
      { cwd: dir });
    expect(second.stdout).toContain('FROM-CACHE');
  });
});

// A file unchanged since well before a run is judged by stat alone (its "stamp"), not read. Files
// written by a test are seconds old at most, so these runs pretend to start a minute later.
describe('stamps: unchanged files are not even read', () => {
  const later = () => Date.now() + 60_000;
  const notes = { note: (text: string) => { throw new Error(text); } };

  async function lintWith(cacheFile: string, file: string, strategy: CacheStrategy = 'metadata'):
    Promise<LintResult[]> {
    const results: LintResult[] = [];
    const handlers: InputHandlers = {
      lintOptions: () => ({ filePath: 'body.json' }),
      onResult: async (result) => { results.push(result); },
      onFailure: (failure) => { throw new Error(failure.message); },
      onSkipped: () => undefined,
    };
    const lintCache = LintCache.open(cacheFile, dir, 'settings', notes, { startedAt: later(), strategy });
    await lintCache.lintInput({ path: file, name: 'body.json', format: undefined, endpoint: undefined }, handlers);
    lintCache.save(notes);
    return results;
  }

  /** Spoils every stored digest of file contents, keeping the stamps. */
  function spoilDigests(): void {
    const data = JSON.parse(readFileSync(cache, 'utf8')) as { entries: Record<string, [string, number, string?]> };
    for (const entry of Object.values(data.entries)) entry[0] = 'spoilt';
    writeFileSync(cache, JSON.stringify(data));
  }

  test('a stamped file is replayed without its digest being checked', async () => {
    const file = join(dir, 'bodies', 'typo.json');
    expect(await lintWith(cache, file)).toHaveLength(1);
    expect(readFileSync(cache, 'utf8')).toMatch(/typo\.json":\["[^"]+",0,"[^"]+"\]/);
    spoilDigests();
    markCachedMessages();
    const [replayed] = await lintWith(cache, file);
    expect(replayed?.findings[0]?.message).toMatch(/^FROM-CACHE /);
  });

  test('new bytes under the old size and mtime are seen (ctime moved)', async () => {
    const file = join(dir, 'bodies', 'typo.json');
    await lintWith(cache, file);
    markCachedMessages();
    const { atime, mtime, size } = statSync(file);
    writeFileSync(file, '{ "phonenumber": "+13175550143" }\n');
    utimesSync(file, atime, mtime);
    expect(statSync(file).size).toBe(size);
    const [fresh] = await lintWith(cache, file);
    expect(fresh?.findings.map((f) => f.message).join()).toContain('+13175550143');
    expect(fresh?.findings.map((f) => f.message).join()).not.toContain('FROM-CACHE');
  });

  test('--cache-strategy content reads every file, stamp or not', async () => {
    const file = join(dir, 'bodies', 'typo.json');
    await lintWith(cache, file);
    spoilDigests();
    markCachedMessages();
    const [fresh] = await lintWith(cache, file, 'content');
    expect(fresh?.findings[0]?.message).not.toMatch(/FROM-CACHE/);
    expect((await lint('--cache-strategy', 'content', 'bodies')).stderr).toContain('does nothing without --cache');
  });

  test('runs saving at the same time keep each other\'s entries', async () => {
    const [a, b] = ['clean.json', 'typo.json'].map((name) => join(dir, 'bodies', name));
    const handlers: InputHandlers = { lintOptions: (file) => ({ filePath: file }), onResult: async () => undefined,
      onFailure: () => undefined, onSkipped: () => undefined };
    const first = LintCache.open(cache, dir, 'settings', notes);
    const second = LintCache.open(cache, dir, 'settings', notes);
    await first.lintInput({ path: a!, name: 'a', format: undefined, endpoint: undefined }, handlers);
    await second.lintInput({ path: b!, name: 'b', format: undefined, endpoint: undefined }, handlers);
    first.save(notes);
    second.save(notes);
    const saved = readFileSync(cache, 'utf8');
    expect(saved).toContain('clean.json');
    expect(saved).toContain('typo.json');
  });

  test('a run saving while another is between reading and writing the cache waits', async () => {
    const script = join(ROOT, 'dist', 'test', 'support', 'save-cache-paused.js');
    const [a, b] = ['clean.json', 'typo.json'].map((name) => join(dir, 'bodies', name));
    const first = startPipedScript(script, [cache, dir, a!, 'pause'], dir);
    await first.stdoutMatching(/held/);
    const second = startPipedScript(script, [cache, dir, b!], dir);
    // Without the lock, the second saves at once, and the first then writes over its entry.
    await Promise.race([second.stdoutMatching(/busy/), second.done]);
    first.end('\n');
    expect(await first.done).toEqual({ code: 0, stdout: 'held\n', stderr: '' });
    expect(await second.done).toEqual({ code: 0, stdout: 'busy\n', stderr: '' });
    const saved = readFileSync(cache, 'utf8');
    expect(saved).toContain('"bodies/clean.json"');
    expect(saved).toContain('"bodies/typo.json"');
    expect(existsSync(`${cache}.lock`)).toBe(false);
  });

  test('a lock left by a run that died while saving is taken over', async () => {
    writeFileSync(`${cache}.lock`, '');
    const hourAgo = new Date(Date.now() - 3600_000);
    utimesSync(`${cache}.lock`, hourAgo, hourAgo);
    expect((await cached('bodies')).stderr).toBe('');
    expect(readFileSync(cache, 'utf8')).toContain('"bodies/clean.json"');
    expect(existsSync(`${cache}.lock`)).toBe(false);
  });

  test('a file changed just before the run gets no stamp', async () => {
    const file = join(dir, 'bodies', 'typo.json');
    const lintCache = LintCache.open(cache, dir, 'settings', notes, { startedAt: Date.now() });
    await lintCache.lintInput({ path: file, name: 'body.json', format: undefined, endpoint: undefined }, {
      lintOptions: () => ({ filePath: 'body.json' }), onResult: async () => undefined,
      onFailure: () => undefined, onSkipped: () => undefined });
    lintCache.save(notes);
    expect(readFileSync(cache, 'utf8')).toMatch(/typo\.json":\["[^"]+",0\]/);
  });
});

/** Lints one clean body into the cache and saves it. */
async function saveOneEntry(run: LintCache, notes: CacheNotes): Promise<boolean> {
  const handlers: InputHandlers = { lintOptions: (file) => ({ filePath: file }),
    onResult: async () => undefined, onFailure: () => undefined, onSkipped: () => undefined };
  const file = join(dir, 'bodies', 'clean.json');
  await run.lintInput({ path: file, name: 'a', format: undefined, endpoint: undefined }, handlers);
  return run.save(notes);
}

const failOnNote = { note: (text: string) => { throw new Error(text); } };
const hourAgo = () => new Date(Date.now() - 3600_000);

/** Saves one entry with a hook that fails the save if it ever waits for the lock. */
async function saveNeverWaiting(): Promise<{ isSaved: boolean; said: string[] }> {
  const said: string[] = [];
  const notes = { note: (text: string) => { said.push(text); } };
  const run = LintCache.open(cache, dir, 'settings', notes, { lockHooks: {
    onBusy: () => { throw new Error('the save waited for the lock'); },
  } });
  return { isSaved: await saveOneEntry(run, notes), said };
}

// Something at the lock path that is not a lock file this tool made is never released: a run
// that waited for it would hang, and one that removed it could delete a user's folder.
describe('the cache lock: what is no lock file is neither waited on nor removed', () => {
  test.each([
    ['a folder', 'a folder', (lock: string) => {
      mkdirSync(lock);
      writeFileSync(join(lock, 'mine.txt'), 'mine');
    }],
    ['a folder older than any lock is held', 'a folder', (lock: string) => {
      mkdirSync(lock);
      writeFileSync(join(lock, 'mine.txt'), 'mine');
      utimesSync(lock, hourAgo(), hourAgo());
    }],
    ['a dangling symbolic link', 'a symbolic link', (lock: string) => symlinkSync('nowhere', lock)],
    ['a symbolic link to an old file', 'a symbolic link', (lock: string) => {
      writeFileSync(join(dir, 'mine.txt'), 'mine');
      utimesSync(join(dir, 'mine.txt'), hourAgo(), hourAgo());
      symlinkSync(join(dir, 'mine.txt'), lock);
    }],
    ['a FIFO', 'a FIFO', (lock: string) => execFileSync('mkfifo', [lock])],
    ['someone\'s file', 'a file this tool did not write',
      (lock: string) => writeFileSync(lock, 'mine\n')],
    ['someone\'s file older than any lock is held', 'a file this tool did not write',
      (lock: string) => {
        writeFileSync(lock, 'mine\n');
        utimesSync(lock, hourAgo(), hourAgo());
      }],
  ])('%s at the lock path: saved at once without the lock, with a note, and left there',
    async (_name, kind, make) => {
      const lock = `${cache}.lock`;
      make(lock);
      const before = lstatSync(lock);
      const { isSaved, said } = await saveNeverWaiting();
      expect(isSaved).toBe(true);
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(new RegExp(`^genesys-call-lint: \\S*lint\\.cache\\.lock: ${kind} is ` +
        'where the cache\'s lock file goes, so the cache is saved without the lock; remove it[^\\n]*\\n$'));
      expect(readFileSync(cache, 'utf8')).toContain('"bodies/clean.json"');
      const after = lstatSync(lock);
      expect([after.mode, after.ino]).toEqual([before.mode, before.ino]);
      if (after.isDirectory()) expect(readFileSync(join(lock, 'mine.txt'), 'utf8')).toBe('mine');
      if (after.isFile()) expect(readFileSync(lock, 'utf8')).toBe('mine\n');
    });

  test('a folder at the lock path: the run reports, saves and notes it on one line', async () => {
    mkdirSync(`${cache}.lock`);
    const plain = await lint('bodies');
    const run = await cached('bodies');
    expect([run.code, run.stdout]).toEqual([plain.code, plain.stdout]);
    expect(run.stderr)
      .toMatch(/^genesys-call-lint: \S*lint\.cache\.lock: a folder is where [^\n]*remove it[^\n]*\n$/);
    expect(readFileSync(cache, 'utf8')).toContain('"bodies/clean.json"');
    expect(statSync(`${cache}.lock`).isDirectory()).toBe(true);
  });

  // Permissions do not bind root, so as root the save is made as nobody.
  test('a lock left in a folder the run may not write: no wait, one note that the save failed', () => {
    const shut = join(dir, 'shut');
    mkdirSync(shut);
    writeFileSync(join(shut, 'lint.cache.lock'), '');
    chmodSync(work, 0o755);
    chmodSync(dir, 0o755);
    chmodSync(shut, 0o555);
    const script = join(ROOT, 'dist', 'test', 'support', 'save-cache-paused.js');
    const body = join(dir, 'bodies', 'clean.json');
    const node = [process.execPath, script, join(shut, 'lint.cache'), dir, body, 'never-wait'];
    let run;
    try {
      run = process.getuid?.() === 0
        ? spawnSync('runuser', ['-u', 'nobody', '--', ...node], { cwd: dir, encoding: 'utf8' })
        : spawnSync(node[0]!, node.slice(1), { cwd: dir, encoding: 'utf8' });
    } finally {
      chmodSync(shut, 0o755); // so that the work folder can be removed
    }
    expect(run.stdout).toBe('');
    expect(run.stderr)
      .toMatch(/^genesys-call-lint: \S*lint\.cache: the cache could not be written \(EACCES\)[^\n]*\n$/);
    expect(run.status).toBe(1);
    expect(existsSync(join(shut, 'lint.cache.lock'))).toBe(true);
  });
});

// A lock names its run (pid, machine, token): a run releases only its own, and takes over at
// once one whose process is gone from this machine.
describe('the cache lock: whose it is', () => {
  test('a run killed while saving leaves a lock the next run takes over at once', async () => {
    const script = join(ROOT, 'dist', 'test', 'support', 'save-cache-paused.js');
    const [a, b] = ['clean.json', 'typo.json'].map((name) => join(dir, 'bodies', name));
    const first = startPipedScript(script, [cache, dir, a!, 'pause'], dir);
    await first.stdoutMatching(/held/);
    first.kill('SIGKILL');
    await first.done;
    expect(existsSync(`${cache}.lock`)).toBe(true);
    // It would wait 30 s for the lock to age; never-wait fails the save if it waits at all.
    const second = spawnSync(process.execPath, [script, cache, dir, b!, 'never-wait'],
      { cwd: dir, encoding: 'utf8' });
    expect([second.status, second.stdout, second.stderr]).toEqual([0, '', '']);
    expect(readFileSync(cache, 'utf8')).toContain('"bodies/typo.json"');
    expect(existsSync(`${cache}.lock`)).toBe(false);
  });

  test.each([
    ['of another machine', `1 another-${hostname()} ${'0'.repeat(32)}\n`],
    // Read while its maker writes it: a lock, not someone's file.
    ['whose line is cut short', `${process.pid} ${hostname()} 0123`],
    // Between its maker's creating it and writing the line.
    ['that is empty', ''],
  ])('a fresh lock %s is waited for until it is old', async (_name, line) => {
    const lock = `${cache}.lock`;
    writeFileSync(lock, line);
    let waits = 0;
    const run = LintCache.open(cache, dir, 'settings', failOnNote, { lockHooks: {
      // Aged while the run waits, as 30 seconds would: the next look takes it over.
      onBusy: () => {
        waits++;
        utimesSync(lock, hourAgo(), hourAgo());
      },
    } });
    expect(await saveOneEntry(run, failOnNote)).toBe(true);
    expect(waits).toBe(1);
    expect(existsSync(lock)).toBe(false);
  });

  // An older version's lock holds no line, so whose it is cannot be told; one not written to for
  // a few seconds is no lock being made either. It was waited on for 30 s before it was taken.
  test('an empty lock a few seconds old is taken over at once', async () => {
    const lock = `${cache}.lock`;
    writeFileSync(lock, '');
    const tenSecondsAgo = new Date(Date.now() - 10_000);
    utimesSync(lock, tenSecondsAgo, tenSecondsAgo);
    let waits = 0;
    const run = LintCache.open(cache, dir, 'settings', failOnNote, { lockHooks: {
      onBusy: () => { waits++; },
    } });
    expect(await saveOneEntry(run, failOnNote)).toBe(true);
    expect([waits, existsSync(lock)]).toEqual([0, false]);
    expect(readFileSync(cache, 'utf8')).toContain('"bodies/clean.json"');
  });

  // Another run took the lock over while this one held it (its save ran past STALE_MS) and
  // made its own: deleting that would let a third run save alongside it. On ext4 and tmpfs the
  // new lock gets the freed inode number, so the file's identity cannot tell the two apart.
  test('a lock that replaced this run\'s while it saved is not deleted at the end', async () => {
    const lock = `${cache}.lock`;
    const other = `${process.pid} ${hostname()} ${'f'.repeat(32)}\n`;
    const run = LintCache.open(cache, dir, 'settings', failOnNote, { lockHooks: {
      whileHeld: () => {
        rmSync(lock);
        writeFileSync(lock, other);
      },
    } });
    expect(await saveOneEntry(run, failOnNote)).toBe(true);
    expect(readFileSync(lock, 'utf8')).toBe(other);
  });
});

describe('--shard', () => {
  test('the shards of a folder report every file exactly once, together as the whole run', async () => {
    const fixtures = join(dir, 'fixtures');
    cpSync(FIXTURES, fixtures, { recursive: true });
    type Report = { results: Array<{ file: string }> };
    const whole = await lint('-f', 'json', 'fixtures');
    const all = (JSON.parse(whole.stdout) as Report).results;
    const parts: Array<{ file: string }> = [];
    for (let index = 1; index <= 3; index++) {
      const run = await lint('-f', 'json', '--shard', `${index}/3`, 'fixtures');
      const results = (JSON.parse(run.stdout) as Report).results;
      const files = new Set(results.map((r) => r.file));
      // Nearly equal slices of the file list (a log's many results count as one file).
      expect(files.size).toBeGreaterThan(50);
      parts.push(...results);
    }
    expect(parts).toEqual(all);
  });

  test('more shards than files: some are empty, and say so', async () => {
    const runs = await Promise.all([1, 2, 3, 4, 5].map((i) => lint('-f', 'compact', '--shard', `${i}/5`, 'bodies')));
    expect(runs.filter((r) => r.stderr.includes('has no files (3 in all)'))).toHaveLength(2);
    const findings = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('bodies/'));
    expect(runs.flatMap((r) => findings(r.stdout))).toEqual(findings((await lint('-f', 'compact', 'bodies')).stdout));
    expect(findings(runs[4]!.stdout)).toHaveLength(2); // typo.json sorts last
  });

  test('--shard values are read as typed', async () => {
    const last = await lint('-f', 'compact', '--shard', '1000000/1000000', 'bodies');
    expect(last.stdout).toContain('bodies/typo.json'); // the last of three files
    const negative = await lint('--shard', '-1/2', 'bodies');
    expect(negative.stderr).toContain('--shard -1/2 is not i/n');
    expect((await lint('bodies', '--shard')).stderr).toContain('--shard needs a value');
  });

  test('stdin cannot be sharded; malformed values are usage errors', async () => {
    const stdin = await runCli(['--no-config', '--shard', '1/2', '-'], { cwd: dir, stdin: '{}' });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('standard input cannot be split');
    for (const value of ['0/2', '3/2', '1/0', 'a/b', '1', '1/2/3', '-1/2', '1.5/2']) {
      const run = await lint(`--shard=${value}`, 'bodies');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('is not i/n with 1 ≤ i ≤ n');
    }
  });

  test('an n past the largest accepted is refused as too large, naming that largest', async () => {
    for (const value of ['1/99999999999999999999', '9007199254740993/9007199254740993']) {
      const run = await lint(`--shard=${value}`, 'bodies');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--shard ${value}: n is too large; the largest n accepted is ` +
        '9007199254740991\n');
    }
    const largest = await lint('-f', 'compact', '--shard', '9007199254740991/9007199254740991',
      'bodies');
    expect(largest.stdout).toContain('bodies/typo.json');
  });

  test('shards share one cache', async () => {
    await cached('--shard', '1/2', 'bodies');
    await cached('--shard', '2/2', 'bodies');
    markCachedMessages();
    expect((await cached('-f', 'compact', 'bodies')).stdout).toContain('FROM-CACHE');
  });
});
