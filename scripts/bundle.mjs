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

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE_DIR = join(ROOT, 'dist', 'src', 'bundle');
const OUT_FILE = join(BUNDLE_DIR, 'cli.cjs');

// Modules that load others lazily through createRequire(import.meta.url), which a bundler cannot
// follow. In the bundle the plain `require` takes its place, so those modules are bundled too
// (and still evaluated only when first required).
const LAZY_REQUIRES = [
  { file: 'phone/load-libphonenumber.js', from: 'createRequire(import.meta.url)(', to: 'require(' },
  { file: 'lint/jsonc.js', from: 'createRequire(import.meta.url)(', to: 'require(' },
  { file: 'schema/registry.js', from: 'const require = createRequire(import.meta.url);', to: '' },
  { file: 'cli/config.js', from: 'const require = createRequire(import.meta.url);', to: '' },
];

const lazyRequires = {
  name: 'lazy-requires',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, (args) => {
      const rule = LAZY_REQUIRES.find((r) => args.path.replaceAll('\\', '/').endsWith(`/src/${r.file}`));
      if (!rule) return undefined;
      const source = readFileSync(args.path, 'utf8');
      // Fail the build rather than ship a bundle that silently loads these from disk.
      if (!source.includes(rule.from)) throw new Error(`${rule.file} no longer contains ${rule.from}`);
      return { contents: source.replace(rule.from, rule.to), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// JSON modules (schemas, phone-number metadata) as JSON.parse of a string rather than as object
// literals: V8 parses JSON text faster than the same data as code, and the code cache stays small.
const jsonAsText = {
  name: 'json-as-text',
  setup(plugin) {
    plugin.onLoad({ filter: /\.json$/ }, (args) => {
      // Parsed and written again: checks the JSON at build time and drops its blank space.
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

rmSync(OUT_FILE, { force: true });
rmSync(`${OUT_FILE}.cache`, { force: true });
const result = await build({
  entryPoints: [join(BUNDLE_DIR, 'entry.js')],
  outfile: OUT_FILE,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Packages' ES builds: jsonc-parser's CommonJS entry is a UMD wrapper a bundler cannot follow.
  mainFields: ['module', 'main'],
  // import() becomes require() (still lazy): code compiled through vm.Script, as bin/ does, has no
  // module loader behind import() on Node 20.
  supported: { 'dynamic-import': false },
  // The Genesys SDK is loaded only by `send`, is large, and reads files at import: not bundled.
  external: ['purecloud-platform-client-v2'],
  // The bundle sits at the same depth below the package root as the modules it replaces, so
  // paths relative to import.meta.url (docs/rules/, schemas/) still resolve.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [lazyRequires, jsonAsText],
  logLevel: 'warning',
  legalComments: 'none',
  // Drops comments and blank space (a smaller file to read at every start); names are kept, so
  // the stack of an internal error still reads.
  minifyWhitespace: true,
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
// bin/ reads the bundle as latin1, which is right only for ASCII (esbuild's default charset).
if (readFileSync(OUT_FILE).some((byte) => byte > 0x7f)) throw new Error(`${OUT_FILE} is not ASCII`);
process.stdout.write(`bundle: ${OUT_FILE} (${(bytes / 1024).toFixed(0)} KiB)\n`);

// Record the code cache from a real run, so that the functions a lint needs are in it: one clean
// body and one with findings, as a typical run sees.
const warmDir = mkdtempSync(join(tmpdir(), 'genesys-call-lint-warm-'));
try {
  const clean = { phoneNumber: '+13175550142', callerId: '+13175550100', callerIdName: 'Support' };
  const broken = { to: { type: 'phone', address: '317-555-0142' }, callerId: '3175550100', priority: '2' };
  writeFileSync(join(warmDir, 'clean.json'), `${JSON.stringify(clean, null, 2)}\n`);
  writeFileSync(join(warmDir, 'broken.json'), `${JSON.stringify(broken, null, 2)}\n`);
  const warm = spawnSync(process.execPath, [join(ROOT, 'bin', 'genesys-call-lint.js'), '--no-config',
    join(warmDir, 'clean.json'), join(warmDir, 'broken.json')],
  { cwd: warmDir, env: { ...process.env, GENESYS_CALL_LINT_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' });
  // Exit 1: the broken body has findings, as intended.
  if (warm.status !== 1 || !existsSync(`${OUT_FILE}.cache`)) {
    process.stderr.write(`bundle: the warm-up run failed (exit ${warm.status}):\n${warm.stderr}`);
    process.exit(1);
  }
} finally {
  rmSync(warmDir, { recursive: true, force: true });
}
