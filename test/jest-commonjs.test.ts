// The matcher in a project that runs Jest as it comes: CommonJS test files, no
// --experimental-vm-modules. Such a Jest loads setup and test files through require(), and
// failed on our ES modules with "Must use import to load ES Module"; package.json "exports"
// gives require() the CommonJS entries scripts/bundle-jest.mjs builds, and import() the modules.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './support/paths.js';

let project = '';

// A consumer's project with this package installed from a local path (npm links such a folder).
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'gcl-jest-cjs-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(ROOT, join(project, 'node_modules', 'genesys-call-lint'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({
    name: 'consumer', private: true,
    jest: { setupFilesAfterEnv: ['genesys-call-lint/jest/setup'] },
  }));
  writeFileSync(join(project, 'body.test.js'), [
    "const { callRequestMatchers } = require('genesys-call-lint/jest');",
    "test('registered by the setup entry', () => {",
    "  expect({ phoneNumber: '+13175550142' }).toBeValidCallRequest();",
    "  expect({ to: 1 }).not.toBeValidCallRequest('create-call');",
    '});',
    "test('a failure names the finding', () => {",
    '  expect(() => expect({ phoneNumber: 5 }).toBeValidCallRequest()).toThrow(/wrong-type/);',
    '});',
    "test('bytes as JSON text', () => {",
    "  expect(Buffer.from('{\"phoneNumber\": \"+13175550142\"}')).toBeValidCallRequest();",
    '});',
    "test('the matchers from require()', () => {",
    "  expect(Object.keys(callRequestMatchers)).toEqual(['toBeValidCallRequest']);",
    '});',
    '',
  ].join('\n'));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The child's environment without this suite's Jest: no --experimental-vm-modules in it. */
function plainEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env)
    .filter(([name]) => name !== 'NODE_OPTIONS' && !name.startsWith('JEST_')));
}

describe('the Jest matcher in a CommonJS project', () => {
  test('runs under Jest with its default configuration', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
      '--ci', '--rootDir', project], { cwd: project, encoding: 'utf8', env: plainEnv() });
    expect(run.stderr).toMatch(/^Tests: +4 passed, 4 total$/m);
    expect(run.status).toBe(0);
  }, 60_000);

  // After a plain tsc the CommonJS entries would still be yesterday's matcher.
  test('is made from the compiled modules beside it (run npm run build if not)', async () => {
    const { matcherBundleOptions } = (await import(
      pathToFileURL(join(ROOT, 'scripts', 'bundle-options.mjs')).href)) as
      { matcherBundleOptions(root: string): Parameters<typeof build>[0] };
    const rebuilt = await build({ ...matcherBundleOptions(ROOT), write: false });
    expect(rebuilt.outputFiles.length).toBe(2);
    for (const file of rebuilt.outputFiles) {
      expect(file.text === readFileSync(file.path, 'utf8')).toBe(true);
    }
  });

  // The ES modules stay what import() gets: one matcher for Node's ESM, not the bundle.
  test('gives require() the CommonJS entries and import() the ES modules', () => {
    const script = [
      "const { createRequire } = await import('node:module');",
      "const require = createRequire(process.cwd() + '/');",
      "const esm = await import('genesys-call-lint/jest');",
      "await import('genesys-call-lint/jest/setup').catch((e) => console.log(e.message));",
      "console.log(require.resolve('genesys-call-lint/jest'));",
      "console.log(require.resolve('genesys-call-lint/jest/setup'));",
      "console.log(import.meta.resolve('genesys-call-lint/jest'));",
      'console.log(typeof esm.callRequestMatchers.toBeValidCallRequest);',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script],
      { cwd: project, encoding: 'utf8', env: plainEnv() });
    expect(run.stderr).toBe('');
    const jest = join(ROOT, 'dist', 'src', 'jest');
    expect(run.stdout.split('\n')).toEqual([
      'genesys-call-lint/jest/setup must run inside jest (setupFilesAfterEnv)',
      join(jest, 'index.cjs'),
      join(jest, 'setup.cjs'),
      expect.stringMatching(/\/dist\/src\/jest\/index\.js$/),
      'function',
      '',
    ]);
  });
});
