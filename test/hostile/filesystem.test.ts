// Issue 7: the file system as an adversary. One bad input never stops the others from being
// linted; the summary counts what could not be read and the exit code (2) says so; nothing hangs.
import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintInput, type InputHandlers } from '../../src/cli/lint-inputs.js';
import type { InputFailure } from '../../src/reporters/reporter.js';
import { BIN } from '../support/paths.js';
import { runCli, spawnCli } from '../support/run-cli.js';

const GOOD = '{"phoneNumber":"+13175550142"}';
const root = mkdtempSync(join(tmpdir(), 'gcl-fs-'));

function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good.json'), GOOD);
  return dir;
}

function summary(stdout: string): { bodyCount: number; failureCount: number } {
  return JSON.parse(stdout) as { bodyCount: number; failureCount: number };
}

describe('hostile file system', () => {
  test('symlink loops neither hang the run nor stop the other files', async () => {
    const dir = folder('loop');
    symlinkSync('..', join(dir, 'up'));
    symlinkSync('other.json', join(dir, 'self.json'));
    symlinkSync('self.json', join(dir, 'other.json'));
    // Inside a folder, a link to a folder holding it is not walked, and a .json link that loops
    // is an input failure (exit 2) as it is when named: good.json is linted, and once.
    const walked = await spawnCli(['-f', 'json', dir]);
    expect(walked.code).toBe(2);
    expect(summary(walked.stdout)).toEqual(expect.objectContaining({ bodyCount: 1, failureCount: 2 }));
    expect(walked.stderr).toContain('self.json: is a symbolic link that loops or points at itself');
    // Named on the command line, the looping link is an input failure (exit 2), the rest linted.
    const named = await spawnCli(['-f', 'json', join(dir, 'self.json'), join(dir, 'good.json')]);
    expect(named.code).toBe(2);
    expect(summary(named.stdout)).toEqual(expect.objectContaining({ bodyCount: 1, failureCount: 1 }));
  });

  test('an unreadable file is reported (EACCES) and the others are still linted', () => {
    const dir = folder('unreadable');
    const secret = join(dir, 'secret.json');
    writeFileSync(secret, GOOD);
    chmodSync(secret, 0o600);
    // Root reads any file, so the binary runs as nobody; the folder itself stays readable.
    chmodSync(root, 0o755);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'good.json'), 0o644);
    const isRoot = process.getuid?.() === 0;
    const argv = [BIN, '-f', 'json', dir];
    const run = isRoot
      ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, ...argv], { encoding: 'utf8' })
      : (chmodSync(secret, 0o000), spawnSync(process.execPath, argv, { encoding: 'utf8' }));
    expect(run.stderr).toContain('secret.json: cannot be read (EACCES)');
    expect(summary(run.stdout)).toEqual(expect.objectContaining({ bodyCount: 1, failureCount: 1 }));
    expect(run.status).toBe(2);
  });

  test('an unreadable folder inside a linted one is named relative to the current folder', () => {
    const dir = folder('locked-inside');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'hidden.json'), GOOD);
    chmodSync(root, 0o755);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'good.json'), 0o644);
    chmodSync(join(dir, 'locked'), 0o000);
    const isRoot = process.getuid?.() === 0;
    const argv = [BIN, '-f', 'json', '.'];
    try {
      // Root reads any folder, so the binary runs as nobody.
      const run = isRoot
        ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, ...argv], { cwd: dir, encoding: 'utf8' })
        : spawnSync(process.execPath, argv, { cwd: dir, encoding: 'utf8' });
      expect(run.stderr).toContain('genesys-call-lint: locked: a folder under . cannot be read (EACCES)');
      expect(summary(run.stdout)).toEqual(expect.objectContaining({ bodyCount: 1, failureCount: 1 }));
      expect(run.status).toBe(2);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  test('a file name that is not UTF-8 is reported as such, not as a missing file', () => {
    const dir = folder('latin1-name');
    // "café.json" in Latin-1: Node lists and reads argv as UTF-8, so the name comes out with U+FFFD.
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.json')]), GOOD);
    const inFolder = spawnSync(process.execPath, [BIN, '-f', 'json', '.'], { cwd: dir, encoding: 'utf8' });
    const named = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" -f json "$(printf 'caf\\351.json')"`],
      { cwd: dir, encoding: 'utf8' });
    for (const run of [inFolder, named]) {
      expect(run.stderr).toContain('caf\uFFFD.json: cannot be opened: its name is not valid UTF-8');
      expect(run.status).toBe(2);
    }
    expect(summary(inFolder.stdout)).toEqual(expect.objectContaining({ bodyCount: 1, failureCount: 1 }));
  });

  test('a FIFO inside a folder is not opened, and the run does not block', async () => {
    const dir = folder('fifo-inside');
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    const run = await spawnCli(['-f', 'json', dir]);
    expect(run.code).toBe(0);
    expect(summary(run.stdout).bodyCount).toBe(1);
  });

  test('a FIFO named on the command line with no writer fails at once (exit 2), not waited on',
    async () => {
      const dir = folder('fifo-named');
      execFileSync('mkfifo', [join(dir, 'named.json')]);
      const run = await spawnCli([join(dir, 'named.json'), join(dir, 'good.json')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('named.json: is a FIFO that nothing was writing to');
      expect(run.stdout).toContain('1 body checked');
    });

  test('a device named on the command line is refused', async () => {
    const run = await runCli(['/dev/zero']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/dev/zero: is not a regular file');
  });

  test('a file replaced by a FIFO after it was listed is skipped, not blocked on', async () => {
    const dir = folder('swapped');
    execFileSync('mkfifo', [join(dir, 'was-a-file.json')]);
    const failures: InputFailure[] = [];
    const handlers: InputHandlers = {
      lintOptions: () => ({}),
      onResult: async () => undefined,
      onFailure: (f) => failures.push(f),
      onSkipped: () => undefined,
    };
    await lintInput({ path: join(dir, 'was-a-file.json'), name: 'was-a-file.json', format: 'json', endpoint: undefined }, handlers);
    expect(failures.map((f) => f.message)).toEqual(['is not a regular file (a folder, FIFO, socket or device); skipped']);
  });

  test('paths with spaces, unicode and newlines are linted and shown escaped', async () => {
    const dir = folder('names');
    const odd = ['with space.json', 'ünïcødé 📞.json', 'line\nbreak.json', 'carriage\rreturn.json'];
    odd.forEach((name) => writeFileSync(join(dir, name), '{"to":1}'));
    const run = await runCli(['-f', 'json', dir]);
    const files = (JSON.parse(run.stdout) as { results: Array<{ file: string }> }).results.map((r) => r.file);
    for (const name of odd) expect(files.some((f) => f.endsWith(name))).toBe(true);
    const stylish = await runCli([dir]);
    expect(stylish.stdout).toContain('line\\u000abreak.json');
    expect(stylish.stdout).not.toContain('carriage\r');
  });

  test('a folder of 20,000 files is linted in one run (100,000 is the same code, slower)', async () => {
    const dir = join(root, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 20_000; i++) writeFileSync(join(dir, `b${i}.json`), GOOD);
    const run = await spawnCli(['-f', 'compact', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('0 problems (0 errors, 0 warnings)\n');
    rmSync(dir, { recursive: true, force: true });
  }, 60000);

  test('a file that disappears during the run is reported and the rest are linted', async () => {
    const dir = folder('vanishing');
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `v${i}.json`), GOOD);
    // Remove files while the binary runs; whichever it had not read yet are reported as gone.
    const running = spawnCli(['-f', 'json', dir]);
    for (let i = 299; i >= 0; i -= 2) {
      await new Promise((r) => setTimeout(r, 1));
      try {
        unlinkSync(join(dir, `v${i}.json`));
      } catch {
        // already gone
      }
    }
    const run = await running;
    const report = summary(run.stdout);
    // Files removed before the folder was listed are not seen at all; every listed one is
    // either linted or counted as a failure, and good.json is always linted.
    expect(report.bodyCount).toBeGreaterThanOrEqual(1);
    expect(report.bodyCount + report.failureCount).toBeLessThanOrEqual(301);
    expect(run.code).toBe(report.failureCount > 0 ? 2 : 0);
    expect(run.stderr.match(/cannot be read \(ENOENT\)/g)?.length ?? 0).toBe(report.failureCount);
  });
});
