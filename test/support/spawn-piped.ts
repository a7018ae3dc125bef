// Runs the binary with a pipe on stdin that the test writes to piece by piece, and lets it wait
// for output before writing more: what a `tail -f app.log | genesys-call-lint -` user sees.
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, ROOT } from './paths.js';
import type { CliRun } from './run-cli.js';

export interface PipedCli {
  write(bytes: string | Uint8Array): void;
  /** Closes stdin, after writing `bytes` if given. */
  end(bytes?: string | Uint8Array): void;
  /** Stdout so far, once it matches `pattern`; waits as long as the test's timeout allows. */
  stdoutMatching(pattern: RegExp): Promise<string>;
  /** The run, once the process has exited. */
  done: Promise<CliRun>;
  /** Sends the process a signal (SIGKILL: a run killed halfway, leaving what it made). */
  kill(signal: NodeJS.Signals): void;
}

const running = new Set<ChildProcess>();

/** Ends the children a failed test left waiting on their stdin; for afterEach. */
export function killPipedClis(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export function startPipedCli(argv: string[], cwd = ROOT): PipedCli {
  return startPipedScript(BIN, argv, cwd);
}

/** As startPipedCli, for another Node script (a helper of the tests). */
export function startPipedScript(script: string, argv: string[], cwd = ROOT): PipedCli {
  const child = spawn(process.execPath, [script, ...argv], {
    cwd, env: { PATH: process.env['PATH'] }, stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  const waiting: Array<{ pattern: RegExp; resolve: (text: string) => void }> = [];
  // Decoded as a stream: a character split between two chunks is not two broken halves.
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stdout!.on('data', (d: string) => {
    stdout += d;
    for (const wait of waiting.filter((w) => w.pattern.test(stdout))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve(stdout);
    }
  });
  child.stderr!.on('data', (d: string) => (stderr += d));
  // A CLI that stops reading early (a bad byte) may close the pipe before the test's last write.
  child.stdin!.on('error', () => {});
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      running.delete(child);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
  return {
    write: (bytes) => child.stdin!.write(bytes),
    end: (bytes) => (bytes === undefined ? child.stdin!.end() : child.stdin!.end(bytes)),
    kill: (signal) => child.kill(signal),
    stdoutMatching: (pattern) => pattern.test(stdout) ? Promise.resolve(stdout)
      : new Promise((resolve) => waiting.push({ pattern, resolve })),
    done,
  };
}
