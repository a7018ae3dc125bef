#!/usr/bin/env node
// Step of `npm run build` after the CLI's bundle: the Jest matcher's CommonJS entries,
// dist/src/jest/index.cjs and setup.cjs, which package.json "exports" gives to require(). Jest in
// its default mode loads test files and setup files through require() and refused our ES modules.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { matcherBundleOptions } from './bundle-options.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

await build(matcherBundleOptions(ROOT));
process.stdout.write(`bundle: ${join(ROOT, 'dist', 'src', 'jest')}/{index,setup}.cjs\n`);
