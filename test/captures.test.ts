// Captured traffic as input: NDJSON logs and raw HTTP dumps with mixed endpoints. Each finding is
// pinned to its file line and column, the request it came from, and (for bodies held escaped in
// a JSON string) its position inside the body.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './support/paths.js';
import { runCli } from './support/run-cli.js';

interface JsonFinding {
  rule: string;
  severity: string;
  pointer: string;
  line: number;
  column: number;
  bodyLine?: number;
  bodyColumn?: number;
}

interface JsonResult {
  source?: { format: string; index: number; line: number; method?: string; url?: string };
  endpoint: string;
  notices?: Array<{ kind: string }>;
  findings: JsonFinding[];
}

async function lintCapture(file: string, extra: string[] = []) {
  const run = await runCli(['--no-config', '-f', 'json', ...extra, join(FIXTURES, 'captures', file)]);
  const output = JSON.parse(run.stdout) as { results: JsonResult[] };
  const rows = output.results.flatMap((r) =>
    r.findings.map((f) => {
      const inBody = f.bodyLine === undefined ? '' : ` body ${f.bodyLine}:${f.bodyColumn}`;
      return `${r.source?.line} ${f.line}:${f.column}${inBody} ${f.severity} ${f.rule} ${f.pointer}`;
    }),
  );
  return { run, output, rows };
}

/** A run in `dir` with compact output, given `stdin` when there is one. */
const compactIn = (dir: string, args: string[], stdin?: string) =>
  runCli(['--no-config', '-f', 'compact', ...args], stdin === undefined ? { cwd: dir } : { cwd: dir, stdin });

describe('NDJSON logs', () => {
  test('bodies and captured requests, each at its line', async () => {
    const { run, output, rows } = await lintCapture('service-log.ndjson');
    expect(rows).toEqual([
      // line 2: invented to/from inside a logged {method, url, body}; the body starts at col 116
      '2 2:116 error missing-target ',
      '2 2:117 error unknown-field /to',
      '2 2:153 error unknown-field /from',
      // line 5: the body is logged as a JSON string; findings point at its escaped characters
      '5 5:236 body 1:12 warning enum-case /speakTo',
      '5 5:268 body 1:40 error conflicting-targets /destination',
      '6 6:140 warning non-e164 /callbackNumbers/0',
      '6 6:140 warning phone-formatting /callbackNumbers/0',
      '6 6:168 error invalid-uuid /queueId',
      // line 7: a bare body, linted with the default endpoint
      '7 7:16 warning non-e164 /phoneNumber',
      // line 8: a trailing comma inside the logged body
      '8 8:146 error syntax-error ',
    ]);
    // Line 1 is clean, line 3 empty, line 4 a GET (skipped): six bodies.
    expect(output.results).toHaveLength(6);
    expect(output.results.map((r) => r.source?.line)).toEqual([1, 2, 5, 6, 7, 8]);
    expect(output.results.find((r) => r.source?.line === 5)!.notices![0]!.kind).toBe('deprecated-endpoint');
    expect(run.stderr).toContain('1 request skipped');
    expect(run.code).toBe(1);
  });

  test('a .json file is one body: two values on two lines are a syntax error, not a log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-two-'));
    try {
      const text = '{"phoneNumber":"+13175550142"}\n{"phoneNumber":"+13175550199"}\n';
      for (const name of ['two.json', 'two.ndjson']) writeFileSync(join(dir, name), text);
      const run = await runCli(['--no-config', '-f', 'compact', 'two.json'], { cwd: dir });
      expect(run.stdout).toContain('two.json:2:1: error The body is not valid JSON: expected the end ' +
        'of the text after the value');
      expect(run.code).toBe(1);
      const hint = await runCli(['--no-config', 'two.json'], { cwd: dir });
      expect(hint.stdout).toContain('If it is a log with one value per line (NDJSON), name it .ndjson ' +
        'or pass --input-format ndjson.');
      // Named as a log, or piped in without a name, the same text is two bodies.
      for (const args of [['two.ndjson'], ['--input-format', 'ndjson', 'two.json']]) {
        const log = await runCli(['--no-config', '-f', 'compact', ...args], { cwd: dir });
        expect([args, log.code, log.stdout]).toEqual([args, 0, '0 problems (0 errors, 0 warnings)\n']);
      }
      const piped = await runCli(['--no-config', '-'], { cwd: dir, stdin: text });
      expect([piped.code, piped.stdout]).toEqual([0, '2 bodies checked, no problems.\n']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // A logger that copies a HAR's postData logs {mimeType, text}: that object was linted as the
  // body, with "mimeType" and "text" reported as unknown members and the real body unread.
  test('a logged postData in HAR shape is linted as the text it holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-postdata-'));
    try {
      const postData = '{"mimeType":"application/json","text":"{\\"phoneNumber\\":\\"3175550142\\"}"}';
      const log = `{"method":"POST","url":"/api/v2/conversations/calls","postData":${postData}}\n` +
        `{"request":{"method":"POST","url":"/api/v2/conversations/calls"},"postData":${postData}}\n`;
      writeFileSync(join(dir, 'postdata.ndjson'), log);
      const run = await runCli(['--no-config', '-f', 'compact', 'postdata.ndjson'], { cwd: dir });
      const rows = run.stdout.split('\n').filter((l) => l.startsWith('postdata'))
        .map((l) => l.replace(/^(\S+): (\w+) .*(\(body \d+:\d+\)).*\[([\w-]+)\]$/, '$1 $2 $3 $4'));
      // At the escaped number inside "text", 18 columns after its opening quote.
      expect(rows).toEqual(['postdata.ndjson:1:121 warning (body 1:16) non-e164',
        'postdata.ndjson:2:133 warning (body 1:16) non-e164']);
      expect(run.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // As a HAR's (sandpiper): base64 text decoded; form fields and form text are the input failures
  // they are in a HAR, not linted as a body (they were notes, and the exit code passed them).
  test('a logged postData in base64 is decoded; form fields are a failure, as in a HAR', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-postdata-'));
    try {
      const line = (postData: object) =>
        JSON.stringify({ method: 'POST', url: '/api/v2/conversations/calls', postData });
      const text = Buffer.from('{"phoneNumber":"3175550142"}').toString('base64');
      const form = 'application/x-www-form-urlencoded';
      const login = JSON.stringify({ method: 'POST', url: 'https://login.mypurecloud.com/oauth/token',
        postData: { mimeType: form, params: [{ name: 'grant_type', value: 'client_credentials' }] } });
      writeFileSync(join(dir, 'coded.ndjson'), [
        line({ mimeType: 'application/json', encoding: 'base64', text }),
        line({ mimeType: form, params: [{ name: 'a', value: 'b' }] }),
        line({ mimeType: 'application/json', encoding: 'base64', text: '@@@' }),
        // A form post with its encoded text, as a HAR's: it was a syntax error at "p".
        line({ mimeType: `${form}; charset=UTF-8`, text: 'phoneNumber=%2B13175550142' }),
        // A login's form post goes to no call endpoint: counted, as in a HAR, with no note.
        login, ''].join('\n'));
      const run = await runCli(['--no-config', '-f', 'compact', 'coded.ndjson'], { cwd: dir });
      expect(run.stdout).toMatch(/^coded\.ndjson:1:\d+: warning .*\(body 1:16\).*\[non-e164\]\n1 problem/);
      const noted = (at: number) => `coded.ndjson (NDJSON line ${at}: POST /api/v2/conversations/calls): skipped: `;
      const hint = '  POST /api/v2/conversations/calls takes a JSON body (Content-Type: ' +
        'application/json): send the fields as a JSON object, and lint that JSON by itself, saved ' +
        'to a file, with --endpoint.';
      expect(run.stderr.split('\n').filter((l) => l !== '').map((l) => l.replace(/^genesys-call-lint: /, '')))
        .toEqual([
          `coded.ndjson: line 2 sends its body as form fields (mimeType "${form}", a field in ` +
            '"params", no "text"), not as JSON, so there is no JSON text to lint',
          hint,
          `${noted(3)}has "request.postData.encoding": "base64", but its text is no base64, so its body ` +
            'was not linted',
          `coded.ndjson: line 4 sends its body as "${form}; charset=UTF-8" (its mimeType), not as ` +
            'JSON (body "phoneNumber=%2B13175550142"), so a server does not read it as JSON, and ' +
            'there is no JSON text to lint',
          hint,
          'coded.ndjson: 1 request skipped (not a call endpoint, or no body)',
        ]);
      expect(run.code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // A Lambda behind API Gateway logs the event it was given: it was linted as a body, its
  // httpMethod, path and body reported as members create-call does not have.
  test('API Gateway events of payload 1.0 and 2.0 are read as requests, base64 bodies decoded',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'gcl-gateway-'));
      try {
        const body = '{"phoneNumber":"3175550142"}';
        const path = '/api/v2/conversations/calls';
        const coded = Buffer.from(body).toString('base64');
        writeFileSync(join(dir, 'lambda.ndjson'), [
          { resource: '/{proxy+}', path, httpMethod: 'POST', body, isBase64Encoded: false },
          { version: '2.0', routeKey: '$default', rawPath: path,
            requestContext: { http: { method: 'POST', path } }, body: coded, isBase64Encoded: true },
          { httpMethod: 'POST', path, body: '@@@', isBase64Encoded: true },
        ].map((event) => JSON.stringify(event)).join('\n'));
        const run = await runCli(['--no-config', '-f', 'compact', 'lambda.ndjson'], { cwd: dir });
        const rows = run.stdout.split('\n').filter((l) => l.startsWith('lambda'))
          .map((l) => l.replace(/^lambda\.ndjson:(\d+):\d+: (\w+) .*(\(body \d+:\d+\)).*\[([\w-]+)\]$/,
            '$1 $2 $3 $4'));
        expect(rows).toEqual(['1 warning (body 1:16) non-e164', '2 warning (body 1:16) non-e164']);
        expect(run.stderr).toContain(`(NDJSON line 3: POST ${path}): skipped: has ` +
          '"isBase64Encoded": true, but its body is no base64');
        expect(run.code).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  // The headers were ignored: a form post logged with its Content-Type was linted as JSON, a
  // syntax error at "p", and then only noted. Now an input failure, as in a HAR or an .http dump,
  // whatever the header's case; JSON text under a form type is linted as well.
  test('a logged body whose Content-Type header says form is a failure, as in a HAR', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-form-header-'));
    try {
      const url = '/api/v2/conversations/calls';
      const form = 'application/x-www-form-urlencoded';
      const json = '{"phoneNumber":"3175550142"}';
      writeFileSync(join(dir, 'forms.ndjson'), [
        { httpMethod: 'POST', path: url, headers: { 'content-type': form },
          body: Buffer.from('phoneNumber=%2B1').toString('base64'), isBase64Encoded: true },
        { method: 'POST', url, headers: [{ name: 'Content-Type', value: form }],
          body: 'phoneNumber=%2B1' },
        { request: { method: 'POST', url, headers: { 'CONTENT-TYPE': `${form}; charset=UTF-8` } },
          body: 'phoneNumber=%2B1&client_secret=s3' },
        { method: 'POST', url, headers: { 'Content-Type': 'application/json' }, body: json },
        { method: 'POST', url, headers: [{ name: 'content-type', value: form }], body: json },
        { method: 'POST', url, body: json },
        // A body logged as the JSON value it was: JSON under a type that is not JSON.
        { method: 'POST', url, headers: { 'Content-Type': 'text/plain' }, body: JSON.parse(json) },
      ].map((line) => JSON.stringify(line)).join('\n'));
      const run = await runCli(['--no-config', '-f', 'compact', 'forms.ndjson'], { cwd: dir });
      const lines = run.stdout.split('\n').filter((l) => l.startsWith('forms'))
        .map((l) => l.replace(/^forms\.ndjson:(\d+):.*\[([\w-]+)\]$/, '$1 $2'));
      expect(lines).toEqual(['4 non-e164', '5 non-e164', '6 non-e164', '7 non-e164']);
      const failed = (at: number, type: string, body: string) => `forms.ndjson: line ${at} sends ` +
        `its body as "${type}" (its Content-Type), not as JSON (body ${body}), so a server does ` +
        'not read it as JSON';
      const failures = run.stderr.split('\n').filter((l) => l.startsWith('genesys-call-lint: '))
        .map((l) => l.replace(/^genesys-call-lint: /, ''));
      const noText = ', and there is no JSON text to lint';
      expect(failures).toEqual([
        `${failed(1, form, '"phoneNumber=%2B1"')}${noText}`,
        `${failed(2, form, '"phoneNumber=%2B1"')}${noText}`,
        // A form's secrets are masked, as everywhere a body is quoted.
        `${failed(3, `${form}; charset=UTF-8`, '"phoneNumber=%2B1&client_secret=***"')}${noText}`,
        `${failed(5, form, JSON.stringify(json))}; its text was linted as JSON`,
        `${failed(7, 'text/plain', JSON.stringify(json))}; its text was linted as JSON`,
      ]);
      expect(run.code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Old Mac files break lines with a lone \r. Raw CR cannot stand inside a JSON string, so it
// splits no record: such a log is a record per line, as editors and the Locator count lines.
describe('a log with CR-only line breaks reads as the same log with LF does', () => {
  const lf = readFileSync(join(FIXTURES, 'captures', 'service-log.ndjson'), 'utf8');
  // Past the 1 MB up to which a log is read whole, so that this copy is streamed: clean records
  // after the fixture's, so that the run stays short.
  const clean = `{"phoneNumber":"+13175550142","callerIdName":"${'x'.repeat(10_000)}"}\n`;
  const big = lf + clean.repeat(110);
  const crOnly = (text: string) => text.replaceAll('\n', '\r');
  const names = ['log.ndjson', 'log.log', 'big.ndjson'];

  test('as files (read whole and streamed) and on stdin, record by record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-cr-log-'));
    try {
      const lint = async (args: string[], stdin?: string) => {
        const run = await compactIn(dir, args, stdin);
        const named = run.stdout.replaceAll(/^(?:cr|lf)\//gm, '').replaceAll('<stdin>', 'log.log');
        return [run.code, named];
      };
      for (const [folder, convert] of [['lf', (t: string) => t], ['cr', crOnly]] as const) {
        mkdirSync(join(dir, folder));
        for (const name of names) {
          writeFileSync(join(dir, folder, name), convert(name === 'big.ndjson' ? big : lf));
        }
      }
      for (const name of names) {
        const expected = await lint([`lf/${name}`]);
        expect([name, await lint([`cr/${name}`])]).toEqual([name, expected]);
        expect(expected[1]).toMatch(/:8:146: error/);
      }
      expect(await lint(['-'], crOnly(lf))).toEqual(await lint(['lf/log.log']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a body with CR-only breaks is placed on the lines an editor shows', async () => {
    const body = '{\r  "phoneNumber": "+13175550142",\r  "to": "x"\r}\r';
    const two = '{"phoneNumber":"+13175550142"}\r\r{"phoneNumber":"+13175550199"}\r';
    const dir = mkdtempSync(join(tmpdir(), 'gcl-cr-body-'));
    try {
      writeFileSync(join(dir, 'body.json'), body);
      writeFileSync(join(dir, 'two.json'), two);
      const run = await runCli(['--no-config', 'body.json', 'two.json'], { cwd: dir });
      expect(run.stdout).toMatch(/^ {2}3:3 +error .*unknown-field$/m);
      // Two values on two lines: the hint that names the log formats, as with LF breaks.
      expect(run.stdout).toMatch(/^ {2}3:1 +error .*syntax-error\n.*name it \.ndjson/m);
      const piped = await runCli(['--no-config', '-f', 'compact', '-'], { cwd: dir, stdin: body });
      expect(piped.stdout).toMatch(/^<stdin>:3:3: error .*unknown-field/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a log of one line', () => {
  const RECORD = '{"method":"POST","url":"https://api.mypurecloud.com/api/v2/conversations/calls",' +
    '"body":{"to":{"phoneNumber":"+13175550142"}},"type":"request"}\n';

  test('a .log or .txt whose only line is a logged request is a log, and --fix leaves it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-one-line-'));
    try {
      for (const name of ['rec.log', 'rec.txt', 'rec.ndjson']) writeFileSync(join(dir, name), RECORD);
      for (const name of ['rec.log', 'rec.txt', 'rec.ndjson']) {
        const run = await runCli(['--no-config', '-f', 'json', name], { cwd: dir });
        const output = JSON.parse(run.stdout) as { results: JsonResult[] };
        // Linted as the request's body: method, url and body are no members of it.
        expect([name, output.results.map((r) => [r.source?.format, r.source?.method])])
          .toEqual([name, [['ndjson', 'POST']]]);
        expect(output.results[0]!.findings.map((f) => `${f.rule} ${f.pointer}`))
          .toEqual(['missing-target ', 'unknown-field /to']);
        const fixed = await runCli(['--no-config', '--fix', name], { cwd: dir });
        expect([name, readFileSync(join(dir, name), 'utf8')]).toEqual([name, RECORD]);
        expect(fixed.stderr).toContain(`read but never rewritten: ${name}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a .log whose only line is a body is a log too, and is not rewritten', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-one-body-'));
    try {
      writeFileSync(join(dir, 'body.log'), '{"phoneNumber":"+1 317 555 0142"}');
      const run = await runCli(['--no-config', '--fix', 'body.log'], { cwd: dir });
      expect(readFileSync(join(dir, 'body.log'), 'utf8')).toBe('{"phoneNumber":"+1 317 555 0142"}');
      expect(run.stderr).toContain('read but never rewritten: body.log');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a HAR whose "log" is not its first member is a HAR, by name or by content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-har-order-'));
    try {
      const har = JSON.parse(readFileSync(join(FIXTURES, 'captures', 'browser-recorded.har'), 'utf8'));
      const text = JSON.stringify({ _note: 'exported by a proxy', ...har }, null, 2);
      for (const name of ['later.har', 'later.json', 'later']) writeFileSync(join(dir, name), text);
      const formats = async (args: string[], stdin?: string) => {
        const run = await runCli(['--no-config', '-f', 'json', ...args],
          stdin === undefined ? { cwd: dir } : { cwd: dir, stdin });
        return [...new Set((JSON.parse(run.stdout) as { results: JsonResult[] }).results
          .map((r) => r.source?.format))];
      };
      for (const name of ['later.har', 'later.json', 'later']) {
        expect([name, await formats([name])]).toEqual([name, ['har']]);
      }
      expect(await formats(['-'], text)).toEqual(['har']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a UTF-16 .log or .txt is detected as a log from its decoded text, as UTF-8 is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-utf16-log-'));
    try {
      const lines = '{"to":"x"}\n{"to":"y"}\n';
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines, 'utf16le')]);
      const be = Buffer.from(le);
      be.swap16(); // the same text, big-endian, mark included
      writeFileSync(join(dir, 'le.log'), le);
      writeFileSync(join(dir, 'be.txt'), be);
      for (const name of ['le.log', 'be.txt']) {
        const run = await runCli(['--no-config', '-f', 'json', name], { cwd: dir });
        const output = JSON.parse(run.stdout) as { results: JsonResult[] };
        expect([name, output.results.map((r) => r.source?.format)]).toEqual([name, ['ndjson', 'ndjson']]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Files whose text is not in hand decoded (over 1 MB, or broken partway) were detected from
  // their first bytes read as UTF-8, so the same UTF-16 log piped in was a log and as a file one
  // body: refused whole, or one syntax error.
  test('a UTF-16 log as a file reads as it does on stdin: big, broken partway, under --fix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-utf16-file-'));
    try {
      const utf16 = (text: string) =>
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const lines = '{"to":"x"}\n{"phoneNumber":"+13175550142","bogus":1}\n';
      const lone = Buffer.from([0x00, 0xdc]); // a second surrogate with no first
      const clean = `{"phoneNumber":"+13175550142","callerIdName":"${'x'.repeat(10_000)}"}\n`;
      const logs = {
        'broken.txt': Buffer.concat([utf16(lines), lone, Buffer.from('\n\0', 'utf16le')]),
        // Over 1 MB, with clean records after the first two, so that the run stays short.
        'big.log': utf16(lines + clean.repeat(60)),
      };
      for (const [name, bytes] of Object.entries(logs)) {
        writeFileSync(join(dir, name), bytes);
        const file = await runCli(['--no-config', '-f', 'compact', name], { cwd: dir });
        const piped = await runCli(['--no-config', '-f', 'compact', '-'], { cwd: dir, stdin: bytes });
        const asFile = (text: string) => text.replaceAll('<stdin>', name);
        expect([name, piped.code, asFile(piped.stdout), asFile(piped.stderr)])
          .toEqual([name, file.code, file.stdout, file.stderr]);
        const finding = new RegExp(`^${name.replace('.', '\\.')}:2:31: error .*unknown-field`, 'm');
        expect(file.stdout).toMatch(finding);
      }
      writeFileSync(join(dir, 'fixed.log'), utf16(lines));
      const dry = await runCli(['--no-config', '-f', 'compact', '--fix-dry-run', 'fixed.log'],
        { cwd: dir });
      // The dry run's report is on stderr, its diff (none: a log is never rewritten) on stdout.
      expect(dry.stderr).toMatch(/^fixed\.log:2:31: error .*unknown-field/m);
      expect([dry.stdout, dry.stderr])
        .toEqual(['', expect.stringContaining('read but never rewritten: fixed.log')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('on stdin, one logged request is a log; one body stays a body', async () => {
    const log = await runCli(['--no-config', '-f', 'json', '-'], { stdin: RECORD });
    const output = JSON.parse(log.stdout) as { results: JsonResult[] };
    expect(output.results.map((r) => r.source?.format)).toEqual(['ndjson']);
    const dry = await runCli(['--no-config', '--fix-dry-run', '-'], { stdin: RECORD });
    expect(dry.stdout).toBe('');
    expect(dry.stderr).toContain('read but never rewritten: <stdin>');
    const body = await runCli(['--no-config', '-f', 'json', '-'], { stdin: '{"type":"CALL"}\n' });
    expect((JSON.parse(body.stdout) as { results: JsonResult[] }).results[0]!.source).toBeUndefined();
  });
});

describe('raw HTTP dumps', () => {
  test('several requests per file, including a curl -v transcript', async () => {
    const { run, output, rows } = await lintCapture('proxy-dump.http');
    expect(rows).toEqual([
      '1 8:3 error unknown-field /mediaType',
      '11 15:1 error conflicting-targets ',
      '20 25:51 error missing-required /routingData/queueId',
    ]);
    expect(output.results.map((r) => r.endpoint)).toEqual([
      'POST /api/v2/conversations/calls',
      'POST /api/v2/conversations/{conversationId}/participants/{participantId}/replace',
      'POST /api/v2/conversations/callbacks',
    ]);
    expect(output.results[0]!.source).toMatchObject({
      format: 'http',
      method: 'POST',
      url: 'https://api.mypurecloud.ie/api/v2/conversations/calls',
    });
    expect(run.stderr).toContain('1 request skipped');
  });

  test('--input-format forces the reader', async () => {
    const { output } = await lintCapture('service-log.ndjson', ['--input-format', 'json']);
    // Read as one body, the log is a syntax error at the start of line 2.
    expect(output.results).toHaveLength(1);
    expect(output.results[0]!.findings.map((f) => `${f.rule} ${f.line}:${f.column}`)).toEqual([
      'syntax-error 2:1',
    ]);
  });
});

// Old Mac files end their lines with a lone CR. A dump saved so is the same requests: each line
// ends there, as the Locator counts lines, and Content-Length counts that CR as its one byte.
describe('a dump whose lines end in a lone CR reads as the same dump with LF does', () => {
  const body = '{"phoneNumber":"3175550100"}';
  const lf = readFileSync(join(FIXTURES, 'captures', 'proxy-dump.http'), 'utf8') +
    ['POST /api/v2/conversations/calls HTTP/1.1', 'Transfer-Encoding: chunked', '',
      '5', body.slice(0, 5), (body.length - 5).toString(16), body.slice(5), '0', '', '',
      '### an editor client\'s request', 'POST {{baseUrl}}/api/v2/conversations/calls', '',
      '{"to": 1}', ''].join('\n');
  const crOnly = lf.replaceAll('\n', '\r');

  test('as .http and .txt files, and on stdin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-cr-http-'));
    try {
      const lint = async (args: string[], stdin?: string) => {
        const run = await compactIn(dir, args, stdin);
        const named = (text: string) => text.replaceAll(/\b(?:cr|lf)\.\w+:|<stdin>:/g, 'dump:');
        return [run.code, named(run.stdout), named(run.stderr)];
      };
      writeFileSync(join(dir, 'lf.http'), lf);
      const expected = await lint(['lf.http']);
      // Every request of the dump is read: the fixture's findings, the chunked body's, the last.
      expect(String(expected[1]).match(/^dump:\d+:\d+(?=:)|\[[\w-]+\]$/gm)?.join(' ')).toBe(
        'dump:8:3 [unknown-field] [deprecated-endpoint] dump:15:1 [conflicting-targets] ' +
        'dump:25:51 [missing-required] dump:32:1 [non-e164] dump:41:1 [missing-target] ' +
        'dump:41:2 [unknown-field]');
      for (const name of ['cr.http', 'cr.txt']) {
        writeFileSync(join(dir, name), crOnly);
        expect([name, await lint([name])]).toEqual([name, expected]);
      }
      expect(await lint(['-'], crOnly)).toEqual(await lint(['-'], lf));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// A capture that is not one, or is cut short, used to pass with exit 0 and nothing linted.
describe('broken captures are input failures (exit 2), after what could be linted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gcl-broken-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer): string => {
    writeFileSync(join(dir, name), content);
    return name;
  };
  const lint = (...args: string[]) => runCli(['--no-config', '-f', 'compact', ...args], { cwd: dir });
  const recorded = readFileSync(join(FIXTURES, 'captures', 'browser-recorded.har'));

  test.each([
    ['text.har', 'hello\n', 'is not a HAR capture'],
    ['empty.har', '', 'is not a HAR capture'],
    ['array.har', '[1,2', 'ends before its JSON does (cut off?); no entry was complete'],
    ['head.har', recorded.subarray(0, 1000), 'ends before its JSON does (cut off?); no entry was complete'],
  ])('%s', async (name, content, message) => {
    const run = await lint(file(name, content));
    expect(run.stderr).toContain(`genesys-call-lint: ${name}: ${message}`);
    expect(run.code).toBe(2);
  });

  // A body with two marks is a syntax error at 1:1. A capture holds many bodies, so a second
  // mark before them is an input failure that names it, and its requests are still linted: the
  // HAR was reported as a value missing before an invisible character, the .http as no dump.
  test.each([
    ['UTF-8', (text: string) => Buffer.from(text)],
    ['UTF-16LE', (text: string) => Buffer.from(text, 'utf16le')],
  ])('a %s HAR or .http file that begins with two marks or more says so; its requests are still linted',
    async (encoding, encode) => {
      // A third mark made an .http file's first request line no request line: that request was
      // lost, and with a single request the file was said to hold none.
      for (const [capture, marks] of [['browser-recorded.har', 2], ['proxy-dump.http', 2],
        ['browser-recorded.har', 3], ['proxy-dump.http', 3]] as const) {
        const text = readFileSync(join(FIXTURES, 'captures', capture), 'utf8');
        const [one, two] = ['one', 'two'].map((count) => `${count}-${encoding}-${capture}`);
        const expected = await lint(file(one!, encode(`\uFEFF${text}`)));
        const bytes = encode(`${'\uFEFF'.repeat(marks)}${text}`);
        const runs = [await lint(file(two!, bytes)),
          await runCli(['--no-config', '-f', 'compact', '--stdin-filename', two!, '-'], { cwd: dir, stdin: bytes })];
        // A HAR is also streamed, as a big one is.
        if (capture.endsWith('.har')) runs.push(await lint('--max-file-size', '0.00001', two!));
        const failure = capture.endsWith('.har')
          ? `${two}: is not valid JSON: the file begins with a second byte-order mark (U+FEFF) ` +
            '(line 1, column 1); its entries were still linted\n  Remove the byte-order mark'
          : `${two}: begins with ${marks === 2 ? 'a second byte-order mark (U+FEFF)'
            : `${marks - 1} more byte-order marks (U+FEFF) after its own`} (line 1, column 1); ` +
            'its requests were still linted\n  Remove the byte-order mark';
        expect(expected.stdout).toMatch(/\[unknown-field\]/);
        for (const run of runs) {
          expect([capture, run.code, run.stdout.replaceAll(two!, one!), run.stderr]).toEqual([capture, 2,
            expected.stdout.replace(/\n$/, ', 1 input could not be read\n'), expect.stringContaining(failure)]);
        }
      }
    });

  test('a HAR cut inside an entry: the entries before it are linted, then the cut is reported', async () => {
    const whole = await lint(file('whole.har', recorded));
    const cut = await lint(file('cut.har', recorded.subarray(0, 20000)));
    expect(cut.stderr).toContain('cut.har: ends before its JSON does (cut off?); the 4 entries before that were read');
    expect(cut.code).toBe(2);
    const linted = cut.stdout.split('\n').filter((l) => l.startsWith('cut.har:'));
    expect(linted.length).toBeGreaterThan(0);
    expect(whole.stdout).toContain(linted.map((l) => l.replace(/^cut\.har/, 'whole.har')).join('\n'));
    expect(whole.code).toBe(1);
  });

  test('an entry that is not JSON is a failure, not a skip: the call it held was not linted', async () => {
    const run = await lint(file('bad-entry.har', '{"log":{"entries":[\n{"request": ,}\n]}}'));
    expect(run.stderr).toContain('bad-entry.har: log.entries[0] (line 2) is not valid JSON, so its request was not linted');
    expect(run.code).toBe(2);
  });

  // The scanner hands out entries without parsing the whole file, so damage outside the entries
  // went unseen: a second HAR pasted on, a stray bracket, text after the end.
  test.each([
    ['twice.har', Buffer.concat([recorded, recorded]), 'text follows the end of the JSON'],
    ['extra.har', Buffer.concat([recorded, Buffer.from('}\n')]), 'text follows the end of the JSON'],
    ['note.har', Buffer.concat([recorded, Buffer.from('saved from Chrome\n')]), 'text follows the end of the JSON'],
  ])('%s: damage after the HAR is reported, its entries still linted', async (name, content, what) => {
    const whole = await lint(file('whole.har', recorded));
    const run = await lint(file(name, content));
    const end = recorded.toString('latin1').split('\n').length;
    expect(run.stderr).toContain(`${name}: is not valid JSON: ${what} (line ${end}, column 1); ` +
      'its entries were still linted');
    const linted = whole.stdout.split('\n').filter((l) => l.startsWith('whole.har:'));
    expect(linted.length).toBeGreaterThan(0);
    expect(run.stdout).toContain(linted.map((l) => l.replace(/^whole\.har/, name)).join('\n'));
    expect(run.code).toBe(2);
  });

  // log.entries[i] is a path in one document: the second HAR's entries used to go on from the
  // first's count (entries[13] of a capture of 10), naming entries neither document holds.
  test('a second HAR pasted on numbers its entries from its own start, told apart by line', async () => {
    const sources = async (name: string, stdin?: Buffer) => {
      const run = await runCli(['--no-config', '-f', 'json', stdin === undefined ? name : '-'],
        stdin === undefined ? { cwd: dir } : { cwd: dir, stdin });
      return (JSON.parse(run.stdout) as { results: JsonResult[] }).results
        .map((r) => `${r.source!.index} ${r.source!.line}`);
    };
    const once = await sources(file('once.har', recorded));
    const twice = Buffer.concat([recorded, recorded]);
    const second = recorded.toString('latin1').split('\n').length - 1; // lines before the second
    const shifted = once.map((at) =>
      at.replace(/ (\d+)$/, (_, line: string) => ` ${Number(line) + second}`));
    expect(await sources(file('pasted.har', twice))).toEqual([...once, ...shifted]);
    expect(await sources('-', twice)).toEqual([...once, ...shifted]);
    expect(once.length).toBeGreaterThan(1);
    // A cut-off count still counts the entries of both.
    const har = JSON.parse(recorded.toString()) as { log: { entries: unknown[] } };
    const cut = await lint(file('pasted-cut.har', Buffer.concat([recorded, recorded.subarray(0, 20000)])));
    expect(cut.stderr).toContain('ends before its JSON does (cut off?); the ' +
      `${har.log.entries.length + 4} entries before that were read`);
    // So does the list of a second "entries" key, the one JSON.parse keeps.
    const entry = JSON.stringify({ request: { method: 'POST',
      url: 'https://api.mypurecloud.com/api/v2/conversations/calls',
      postData: { text: '{"phoneNumber":"3175550100"}' } } });
    expect(await sources(file('keyed.har', `{"log":{"entries":[${entry}],\n"entries":[${entry}]}}\n`)))
      .toEqual(['0 1', '0 2']);
  });

  // Two HARs of one line each, pasted on one line: the entries of both, numbered from 0 in each,
  // were all "log.entries[i] (line 1)". Where text stands before an entry on its line, its
  // column is given too, in the label and in the JSON source; an entry that starts its line
  // (pretty-printed HARs, and the other tests here) keeps the line alone.
  test('two one-line HARs pasted on one line: each entry is named apart, by its column', async () => {
    const entry = JSON.stringify({ request: { method: 'POST',
      url: 'https://api.mypurecloud.com/api/v2/conversations/calls',
      postData: { text: '{"phoneNumber":"3175550100"}' } } });
    const one = `{"log":{"entries":[${entry},7,${entry}]}}`;
    const columns = [20, 21 + entry.length, 23 + entry.length];
    const run = await lint(file('one-line.har', `${one}${one}\n`));
    const labels = [...`${run.stdout}${run.stderr}`.matchAll(/log\.entries\[\d\] \([^)]*\)/g)]
      .map(([label]) => label);
    const expected = [0, one.length].flatMap((offset) => columns.map((column, index) =>
      `log.entries[${index}] (line 1, column ${offset + column})`));
    expect([...new Set(labels)].sort()).toEqual([...expected].sort());
    expect(run.stderr).toContain(`one-line.har: ${expected[4]} is not an object, so it holds no request`);
    const json = await runCli(['--no-config', '-f', 'json', 'one-line.har'], { cwd: dir });
    expect((JSON.parse(json.stdout) as { results: JsonResult[] }).results.map((r) => r.source))
      .toEqual([0, 2, 3, 5].map((k) => expect.objectContaining({
        index: k % 3, line: 1, column: (k < 3 ? 0 : one.length) + columns[k % 3]! })));
  });

  test.each([
    ['comma.har', '{"log":{"entries":[\n{"request":{}}\n{"request":{}}\n]}}\n',
      'a comma is missing between two entries of log.entries (line 3, column 1)'],
    ['stray.har', '{"log":{"entries":[\n} ,\n{"request":{}}\n]}}\n', '"}" closes a list (line 2, column 1)'],
  ])('%s: damage between entries is reported, not taken for an entry', async (name, content, what) => {
    const run = await lint(file(name, content));
    expect(run.stderr).toContain(`${name}: is not valid JSON: ${what}; its entries were still linted`);
    expect(run.stderr).not.toContain('is not an object');
    expect(run.code).toBe(2);
  });

  test('a second "entries" key, which JSON.parse takes, is no damage: both lists are linted', async () => {
    const entry = JSON.stringify({ request: { method: 'POST', url: 'https://api.mypurecloud.com/api/v2/conversations/calls',
      postData: { text: '{"phoneNumber":"3175550100"}' } } });
    const run = await lint(file('twice-keyed.har', `{"log":{"entries":[${entry}],"entries":[${entry}]}}\n`));
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^2 problems \(0 errors, 2 warnings\)$/m);
    expect(run.code).toBe(0);
  });

  test('a bracket that closes the wrong kind is reported where it stands', async () => {
    const run = await lint(file('mismatch.har', '{"log":{"entries":[{"request":{}}]}]\n'));
    expect(run.stderr).toContain('mismatch.har: is not valid JSON: "]" closes an object (line 1, column 36)');
    expect(run.code).toBe(2);
  });

  test('entries that are not objects are reported and keep the numbering of the ones that are', async () => {
    const call = JSON.stringify({ request: {
      method: 'POST',
      url: 'https://api.mypurecloud.com/api/v2/conversations/calls',
      postData: { text: '{"phoneNumber":"3175550100"}' },
    } });
    const har = `{"log":{"entries":[\n1,\n"x" ,\n[{}, 2],\n${call},\nnull]}}`;
    const run = await lint(file('scalars.har', har));
    // Pasted again after itself: the second numbers its entries as the first does, on its own
    // lines; its scalars went unseen, and its call was numbered as its first entry.
    const twice = await lint(file('scalars-twice.har', `${har}\n${har}`));
    for (const [index, line] of [[0, 2], [1, 3], [2, 4], [4, 6]] as const) {
      for (const [name, stderr, lines] of [['scalars.har', run.stderr, [line]],
        ['scalars-twice.har', twice.stderr, [line, line + 6]]] as const) {
        for (const at of lines) {
          expect(stderr).toContain(`${name}: log.entries[${index}] (line ${at}) is not an object, ` +
            'so it holds no request');
        }
      }
    }
    expect(`${run.stderr}${twice.stderr}`).not.toContain('log.entries[3] (');
    expect(run.stdout).toContain('(HAR log.entries[3] (line 5): POST https://api.mypurecloud.com/api/v2/conversations/calls) [non-e164]');
    expect(twice.stdout.match(/\(HAR log\.entries\[\d\] \(line \d+\)/g)).toEqual([
      '(HAR log.entries[3] (line 5)', '(HAR log.entries[3] (line 11)']);
    // Four faults in one file are one input that could not be read whole, not four.
    expect(run.stdout).toMatch(/, 1 input could not be read\n$/);
    expect(run.code).toBe(2);
  });

  // These were passed over as "no request body", exit 0, though each entry holds a request.
  test.each([
    ['{"request":"POST /api/v2/conversations/calls"}', 'has a string for "request", not an object'],
    ['{"request":{"method":"POST","url":5}}', 'has an integer for "request.url", not a string'],
    ['{"request":{"method":"POST","url":"/api/v2/conversations/calls","postData":"{}"}}',
      'has a string for "request.postData", not an object, so its body was not linted'],
    ['{"request":{"method":"POST","url":"/api/v2/conversations/calls","postData":{"text":{"to":1}}}}',
      'has an object for "request.postData.text", not the body\'s text, so its body was not linted'],
  ])('a HAR entry %s is damage, not a request without a body', async (entry, what) => {
    const run = await lint(file('typed.har', `{"log":{"entries":[\n${entry}\n]}}`));
    expect(run.stderr).toContain(`typed.har: log.entries[0] (line 2) ${what}`);
    expect(run.code).toBe(2);
  });

  // HAR 1.2 gives a form post's body as "params" with no "text": it was linted as a call sent
  // with no body (empty-body), though a body was sent, only not JSON.
  test.each([
    // Three columns each: Jest passes its callback where a test takes more arguments than a row has.
    ['application/x-www-form-urlencoded', 'mimeType "application/x-www-form-urlencoded", 2 fields', undefined],
    ['multipart/form-data', 'mimeType "multipart/form-data", 2 fields', undefined],
    ['multipart/form-data', 'mimeType "multipart/form-data", 2 fields', ''],
  ])('a HAR entry sent as %s fields is reported as no JSON, not as empty', async (mimeType, named, text) => {
    const entry = '{"request":{"method":"POST","url":"/api/v2/conversations/callbacks","postData":' +
      `{"mimeType":"${mimeType}",${text === undefined ? '' : `"text":"${text}",`}` +
      '"params":[{"name":"queueId","value":"q"},{"name":"x","value":"y"}]}}}';
    const run = await lint(file('form.har', `{"log":{"entries":[\n${entry}\n]}}`));
    const noText = text === undefined ? 'no "text"' : 'an empty "text"';
    expect(run.stderr).toContain(`form.har: log.entries[0] (line 2) sends its body as form fields (${named} ` +
      `in "params", ${noText}), not as JSON, so there is no JSON text to lint\n  POST ` +
      '/api/v2/conversations/callbacks takes a JSON body (Content-Type: application/json)');
    expect([run.code, run.stdout.includes('empty-body')]).toEqual([2, false]);
  });

  // Browsers export a form post with its encoded text beside "params": read as JSON it was a
  // syntax error at its first letter, naming no form. JSON under a type that is not JSON was
  // linted without a word, though a server does not read it as JSON; an .http file refused it.
  test('a HAR body under a type that is not JSON is a failure; JSON text under it is linted too', async () => {
    const entry = (mimeType: string, text: string) => '{"request":{"method":"POST","url":' +
      `"/api/v2/conversations/calls","postData":{"mimeType":"${mimeType}","params":[{"name":` +
      `"phoneNumber","value":"+13175550142"}],"text":${JSON.stringify(text)}}}}`;
    const run = await lint(file('formtext.har', `{"log":{"entries":[\n${[
      entry('application/x-www-form-urlencoded; charset=UTF-8', 'phoneNumber=%2B13175550142'),
      entry('multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data'),
      entry('application/x-www-form-urlencoded', '{"phoneNumber":"3175550142"}'),
      entry('text/plain;charset=UTF-8', '{"phoneNumber":"3175550143"}'),
    ].join(',\n')}\n]}}`));
    expect(run.stderr).toContain('formtext.har: log.entries[0] (line 2) sends its body as ' +
      '"application/x-www-form-urlencoded; charset=UTF-8" (its mimeType), not as JSON (body ' +
      '"phoneNumber=%2B13175550142"), so a server does not read it as JSON, and there is no JSON ' +
      'text to lint\n  POST /api/v2/conversations/calls takes a JSON body');
    expect(run.stderr).toContain('formtext.har: log.entries[1] (line 3) sends its body as ' +
      '"multipart/form-data; boundary=x" (its mimeType), not as JSON (body 35 characters of multipart text)');
    const header = (type: string) => 'The body is JSON already, but POST /api/v2/conversations/calls ' +
      `reads it as JSON only when it is sent as JSON: send it with Content-Type: application/json ` +
      `instead of ${JSON.stringify(type)}.`;
    expect(run.stderr).toContain('formtext.har: log.entries[2] (line 4) sends its body as ' +
      '"application/x-www-form-urlencoded" (its mimeType), not as JSON (body "{\\"phoneNumber\\":' +
      '\\"3175550142\\"}"), so a server does not read it as JSON; its text was linted as JSON\n  ' +
      header('application/x-www-form-urlencoded'));
    expect(run.stderr).toContain('formtext.har: log.entries[3] (line 5) sends its body as ' +
      `"text/plain;charset=UTF-8" (its mimeType)`);
    expect(run.stderr).toContain(header('text/plain;charset=UTF-8'));
    expect(run.stdout).toMatch(/^formtext\.har:4:\d+: warning .*\[non-e164\]$/m);
    expect(run.stdout).toMatch(/^formtext\.har:5:\d+: warning .*\[non-e164\]$/m);
    expect(run.stdout).not.toContain('syntax-error');
    expect(run.code).toBe(2);
  });

  // Some exporters write postData.text in base64 and say so in "encoding"; it was linted as the
  // base64 text itself (syntax-error at "e").
  test('a base64 HAR body is decoded and linted; one that cannot be decoded is reported', async () => {
    const har = (text: string, encoding: unknown) => '{"log":{"entries":[\n{"request":{"method":"POST",' +
      '"url":"/api/v2/conversations/calls","postData":{"mimeType":"application/json","encoding":' +
      `${JSON.stringify(encoding)},"text":${JSON.stringify(text)}}}}\n]}}`;
    const body = Buffer.from('{"phoneNumber":"3175550100"}').toString('base64');
    // Wrapped in lines as some exporters write it; the position is that of the text, then in the body.
    const run = await lint(file('b64.har', har(`${body.slice(0, 20)}\n${body.slice(20)}`, 'base64')));
    expect(run.stdout).toMatch(/^b64\.har:2:134: warning .*\(body 1:16\).*\[non-e164\]$/m);
    expect([run.code, run.stderr]).toEqual([0, '']);
    for (const [text, encoding, what] of [
      ['{"phoneNumber":"3175550100"}', 'base64', 'has "request.postData.encoding": "base64", but its text is no base64'],
      ['/w==', 'base64', 'has a base64 "request.postData.text" that decodes to bytes that are not UTF-8 text'],
      [body, 'gzip', 'has "gzip" for "request.postData.encoding", which is no encoding this tool can decode'],
    ] as const) {
      const bad = await lint(file('bad64.har', har(text, encoding)));
      expect([what, bad.code, bad.stderr.includes(`bad64.har: log.entries[0] (line 2) ${what}`)])
        .toEqual([what, 2, true]);
    }
  });

  // The same wire bytes get the same verdict in every capture: a call sent without its body.
  test('a call sent with no body is an empty body where the endpoint needs one, else skipped', async () => {
    const har = (method: string, url: string) =>
      `{"log":{"entries":[{"request":{"method":"${method}","url":"${url}"}}]}}`;
    const wrapup = '/api/v2/conversations/calls/c1/participants/p1/communications/m1/wrapup';
    const runs = {
      harCall: await lint(file('call.har', har('POST', '/api/v2/conversations/calls'))),
      httpCall: await lint(file('call.http', 'POST /api/v2/conversations/calls HTTP/1.1\r\nContent-Length: 0\r\n\r\n')),
      logCall: await lint(file('call.ndjson', '{"method":"POST","url":"/api/v2/conversations/calls","body":""}\n')),
      // Logged as null: sent without a body, as much as a HAR entry without postData is.
      logNull: await lint(file('null.ndjson', '{"method":"POST","url":"/api/v2/conversations/calls","body":null}\n')),
      harWrapup: await lint(file('wrapup.har', har('POST', wrapup))),
      logNullWrapup: await lint(file('wrapup.ndjson', `{"method":"POST","url":"${wrapup}","body":null}\n`)),
      httpGet: await lint(file('get.http', 'GET /api/v2/conversations/calls HTTP/1.1\r\n\r\n')),
      // No body member at all: a logger that leaves bodies out; what was sent is not known.
      logUnlogged: await lint(file('unlogged.ndjson', '{"method":"POST","url":"/api/v2/conversations/calls"}\n')),
    };
    for (const name of ['harCall', 'httpCall', 'logCall', 'logNull'] as const) {
      expect([name, runs[name].code, /error .*\[empty-body\]/.test(runs[name].stdout)]).toEqual([name, 1, true]);
    }
    expect(runs.logNull.stdout).toMatch(/^null\.ndjson:1:61: error /);
    for (const name of ['harWrapup', 'logNullWrapup', 'httpGet'] as const) {
      expect([name, runs[name].code, runs[name].stdout]).toEqual([name, 0, '0 problems (0 errors, 0 warnings)\n']);
    }
    expect([runs.logUnlogged.code, runs.logUnlogged.stderr]).toEqual([0, 'genesys-call-lint: ' +
      'unlogged.ndjson: 1 request skipped (not a call endpoint, or no body)\n']);
  });

  test.each([
    ['a body line that looks like a header', 'POST /api/v2/conversations/calls HTTP/1.1\r\n' +
      'Content-Type: application/json\r\n{"phoneNumber":"+13175550142"}\r\n',
      'has line 3 among its headers, which is no header (it starts with "{", as a JSON body does)'],
    ['gzip on its own Transfer-Encoding line', 'POST /api/v2/conversations/calls HTTP/1.1\r\n' +
      'Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n1e\r\n{"phoneNumber":"+13175550142"}\r\n0\r\n\r\n',
      'sends its body gzip-encoded (Transfer-Encoding "gzip, chunked")'],
    // A compressed body is bytes, not JSON: not "not UTF-8" or a syntax error at its first byte.
    ['a gzip Content-Encoding', 'POST /api/v2/conversations/calls HTTP/1.1\r\n' +
      'Content-Encoding: gzip\r\nContent-Length: 6\r\n\r\n\x1f\x8b\x08\x08ab\r\n',
    'sends its body gzip-encoded (Content-Encoding "gzip"), so there is no JSON text to lint'],
    ['a Content-Encoding list on two lines, after chunks', 'POST /api/v2/conversations/calls ' +
      'HTTP/1.1\r\nContent-Encoding: identity\r\nContent-Encoding: br\r\nTransfer-Encoding: ' +
      'chunked\r\n\r\n1e\r\n{"phoneNumber":"+13175550142"}\r\n0\r\n\r\n',
    'sends its body br-encoded (Content-Encoding "identity, br")'],
  ])('.http: %s is reported, not passed', async (_name, dump, what) => {
    const run = await lint(file('odd.http', dump));
    expect(run.stderr).toContain(`odd.http: request 1 (line 1) ${what}`);
    expect(run.code).toBe(2);
  });

  // A body declared as a form (or as any type but JSON) was parsed as JSON: a syntax error at its
  // first letter, naming no form. A HAR's form post is an input failure naming its type; so is this.
  test('an .http body whose Content-Type is not JSON is reported with that type; JSON text is linted too', async () => {
    const request = (url: string, type: string, body: string) =>
      `POST ${url} HTTP/1.1\nContent-Type: ${type}\n\n${body}\n\n`;
    const calls = '/api/v2/conversations/calls';
    const run = await lint(file('typed.http', [
      // A login request in the same file is a form post too, to no call endpoint: passed over.
      request('https://login.mypurecloud.com/oauth/token', 'application/x-www-form-urlencoded',
        'grant_type=client_credentials'),
      request(calls, 'application/x-www-form-urlencoded; charset=UTF-8', 'phoneNumber=%2B13175550142'),
      request(calls, 'Application/JSON; charset=utf-8', '{"phoneNumber":"3175550142"}'),
      request(calls, 'application/merge-patch+json', '{"phoneNumber":"3175550143"}'),
      request(calls, 'text/plain', '{"phoneNumber":"3175550144"}'),
      request(calls, 'multipart/form-data; boundary=x', '--x\nContent-Disposition: form-data'),
      `POST ${calls} HTTP/1.1\n\n{"phoneNumber":"3175550145"}\n`,
    ].join('')));
    const bodyHint = `POST ${calls} takes a JSON body (Content-Type: application/json): send the fields`;
    const failure = (at: string, type: string, body: string, hint = bodyHint,
      verdict = ', and there is no JSON text to lint') => `typed.http: request ${at} sends its ` +
      `body as ${JSON.stringify(type)} (its Content-Type), not as JSON (body ${body}), so a server ` +
      `does not read it as JSON${verdict}\n  ${hint}`;
    expect(run.stderr).toContain(failure('2 (line 6)', 'application/x-www-form-urlencoded; charset=UTF-8',
      '"phoneNumber=%2B13175550142"'));
    // A JSON body under another type needs its header changed, not its fields sent as JSON; its
    // fields are linted too, as a HAR entry's are.
    expect(run.stderr).toContain(failure('5 (line 21)', 'text/plain',
      '"{\\"phoneNumber\\":\\"3175550144\\"}"', `The body is JSON already, but POST ${calls} ` +
      'reads it as JSON only when it is sent as JSON: send it with Content-Type: application/json ' +
      'instead of "text/plain".', '; its text was linted as JSON'));
    // A multipart body is not quoted: its parts may hold a secret (test/url-secrets.test.ts).
    expect(run.stderr).toContain(failure('6 (line 26)', 'multipart/form-data; boundary=x',
      '34 characters of multipart text'));
    expect(run.stderr).not.toContain('request 1 ');
    // JSON with a charset, a +json type and no type at all are linted as JSON.
    expect(run.stdout.match(/"31755501\d\d"/g)).toEqual(['"3175550142"', '"3175550143"', '"3175550144"',
      '"3175550145"']);
    expect(run.stdout).not.toContain('syntax-error');
    expect(run.code).toBe(2);
  });

  // The last of two Content-Type headers was taken without a word, though which one a server
  // keeps is not known: text/plain after application/json made a lintable body a refused one.
  test('an .http request with two different Content-Type headers names both once; one type twice passes', async () => {
    const request = (...types: string[]) => 'POST /api/v2/conversations/calls HTTP/1.1\nHost: h\n' +
      `${types.map((type) => `Content-Type: ${type}\n`).join('')}\n{"phoneNumber":"3175550142"}\n`;
    const differ = await lint(file('two-types.http', request('application/json', 'text/plain')));
    expect(differ.stderr).toContain('two-types.http: request 1 (line 1) has 2 different Content-Type ' +
      'headers ("application/json" on line 3, "text/plain" on line 4), so a server may read its body ' +
      'as any of them; it was linted as JSON\n  Send one Content-Type header, application/json');
    expect(differ.stderr).not.toContain('sends its body as');
    expect([differ.code, /\[non-e164\]$/m.test(differ.stdout)]).toEqual([2, true]);
    // Two types that are no JSON made two failures, the second naming only the last type.
    const none = await lint(file('no-json.http', request('text/plain', 'application/x-www-form-urlencoded')));
    expect(none.stderr).toContain('no-json.http: request 1 (line 1) sends its body as "text/plain" ' +
      'or "application/x-www-form-urlencoded" (its 2 different Content-Type headers, on lines 3 ' +
      'and 4), not as JSON (body "{\\"phoneNumber\\":\\"3175550142\\"}"), so a server does not read ' +
      'it as JSON; its text was linted as JSON\n  The body is JSON already, but POST ' +
      '/api/v2/conversations/calls reads it as JSON only when it is sent as JSON: send it with one ' +
      'Content-Type: application/json instead of "text/plain" and ' +
      '"application/x-www-form-urlencoded".\n');
    expect(none.stderr.match(/no-json\.http/g)).toHaveLength(1);
    const text = await lint(file('no-text.http', request('text/plain', 'text/html')
      .replace('{"phoneNumber":"3175550142"}', 'hello')));
    expect(text.stderr).toContain('sends its body as "text/plain" or "text/html" (its 2 different ' +
      'Content-Type headers, on lines 3 and 4), not as JSON (body "hello"), so a server does not ' +
      'read it as JSON, and there is no JSON text to lint\n');
    expect([text.code, text.stderr.match(/no-text\.http/g)]).toEqual([2, ['no-text.http']]);
    const same = await lint(file('same-type.http', request('application/json', 'Application/JSON')));
    expect([same.code, same.stderr]).toEqual([0, '']);
    // The same type with a charset was two different types: a lintable request failed as input.
    const charset = await lint(file('charset.http', request('application/json',
      'application/json;charset=utf-8')));
    expect([charset.code, charset.stderr]).toEqual([0, '']);
    const plain = await lint(file('plain.http', request('text/plain', 'Text/Plain; charset=utf-8')
      .replace('{"phoneNumber":"3175550142"}', 'hello')));
    expect(plain.stderr).toContain('sends its body as "Text/Plain; charset=utf-8" (its Content-Type)');
  });

  test('a HAR method that is no HTTP method is damage; a path in the query is no path', async () => {
    const entry = (method: string) => `{"log":{"entries":[{"request":{"method":"${method}",` +
      '"url":"https://api.mypurecloud.com/api/v2/conversations/calls","postData":{"text":"{}"}}}]}}';
    for (const method of ['', 'post', 'POST ']) {
      const run = await lint(file('method.har', entry(method)));
      expect([method, run.code, run.stderr.includes(`has ${JSON.stringify(method)} for "request.method", which is no HTTP method`)])
        .toEqual([method, 2, true]);
    }
    const query = await lint(file('query.ndjson', '{"method":"POST","url":"https://api.mypurecloud.com?next=/api/v2/' +
      'conversations/calls","body":{"to":1}}\n'));
    expect([query.code, query.stderr]).toEqual([0, 'genesys-call-lint: query.ndjson: 1 request skipped (not a call endpoint, or no body)\n']);
  });

  // VS Code's REST Client and JetBrains' HTTP Client send "< ./body.json" as the file's text; curl
  // -v prints "< " before response lines. The file is named, not taken for an empty body.
  test('an editor .http body sent from a file is reported as in that file, not as empty', async () => {
    const call = 'POST https://api.mypurecloud.com/api/v2/conversations/calls\nContent-Type: ' +
      'application/json\n\n';
    const users = 'POST {{baseUrl}}/api/v2/users\n\n< ./user.json\n\n###\n';
    const run = await lint(file('from-file.http', `${users}${call}< ./body.json\n\n###\n` +
      `${call.replaceAll('\n', '\r\n')}<@ ./other body.json\r\n\r\n###\n${call}{"phoneNumber":"+1"}\n`));
    expect(run.stderr).toContain('from-file.http: request 2 (line 6) sends the file "./body.json" ' +
      'as its body (line 9), which is not read here, so its body was not linted\n  Lint ' +
      '"./body.json" itself (the editor finds it from the .http file\'s folder), with --endpoint ' +
      'create-call.');
    expect(run.stderr).toContain('request 3 (line 12) sends the file "./other body.json" as its ' +
      'body (line 15)');
    expect(run.stderr).toContain('from-file.http: 1 request skipped');
    // Still read after them, and no empty-body for either.
    expect(run.stdout).toMatch(/^from-file\.http:21:16: warning .*\[non-e164\]\n1 problem /);
    expect(run.code).toBe(2);
  });

  test('an .http request whose body stands among its headers (no blank line) is reported', async () => {
    const run = await lint(file('noblank.http', 'POST /api/v2/conversations/calls HTTP/1.1\n' +
      'Content-Type: application/json\n{\n  "to": {"phoneNumber": "+13175550142"}\n}\n'));
    expect(run.stderr).toContain('noblank.http: request 1 (line 1) has line 3 among its headers, ' +
      'which is no header (it starts with "{", as a JSON body does), so its body was not linted');
    expect(run.code).toBe(2);
  });

  test('a body whose first member is "log" is read as a body, not as a HAR', async () => {
    const run = await lint(file('log-first.json', '{"log": true, "phoneNumber": "+13175550142"}'));
    expect(run.stderr).not.toContain('HAR');
    expect(run.stdout).toMatch(/log-first\.json:1:2: error .*\[unknown-field\]/);
    expect(run.code).toBe(1);
  });

  test('--input-format har on a body that is no HAR is reported, not passed', async () => {
    const run = await lint('--input-format', 'har', file('body.json', '{"phoneNumber":"+13175550142"}'));
    expect(run.stderr).toContain('body.json: is not a HAR capture');
    expect(run.code).toBe(2);
  });

  test('Content-Length counts a CR LF as two bytes: what follows the body is not read into it', async () => {
    const body = '{"phoneNumber":"+13175550142"}';
    const dump = (eol: string): string => ['POST /api/v2/conversations/calls HTTP/1.1',
      'Host: api.mypurecloud.com', `Content-Length: ${body.length + eol.length}`, '', body,
      'HTTP/1.1 200 OK', ''].join(eol);
    for (const [name, eol] of [['crlf.http', '\r\n'], ['lf.http', '\n']] as const) {
      const run = await lint(file(name, dump(eol)));
      expect([name, run.code, run.stdout]).toEqual([name, 0, '0 problems (0 errors, 0 warnings)\n']);
    }
  });

  // What a server reads: Content-Length bytes, cut JSON included; chunks when chunked. Bodies used
  // to be taken in whole lines, so a short or broken length went unseen.
  describe('.http bodies are framed as a server frames them', () => {
    const head = (extra: string) => `POST /api/v2/conversations/calls HTTP/1.1\nHost: api.mypurecloud.com\n${extra}\n`;
    const rows = (stdout: string) => stdout.split('\n').filter((l) => /^\S+\.http:/.test(l))
      .map((l) => l.replace(/^(\S+?:\d+:\d+): (\w+) .*\[([\w-]+)\]$/, '$1 $2 $3'));

    test('a body exactly Content-Length bytes long, the next request straight after it', async () => {
      // "José" is 5 bytes in UTF-8: counting characters would cut the body short.
      const one = '{"phoneNumber":"3175550100","callFromQueueId":"x","callUserId":"José"}';
      const two = '{"phoneNumber":"+13175550142","mediaType":"audio"}';
      const run = await lint(file('unbroken.http', `${head(`Content-Length: ${Buffer.byteLength(one)}\n`)}${one}` +
        `${head(`Content-Length: ${two.length}\n`)}${two}\n`));
      // The second request starts on the first body's line, so its body is on line 9.
      expect(rows(run.stdout)).toEqual([
        'unbroken.http:5:1 error conflicting-targets',
        'unbroken.http:5:16 warning non-e164',
        'unbroken.http:5:47 error invalid-uuid',
        'unbroken.http:5:64 error invalid-uuid',
        'unbroken.http:9:31 error unknown-field',
      ]);
      expect(run.stderr).toBe('');
    });

    test('a Content-Length shorter than the body cuts it where the server would', async () => {
      const run = await lint(file('short.http', `${head('Content-Length: 20\n')}{"phoneNumber":"+13175550142"}\n`));
      expect(rows(run.stdout)).toEqual(['short.http:5:16 error syntax-error']);
      // The rest of the body is what a server would take for the next request line.
      expect(run.stderr).toContain('short.http: request 1 (line 1) has Content-Length 20, which ends its ' +
        'body before line 5, column 21, where more text follows ("75550142\\"}")');
      expect(run.code).toBe(2);
    });

    // Text after a Content-Length body used to be passed over up to the next request line, and
    // a request glued to a body cut short went with it.
    test.each([
      ['a request glued to a body cut short', 29, '{"phoneNumber":"+13175550142"}', false,
        'line 5, column 30, where more text follows ("}POST /api/v2/conversations/calls HTTP/1.1") that a ' +
        'server would read as the next request line; the 29 bytes were linted, and the request that ' +
        'starts in it was not'],
      ['text after a body of the right length', 10, '{"a":1}   garbage\r\n', true,
        'line 5, column 11, where more text follows ("garbage") that a server would read as the next ' +
        'request line; the 10 bytes were linted\n'],
      ['a line after the body', 7, '{"a":1}\r\n\r\n  notes: sent twice\r\n', true,
        'line 7, column 3, where more text follows ("notes: sent twice")'],
    ])('%s is reported as an input failure', async (_name, length, body, isNextRead, where) => {
      const next = `${head('')}{"to":"+13175550142"}\r\n`;
      const run = await lint(file('after.http', `${head(`Content-Length: ${length}\r\n`)}${body}${next}`));
      expect(run.stderr).toContain(`after.http: request 1 (line 1) has Content-Length ${length}, ` +
        `which ends its body before ${where}`);
      // A request on a line of its own after the text is read as ever.
      expect(run.stdout.includes('(HTTP request 2 ')).toBe(isNextRead);
      expect(run.code).toBe(2);
    });

    test.each([['-5'], ['abc'], ['1e3'], ['']])('Content-Length %p is a framing fault; the body is still linted', async (value) => {
      const run = await lint(file('length.http', `${head(`Content-Length: ${value}\n`)}{"phoneNumber":"3175550100"}\n`));
      expect(run.stderr).toContain(`length.http: request 1 (line 1) has Content-Length "${value}", which is not a byte count`);
      expect(rows(run.stdout)).toEqual(['length.http:5:16 warning non-e164']);
      expect(run.code).toBe(2);
    });

    test('a chunked body: one chunk keeps exact positions, several point at the first', async () => {
      const te = 'Transfer-Encoding: chunked\r\n';
      const body = '{"phoneNumber":"3175550100"}';
      const single = `${head(te)}${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
      const split = `${head(te)}5\r\n${body.slice(0, 5)}\r\n${(body.length - 5).toString(16)}\r\n` +
        `${body.slice(5)}\r\n0\r\n\r\n`;
      // lint() gives -f compact, and -f given twice with two values is refused.
      const asJson = (name: string) => runCli(['--no-config', '-f', 'json', name], { cwd: dir });
      const one = await asJson(file('one.http', single));
      const two = await asJson(file('two.http', split));
      const found = (stdout: string) => (JSON.parse(stdout) as { results: JsonResult[] }).results
        .flatMap((r) => r.findings.map((f) => [f.rule, f.line, f.column, f.bodyLine, f.bodyColumn]));
      expect(found(one.stdout)).toEqual([['non-e164', 6, 16, undefined, undefined]]);
      expect(found(two.stdout)).toEqual([['non-e164', 6, 1, 1, 16]]);
      expect([one.code, two.code, one.stderr, two.stderr]).toEqual([0, 0, '', '']);
    });

    test('chunks may split a UTF-8 character; a body that is no UTF-8 is reported alone', async () => {
      const body = Buffer.from('{"phoneNumber":"3175550142","callerIdName":"Zoë"}');
      const cut = body.indexOf(0xc3) + 1; // inside "ë"
      const te = Buffer.from(head('Transfer-Encoding: chunked\r\n'));
      const chunk = (bytes: Buffer) => [Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n')];
      const split = Buffer.concat([te, ...chunk(body.subarray(0, cut)), ...chunk(body.subarray(cut)),
        Buffer.from('0\r\n\r\n')]);
      const run = await lint(file('split.http', split));
      expect([run.code, run.stderr, rows(run.stdout)]).toEqual([0, '', ['split.http:6:1 warning non-e164']]);
      const bad = Buffer.from('{"phoneNumber":"+13175550142","callerIdName":"Zo\xff"}', 'latin1');
      const good = '{"phoneNumber":"3175550142"}';
      const two = await lint(file('bad.http', Buffer.concat([Buffer.from(head(`Content-Length: ${bad.length}\n`)),
        bad, Buffer.from(`\n${head(`Content-Length: ${good.length}\n`)}${good}\n`)])));
      expect(two.stderr).toContain('bad.http: request 1 (line 1) has a body that is not UTF-8 text, so it was not linted');
      expect(rows(two.stdout)).toEqual(['bad.http:10:16 warning non-e164']);
      expect(two.code).toBe(2);
    });

    // A dump that is no UTF-8 as a whole is framed one character per byte; the columns it
    // reports are still characters (UTF-16 units), as in a dump that is UTF-8 throughout.
    test('a dump read by bytes reports the columns an editor shows', async () => {
      // No body and no line break after the last header: the empty body is placed at its end.
      const last = `${head('').trimEnd()}\nX-Name: Zoë 😀`;
      const columns = async (name: string, header: string) => {
        const bytes = Buffer.concat([Buffer.from(head(header), 'latin1'), Buffer.from(last)]);
        return rows((await lint(file(name, bytes))).stdout);
      };
      expect(await columns('bytes.http', 'X-Bad: \xff\n'))
        .toEqual(['bytes.http:5:1 error empty-body', 'bytes.http:7:15 error empty-body']);
      expect(await columns('text.http', 'X-Good: y\n'))
        .toEqual(['text.http:5:1 error empty-body', 'text.http:7:15 error empty-body']);
    });

    // Read by bytes, the file's mark was three characters before the first request line, which
    // then was no request line: the first request went unread, and nothing said so.
    test('a dump read by bytes that begins with a mark reads its first request', async () => {
      const dump = (mark: string) => Buffer.concat([Buffer.from(`${mark}${head('X-Bad: \xff\n')}`, 'latin1'),
        Buffer.from('{"phoneNumber":"+13175550142","to":1}\n')]);
      for (const name of ['no-mark.http', 'mark.http']) {
        const run = await lint(file(name, dump(name === 'mark.http' ? '\xef\xbb\xbf' : '')));
        expect([rows(run.stdout), run.stderr, run.code]).toEqual([[`${name}:5:31 error unknown-field`], '', 1]);
      }
    });

    test('a dump read by bytes quotes its lines in messages as an editor shows them', async () => {
      // A body among the headers (no blank line before it): its line is counted as an editor
      // counts it, and not quoted, as a header line without its colon may hold a credential.
      const stray = `${head('').trimEnd()}\n{"callerIdName":"Zoë"}\n`;
      for (const [name, header] of [['bytes.http', 'X-Bad: \xff\n'], ['text.http', 'X-Good: y\n']]) {
        const bytes = Buffer.concat([Buffer.from(head(header!), 'latin1'), Buffer.from(stray)]);
        const run = await lint(file(name!, bytes));
        expect(run.stderr).toContain(`${name}: request 2 (line 5) has line 7 among its headers, ` +
          'which is no header (it starts with "{", as a JSON body does)');
        expect(run.stderr).not.toContain('Zoë');
      }
      // So are a header's value and the request's URL.
      const request = Buffer.concat([
        Buffer.from('POST /api/v2/conversations/calls?note=Zoë HTTP/1.1\nHost: api.mypurecloud.com\n'),
        Buffer.from('X-Bad: \xff\n', 'latin1'),
        Buffer.from('Content-Length: 2é\n\n{"phoneNumber":"3175550100"}\n'),
      ]);
      const run = await lint(file('header.http', request));
      expect(run.stderr).toContain('header.http: request 1 (line 1) has Content-Length "2é", which');
      expect(run.stdout).toContain('(HTTP request 1 (line 1): POST https://api.mypurecloud.com/api/v2/' +
        'conversations/calls?note=Zoë) [non-e164]');
      const chunked = Buffer.concat([Buffer.from(head('X-Bad: \xff\nTransfer-Encoding: chunked\n'), 'latin1'),
        Buffer.from('Zoë\n{}\n0\n\n')]);
      const sized = await lint(file('chunked.http', chunked));
      expect(sized.stderr).toContain('chunked.http: request 1 (line 1) has "Zoë" where a chunk size was due');
    });

    test('two Content-Length headers that disagree are a framing fault, as for a server', async () => {
      const run = await lint(file('two.http', `${head('Content-Length: 2\nContent-Length: 30\n')}{"phoneNumber":"3175550100"}\n`));
      expect(run.stderr).toContain('two.http: request 1 (line 1) has 2 different Content-Length values ("2", "30")');
      expect(run.code).toBe(2);
      const same = await lint(file('same.http',
        `${head('Content-Length: 30\nContent-Length: 30\n')}{"phoneNumber":"+13175550142"}\n`));
      expect([same.code, same.stderr]).toEqual([0, '']);
    });

    test.each([
      ['the end of the file', '', 'the end of the file'],
      ['the next request', `${head('Content-Length: 30\n')}{"phoneNumber":"+13175550142"}\n`,
        'the next request (line 6)'],
    ])('a Content-Length longer than the body up to %s is a framing fault; what is there is linted',
      async (_name, after, where) => {
        const body = '{"phoneNumber":"3175550100"}';
        const run = await lint(file('long.http', `${head('Content-Length: 60\n')}${body}\n${after}`));
        expect(run.stderr).toContain(`long.http: request 1 (line 1) has Content-Length 60, but only ` +
          `${body.length + 1} bytes of body come before ${where}, so a server would wait for the rest`);
        expect(rows(run.stdout)).toEqual(['long.http:5:16 warning non-e164']);
        expect(run.code).toBe(2);
      });

    // After the chunk of size 0, trailer lines ran to the next blank line: a request that
    // followed without one was read as trailers and lost, as was text after the body.
    test('a chunked body: text after it is reported; a next request is no trailer field', async () => {
      const chunked = `${head('Transfer-Encoding: chunked\n')}2\n{}\n0\n`;
      const next = `${head('')}{"to":"+13175550142"}\n`;
      const noted = await lint(file('noted.http', `${chunked}X-Sum: 1\n\nnotes\n${next}`));
      expect(noted.stderr).toContain('noted.http: request 1 (line 1) has a chunked body that ends before ' +
        'line 10, column 1, where more text follows ("notes") that a server would read as the next ' +
        'request line; the body was linted\n');
      expect(noted.code).toBe(2);
      const glued = await lint(file('glued.http', `${chunked}${next}`));
      expect(rows(glued.stdout)).toEqual(['glued.http:6:1 error empty-body',
        'glued.http:11:1 error missing-target', 'glued.http:11:2 error unknown-field']);
    });

    test('"Content-Length: 30, 30", one length given twice, is that length (RFC 9110)', async () => {
      const run = await lint(file('list.http', `${head('Content-Length: 30, 30\n')}{"phoneNumber":"+13175550142"}\n`));
      expect([run.code, run.stderr]).toEqual([0, '']);
      const differ = await lint(file('differ.http', `${head('Content-Length: 30, 31\n')}{"phoneNumber":"+13175550142"}\n`));
      expect(differ.stderr).toContain('has 2 different Content-Length values ("30", "31")');
      expect(differ.code).toBe(2);
    });

    test.each([
      ['gzip, chunked', 'sends its body gzip-encoded (Transfer-Encoding "gzip, chunked"), so there is no JSON text to lint'],
      ['chunked, gzip', 'has Transfer-Encoding "chunked, gzip", which does not end in chunked, so a server would refuse it'],
    ])('Transfer-Encoding %p is reported, not read as plain chunks', async (te, message) => {
      const body = '{"phoneNumber":"3175550100"}';
      const run = await lint(file('coded.http', `${head(`Transfer-Encoding: ${te}\n`)}` +
        `${body.length.toString(16)}\n${body}\n0\n\n${head('Content-Length: 2\n')}{}\n`));
      expect(run.stderr).toContain(`coded.http: request 1 (line 1) ${message}`);
      expect(run.stdout).not.toContain('non-e164');
      expect(run.code).toBe(2);
    });

    test('a curl -v transcript, which shows no body, says so instead of passing', async () => {
      const transcript = ['*   Trying 127.0.0.1:8080...', '> POST /api/v2/conversations/calls HTTP/1.1',
        '> Host: 127.0.0.1:8080', '> Content-Type: application/json', '> Content-Length: 28', '> ',
        '} [28 bytes data]', '< HTTP/1.1 200 OK', '< Content-Length: 2', '< ', '{ [2 bytes data]', ''].join('\n');
      const run = await lint(file('curl.http', transcript));
      expect(run.stderr).toContain('curl.http: request 1 (line 2) holds no body: curl -v prints only ' +
        '"[28 bytes data]" where the body it sent would be, so there is nothing to lint');
      expect(run.code).toBe(2);
      // Without the data marker (other curl versions): the same, not a length fault and an empty body.
      const bare = await lint(file('curl2.http', transcript.replace('} [28 bytes data]\n',
        '* upload completely sent off: 28 bytes\n')));
      expect(bare.stderr).toContain('curl2.http: request 1 (line 2) holds no body: curl -v prints the ' +
        '28-byte body\'s headers but not the body, so there is nothing to lint');
      expect(bare.stderr).not.toContain('Content-Length 28, but');
      expect([bare.code, bare.stdout.includes('empty-body')]).toEqual([2, false]);
    });

    test('a framing fault names the request as the report does, counting from 1', async () => {
      const good = `${head('Content-Length: 2\n')}{}\n`;
      const run = await lint(file('second.http', `${good}${head('Content-Length: x\n')}{"to":1}\n`));
      expect(run.stderr).toContain('second.http: request 2 (line 6) has Content-Length "x"');
      expect(run.stdout).toContain('(HTTP request 2 (line 6): POST');
    });

    test.each([
      ['bad-size.http', 'zz\n{}\n0\n\n', 'has "zz" where a chunk size was due, so its body was not linted'],
      ['no-end.http', '4\n{"a"\n', 'ends before the chunk of size 0 that closes a chunked body'],
    ])('%s: a broken chunked body is reported', async (name, chunks, message) => {
      const run = await lint(file(name, `${head('Transfer-Encoding: chunked\n')}${chunks}`));
      expect(run.stderr).toContain(`${name}: request 1 (line 1) ${message}`);
      expect(run.code).toBe(2);
    });
  });

  // VS Code's REST Client and JetBrains' HTTP Client: no version on the request line, "###"
  // between requests, comments and variables around them. Refused whole before, or the "###"
  // line read into the body before it as a syntax error.
  test('an editor HTTP client\'s .http file is read request by request', async () => {
    const text = [
      '@host = api.mypurecloud.com',
      '',
      '### place a call',
      'POST https://{{host}}/api/v2/conversations/calls',
      'Content-Type: application/json',
      '',
      '{"phoneNumber": "+13175550142"}',
      '',
      '### the same, by path, with a version',
      '# a comment',
      'POST /api/v2/conversations/calls HTTP/1.1',
      'Content-Type: application/json',
      '',
      '{"to": "+13175550142"}',
      '###',
      // A URL that starts with a variable: read, and routed by the path after it.
      'POST {{baseUrl}}/api/v2/conversations/calls',
      'Content-Type: application/json',
      '',
      '{"to": 1}',
      '',
    ].join('\n');
    const run = await runCli(['--no-config', '-f', 'json', file('client.http', text)], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([1, '']);
    const results = (JSON.parse(run.stdout) as { results: JsonResult[] }).results;
    expect(results.map((r) => [r.source?.line, r.source?.url, r.findings
      .map((f) => `${f.line}:${f.column} ${f.rule}`)])).toEqual([
      [4, 'https://{{host}}/api/v2/conversations/calls', []],
      [11, '/api/v2/conversations/calls', ['14:1 missing-target', '14:2 unknown-field']],
      [16, '{{baseUrl}}/api/v2/conversations/calls', ['19:1 missing-target', '19:2 unknown-field']],
    ]);
  });

  // Comments, JetBrains' response handlers (> {% ... %}) and response references (<> file) after
  // a body are the editor's lines, not sent: read into the body they were a syntax error at
  // "#" or ">", and after a Content-Length body, text a server would read (sandpiper).
  test('an editor\'s comments and handler lines after a body are not read as the body', async () => {
    const text = [
      'POST https://api.mypurecloud.com/api/v2/conversations/calls',
      'Content-Type: application/json',
      '',
      '{"phoneNumber": "+13175550142"}',
      '',
      '# the second one',
      '// also a comment',
      'POST {{host}}/api/v2/conversations/calls',
      'Content-Type: application/json',
      '',
      '{"phoneNumber": "3175550142"}',
      '',
      '> {%',
      '  client.global.set("id", response.body.id);',
      '%}',
      '> handlers/check.js',
      '<> 2024-01-01T000000.200.json',
      '',
      '###',
      'POST /api/v2/conversations/calls HTTP/1.1',
      'Content-Length: 30',
      '',
      '{"phoneNumber":"+13175550142"}',
      '# a comment',
      '> {% client.test("ok", () => {}); %}',
      '',
    ].join('\n');
    const run = await runCli(['--no-config', '-f', 'compact', file('editor.http', text)], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^editor\.http:11:17: warning .*\[non-e164\]\n1 problem/);
    // Inside a body such a line is what was sent, and judged as it is.
    const inside = await lint(file('inside.http', 'POST /api/v2/conversations/calls HTTP/1.1\n\n' +
      '{\n# not a comment here\n"phoneNumber": "+13175550142"}\n'));
    expect(inside.stdout).toContain('syntax-error');
    // So is a handler within the bytes a Content-Length gives: that length says it was sent.
    const json = '{"phoneNumber":"+13175550142"}';
    const counted = await lint(file('counted.http', 'POST /api/v2/conversations/calls HTTP/1.1\n' +
      `Content-Length: ${json.length + 25}\n\n${json}\n> {% client.log("x") %}\n`));
    expect(counted.stdout).toMatch(/^counted\.http:5:1: error .*"\>".*\[syntax-error\]$/m);
  });

  test('an .http file without a request line is reported; an empty one is an empty dump', async () => {
    const text = await lint(file('words.http', 'hello world\n'));
    expect(text.stderr).toContain('words.http: holds no HTTP request');
    expect(text.code).toBe(2);
    const empty = await lint(file('empty.http', ''));
    expect([empty.code, empty.stderr]).toEqual([0, '']);
    const ownMark = await lint(file('own-mark.http', '\uFEFF\n'));
    expect([ownMark.code, ownMark.stderr]).toEqual([0, '']);
    // Marks beyond the file's own, with nothing else, were told their requests were linted.
    const marks = await lint(file('marks.http', '\uFEFF\uFEFF\uFEFF'));
    expect(marks.code).toBe(2);
    expect(marks.stderr).toContain('marks.http: begins with 2 more byte-order marks (U+FEFF) after ' +
      'its own, and holds nothing else, no HTTP request');
    expect(marks.stderr).not.toContain('still linted');
  });

  test('a small log that stops being UTF-8 is linted up to there, as a streamed one is', async () => {
    const lines = Array.from({ length: 7 }, () => '{"phoneNumber":"3175550100"}\n').join('');
    const bytes = Buffer.concat([Buffer.from(lines), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from(lines)]);
    file('bad.ndjson', bytes);
    const small = await lint('bad.ndjson');
    // A limit below the file's size makes the log be streamed instead of read whole.
    const streamed = await lint('--max-file-size', '0.0001', 'bad.ndjson');
    expect(small.stdout.match(/^bad\.ndjson:\d+:\d+: warning/gm)).toHaveLength(7);
    expect(small.stderr).toContain(`bad.ndjson: is not valid UTF-8 at byte offset ${lines.length + 1}; ` +
      'what came before it was linted, the rest was not');
    expect([small.code, small.stdout, small.stderr]).toEqual([streamed.code, streamed.stdout, streamed.stderr]);
    expect(small.code).toBe(2);
  });

  // The same bytes, read whole (under 1 MiB) and streamed (forced by a --max-file-size below the
  // file's size), must give the same output: encodings, binary content and bad bytes alike.
  const lines = Array.from({ length: 5 }, () => '{"phoneNumber":"3175550100"}\n').join('');
  const utf32 = (text: string, order: 'le' | 'be'): Buffer => {
    const out = Buffer.alloc(text.length * 4);
    [...text].forEach((c, i) => (order === 'le' ? out.writeUInt32LE(c.codePointAt(0)!, i * 4)
      : out.writeUInt32BE(c.codePointAt(0)!, i * 4)));
    return out;
  };
  test.each([
    ['utf16le.ndjson', Buffer.from(`\ufeff${lines}`, 'utf16le'), 0, ''],
    ['utf16be.ndjson', Buffer.from(`\ufeff${lines}`, 'utf16le').swap16(), 0, ''],
    ['utf32le.ndjson', utf32(`\ufeff${lines}`, 'le'), 2, 'skipped: UTF-32 text'],
    ['utf32be.ndjson', utf32(`\ufeff${lines}`, 'be'), 2, 'skipped: UTF-32 text'],
    ['nul.ndjson', Buffer.from(`${lines}{"phoneNumber":"\u0000"}\n${lines}`), 2,
      `holds a NUL byte (binary content) at byte offset ${lines.length + 16}; what came before it was linted`],
    ['nul.har', Buffer.concat([recorded.subarray(0, 20000), Buffer.from([0]), recorded.subarray(20000)]), 2,
      'holds a NUL byte (binary content) at byte offset 20000; what came before it was linted'],
    ['utf16.har', Buffer.from(`\ufeff${recorded.toString('utf8')}`, 'utf16le'), 1, ''],
    // Broken UTF-16 stops the reading at its own byte: a small log was skipped whole, and a big
    // one read up to the start of the chunk the fault was in.
    ...([['le', 'utf16le'], ['be', 'utf16be']] as const).flatMap(([end, name]) => {
      const fix = (bytes: Buffer): Buffer => (end === 'le' ? bytes : Buffer.from(bytes).swap16());
      const head = Buffer.from(`\ufeff${lines}`, 'utf16le');
      const tail = Buffer.from(lines, 'utf16le');
      const at = head.length;
      const kind = `UTF-16${end.toUpperCase()}`;
      return [
        [`lone-high-${name}.ndjson`, fix(Buffer.concat([head, Buffer.from([0x00, 0xd8, 0x41, 0x00]), tail])), 2,
          `is not valid ${kind} at byte offset ${at}; what came before it was linted`],
        [`lone-low-${name}.ndjson`, fix(Buffer.concat([head, Buffer.from([0x00, 0xdc]), tail])), 2,
          `is not valid ${kind} at byte offset ${at}; what came before it was linted`],
        [`odd-${name}.ndjson`, fix(Buffer.concat([head, Buffer.from([0x41, 0x00, 0x41, 0x00])])).subarray(0, at + 3), 2,
          `is not valid ${kind} at byte offset ${at + 2}; what came before it was linted`],
      ] as const;
    }),
  ])('%s: read whole and streamed alike', async (name, bytes, code, message) => {
    file(name, bytes);
    const whole = await lint(name);
    const streamed = await lint('--max-file-size', '0.0001', name);
    expect([streamed.code, streamed.stdout, streamed.stderr]).toEqual([whole.code, whole.stdout, whole.stderr]);
    expect(whole.code).toBe(code);
    expect(whole.stderr).toContain(message);
  });

  test('a HAR that stops being UTF-8 is reported for that alone, not also as cut off', async () => {
    const run = await lint(file('bad.har', Buffer.concat([recorded.subarray(0, 20000), Buffer.from([0xff])])));
    expect(run.stderr).toContain('bad.har: is not valid UTF-8 at byte offset 20000');
    expect(run.stderr).not.toContain('cut off');
    expect(run.code).toBe(2);
  });
});

// One request, logged to NDJSON (as a body with its Content-Type header, or as a HAR-shaped
// postData), recorded in a HAR and dumped as raw HTTP, gets one verdict: NDJSON had skipped a
// form post with a note and linted text/plain as JSON without a word.
describe('a body under a type that is not JSON gets one verdict in every capture format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gcl-typed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const CALLS = 'https://api.mypurecloud.com/api/v2/conversations/calls';
  const LOGIN = 'https://login.mypurecloud.com/oauth/token';
  const FORM = 'application/x-www-form-urlencoded';
  const JSON_BODY = '{"phoneNumber":"3175550142"}';

  /** The request as each format holds it, by file name. */
  function captures(url: string, type: string, body: string): Record<string, string> {
    const path = new URL(url);
    return {
      'headers.ndjson': `${JSON.stringify({ method: 'POST', url, headers: { 'Content-Type': type },
        body })}\n`,
      'postdata.ndjson': `${JSON.stringify({ method: 'POST', url,
        postData: { mimeType: type, text: body } })}\n`,
      'entry.har': JSON.stringify({ log: { entries: [{ request: { method: 'POST', url,
        postData: { mimeType: type, text: body } } }] } }),
      'request.http': `POST ${path.pathname} HTTP/1.1\r\nHost: ${path.host}\r\n` +
        `Content-Type: ${type}\r\n\r\n${body}\r\n`,
    };
  }

  interface Verdict { code: number; failures: string[]; rules: string[]; skipped: boolean }

  /** What a run made of one capture, its place in the file and the type's field named alike. */
  async function verdictOf(name: string, text: string): Promise<Verdict> {
    writeFileSync(join(dir, name), text);
    const run = await runCli(['--no-config', '-f', 'json', name], { cwd: dir });
    const output = JSON.parse(run.stdout) as {
      failures: Array<{ message: string; hint: string }>; results: JsonResult[];
    };
    const failures = output.failures.map(({ message, hint }) => `${message
      .replace(/^(?:log\.entries\[0\] \(line 1, column \d+\)|request 1 \(line 1\)|line 1) /, '')
      .replace(/\(its (?:mimeType|Content-Type)\)/, '(its type)')}\n${hint}`);
    const rules = output.results.flatMap((r) => r.findings.map((f) => f.rule));
    return { code: run.code, failures, rules, skipped: run.stderr.includes('1 request skipped') };
  }

  test.each([
    ['form text', CALLS, `${FORM}; charset=UTF-8`, 'phoneNumber=%2B13175550142', 'no JSON'],
    ['plain text', CALLS, 'text/plain', 'call +13175550142', 'no JSON'],
    ['JSON under text/plain', CALLS, 'text/plain', JSON_BODY, 'JSON'],
    ['JSON under a form type', CALLS, FORM, JSON_BODY, 'JSON'],
    // Its hint had said "The body is JSON already", as for the JSON that parses.
    ['broken JSON under text/plain', CALLS, 'text/plain', '{"phoneNumber":"3175550142",}',
      'broken JSON'],
    ['JSON with a charset', CALLS, 'application/json; charset=utf-8', JSON_BODY, 'linted'],
    ['a +json type', CALLS, 'application/vnd.api+json', JSON_BODY, 'linted'],
    ['a login form post', LOGIN, FORM, 'grant_type=client_credentials', 'passed over'],
  ])('%s', async (_name, url, type, body, expected) => {
    const verdicts = new Map<string, Verdict>();
    for (const [name, text] of Object.entries(captures(url, type, body))) {
      verdicts.set(name, await verdictOf(name, text));
    }
    const first = verdicts.get('request.http');
    for (const [name, verdict] of verdicts) expect([name, verdict]).toEqual([name, first]);
    const { code, failures, rules, skipped } = first!;
    const sent = `sends its body as ${JSON.stringify(type)} (its type), not as JSON`;
    const failure = failures[0] ?? '';
    if (expected === 'no JSON') {
      expect([code, rules, failures.length, failure.startsWith(sent)]).toEqual([2, [], 1, true]);
      expect(failure).toContain(', and there is no JSON text to lint\n');
    } else if (expected === 'JSON' || expected === 'broken JSON') {
      expect([code, failures.length, failure.startsWith(sent)]).toEqual([2, 1, true]);
      const isBroken = expected === 'broken JSON';
      const send = `send it with Content-Type: application/json instead of ${JSON.stringify(type)}`;
      const hint = isBroken
        ? `The body is meant as JSON but is not valid JSON: fix the syntax error reported for it, ` +
          `then ${send}, as POST /api/v2/conversations/calls reads it as JSON only when it is sent ` +
          'as JSON.'
        : 'The body is JSON already, but POST /api/v2/conversations/calls reads it as JSON only ' +
          `when it is sent as JSON: ${send}.`;
      expect(failure).toContain(`; its text was linted as JSON\n${hint}`);
      expect(rules).toEqual([isBroken ? 'syntax-error' : 'non-e164']);
    } else if (expected === 'linted') {
      expect([code, failures, rules]).toEqual([0, [], ['non-e164']]);
    } else {
      expect([code, failures, rules, skipped]).toEqual([0, [], [], true]);
    }
  });
});
