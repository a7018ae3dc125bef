#!/usr/bin/env node
// Thin launcher: run the CLI and leave with its exit code. Everything else lives in dist/.
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { main } from '../dist/src/cli/main.js';
import { readStdin } from '../dist/src/cli/read-stdin.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: {
    // Wait for 'drain' when the pipe is full, so big runs stream in bounded memory.
    write: (text) => (process.stdout.write(text) ? undefined : once(process.stdout, 'drain')),
    isTTY: process.stdout.isTTY,
  },
  stderr: process.stderr,
  readStdin: () => (process.stdin.isTTY ? undefined : readStdin(process.stdin)),
  version,
});
