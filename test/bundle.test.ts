// The bin runs dist/src/bundle/cli.cjs (scripts/bundle.mjs), while most suites import dist/src/.
// Both must be the same code: after a plain `tsc` (or tsc --watch) the bundle would still be
// yesterday's CLI. This rebuilds the bundle in memory with the build's own options and compares.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './support/paths.js';

interface BundleOptionsModule {
  bundleOptions(root: string): Parameters<typeof build>[0];
}

describe('the bundled CLI', () => {
  test('is made from the compiled modules beside it (run npm run build if not)', async () => {
    const { bundleOptions } = (await import(
      pathToFileURL(join(ROOT, 'scripts', 'bundle-options.mjs')).href)) as BundleOptionsModule;
    const rebuilt = await build({ ...bundleOptions(ROOT), write: false, metafile: false });
    const shipped = readFileSync(join(ROOT, 'dist', 'src', 'bundle', 'cli.cjs'), 'utf8');
    expect(rebuilt.outputFiles?.[0]?.text === shipped).toBe(true);
  });
});

// A copy of the installed package (bin, dist/src, package.json; node_modules linked) that a test
// may damage or edit without touching the build the other suites use.
function copyOfPackage(): string {
  const copy = mkdtempSync(join(tmpdir(), 'gcl-package-'));
  for (const part of ['bin', join('dist', 'src'), 'package.json', 'schemas', 'docs']) {
    cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

function runCopy(
  copy: string,
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(copy, 'bin', 'genesys-call-lint.js'), ...argv],
    { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
}

// Makes the launcher say so (and exit 2) when it compiled the bundle without its code cache.
const CHECK_CACHE = { GENESYS_CALL_LINT_CHECK_CODE_CACHE: '1' };
const CACHE_NOT_USED = 'genesys-call-lint: the code cache was not used\n';

/** Damages the bundle folder of a copy of the package, then lints a body with the cache check. */
function runDamagedCopy(damage: (bundleDir: string) => void): SpawnSyncReturns<string> {
  const copy = copyOfPackage();
  try {
    damage(join(copy, 'dist', 'src', 'bundle'));
    writeFileSync(join(copy, 'body.json'), '{ "phonenumber": "+13175550142" }\n');
    return runCopy(copy, ['--no-config', '-f', 'compact', 'body.json'], copy, CHECK_CACHE);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

describe('the launcher', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'gcl-launcher-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('a bundle cut short is noted, and the modules run instead', () => {
    const copy = copyOfPackage();
    try {
      const bundle = join(copy, 'dist', 'src', 'bundle', 'cli.cjs');
      writeFileSync(bundle, readFileSync(bundle).subarray(0, 400_000));
      writeFileSync(join(copy, 'body.json'), '{ "phonenumber": "+13175550142" }\n');
      const run = runCopy(copy, ['--no-config', '-f', 'compact', 'body.json'], copy);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('body.json:1:3: error');
      expect(run.stderr).toContain('is damaged (SyntaxError); running the unbundled modules');
      expect(run.stderr.length).toBeLessThan(1000);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test('the shipped code cache is the one V8 uses', () => {
    writeFileSync(join(scratch, 'body.json'), '{ "phoneNumber": "+13175550142" }\n');
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'genesys-call-lint.js'), '--no-config', 'body.json'],
      { cwd: scratch, encoding: 'utf8', env: { ...process.env, GENESYS_CALL_LINT_CHECK_CODE_CACHE: '1' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  // Each of Node's own modules a run loads costs start-up time (issue 6); node:module was loaded
  // for createRequire alone, which the bundle replaces by the launcher's require.
  test('a run on a clean body loads none of the Node modules it does not need', () => {
    writeFileSync(join(scratch, 'body.json'), '{ "phoneNumber": "+13175550142" }\n');
    writeFileSync(join(scratch, 'modules.cjs'), "process.on('exit', () => require('node:fs').writeSync(" +
      "2, JSON.stringify(process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')))))");
    const run = spawnSync(process.execPath, ['--require', join(scratch, 'modules.cjs'),
      join(ROOT, 'bin', 'genesys-call-lint.js'), '--no-config', 'body.json'],
    { cwd: scratch, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const loaded = JSON.parse(run.stderr) as string[];
    expect(loaded).toContain('NativeModule vm');
    const unneeded = ['module', 'tty', 'net', 'stream', 'zlib', 'crypto', 'readline', 'child_process'];
    for (const name of unneeded) {
      expect(loaded).not.toContain(`NativeModule ${name}`);
    }
  });

  // V8 reserves several GB of address space for WebAssembly memory; under a lower limit the
  // launcher checks the cache with the JavaScript copy of the hash, which must agree with the
  // WebAssembly one that checks it everywhere else (the cache was recorded with the former).
  test('under an address-space limit the cache is checked without WebAssembly, and used', () => {
    writeFileSync(join(scratch, 'body.json'), '{ "phoneNumber": "+13175550142" }\n');
    const run = spawnSync('/bin/sh', ['-c', 'ulimit -v 4000000 && exec "$0" "$@"', process.execPath,
      join(ROOT, 'bin', 'genesys-call-lint.js'), '--no-config', 'body.json'],
    { cwd: scratch, encoding: 'utf8', env: { ...process.env, ...CHECK_CACHE } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  // Just above what WebAssembly memory takes (~11.2 GB here), the ~10 GB it reserved stayed
  // taken all run, and linting a 10 MB body aborted the process (exit 134, no message).
  test('under a limit just above what WebAssembly memory reserves, a big body is linted', () => {
    const participants = Array.from({ length: 400_000 }, (_, i) =>
      ({ address: `+1317555${String(i % 10_000).padStart(4, '0')}` }));
    writeFileSync(join(scratch, 'big.json'), JSON.stringify({ participants, callerId: '+13175550100' }));
    const run = spawnSync('/bin/sh', ['-c', 'ulimit -v 11300000 && exec "$0" "$@"', process.execPath,
      join(ROOT, 'bin', 'genesys-call-lint.js'), '--no-config', '-f', 'compact', 'big.json'],
    { cwd: scratch, encoding: 'utf8', env: { ...process.env, ...CHECK_CACHE } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('0 problems (0 errors, 0 warnings)\n');
    expect(run.status).toBe(0);
  });

  test('without WebAssembly (--jitless) the bundle runs, with no note', () => {
    writeFileSync(join(scratch, 'bad.json'), '{ "phonenumber": "+13175550142" }\n');
    const run = spawnSync(process.execPath, ['--jitless', join(ROOT, 'bin', 'genesys-call-lint.js'),
      '--no-config', '-f', 'compact', 'bad.json'], { cwd: scratch, encoding: 'utf8' });
    expect(run.stdout).toContain('bad.json:1:3: error');
    expect(run.stderr).not.toContain('genesys-call-lint');
    expect(run.status).toBe(1);
  });

  // V8 itself checks only a cache's version, flags and the source's length.
  test.each([0.1, 0.5, 0.9])('a byte flipped at %s of the cache: the cache is refused, the run is right', (at) => {
    const run = runDamagedCopy((bundleDir) => {
      const cache = join(bundleDir, 'cli.cjs.cache');
      const bytes = readFileSync(cache);
      const index = Math.floor(bytes.length * at);
      bytes[index] = bytes[index]! ^ 0x10;
      writeFileSync(cache, bytes);
    });
    expect(run.stdout).toContain('body.json:1:3: error');
    expect(run.stderr).toBe(CACHE_NOT_USED);
  });

  test('a cache file far larger than the bundle is not read, and the run is right', () => {
    // Sparse: 3 GB that take no disk space. Read into memory, it did not fit and the bundle was
    // reported damaged.
    const run = runDamagedCopy((bundleDir) => truncateSync(join(bundleDir, 'cli.cjs.cache'), 3 * 1024 ** 3));
    expect(run.stdout).toContain('body.json:1:3: error');
    expect(run.stderr).toBe(CACHE_NOT_USED);
  });

  test('an edit of the bundle that keeps its length runs the edited code', () => {
    const run = runDamagedCopy((bundleDir) => {
      const bundle = join(bundleDir, 'cli.cjs');
      const text = readFileSync(bundle, 'latin1');
      expect(text).toContain('has no member');
      writeFileSync(bundle, text.replaceAll('has no member', 'HAS NO MEMBER'), 'latin1');
    });
    expect(run.stdout).toContain('HAS NO MEMBER');
    expect(run.stderr).toBe(CACHE_NOT_USED);
  });

  test('without a bundle, --cache follows edits of the modules that run', () => {
    const copy = copyOfPackage();
    try {
      rmSync(join(copy, 'dist', 'src', 'bundle'), { recursive: true });
      writeFileSync(join(copy, 'body.json'), '{ "phonenumber": "+13175550142" }\n');
      const argv = ['--no-config', '--cache', '-f', 'compact', 'body.json'];
      expect(runCopy(copy, argv, copy).stdout).toContain('has no member');
      const rule = join(copy, 'dist', 'src', 'rules', 'unknown-field.js');
      const text = readFileSync(rule, 'utf8');
      expect(text).toContain('has no member');
      writeFileSync(rule, text.replaceAll('has no member', 'lacks the member'));
      expect(runCopy(copy, argv, copy).stdout).toContain('lacks the member');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
