#!/usr/bin/env node
// Thin launcher: run the CLI and leave with its exit code. Everything else lives in dist/.
import { fstatSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { main } from '../dist/src/cli/main.js';
import { readStdin } from '../dist/src/cli/read-stdin.js';

let readerGone = false;
const gone = new Promise((resolve) => {
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
    resolve(undefined);
  });
});

/** Something was piped or redirected in: not a terminal, /dev/null or a closed descriptor. */
function hasPipedInput() {
  try {
    const stats = fstatSync(0);
    return stats.isFIFO() || stats.isFile() || stats.isSocket();
  } catch {
    return false;
  }
}

async function askAtTerminal(question) {
  const { createInterface } = await import('node:readline/promises');
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: {
    // Wait for 'drain' when the pipe is full, so big runs stream in bounded memory. Once the
    // reader has gone (`| head`), further output is dropped instead of failing with EPIPE.
    write: (text) => {
      if (readerGone) return undefined;
      return process.stdout.write(text) ? undefined : Promise.race([once(process.stdout, 'drain'), gone]);
    },
    isTTY: process.stdout.isTTY,
  },
  stderr: process.stderr,
  readStdin: () => (hasPipedInput() ? readStdin(process.stdin) : undefined),
  // send asks before sending only when someone is at a terminal to answer.
  ...(process.stdin.isTTY && process.stderr.isTTY ? { confirm: askAtTerminal } : {}),
  version,
});
