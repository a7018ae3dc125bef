// How much of a file a run reads before it refuses it or knows its format, counted by the kernel
// (rchar in /proc/self/io: every byte this process read). A one-line 65 MB .json file was read
// to 87 MB (its head at 64 KiB, 256 KiB, ... up to the limit) before --max-file-size refused it.
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  closeSync, existsSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from './support/run-cli.js';

const MB = 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'gcl-read-before-refusing-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A file of `size` bytes that holds `start` and then a hole (no disk space taken). */
function sparseFile(name: string, start: string, size: number): string {
  const path = join(work, name);
  const fd = openSync(path, 'w');
  writeSync(fd, start);
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

function bytesReadSoFar(): number {
  return Number(/^rchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))![1]);
}

/** The CLI run in this process, and how many bytes the process read meanwhile. */
async function measured(argv: string[]): Promise<{ run: CliRun; read: number }> {
  const before = bytesReadSoFar();
  const run = await runCli(argv, { cwd: work });
  return { run, read: bytesReadSoFar() - before };
}

const describeOnLinux = existsSync('/proc/self/io') ? describe : describe.skip;

describeOnLinux('a file is not read past what its refusal or its format needs', () => {
  test('a one-line .json over --max-file-size is refused after reading little of it', async () => {
    const file = sparseFile('big.json', '{"phoneNumber":"', 20 * MB);
    const { run, read } = await measured(['--no-config', '--max-file-size', '16', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('big.json: is 20 MB (20971520 bytes), over the --max-file-size limit');
    // Its first MB (the read that serves small bodies) and its first 64 KiB (is it a HAR?).
    expect(read).toBeLessThan(4 * MB);
  });

  test('a log named .ndjson is read once, not first to find where its long first line ends', async () => {
    const record = JSON.stringify({ phoneNumber: '+13175550142', label: 'x'.repeat(12 * MB) });
    const file = join(work, 'long.ndjson');
    writeFileSync(file, `${record}\n`);
    const { run, read } = await measured(['--no-config', '-f', 'compact', file]);
    expect(run.code).toBe(0);
    expect(read).toBeLessThan(record.length * 1.5);
  });
});
