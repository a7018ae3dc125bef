#!/usr/bin/env node
// Launcher: runs the bundled CLI (dist/src/bundle/cli.cjs, made by scripts/bundle.mjs) from V8's
// code cache, which starts several times faster than loading the compiled modules one by one
// (issue 6); without a bundle (a build stopped after tsc) it runs those modules. CommonJS
// (bin/package.json), because Node starts a CommonJS entry a few ms sooner than an ES module.
'use strict';
const { closeSync, constants, fstatSync, openSync, readFileSync, readSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'src', 'bundle', 'cli.cjs');
// The bundle's name in stack traces. Not BUNDLE: V8 keeps the name it compiled a script under in
// the code cache, and a script compiled from that cache bears the kept name whatever it is given,
// so the cache the build records carried the build machine's path into every install. This one
// is the same everywhere: the bundle's place in the package, as it lies under node_modules.
const SCRIPT_NAME = 'genesys-call-lint/dist/src/bundle/cli.cjs';

/**
 * The bundle's exports, compiled from the cached code when V8 accepts it; undefined without a
 * bundle. npm run build makes both from the compiled modules; test/bundle.test.ts fails when the
 * bundle is not made from the modules beside it.
 */
function loadBundle() {
  const files = readBundleFiles();
  if (files === undefined) return undefined;
  // The bundle is ASCII (esbuild escapes the rest), and latin1 is the cheapest way to read that.
  // It is one function expression, (function (exports, require, module, __filename, __dirname)
  // {...}), wrapper included (scripts/bundle-options.mjs): V8 gets the text as read, not a copy.
  const cachedData = checkedCache(files);
  const script = new vm.Script(files.source.toString('latin1'), { filename: SCRIPT_NAME, cachedData });
  const module = { exports: {} };
  // This file's require serves the bundle: it asks only for Node's modules and, for send, the
  // Genesys SDK, which resolves the same from bin/ as from dist/src/bundle/ (the package's
  // node_modules, then the folders above it). node:module's createRequire cost ~0.5 ms a start.
  script.runInThisContext()(module.exports, require, module, BUNDLE, join(BUNDLE, '..'));
  const isCacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  return { exports: module.exports, script, files, isCacheUsed };
}

/** Names the bundle that runs, for --cache: its results hold only for the code that made them. */
function bundleBuildId(files) {
  return `bundle-${BigInt.asUintN(64, sourceHash(files)).toString(16)}-${files.source.length}`;
}

// V8 checks only a cache's version, flags and source length: one flipped byte in the cache
// crashed the process, and an edit of the bundle that kept its length ran the old code. So the
// cache file starts with a hash of the bundle and the cache together, and is used only if it fits.
const CACHE = `${BUNDLE}.cache`;
const HEADER = Buffer.from('gcl-code-cache-2');
const PAYLOAD_AT = HEADER.length + 8;

function checkedCache(files) {
  const { cacheFile } = files;
  if (cacheFile === undefined || cacheFile.length < PAYLOAD_AT) return undefined;
  if (!cacheFile.subarray(0, HEADER.length).equals(HEADER)) return undefined;
  const payload = cacheFile.subarray(PAYLOAD_AT);
  const sum = files.hash(payload, sourceHash(files) ^ BigInt(payload.length));
  return cacheFile.readBigInt64LE(HEADER.length) === sum ? payload : undefined;
}

function sourceHash(files) {
  files.sourceHash ??= files.hash(files.source, FNV_OFFSET ^ BigInt(files.source.length));
  return files.sourceHash;
}

// Recorded with the JavaScript hash and checked at every start with the WebAssembly one, so the
// build's own check that the cache is used (scripts/bundle.mjs) fails if the two ever disagree.
function writeCache(bundle) {
  const payload = bundle.script.createCachedData();
  const { source } = bundle.files;
  const sum = Buffer.alloc(8);
  sum.writeBigInt64LE(hashInJs(payload, hashInJs(source, FNV_OFFSET ^ BigInt(source.length)) ^
    BigInt(payload.length)));
  require('node:fs').writeFileSync(CACHE, Buffer.concat([HEADER, sum, payload]));
}

// The hash: 64 bits over 8-byte little-endian words, the last one padded with zeros,
// h = mix((h ^ word) * 0x100000001b3) with mix(x) = x ^ (x >>> 32). Every step can be undone, so
// a change to any one word always changes the result. node:zlib's crc32 did this job before,
// but loading zlib (and node:stream with it) took ~2 ms of every start (issue 6). At start it
// runs as a WebAssembly function, over the files read straight into its memory (~0.3 ms with
// the instance); under an address-space limit, or where WebAssembly memory cannot be had, the
// same hash runs in JavaScript, ~7 ms. In WebAssembly text:
//   (memory (export "memory") 1)
//   (func (export "hash") (param $from i32) (param $to i32) (param $h i64) (result i64)
//     (block $done (loop $next
//       (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
//       (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load (local.get $from)))
//                              (i64.const 0x100000001b3)))
//       (local.set $h (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 32))))
//       (local.set $from (i32.add (local.get $from) (i32.const 8)))
//       (br $next)))
//     (local.get $h))
const FNV_OFFSET = BigInt.asIntN(64, 0xcbf29ce484222325n);
const HASH_CODE = [
  0x00, // no locals but the parameters
  0x02, 0x40, 0x03, 0x40, // block $done, loop $next
  0x20, 0x00, 0x20, 0x01, 0x4f, 0x0d, 0x01, // br_if $done (from >= to)
  0x20, 0x02, 0x20, 0x00, 0x29, 0x03, 0x00, 0x85, // h ^ i64.load(from)
  0x42, 0xb3, 0x83, 0x80, 0x80, 0x80, 0x20, 0x7e, 0x22, 0x02, // * 0x100000001b3, tee h
  0x20, 0x02, 0x42, 0x20, 0x88, 0x85, 0x21, 0x02, // h = h ^ (h >>> 32)
  0x20, 0x00, 0x41, 0x08, 0x6a, 0x21, 0x00, // from += 8
  0x0c, 0x00, 0x0b, 0x0b, // br $next, end, end
  0x20, 0x02, 0x0b, // h
];
const name = (text) => [text.length, ...Buffer.from(text)];
const section = (id, bytes) => [id, bytes.length, ...bytes];
const HASH_MODULE = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // \0asm, version 1
  ...section(1, [0x01, 0x60, 0x03, 0x7f, 0x7f, 0x7e, 0x01, 0x7e]), // type (i32 i32 i64) -> i64
  ...section(3, [0x01, 0x00]), // one function of that type
  ...section(5, [0x01, 0x00, 0x01]), // one memory, one page to start with
  ...section(7, [0x02, ...name('memory'), 0x02, 0x00, ...name('hash'), 0x00, 0x00]),
  ...section(10, [0x01, HASH_CODE.length, ...HASH_CODE]),
]);

/**
 * Zeroed WebAssembly memory of at least `size` bytes and the hash of a Buffer that lies in it,
 * or undefined when there is no such memory or it should not be had (see below).
 */
function wasmMemory(size) {
  if (typeof WebAssembly !== 'object' || hasAddressSpaceLimit()) return undefined;
  try {
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(HASH_MODULE));
    const pages = Math.ceil(Math.max(size, 1) / 65536);
    if (pages > 1) exports.memory.grow(pages - 1);
    // A Buffer read into this memory is followed by zeros up to the next multiple of 8.
    const hash = (bytes, seed) =>
      exports.hash(bytes.byteOffset, bytes.byteOffset + align8(bytes.length), seed);
    return { bytes: new Uint8Array(exports.memory.buffer), hash };
  } catch {
    return undefined;
  }
}

/**
 * Whether the process's address space is limited (`ulimit -v`). V8 reserves about 10 GB of it
 * for any WebAssembly memory and gives it back only when a garbage collection frees the memory,
 * which a short run may never do: under a limit just above that, the lint itself ran out of
 * address space and aborted. So under any limit the JavaScript hash is used. Linux tells in
 * /proc/self/limits (~0.05 ms to read); elsewhere such limits are rare, and it is not checked.
 */
function hasAddressSpaceLimit() {
  let limits;
  try {
    limits = readFileSync('/proc/self/limits', 'latin1');
  } catch {
    return false;
  }
  const soft = /^Max address space\s+(\S+)/m.exec(limits)?.[1];
  return soft !== undefined && soft !== 'unlimited';
}

/** The same hash in JavaScript, for any bytes. */
function hashInJs(bytes, seed) {
  let hi = Number(BigInt.asUintN(32, seed >> 32n));
  let lo = Number(BigInt.asUintN(32, seed));
  const padded = new Uint8Array(align8(bytes.length));
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  for (let at = 0; at < padded.length; at += 8) {
    lo = (lo ^ view.getUint32(at, true)) >>> 0;
    hi = (hi ^ view.getUint32(at + 4, true)) >>> 0;
    // (hi:lo) * (2^40 + 0x1b3) mod 2^64: lo * 0x1b3 stays below 2^41, exact in a double.
    const low = lo * 0x1b3;
    hi = (Math.imul(hi, 0x1b3) + Math.floor(low / 0x100000000) + (lo << 8)) >>> 0;
    lo = ((low >>> 0) ^ hi) >>> 0;
  }
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}

const align8 = (n) => Math.ceil(n / 8) * 8;

/**
 * The bundle and its cache file (the bundle, zeros up to the next 8 bytes, the cache file), in the
 * hash's WebAssembly memory when there is one, so that both are hashed where they lie. Undefined
 * without a bundle; no cache file when it is missing, unreadable or no cache of ours.
 */
function readBundleFiles() {
  const bundle = openRegularFile(BUNDLE);
  if (bundle === undefined) return undefined;
  // Without WebAssembly (--jitless) V8 runs with other flags than the build's and would refuse
  // the cache anyway: it is not read.
  let cache = typeof WebAssembly === 'object' ? openRegularFile(CACHE) : undefined;
  // V8's cache of this bundle is about half its size: a file far larger is no cache of ours, and
  // reading it into memory (a huge file put there) would only cost time.
  if (cache !== undefined && cache.size > 2 * bundle.size + PAYLOAD_AT) {
    closeSync(cache.fd);
    cache = undefined;
  }
  try {
    const cacheAt = align8(bundle.size);
    const memory = wasmMemory(cacheAt + align8(cache?.size ?? 0));
    const hash = memory?.hash ?? hashInJs;
    const source = readWhole(bundle, memory?.bytes, 0);
    // Cut short while read (a build writing it): V8 finds it incomplete, and the modules run.
    if (source.length !== bundle.size || cache === undefined) return { source, hash };
    let cacheFile;
    try {
      cacheFile = readWhole(cache, memory?.bytes, cacheAt);
    } catch {
      // An I/O error: run without the cache.
    }
    return { source, hash, cacheFile: cacheFile?.length === cache.size ? cacheFile : undefined };
  } finally {
    closeSync(bundle.fd);
    if (cache) closeSync(cache.fd);
  }
}

/** Up to the size fstat gave, read into `memory` at `at` or into a Buffer of its own. */
function readWhole(file, memory, at) {
  const target = memory ?? Buffer.allocUnsafe(file.size);
  const start = memory ? at : 0;
  let done = 0;
  while (done < file.size) {
    const read = readSync(file.fd, target, start + done, file.size - done, done);
    if (read === 0) break;
    done += read;
  }
  return Buffer.from(target.buffer, target.byteOffset + start, done);
}

/** A regular file's descriptor and size, or undefined for anything else: a FIFO must not block. */
function openRegularFile(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isFile()) return { fd, size: stats.size };
  } catch {
    // Closed below.
  }
  closeSync(fd);
  return undefined;
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
  process.exitCode = await cli.runBinary(version, bundle && (() => bundleBuildId(bundle.files)));
  // The build checks that V8 takes the cache it recorded (scripts/bundle.mjs), as does a test.
  if (!bundle?.isCacheUsed && process.env.GENESYS_CALL_LINT_CHECK_CODE_CACHE === '1') {
    process.stderr.write('genesys-call-lint: the code cache was not used\n');
    process.exitCode = 2;
  }
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
