#!/usr/bin/env node
// Launcher: runs the bundled CLI (dist/src/bundle/cli.cjs, made by scripts/bundle.mjs) from V8's
// code cache, which starts several times faster than loading the compiled modules one by one
// (issue 6); without a bundle (after a plain `tsc`) it runs those modules. CommonJS
// (bin/package.json), because Node starts a CommonJS entry a few ms sooner than an ES module.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'src', 'bundle', 'cli.cjs');
// Written by every tsc run; the bundle is made after it (scripts/bundle.mjs).
const MODULES_STAMP = join(__dirname, '..', 'dist', 'src', 'cli', 'run-binary.js');

/**
 * The bundle's exports, compiled from the cached code when V8 accepts it; undefined without a
 * bundle, or with one older than the compiled modules (a plain `tsc` after `npm run build`), which
 * would otherwise run yesterday's code.
 */
function loadBundle() {
  let source;
  try {
    if (statSync(BUNDLE).mtimeMs < statSync(MODULES_STAMP).mtimeMs) return undefined;
    // The bundle is ASCII (esbuild escapes the rest), and latin1 is the cheapest way to read that.
    source = readFileSync(BUNDLE, 'latin1');
  } catch {
    return undefined;
  }
  let cachedData;
  try {
    cachedData = readFileSync(`${BUNDLE}.cache`);
  } catch {
    // No cache: compiled from source, a little slower.
  }
  // The bundle has no import(): code compiled this way has no module loader behind it.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require('node:module').createRequire(BUNDLE), module, BUNDLE,
    join(BUNDLE, '..'));
  return { exports: module.exports, script };
}

async function launch() {
  const bundle = loadBundle();
  const cli = bundle?.exports ?? (await import('../dist/src/cli/run-binary.js'));
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  process.exitCode = await cli.runBinary(version);
  // The build records the cache after a warm-up run, with the functions that ran compiled in it.
  if (bundle && process.env.GENESYS_CALL_LINT_WRITE_CODE_CACHE === '1') {
    require('node:fs').writeFileSync(`${BUNDLE}.cache`, bundle.script.createCachedData());
  }
}

launch().catch((error) => {
  process.stderr.write(`genesys-call-lint: internal error, please report it:\n${error?.stack ?? error}\n`);
  process.exitCode = 2;
});
