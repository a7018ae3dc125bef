// The process edge of the CLI: real stdin, stdout and stderr in, exit code out. The launcher in
// bin/ calls this, from the bundled build when there is one (bin/genesys-call-lint.js).
import { createRequire } from 'node:module';
import { askAtTerminal } from './ask-at-terminal.js';
import { EXIT } from './exit-codes.js';
import { main } from './main.js';
import { findNoStdin } from './stdin-kind.js';
import { createStdoutWriter } from './stdout-writer.js';

/** buildId: a hash of the bundle that runs, from the launcher (for --cache). */
export async function runBinary(version: string, buildId?: () => string): Promise<number> {
  const stdout = createStdoutWriter();
  const io = {
    ...(buildId === undefined ? {} : { buildId }),
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout,
    stdoutFile: () => stdout.file,
    // Created on first use, like process.stdin: most runs write nothing there.
    get stderr() {
      return stderr();
    },
    readStdin: () => findNoStdin() ?? process.stdin,
    version,
    // send asks before sending only when someone is at a terminal to answer. Decided when asked:
    // node:tty (and process.stdin, which opens a stream) load Node's network and stream modules,
    // a few ms that no lint run needs (issue 6).
    get confirm() {
      const { isatty } = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
      return isatty(0) && process.stderr.isTTY ? askAtTerminal : undefined;
    },
  };
  const code = await main(io);
  const failure = io.stdout.failure;
  if (failure === undefined) return code;
  process.stderr.write(`genesys-call-lint: could not write the report to standard output (${failure}); ` +
    'it is incomplete\n  Check where the output goes (a full disk?), or write it with --output-file.\n');
  return EXIT.FAILURE;
}

/**
 * process.stderr, whose write errors (a reader gone from `2>&1 | head`, a full disk) would
 * otherwise crash the process with exit 1: messages are lost then, and the exit code still says
 * what happened.
 */
function stderr(): NodeJS.WriteStream {
  if (process.stderr.listenerCount('error') === 0) process.stderr.on('error', () => {});
  return process.stderr;
}
