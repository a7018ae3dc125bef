#!/usr/bin/env node
// Peak memory on a large NDJSON log (issue 3: at least 1 GB in under 150 MB). Generates the log
// deterministically under the system temp folder, lints it with the built CLI, and reports the
// child's peak resident set size as the kernel counted it (getrusage, via a preloaded module).
// --stdin pipes the log to the CLI's standard input (`-`) instead of naming the file, so that
// the same log is measured both ways.
//   node bench/ndjson-memory.mjs [--size-mb 1024] [--stdin] [--keep]
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sizeMb = Number(args[args.indexOf('--size-mb') + 1]) || 1024;
const keep = args.includes('--keep');
const isStdin = args.includes('--stdin');
const file = join(tmpdir(), `gcl-bench-${sizeMb}mb.ndjson`);
const LIMIT_MB = 150;

// Ten shapes, one in ten invalid in varied ways, as logged requests and bare bodies.
const uuid = (n) => `9c6f5070-8b03-4726-beda-${String(n % 1e12).padStart(12, '0')}`;
const shapes = [
  (n) => ({ phoneNumber: `+1317555${String(n % 10000).padStart(4, '0')}` }),
  (n) => ({ method: 'POST', url: '/api/v2/conversations/calls', body: { callUserId: uuid(n) } }),
  (n) => ({ callQueueId: uuid(n), priority: n % 10, routingSkillsIds: [uuid(n + 1)] }),
  (n) => ({ method: 'POST', url: '/api/v2/conversations/callbacks',
    body: { callbackNumbers: [`+1317555${String(n % 10000).padStart(4, '0')}`], queueId: uuid(n) } }),
  (n) => ({ phoneNumber: `+1317555${String(n % 10000).padStart(4, '0')}`, callFromQueueId: uuid(n) }),
  (n) => ({ participants: [{ address: '+13175550142' }, { userId: uuid(n) }] }),
  (n) => ({ method: 'POST', url: `/api/v2/conversations/calls/${uuid(n)}/participants/${uuid(n + 1)}/replace`,
    body: { userId: uuid(n), transferType: 'Attended' } }),
  (n) => ({ callUserId: uuid(n), callerIdName: 'Support line', label: `batch-${n % 97}` }),
  (n) => ({ conversationIds: [uuid(n), uuid(n + 7)] }),
  (n) => ({ to: { phoneNumber: `+1317555${String(n % 10000).padStart(4, '0')}` }, type: 'CALL' }),
];

async function generate() {
  if (existsSync(file) && statSync(file).size >= sizeMb * 1024 * 1024) return;
  const out = createWriteStream(file);
  let written = 0;
  for (let n = 0; written < sizeMb * 1024 * 1024; n++) {
    const line = `${JSON.stringify(shapes[n % shapes.length](n))}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const started = Date.now();
await generate();
const bytes = statSync(file).size;
console.log(`log: ${file}${isStdin ? ' (on stdin)' : ''}, ${(bytes / 2 ** 20).toFixed(0)} MiB, ` +
  `generated/reused in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const probe = join(root, 'bench', 'support', 'report-peak-rss.mjs');
const t0 = Date.now();
const input = isStdin ? '-' : file;
const child = spawn(process.execPath, ['--import', probe, join(root, 'bin', 'genesys-call-lint.js'),
  '--no-config', '-f', 'compact', input], { stdio: [isStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
// Through a pipe, as `cat app.log | genesys-call-lint -` gives it; the CLI may stop reading early.
if (isStdin) createReadStream(file).pipe(child.stdin).on('error', () => {});
let lines = 0;
let tail = '';
let firstOutputMs;
child.stdout.on('data', (chunk) => {
  firstOutputMs ??= Date.now() - t0;
  const text = chunk.toString();
  lines += text.split('\n').length - 1;
  tail = (tail + text).slice(-300);
});
let stderr = '';
child.stderr.on('data', (chunk) => { stderr += chunk.toString(); });
const [code] = await once(child, 'close');
const seconds = (Date.now() - t0) / 1000;
const peak = /peak-rss-kb (\d+)/.exec(stderr);
const peakMb = peak ? Number(peak[1]) / 1024 : NaN;
console.log(`exit ${code} in ${seconds.toFixed(1)} s; first output after ${firstOutputMs} ms; ${lines} lines`);
console.log(`summary: ${tail.trim().split('\n').at(-1)}`);
console.log(`peak RSS: ${peakMb.toFixed(1)} MB (target < ${LIMIT_MB} MB): ${peakMb < LIMIT_MB ? 'PASS' : 'FAIL'}`);
console.log(`throughput: ${(bytes / 2 ** 20 / seconds).toFixed(1)} MiB/s`);
if (!keep) rmSync(file, { force: true });
process.exitCode = peakMb < LIMIT_MB && code === 1 ? 0 : 1;
