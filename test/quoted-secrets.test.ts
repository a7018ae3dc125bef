// Messages quote values on purpose, but never a credential: an attack pass found a logged request
// saved as a .json body quoted with its Authorization header and its URL's access_token, and an
// .http header line without its colon quoted whole, in every report format. Masking is done where
// values are quoted (quote.ts), so every rule, reader and hint gets it; ids and numbers stay.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callRequestMatchers } from '../src/jest/matchers.js';
import { lintText } from '../src/lint/lint-text.js';
import { isSecretMember, maskJsonText } from '../src/lint/mask-credentials.js';
import { quote, quoteHeld } from '../src/lint/quote.js';
import { inEveryFormat } from './support/report-inputs.js';
import { runCli } from './support/run-cli.js';

expect.extend(callRequestMatchers);

declare module '@jest/globals' {
  interface Matchers<R> {
    toBeValidCallRequest(endpoint?: string): R;
  }
}

// Every fake secret here starts so, and none may be printed.
const FAKE = 'FAKE-SECRET';
const PHONE = '+13175550142';
const WRAPUP_CODE = '3b1c1f2e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';

describe('quote masks credentials and nothing else', () => {
  test.each([
    [{ Authorization: `Bearer ${FAKE}1` }, '{"Authorization":"***"}'],
    [{ to: { apiKey: `${FAKE}2`, phoneNumber: PHONE } },
      `{"to":{"apiKey":"***","phoneNumber":"${PHONE}"}}`],
    [{ 'Proxy-Authorization': 'x', Cookie: 's=1', client_secret: 'y' },
      '{"Proxy-Authorization":"***","Cookie":"***","client_secret":"***"}'],
    // HAR and Postman list headers as pairs: the pair's name stays, its value goes.
    [[{ name: 'Authorization', value: `Bearer ${FAKE}3` }, { key: 'X-Api-Key', value: `${FAKE}4` }],
      '[{"name":"Authorization","value":"***"},{"key":"X-Api-Key","value":"***"}]'],
    [`https://h.io/calls?access_token=${FAKE}5`, '"https://h.io/calls?access_token=***"'],
    [`/calls?page=2&sig=${FAKE}6`, '"/calls?page=2&sig=***"'],
    [`https://bob:${FAKE}7@h.io/x`, '"https://bob:***@h.io/x"'],
    [`sip:alice:${FAKE}8@h.io;transport=tcp`, '"sip:alice:***@h.io;transport=tcp"'],
    [{ url: `https://h.io/?token=${FAKE}9` }, '{"url":"https://h.io/?token=***"}'],
    // A URL inside other text, each one found: the text around it, and its end, stay.
    [`see https://bob:${FAKE}S@h.io/x.`, '"see https://bob:***@h.io/x."'],
    [`retry //h.io/cb?token=${FAKE}T&n=1, or (sip:al:${FAKE}U@h.io)`,
      '"retry //h.io/cb?token=***&n=1, or (sip:al:***@h.io)"'],
    [{ note: `was /calls?client_secret=${FAKE}V then` },
      '{"note":"was /calls?client_secret=*** then"}'],
  ])('%j is quoted as %s', (value, shown) => {
    // Long enough for the whole value: messages cut a quote at 60 characters.
    expect(quote(value, 200)).toBe(shown);
  });

  test.each([
    PHONE, `tel:${PHONE}`, 'sip:alice@h.io', 'https://h.io/calls?page=2', WRAPUP_CODE,
    // "code" masks a query's OAuth code, but in the call models it is a wrap-up code's id.
    { wrapup: { code: WRAPUP_CODE } },
    { name: 'Content-Type', value: 'application/json' },
  ])('%j is quoted as it is', (value) => {
    expect(quote(value, 200)).toBe(JSON.stringify(value));
  });

  test('a member\'s value, by the member\'s name', () => {
    expect(quoteHeld('accessToken', `${FAKE}10`)).toBe('"***"');
    expect(quoteHeld('X-Api-Key', { a: 1 })).toBe('"***"');
    expect(quoteHeld('code', WRAPUP_CODE)).toBe(`"${WRAPUP_CODE}"`);
    expect(quoteHeld('phoneNumber', PHONE)).toBe(`"${PHONE}"`);
    expect(isSecretMember('tokens')).toBe(false);
  });

  test('JSON text keeps its layout and loses its credentials', () => {
    expect(maskJsonText(`{ "apiKey" : "${FAKE}L", "n": 5, "password": 12345,\n` +
      `  "cb": "https://h/?sig=${FAKE}M", "code": "${WRAPUP_CODE}", "to": "${PHONE}" }`))
      .toBe('{ "apiKey" : "***", "n": 5, "password": "***",\n' +
        `  "cb": "https://h/?sig=***", "code": "${WRAPUP_CODE}", "to": "${PHONE}" }`);
    // A syntax error (the trailing comma) or a bad escape elsewhere stops no masking.
    expect(maskJsonText(`{"bad": "\\x", "token": "${FAKE}O",}`))
      .toBe('{"bad": "\\x", "token": "***",}');
  });
});

// quote() masks a credential member inside a value it is given; a finding about a value taken
// from inside one, or a hint quoting from there, is masked once for every rule (mask-problem.ts).
describe('findings at or around a credential member', () => {
  const said = (body: object): string => lintText(JSON.stringify(body)).findings
    .map((f) => `${f.pointer} ${f.message} ${f.hint} ${f.fix?.description ?? ''}`).join('\n');

  test.each([
    [{ phoneNumber: PHONE, attributes: { accessToken: [`${FAKE}P`] } },
      '/attributes/accessToken must be a string, but it is a list "***".'],
    [{ phoneNumber: PHONE, data: { apiKey: [`${FAKE}Q`] } }, '"apiKey" holds a list "***"'],
    // A hint lifting what the member holds quotes it from inside.
    [{ accessToken: { phoneNumber: '+13175550143' } },
      'set on the body itself: "phoneNumber": "***"'],
  ])('%j', (body, shown) => {
    const text = said(body);
    expect(text).toContain(shown);
    expect(text).not.toMatch(/FAKE|\+13175550143/);
  });

  test('values elsewhere are quoted as they are', () => {
    expect(said({ phoneNumber: 'abc', attributes: { token: 'x' } })).toContain('"abc"');
  });
});

const dir = mkdtempSync(join(tmpdir(), 'gcl-quoted-secrets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string): string => {
  writeFileSync(join(dir, name), content);
  return name;
};
const CALLS = 'https://api.mypurecloud.com/api/v2/conversations/calls';

const inputs = {
  // The attack's own file: a logged request saved as a .json body, now read as the capture it
  // is: its URL shown masked, its headers never linted as body members.
  logged: () => file('logged.json', JSON.stringify({
    method: 'POST', url: `${CALLS}?access_token=${FAKE}A`,
    headers: { Authorization: `Bearer ${FAKE}B` }, body: { to: PHONE },
  })),
  members: () => file('members.json', JSON.stringify({
    phoneNumber: PHONE, accessToken: `${FAKE}C`, callbackUrl: `https://u:${FAKE}D@h.io/cb`,
    note: `see https://u:${FAKE}R@h.io/x`,
    headers: [{ name: 'Authorization', value: `Bearer ${FAKE}E` }],
  })),
  // The header's name and the line are told; the value is never shown, masked or not.
  noColon: () => file('no-colon.http', `POST ${CALLS}\nContent-Type: application/json\n` +
    `Authorization Bearer ${FAKE}F\n\n{"phoneNumber":"${PHONE}"}\n`),
  apiKey: () => file('api-key.http', `POST ${CALLS}\nX-Api-Key ${FAKE}G\n\n` +
    `{"phoneNumber":"${PHONE}"}\n`),
  // Text after a body that Content-Length ends is quoted, its credential header masked.
  after: () => file('after.http', `POST ${CALLS} HTTP/1.1\r\nContent-Length: 30\r\n\r\n` +
    `{"phoneNumber":"${PHONE}"}\r\nAuthorization: Bearer ${FAKE}H\r\n`),
  // JSON sent as text/plain is quoted as text in its failure, its credentials masked.
  plain: () => file('plain.http', `POST ${CALLS}\nContent-Type: text/plain\n\n` +
    `{"apiKey":"${FAKE}N","phoneNumber":"${PHONE}"}\n`),
  // So is a line where a chunk size was due.
  chunk: () => file('chunk.http', `POST ${CALLS} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n` +
    `X-Api-Key ${FAKE}K\r\n`),
};

/** What must be shown instead: the mask, or for a line never quoted, its number and name. */
const shown: Record<keyof typeof inputs, string[]> = {
  logged: ['access_token=***'],
  members: ['(value \\"***\\")', 'https://u:***@h.io/cb', '\\"value\\":\\"***\\"',
    'see https://u:***@h.io/x'],
  noColon: ['has line 3 among its headers', 'it starts with \\"Authorization\\" and has no'],
  apiKey: ['has line 2 among its headers', 'it starts with \\"X-Api-Key\\" and has no'],
  after: ['(\\"Authorization: ***\\")'],
  chunk: ['has \\"X-Api-Key ***\\" where a chunk size was due'],
  plain: ['apiKey', '***'],
};

describe('no report format or stderr line shows a credential', () => {
  test.each(inEveryFormat(Object.keys(inputs)))(
    '%s, %s report', async (input, format) => {
      const name = inputs[input as keyof typeof inputs]();
      const run = await runCli(['--no-config', '-f', format, name], { cwd: dir });
      const output = run.stdout + run.stderr;
      expect(output).not.toContain(FAKE);
      // Compared as JSON escapes the text, and XML and GitHub's commands their own characters.
      const plain = output.replace(/\\\\/g, '\\').replace(/&quot;/g, '"').replace(/%22/g, '"');
      for (const text of shown[input as keyof typeof inputs]) {
        const unescaped = text.replace(/\\"/g, '"');
        expect([plain.includes(text) || plain.includes(unescaped), text]).toEqual([true, text]);
      }
    });
});

test('the Jest matcher\'s failure text masks them too', () => {
  const body = { phoneNumber: PHONE, apiKey: `${FAKE}I`, callback: `/cb?token=${FAKE}J` };
  expect(() => expect(body).toBeValidCallRequest()).toThrow(/"apiKey" \(value "\*\*\*"\)/);
  expect(() => expect(body).toBeValidCallRequest()).toThrow(/"\/cb\?token=\*\*\*"/);
  expect(() => expect(body).toBeValidCallRequest()).not.toThrow(new RegExp(FAKE));
});

// What JSON.stringify cannot send is said before any lint, and masked as the findings are.
describe('the Jest matcher\'s "cannot be sent as JSON" failures mask them too', () => {
  const failure = (body: object): string =>
    callRequestMatchers.toBeValidCallRequest.call({}, body).message();

  test('a value JSON cannot write, under a credential member', () => {
    const text = failure({ phoneNumber: PHONE, attributes: { apiKey: 31415926535897932384n } });
    expect(text).toContain('/attributes/apiKey is the BigInt ***, which JSON.stringify');
    expect(text).not.toContain('31415926535897932384');
    // Elsewhere the value is named, as a finding names it.
    expect(failure({ phoneNumber: PHONE, priority: 5n })).toContain('the BigInt 5n');
  });

  test('a getter\'s error: its URLs masked, and not shown at all for a credential', () => {
    const reach = failure({ phoneNumber: PHONE,
      get label(): string { throw new Error(`cannot reach https://u:${FAKE}W@h.io/x.`); } });
    expect(reach).toContain('its getter threw: cannot reach https://u:***@h.io/x.');
    const token = failure({ phoneNumber: PHONE,
      get accessToken(): string { throw new Error(`expired: ${FAKE}X`); } });
    expect(token).toContain('/accessToken cannot be read: its getter threw: (its message is not');
    expect(reach + token).not.toContain(FAKE);
  });
});
