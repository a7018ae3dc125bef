#!/usr/bin/env node
// Last step of `npm run build`: bundles the compiled CLI (dist/src/) into one CommonJS file,
// dist/src/bundle/cli.cjs, and records V8's code cache for it. Loading about 90 ES modules one by
// one took about 150 ms of every start (issue 6); one file, compiled from cache, takes a few.
// The unbundled dist/src/ stays what the library, the tests and the Jest matcher import.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE_DIR = join(ROOT, 'dist', 'src', 'bundle');
const OUT_FILE = join(BUNDLE_DIR, 'cli.cjs');

rmSync(OUT_FILE, { force: true });
rmSync(`${OUT_FILE}.cache`, { force: true });
const result = await build(bundleOptions(ROOT));
const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
// bin/ reads the bundle as latin1, which is right only for ASCII (esbuild's default charset).
if (readFileSync(OUT_FILE).some((byte) => byte > 0x7f)) throw new Error(`${OUT_FILE} is not ASCII`);
process.stdout.write(`bundle: ${OUT_FILE} (${(bytes / 1024).toFixed(0)} KiB)\n`);

// Record the code cache from a real run, so that the functions a lint needs are in it: clean
// bodies and one with findings, as a typical run sees. The UK body makes libphonenumber run (a +1
// number with ten digits is judged without it), so its code is in the cache too.
const warmDir = mkdtempSync(join(tmpdir(), 'genesys-call-lint-warm-'));
try {
  const clean = { phoneNumber: '+13175550142', callerId: '+13175550100', callerIdName: 'Support' };
  const uk = { phoneNumber: '+442079460142', callerId: '+442079460100' };
  const broken = { to: { type: 'phone', address: '317-555-0142' }, callerId: '3175550100', priority: '2' };
  writeFileSync(join(warmDir, 'clean.json'), `${JSON.stringify(clean, null, 2)}\n`);
  writeFileSync(join(warmDir, 'broken.json'), `${JSON.stringify(broken, null, 2)}\n`);
  writeFileSync(join(warmDir, 'uk.json'), `${JSON.stringify(uk, null, 2)}\n`);
  const run = (variable) => spawnSync(process.execPath, [join(ROOT, 'bin', 'genesys-call-lint.js'),
    '--no-config', join(warmDir, 'clean.json'), join(warmDir, 'broken.json'), join(warmDir, 'uk.json')],
  { cwd: warmDir, env: { ...process.env, [variable]: '1' }, encoding: 'utf8' });
  const warm = run('GENESYS_CALL_LINT_WRITE_CODE_CACHE');
  // Exit 1: the broken body has findings, as intended.
  if (warm.status !== 1 || !existsSync(`${OUT_FILE}.cache`)) {
    process.stderr.write(`bundle: the warm-up run failed (exit ${warm.status}):\n${warm.stderr}`);
    process.exit(1);
  }
  // A cache V8 turns down, or the launcher's check refuses, would leave every start slow unseen.
  // Only a warning: the CLI works without it (under node --jitless V8 always turns it down), and
  // test/bundle.test.ts fails when the shipped cache is not used.
  const check = run('GENESYS_CALL_LINT_CHECK_CODE_CACHE');
  if (check.status !== 1) {
    process.stderr.write(`bundle: warning: the recorded code cache is not used (exit ${check.status}); ` +
      `the CLI works, but starts slower:\n${check.stderr}`);
  }
} finally {
  rmSync(warmDir, { recursive: true, force: true });
}
