#!/usr/bin/env node
// Run by `prepare`, which npm runs before it packs: takes the "//# sourceMappingURL=" line off
// every compiled module below dist/src/ (or the folder given). The package does not ship the
// maps ("files" leaves them out), and a bundler that follows such a line to a missing file warns
// about it. `npm run build` writes the maps and the lines again: Jest finds a map through its
// line, and our tests' traces name src/*.ts lines through them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = process.argv[2] ?? join(ROOT, 'dist', 'src');
// tsc ends a module with the line, after a newline; the line names a file, never inline data here.
const MAP_LINE = /\n\/\/# sourceMappingURL=[^\n]*\.map\n?$/;

let count = 0;
for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(?:c|m)?js$/.test(entry.name)) continue;
  const file = join(entry.parentPath, entry.name);
  const text = readFileSync(file, 'utf8');
  if (!MAP_LINE.test(text)) continue;
  writeFileSync(file, text.replace(MAP_LINE, '\n'));
  count++;
}
process.stdout.write(`strip-source-map-comments: ${count} files in ${folder}\n`);
