#!/usr/bin/env node
// Time on an NDJSON log of one long line, at doubling sizes: each doubling should about double
// the time. Lines once were searched and copied again at every 64 KiB chunk, so the time grew with
// the square of the line (80 MB: 26 s); the test guards the work done, this measures the time.
//   node bench/ndjson-long-line.mjs [--sizes-mb 10,20,40,80] [--keep]
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sizesArg = args.includes('--sizes-mb') ? args[args.indexOf('--sizes-mb') + 1] : '10,20,40,80';
const sizes = sizesArg.split(',').map(Number);
const keep = args.includes('--keep');

const rows = [];
for (const sizeMb of sizes) {
  const file = join(tmpdir(), `gcl-bench-long-line-${sizeMb}mb.ndjson`);
  const name = 'A'.repeat(sizeMb * 1_000_000);
  writeFileSync(file, `${JSON.stringify({ phoneNumber: '+13175550142', callerIdName: name })}\n`);
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'genesys-call-lint.js'),
    '--no-config', '-f', 'compact', file], { encoding: 'utf8', timeout: 600_000 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!keep) rmSync(file, { force: true });
  rows.push({ sizeMb, seconds, code: run.status });
}

console.log('| line | time | exit | time per MB |');
console.log('| --- | --- | --- | --- |');
for (const { sizeMb, seconds, code } of rows) {
  const perMb = (seconds / sizeMb) * 1000;
  console.log(`| ${sizeMb} MB | ${seconds.toFixed(2)} s | ${code} | ${perMb.toFixed(1)} ms |`);
}
// Linear growth keeps the time per MB about level; quadratic doubles it at each doubling.
const [first, last] = [rows[0], rows.at(-1)];
if (first && last && last !== first) {
  const growth = (last.seconds / last.sizeMb) / (first.seconds / first.sizeMb);
  console.log(`time per MB grew ${growth.toFixed(1)}x from ${first.sizeMb} to ${last.sizeMb} MB`);
}
