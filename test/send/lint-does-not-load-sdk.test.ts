// Linting must stay fast: the Genesys SDK (about 130 ms to load, per the reference) is loaded
// only by the send command. A fresh process lints a fixture, then reports whether the SDK's
// modules are in the CommonJS cache; loading the SDK afterwards proves the check can see it.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CASES, ROOT } from '../support/paths.js';

const SCRIPT = `
import { createRequire } from 'node:module';
const { main } = await import(${JSON.stringify(join(ROOT, 'dist', 'src', 'cli', 'main.js'))});
const code = await main({
  argv: ['--no-config', '-f', 'json', ${JSON.stringify(join(CASES, 'calls-mediatype-audio.json'))}],
  cwd: ${JSON.stringify(ROOT)}, env: {}, version: 'test',
  stdout: { write() {} }, stderr: { write() {} }, readStdin: () => undefined,
});
const loaded = () => Object.keys(createRequire(import.meta.url).cache)
  .filter((k) => k.includes('purecloud-platform-client-v2')).length;
const during = loaded();
await import('purecloud-platform-client-v2');
console.log(JSON.stringify({ code, during, after: loaded() }));
`;

describe('lazy SDK', () => {
  test('a lint run does not load purecloud-platform-client-v2', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], {
      cwd: ROOT,
      encoding: 'utf8',
      // An empty HOME: the SDK reads a config file from it when it loads.
      env: { PATH: process.env['PATH'], HOME: join(ROOT, 'dist', 'no-home') },
      timeout: 30000,
    });
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { code: number; during: number; after: number };
    expect(result.code).toBe(1);
    expect(result.during).toBe(0);
    expect(result.after).toBeGreaterThan(0);
  });
});
