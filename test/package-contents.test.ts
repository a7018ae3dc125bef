// What `npm pack` ships and how a consumer reaches it. Found by a tester who packed the package:
// 146 source maps pointing at src/*.ts, which is not shipped; the build machine's absolute path
// inside the V8 code cache; Finding.docs naming docs/rules/<id>.md, which "exports" did not let
// a consumer resolve; and types of the public signatures that the index did not export.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import type {
  Decoded, EndpointResolution, ExcludedInput, ExitCode, HttpMethod, InputFormat, RunOutcome,
  SkippedRecord,
} from '../src/index.js';
import { lintText } from '../src/index.js';
import { ROOT } from './support/paths.js';

/** The files `npm pack` would put in the tarball (offline, without running prepare). */
function packedFiles(): string[] {
  const npm = process.env['npm_execpath'];
  const [command, args] = npm === undefined ? ['npm', []] : [process.execPath, [npm]];
  const run = spawnSync(command, [...args, 'pack', '--dry-run', '--json', '--ignore-scripts', '--offline'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  expect(run.status).toBe(0);
  const [pack] = JSON.parse(run.stdout) as Array<{ files: Array<{ path: string }> }>;
  return pack!.files.map((f) => f.path);
}

describe('the packed package', () => {
  // tsc's output is the source without its types, and it is shipped, so stack traces name files
  // that exist; the maps pointed at src/*.ts, which is not (see README, "Package contents").
  test('ships the compiled modules, the bundle and its cache, and no source maps', () => {
    const files = packedFiles();
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining([
      'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/jest/setup.d.ts',
      'dist/src/bundle/cli.cjs', 'dist/src/bundle/cli.cjs.cache', 'docs/rules/unknown-field.md',
    ]));
  }, 60_000);

  // The modules named the maps they were compiled with, which "files" leaves out: bundlers that
  // follow the line warned about each missing map. `prepare`, run by npm before it packs, takes
  // the lines off after the build; the test runs that step on a copy of dist/src.
  test('ships modules that name no file the package leaves out', () => {
    const files = packedFiles();
    const prepare = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as
      { scripts: Record<string, string> }).scripts['prepare'];
    expect(prepare).toBe('npm run build && node scripts/strip-source-map-comments.mjs');
    const copy = mkdtempSync(join(tmpdir(), 'gcl-packed-'));
    try {
      cpSync(join(ROOT, 'dist', 'src'), join(copy, 'dist', 'src'), { recursive: true });
      const strip = spawnSync(process.execPath,
        [join(ROOT, 'scripts', 'strip-source-map-comments.mjs'), join(copy, 'dist', 'src')], { encoding: 'utf8' });
      expect(strip.status).toBe(0);
      const modules = files.filter((f) => /\.(?:c|m)?js$|\.d\.(?:c|m)?ts$/.test(f));
      expect(modules.length).toBeGreaterThan(100);
      const missing = modules.flatMap((file) => {
        const text = readFileSync(join(file.startsWith('dist/src/') ? copy : ROOT, file), 'utf8');
        return [...text.matchAll(/^\/\/# source(?:Mapping)?URL=(\S+)/gm)]
          .map((named) => posix.join(posix.dirname(file), named[1]!))
          .filter((named) => !files.includes(named))
          .map((named) => `${file} -> ${named}`);
      });
      expect(missing).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 60_000);

  test('holds no path of the machine that built it in the code cache', () => {
    const cache = readFileSync(join(ROOT, 'dist', 'src', 'bundle', 'cli.cjs.cache'));
    expect(cache.includes(Buffer.from(join(ROOT, 'dist')))).toBe(false);
    expect(cache.includes(Buffer.from('genesys-call-lint/dist/src/bundle/cli.cjs'))).toBe(true);
  });

  test('resolves the docs page a finding names through "exports"', () => {
    const [finding] = lintText('{"phoneNumber": "+13175550142", "to": 1}').findings;
    // The package refers to itself by name, through its own "exports", as a consumer would.
    const page = createRequire(join(ROOT, 'package.json')).resolve(`genesys-call-lint/${finding!.docs}`);
    expect(page).toBe(join(ROOT, finding!.docs));
    expect(existsSync(page)).toBe(true);
  });

  test('exports the types its public signatures use', () => {
    // Compiles only while the index exports each; the values are what the types allow.
    const format: InputFormat = 'har';
    const method: HttpMethod = 'POST';
    const code: ExitCode = 2;
    const outcome: RunOutcome = { errorCount: 0, warningCount: 0, inputFailures: 1 };
    const decoded: Decoded = { ok: false, reason: 'binary' };
    const resolution: EndpointResolution = { ok: false, message: 'm', hint: 'h' };
    const skipped: SkippedRecord = { source: { format, index: 0, line: 1 }, reason: 'r', quiet: true };
    const excluded: ExcludedInput = { file: 'a.json', reason: 'ignores', message: 'm' };
    expect([method, code, outcome, decoded, resolution, skipped, excluded]).toHaveLength(7);
  });
});
