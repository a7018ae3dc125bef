// A Postman collection export holds requests, each with its own method, URL and body. Told by its
// content, its requests are linted as a HAR capture's entries are: each against the endpoint of
// its method and URL, named by its folders and name, with findings placed in the collection file.
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../src/index.js';
import { runCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'gcl-postman-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const raw = (text: string, language = 'json') => ({ mode: 'raw', raw: text,
  options: { raw: { language } } });
const CONSULT_PATH = ['api', 'v2', 'conversations', 'calls', '{{conversationId}}', 'participants',
  '{{participantId}}', 'consult', 'contact', 'external'];

// Written by hand in the shape Postman exports (v2.1): nested folders, {{variables}} in URLs and
// a body, a form body, requests to other APIs, and bodies of a shape no endpoint has.
const COLLECTION = {
  info: {
    _postman_id: '5f0c1a52-1c1e-4c57-9d0a-2f7f3c6c9b1a',
    name: 'Genesys calls',
    schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
  },
  item: [{
    name: 'Calls',
    item: [{
      name: 'Create call',
      request: {
        method: 'POST',
        header: [{ key: 'Content-Type', value: 'application/json' }],
        url: { raw: '{{baseUrl}}/api/v2/conversations/calls', host: ['{{baseUrl}}'],
          path: ['api', 'v2', 'conversations', 'calls'] },
        body: raw('{\n  "phoneNumber": "+13175550142"\n}'),
      },
    }, {
      name: 'Consult',
      item: [{
        name: 'External contact',
        request: { method: 'POST', header: [], url: { host: ['{{baseUrl}}'], path: CONSULT_PATH },
          body: raw('{"to": "+13175550142", "speakTo": "BOTH"}') },
      }],
    }, {
      name: 'Call a variable',
      request: { method: 'POST', url: '{{baseUrl}}/api/v2/conversations/calls',
        body: raw('{"phoneNumber": "{{phone}}"}') },
    }, {
      name: 'Form call',
      request: { method: 'POST', url: '{{baseUrl}}/api/v2/conversations/calls',
        body: { mode: 'urlencoded', urlencoded: [{ key: 'phoneNumber', value: '+13175550142' }] } },
    }],
  }, {
    name: 'List users',
    request: { method: 'GET', url: '{{baseUrl}}/api/v2/users' },
  }, {
    name: 'Token',
    request: { method: 'POST', url: 'https://login.mypurecloud.com/oauth/token',
      body: { mode: 'urlencoded', urlencoded: [{ key: 'grant_type', value: 'client_credentials' }] } },
  }],
  variable: [{ key: 'baseUrl', value: 'https://api.mypurecloud.com' }],
};

const TEXT = JSON.stringify(COLLECTION, null, '\t');
const LINES = TEXT.split('\n');

/** 1-based line and column where `needle` first appears in the collection's text. */
function at(needle: string): { line: number; column: number } {
  const index = LINES.findIndex((line) => line.includes(needle));
  return { line: index + 1, column: LINES[index]!.indexOf(needle) + 1 };
}

const CONSULT_URL = `{{baseUrl}}/${CONSULT_PATH.join('/')}`;
const FORM_FAULT = `item "Calls / Form call" (line ${at('"name": "Form call"').line - 1}) sends ` +
  'its body in Postman\'s "urlencoded" mode (a field), not as raw JSON text, so there is no ' +
  'JSON text to lint';

describe('Postman collections', () => {
  test('each call request is linted against its own endpoint, named by its folders', async () => {
    writeFileSync(join(work, 'calls.postman_collection.json'), TEXT);
    const run = await runCli(['--no-config', 'calls.postman_collection.json'], { cwd: work });
    expect(run.code).toBe(2);
    const consult = at('"raw": "{\\"to\\"');
    expect(run.stdout).toContain('calls.postman_collection.json Postman item "Calls / Consult / ' +
      `External contact" (line ${at('"name": "External contact"').line - 1}): POST ${CONSULT_URL} ` +
      '(POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/' +
      'contact/external)\n');
    // Inside the escaped string: its quote opens 7 past "raw", then "{" and the \" of "to".
    const quote = consult.column + '"raw": '.length;
    expect(run.stdout).toContain(`  ${consult.line}:${quote + 2} (body 1:2)  error    ` +
      'ConsultTransferToExternalContact has no member "to"');
    expect(run.stdout).toContain('/phoneNumber is "{{phone}}", which holds the template variable');
    expect(run.stdout).not.toContain('Create call');
    expect(run.stdout).toMatch(/in 3 bodies checked, 1 input could not be read\n$/);
    expect(run.stderr).toBe(`genesys-call-lint: calls.postman_collection.json: ${FORM_FAULT}\n` +
      '  POST /api/v2/conversations/calls takes a JSON body (Content-Type: application/json): ' +
      'send the fields as a JSON object, and lint that JSON by itself, saved to a file, with ' +
      '--endpoint.\ngenesys-call-lint: calls.postman_collection.json: 2 requests skipped (not a ' +
      'call endpoint, or no body)\n');
  });

  test('the JSON report gives each body its source, and findings their place in the file', async () => {
    writeFileSync(join(work, 'sorted.json'), TEXT);
    const run = await runCli(['--no-config', '-f', 'json', 'sorted.json'], { cwd: work });
    const report = JSON.parse(run.stdout) as {
      results: Array<{ source: unknown; endpoint: string; errorCount: number;
        findings: Array<{ rule: string; line: number; bodyLine: number }> }>;
      failures: Array<{ message: string }>;
    };
    expect(report.results.map((r) => [r.source, r.endpoint, r.errorCount])).toEqual([
      [{ format: 'postman', index: 0, line: at('"name": "Create call"').line - 1,
        item: 'Calls / Create call', method: 'POST', url: '{{baseUrl}}/api/v2/conversations/calls' },
      'POST /api/v2/conversations/calls', 0],
      [{ format: 'postman', index: 1, line: at('"name": "External contact"').line - 1,
        item: 'Calls / Consult / External contact', method: 'POST', url: CONSULT_URL },
      'POST /api/v2/conversations/calls/{conversationId}/participants/{participantId}/consult/' +
        'contact/external', 3],
      [expect.objectContaining({ index: 2, item: 'Calls / Call a variable' }),
        'POST /api/v2/conversations/calls', 1],
    ]);
    expect(report.results[2]!.findings.map((f) => [f.rule, f.line, f.bodyLine]))
      .toEqual([['invalid-phone', at('{{phone}}').line, 1]]);
    expect(report.failures.map((f) => f.message)).toEqual([FORM_FAULT]);
    expect(run.code).toBe(2);
  });

  test('a clean collection exits 0, and one on a single line names each item by its column too',
    async () => {
      const clean = { ...COLLECTION, item: [COLLECTION.item[0]!.item?.[0], COLLECTION.item[1]] };
      writeFileSync(join(work, 'clean.json'), JSON.stringify(clean));
      const run = await runCli(['--no-config', '-f', 'json', 'clean.json'], { cwd: work });
      const column = JSON.stringify(clean).indexOf('{"name":"Create call"') + 1;
      expect([run.code, JSON.parse(run.stdout).results[0].source])
        .toEqual([0, expect.objectContaining({ line: 1, column, item: 'Create call' })]);
    });

  test('a raw body Postman sends as text is a failure, and its JSON is still linted', async () => {
    const item = { name: 'As text', request: { method: 'POST', url: '{{baseUrl}}/api/v2/' +
      'conversations/calls', body: raw('{"phoneNumber":"+13175550142","to":"x"}', 'text') } };
    writeFileSync(join(work, 'text.json'), JSON.stringify({ ...COLLECTION, item: [item] }));
    const run = await runCli(['--no-config', '-f', 'compact', 'text.json'], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('item "As text" (line 1, column ');
    expect(run.stderr).toContain('sends its body as "text/plain" (its raw language, with no ' +
      'Content-Type header), not as JSON');
    expect(run.stdout).toContain('has no member "to"');
  });

  // Postman sends such a raw body as text/plain (postman-runtime's body-options.test.js), as it
  // does one whose language it does not know: a type was sent, unlike a HAR entry without one.
  test.each([
    ['no raw language and no Content-Type header', { mode: 'raw', raw: '{"to":"x"}' },
      '"text/plain" (its default, with no raw language and no Content-Type header)'],
    ['a raw language Postman does not know', raw('{"to":"x"}', 'graphql'),
      '"text/plain" (its raw language, with no Content-Type header)'],
  ])('a raw body with %s goes as text/plain: a failure, its JSON still linted',
    async (_what, body, sent) => {
      const item = { name: 'Plain', request: { method: 'POST', url: '{{baseUrl}}/api/v2/' +
        'conversations/calls', body } };
      const text = JSON.stringify({ ...COLLECTION, item: [item] });
      writeFileSync(join(work, 'plain.json'), text);
      const run = await runCli(['--no-config', '-f', 'compact', 'plain.json'], { cwd: work });
      const column = text.indexOf('{"name":"Plain"') + 1;
      expect(run.code).toBe(2);
      expect(run.stderr)
        .toContain(`item "Plain" (line 1, column ${column}) sends its body as ${sent}`);
      expect(run.stdout).toContain('has no member "to"');
    });

  test('a Content-Type header decides, and two spellings of one type are named once', async () => {
    const url = '{{baseUrl}}/api/v2/conversations/calls';
    const header = (...types: string[]) => types.map((value) => ({ key: 'Content-Type', value }));
    writeFileSync(join(work, 'headed.json'), JSON.stringify({ ...COLLECTION, item: [
      { name: 'Json', request: { method: 'POST', url, header: header('application/json'),
        body: { mode: 'raw', raw: '{"phoneNumber":"+13175550142"}' } } },
      { name: 'Twice', request: { method: 'POST', url,
        header: header('text/plain', 'Text/Plain; charset=utf-8'),
        body: { mode: 'raw', raw: '{"phoneNumber":"+13175550142"}' } } },
    ] }, null, 1));
    const run = await runCli(['--no-config', '-f', 'compact', 'headed.json'], { cwd: work });
    expect(run.stderr.split('\n').filter((l) => l.startsWith('genesys'))).toEqual([
      'genesys-call-lint: headed.json: item "Twice" (line 25) sends its body as "text/plain" ' +
        '(its Content-Type), not as JSON (body "{\\"phoneNumber\\":\\"+13175550142\\"}"), so a ' +
        'server does not read it as JSON; its text was linted as JSON',
    ]);
  });

  test('a method written in lower case is sent upper-cased by Postman, and linted so', async () => {
    const item = { name: 'Lower', request: { method: 'post', url: '{{baseUrl}}/api/v2/' +
      'conversations/calls', body: raw('{"phoneNumber":"+13175550142"}') } };
    writeFileSync(join(work, 'lower.json'), JSON.stringify({ ...COLLECTION, item: [item] }));
    const run = await runCli(['--no-config', '-f', 'json', 'lower.json'], { cwd: work });
    const report = JSON.parse(run.stdout) as
      { results: Array<{ source: unknown; endpoint: string }> };
    expect([run.code, report.results.map((r) => [r.source, r.endpoint])]).toEqual([0, [[
      expect.objectContaining({ method: 'POST' }), 'POST /api/v2/conversations/calls']]]);
  });

  test('an empty folder and an item with no request are noted; an item that is no object fails',
    async () => {
      writeFileSync(join(work, 'hollow.json'), JSON.stringify({ ...COLLECTION, item: [
        { name: 'Drafts', item: [] }, { name: 'Loose' }, 'stray',
        { name: 'Calls', item: [COLLECTION.item[0]!.item?.[0]] },
      ] }, null, 1));
      const run = await runCli(['--no-config', '-f', 'compact', 'hollow.json'], { cwd: work });
      expect([run.code, run.stderr.split('\n').filter((l) => l.startsWith('genesys'))])
        .toEqual([2, [
          'genesys-call-lint: hollow.json (Postman item "Drafts" (line 8)): skipped: an empty ' +
            'folder, with no requests in it',
          'genesys-call-lint: hollow.json (Postman item "Loose" (line 12)): skipped: an item ' +
            'with no "request" (and no "item" list, as a folder has), so it sends nothing',
          'genesys-call-lint: hollow.json: item "#3" (line 15) is a string, not an object with a ' +
            '"request" or an "item" list',
        ]]);
      expect(run.stdout).toBe('0 problems (0 errors, 0 warnings), 1 input could not be read\n');
    });

  test('--fix parses a collection once, to tell it apart and to read its requests', async () => {
    writeFileSync(join(work, 'once.json'), TEXT);
    const parse = jest.spyOn(JSON, 'parse');
    try {
      await runCli(['--no-config', '--fix', '-f', 'compact', 'once.json'], { cwd: work });
      expect(parse.mock.calls.filter(([text]) => text === TEXT)).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  });

  test('a request whose parts have the wrong type is a failure named by its item', async () => {
    const item = (name: string, request: unknown) => ({ name, request });
    const url = '{{baseUrl}}/api/v2/conversations/calls';
    writeFileSync(join(work, 'damaged.json'), JSON.stringify({ ...COLLECTION, item: [
      item('Method', { method: 42, url }), item('Url', { method: 'POST', url: {} }),
      item('Body', { method: 'POST', url, body: '{}' }),
      item('Raw', { method: 'POST', url, body: { mode: 'raw', raw: {} } }),
    ] }, null, 1));
    const run = await runCli(['--no-config', '-f', 'compact', 'damaged.json'], { cwd: work });
    expect([run.code, run.stderr.split('\n').filter((l) => l.startsWith('genesys'))]).toEqual([2, [
      'genesys-call-lint: damaged.json: item "Method" (line 8) has an integer 42 for ' +
        '"request.method", which is no HTTP method (POST, PATCH, PUT ...), so its endpoint cannot ' +
        'be told',
      'genesys-call-lint: damaged.json: item "Url" (line 15) has an object for "request.url", ' +
        'with neither a "raw" URL nor a "host" and "path", so its endpoint cannot be told',
      'genesys-call-lint: damaged.json: item "Body" (line 22) has a string for "request.body", ' +
        'not an object',
      'genesys-call-lint: damaged.json: item "Raw" (line 30) has an object for ' +
        '"request.body.raw", not the body\'s text, so its body was not linted',
    ]]);
  });

  test('a request sent with no body, or an empty raw one, is linted as the empty body', async () => {
    const url = '{{baseUrl}}/api/v2/conversations/calls';
    writeFileSync(join(work, 'empty.json'), JSON.stringify({ ...COLLECTION, item: [
      { name: 'None', request: { method: 'POST', url } },
      { name: 'Empty', request: { method: 'POST', url, body: raw('') } },
    ] }, null, 2));
    const run = await runCli(['--no-config', '-f', 'json', 'empty.json'], { cwd: work });
    const results = JSON.parse(run.stdout).results as Array<{ source: { item: string; line: number };
      findings: Array<{ line: number; column: number }> }>;
    expect(results.map((r) => [r.source.item, r.findings[0]?.line === r.source.line,
      r.findings[0]?.column])).toEqual([['None', true, 5], ['Empty', true, 5]]);
  });

  test('--fix lints it and leaves it as it is', async () => {
    writeFileSync(join(work, 'fix.json'), TEXT);
    const run = await runCli(['--no-config', '--fix', '-f', 'compact', 'fix.json'], { cwd: work });
    expect(readFileSync(join(work, 'fix.json'), 'utf8')).toBe(TEXT);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('[unknown-field]');
    expect(run.stderr).toContain('read but never rewritten: fix.json');
  });

  test('--cache gives the same report again', async () => {
    writeFileSync(join(work, 'cached.json'), TEXT);
    const argv = ['--no-config', '--cache', '--cache-location', join(work, 'lint.cache'),
      '-f', 'compact', 'cached.json'];
    const first = await runCli(argv, { cwd: work });
    expect(readFileSync(join(work, 'lint.cache'), 'utf8')).toContain('"format":"postman"');
    expect(await runCli(argv, { cwd: work })).toEqual(first);
  });

  test('lintFiles gives its requests\' results and failures, and excludes nothing', async () => {
    writeFileSync(join(work, 'c.json'), TEXT);
    const out = await lintFiles(['c.json'], { cwd: work, config: false });
    expect([out.results.map((r) => [r.filePath, r.source?.item]), out.excluded,
      out.failures.map((f) => f.message), out.skipped.length]).toEqual([
      [['c.json', 'Calls / Create call'], ['c.json', 'Calls / Consult / External contact'],
        ['c.json', 'Calls / Call a variable']], [], [FORM_FAULT], 2]);
  });
});
