// An attack found the token or password of a URL given as the endpoint quoted in full when the
// URL names no known endpoint: on stderr for --endpoint and the config file's endpoint key, and
// in the library's resolveEndpoint message and lintText's UsageError. Each path, every format.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveEndpoint } from '../src/endpoints/resolve-endpoint.js';
import { lintText } from '../src/lint/lint-text.js';
import { UsageError } from '../src/lint/usage-error.js';
import { inEveryFormat } from './support/report-inputs.js';
import { runCli } from './support/run-cli.js';

const TOKEN = 'fake-token-123456xyz';
const PASSWORD = 'fake-pass-998877';
const HOST = 'https://api.mypurecloud.com';
const MONITOR = '/api/v2/conversations/calls/c1/participants/p1/monitor';

/** Endpoints that name none the tool lints, each with a credential in it, by the message made. */
const SPECS: Record<string, string> = {
  'unknown URL, token in the query': `${HOST}/api/v2/conversations/callz?access_token=${TOKEN}`,
  'unknown URL, password in the user info':
    `https://bob:${PASSWORD}@api.mypurecloud.com/api/v2/conversations/callz`,
  'no short name, token in the query': `calls?access_token=${TOKEN}`,
  'a request line with both': `POST https://bob:${PASSWORD}@h/api/v2/x?token=${TOKEN}`,
};

const dir = mkdtempSync(join(tmpdir(), 'gcl-endpoint-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'call.json'), '{"phoneNumber": "+13175550142"}');

const expectNoSecret = (text: string): void => {
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(PASSWORD);
};

describe('--endpoint', () => {
  test.each(inEveryFormat(Object.keys(SPECS)))('%s, %s report', async (name, format) => {
    const run = await runCli(['--no-config', '-f', format, 'call.json', '-e', SPECS[name]!],
      { cwd: dir });
    expect(run.code).toBe(2);
    expectNoSecret(run.stdout + run.stderr);
    expect(run.stderr).toContain('***');
  });
});

describe('the config file\'s endpoint key', () => {
  // A known endpoint with no body to lint is quoted by the config's own message.
  const values = { ...SPECS, 'known, no body': `POST ${HOST}${MONITOR}?access_token=${TOKEN}` };
  const folder = (name: string): string => {
    const at = join(dir, name.replace(/\W+/g, '-'));
    mkdirSync(at, { recursive: true });
    writeFileSync(join(at, 'call.json'), '{"phoneNumber": "+13175550142"}');
    writeFileSync(join(at, 'genesys-call-lint.config.json'),
      JSON.stringify({ endpoint: values[name as keyof typeof values] }));
    return at;
  };
  test.each(inEveryFormat(Object.keys(values)))('%s, %s report', async (name, format) => {
    const run = await runCli(['-f', format, 'call.json'], { cwd: folder(name) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid configuration');
    expectNoSecret(run.stdout + run.stderr);
    expect(run.stderr).toContain('***');
  });
});

describe('the library', () => {
  test.each(Object.keys(SPECS))('resolveEndpoint: %s', (name) => {
    const resolution = resolveEndpoint(SPECS[name]!);
    expect(resolution.ok).toBe(false);
    if (resolution.ok) return;
    expectNoSecret(resolution.message + resolution.hint);
    expect(resolution.message).toContain('***');
  });

  test.each(Object.keys(SPECS))('lintText\'s UsageError: %s', (name) => {
    let error: unknown;
    try {
      lintText('{}', { endpoint: SPECS[name]! });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UsageError);
    const { message, hint } = error as UsageError;
    expectNoSecret(message + hint);
    expect(message).toContain('***');
  });
});
