// A FIFO named on the command line is read as standard input is: process substitution
// (`genesys-call-lint <(jq . b.json)`) names /dev/fd/63, which was refused as "a FIFO". One with
// no writer fails at once, and one found in a folder is still never opened.
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../src/index.js';
import { BIN } from './support/paths.js';
import { runCli, type CliRun } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'gcl-named-pipe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The binary run by bash with `script` after it, so that <(...) is bash's process substitution. */
function viaBash(script: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `"${process.execPath}" "${BIN}" --no-config ${script}`],
      { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('FIFOs named on the command line', () => {
  writeFileSync(join(work, 'b.json'), '{"to":"+13175550142"}');

  test('a process substitution is linted as the body it gives, under its /dev/fd name', async () => {
    const run = await viaBash('-f compact <(cat b.json)');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^\/dev\/fd\/\d+:1:2: error CreateCallRequest has no member "to"/m);
    expect(run.stderr).toBe('');
  });

  test('one that gives a log is read as a log, line by line', async () => {
    const run = await viaBash('-f compact <(printf \'{"phoneNumber":"+13175550142"}\\n' +
      '{"phoneNumber":"x"}\\n\')');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/:2:16: error .*\(NDJSON line 2\) \[invalid-phone\]/);
  });

  test('--fix refuses one, as it refuses stdin, having no file to write', async () => {
    const run = await viaBash('--fix <(cat b.json)');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--fix rewrites files, and \/dev\/fd\/\d+ is a pipe, read as standard input/);
  });

  test('a named FIFO no program writes to fails at once, saying so', async () => {
    execFileSync('mkfifo', [join(work, 'nobody.json')]);
    const run = await runCli(['--no-config', 'nobody.json', 'b.json'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('genesys-call-lint: nobody.json: is a FIFO that nothing was ' +
      'writing to (no program had it open for writing, or its writer ended without writing)');
    expect(run.stderr).toContain('genesys-call-lint <(jq . body.json)');
  });

  test('lintFiles, which reads no standard input, still refuses one', async () => {
    execFileSync('mkfifo', [join(work, 'api.json')]);
    const out = await lintFiles(['api.json'], { cwd: work, config: false });
    expect(out.failures.map((f) => f.message)).toEqual(
      ['is not a regular file or directory (a FIFO, socket or device); skipped']);
  });
});
