#!/usr/bin/env node
// Time and peak memory on one body of many members the model does not know: 2.5 million (31 MB,
// under the default --max-file-size) once ran 210 s, took 4.4 GB and crashed the reporter. Each
// size is generated under the system temp folder, linted with the built CLI in every format
// given, and removed. Sizes grow by steps, so that the numbers show whether cost keeps in step
// with the body (it should: a rule lists 100 findings and only counts the rest).
//   node bench/many-unknown-members.mjs [--members 300000,1000000,2500000] [--format stylish,json]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = option('--members', '300000,1000000,2500000').split(',').map(Number);
const formats = option('--format', 'stylish').split(',');
const probe = join(root, 'bench', 'support', 'report-peak-rss.mjs');

/** {"phoneNumber": ..., "x0": 1, "x1": 1, ...}, written in pieces to keep this process small. */
async function generate(file, members) {
  const out = createWriteStream(file);
  out.write('{"phoneNumber":"+13175550100"');
  for (let i = 0; i < members; i++) {
    if (!out.write(`,"x${i}":1`)) await once(out, 'drain');
  }
  out.end('}');
  await once(out, 'finish');
}

async function lint(file, format) {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', probe, join(root, 'bin', 'genesys-call-lint.js'),
    '--no-config', '-f', format, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let bytes = 0;
  let tail = '';
  child.stdout.on('data', (chunk) => {
    bytes += chunk.length;
    tail = (tail + chunk.toString()).slice(-200);
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk.toString(); });
  const [code] = await once(child, 'close');
  const peak = /peak-rss-kb (\d+)/.exec(stderr);
  return { code, seconds: (Date.now() - started) / 1000, peakMb: peak ? Number(peak[1]) / 1024 : NaN,
    bytes, last: tail.trim().split('\n').at(-1), crashed: /internal error/.test(stderr) };
}

for (const members of sizes) {
  const file = join(tmpdir(), `gcl-bench-unknown-${members}.json`);
  await generate(file, members);
  const mb = statSync(file).size / 2 ** 20;
  for (const format of formats) {
    const run = await lint(file, format);
    console.log(`${members} members (${mb.toFixed(1)} MiB), ${format}: exit ${run.code}` +
      `${run.crashed ? ' (internal error)' : ''} in ${run.seconds.toFixed(1)} s, peak RSS ` +
      `${run.peakMb.toFixed(0)} MB, ${run.bytes} bytes out; ${run.last}`);
  }
  rmSync(file, { force: true });
}
