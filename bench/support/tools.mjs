// The programs the speed benchmark runs side by side, each as a command for a given input and a
// reader that counts the bodies it flagged (so a fast tool that checks nothing is caught).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

// Pinned, so that a rerun compares against the same native validator.
export const SOURCEMETA_VERSION = '16.11.0';

/** Writes ajv standalone code for the schema (what a build step would ship) and returns its path. */
export function writeStandaloneValidator(schemaFile, dir) {
  const { default: Ajv, _ } = require('ajv');
  const { default: standaloneCode } = require('ajv/dist/standalone');
  const { default: addFormats } = require('ajv-formats');
  // strict false: the x-* annotations are ours; ajv-cli below is run the same way.
  const ajv = new Ajv({
    strict: false,
    code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats(ajv, ['int32']);
  const validate = ajv.compile(require(schemaFile));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'create-call-validator.cjs');
  writeFileSync(file, standaloneCode(ajv, validate));
  return file;
}

/**
 * Installs @sourcemeta/jsonschema into dir with npm unless already there. Returns the native
 * binary's path, or { note } saying why the tool is skipped.
 */
export function installSourcemeta(dir, log) {
  const os = platform() === 'win32' ? 'windows' : platform();
  const cpu = arch() === 'x64' ? 'x86_64' : arch();
  const isMusl = os === 'linux' && process.report?.getReport().header.glibcVersionRuntime === undefined;
  const name = `jsonschema-${os}-${cpu}${isMusl ? '-musl' : ''}${os === 'windows' ? '.exe' : ''}`;
  const binary = join(dir, 'node_modules', '@sourcemeta', 'jsonschema', 'build', 'github-releases', name);
  if (existsSync(binary)) return { binary };
  log(`installing @sourcemeta/jsonschema@${SOURCEMETA_VERSION} into ${dir} ...`);
  try {
    mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir,
      `@sourcemeta/jsonschema@${SOURCEMETA_VERSION}`], { stdio: 'pipe', timeout: 300_000 });
  } catch (error) {
    return { note: `npm could not install it (${String(error.message).split('\n')[0]})` };
  }
  return existsSync(binary) ? { binary } : { note: `the package has no binary ${name}` };
}

const count = (regex) => (stdout, stderr) => {
  const match = regex.exec(`${stdout}\n${stderr}`);
  return match ? Number(match[1]) : undefined;
};

/** Our CLI's compact lines: one per finding; a body is a file, or a file and an NDJSON line. */
function countOurs(stdout) {
  const flagged = new Set();
  for (const line of stdout.split('\n')) {
    const file = /^(.*?):\d+:\d+: error /.exec(line)?.[1];
    if (file === undefined) continue;
    flagged.add(`${file}#${/\(NDJSON line (\d+)\) \[[^\]]+\]$/.exec(line)?.[1] ?? ''}`);
  }
  return flagged.size;
}

/**
 * Our CLI in the checkout at dir. One body is linted as users run it most, `genesys-call-lint
 * body.json` (no flag; a clean body exits 0); many in compact form, whose lines are counted.
 */
function oursAt(dir, name) {
  const bin = join(dir, 'bin', 'genesys-call-lint.js');
  return {
    name,
    command: (corpus) => [process.execPath, corpus.isSingle ? [bin, corpus.path]
      : [bin, '--no-config', '-f', 'compact', corpus.path]],
    countFlagged: (stdout, _stderr, code, corpus) =>
      corpus.isSingle ? (code === 0 ? 0 : 1) : countOurs(stdout),
  };
}

/**
 * Our CLI re-run with --cache on a corpus it has linted before, nothing changed: what a developer
 * sees from a pre-commit hook or CI job that keeps its cache. prime() makes the cache (untimed).
 * Logs over 1 MB are not cached, so the NDJSON corpus is left out.
 */
function oursCached(dir, work) {
  const ours = oursAt(dir, 'genesys-call-lint --cache, warm');
  const cacheOf = (corpus) => join(work, 'caches', corpus.path.replace(/[^\w.-]+/g, '_'));
  const command = (corpus) => {
    if (corpus.kind === 'ndjson') return undefined;
    const [file, argv] = ours.command(corpus);
    return [file, [argv[0], '--cache', '--cache-location', cacheOf(corpus), ...argv.slice(1)]];
  };
  return {
    ...ours,
    command,
    prime: (corpus) => {
      rmSync(cacheOf(corpus), { force: true });
      const [file, argv] = command(corpus);
      spawnSync(file, argv, { cwd: work, stdio: 'ignore' });
    },
  };
}

/** Every tool: name, command(corpus) → [file, args, env?] or undefined (n/a), countFlagged. */
export function createTools({ root, schemaFile, validatorFile, sourcemeta, baseline, work }) {
  const node = process.execPath;
  const tools = [
    { name: 'node -e 0', command: () => [node, ['-e', '0']] },
    {
      name: 'floor (parse + ajv standalone)',
      command: (corpus) => [node, [join(root, 'bench', 'support', 'floor.mjs'), validatorFile, corpus.path],
        { NODE_PATH: join(root, 'node_modules') }],
      countFlagged: count(/(\d+) invalid/),
    },
    {
      name: 'ajv-cli 5.0.0',
      // ajv-cli reads JSON files only; NDJSON is not something it can check.
      command: (corpus) => corpus.kind === 'ndjson' ? undefined : [node, [
        require.resolve('ajv-cli/dist/index.js'), 'validate', '-s', schemaFile,
        '-d', corpus.isSingle ? corpus.path : `${corpus.path}/**/*.json`,
        '-c', 'ajv-formats', '--strict=false', '--errors=line']],
      countFlagged: (stdout, stderr) => stderr.split('\n').filter((l) => / invalid$/.test(l)).length,
    },
  ];
  if (sourcemeta.binary) {
    tools.push({
      name: `sourcemeta ${SOURCEMETA_VERSION} --fast`,
      command: (corpus) => [sourcemeta.binary, ['validate', schemaFile, corpus.path, '--fast', '--continue']],
      countFlagged: (stdout, stderr) => count(/(\d+) failed/)(stdout, stderr) ?? 0,
    });
  }
  // --baseline DIR: another checkout of ours (built), to see what a change did in the same run.
  if (baseline) tools.push(oursAt(baseline, 'genesys-call-lint, baseline'));
  tools.push(oursAt(root, 'genesys-call-lint'));
  if (work) tools.push(oursCached(root, work));
  return tools;
}
