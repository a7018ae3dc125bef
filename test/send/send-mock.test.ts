// send against the loopback mock: dry run, refusal, outcomes and hints, retries, the journal,
// the 100-body batch under random faults, and that no secret or token shows anywhere.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync,
  writeFileSync, writeSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PromptCancelled } from '../../src/cli/ask-at-terminal.js';
import { main } from '../../src/cli/main.js';
import { runSend } from '../../src/send/send-command.js';
import { writeAndSync, type WriteLine } from '../../src/send/journal.js';
import { parseArgs } from '../../src/cli/args.js';
import { BIN, FIXTURES, ROOT } from '../support/paths.js';
import { runCli, type CliRun } from '../support/run-cli.js';
import { CLIENT_ID, CLIENT_SECRET, errorBody, serverError, startMockGenesys, tooManyRequests,
  type MockGenesys, type MockRequest, type Reply } from '../support/mock-genesys.js';

let mock: MockGenesys;
let dir: string;
const outputs: string[] = [];
const tokensSeen = (): string[] => mock.requests
  .map((r) => /^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1]).filter((t): t is string => t !== undefined);

beforeEach(async () => {
  mock = await startMockGenesys();
  dir = mkdtempSync(join(tmpdir(), 'send-'));
});
afterEach(async () => {
  // Every output of every run, and the journal, must be free of the secret and of tokens.
  let journal = '';
  try {
    journal = readFileSync(join(dir, '.genesys-call-lint', 'send-journal.ndjson'), 'utf8');
  } catch { /* no journal in this test */ }
  for (const text of [...outputs, journal]) {
    expect(text).not.toContain(CLIENT_SECRET);
    expect(text).not.toContain(Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64'));
    for (const token of tokensSeen()) expect(text).not.toContain(token);
  }
  outputs.length = 0;
  // Nothing but the mock was contacted: the SDK's requests all carry the mock's host.
  for (const request of mock.requests) expect(request.headers.host).toBe(`127.0.0.1:${mock.port}`);
  await mock.close();
});

const env = (): Record<string, string> => ({
  GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET: CLIENT_SECRET,
});
const fast = ['--backoff-base', '1', '--backoff-max', '5', '--timeout', '2000'];

function body(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

async function send(args: string[], extraEnv: Record<string, string> = {}): Promise<CliRun> {
  const run = await runCli(['send', ...args, '--gateway', mock.gateway, ...fast], { cwd: dir, env: { ...env(), ...extraEnv } });
  outputs.push(run.stdout, run.stderr);
  return run;
}

/** send run by the binary in dir; as nobody when the tests run as root, whom permissions do not bind. */
async function sendUnprivileged(args: string[]): Promise<CliRun> {
  chmodSync(dir, 0o755);
  const node = [process.execPath, BIN, 'send', ...args, '--gateway', mock.gateway];
  const [command, ...rest] = process.getuid?.() === 0 ? ['runuser', '-u', 'nobody', '--', ...node] : node;
  const child = spawn(command!, rest, { cwd: dir, env: { ...process.env, ...env() } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((done) => child.on('close', (status) => done(status ?? -1)));
  outputs.push(stdout, stderr);
  return { code, stdout, stderr };
}

/** A loopback port that was just free: nothing answers there, connections are refused. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** Each line of the default journal as its result, or its type for an attempt. */
function journalResults(): string[] {
  return readFileSync(join(dir, '.genesys-call-lint', 'send-journal.ndjson'), 'utf8').trim().split('\n')
    .map((line) => JSON.parse(line) as { type: string; result?: string }).map((e) => e.result ?? e.type);
}

const hash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const apiCalls = (): number => mock.requests.filter((r) => r.url.startsWith('/api/')).length;

describe('dry run and refusal', () => {
  test('without --yes nothing is sent, and the output shows the request with the token redacted', async () => {
    body('call.json', '{\n  "phoneNumber": "+13175550142"\n}\n');
    const run = await send(['call.json']);
    expect(run.code).toBe(0);
    expect(mock.requests).toHaveLength(0);
    expect(run.stdout).toContain(`POST http://127.0.0.1:${mock.port}/api/v2/conversations/calls\n` +
      'Authorization: Bearer [REDACTED]\nContent-Type: application/json\nAccept: application/json\n\n' +
      '{\n  "phoneNumber": "+13175550142"\n}');
    expect(run.stdout).toContain('Dry run: nothing was sent');
  });

  test('the login line shows the client id shortened, as the README does', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    const run = await send(['call.json'], { GENESYSCLOUD_OAUTHCLIENT_ID: '7de3af06-2f4b-4c1e-9a0d-5b6c7d8e9f01' });
    expect(run.stdout.split('\n')[0]).toBe(`# login: POST http://127.0.0.1:${mock.port}/oauth/token, client ` +
      'credentials of client 7de3af06... (secret [REDACTED]); each request then carries the token');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('client credentials of client 7de3af06... (secret [REDACTED])');
  });

  // The first run of the last row logs in and sends; its rerun finds the body in the journal.
  test.each([
    ['every body is refused by the lint', 'bad.json', [], 1, 'refused bad.json'],
    ['every body lacks its path parameters', 'command.json', ['-e', 'call-command'], 2,
      'needs the path parameter conversationId'],
    ['the journal passes over every body', 'call.json', [], 0, 'skipped call.json'],
  ])('no login line when %s: no login will happen', async (what, input, flags, code, told) => {
    body('bad.json', '{"to":{"phoneNumber":"+13175550142"}}');
    body('command.json', '{"callNumber":"+13175550142"}');
    body('call.json', '{"phoneNumber":"+13175550142"}');
    const isRerun = what.startsWith('the journal');
    if (isRerun) expect((await send([input, '--yes'])).stdout).toMatch(/^# login: POST /);
    const run = await send([input, '--yes', ...flags]);
    expect([run.code, run.stdout + run.stderr]).toEqual([code, expect.stringContaining(told)]);
    expect(run.stdout).not.toContain('# login');
    expect(mock.logins).toBe(isRerun ? 1 : 0);
  });

  test('a body with an error finding is refused even with --yes; --force sends it, loudly', async () => {
    body('bad.json', '{"to":{"phoneNumber":"+13175550142"}}');
    const refused = await send(['bad.json', '--yes']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('refused bad.json');
    expect(apiCalls()).toBe(0);
    const forced = await send(['bad.json', '--yes', '--force']);
    expect(forced.stderr).toContain('WARNING --force');
    expect(forced.code).toBe(0);
    expect(apiCalls()).toBe(1);
  });

  test('--max-file-size holds for send too', async () => {
    body('padded.json', `{"phoneNumber":"+13175550142","callerIdName":"${'x'.repeat(2000)}"}`);
    const over = await send(['padded.json', '--max-file-size', '0.001']);
    expect(over.stderr).toMatch(/padded\.json: is .* over the --max-file-size limit of .*\(1048 bytes\)/);
    expect(over.code).toBe(2);
    const under = await send(['padded.json', '--max-file-size', '1']);
    expect(under.stdout).toContain('Dry run: nothing was sent');
    expect(mock.requests).toHaveLength(0);
  });

  test('an http gateway that is not loopback is refused with exit 2', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    const run = await runCli(['send', 'call.json', '--yes', '--gateway', 'http://10.1.2.3:8080'], { cwd: dir, env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unencrypted');
  });

  test('lint-only flags are refused by name, before anything is read or sent', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    for (const [flags, named] of [[['--fix'], '--fix'], [['--no-fix'], '--no-fix'], [['--fix-dry-run'], '--fix-dry-run'],
      [['-f', 'json'], '-f'], [['--format=sarif'], '--format'], [['-o', 'report.txt'], '-o'],
      [['--quiet'], '--quiet'], [['-yq'], '-q'], [['--max-warnings', '0'], '--max-warnings'],
      [['--print-config', 'call.json'], '--print-config'], [['--cache-location', 'c'], '--cache-location'],
      [['--cache-strategy', 'content'], '--cache-strategy']] as const) {
      const run = await send(['call.json', '--yes', ...flags]);
      expect([flags, run.code, run.stderr.split('\n')[0]])
        .toEqual([flags, 2, `genesys-call-lint: ${named} applies to linting, not to send`]);
    }
    expect(mock.requests).toHaveLength(0);
  });

  test('send --help leaves out the flags send refuses; lint --help keeps them', async () => {
    const help = await runCli(['send', '--help'], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--gateway');
    for (const flag of ['--fix', '--format', '--output-file', '--quiet', '--cache', '--shard', '--print-config']) {
      expect(help.stdout).not.toContain(`${flag} `);
    }
    const lintHelp = await runCli(['--help'], { cwd: dir });
    for (const flag of ['--fix', '--format', '--output-file', '--quiet', '--cache', '--shard']) {
      expect(lintHelp.stdout).toContain(flag);
    }
  });

  test('a secret or token that starts with "-" is never quoted back in a message', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    for (const [flag, value] of [['--client-secret', '-SeCrEt123'], ['--client-secret', '-fSeCrEt'],
      ['--access-token', '-q1tOkEn'], ['--access-token', '--tOkEn']]) {
      const run = await runCli(['send', 'call.json', flag!, value!, '--yes'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${flag} is followed by a word that starts with "-"`);
      expect(run.stdout + run.stderr).not.toContain(value!.replace(/^-+/, ''));
    }
    expect(mock.requests).toHaveLength(0);
  });

  test('a secret flag followed by another flag is told its value is missing, the secret not shown', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    for (const next of ['--client-secret', '--client-secret=SeCrEt123', '--yes', '-y', '--no-journal']) {
      const run = await runCli(['send', 'call.json', '--access-token', next, '--yes'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--access-token needs a value, but ${next.split('=')[0]} follows it`);
      expect(run.stdout + run.stderr).not.toContain('SeCrEt123');
    }
    // Malformed flags are typos, named without what follows "=".
    for (const word of ['---client-secret', '----client-secret', '-client-secret', '--client--secret',
      '--client-secret-']) {
      const typo = await runCli(['send', 'call.json', `${word}=SeCrEt123`], { cwd: dir });
      expect(typo.stderr).toContain(`unknown option ${word}\n  Did you mean --client-secret?`);
      expect(typo.stdout + typo.stderr).not.toContain('SeCrEt123');
      expect(typo.code).toBe(2);
    }
    const short = await runCli(['send', 'call.json', '-secret=SeCrEt123'], { cwd: dir });
    expect(short.stderr).toContain('unknown option -secret\n');
    expect(short.stdout + short.stderr).not.toContain('SeCrEt123');
    const param = await runCli(['send', 'call.json', '--param'], { cwd: dir });
    expect([param.code, param.stderr]).toEqual([2, 'genesys-call-lint: --param needs a value\n  Write --param <value>.\n']);
    const big = await runCli(['send', 'call.json', '--max-retries', '123456789012345678901'], { cwd: dir });
    expect(big.stderr).toContain('--max-retries "123456789012345678901" is a whole number too large to use');
    expect(mock.requests).toHaveLength(0);
  });

  test('a delay longer than a timer can hold is refused, naming the flag and the largest allowed', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    // Node would fire such a timer after 1 ms: every attempt timed out at once, every wait skipped.
    for (const [flag, value, most] of [['--timeout', '999999999999999', '2147483647 ms'],
      ['--max-retry-after', '99999999', '2147483 s'], ['--max-retry-after', '123456789012345678901', '2147483 s'],
      ['--backoff-base', '5000000000', '2147483647 ms'], ['--backoff-max', '2147483648', '2147483647 ms']]) {
      const run = await runCli(['send', 'call.json', '--yes', '--gateway', mock.gateway, flag!, value!],
        { cwd: dir, env: env() });
      expect([run.code, run.stderr.split('\n')[0]]).toEqual([2, `genesys-call-lint: ${flag} "${value}" is ` +
        `longer than a timer can wait: at most ${most} (about 24 days)`]);
    }
    expect(mock.requests).toHaveLength(0);
    const longest = await runCli(['send', 'call.json', '--gateway', mock.gateway, '--timeout', '2147483647',
      '--max-retry-after', '2147483', '--backoff-base', '2147483647', '--backoff-max', '2147483647'],
    { cwd: dir, env: env() });
    expect([longest.code, longest.stdout]).toEqual([0, expect.stringContaining('Dry run: nothing was sent')]);
  });

  test('a capture cut off partway sends none of its requests, not even those before the cut', async () => {
    const recorded = readFileSync(join(FIXTURES, 'captures', 'browser-recorded.har'));
    writeFileSync(join(dir, 'cut.har'), recorded.subarray(0, 30000));
    const whole = await send([join(FIXTURES, 'captures', 'browser-recorded.har')]);
    expect(whole.stdout).toMatch(/[1-9]\d* requests? would be sent/);
    const run = await send(['cut.har', '--yes']);
    expect(apiCalls()).toBe(0);
    expect(run.stdout).toContain('Nothing was sent: no body is ready to send.');
    expect(run.stdout).not.toContain('Dry run');
    expect(run.stderr).toMatch(/cut\.har: ends before its JSON does[^\n]*\n[^\n]*\n(genesys-call-lint: cut\.har \(HAR[^\n]*: not sent: cut\.har could not be read whole \(see above\)\n[^\n]*\n)+/);
    expect(run.code).toBe(2);
  });

  // The message of a body not sent names its input again, where a raw ESC drove the terminal.
  test('a body not sent is told with its name escaped in the message too', async () => {
    const recorded = readFileSync(join(FIXTURES, 'captures', 'browser-recorded.har'));
    writeFileSync(join(dir, 'c\u001b[2Jx.har'), recorded.subarray(0, 30000));
    const run = await send(['c\u001b[2Jx.har', '--yes']);
    expect(run.stderr).toContain(': not sent: c\\u001b[2Jx.har could not be read whole');
    expect(run.stderr).not.toContain('\u001b');
    expect(run.code).toBe(2);
  });

  test('an error answer that quotes the token is scrubbed in the journal too', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    mock.reply = (request) => ({ status: 400, body: errorBody(400, 'bad.request',
      `echo ${request.headers.authorization}`, { contextId: `ctx-${request.headers.authorization}` }) });
    const run = await send(['call.json', '--yes']);
    expect(run.code).toBe(3);
    const journal = readFileSync(join(dir, '.genesys-call-lint', 'send-journal.ndjson'), 'utf8');
    expect(tokensSeen().length).toBeGreaterThan(0);
    for (const token of tokensSeen()) expect(journal).not.toContain(token);
    expect(journal).toContain('echo Bearer [REDACTED]');
  });

  test('a long error message is cut once scrubbed, in the output and the journal', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    // The token straddles the cut: scrubbed first, not a character of it is left.
    mock.reply = (request) => ({ status: 400, body: errorBody(400, 'bad.request',
      `${'x'.repeat(4076)}${request.headers.authorization}${'y'.repeat(200_000)}`) });
    const run = await send(['call.json', '--yes']);
    expect(run.code).toBe(3);
    const journal = readFileSync(join(dir, '.genesys-call-lint', 'send-journal.ndjson'), 'utf8');
    // Cut once: both say how much of the scrubbed message is left out, not of a cut's own note.
    const left = 4076 + 'Bearer [REDACTED]'.length + 200_000 - 4096;
    for (const text of [run.stdout, journal]) {
      expect(text).toContain('xxxxBearer [REDACTED]yyy… (');
      expect(text).toContain(`y… (${left} more characters not kept)`);
      expect(text.split('more characters not kept')).toHaveLength(2);
      expect(text).not.toContain('mock-token-');
    }
    expect(run.stdout.length).toBeLessThan(10_000);
    expect(journal.length).toBeLessThan(10_000);
  });

  test('an answer past 1 MiB is not read: its status is kept, its body replaced by a note', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    mock.reply = () => ({ status: 400, body: errorBody(400, 'bad.request', 'z'.repeat(3_000_000)) });
    const run = await send(['call.json', '--yes']);
    expect(run.stdout).toContain('failed call.json: 400: (the answer is longer than 1048576 bytes; it was not read)');
    expect(run.code).toBe(3);
    expect(run.stdout).not.toContain('zzz');
  });

  test('a 200 past 1 MiB is not taken for the string a recording-state change answers', async () => {
    body('rs.json', '{"recordingState":"PAUSED"}');
    mock.reply = () => ({ status: 200, body: 'z'.repeat(2_000_000) });
    const run = await send(['rs.json', '--yes', '-e', 'call-recording-state',
      '--param', 'conversationId=11c0ffee-0000-4000-8000-000000000011']);
    expect(run.stdout).toContain('(the answer is longer than 1048576 bytes; it was not read) ' +
      '[the 200 answer is not JSON]');
    expect(run.code).toBe(3);
  });

  test('a token with a line end around it is sent and scrubbed without it; one with a space inside is refused', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    mock.reply = (request) => ({ status: 400, body: errorBody(400, 'bad.request', `echo ${request.headers.authorization}`) });
    const run = await runCli(['send', 'call.json', '--yes', '--gateway', mock.gateway, '--no-journal', ...fast],
      { cwd: dir, env: { GENESYSCLOUD_ACCESS_TOKEN: 'user-token-ABC123xyz\r\n' } });
    outputs.push(run.stdout, run.stderr);
    expect(mock.requests.at(-1)?.headers.authorization).toBe('Bearer user-token-ABC123xyz');
    expect(run.stdout + run.stderr).not.toContain('ABC123xyz');
    const inner = await runCli(['send', 'call.json', '--yes', '--gateway', mock.gateway, '--no-journal'],
      { cwd: dir, env: { GENESYSCLOUD_ACCESS_TOKEN: 'user-token-ABC\n123xyz' } });
    expect(inner.code).toBe(2);
    expect(inner.stderr).toContain('the access token is empty or has spaces or control characters in it (not shown)');
    expect(inner.stderr).toContain('an access token is one word');
    expect(inner.stdout + inner.stderr).not.toMatch(/ABC|123xyz/);
  });

  test('a body -e auto cannot decide is unusable (exit 2), told once how to choose', async () => {
    body('speak.json', '{"speakTo": "NOPE"}');
    const run = await send(['speak.json', '-e', 'auto', '--yes']);
    expect([run.code, apiCalls()]).toEqual([2, 0]);
    expect(run.stderr).toMatch(
      /^genesys-call-lint: speak\.json: endpoint auto cannot decide: .*\.\n {2}Pass --endpoint to choose\.\n/m);
    expect(run.stderr.match(/Pass --endpoint/g)).toHaveLength(1);
  });

  test('send takes no camelCase spelling of a lint-only flag either', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    for (const [flag, named] of [['--outputFile', '--outputFile'], ['--fixDryRun', '--fixDryRun'],
      ['--cacheStrategy', '--cacheStrategy']]) {
      const run = await send(['call.json', flag!, 'x']);
      expect([flag, run.code, run.stderr.split('\n')[0]]).toEqual([flag, 2, `genesys-call-lint: ${named} applies to linting, not to send`]);
    }
  });

  test('the summary counts the bodies held back from a damaged input', async () => {
    writeFileSync(join(dir, 'cut.har'), readFileSync(join(FIXTURES, 'captures', 'browser-recorded.har')).subarray(0, 30000));
    body('call.json', '{"phoneNumber":"+13175550142"}');
    const run = await send(['cut.har', 'call.json', '--yes', '--no-journal']);
    expect(apiCalls()).toBe(1);
    expect(run.stdout).toMatch(/^1 sent, 0 failed, .*, 0 refused, 5 unusable \(see stderr\)$/m);
    expect(run.code).toBe(2);
  });

  test('a log on stdin is sent as a log file is; cut short by a bad byte, none of it is', async () => {
    const lines = '{"phoneNumber":"+13175550142"}\n{"phoneNumber":"+13175550199"}\n';
    const argv = ['send', '-', '--yes', '--no-journal', '--gateway', mock.gateway, ...fast];
    const whole = await runCli(argv, { cwd: dir, env: env(), stdin: lines });
    outputs.push(whole.stdout, whole.stderr);
    expect([whole.code, apiCalls()]).toEqual([0, 2]);
    const cut = await runCli(argv, { cwd: dir, env: env(),
      stdin: Buffer.concat([Buffer.from(lines), Buffer.from([0xff, 0x0a]), Buffer.from(lines)]) });
    outputs.push(cut.stdout, cut.stderr);
    expect(apiCalls()).toBe(2);
    expect(cut.stderr).toContain(`<stdin>: is not valid UTF-8 at byte offset ${lines.length}`);
    expect(cut.stderr).toContain('not sent: <stdin> could not be read whole (see above)');
    expect(cut.code).toBe(2);
  });

  test('a gateway URL with a password in it is refused without showing the password', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    const run = await runCli(['send', 'call.json', '--gateway', 'http://proxyuser:PASSw0rdXYZ@127.0.0.1:9'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('credentials in the gateway URL are not supported (not shown)');
    expect(run.stdout + run.stderr).not.toContain('PASSw0rdXYZ');
    // Refused for another reason first, it is hidden all the same.
    for (const gateway of ['ftp://proxyuser:PASSw0rdXYZ@127.0.0.1:8080', 'https://u:PASSw0rdXYZ@h.example:99999']) {
      const other = await runCli(['send', 'call.json', '--gateway', gateway], { cwd: dir });
      expect([other.code, other.stderr.includes('PASSw0rdXYZ'), other.stderr.includes('…@')]).toEqual([2, false, true]);
    }
  });

  test('--no-color, which changes nothing for send, is still taken', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    const run = await send(['call.json', '--no-color']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run: nothing was sent');
  });
});

describe('inputs that are no body', () => {
  // lint leaves our reports out by their content; send linted them as bodies and refused them.
  test('a report of this tool is left out with lint\'s note, and nothing is refused', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    for (const [format, file] of [['json', 'report.json'], ['sarif', 'report.sarif']]) {
      await runCli(['--no-config', '-f', format!, '-o', file!, 'call.json'], { cwd: dir });
    }
    const linted = await runCli(['--no-config', 'report.json', 'report.sarif'], { cwd: dir });
    const run = await send(['report.json', 'report.sarif', '--yes']);
    expect([run.code, run.stderr, apiCalls()]).toEqual([0, linted.stderr, 0]);
    expect(run.stderr).toContain('report.json: skipped, it is a genesys-call-lint JSON report');
    expect(run.stdout).not.toContain('refused');
    expect(run.stdout).toContain('Nothing was sent: no body is ready to send.');
  });

  test('a Postman collection is sent request by request, as a HAR capture is', async () => {
    const request = (phone: string) => ({ method: 'POST',
      url: '{{baseUrl}}/api/v2/conversations/calls', body: { mode: 'raw',
        raw: `{"phoneNumber":"${phone}"}`, options: { raw: { language: 'json' } } } });
    const schema = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
    body('calls.json', JSON.stringify({
      info: { name: 'Calls', schema },
      item: [{ name: 'First', request: request('+13175550142') },
        { name: 'Users', request: { method: 'GET', url: '{{baseUrl}}/api/v2/users' } },
        { name: 'Second', request: request('+13175550143') }],
    }, null, 2));
    const run = await send(['calls.json', '--yes']);
    expect(run.code).toBe(0);
    for (const item of ['"First" (line 7)', '"Second" (line 30)']) {
      expect(run.stdout).toContain(`sent calls.json (Postman item ${item}: POST ` +
        '{{baseUrl}}/api/v2/conversations/calls): 200, conversation ');
    }
    expect(mock.requests.filter((r) => r.url === '/api/v2/conversations/calls').map((r) => r.body))
      .toEqual(['{"phoneNumber":"+13175550142"}', '{"phoneNumber":"+13175550143"}']);
  });

  test('a logged request saved as a .json file sends its body alone, as its log line would',
    async () => {
      body('logged.json', JSON.stringify({ method: 'POST',
        url: 'https://api.mypurecloud.com/api/v2/conversations/calls?access_token=fake-token-123456',
        headers: { Authorization: 'Bearer fake-token-123456' },
        body: { phoneNumber: '+13175550142' } }, null, 2));
      const run = await send(['logged.json', '--yes']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('sent logged.json (logged request: POST ' +
        'https://api.mypurecloud.com/api/v2/conversations/calls?access_token=***): 200');
      // The body's text as the file writes it, and nothing of the request around it.
      expect(mock.requests.filter((r) => r.url === '/api/v2/conversations/calls')
        .map((r) => JSON.parse(r.body) as unknown)).toEqual([{ phoneNumber: '+13175550142' }]);
      expect(run.stdout + run.stderr).not.toContain('fake-token-123456');
    });
});

// send said nothing where lint notes on stderr what it passes over.
describe('the notes lint gives on stderr', () => {
  // lint notes each captured request worth a look and counts the rest per file.
  test('captured requests that are not sent are noted as lint notes them', async () => {
    const call = { method: 'POST', url: '{{baseUrl}}/api/v2/conversations/calls',
      body: { mode: 'raw', raw: '{"phoneNumber":"+13175550142"}',
        options: { raw: { language: 'json' } } } };
    body('calls.json', JSON.stringify({ info: { name: 'Calls', schema:
      'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [{ name: 'Drafts', item: [] }, { name: 'Loose' }, { name: 'Call', request: call }] },
    null, 1));
    const entry = (method: string, url: string) => ({ request: { method, url,
      postData: { mimeType: 'application/json', text: '{"phoneNumber":"+13175550143"}' } } });
    body('calls.har', JSON.stringify({ log: { entries: [
      entry('GET', 'https://api.mypurecloud.com/api/v2/users/me'),
      entry('POST', 'https://api.mypurecloud.com/api/v2/conversations/callz'),
      entry('POST', 'https://api.mypurecloud.com/api/v2/conversations/calls'),
    ] } }, null, 1));
    const linted = await runCli(['calls.json', 'calls.har'], { cwd: dir });
    const run = await send(['calls.json', 'calls.har']);
    expect([run.code, run.stderr]).toEqual([0, linted.stderr]);
    expect(run.stderr).toContain('calls.json (Postman item "Loose" (line 11)): skipped: an item');
    expect(run.stderr).toContain('calls.har: 1 request skipped (not a call endpoint, or no body)');
    expect(run.stderr).toMatch(/calls\.har \(HAR log\.entries\[1\] .*callz\): skipped: /);
    expect(run.stdout).toContain('2 requests would be sent');
  });

  test('a package.json that is no JSON, passed over in the config lookup, is noted', async () => {
    mkdirSync(join(dir, 'sub'));
    body('sub/package.json', '{"name": "broken",');
    body('sub/call.json', '{"phoneNumber":"+13175550142"}');
    const linted = await runCli(['sub/call.json'], { cwd: dir });
    const run = await send(['sub/call.json']);
    expect([run.code, run.stderr]).toEqual([0, linted.stderr]);
    expect(run.stderr).toBe('genesys-call-lint: sub/package.json: not valid JSON, so passed over ' +
      'as holding no configuration; the config above it applies\n');
    expect(run.stdout).toContain('1 request would be sent');
  });

  test('files named but left out ("ignores", a negation, a config file) are noted', async () => {
    mkdirSync(join(dir, 'old'));
    body('genesys-call-lint.config.json', '{"ignores": ["old/**"]}');
    body('old/a.json', '{"phoneNumber":"+13175550142"}');
    body('b.json', '{"phoneNumber":"+13175550143"}');
    const inputs = ['old/a.json', 'b.json', '!b.json', 'genesys-call-lint.config.json'];
    const linted = await runCli(inputs, { cwd: dir });
    const run = await send(inputs);
    expect([run.code, run.stderr]).toEqual([0, linted.stderr]);
    expect(run.stderr.split('\n').map((line) => line.replace(/^.*: skipped, (\S+ \S+).*$/, '$1')))
      .toEqual(['matched by', 'excluded by', 'it is', '']);
  });
});

describe('outcomes', () => {
  test('the created conversation id is reported, the body arrives as written, the journal resumes', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    const run = await send(['call.json', '--yes']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/sent call\.json: 200, conversation [0-9a-f-]{36}/);
    const sent = mock.requests.find((r) => r.url === '/api/v2/conversations/calls')!;
    expect(sent.body).toBe('{"phoneNumber":"+13175550142"}');
    expect(sent.headers['content-type']).toBe('application/json');
    expect(mock.logins).toBe(1);

    // A dry run counts only what --yes would send: the journaled body is passed over.
    const dry = await send(['call.json']);
    expect(dry.stdout).toContain('Dry run: nothing was sent. 0 requests would be sent (1 passed over, ' +
      'as the journal says above); add --yes to send.');
    const again = await send(['call.json', '--yes']);
    expect(again.stdout).toContain('skipped call.json: the journal records it as sent');
    expect(mock.accepted.get(hash('{"phoneNumber":"+13175550142"}'))).toBe(1);
    await send(['call.json', '--yes', '--resend']);
    expect(mock.accepted.get(hash('{"phoneNumber":"+13175550142"}'))).toBe(2);
  });

  test('a body sent to one gateway is not sent to another; old journal lines count for every one', async () => {
    const call = '{"phoneNumber":"+13175550142"}';
    body('call.json', call);
    const other = await startMockGenesys();
    try {
      expect((await send(['call.json', '--yes'])).code).toBe(0);
      const there = await runCli(['send', 'call.json', '--yes', '--gateway', other.gateway, ...fast],
        { cwd: dir, env: env() });
      outputs.push(there.stdout, there.stderr);
      expect(there.stdout).toMatch(/^1 sent, 0 failed, 0 already sent/m);
      expect(other.accepted.get(hash(call))).toBe(1);
      const again = await send(['call.json', '--yes']);
      expect(again.stdout).toMatch(/^0 sent, 0 failed, 1 already sent/m);
      expect(mock.accepted.get(hash(call))).toBe(1);
      const lines = readFileSync(join(dir, '.genesys-call-lint', 'send-journal.ndjson'), 'utf8').trim().split('\n');
      expect(new Set(lines.map((l) => (JSON.parse(l) as { destination: string }).destination)))
        .toEqual(new Set([mock.gateway, other.gateway]));

      // A line without a destination was written before lines named one: it counts everywhere.
      body('old.json', '{"phoneNumber":"+13175550199"}');
      const key = JSON.parse(lines[0]!).key.replace(hash(call), hash('{"phoneNumber":"+13175550199"}'));
      writeFileSync(join(dir, '.genesys-call-lint', 'send-journal.ndjson'),
        `${JSON.stringify({ type: 'outcome', at: '', key, result: 'succeeded', status: 200 })}\n`, { flag: 'a' });
      const old = await send(['old.json', '--yes']);
      expect(old.stdout).toContain('skipped old.json: the journal records it as sent');
      // The dry run does not name a destination the line does not record.
      const dry = await send(['old.json', 'call.json']);
      expect(dry.stdout).toContain('# (the journal records this body as sent (where to is not ' +
        'recorded: an older journal line): it will be skipped)\n# old.json');
      expect(dry.stdout).toContain(`# (the journal records this body as sent to ${mock.gateway}: it ` +
        'will be skipped)\n# call.json');
    } finally {
      await other.close();
    }
  });

  test('with --force a body that is not JSON goes out as the text printed and hashed', async () => {
    // axios would re-encode it as a JSON string literal: "{\"phoneNumber\"...".
    const text = '{"phoneNumber": "+13175550142",}';
    body('trailing.json', `${text}\n`);
    for (const flags of [['--force'], ['--rule', 'syntax-error:off']]) {
      const run = await send(['trailing.json', '--yes', '--no-journal', ...flags]);
      expect(run.stdout).toContain(`\n${text}\n`);
      expect(run.stdout).toContain(`body sha256 ${hash(text).slice(0, 12)}`);
      expect(mock.requests.at(-1)).toMatchObject({ body: text, headers: { 'content-type': 'application/json' } });
    }
    expect(mock.accepted.get(hash(text))).toBe(2);
  });

  test.each(['OK!', '<html><body>Request accepted</body></html>'])(
    'a 200 that is not JSON (%s) is a failure that may have placed the call: held back after', async (text) => {
      body('a.json', '{"phoneNumber":"+13175550142"}');
      mock.reply = () => ({ status: 200, text });
      const run = await send(['a.json', '--yes']);
      expect(run.code).toBe(3);
      expect(run.stdout).toContain(`failed a.json: 200: ${text} [the 200 answer is not JSON]\n` +
        '  hint: The answer did not come from the Genesys API as expected (check --gateway), but the ' +
        'request may have taken effect: check in Genesys Cloud before sending it again with --resend.\n');
      const journal = readFileSync(join(dir, '.genesys-call-lint', 'send-journal.ndjson'), 'utf8');
      expect(JSON.parse(journal.trim().split('\n').at(-1)!)).toMatchObject({ result: 'no-answer', status: 200 });
      const again = await send(['a.json', '--yes']);
      expect(again.stdout).toContain('held back a.json: an earlier run sent it and got no readable answer');
      expect(apiCalls()).toBe(1);
    });

  // The recording-state endpoints answer a JSON string (reference section 2): "paused" under
  // application/json is that answer; the same word as plain text is not JSON.
  test('a 200 JSON string from call-recording-state succeeds; the rerun skips it', async () => {
    body('rs.json', '{"recordingState":"PAUSED"}');
    const args = ['rs.json', '--yes', '-e', 'call-recording-state',
      '--param', 'conversationId=11c0ffee-0000-4000-8000-000000000011'];
    mock.reply = () => ({ status: 200, body: 'paused' });
    const run = await send(args);
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('sent rs.json: 200')]);
    expect(journalResults()).toEqual(['attempt', 'succeeded']);
    const again = await send(args);
    expect([again.code, again.stdout]).toEqual([0, expect.stringContaining('skipped rs.json')]);
    expect(apiCalls()).toBe(1);
  });

  test.each([
    ['the word as plain text', { status: 200, text: 'paused' }, 'the 200 answer is not JSON'],
    ['an object', { status: 200, body: { state: 'paused' } },
      'the 200 answer is an object where a string was expected'],
  ])('call-recording-state answered with %s fails, held back', async (_w, reply, why) => {
    body('rs.json', '{"recordingState":"PAUSED"}');
    const args = ['rs.json', '--yes', '-e', 'call-recording-state',
      '--param', 'conversationId=11c0ffee-0000-4000-8000-000000000011'];
    mock.reply = () => reply;
    const run = await send(args);
    expect([run.code, run.stdout]).toEqual([3, expect.stringContaining(`[${why}]`)]);
    expect(journalResults()).toEqual(['attempt', 'no-answer']);
  });

  test('a body is printed with its control characters escaped and sent as its own bytes', async () => {
    // A CR in the white space is valid JSON; ESC inside a string is not, so it needs --force.
    const calls = ['{"phoneNumber":\r"+13175550142"}', '{"phoneNumber":"+13175550143",' +
      '"callerIdName":"\u001b[2J\u202eevil"}'];
    calls.forEach((text, i) => body(`c${i}.json`, text));
    const run = await send(['c0.json', 'c1.json', '--yes', '--force']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/[\r\u001b\u202e]/);
    expect(run.stdout).toContain('{"phoneNumber":\\u000d"+13175550142"}');
    expect(run.stdout).toContain('"callerIdName":"\\u001b[2J\\u202eevil"}');
    const received = mock.requests.filter((r) => r.url.startsWith('/api/')).map((r) => r.body);
    expect(received).toEqual(calls);
    for (const text of calls) expect(run.stdout).toContain(hash(text).slice(0, 12));
  });

  test('a request that may have been placed exits 3 even beside a missing input', async () => {
    body('bad.json', '{"to":{"phoneNumber":"+13175550142"}}');
    body('call3.json', '{"phoneNumber":"+13175550143"}');
    mock.reply = () => ({ status: 200, text: 'OK!' });
    const run = await send(['bad.json', 'call3.json', 'nope.json', '--yes']);
    expect(run.stderr).toContain('nope.json');
    expect(run.stdout).toContain('failed call3.json');
    expect(run.code).toBe(3);
  });

  test('an empty 200 to create-call may have placed it: held back, not skipped as sent', async () => {
    const calls = ['{"phoneNumber":"+13175550142"}', '{"phoneNumber":"+13175550143"}'];
    calls.forEach((text, i) => body(`c${i}.json`, text));
    mock.reply = (r) => (r.body === calls[0] ? { status: 200, text: '' } : { status: 200, body: {} });
    const run = await send(['c0.json', 'c1.json', '--yes']);
    expect(run.stdout).toContain('failed c0.json: 200 [the 200 answer is empty where a ' +
      'CreateCallResponse was expected]');
    expect(run.stdout).toContain('failed c1.json');
    expect(run.code).toBe(3);
    expect(journalResults()).toEqual(['attempt', 'no-answer', 'attempt', 'no-answer']);
    mock.reply = () => undefined;
    const again = await send(['c0.json', 'c1.json', '--yes']);
    expect(again.stdout).toContain('held back c0.json');
    expect(again.stdout).toContain('held back c1.json');
    expect(apiCalls()).toBe(2);
  });

  test('an empty 200 or a 204 from an endpoint that answers no object still succeeds', async () => {
    body('t.json', '{"userId":"2c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f"}');
    mock.reply = (_r, i) => (i === 0 ? { status: 200, text: '' } : { status: 204, text: '' });
    const args = ['--yes', '--endpoint', 'replace-agent', '--param', 'conversationId=11c0ffee-0000-4000-8000-000000000011'];
    const run = await send(['t.json', ...args, '--param', 'participantId=12c0ffee-0000-4000-8000-000000000012']);
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('sent t.json: 200')]);
    const created = await send(['t.json', ...args, '--param', 'participantId=13c0ffee-0000-4000-8000-000000000013']);
    expect([created.code, created.stdout]).toEqual([0, expect.stringContaining('sent t.json: 204')]);
  });

  test('a journal line whose result is an inherited key ("constructor") changes nothing', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    expect((await send(['call.json', '--yes'])).code).toBe(0);
    const path = join(dir, '.genesys-call-lint', 'send-journal.ndjson');
    const [attempt] = readFileSync(path, 'utf8').split('\n');
    const { key, destination } = JSON.parse(attempt!) as { key: string; destination: string };
    // A fresh attempt, then a line no version writes: the attempt stands, and holds the body back.
    writeFileSync(path, `${attempt}\n${JSON.stringify({ type: 'outcome', key, destination, result: 'constructor' })}\n`);
    const dry = await send(['call.json']);
    expect(dry.stdout).toContain('# (the journal records an attempt without an answer: it will be held back)');
    const run = await send(['call.json', '--yes']);
    expect(run.stdout).toContain('held back call.json');
    expect(apiCalls()).toBe(1);
  });

  test('the same call placed twice in one run is sent twice; a rerun skips both copies', async () => {
    const call = '{"phoneNumber":"+13175550142","label":"again"}';
    body('a.json', call);
    body('b.json', call);
    body('calls.ndjson', `${call}\n${call}\n`);
    const run = await send(['a.json', 'b.json', 'calls.ndjson', '--yes']);
    expect(run.stdout).not.toContain('skipped');
    expect(run.stdout).toMatch(/^4 sent, 0 failed, 0 already sent/m);
    expect(mock.accepted.get(hash(call))).toBe(4);
    const again = await send(['a.json', 'b.json', 'calls.ndjson', '--yes']);
    expect(again.stdout).toMatch(/^0 sent, 0 failed, 4 already sent/m);
    // One more copy than the journal knows of is new.
    body('c.json', call);
    const more = await send(['a.json', 'b.json', 'calls.ndjson', 'c.json', '--yes']);
    expect(more.stdout).toMatch(/^1 sent, 0 failed, 4 already sent/m);
    expect(mock.accepted.get(hash(call))).toBe(5);
  });

  test('Genesys errors are decoded with a hint; 403 stops the batch and names the permission', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    body('b.json', '{"phoneNumber":"+13175550143"}');
    body('c.json', '{"phoneNumber":"+13175550144"}');
    const answers = [
      { status: 400, body: errorBody(400, 'too.many.create.conversation.parameters', 'Too many parameters', { contextId: 'ctx-1' }) },
      { status: 400, body: errorBody(400, 'not.a.user', 'This request requires a user context.') },
      { status: 403, body: errorBody(403, 'missing.any.permissions', 'Unable to perform the requested action.') },
    ];
    mock.reply = (_r, i) => answers[i];
    const run = await send(['a.json', 'b.json', 'c.json', '--yes']);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('failed a.json: 400 too.many.create.conversation.parameters: Too many parameters (contextId ctx-1)');
    expect(run.stdout).toContain('conflicting-targets');
    expect(run.stdout).toContain('/calls/user/{userId}');
    expect(run.stdout).toContain('requires conversation:conference:add');

    mock.reply = () => ({ status: 403, body: errorBody(403, 'missing.any.permissions', 'no') });
    const stopped = await send(['a.json', 'b.json', '--yes', '--resend']);
    expect(stopped.stdout).toContain('not sent b.json');
  });

  test('a 401 triggers one fresh login, then the batch stops', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    body('b.json', '{"phoneNumber":"+13175550143"}');
    // The token expires after the first body is accepted: the second meets a 401.
    let first = true;
    mock.onAccept = () => { if (first) { first = false; mock.expireTokens(); } };
    const ok = await send(['a.json', 'b.json', '--yes']);
    expect(ok.code).toBe(0);
    expect(mock.logins).toBe(2);
    mock.reply = () => ({ status: 401, body: errorBody(401, 'bad.credentials', 'Invalid login credentials.') });
    const failed = await send(['a.json', 'b.json', '--yes', '--resend']);
    expect(failed.code).toBe(3);
    expect(mock.logins).toBe(4);
    expect(failed.stdout).toContain('not sent b.json');
  });
});

describe('the journal\'s path', () => {
  test('one of the inputs is refused, before anything is sent; one found in a folder is left out', async () => {
    const call = '{"phoneNumber":"+13175550142"}';
    body('call.json', call);
    const run = await send(['call.json', '--yes', '--journal', 'call.json']);
    expect([run.code, run.stderr]).toEqual([2, 'genesys-call-lint: call.json is an input and also the send journal ' +
      '(--journal)\n  Choose another file for that, or leave the file out of the inputs.\n']);
    expect(readFileSync(join(dir, 'call.json'), 'utf8')).toBe(call);
    expect(mock.requests).toHaveLength(0);

    mkdirSync(join(dir, 'payloads'));
    body('payloads/call.json', call);
    expect((await send(['payloads', '--yes', '--journal', 'payloads/journal.ndjson'])).code).toBe(0);
    const again = await send(['payloads', '--yes', '--journal', 'payloads/journal.ndjson']);
    expect(again.stdout).toMatch(/^0 sent, 0 failed, 1 already sent, 0 held back, 0 not sent, 0 refused;/m);
    expect(again.code).toBe(0);
  });

  test('a file that is there and is no journal is refused, left as it was', async () => {
    const call = '{"phoneNumber":"+13175550142"}';
    mkdirSync(join(dir, 'many'));
    body('many/c1.json', call);
    body('many/c2.json', '{"phoneNumber":"+13175550143"}');
    body('notes.txt', 'my notes\n');
    for (const journal of ['many/c1.json', 'notes.txt']) {
      const run = await send(['many', '--yes', '--journal', journal]);
      expect([run.code, run.stderr]).toEqual([2, `genesys-call-lint: --journal ${journal} is a file ` +
        'that is not a send journal\n  Name another file with --journal, or delete that file if ' +
        'it is not needed.\n']);
    }
    expect(readFileSync(join(dir, 'many/c1.json'), 'utf8')).toBe(call);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('my notes\n');
    expect(mock.requests).toHaveLength(0);
    // An empty file is a journal with nothing in it yet.
    writeFileSync(join(dir, 'empty.ndjson'), '');
    expect((await send(['many', '--yes', '--journal', 'empty.ndjson'])).code).toBe(0);
  });

  test('a folder is refused with a usage message, not an internal error', async () => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    mkdirSync(join(dir, 'logs'));
    const run = await send(['call.json', '--yes', '--journal', 'logs/']);
    expect([run.code, run.stderr]).toEqual([2, 'genesys-call-lint: --journal logs/ is a folder\n' +
      '  Name a file, e.g. --journal logs/send-journal.ndjson.\n']);
    expect(mock.requests).toHaveLength(0);
  });

  test.each([
    ['x/', '--journal x/ names a folder, which does not exist', 'x/send-journal.ndjson'],
    ['-', '--journal - would be a file named "-": the journal cannot go to stdout', 'send-journal'],
    [' ', '--journal " " is a blank name', 'send-journal'],
  ])('--journal "%s" is refused, no file made', async (journal, message, hint) => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    const run = await send(['call.json', '--yes', '--journal', journal]);
    expect([run.code, run.stderr.split('\n')[0]]).toEqual([2, `genesys-call-lint: ${message}`]);
    expect(run.stderr).toContain(`Name a file, e.g. --journal ${hint}`);
    expect([existsSync(join(dir, 'x')), existsSync(join(dir, '-')), existsSync(join(dir, ' '))])
      .toEqual([false, false, false]);
    expect(mock.requests).toHaveLength(0);
  });

  // Permissions do not bind root, so as root the run is made as nobody, in a folder open to all.
  test.each([
    ['a file that may not be written', 'kept.ndjson', 'cannot be read and written (EACCES)'],
    ['a file in a folder that may not be written', 'shut/j.ndjson', 'cannot be created (EACCES at '],
    // The file may be written, but its lock cannot be made beside it.
    ['a writable file in a folder that may not be written', 'locked/j.ndjson',
      'cannot be locked (EACCES at /'],
  ])('%s is refused before the login', async (_what, journal, message) => {
    body('call.json', '{"phoneNumber":"+13175550142"}');
    writeFileSync(join(dir, 'kept.ndjson'), '');
    chmodSync(join(dir, 'kept.ndjson'), 0o444);
    mkdirSync(join(dir, 'shut'), 0o555);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'j.ndjson'), '');
    chmodSync(join(dir, 'locked', 'j.ndjson'), 0o666);
    chmodSync(join(dir, 'locked'), 0o555);
    const { code, stderr } = await sendUnprivileged(['call.json', '--yes', '--journal', journal]);
    expect(stderr).toContain(`genesys-call-lint: --journal ${journal} ${message}`);
    expect(stderr).not.toContain('internal error');
    expect(code).toBe(2);
    expect(mock.requests).toHaveLength(0);
  });
});

describe('the journal\'s lock', () => {
  const lockFile = (): string => join(dir, '.genesys-call-lint', 'send-journal.ndjson.lock');

  test('a second run while the first is sending is refused, before it reads or sends anything', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    body('b.json', '{"phoneNumber":"+13175550143"}');
    // The first run's request is held until the second has finished.
    let second: Promise<CliRun> | undefined;
    let secondDone: () => void = () => undefined;
    const isSecondDone = new Promise<void>((done) => (secondDone = done));
    mock.reply = () => ({ accept: true, hold: isSecondDone });
    mock.onAccept = () => { second = send(['a.json', 'b.json', '--yes']).finally(secondDone); };
    const first = await send(['a.json', '--yes']);
    const refused = await second!;
    expect(refused.stderr).toContain('genesys-call-lint: the journal .genesys-call-lint/send-journal.ndjson is in use ' +
      `by another run (pid ${process.pid}); two runs sharing it could send the same body twice\n` +
      `  Wait for that run to end. If none is going, delete ${lockFile()} and run again.\n`);
    expect(refused.code).toBe(2);
    expect(first.code).toBe(0);
    expect(apiCalls()).toBe(1);
    expect(existsSync(lockFile())).toBe(false);
  });

  test('a symbolic link to the journal finds the same lock', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    symlinkSync('jy.ndjson', join(dir, 'jylink.ndjson'));
    let second: Promise<CliRun> | undefined;
    let secondDone: () => void = () => undefined;
    const isSecondDone = new Promise<void>((done) => (secondDone = done));
    mock.reply = () => ({ accept: true, hold: isSecondDone });
    mock.onAccept = () => {
      second = send(['a.json', '--yes', '--journal', 'jylink.ndjson']).finally(secondDone);
    };
    const first = await send(['a.json', '--yes', '--journal', 'jy.ndjson']);
    const refused = await second!;
    expect(refused.stderr).toContain('genesys-call-lint: the journal jylink.ndjson is in use by ' +
      `another run (pid ${process.pid})`);
    expect([first.code, refused.code, apiCalls()]).toEqual([0, 2, 1]);
    expect(existsSync(join(dir, 'jy.ndjson.lock'))).toBe(false);
  });

  test('a journal with a second hard link is refused before anything is sent', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    writeFileSync(join(dir, 'jy.ndjson'), '');
    mkdirSync(join(dir, 'hard'));
    linkSync(join(dir, 'jy.ndjson'), join(dir, 'hard', 'jy.ndjson'));
    for (const journal of ['jy.ndjson', 'hard/jy.ndjson']) {
      const run = await send(['a.json', '--yes', '--journal', journal]);
      expect([run.code, run.stderr.split('\n')[0]]).toEqual([2, `genesys-call-lint: --journal ${journal} ` +
        'has 2 hard links, and a lock cannot cover the names it does not sit beside: two runs using ' +
        'two of them could send the same body twice']);
    }
    expect(mock.requests).toHaveLength(0);
    // A dry run that cannot ask takes no lock, so it still shows what would be sent.
    expect((await send(['a.json', '--journal', 'hard/jy.ndjson'])).code).toBe(0);
  });

  test('a lock that cannot be deleted at the end is named, with exit 2, and is not taken over blindly',
    async () => {
      body('a.json', '{"phoneNumber":"+13175550142"}');
      const folder = join(dir, '.genesys-call-lint');
      mkdirSync(folder);
      chmodSync(folder, 0o777);
      // The folder turns read-only while the request is out: the lock stays where it is.
      mock.onAccept = () => chmodSync(folder, 0o555);
      const run = await sendUnprivileged(['a.json', '--yes']);
      expect(run.stdout).toContain('sent a.json: 200');
      expect(run.stderr).toBe(`genesys-call-lint: the journal's lock could not be deleted (EACCES): ` +
        `${lockFile()}\n  The run is over and its journal is complete. Check the permissions of ` +
        'its folder, and delete the lock before the next run: a run that finds it may stop, taking ' +
        'the journal to be in use.\n');
      expect(run.code).toBe(2);
      expect(existsSync(lockFile())).toBe(true);

      // Its run is gone, but the lock cannot be taken over either: said so, and nothing is sent.
      const rerun = await sendUnprivileged(['a.json', '--yes', '--resend']);
      expect(rerun.stderr.replace(/\(pid \d+\)/, '(pid N)')).toBe('genesys-call-lint: the journal ' +
        '.genesys-call-lint/send-journal.ndjson is locked by a run that is gone (pid N), and its ' +
        `lock cannot be deleted (EACCES): ${lockFile()}\n  Check the permissions of its folder, ` +
        'delete the lock, and run again.\n');
      expect([rerun.code, apiCalls()]).toEqual([2, 1]);
      chmodSync(folder, 0o755);
    });

  // Deleted by hand mid-run and taken by a second run: both may have sent. This run's outcomes
  // are recorded, so its exit code stands, and the other run's lock stays for it.
  test('a lock replaced while the run sends is warned about, and the exit code stands', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    const other = `${process.pid} ${hostname()} ${'e'.repeat(32)}\n`;
    mock.onAccept = () => {
      rmSync(lockFile());
      writeFileSync(lockFile(), other);
    };
    const run = await send(['a.json', '--yes']);
    expect(run.stdout).toContain('sent a.json: 200');
    expect(run.stderr).toBe('genesys-call-lint: WARNING: the lock of the journal ' +
      '.genesys-call-lint/send-journal.ndjson was replaced during this run, by the lock of another ' +
      `run (pid ${process.pid}): ${lockFile()}\n  Another run may have sent bodies from ` +
      'the same journal at the same time. Look in the journal for a key with more than one ' +
      '"succeeded" outcome (a body sent twice) and check those calls in Genesys Cloud; let one run ' +
      'at a time use the journal, and delete its lock by hand only when no run is going.\n');
    expect(run.code).toBe(0);
    expect(readFileSync(lockFile(), 'utf8')).toBe(other);
  });

  test('a lock left by a run that is gone is taken over', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    mkdirSync(join(dir, '.genesys-call-lint'));
    writeFileSync(lockFile(), `${gone} ${hostname()}\n`);
    const run = await send(['a.json', '--yes']);
    expect(run.code).toBe(0);
    expect(apiCalls()).toBe(1);
    expect(existsSync(lockFile())).toBe(false);
  });
});

describe('a journal that cannot be written mid-run', () => {
  const journalFile = (): string => join(dir, '.genesys-call-lint', 'send-journal.ndjson');
  const abc = ['a.json', 'b.json', 'c.json'];
  const writeBodies = (): void =>
    abc.forEach((name, i) => body(name, `{"phoneNumber":"+131755501${i}7"}`));
  const noSpace = (): Error =>
    Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  /**
   * The journal's writes, the disk full from the nth line on: that line's write leaves half of it
   * and fails, or, as the kernel does, comes back short without an error, the next one failing.
   */
  const diskFullAt = (failing: number, isShort = false): WriteLine => {
    let lines = 0;
    let isFull = false;
    const write = (fd: number, bytes: Buffer, offset: number, length: number): number => {
      if (isFull) throw noSpace();
      if (lines < failing) return writeSync(fd, bytes, offset, length);
      isFull = true;
      return writeSync(fd, bytes, offset, Math.floor(length / 2));
    };
    return (fd, line) => {
      if (++lines < failing || isShort) return writeAndSync(fd, line, write);
      writeSync(fd, line.slice(0, line.length / 2));
      throw noSpace();
    };
  };

  const waits: number[] = [];
  async function sendWith(writeJournal: WriteLine): Promise<CliRun> {
    const parsed = await parseArgs(['send', ...abc, '--yes', '--gateway', mock.gateway], 't');
    if (parsed.kind !== 'send') throw new Error('not send');
    const run = { stdout: '', stderr: '', code: 0 };
    run.code = await runSend(parsed.send, parsed.lint, {
      argv: [], cwd: dir, env: env(), version: 't', readStdin: () => undefined,
      stdout: { write: (t: string) => (run.stdout += t) },
      stderr: { write: (t: string) => (run.stderr += t) },
    }, { sleep: async (ms) => { waits.push(ms); }, random: () => 0.5, now: () => new Date(0),
      writeJournal });
    outputs.push(run.stdout, run.stderr);
    return run;
  }

  // Writes: a's attempt, a's outcome, b's attempt, ...
  const cases = [
    ['an outcome line: the body sent is not recorded', 2, 1,
      /^sent a\.json: 200, conversation \S+\n  not recorded: /m,
      '1 sent, 0 failed, 0 already sent, 0 held back, 2 not sent, 0 refused, 1 not recorded ' +
      '(see stderr);',
      'held back a.json'],
    ['an attempt line: that body is not sent', 3, 1,
      /^not sent b\.json: not sent: the journal could not be written/m,
      '1 sent, 0 failed, 0 already sent, 0 held back, 2 not sent, 0 refused;', 'skipped a.json'],
  ] as const;
  const hows = ['failing', 'coming back short'] as const;
  test.each(cases.flatMap((c) => hows.map((how) => [how, ...c] as const)))(
    'a write %s at %s; no body after it is sent, a rerun goes on safely',
    async (how, _, failing, calls, outcome, summaryLine, rerunSays) => {
    writeBodies();
    const run = await sendWith(diskFullAt(failing, how === 'coming back short'));
    expect(run.code).toBe(3);
    expect(apiCalls()).toBe(calls);
    expect(run.stdout).toMatch(outcome);
    expect(run.stdout).toContain('not sent c.json: not sent: the batch stopped (the journal could ' +
      'not be written (ENOSPC: no space left on device, write))');
    expect(run.stdout).toContain(`\n${summaryLine} journal: ${journalFile()}\n`);
    expect(run.stderr).toContain('genesys-call-lint: the journal could not be written (ENOSPC: no ' +
      `space left on device, write): ${journalFile()}\n  No body was sent after that.`);
    expect(existsSync(`${journalFile()}.lock`)).toBe(false);

    // The half line is ended before the rerun appends: its own lines all read.
    const rerun = await send([...abc, '--yes']);
    expect(rerun.stdout).toContain(rerunSays);
    expect(rerun.stdout).toContain('sent b.json: 200');
    expect(rerun.stdout).toContain('sent c.json: 200');
    expect(apiCalls()).toBe(calls + 2);
    const lines = readFileSync(journalFile(), 'utf8').trimEnd().split('\n');
    expect(lines.filter((line) => !isJson(line))).toEqual([expect.stringMatching(/^\{"type":/)]);
    expect(lines.slice(-4).every(isJson)).toBe(true);
  });

  test('a retry whose answer is not recorded is not waited for or made', async () => {
    writeBodies();
    mock.reply = () => serverError(503);
    waits.length = 0;
    const run = await sendWith(diskFullAt(2));
    expect(run.stdout).toContain('failed a.json: 503 service.unavailable: The service is currently ' +
      'unavailable. (contextId');
    expect(run.stdout)
      .toContain('[not tried again: the batch stopped (the journal could not be written');
    expect([run.code, apiCalls(), waits]).toEqual([3, 1, []]);
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('a run stopped by a signal while sending', () => {
  test.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('%s removes the lock and prints the summary',
    async (signal) => {
      body('a.json', '{"phoneNumber":"+13175550142"}');
      let release: () => void = () => undefined;
      const held = new Promise<void>((done) => (release = done));
      const isAccepted = new Promise<void>((done) => {
        mock.onAccept = () => done();
      });
      mock.reply = () => ({ accept: true, hold: held });
      const child = spawn(process.execPath, [BIN, 'send', 'a.json', '--yes', '--gateway', mock.gateway],
        { cwd: dir, env: { ...process.env, ...env() } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const closed = new Promise<[number | null, string | null]>((done) =>
        child.on('close', (code, killedBy) => done([code, killedBy])));
      try {
        await isAccepted;
        const lock = join(dir, '.genesys-call-lint', 'send-journal.ndjson.lock');
        expect(existsSync(lock)).toBe(true);
        child.kill(signal);
        expect(await closed).toEqual([null, signal]);
        outputs.push(stdout, stderr);
        expect(existsSync(lock)).toBe(false);
        expect(stderr).toContain(`genesys-call-lint: stopped by ${signal}`);
        expect(stdout).toMatch(/^0 sent, 0 failed, 0 already sent, 0 held back, 0 not sent, 0 refused;/m);
      } finally {
        release();
      }
      // The request in flight may have been placed: a rerun holds it back.
      const again = await send(['a.json', '--yes']);
      expect(again.stdout).toContain('held back a.json');
    });
});

describe('a token that expires with requests in flight', () => {
  // The mock refuses the first token it issued and accepts the second, as when a token expires.
  const refuseFirstToken = (request: MockRequest): Reply | undefined =>
    (request.headers.authorization?.startsWith('Bearer mock-token-1-')
      ? { status: 401, body: errorBody(401, 'bad.credentials', 'Invalid login credentials.') } : undefined);

  test('every request in flight retries with the one fresh login', async () => {
    const names = Array.from({ length: 6 }, (_, i) => body(`b${i}.json`, `{"phoneNumber":"+131755501${i}0"}`));
    mock.reply = refuseFirstToken;
    const run = await send([...names, '--yes', '--concurrency', '3']);
    expect(run.stdout).toMatch(/^6 sent, 0 failed, 0 already sent, 0 held back, 0 not sent/m);
    expect(run.code).toBe(0);
    expect(mock.logins).toBe(2);
    expect(mock.accepted.size).toBe(6);
  });

  test('a body between its tries when the batch stops is reported with its answer, not as not sent', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    body('b.json', '{"phoneNumber":"+13175550143"}');
    mock.reply = (request) => (request.body.includes('0142') ? tooManyRequests(1)
      : { status: 403, body: errorBody(403, 'missing.any.permissions', 'no') });
    // a waits out its Retry-After until b's 403 has stopped the batch.
    let stdout = '';
    let stopped: () => void = () => undefined;
    const isStopped = new Promise<void>((done) => (stopped = done));
    const parsed = await parseArgs(['send', 'a.json', 'b.json', '--yes', '--gateway', mock.gateway,
      '--concurrency', '2'], 't');
    if (parsed.kind !== 'send') throw new Error('not send');
    const code = await runSend(parsed.send, parsed.lint, {
      argv: [], cwd: dir, env: env(), version: 't', readStdin: () => undefined,
      stdout: { write: (t: string) => { stdout += t; if (t.startsWith('failed b.json')) stopped(); } },
      stderr: { write: () => undefined },
    }, { sleep: () => isStopped, random: () => 0.5, now: () => new Date(0) });
    outputs.push(stdout);
    expect(code).toBe(3);
    expect(stdout).toContain('failed a.json: 429 too.many.requests');
    expect(stdout).toContain('[not tried again: the batch stopped (permission denied (403))]');
    expect(stdout).toMatch(/^0 sent, 2 failed, 0 already sent, 0 held back, 0 not sent/m);
  });
});

describe('login failures', () => {
  test('an unreachable login server is not blamed on the credentials', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    const port = await freePort();
    const run = await runCli(['send', 'a.json', '--yes', '--gateway', `http://127.0.0.1:${port}`, ...fast],
      { cwd: dir, env: env() });
    outputs.push(run.stdout, run.stderr);
    expect(run.stdout).toContain(`login failed: could not connect to 127.0.0.1:${port} (ECONNREFUSED)`);
    expect(run.stdout + run.stderr).toContain('The login server could not be reached');
    expect(run.stdout + run.stderr).not.toContain('Check GENESYSCLOUD_OAUTHCLIENT_ID');
    // Nothing was sent, so nothing was journalled: the summary names no file.
    expect(run.stdout).toMatch(/, 0 refused; no journal written\n$/);
    expect(existsSync(join(dir, '.genesys-call-lint', 'send-journal.ndjson'))).toBe(false);
  });

  test.each(['{}', 'not json', '{"access_token":""}'])('a login answer without a token (%s) stops the batch', async (answer) => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    let calls = 0;
    const server = createServer((req, res) => {
      if (!req.url?.startsWith('/oauth/')) calls++;
      res.writeHead(200, { 'content-type': req.url?.startsWith('/oauth/') ? 'application/json' : 'text/plain' });
      res.end(answer);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const gateway = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const run = await runCli(['send', 'a.json', '--yes', '--no-journal', '--gateway', gateway, ...fast],
        { cwd: dir, env: env() });
      outputs.push(run.stdout, run.stderr);
      expect(run.code).toBe(3);
      expect(run.stdout).toMatch(/login failed/);
      expect(calls).toBe(0);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  // RFC 6749's answer: its registered code is shown, its description (which may quote what was
  // sent) and a code outside the registry never.
  test.each([
    [{ error: 'invalid_client', error_description: 'client fake-described-7788 unknown' },
      'failed a.json: 400 invalid_client [login failed with status 400]'],
    [{ error: 'fake-code-7788', error_description: 'nope' },
      'failed a.json: 400 [login failed with status 400]'],
  ])('a refused login answering %j shows only a registered OAuth code', async (answer, line) => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    mock.loginReply = () => ({ status: 400, body: answer });
    const run = await send(['a.json', '--yes']);
    expect([run.code, run.stdout]).toEqual([3, expect.stringContaining(`${line}\n`)]);
    expect(run.stdout + run.stderr).not.toMatch(/fake-|nope/);
  });

  test('a login refused by the server points at the credentials', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    const run = await send(['a.json', '--yes'], { GENESYSCLOUD_OAUTHCLIENT_SECRET: 'not-the-secret' });
    expect(run.stdout + run.stderr).toContain('Check GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET');
  });
});

describe('connections never made', () => {
  const userToken = { GENESYSCLOUD_ACCESS_TOKEN: 'user-token-never-connected' };

  test('are retried, journalled as failed, and sent again by a rerun: nothing left', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    const gateway = `http://127.0.0.1:${await freePort()}`;
    const run = await runCli(['send', 'a.json', '--yes', '--gateway', gateway, ...fast, '--max-retries', '1'],
      { cwd: dir, env: userToken });
    outputs.push(run.stdout, run.stderr);
    expect(run.stdout).toContain(`failed a.json: [could not connect to ${gateway.slice(7)} (ECONNREFUSED); `);
    expect(run.stdout).toContain('hint: Nothing was sent.');
    expect(run.stdout).not.toContain('may have reached');
    expect(run.code).toBe(3);
    expect(journalResults()).toEqual(['attempt', 'retrying', 'attempt', 'failed']);
    const dry = await runCli(['send', 'a.json', '--gateway', gateway], { cwd: dir, env: userToken });
    expect(dry.stdout).toContain('Dry run: nothing was sent. 1 request would be sent; add --yes to send.');
  });

  test('when the first body of a run cannot connect after its retries, the batch stops', async () => {
    const names = ['a', 'b', 'c'].map((n, i) => body(`${n}.json`, `{"phoneNumber":"+1317555014${i}"}`));
    const gateway = `http://127.0.0.1:${await freePort()}`;
    const run = await runCli(['send', ...names, '--yes', '--gateway', gateway, ...fast, '--max-retries', '1'],
      { cwd: dir, env: userToken });
    outputs.push(run.stdout, run.stderr);
    expect(run.stdout).toContain('not sent b.json: not sent: the batch stopped ' +
      `(could not connect to ${gateway.slice(7)} (ECONNREFUSED))`);
    expect(run.stdout).toMatch(/^0 sent, 1 failed, 0 already sent, 0 held back, 2 not sent/m);
    expect(run.code).toBe(3);
  });
});

describe('redirects', () => {
  // The host check sees where a request starts; a followed redirect would carry the body to a
  // host nobody allowed. Both servers here are on loopback; the second must see nothing.
  test('a redirect from the gateway is not followed, so nothing reaches another host', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    let reached = 0;
    const elsewhere = createServer((_req, res) => { reached++; res.end('{}'); });
    await new Promise<void>((done) => elsewhere.listen(0, '127.0.0.1', done));
    const target = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
    const redirector = createServer((req, res) => {
      res.writeHead(307, { location: `${target}${req.url ?? '/'}` });
      res.end();
    });
    await new Promise<void>((done) => redirector.listen(0, '127.0.0.1', done));
    const gateway = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
    try {
      for (const extra of [{}, { GENESYSCLOUD_ACCESS_TOKEN: 'a-token-for-the-test' }]) {
        const run = await runCli(['send', 'a.json', '--yes', '--no-journal', '--gateway', gateway, ...fast],
          { cwd: dir, env: { ...env(), ...extra } });
        outputs.push(run.stdout, run.stderr);
        expect(run.code).not.toBe(0);
        expect(run.stdout + run.stderr).toContain('answered with a redirect, which send does not follow');
      }
      expect(reached).toBe(0);
    } finally {
      await new Promise<void>((done) => redirector.close(() => done()));
      await new Promise<void>((done) => elsewhere.close(() => done()));
    }
  });
});

describe('retries', () => {
  test('429 waits for Retry-After; above --max-retry-after it gives up', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    mock.reply = (_r, i) => (i < 2 ? tooManyRequests(7) : undefined);
    const waits: number[] = [];
    const parsed = await parseArgs(['send', 'a.json', '--yes', '--gateway', mock.gateway, '--no-journal'], 't');
    if (parsed.kind !== 'send') throw new Error('not send');
    let stdout = '';
    const code = await runSend(parsed.send, parsed.lint, {
      argv: [], cwd: dir, env: env(), version: 't', readStdin: () => undefined,
      stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => undefined },
    }, { sleep: async (ms) => { waits.push(ms); }, random: () => 0.5, now: () => new Date(0) });
    outputs.push(stdout);
    expect(code).toBe(0);
    expect(waits).toEqual([7000, 7000]);

    mock.reply = () => tooManyRequests(200);
    const run = await send(['a.json', '--yes', '--resend']);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('Retry-After asks for 200 s');
  });

  test('5xx bursts and dropped connections are retried with --retry-unknown-outcome', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    mock.reply = (_r, i) => (i === 0 ? serverError(503) : i === 1 ? { drop: true } : i === 2 ? serverError(500) : undefined);
    const run = await send(['a.json', '--yes', '--retry-unknown-outcome']);
    expect(run.code).toBe(0);
    expect(apiCalls()).toBe(4);
    expect(journalResults()).toEqual(
      ['attempt', 'retrying', 'attempt', 'no-answer', 'attempt', 'no-answer', 'attempt', 'succeeded']);
  });

  test('a 503 is retried by default; a 500 after it is not, and is held back', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    mock.reply = (_r, i) => (i === 0 ? serverError(503) : serverError(500));
    const run = await send(['a.json', '--yes']);
    expect(run.code).toBe(3);
    expect(apiCalls()).toBe(2);
    expect(run.stdout).toContain('hint: Genesys failed while handling the request, perhaps after carrying it out');
    expect(journalResults()).toEqual(['attempt', 'retrying', 'attempt', 'no-answer']);
  });

  test('a gateway\'s 504 may have placed the call: sent once, and the journal holds the body back', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    mock.reply = () => serverError(504);
    const run = await send(['a.json', '--yes']);
    expect(run.stdout).toContain('[status 504, not retried, since it may have taken effect');
    expect(run.stdout).toContain('hint: A gateway answered for Genesys, which may have taken the request');
    expect(run.code).toBe(3);
    expect(journalResults()).toEqual(['attempt', 'no-answer']);
    const rerun = await send(['a.json', '--yes']);
    expect(rerun.stdout).toContain('held back a.json');
    expect(apiCalls()).toBe(1);
  });

  test.each([
    ['a timeout', (): Reply => ({ status: 200, body: { id: 'late' }, delayMs: 300 })],
    ['a 504', (): Reply => serverError(504)],
    ['a 500', (): Reply => serverError(500)],
    ['a 200 that is not JSON', (): Reply => ({ status: 200, text: 'OK!' })],
  ])('with --no-journal the hint after %s does not send the user to --resend', async (_what, reply) => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    mock.reply = reply;
    const run = await runCli(['send', 'a.json', '--yes', '--no-journal', '--gateway', mock.gateway,
      '--timeout', '100'], { cwd: dir, env: env() });
    outputs.push(run.stdout, run.stderr);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('hint: ');
    expect(run.stdout).toContain('check in Genesys Cloud before running send again: with --no-journal ' +
      'nothing holds it back.');
    expect(run.stdout).not.toContain('--resend');
  });

  test('with --retry-unknown-outcome a 504 is retried, and the journal still holds the body back', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    mock.reply = () => serverError(504);
    const run = await send(['a.json', '--yes', '--max-retries', '1', '--retry-unknown-outcome']);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('[status 504 after 1 retry]');
    expect(journalResults()).toEqual(['attempt', 'no-answer', 'attempt', 'no-answer']);
    const rerun = await send(['a.json', '--yes', '--retry-unknown-outcome']);
    expect(rerun.stdout).toContain('held back a.json');
    expect(apiCalls()).toBe(2);
  });

  test.each([
    ['by default the mock gets exactly one POST', [], 1, 3],
    ['with --retry-unknown-outcome it gets two', ['--retry-unknown-outcome'], 2, 0],
  ])('a slow answer past --timeout: %s', async (_what, flags, posts, code) => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    mock.reply = (_r, i) => (i === 0 ? { status: 200, body: { id: 'late' }, delayMs: 300 } : undefined);
    const run = await runCli(['send', 'a.json', '--yes', '--gateway', mock.gateway, '--timeout', '100',
      '--backoff-base', '1', ...flags], { cwd: dir, env: env() });
    outputs.push(run.stdout, run.stderr);
    expect(run.code).toBe(code);
    expect(mock.requests.filter((r) => r.method === 'POST' && r.url.startsWith('/api/'))).toHaveLength(posts);
    if (code !== 0) {
      expect(run.stdout).toContain('failed a.json: [no answer (no complete answer within the 100 ms of ' +
        '--timeout); not retried, since it may have taken effect (--retry-unknown-outcome retries it)]');
    }
    expect(journalResults().slice(0, 2)).toEqual(['attempt', 'no-answer']);
  });

  // Headers at once, then the body a byte every 100 ms: each byte restarts a socket idle timer.
  async function startTrickle(): Promise<{ gateway: string; close: () => Promise<void> }> {
    const server = createServer((req, res) => {
      const text = JSON.stringify(req.url === '/oauth/token' ? { access_token: 'trickled-token-value' }
        : { id: 'trickled' }).padEnd(60, ' ');
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed || sent >= text.length) {
          clearInterval(timer);
          res.end();
        } else res.write(text[sent++]);
      }, 100);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return { gateway: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }) };
  }

  test.each([
    ['an API answer', { GENESYSCLOUD_ACCESS_TOKEN: 'user-token-for-trickle' }, /failed a\.json: \[no answer/],
    ['the login answer', env(), /failed a\.json: \[login failed/],
  ])('--timeout bounds %s that trickles in', async (_what, credentials, outcome) => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    const trickle = await startTrickle();
    try {
      const run = await runCli(['send', 'a.json', '--yes', '--no-journal', '--gateway', trickle.gateway,
        '--timeout', '1000', '--max-retries', '0'], { cwd: dir, env: credentials });
      outputs.push(run.stdout, run.stderr);
      expect(run.stdout).toMatch(outcome);
      expect(run.stdout).toContain('no complete answer within the 1000 ms of --timeout');
      expect(run.code).toBe(3);
    } finally {
      await trickle.close();
    }
  });

  test('100 bodies under random 429s and 5xx: each accepted exactly once', async () => {
    const names: string[] = [];
    for (let i = 0; i < 100; i++) names.push(body(`b${i}.json`, `{"phoneNumber":"+1317555${String(i).padStart(4, '0')}"}`));
    let seed = 42;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    mock.reply = () => {
      const r = random();
      return r < 0.2 ? tooManyRequests(0) : r < 0.35 ? serverError(r < 0.3 ? 503 : 500) : undefined;
    };
    const run = await send([...names, '--yes', '--concurrency', '4', '--max-retries', '20', '--max-rate-retries', '20',
      '--retry-unknown-outcome']);
    expect(run.code).toBe(0);
    expect(mock.accepted.size).toBe(100);
    expect([...mock.accepted.values()].every((n) => n === 1)).toBe(true);
    expect(run.stdout).toContain('100 sent, 0 failed');
  });
});

describe('secrets quoted in server text', () => {
  // Plain-text answers are cut short for output: the cut must not split a secret, which would
  // leave all of it but the last character for a scrubber that knows whole values only.
  const cutAt = 500;
  const endingAtCut = (secret: string): string => `${'x'.repeat(cutAt - secret.length + 1)}${secret} more`;

  test('a token a plain-text error quotes across the cut is scrubbed whole, in output and journal', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    mock.reply = (request) => ({ status: 400, text: endingAtCut(request.headers.authorization!.slice(7)) });
    const run = await send(['a.json', '--yes']);
    const journal = readFileSync(join(dir, '.genesys-call-lint', 'send-journal.ndjson'), 'utf8');
    const [token] = tokensSeen();
    expect(run.stdout).toContain('failed a.json: 400: xxx');
    for (const text of [run.stdout, journal]) expect(text).not.toContain(token!.slice(0, -1));
  });

  test('a refused login quoting the decoded client pair across the cut shows none of it', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    mock.loginReply = () => ({ status: 401, text: endingAtCut(`${CLIENT_ID}:${CLIENT_SECRET}`) });
    const run = await send(['a.json', '--yes']);
    expect(run.stdout).toContain('failed a.json: 401: xxx');
    expect(run.stdout + run.stderr).not.toContain(CLIENT_SECRET.slice(0, -1));
  });
});

describe('secrets echoed in other forms', () => {
  // Each form a server may write a value back in: percent escapes of every character with hex
  // digits of mixed case, or escaped twice over, JSON \u escapes of some or all characters, HTML
  // character references, base64 in both alphabets, the value folded to one case or with its case
  // mixed.
  const hex = (c: string): string => c.charCodeAt(0).toString(16).padStart(2, '0');
  const writtenForms = (value: string): string[] => [
    [...value].map((c, i) => `%${i % 2 === 0 ? hex(c) : hex(c).toUpperCase()}`).join(''),
    [...value].map((c) => `\\u${hex(c).padStart(4, '0')}`).join(''),
    [...value].map((c, i) => (i % 3 === 0 ? `\\u${hex(c).toUpperCase().padStart(4, '0')}` : c))
      .join(''),
    [...value].map((c) => `%25${hex(c)}`).join(''),
    [...value].map((c, i) => (i % 2 === 0 ? `&#${c.charCodeAt(0)};` : `&#x${hex(c)};`)).join(''),
    Buffer.from(value).toString('base64'),
    Buffer.from(value).toString('base64url'),
    value.toUpperCase(),
    value.toLowerCase(),
    [...value].map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c.toLowerCase())).join(''),
  ];

  test('a login error and an API error that echo them show them nowhere', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    mock.loginReply = () => ({ status: 401, body: { error: 'invalid_client',
      message: `bad secret ${writtenForms(CLIENT_SECRET).join(' ')}` } });
    const refused = await send(['a.json', '--yes', '--verbose']);
    expect(refused.stderr)
      .toContain('< 401 {"error":"invalid_client","message":"bad secret [REDACTED] [REDACTED]');
    mock.loginReply = undefined;
    mock.reply = (request) => {
      const token = request.headers.authorization!.slice('Bearer '.length);
      return { status: 400, body: errorBody(400, 'bad.request', [token, CLIENT_SECRET]
        .flatMap(writtenForms).join(' ')) };
    };
    const failed = await send(['a.json', '--yes', '--verbose']);
    expect(failed.stdout)
      .toContain(`failed a.json: 400 bad.request: ${Array(20).fill('[REDACTED]').join(' ')}`);
    const journal = readFileSync(join(dir, '.genesys-call-lint', 'send-journal.ndjson'), 'utf8');
    const forms = [CLIENT_SECRET, ...tokensSeen()].flatMap(writtenForms);
    for (const text of [refused.stdout, refused.stderr, failed.stdout, failed.stderr, journal]) {
      for (const form of forms) expect(text).not.toContain(form);
    }
  });
});

describe('verbose and the terminal', () => {
  test('--verbose logs each exchange with credentials redacted', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    const run = await send(['a.json', '--yes', '--verbose']);
    expect(run.stderr).toContain('> POST http://127.0.0.1');
    expect(run.stderr).toContain('Authorization: Basic [REDACTED]');
    expect(run.stderr).toContain('Authorization: Bearer [REDACTED]');
    expect(run.stderr).toContain('"access_token":"[REDACTED]"');
  });

  test('--verbose prints 4096 characters of an answer, scrubbed before the cut', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    // The line begins '< 400 {"message":"': the token straddles the cut at 4096 characters.
    mock.reply = (request) => ({ status: 400, body: errorBody(400, 'bad.request',
      `${'x'.repeat(4060)}${request.headers.authorization}${'y'.repeat(200_000)}`) });
    const run = await send(['a.json', '--yes', '--verbose']);
    const line = run.stderr.split('\n').find((text) => text.startsWith('< 400 '))!;
    expect(line).toMatch(
      /^< 400 \{"message":"x{4060}Bearer \[REDACTED\]y+… \(\d+ more characters not kept\)$/);
    expect(line.length).toBeLessThan(4096 + 100);
    expect(run.stderr).not.toContain('mock-token-');
  });

  test('--verbose: a login error quoting URL-encoded credentials shows none of them', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    // encodeURIComponent keeps !'()~ and a form body does not: both forms must be caught.
    const secret = 'Sup3r+Secret/Value=&<x>"q!\'()~';
    const pair = `${CLIENT_ID}:${secret}`;
    const form = (value: string): string => new URLSearchParams({ v: value }).toString().slice(2);
    const echoed = [encodeURIComponent(secret), form(secret), encodeURIComponent(pair), form(pair)];
    mock.loginReply = () => ({ status: 401, body: { error: 'invalid_client', received: echoed } });
    const run = await send(['a.json', '--yes', '--verbose'],
      { GENESYSCLOUD_OAUTHCLIENT_SECRET: secret });
    expect(run.stderr).toContain('< 401 {"error":"invalid_client","received":["[REDACTED]"');
    for (const text of [secret, ...echoed]) expect(run.stdout + run.stderr).not.toContain(text);
  });

  test('--verbose: a login answer quoting its token in another field shows it nowhere', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    const token = 'user-token-issued-4e7d1c9a';
    mock.loginReply = () => ({ status: 200, body: { access_token: token, note: `issued ${token}` } });
    const run = await send(['a.json', '--yes', '--verbose']);
    expect(run.stderr).toContain('"access_token":"[REDACTED]","note":"issued [REDACTED]"');
    expect(run.stdout + run.stderr).not.toContain(token);
  });

  test('server text with line ends and terminal escapes is printed escaped, one outcome a line', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    body('b.json', '{"phoneNumber":"+13175550143"}');
    const forged = '\r\nsent forged.json: 200\u001b]0;owned\u0007\u001b[2J\u009b31m\u2028';
    mock.reply = (_r, i) => (i === 0
      ? { status: 400, body: errorBody(400, `bad${forged}`, `no${forged}`, { contextId: `ctx${forged}`,
        errors: [{ code: `e${forged}`, message: `m${forged}` }], details: [{ errorCode: `d${forged}` }] }) }
      : { status: 200, body: { id: `conv${forged}` } });
    const run = await send(['a.json', 'b.json', '--yes', '--verbose']);
    for (const text of [run.stdout, run.stderr]) expect(text).not.toMatch(/[\r\u0007\u001b\u009b\u2028]/);
    expect(run.stdout).not.toMatch(/^sent forged/m);
    expect(run.stdout.split('\n').filter((line) => /^(sent|failed) /.test(line))).toEqual([
      expect.stringMatching(/^failed a\.json: 400 bad\\u000d\\u000asent forged\.json: 200\\u001b\]0;owned\\u0007/),
      expect.stringMatching(/^sent b\.json: 200, conversation conv\\u000d\\u000asent forged/)]);
    expect(run.stdout).toContain('  error e\\u000d\\u000asent forged.json');
  });

  test('a terminal gets a progress bar on stderr and a prompt; "no" sends nothing', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    let stdout = '';
    let stderr = '';
    const io = (answer: boolean) => ({
      argv: ['send', 'a.json', '--gateway', mock.gateway], cwd: dir, env: env(), version: 't',
      readStdin: () => undefined, confirm: async () => answer,
      stdout: { write: (t: string) => (stdout += t), isTTY: true },
      stderr: { write: (t: string) => (stderr += t), isTTY: true },
    });
    expect(await main(io(false))).toBe(0);
    expect(apiCalls()).toBe(0);

    expect(await main(io(true))).toBe(0);
    expect(apiCalls()).toBe(1);
    expect(stderr).toMatch(/\r\[#+\] 1\/1/);
    expect(stdout).not.toContain('\r');
    // The question counts what would go out, not what the journal passes over (a.json, sent).
    body('b.json', '{"phoneNumber":"+13175550143"}');
    const questions: string[] = [];
    await main({ ...io(false), argv: ['send', 'a.json', 'b.json', '--gateway', mock.gateway],
      confirm: async (question: string) => { questions.push(question); return false; } });
    expect(questions).toEqual([`Send 1 request to ${mock.gateway}? [y/N] `]);
    outputs.push(stdout, stderr);
  });

  test.each([['Ctrl-C', true, 130], ['Ctrl-D', false, 0]])('%s at the prompt cancels, and nothing is sent',
    async (_key, isInterrupt, code) => {
      body('a.json', '{"phoneNumber":"+13175550142"}');
      let stdout = '';
      let stderr = '';
      const exit = await main({
        argv: ['send', 'a.json', '--gateway', mock.gateway], cwd: dir, env: env(), version: 't',
        readStdin: () => undefined, confirm: () => Promise.reject(new PromptCancelled(isInterrupt)),
        stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) },
      });
      outputs.push(stdout, stderr);
      expect([exit, stderr]).toEqual([code, '']);
      expect(stdout).toMatch(/\nCancelled: nothing was sent\.\n$/);
      expect(mock.requests).toHaveLength(0);
    });

  test('a user token from GENESYSCLOUD_ACCESS_TOKEN is used without login', async () => {
    body('a.json', '{"phoneNumber":"+13175550142"}');
    const token = 'user-token-5d7e9f1a2b3c';
    const run = await runCli(['send', 'a.json', '--yes', '--gateway', mock.gateway],
      { cwd: dir, env: { GENESYSCLOUD_ACCESS_TOKEN: token } });
    outputs.push(run.stdout, run.stderr);
    expect(run.code).toBe(0);
    expect(mock.logins).toBe(0);
    expect(mock.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
  });
});

test('path parameters come from a captured NDJSON request', async () => {
  mkdirSync(join(dir, 'logs'));
  writeFileSync(join(dir, 'logs', 'c.ndjson'), `${JSON.stringify({ method: 'POST',
    url: 'https://api.mypurecloud.com/api/v2/conversations/calls/11c0ffee-0000-4000-8000-000000000011/participants/13c0ffee-0000-4000-8000-000000000013/consult/agent',
    body: { speakTo: 'DESTINATION', userId: '3f2d0c8e-1111-4a2b-9c3d-5e6f7a8b9c0d' } })}\n`);
  const run = await send(['logs/c.ndjson', '--yes']);
  expect(run.code).toBe(0);
  expect(mock.requests.at(-1)!.url).toBe('/api/v2/conversations/calls/11c0ffee-0000-4000-8000-000000000011/participants/13c0ffee-0000-4000-8000-000000000013/consult/agent');
});

describe('path parameters given twice', () => {
  const consultPath = 'POST /api/v2/conversations/calls/10c0ffee-0000-4000-8000-000000000010/participants/08c0ffee-0000-4000-8000-000000000008/consult';
  const consult = JSON.stringify({ speakTo: 'DESTINATION', destination: { address: '+13175550142' } });

  // With no capture in the run, a clash with --param was blamed on "the captured URL".
  test('an --endpoint path and --param that disagree are each named, with what to change', async () => {
    body('c.json', JSON.stringify({ speakTo: 'DESTINATION', destination: { address: '+13175550142' } }));
    const run = await send(['c.json', '-e', 'POST /api/v2/conversations/calls/10c0ffee-0000-4000-8000-000000000010/participants/08c0ffee-0000-4000-8000-000000000008/consult',
      '--param', 'conversationId=09c0ffee-0000-4000-8000-000000000009']);
    expect([run.code, run.stderr]).toEqual([2, 'genesys-call-lint: path parameter conversationId ' +
      'is "10c0ffee-0000-4000-8000-000000000010" in the --endpoint path but "09c0ffee-0000-4000-8000-000000000009" in --param\n  Give conversationId once: drop --param ' +
      'conversationId=09c0ffee-0000-4000-8000-000000000009, or write the id you mean into the --endpoint path.\n']);
    expect(mock.requests).toHaveLength(0);
  });

  test('a path from the config file is named as the config\'s, not as --endpoint', async () => {
    body('c.json', JSON.stringify({ speakTo: 'DESTINATION', destination: { address: '+13175550142' } }));
    body('.genesys-call-lintrc.json', JSON.stringify({
      endpoint: 'POST /api/v2/conversations/calls/10c0ffee-0000-4000-8000-000000000010/participants/08c0ffee-0000-4000-8000-000000000008/consult' }));
    const run = await send(['c.json', '--param', 'conversationId=09c0ffee-0000-4000-8000-000000000009']);
    expect([run.code, run.stderr]).toEqual([2, 'genesys-call-lint: path parameter conversationId ' +
      'is "10c0ffee-0000-4000-8000-000000000010" in the endpoint path of the config file but "09c0ffee-0000-4000-8000-000000000009" in --param\n  Drop --param ' +
      'conversationId=09c0ffee-0000-4000-8000-000000000009, or change the id in the config file\'s endpoint (--endpoint overrides it).\n']);
  });

  // Run from a monorepo's root, send took the root's config for every body: a service's consult
  // bodies went to create-call, and were refused for its members.
  test('each body goes where the config nearest to it sends it', async () => {
    const consultPath = '/api/v2/conversations/calls/10c0ffee-0000-4000-8000-000000000010/' +
      'participants/08c0ffee-0000-4000-8000-000000000008/consult';
    body('.genesys-call-lintrc.json', JSON.stringify({ endpoint: 'create-call' }));
    mkdirSync(join(dir, 'agent'));
    body('agent/.genesys-call-lintrc.json', JSON.stringify({ endpoint: `POST ${consultPath}` }));
    body('agent/c.json', JSON.stringify({ speakTo: 'DESTINATION',
      destination: { address: '+13175550142' } }));
    const run = await send(['agent/c.json', '--yes']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(mock.requests.filter((r) => r.url.startsWith('/api/')).map((r) => r.url))
      .toEqual([consultPath]);
  });

  // The README says the config file works for send as for linting; its rules were not applied.
  test('each body is linted with the rules of the config nearest to it before it is sent',
    async () => {
      mkdirSync(join(dir, 'strict'));
      body('strict/.genesys-call-lintrc.json', JSON.stringify({ rules: { 'non-e164': 'error' } }));
      body('strict/c.json', '{"phoneNumber":"0117 496 0123"}');
      const run = await send(['strict/c.json', '--yes']);
      expect(run.stdout).toContain('refused strict/c.json: 1 error finding, first 1:16 non-e164');
      expect(run.code).toBe(1);
      expect(mock.requests.filter((r) => r.url.startsWith('/api/'))).toHaveLength(0);
    });

  // Captured requests keep their URL and never use the config's endpoint: a run of them alone was
  // refused for a clash with a path it would not send to.
  test('the config file\'s endpoint is held against --param only when a body goes to it', async () => {
    body('.genesys-call-lintrc.json', JSON.stringify({
      endpoint: 'POST /api/v2/conversations/calls/10c0ffee-0000-4000-8000-000000000010/participants/08c0ffee-0000-4000-8000-000000000008/consult' }));
    const consultBody = { speakTo: 'DESTINATION', destination: { address: '+13175550142' } };
    body('cap.ndjson', `${JSON.stringify({ method: 'POST', body: consultBody,
      url: 'https://api.mypurecloud.com/api/v2/conversations/calls/09c0ffee-0000-4000-8000-000000000009/participants/08c0ffee-0000-4000-8000-000000000008/consult' })}\n`);
    const captured = await send(['cap.ndjson', '--yes', '--param', 'conversationId=09c0ffee-0000-4000-8000-000000000009']);
    expect([captured.code, captured.stderr]).toEqual([0, '']);
    expect(mock.requests.filter((r) => r.url.startsWith('/api/')).map((r) => r.url))
      .toEqual(['/api/v2/conversations/calls/09c0ffee-0000-4000-8000-000000000009/participants/08c0ffee-0000-4000-8000-000000000008/consult']);
    body('c.json', JSON.stringify(consultBody));
    const mixed = await send(['cap.ndjson', 'c.json', '--yes', '--resend', '--param', 'conversationId=09c0ffee-0000-4000-8000-000000000009']);
    expect([mixed.code, mixed.stdout, mixed.stderr]).toEqual([2, '', 'genesys-call-lint: path ' +
      'parameter conversationId is "10c0ffee-0000-4000-8000-000000000010" in the endpoint path of the config file but "09c0ffee-0000-4000-8000-000000000009" in ' +
      '--param\n  Drop --param conversationId=09c0ffee-0000-4000-8000-000000000009, or change the id in the config file\'s endpoint ' +
      '(--endpoint overrides it).\n']);
    expect(mock.requests.filter((r) => r.url.startsWith('/api/'))).toHaveLength(1);
  });

  // It was told once per body, each counted unusable: the same lines as many times as files.
  // Told before any input is read, so a missing file is not reported alongside it either.
  test('a clash of --endpoint and --param is one usage error before any body is read', async () => {
    for (const name of ['a.json', 'b.json', 'c.json']) body(name, consult);
    const run = await send(['a.json', 'b.json', 'c.json', 'missing.json', '--yes', '-e', consultPath,
      '--param', 'conversationId=09c0ffee-0000-4000-8000-000000000009']);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'genesys-call-lint: path parameter ' +
      'conversationId is "10c0ffee-0000-4000-8000-000000000010" in the --endpoint path but "09c0ffee-0000-4000-8000-000000000009" in --param\n  Give conversationId ' +
      'once: drop --param conversationId=09c0ffee-0000-4000-8000-000000000009, or write the id you mean into the --endpoint path.\n']);
    expect(mock.requests).toHaveLength(0);
  });

  // The captured URL is the body's own: other bodies of the run are still sent.
  test('a clash of --param with a captured URL stays that body\'s', async () => {
    body('calls.ndjson', [
      { url: 'https://api.mypurecloud.com/api/v2/conversations/calls/10c0ffee-0000-4000-8000-000000000010/participants/08c0ffee-0000-4000-8000-000000000008/consult' },
      { url: 'https://api.mypurecloud.com/api/v2/conversations/calls/09c0ffee-0000-4000-8000-000000000009/participants/08c0ffee-0000-4000-8000-000000000008/consult' },
    ].map((entry) => `${JSON.stringify({ method: 'POST', ...entry, body: JSON.parse(consult) })}\n`)
      .join(''));
    const run = await send(['calls.ndjson', '--yes', '--param', 'conversationId=09c0ffee-0000-4000-8000-000000000009']);
    expect(run.stderr).toMatch(new RegExp('^genesys-call-lint: calls\\.ndjson \\([^)]*\\): path ' +
      'parameter conversationId is "10c0ffee-0000-4000-8000-000000000010" in the captured URL but "09c0ffee-0000-4000-8000-000000000009" in --param\n  Drop --param ' +
      'conversationId=09c0ffee-0000-4000-8000-000000000009: [^\n]*\n$'));
    expect(run.code).toBe(2);
    expect(mock.requests.filter((r) => r.url.includes('/consult'))).toHaveLength(1);
  });
});

describe('--param names the endpoints do not take', () => {
  // A typo such as conversationID was dropped without a word, as was an id for another endpoint.
  test('a misspelt name is a usage error with the nearest name, and nothing is sent', async () => {
    body('c.json', JSON.stringify({ speakTo: 'DESTINATION', destination: { address: '+13175550142' } }));
    const run = await send(['c.json', '--yes', '-e',
      'POST /api/v2/conversations/calls/10c0ffee-0000-4000-8000-000000000010/participants/08c0ffee-0000-4000-8000-000000000008/consult', '--param', 'conversationID=b']);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'genesys-call-lint: --param conversationID=b: ' +
      'POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult has no ' +
      'such path parameter; its path takes "conversationId" and "participantId"\n' +
      '  Did you mean --param conversationId=b?\n']);
    expect(mock.requests).toHaveLength(0);
  });

  // An attack found the last of two values winning without a word: the call went to 06c0ffee-0000-4000-8000-000000000006.
  test('a name given twice with different values is a usage error; the same value twice is one', async () => {
    body('call.json', JSON.stringify({ phoneNumber: '+13175550142' }));
    const args = ['call.json', '--yes', '-e', 'POST /calls/user/{userId}', '--param', 'userId=05c0ffee-0000-4000-8000-000000000005'];
    const twice = await send([...args, '--param', 'userId=06c0ffee-0000-4000-8000-000000000006']);
    expect([twice.code, twice.stdout, twice.stderr]).toEqual([2, '', 'genesys-call-lint: --param userId ' +
      'is given twice, as "05c0ffee-0000-4000-8000-000000000005" and "06c0ffee-0000-4000-8000-000000000006"\n  Give userId once: a request goes to one userId.\n']);
    const same = await send([...args, '--param', 'userId=05c0ffee-0000-4000-8000-000000000005']);
    expect(same.code).toBe(0);
    expect(mock.requests.map((r) => r.url).filter((url) => url.startsWith('/api/')))
      .toEqual(['/api/v2/conversations/calls/user/05c0ffee-0000-4000-8000-000000000005']);
  });

  // A path copied from the README's table, with its {pid}, and --param pid=03c0ffee-0000-4000-8000-000000000003: pid was unknown.
  test('the README\'s short names fill the parameters they stand for', async () => {
    body('c.json', JSON.stringify({ speakTo: 'DESTINATION', address: '+13175550142' }));
    const run = await send(['c.json', '--yes', '-e', 'POST /calls/01c0ffee-0000-4000-8000-000000000001/participants/{pid}/voice/consult',
      '--param', 'pid=03c0ffee-0000-4000-8000-000000000003']);
    expect(run.code).toBe(0);
    const both = await send(['c.json', '--yes', '-e', 'consult-address', '--param', 'id=02c0ffee-0000-4000-8000-000000000002',
      '--param', 'pid=04c0ffee-0000-4000-8000-000000000004']);
    expect(both.code).toBe(0);
    expect(mock.requests.filter((r) => r.url.startsWith('/api/')).map((r) => r.url)).toEqual([
      '/api/v2/conversations/calls/01c0ffee-0000-4000-8000-000000000001/participants/03c0ffee-0000-4000-8000-000000000003/voice/consult',
      '/api/v2/conversations/calls/02c0ffee-0000-4000-8000-000000000002/participants/04c0ffee-0000-4000-8000-000000000004/voice/consult']);
  });

  // Short names were taken, but every later message named the long one, a flag never given.
  test.each([
    ['a clash with the --endpoint path', ['-e', 'POST /calls/01c0ffee-0000-4000-8000-000000000001/participants/p9/voice/consult',
      '--param', 'pid=03c0ffee-0000-4000-8000-000000000003'], 'path parameter participantId is "p9" in the --endpoint path but "03c0ffee-0000-4000-8000-000000000003" ' +
      'in --param pid\n  Give participantId once: drop --param pid=03c0ffee-0000-4000-8000-000000000003, or write the id you mean ' +
      'into the --endpoint path.\n'],
    ['a short name given twice', ['-e', 'consult-address', '--param', 'id=01c0ffee-0000-4000-8000-000000000001', '--param', 'pid=03c0ffee-0000-4000-8000-000000000003',
      '--param', 'pid=04c0ffee-0000-4000-8000-000000000004'], '--param pid is given twice, as "03c0ffee-0000-4000-8000-000000000003" and "04c0ffee-0000-4000-8000-000000000004"\n  Give pid once: a ' +
      'request goes to one participantId.\n'],
    ['a short and a long name with two values', ['-e', 'consult-address', '--param', 'pid=03c0ffee-0000-4000-8000-000000000003',
      '--param', 'participantId=04c0ffee-0000-4000-8000-000000000004'], '--param pid and --param participantId both give ' +
      'participantId, as "03c0ffee-0000-4000-8000-000000000003" and "04c0ffee-0000-4000-8000-000000000004"\n  Give participantId once, under either name: a request ' +
      'goes to one participantId.\n'],
    ['a name no path takes', ['--param', 'cid=07c0ffee-0000-4000-8000-000000000007'], '--param cid=07c0ffee-0000-4000-8000-000000000007: POST ' +
      '/api/v2/conversations/calls has no such path parameter, and its path takes none\n  Drop it, ' +
      'or pass --endpoint with the endpoint whose path takes it.\n'],
  ])('%s is told with the short name as written', async (_, args, said) => {
    body('c.json', JSON.stringify({ speakTo: 'DESTINATION', address: '+13175550142' }));
    const run = await send(['c.json', '--yes', ...args]);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `genesys-call-lint: ${said}`]);
    expect(mock.requests).toHaveLength(0);
  });

  test('a short name whose value is a step of the path is told as written', async () => {
    body('c.json', JSON.stringify({ speakTo: 'DESTINATION', address: '+13175550142' }));
    const run = await send(['c.json', '--yes', '-e', 'consult-address', '--param', 'id=01c0ffee-0000-4000-8000-000000000001',
      '--param', 'pid=..']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('c.json: path parameter participantId is ".." in --param pid, ');
    expect(mock.requests.filter((r) => r.url.startsWith('/api/'))).toHaveLength(0);
  });

  // "{cid}" where the conversation's id goes was told only that conversationId was missing, or
  // that no path takes --param cid, never naming the {cid} written.
  const consultPath = 'POST /api/v2/conversations/calls/{conversationId}/participants/' +
    '{participantId}/consult';
  const misplacedHint = '  Write {conversationId} or the conversationId itself where {cid} is, and ' +
    'give the value with --param conversationId=<id>.\n';
  // A body that lacks several parameters names them all: told one per run, a user fixed one and
  // ran again only to learn of the next.
  test.each([
    ['a {cid} left in the conversation\'s place of --endpoint is named',
      'POST /calls/{cid}/participants/03c0ffee-0000-4000-8000-000000000003/consult', 'parameter conversationId: the --endpoint path ' +
      'has {cid} in the place of conversationId (cid is short for communicationId)\n' + misplacedHint],
    ['a run names every path parameter it lacks, not one per run', 'consult', 'parameters ' +
      'conversationId and participantId\n  Pass --param conversationId=<id> --param ' +
      'participantId=<id>, or send a captured request that has them in its URL.\n'],
  ])('%s', async (_name, endpointFlag, told) => {
    body('c.json', JSON.stringify({ speakTo: 'DESTINATION', destination: { address: '+13175550142' } }));
    const run = await send(['c.json', '--yes', '-e', endpointFlag]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`genesys-call-lint: c.json: ${consultPath} needs the path ${told}`);
    expect(mock.requests.filter((r) => r.url.startsWith('/api/'))).toHaveLength(0);
  });

  test('a --param cid meant for a {cid} in the conversation\'s place names the {cid}', async () => {
    body('c.json', JSON.stringify({ speakTo: 'DESTINATION', destination: { address: '+13175550142' } }));
    const run = await send(['c.json', '--yes', '-e', 'POST /calls/{cid}/participants/03c0ffee-0000-4000-8000-000000000003/consult',
      '--param', 'cid=07c0ffee-0000-4000-8000-000000000007']);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `genesys-call-lint: --param cid=07c0ffee-0000-4000-8000-000000000007 ` +
      `fills no place of ${consultPath}: the --endpoint path has {cid} in the place of ` +
      `conversationId (cid is short for communicationId)\n${misplacedHint}`]);
    expect(mock.requests).toHaveLength(0);
  });

  // With --param for each place, a {name} of another parameter there was filled by place, and the
  // request built without a word: the ids sent to each other's places.
  test.each([
    ['calls/{participantId}/participants/{conversationId}', '{participantId} in the place of ' +
      'conversationId, and {conversationId} in the place of participantId'],
    ['calls/{pid}/participants/{participantId}', '{pid} in the place of conversationId (pid is ' +
      'short for participantId)'],
    ['calls/{userId}/participants/{pid}', '{userId} in the place of conversationId'],
    ['calls/{CID}/participants/{pid}', '{CID} in the place of conversationId'],
  ])('a misplaced placeholder of --endpoint is named though --param fills its place: %s', async (path, said) => {
    body('c.json', JSON.stringify({ speakTo: 'DESTINATION', destination: { address: '+13175550142' } }));
    const run = await send(['c.json', '--yes', '-e', `POST /api/v2/conversations/${path}/consult`,
      '--param', 'conversationId=C', '--param', 'participantId=P']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain(`genesys-call-lint: the --endpoint path has ${said}, in ` +
      `${consultPath}: --param fills a place by the name the endpoint gives it`);
    expect(run.stderr.split('\n')).toHaveLength(3);
    expect(mock.requests).toHaveLength(0);
  });

  // The hint was to pass --endpoint, which had been passed: a captured request keeps its URL.
  test('a name only the --endpoint path takes, for captured requests, is told they keep their URL', async () => {
    body('cap.ndjson', `${JSON.stringify({ method: 'POST',
      url: 'https://api.mypurecloud.com/api/v2/conversations/calls', body: { phoneNumber: '+13175550142' } })}\n`);
    const run = await send(['cap.ndjson', '--yes', '-e', 'create-call-for-user', '--param', 'userId=05c0ffee-0000-4000-8000-000000000005']);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'genesys-call-lint: --param userId=05c0ffee-0000-4000-8000-000000000005: ' +
      'POST /api/v2/conversations/calls has no such path parameter, and its path takes none\n  Drop it: ' +
      'captured requests are sent to their own URLs, not to the --endpoint path. To send one ' +
      'elsewhere, change its URL in the capture.\n']);
    expect(mock.requests).toHaveLength(0);
  });

  // It was told that the path needs participantId, with the hint to pass the flag it had.
  test('a name with an empty value is a usage error that says the value is empty', async () => {
    body('c.json', JSON.stringify({ speakTo: 'DESTINATION', destination: { address: '+13175550142' } }));
    const run = await send(['c.json', '--yes', '-e', 'consult', '--param', 'conversationId=01c0ffee-0000-4000-8000-000000000001',
      '--param', 'participantId=']);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, '', 'genesys-call-lint: --param participantId= ' +
      'has an empty value\n  Write the participantId after "=" (--param participantId=<id>), or leave ' +
      'the flag out.\n']);
    expect(mock.requests).toHaveLength(0);
  });

  test('a name some endpoints of a mixed run take fills theirs; one that none takes is refused', async () => {
    body('c.json', JSON.stringify({ speakTo: 'DESTINATION', userId: '3f2d0c8e-1111-4a2b-9c3d-5e6f7a8b9c0d' }));
    body('calls.ndjson', `${JSON.stringify({ method: 'POST',
      url: 'https://api.mypurecloud.com/api/v2/conversations/calls', body: { phoneNumber: '+13175550142' } })}\n`);
    const args = ['c.json', 'calls.ndjson', '-e', 'consult-agent', '--param', 'conversationId=11c0ffee-0000-4000-8000-000000000011'];
    const fits = await send([...args, '--param', 'participantId=12c0ffee-0000-4000-8000-000000000012']);
    expect(fits.code).toBe(0);
    expect(fits.stdout).toContain('/api/v2/conversations/calls/11c0ffee-0000-4000-8000-000000000011/participants/12c0ffee-0000-4000-8000-000000000012/consult/agent\n');
    expect(fits.stdout).toContain('/api/v2/conversations/calls\n');
    const none = await send([...args, '--param', 'participantId=12c0ffee-0000-4000-8000-000000000012', '--param', 'userId=u']);
    expect([none.code, none.stderr]).toEqual([2, 'genesys-call-lint: --param userId=u: none of the 2 ' +
      'endpoints of this run has such a path parameter; their paths take "conversationId" and ' +
      '"participantId"\n  Drop it, or pass --endpoint with the endpoint whose path takes it.\n']);
    expect(mock.requests).toHaveLength(0);
  });
});

describe('path parameters that are steps of the path', () => {
  // The HTTP client resolves "." and "..": PATCH .../participants/.. reached PATCH .../calls/{id}/.
  const consult = { speakTo: 'DESTINATION', userId: '3f2d0c8e-1111-4a2b-9c3d-5e6f7a8b9c0d' };
  const url = (participant: string): string =>
    `https://api.mypurecloud.com/api/v2/conversations/calls/11c0ffee-0000-4000-8000-000000000011/participants/${participant}/consult/agent`;

  test('--param participantId=.. is refused before anything is sent', async () => {
    body('c.json', JSON.stringify(consult));
    const run = await send(['c.json', '--yes', '--endpoint', 'consult-agent', '--param', 'conversationId=11c0ffee-0000-4000-8000-000000000011',
      '--param', 'participantId=..']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('c.json: path parameter participantId is ".." in --param, which a URL reads as ' +
      'a step of the path: the request would reach another endpoint\n');
    expect(mock.requests).toHaveLength(0);
  });

  // A "%" of a --param is escaped when sent, so "%2e" arrives as the text "%2e", not a step.
  test.each(['%2e', 'not a uuid'])('--param pid=%s is no UUID: refused before any login', async (value) => {
    body('c.json', JSON.stringify(consult));
    const run = await send(['c.json', '--yes', '--endpoint', 'consult-agent', '--param', 'conversationId=11c0ffee-0000-4000-8000-000000000011',
      '--param', `pid=${value}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`c.json: path parameter participantId is "${value}" in --param pid, ` +
      'which is not a UUID');
    expect(run.stdout).not.toContain('# login');
    expect(mock.requests).toHaveLength(0);
  });

  test('an id that is no UUID is shown with a secret in it scrubbed', async () => {
    body('c.json', JSON.stringify(consult));
    const run = await send(['c.json', '--yes', '--endpoint', 'consult-agent', '--param', 'conversationId=11c0ffee-0000-4000-8000-000000000011',
      '--param', `participantId=x${CLIENT_SECRET}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('path parameter participantId is "x[REDACTED]"');
    expect(mock.requests).toHaveLength(0);
  });

  test('a captured request whose segment decodes to ".." is refused; the others are sent', async () => {
    writeFileSync(join(dir, 'c.ndjson'), [url('%2E%2E'), url('13c0ffee-0000-4000-8000-000000000013')]
      .map((u) => JSON.stringify({ method: 'POST', url: u, body: consult })).join('\n'));
    const run = await send(['c.ndjson', '--yes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/c\.ndjson \(NDJSON line 1[^\n]*\): path parameter participantId is "\.\." in the captured URL/);
    expect(mock.requests.filter((r) => r.url.startsWith('/api/')).map((r) => r.url))
      .toEqual(['/api/v2/conversations/calls/11c0ffee-0000-4000-8000-000000000011/participants/13c0ffee-0000-4000-8000-000000000013/consult/agent']);
  });
});
