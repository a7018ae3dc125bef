#!/usr/bin/env node
// Speed benchmark (issue 6): our CLI beside `node -e 0`, a parse-and-validate floor, ajv-cli and
// sourcemeta's native validator, on deterministic corpora in the system temp folder. Runs are
// alternated between tools; medians, ratios, peak RSS and flagged-body counts are printed as
// Markdown tables, then each target of the issue as met or not.
//   npm run bench [-- --quick] [--runs N] [--no-sourcemeta] [--no-cache-run] [--clean] [--baseline DIR]
//   [--only small,tenK,tenKInvalid,hundredK,ndjson]
// --quick: 3 runs and corpora a fifth of the size (2,000 / 20,000 bodies), a few minutes.
// --baseline DIR: also run the CLI of another built checkout, e.g. a git worktree of main.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './support/corpus.mjs';
import { createTools, installSourcemeta, writeStandaloneValidator } from './support/tools.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const isQuick = args.includes('--quick');
const runs = Number(args[args.indexOf('--runs') + 1]) || (isQuick ? 3 : 5);
const work = join(tmpdir(), 'genesys-call-lint-bench');
const log = (text) => process.stderr.write(`${text}\n`);
if (args.includes('--clean')) rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const TEN_K = isQuick ? 2_000 : 10_000;
const HUNDRED_K = isQuick ? 20_000 : 100_000;
const schemaFile = join(root, 'schemas', 'create-call-request.schema.json');

log(`corpora in ${work} (reused when unchanged)`);
const corpora = {
  small: { ...ensureCorpus(join(work, 'small'), 'files', 1), isSingle: true },
  tenK: ensureCorpus(join(work, `files-${TEN_K}`), 'files', TEN_K),
  tenKInvalid: ensureCorpus(join(work, `files-${TEN_K}-invalid`), 'files', TEN_K, { allInvalid: true }),
  hundredK: ensureCorpus(join(work, `files-${HUNDRED_K}`), 'files', HUNDRED_K),
  ndjson: ensureCorpus(join(work, `ndjson-${HUNDRED_K}`), 'ndjson', HUNDRED_K),
};
corpora.small.path = join(corpora.small.path, '000', 'body-000000.json');

const validatorFile = writeStandaloneValidator(schemaFile, join(work, 'standalone'));
const sourcemeta = args.includes('--no-sourcemeta')
  ? { note: 'left out with --no-sourcemeta' }
  : installSourcemeta(join(work, 'tools', 'sourcemeta'), log);
if (sourcemeta.note) log(`sourcemeta skipped: ${sourcemeta.note}`);
const baseline = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : undefined;
const tools = createTools({ root, schemaFile, validatorFile, sourcemeta, baseline,
  work: args.includes('--no-cache-run') ? undefined : work });

const n = (value) => value.toLocaleString('en-US');
const scenarios = [
  { id: 'small', title: '1 small body, cold start', corpus: corpora.small },
  { id: 'tenK', title: `${n(TEN_K)} files, 10% invalid`, corpus: corpora.tenK },
  { id: 'tenKInvalid', title: `${n(TEN_K)} files, all invalid`, corpus: corpora.tenKInvalid },
  { id: 'hundredK', title: `${n(HUNDRED_K)} files, 10% invalid`, corpus: corpora.hundredK },
  { id: 'ndjson', title: `${n(HUNDRED_K)}-line NDJSON, 10% invalid`, corpus: corpora.ndjson },
];

/**
 * One run: wall time, peak RSS (GNU time, when installed), exit code and output. Output goes to
 * files, not pipes: ajv-cli calls process.exit(), which cuts a piped stderr short.
 */
function measure(file, argv, env) {
  // Named by our pid: two benchmarks running at once must not read each other's output.
  const [rssFile, outFile, errFile] = ['peak-rss', 'stdout', 'stderr']
    .map((f) => join(work, `${f}-${process.pid}.txt`));
  const hasGnuTime = existsSync('/usr/bin/time');
  const [command, commandArgs] = hasGnuTime
    ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, file, ...argv]]
    : [file, argv];
  const [outFd, errFd] = [openSync(outFile, 'w'), openSync(errFile, 'w')];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // In the temp folder, so that no config file of this repository is found (all paths are absolute).
    const child = spawn(command, commandArgs, { cwd: work, env: { ...process.env, ...env },
      stdio: ['ignore', outFd, errFd] });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      [outFd, errFd].forEach((fd) => closeSync(fd));
      const rssKb = hasGnuTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) : NaN;
      resolve({ seconds, rssMb: rssKb / 1024, code,
        stdout: readFileSync(outFile, 'utf8'), stderr: readFileSync(errFile, 'utf8') });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = {};
// --only small,tenK: a subset of the scenarios (ids as in the list above).
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : undefined;
for (const scenario of scenarios.filter((s) => !only || only.has(s.id))) {
  const active = tools.filter((tool) => tool.command(scenario.corpus) !== undefined &&
    (scenario.id === 'small' || tool.name !== 'node -e 0'));
  const samples = new Map(active.map((tool) => [tool.name, []]));
  log(`${scenario.title}: ${active.length} tools x ${runs} runs`);
  active.forEach((tool) => tool.prime?.(scenario.corpus));
  for (let run = 0; run < runs; run++) {
    // Rotate the starting tool so that none always runs first (or right after another).
    for (let i = 0; i < active.length; i++) {
      const tool = active[(i + run) % active.length];
      const [file, argv, env] = tool.command(scenario.corpus);
      const result = await measure(file, argv, env);
      const flagged = tool.countFlagged?.(result.stdout, result.stderr, result.code, scenario.corpus);
      samples.get(tool.name).push({ ...result, flagged });
    }
  }
  results[scenario.id] = active.map((tool) => {
    const runsOf = samples.get(tool.name);
    const flagged = [...new Set(runsOf.map((r) => r.flagged))];
    return {
      tool: tool.name,
      median: median(runsOf.map((r) => r.seconds)),
      min: Math.min(...runsOf.map((r) => r.seconds)),
      max: Math.max(...runsOf.map((r) => r.seconds)),
      rssMb: median(runsOf.map((r) => r.rssMb)),
      flagged: flagged.length === 1 ? flagged[0] : flagged.join('/'),
      expected: tool.countFlagged ? scenario.corpus.invalid : undefined,
      exitCodes: [...new Set(runsOf.map((r) => r.code))].join('/'),
    };
  });
}

const oursName = 'genesys-call-lint';
const timeOf = (id, tool) => results[id]?.find((r) => r.tool === tool)?.median;
const rowOf = (id, tool) => results[id]?.find((r) => r.tool === tool);
const sourcemetaName = tools.find((t) => t.name.startsWith('sourcemeta'))?.name;
const fmt = (s) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);

const lines = [];
lines.push(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ` +
  `${loadavg()[0].toFixed(2)}; ${runs} runs each, alternated; ${isQuick ? 'quick' : 'full'} corpora.`);
// Node reads this file before running any script, so it lengthens every Node start alike,
// `node -e 0` included (about 38 ms on the project machine): the ratios depend on it.
if (process.env.NODE_EXTRA_CA_CERTS) {
  lines.push('NODE_EXTRA_CA_CERTS is set: every Node process, `node -e 0` too, loads those ' +
    'certificates before it starts.');
}
if (sourcemeta.note) lines.push(`sourcemeta skipped: ${sourcemeta.note}.`);
for (const scenario of scenarios.filter((s) => results[s.id])) {
  const ours = timeOf(scenario.id, oursName);
  lines.push('', `**${scenario.title}** (${(scenario.corpus.bytes / 2 ** 20).toFixed(1)} MiB, ` +
    `${n(scenario.corpus.invalid)} invalid)`, '',
    '| tool | median | min – max | × ours | peak RSS | flagged |',
    '| --- | --- | --- | --- | --- | --- |');
  for (const r of results[scenario.id]) {
    const check = r.expected === undefined ? '–'
      // A string when runs disagreed: "1,000/0".
      : `${typeof r.flagged === 'number' ? n(r.flagged) : r.flagged}` +
        `${r.flagged === r.expected ? ' ✓' : ` ✗ (want ${n(r.expected)})`}`;
    lines.push(`| ${r.tool} | ${fmt(r.median)} | ${fmt(r.min)} – ${fmt(r.max)} | ` +
      `${(r.median / ours).toFixed(2)} | ${r.rssMb.toFixed(0)} MB | ${check} |`);
  }
}

// The targets of issue 6, each a ratio of two medians measured in this run (or MB for memory).
const ratio = (a, b) => (a === undefined || b === undefined ? undefined : a / b);
const ours = (id) => timeOf(id, oursName);
const targets = [
  ['1 small body ≤ 1.2 × node -e 0', ratio(ours('small'), timeOf('small', 'node -e 0')), (x) => x <= 1.2],
  [`${n(TEN_K)} files ≤ 1.0 × sourcemeta --fast`, ratio(ours('tenK'), timeOf('tenK', sourcemetaName)),
    (x) => x <= 1],
  [`${n(TEN_K)} files ≥ 2 × faster than ajv-cli`, ratio(timeOf('tenK', 'ajv-cli 5.0.0'), ours('tenK')),
    (x) => x >= 2],
  ['NDJSON ≤ 0.8 × sourcemeta --fast', ratio(ours('ndjson'), timeOf('ndjson', sourcemetaName)),
    (x) => x <= 0.8],
  ['all invalid ≤ 2 × 10% invalid (ours)', ratio(ours('tenKInvalid'), ours('tenK')), (x) => x <= 2],
  [`${n(HUNDRED_K)} files ≤ 11 × ${n(TEN_K)} files (ours)`, ratio(ours('hundredK'), ours('tenK')),
    (x) => x <= 11],
  [`peak RSS on ${n(TEN_K)} files ≤ 100 MB`, rowOf('tenK', oursName)?.rssMb, (x) => x <= 100, 'MB'],
];
const cachedName = 'genesys-call-lint --cache, warm';
// Not the issue's targets, which compare runs from scratch: the same bars for a re-run with a
// warm cache, as a CI job or hook that keeps its cache sees them.
const cachedTargets = [
  [`${n(TEN_K)} files ≤ 1.0 × sourcemeta --fast`, ratio(timeOf('tenK', cachedName), timeOf('tenK', sourcemetaName)),
    (x) => x <= 1],
  [`${n(TEN_K)} files ≥ 2 × faster than ajv-cli`, ratio(timeOf('tenK', 'ajv-cli 5.0.0'), timeOf('tenK', cachedName)),
    (x) => x >= 2],
  [`peak RSS on ${n(TEN_K)} files ≤ 100 MB`, rowOf('tenK', cachedName)?.rssMb, (x) => x <= 100, 'MB'],
];
const table = (rows) => {
  lines.push('| target | measured | met |', '| --- | --- | --- |');
  for (const [name, value, isMet, unit] of rows) {
    const isMissing = value === undefined || Number.isNaN(value);
    const shown = isMissing ? 'n/a' : unit === 'MB' ? `${value.toFixed(0)} MB` : `${value.toFixed(2)}×`;
    lines.push(`| ${name} | ${shown} | ${isMissing ? '–' : isMet(value) ? 'yes' : 'no'} |`);
  }
};
lines.push('', 'Issue 6\'s targets (every tool from scratch):', '');
table(targets);
if (results.tenK?.some((r) => r.tool === cachedName)) {
  lines.push('', 'The same bars for a re-run with a warm --cache (not the issue\'s targets):', '');
  table(cachedTargets);
}
process.stdout.write(`${lines.join('\n')}\n`);

const isMiscounted = Object.values(results).flat()
  .some((r) => r.expected !== undefined && r.flagged !== r.expected);
if (isMiscounted) log('a tool flagged the wrong number of bodies (✗ above)');
for (const f of ['peak-rss', 'stdout', 'stderr']) rmSync(join(work, `${f}-${process.pid}.txt`), { force: true });
process.exitCode = isMiscounted ? 1 : 0;
