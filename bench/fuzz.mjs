// Fuzzes the built linter (dist/, so run `npm run build` first): lintText in-process on generated
// inputs across every lintable endpoint, then a sample through the CLI binary. An input fails when
// lintText throws, a finding is malformed, or a message carries a raw control character; for the
// CLI, when the exit code is not 0, 1 or 2 or the json, sarif or junit output does not parse.
// Each failing input is saved to --out (default bench/fuzz-failures/) with its endpoint.
//
//   node bench/fuzz.mjs [--count 1000000] [--seed 1] [--workers N] [--cli-runs 40] [--out DIR]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => import(join(ROOT, 'dist', 'src', path));

/** mulberry32: small, seeded, good enough to spread inputs. */
function randomFrom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fixtures() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json') && !entry.name.endsWith('.expect.json')) found.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(ROOT, 'fixtures', 'cases'));
  walk(join(ROOT, 'fixtures', 'endpoints'));
  return found;
}

// Pieces that break parsers and printers: structure, escapes, controls, surrogates, huge numbers.
const TOKENS = ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u', '\\ud800', '\ud800', '\udfff', '\u0000',
  '\u001b[2J', '\r', '\n', '\u009b', '\u2028', '\ufeff', 'null', 'true', '-0', '1e400', '9007199254740993',
  '"__proto__":', '"constructor":', '"prototype":', '"phoneNumber":', '"to":', '"participants":[',
  '"destination":{', '"callbackNumbers":[', '"speakTo":"', '\u201c', "'", '//', '/*', '+1 (317) 555-0142',
  'tel:+13175550142', '00000000-0000-0000-0000-000000000000', '[[[[[[[[', '{"a":{"a":{"a":'];

function generator(rand, corpus) {
  const int = (n) => Math.floor(rand() * n);
  const pick = (list) => list[int(list.length)];
  const value = (depth) => {
    const kind = int(depth > 4 ? 4 : 7);
    if (kind === 0) return null;
    if (kind === 1) return rand() < 0.5;
    if (kind === 2) return pick([0, -1, 1.5, 2 ** 53 + 2, 1e308, -1e-320, 2147483648]);
    if (kind === 3) return pick(TOKENS) + String.fromCharCode(int(0x10000)) + pick(TOKENS);
    if (kind === 4) return Array.from({ length: int(4) }, () => value(depth + 1));
    const object = {};
    for (let i = int(5); i > 0; i--) object[rand() < 0.6 ? pick(['phoneNumber', 'to', 'from', 'participants', 'destination', 'address', 'queueId', 'speakTo', 'callbackNumbers', 'routingData', '__proto__', 'priority']) : pick(TOKENS)] = value(depth + 1);
    return object;
  };
  const mutate = (text) => {
    let out = text;
    for (let edits = 1 + int(4); edits > 0; edits--) {
      const at = int(out.length + 1);
      const op = int(5);
      if (op === 0) out = out.slice(0, at) + out.slice(at + 1 + int(8));
      else if (op === 1) out = out.slice(0, at) + pick(TOKENS) + out.slice(at);
      else if (op === 2) out = out.slice(0, at) + String.fromCharCode(int(0x10000)) + out.slice(at + 1);
      else if (op === 3) out = out.slice(0, at) + out.slice(int(out.length), int(out.length) + 20) + out.slice(at);
      else out = out.slice(0, at);
    }
    return out;
  };
  return (decodeBytes) => {
    const kind = int(10);
    if (kind === 0) {
      const bytes = Uint8Array.from({ length: int(64) }, () => int(256));
      const decoded = decodeBytes(bytes);
      return decoded.ok ? decoded.text : String.fromCharCode(...bytes);
    }
    if (kind <= 3) return JSON.stringify(value(0));
    if (kind === 4) return Array.from({ length: 1 + int(12) }, () => pick(TOKENS)).join('');
    return mutate(pick(corpus));
  };
}

// eslint-disable-next-line no-control-regex -- raw control characters are what is looked for
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function problemWith(result) {
  if (!Array.isArray(result.findings)) return 'no findings list';
  for (const f of result.findings) {
    if (!(f.line >= 1 && f.column >= 1 && f.endLine >= f.line)) return `bad position ${f.line}:${f.column}`;
    if (RAW_CONTROL.test(f.message) || RAW_CONTROL.test(f.hint)) return `raw control character in ${f.ruleId}`;
    if (f.message.length > 2000) return `message of ${f.message.length} characters`;
  }
  return undefined;
}

async function runWorker({ seed, count, out, index }) {
  const { lintText, ENDPOINTS, decodeBytes } = await dist('index.js');
  const { supportedModels } = await dist('schema/registry.js');
  const models = new Set(supportedModels());
  const endpoints = ENDPOINTS.filter((e) => e.model !== null && models.has(e.model)).map((e) => e.name);
  const rand = randomFrom(seed);
  const next = generator(rand, fixtures());
  let failures = 0;
  for (let i = 0; i < count; i++) {
    const text = next(decodeBytes);
    const endpoint = endpoints[Math.floor(rand() * endpoints.length)];
    let problem;
    try {
      problem = problemWith(lintText(text, { endpoint }));
    } catch (error) {
      problem = `threw: ${error instanceof Error ? error.stack : String(error)}`;
    }
    if (problem !== undefined) {
      failures++;
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `worker${index}-${i}.json`), JSON.stringify({ endpoint, problem, text }, null, 2));
    }
    if (i > 0 && i % 50000 === 0) parentPort.postMessage({ progress: 50000 });
  }
  parentPort.postMessage({ progress: count % 50000 || 50000, done: true, failures });
}

/** A sample through the binary: exit code and machine formats, on generated files. */
function fuzzCli(runs, seed, out) {
  const rand = randomFrom(seed ^ 0x5eed);
  const next = generator(rand, fixtures());
  const bin = join(ROOT, 'bin', 'genesys-call-lint.js');
  let failures = 0;
  for (let run = 0; run < runs; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-fuzz-'));
    for (let i = 0; i < 25; i++) writeFileSync(join(dir, `body-${i}.json`), next((b) => ({ ok: false, b })));
    const format = ['json', 'sarif', 'junit', 'stylish'][run % 4];
    const child = spawnSync(process.execPath, [bin, '-f', format, '-e', 'auto', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
    let problem;
    if (![0, 1, 2].includes(child.status)) problem = `exit ${child.status}: ${child.stderr.slice(0, 500)}`;
    else if (format === 'json' || format === 'sarif') {
      try { JSON.parse(child.stdout); } catch (error) { problem = `${format} does not parse: ${error.message}`; }
    } else if (format === 'junit' && !/^<\?xml[\s\S]*<\/testsuites>\n$/.test(child.stdout)) problem = 'junit not closed';
    if (RAW_CONTROL.test(child.stdout.replace(/[\n\t]/g, ''))) problem = 'raw control character on stdout';
    if (problem) {
      failures++;
      const saved = join(out, `cli-${run}`);
      mkdirSync(out, { recursive: true });
      rmSync(saved, { recursive: true, force: true });
      spawnSync('cp', ['-r', dir, saved]);
      writeFileSync(join(saved, 'PROBLEM.txt'), `${format}: ${problem}\n`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return failures;
}

async function main() {
  const args = process.argv.slice(2);
  const flag = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at === -1 ? fallback : args[at + 1];
  };
  const count = Number(flag('count', 1_000_000));
  const seed = Number(flag('seed', 1));
  const workers = Number(flag('workers', availableParallelism()));
  const cliRuns = Number(flag('cli-runs', 40));
  const out = flag('out', join(ROOT, 'bench', 'fuzz-failures'));
  const started = Date.now();
  let done = 0;
  let failures = 0;
  await Promise.all(Array.from({ length: workers }, (_, index) => new Promise((resolve, reject) => {
    const share = Math.floor(count / workers) + (index < count % workers ? 1 : 0);
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { seed: seed * 1000 + index, count: share, out, index },
    });
    worker.on('message', (message) => {
      done += message.progress;
      if (message.done) failures += message.failures;
      process.stderr.write(`\r${done} inputs linted, ${failures} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    });
    worker.on('error', reject);
    worker.on('exit', resolve);
  })));
  const libSeconds = (Date.now() - started) / 1000;
  process.stderr.write('\n');
  const cliStarted = Date.now();
  const cliFailures = fuzzCli(cliRuns, seed, out);
  const report = {
    inputs: done, seed, workers, seconds: Number(libSeconds.toFixed(1)), failures,
    cliRuns, cliFilesPerRun: 25, cliSeconds: Number(((Date.now() - cliStarted) / 1000).toFixed(1)), cliFailures,
    failuresSavedTo: failures + cliFailures > 0 ? out : undefined,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = failures + cliFailures > 0 ? 1 : 0;
}

if (isMainThread) await main();
else await runWorker(workerData);
