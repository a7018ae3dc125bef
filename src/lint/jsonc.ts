// jsonc-parser, loaded the first time a token scan is needed: clean bodies never need one, and
// the module's start-up work (tables of interned strings) cost every run about 2 ms (issue 6).
// lintText is synchronous, hence require() and not import(); the bundle replaces this require
// with its own (scripts/bundle.mjs).
import { createRequire } from 'node:module';

type JsoncParser = typeof import('jsonc-parser');

let loaded: JsoncParser | undefined;

export function jsonc(): JsoncParser {
  loaded ??= createRequire(import.meta.url)('jsonc-parser') as JsoncParser;
  return loaded;
}
