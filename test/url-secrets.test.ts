// Credentials in captured URLs (a password in the user info, tokens in the query) are masked
// wherever the URL is shown: every report format, stderr, and send's listing and journal; while
// routing and send still use the real path.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maskUrlSecrets } from '../src/lint/mask-credentials.js';
import { quotedBody } from '../src/input/quoted-body.js';
import { CLIENT_ID, CLIENT_SECRET, startMockGenesys } from './support/mock-genesys.js';
import { inEveryFormat } from './support/report-inputs.js';
import { runCli } from './support/run-cli.js';

describe('maskUrlSecrets', () => {
  const mask = maskUrlSecrets;

  test('user info: the password goes, the name stays; a name alone may be a token', () => {
    expect(mask('https://bob:Hunter2@api.example.com/api/v2/x'))
      .toBe('https://bob:***@api.example.com/api/v2/x');
    expect(mask('//bob:pw@host/p?q=1')).toBe('//bob:***@host/p?q=1');
    expect(mask('https://ghp_tokenonly@host/p')).toBe('https://***@host/p');
    expect(mask('https://bob:@host/p')).toBe('https://bob:@host/p');
  });

  test.each(['access_token', 'Access_Token', 'TOKEN', 'id_token', 'refresh_token', 'client_secret',
    'password', 'api_key', 'apikey', 'API-KEY', 'code', 'sig', 'Signature', 'X-Amz-Signature',
    'accessToken', 'access%5Ftoken', 'token[]', 'token[0]', 'access_token%'])(
    '%s is a credential: its value goes, its name stays', (n) => {
    expect(mask(`https://host/p?page=2&${n}=abc&x=1`)).toBe(`https://host/p?page=2&${n}=***&x=1`);
  });

  test.each(['page', 'countryCode', 'state', 'token_type', 'tokens'])('%s is left alone', (n) => {
    expect(mask(`/p?${n}=abc`)).toBe(`/p?${n}=abc`);
  });

  test('";" as a separator, or inside a secret value, shows no part of the secret', () => {
    expect(mask('/p?a=1;token=x;y&b=2')).toBe('/p?a=1;token=***&b=2');
    expect(mask('/p?token=x;y=z')).toBe('/p?token=***');
    expect(mask('/p?token=&b=2')).toBe('/p?token=&b=2');
  });

  test('the fragment (OAuth implicit flow) is masked; the path never is', () => {
    expect(mask('https://h/cb?state=s#access_token=abc&token_type=bearer'))
      .toBe('https://h/cb?state=s#access_token=***&token_type=bearer');
    expect(mask('https://u:p@h/api/v2/conversations/calls/token=1'))
      .toBe('https://u:***@h/api/v2/conversations/calls/token=1');
  });
});

const PASSWORD = 'Hunter2Secret';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.SECRETTOKEN';
const HOST = 'api.mypurecloud.com';
/** A captured URL to `path` with both kinds of credential in it, and how it must be shown. */
const secretUrl = (path: string): string =>
  `https://bob:${PASSWORD}@${HOST}${path}?access_token=${TOKEN}`;
const maskedUrl = (path: string): string => `https://bob:***@${HOST}${path}?access_token=***`;
const CALLS = '/api/v2/conversations/calls';

const dir = mkdtempSync(join(tmpdir(), 'gcl-url-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string): string => {
  writeFileSync(join(dir, name), content);
  return name;
};
const expectNoSecret = (text: string): void => {
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain(TOKEN);
};

const captures = {
  ndjson: () => file('sec.ndjson', `${JSON.stringify({ method: 'POST', url: secretUrl(CALLS),
    body: { to: 1 } })}\n`),
  har: () => file('sec.har', JSON.stringify({ log: { entries: [
    { request: { method: 'POST', url: secretUrl(CALLS), postData: { text: '{"to":1}' } } },
  ] } })),
  // The absolute form of the request line, as sent to a proxy.
  http: () => file('sec.http', `POST ${secretUrl(CALLS)} HTTP/1.1\r\n` +
    'Content-Length: 8\r\n\r\n{"to":1}'),
};

describe('captured URLs are shown masked', () => {
  test.each(inEveryFormat(Object.keys(captures)))(
    '%s capture, %s report', async (capture, format) => {
      const name = captures[capture as keyof typeof captures]();
      const run = await runCli(['--no-config', '-f', format, name], { cwd: dir });
      expect(run.code).toBe(1);
      expectNoSecret(run.stdout + run.stderr);
      // The names stay, so the reader sees what the capture held; JSON output escapes the "/".
      expect(run.stdout.replace(/\\\//g, '/')).toContain(maskedUrl(CALLS));
    });

  test('an .http request with a Host header, and a skip line on stderr', async () => {
    const name = file('host.http', 'POST /api/v2/conversations/nowhere?token=abcdefSECRET ' +
      `HTTP/1.1\r\nHost: bob:${PASSWORD}@${HOST}\r\nContent-Length: 2\r\n\r\n{}`);
    const run = await runCli(['--no-config', '-f', 'compact', name], { cwd: dir });
    expect(run.stderr).toContain(`: POST https://bob:***@${HOST}/api/v2/conversations/nowhere` +
      '?token=***');
    expectNoSecret(run.stderr);
    expect(run.stderr).not.toContain('abcdefSECRET');
  });
});

// An attack found a form post's client_secret quoted, as written, in the input failure that
// says the body is no JSON: on stderr and in JSON and SARIF reports, which CI uploads.
describe('a form post\'s body is quoted with its secrets masked', () => {
  test('quotedBody: form pairs as a query\'s, multipart not shown, other text as it is', () => {
    const form = 'application/x-www-form-urlencoded; charset=UTF-8';
    expect(quotedBody(`client_secret=${PASSWORD}&phoneNumber=1`, form))
      .toBe('"client_secret=***&phoneNumber=1"');
    expect(quotedBody(`a=1\r\n--x\r\nname="token"\r\n\r\n${TOKEN}`, 'multipart/form-data; boundary=x'))
      .toBe('58 characters of multipart text');
    expect(quotedBody('token=abc', 'text/plain')).toBe('"token=abc"');
  });

  const formHar = () => file('form.har', JSON.stringify({ log: { entries: [{ request: {
    method: 'POST', url: `https://${HOST}${CALLS}`, postData: {
      mimeType: 'application/x-www-form-urlencoded', text: `access_token=${TOKEN}&phoneNumber=1` },
  } }] } }));
  const formHttp = () => file('form.http', `POST https://${HOST}${CALLS}\n` +
    `Content-Type: application/x-www-form-urlencoded\n\nclient_secret=${PASSWORD}&phoneNumber=1\n`);
  const formLog = () => file('form.ndjson', `${JSON.stringify({ method: 'POST', url: CALLS,
    postData: { mimeType: 'application/x-www-form-urlencoded', text: `password=${PASSWORD}` } })}\n`);
  test.each([['har', formHar], ['http', formHttp], ['ndjson', formLog]])(
    'in a %s capture, in every report', async (_kind, make) => {
      const name = make();
      for (const format of ['stylish', 'json', 'sarif']) {
        const run = await runCli(['--no-config', '-f', format, name], { cwd: dir });
        expectNoSecret(run.stdout + run.stderr);
        expect(run.stdout + run.stderr).toContain('=***');
      }
    });
});

describe('send takes the path from the captured URL and shows it masked', () => {
  const consult = `${CALLS}/8f1b2a44-3c5d-4e6f-8a9b-0c1d2e3f4a5b/participants/` +
    '2c0d9e8f-7a6b-4c5d-9e0f-1a2b3c4d5e6f/consult';
  const logged = { method: 'POST', url: secretUrl(consult),
    body: { speakTo: 'BOTH', destination: { address: '+13175550142' } } };
  const capture = (): string => file('consult.ndjson', `${JSON.stringify(logged)}\n`);
  const env = { GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT_ID,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: CLIENT_SECRET };

  test('dry run, then sent to the mock; the journal records no secret either', async () => {
    const mock = await startMockGenesys();
    try {
      const args = ['send', capture(), '--gateway', mock.gateway, '--journal', 'journal.ndjson'];
      const dry = await runCli(args, { cwd: dir, env });
      expect(dry.code).toBe(0);
      expect(dry.stdout).toContain(`POST ${mock.gateway}${consult}\n`);
      expect(dry.stdout).toContain(`POST ${maskedUrl(consult)}`);
      expectNoSecret(dry.stdout + dry.stderr);

      const sent = await runCli([...args, '--yes'], { cwd: dir, env });
      expect(sent.code).toBe(0);
      // To the captured path with its ids, without the captured query.
      const apiUrls = mock.requests.map((r) => r.url).filter((u) => u.startsWith('/api/'));
      expect(apiUrls).toEqual([consult]);
      expectNoSecret(sent.stdout + sent.stderr + readFileSync(join(dir, 'journal.ndjson'), 'utf8'));
    } finally {
      await mock.close();
    }
  });
});
