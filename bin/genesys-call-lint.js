#!/usr/bin/env node
// Launcher: runs the bundled CLI (dist/src/bundle/cli.cjs, made by scripts/bundle.mjs) from V8's
// code cache, which starts several times faster than loading the compiled modules one by one
// (issue 6); without a bundle (a build stopped after tsc) it runs those modules. CommonJS
// (bin/package.json), because Node starts a CommonJS entry a few ms sooner than an ES module.
'use strict';
const { closeSync, constants, fstatSync, openSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'src', 'bundle', 'cli.cjs');

/**
 * The bundle's exports, compiled from the cached code when V8 accepts it; undefined without a
 * bundle. npm run build makes both from the compiled modules; test/bundle.test.ts fails when the
 * bundle is not made from the modules beside it.
 */
function loadBundle() {
  const source = readRegularFile(BUNDLE);
  if (source === undefined) return undefined;
  // The bundle is ASCII (esbuild escapes the rest), and latin1 is the cheapest way to read that.
  // It is one function expression, (function (exports, require, module, __filename, __dirname)
  // {...}), wrapper included (scripts/bundle-options.mjs): V8 gets the text as read, not a copy.
  const script = new vm.Script(source.toString('latin1'),
    { filename: BUNDLE, cachedData: checkedCache(source, readRegularFile(CACHE)) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require('node:module').createRequire(BUNDLE), module, BUNDLE,
    join(BUNDLE, '..'));
  return { exports: module.exports, script, source };
}

/** Names the bundle that runs, for --cache: its results hold only for the code that made them. */
function bundleBuildId(source) {
  return `bundle-${require('node:zlib').crc32(source).toString(16)}-${source.length}`;
}

// V8 checks only a cache's version, flags and source length: one flipped byte in the cache
// crashed the process, and an edit of the bundle that kept its length ran the old code. So the
// cache file starts with a CRC-32 of the bundle and the cache together (about 2 ms to check).
const CACHE = `${BUNDLE}.cache`;
const HEADER = Buffer.from('gcl-code-cache-1');

function checkedCache(source, file) {
  if (file === undefined || file.length < HEADER.length + 4) return undefined;
  if (!file.subarray(0, HEADER.length).equals(HEADER)) return undefined;
  const cache = file.subarray(HEADER.length + 4);
  return file.readUInt32LE(HEADER.length) === checksum(source, cache) ? cache : undefined;
}

function checksum(source, cache) {
  const { crc32 } = require('node:zlib');
  return crc32(cache, crc32(source));
}

function writeCache(bundle) {
  const cache = bundle.script.createCachedData();
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(checksum(bundle.source, cache));
  require('node:fs').writeFileSync(CACHE, Buffer.concat([HEADER, sum, cache]));
}

/** A regular file's bytes, or undefined for anything else: a FIFO put there must not block. */
function readRegularFile(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The bundle, or undefined (the modules run instead) when it is missing or cannot be compiled:
 * a bundle cut short (a full disk, an interrupted install) would otherwise print its source.
 */
function loadBundleOrNote() {
  try {
    return loadBundle();
  } catch (error) {
    process.stderr.write(`genesys-call-lint: the bundled build ${BUNDLE} is damaged (${error?.name ?? error}); ` +
      'running the unbundled modules, which start slower.\n  Reinstall genesys-call-lint, or run npm run build.\n');
    return undefined;
  }
}

async function launch() {
  const bundle = loadBundleOrNote();
  const cli = bundle?.exports ?? (await import('../dist/src/cli/run-binary.js'));
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  process.exitCode = await cli.runBinary(version, bundle && (() => bundleBuildId(bundle.source)));
  // The build records the cache after a warm-up run, with the functions that ran compiled in it.
  if (bundle && process.env.GENESYS_CALL_LINT_WRITE_CODE_CACHE === '1') {
    try {
      writeCache(bundle);
    } catch (error) {
      process.stderr.write(`genesys-call-lint: code cache not written (${error.code ?? error.message})\n`);
    }
  }
  // With nothing left pending (no timer, request, or stream such as process.stderr still open),
  // exit now: leaving through the event loop runs a garbage collection V8 has queued and tears
  // the heap down, about 1.5 ms of every run (issue 6). Anything pending gets the ordinary exit.
  if (process.getActiveResourcesInfo().length === 0) process.exit();
}

launch().catch((error) => {
  process.stderr.write(`genesys-call-lint: internal error, please report it:\n${error?.stack ?? error}\n`);
  process.exitCode = 2;
});
