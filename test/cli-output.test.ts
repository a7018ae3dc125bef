// Standard output of the binary (src/cli/stdout-writer.ts): written straight to the descriptor
// into files and pipes, through process.stdout when a pipe is non-blocking and full. Whatever the
// route, the report is the same bytes; a reader that goes away ends the run quietly, and a write
// that fails (a full disk) is an exit 2 that says so, never an internal error.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from './support/paths.js';

const work = mkdtempSync(join(tmpdir(), 'gcl-stdout-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A log whose report is far bigger than a pipe's buffer (64 KiB) and full of multi-byte
// characters: 30 bodies, as a body lists at most 100 findings of a rule. Its file name is padded
// so that byte 65,536 of the report, where a write into a full non-blocking pipe stops, falls
// inside a character.
const members = Array.from({ length: 100 }, (_, i) => `"${"ключ日本".repeat(6)}${i}": "${'日本'.repeat(20)}"`)
  .join(', ');
const LOG = `${Array.from({ length: 30 }, () => `{"phoneNumber": "+13175550142", ${members}}`).join('\n')}\n`;
const PIPE_BUFFER = 65_536;

/** The report as written to a file with --output-file: the bytes every route must give. */
function reportOf(argv: string[]): Buffer {
  const file = join(work, 'report.txt');
  const run = spawnSync(process.execPath, [...argv, '--output-file', file]);
  expect(run.status).toBe(1);
  return readFileSync(file);
}

function argvCuttingACharacter(): { argv: string[]; report: Buffer } {
  for (let pad = 0; pad < 16; pad++) {
    const body = join(work, `many-keys${'_'.repeat(pad)}.ndjson`);
    writeFileSync(body, LOG);
    const argv = [BIN, '--no-config', '-f', 'compact', body];
    const report = reportOf(argv);
    // A continuation byte (10xxxxxx): the character started before the cut.
    if ((report[PIPE_BUFFER]! & 0xc0) === 0x80) return { argv, report };
  }
  throw new Error('no padding puts a character across the pipe buffer\'s end');
}

const { argv: ARGV, report: REPORT } = argvCuttingACharacter();

/**
 * Runs argv with its stdout into a real pipe (a shell's |; Node's own child pipes are sockets,
 * with other buffer sizes) whose reader starts only after a pause, so that the pipe fills first.
 */
function runIntoSlowPipe(argv: string[]): { out: Buffer; err: string } {
  const run = spawnSync('sh', ['-c', '"$@" | (sleep 1; cat)', 'sh', ...argv], { maxBuffer: 1 << 26 });
  return { out: run.stdout, err: run.stderr.toString() };
}

describe('the binary\'s standard output', () => {
  test('a blocking pipe with a slow reader gets exactly the file\'s bytes', () => {
    const run = runIntoSlowPipe([process.execPath, ...ARGV]);
    expect(run.err).toBe('');
    expect(run.out.equals(REPORT)).toBe(true);
  });

  test('a non-blocking pipe that fills gets exactly the file\'s bytes, characters unbroken', () => {
    // Python sets O_NONBLOCK on the pipe, then becomes the CLI: a write then ends in EAGAIN at
    // byte 65,536, inside a character (see argvCuttingACharacter).
    const nonBlocking = 'import fcntl, os, sys; ' +
      'fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK); ' +
      'os.execv(sys.argv[1], sys.argv[1:])';
    const run = runIntoSlowPipe(['python3', '-c', nonBlocking, process.execPath, ...ARGV]);
    expect(run.err).toBe('');
    expect(run.out.equals(REPORT)).toBe(true);
  });

  test('a reader that stops after the first line ends the run quietly with its exit code', async () => {
    const run = await new Promise<{ code: number | null; err: string; first: string }>((resolve) => {
      const child = spawn(process.execPath, ARGV, { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      let first = '';
      child.stdout.once('data', (chunk: Buffer) => {
        first = chunk.toString().split('\n')[0]!;
        child.stdout.destroy();
      });
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('close', (code) => resolve({ code, err, first }));
    });
    expect(run.first).toMatch(/many-keys_*\.ndjson:\d+:\d+: error /);
    expect(run.err).toBe('');
    expect(run.code).toBe(1);
  });

  test('a full disk is exit 2 with the reason, not an internal error', () => {
    expect(existsSync('/dev/full')).toBe(true);
    const run = spawnSync('sh', ['-c', '"$0" "$@" > /dev/full', process.execPath, ...ARGV], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('could not write the report to standard output (ENOSPC)');
    expect(run.stderr).not.toContain('internal error');
  });
});

describe('write failures elsewhere', () => {
  test('--output-file on a full disk is exit 2 with the reason, not an internal error', () => {
    const run = spawnSync(process.execPath, [...ARGV, '--output-file', '/dev/full'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('could not write the report to /dev/full (ENOSPC); it is incomplete');
    expect(run.stderr).not.toContain('internal error');
  });

  test('standard error whose reader has gone does not crash the run or change its exit code', () => {
    const missing = Array.from({ length: 2_000 }, (_, i) => `missing-${i}.json`);
    const script = '"$@" 2>&1 | head -1 > /dev/null; echo "${PIPESTATUS[0]}"';
    const run = spawnSync('bash', ['-c', script, 'bash', process.execPath, BIN, '--no-config', ...missing],
      { cwd: work, encoding: 'utf8' });
    // 2: inputs could not be read. A crash on EPIPE used to exit 1, which means "findings".
    expect(run.stdout.trim()).toBe('2');
  });
});

describe('the report is never one of the inputs', () => {
  const BAD = '{"to":{"phoneNumber":"+13175550142"}}';
  const GOOD = '{"phoneNumber":"+13175550142"}';
  const folder = (name: string): string => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ok.json'), GOOD);
    return dir;
  };
  const cli = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [BIN, '--no-config', ...args], { cwd, encoding: 'utf8' });

  test('--output-file naming an input is refused before anything is written (exit 2)', () => {
    const dir = folder('named');
    writeFileSync(join(dir, 'victim.json'), BAD);
    const run = cli(['victim.json', '-o', 'victim.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('victim.json is an input and also where the report is written (--output-file)');
    expect(readFileSync(join(dir, 'victim.json'), 'utf8')).toBe(BAD);
  });

  test('a long report written to --output-file leaves stderr clean (no listener-leak warning)', () => {
    const dir = folder('long-report');
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `bad-${i}.json`), BAD);
    const run = cli(['-f', 'json', '.', '-o', 'report.json'], dir);
    expect([run.status, run.stderr]).toEqual([1, '']);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toEqual(expect.objectContaining({ bodyCount: 301 }));
  });

  test('--output-file naming a hard link of an input is refused too, the input left whole', () => {
    const dir = folder('hard-link');
    writeFileSync(join(dir, 'victim.json'), BAD);
    linkSync(join(dir, 'victim.json'), join(dir, 'report.txt'));
    const run = cli(['victim.json', '-o', 'report.txt'], dir);
    expect(run.stderr).toContain('victim.json is an input and also where the report is written (--output-file)');
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'victim.json'), 'utf8')).toBe(BAD);
  });

  test('a report left in a linted folder by an earlier run is skipped, not linted', () => {
    const dir = folder('again');
    expect(cli(['-f', 'json', '.', '-o', 'report.json'], dir).status).toBe(0);
    const again = cli(['-f', 'json', '.', '-o', 'report.json'], dir);
    expect(again.stderr).toContain('report.json: skipped, it is where the report is written (--output-file)');
    expect(again.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toEqual(expect.objectContaining({ bodyCount: 1 }));
  });

  test('standard output sent into a file in the linted folder is skipped too', () => {
    const dir = folder('redirect');
    const run = spawnSync('sh', ['-c', '"$0" "$@" > report.json', process.execPath, BIN, '--no-config', '-f', 'json', '.'],
      { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toContain('report.json: skipped, it is where the report is written (standard output)');
    expect(run.status).toBe(0);
  });
});
