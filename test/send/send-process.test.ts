// send as a real process: the SDK's user config file has no effect, and a run killed with
// SIGKILL mid-batch is resumed by a rerun without sending any body twice.
import { afterEach, beforeEach, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from '../support/paths.js';
import { spawnCli } from '../support/run-cli.js';
import { CLIENT_ID, CLIENT_SECRET, startMockGenesys, type MockGenesys } from '../support/mock-genesys.js';

let mock: MockGenesys;
let dir: string;
let home: string;

beforeEach(async () => {
  mock = await startMockGenesys();
  dir = mkdtempSync(join(tmpdir(), 'send-proc-'));
  home = mkdtempSync(join(tmpdir(), 'send-home-'));
});
afterEach(async () => mock.close());

const env = (): Record<string, string> => ({ HOME: home, GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID,
  GENESYSCLOUD_OAUTHCLIENT_SECRET: CLIENT_SECRET });

function bodies(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `b${i}.json`;
    writeFileSync(join(dir, name), `{"phoneNumber":"+1317555${String(i).padStart(4, '0')}"}`);
    return name;
  });
}

test('~/.genesyscloudjavascript/config can neither redirect requests nor log them', async () => {
  // A trap server the config file points at, and a log file it asks for.
  let trapped = 0;
  const trap: Server = createServer((_req, res) => { trapped++; res.end('{}'); });
  await new Promise<void>((done) => trap.listen(0, '127.0.0.1', done));
  const logFile = join(home, 'sdk.log');
  mkdirSync(join(home, '.genesyscloudjavascript'));
  writeFileSync(join(home, '.genesyscloudjavascript', 'config'), [
    '[logging]', 'log_level = trace', `log_file_path = ${logFile}`, 'log_request_body = true',
    '[gateway]', 'host = 127.0.0.1', 'protocol = http', `port = ${(trap.address() as AddressInfo).port}`, '',
  ].join('\n'));
  const run = await spawnCli(['send', ...bodies(1), '--yes', '--gateway', mock.gateway], { cwd: dir, env: env() });
  trap.close();
  expect(run.code).toBe(0);
  expect(trapped).toBe(0);
  expect(mock.accepted.size).toBe(1);
  expect(existsSync(logFile)).toBe(false);
});

test('a run killed mid-batch resumes: no body twice, the in-flight one held back', async () => {
  const names = bodies(8);
  const args = [BIN, 'send', ...names, '--yes', '--gateway', mock.gateway];
  const child = spawn(process.execPath, args, { cwd: dir, env: { PATH: process.env['PATH'], ...env() } });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  // Hold the 4th accepted request's answer and kill the process while it waits for it.
  mock.reply = (_r, i) => (i === 3 ? { accept: true, delayMs: 5000 } : undefined);
  mock.onAccept = (_r, total) => { if (total === 4) child.kill('SIGKILL'); };
  await new Promise((done) => child.on('close', done));
  expect(mock.accepted.size).toBe(4);

  mock.reply = () => undefined;
  const rerun = await spawnCli(['send', ...names, '--yes', '--gateway', mock.gateway], { cwd: dir, env: env() });
  expect(rerun.code).toBe(3);
  expect(rerun.stdout).toContain('held back b3.json');
  expect(rerun.stdout.match(/^skipped /gm)).toHaveLength(3);
  expect(mock.accepted.size).toBe(8);
  expect([...mock.accepted.values()].every((n) => n === 1)).toBe(true);
  const journal = readFileSync(join(dir, '.genesys-call-lint', 'send-journal.ndjson'), 'utf8');
  for (const text of [output, rerun.stdout, rerun.stderr, journal]) expect(text).not.toContain(CLIENT_SECRET);
});

// The SDK is a dependency, so only a broken or partial install lacks it (or one of its own). A
// copy of the package without node_modules runs lint from its bundle; send must then say what is
// missing, not report an internal error, and contact nothing (the mock sees no request).
function sendFromCopy(node_modules: Record<string, string>, flags = ['--yes']): ReturnType<typeof spawnSync> {
  const copy = mkdtempSync(join(tmpdir(), 'gcl-no-sdk-'));
  try {
    for (const part of ['bin', join('dist', 'src'), 'package.json', 'schemas', 'docs']) {
      cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    }
    for (const [path, text] of Object.entries(node_modules)) {
      mkdirSync(join(copy, 'node_modules', path, '..'), { recursive: true });
      writeFileSync(join(copy, 'node_modules', path), text);
    }
    writeFileSync(join(dir, 'call.json'), '{"phoneNumber":"+13175550142"}');
    return spawnSync(process.execPath, [join(copy, 'bin', 'genesys-call-lint.js'), 'send', 'call.json',
      ...flags, '--gateway', mock.gateway], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env() } });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

test('without the SDK installed, send says so and exits 2', () => {
  const run = sendFromCopy({});
  expect(run.stderr).toContain('send needs the Genesys Cloud SDK (purecloud-platform-client-v2), ' +
    'which is not installed');
  expect(run.stderr).not.toContain('internal error');
  expect(run.status).toBe(2);
  expect(mock.requests).toHaveLength(0);
});

test('with a dependency of the SDK missing, send names that one', () => {
  const run = sendFromCopy({
    'purecloud-platform-client-v2/package.json': '{"name":"purecloud-platform-client-v2","main":"index.js"}',
    'purecloud-platform-client-v2/index.js': "require('axios');\n",
  });
  expect(run.stderr).toContain('the Genesys Cloud SDK (purecloud-platform-client-v2) cannot load "axios", ' +
    'which is not installed');
  expect(run.status).toBe(2);
  expect(mock.requests).toHaveLength(0);
});

test('without the SDK installed, the dry run already says --yes would fail', () => {
  const run = sendFromCopy({}, []);
  expect(run.stdout).toContain('Dry run: nothing was sent. 1 request would be sent');
  expect(run.stderr).toContain('note: the Genesys Cloud SDK (purecloud-platform-client-v2) is not installed, ' +
    'so --yes would fail');
  expect(run.status).toBe(0);
});
