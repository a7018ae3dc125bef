// Bodies held escaped inside a JSON string (HAR postData.text, a logged "body"): each finding
// points at the characters of the file that write its place, though escapes make those longer
// than the body's, and keeps its place in the body as bodyLine/bodyColumn. Expected columns come
// from searching the file for the escaped spelling, not from the code under test.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unitStarts } from '../src/input/escaped-body.js';
import { FIXTURES } from './support/paths.js';
import { runCli } from './support/run-cli.js';

interface Finding {
  rule: string;
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  bodyLine?: number;
  bodyColumn?: number;
}

const URL = 'http://127.0.0.1:8080/api/v2/conversations/calls';
// Each body, as the file spells it between the quotes, has one finding: non-e164 at the number.
const NUMBER = String.raw`\"3175550142\"`;
const DIGIT = String.raw`\"317555\u00300142\"`;
// [what comes before the number, the body as the file spells it, the number's place in the body]
const ESCAPED: Array<[string, string, string]> = [
  ['quotes', String.raw`{\"phoneNumber\":${NUMBER}}`, '1:16'],
  ['line breaks', String.raw`{\n  \"phoneNumber\": ${NUMBER}\n}`, '2:18'],
  ['CR LF, \\/ and \\\\',
    String.raw`{\r\n\"callerIdName\":\"A\/B\\\\C\",\r\n\"phoneNumber\":${NUMBER}}`, '3:15'],
  ['\\u00e9', String.raw`{\"callerIdName\":\"Ren\u00e9\",\"phoneNumber\":${NUMBER}}`, '1:38'],
  ['a surrogate pair',
    String.raw`{\"callerIdName\":\"\ud83d\ude00\",\"phoneNumber\":${NUMBER}}`, '1:36'],
];

/**
 * Where the file spells `needle`, on its only line holding `before` and the needle after it:
 * [line, column, endColumn] of the needle.
 */
function spelled(file: string, needle: string, before = ''): [number, number, number] {
  const lines = file.split(/\r?\n/);
  const holding = lines.flatMap((text, index) => (text.includes(before + needle) ? [index] : []));
  expect(holding).toHaveLength(1);
  const column = lines[holding[0]!]!.indexOf(before + needle) + before.length + 1;
  return [holding[0]! + 1, column, column + needle.length];
}

async function findingsOf(name: string, content: string): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gcl-escaped-'));
  try {
    writeFileSync(join(dir, name), content);
    const run = await runCli(['--no-config', '-f', 'json', name], { cwd: dir });
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as { results: Array<{ findings: Finding[] }> };
    return output.results.flatMap((result) => result.findings);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const place = (f: Finding) =>
  [f.rule, f.line, f.column, f.endLine, f.endColumn, `${f.bodyLine}:${f.bodyColumn}`];

describe('a HAR postData.text', () => {
  const harOf = (eol: string, texts: string[]) => [
    '{', '  "log": {', '    "version": "1.2",', '    "entries": [',
    texts.map((text) => [
      '      {', '        "request": {', '          "method": "POST",', `          "url": "${URL}",`,
      '          "postData": {', '            "mimeType": "application/json",',
      `            "text": "${text}"`, '          }', '        }', '      }',
    ].join(eol)).join(`,${eol}`),
    '    ]', '  }', '}', '',
  ].join(eol);

  const endings = [['LF', '\n'], ['CRLF', '\r\n']];
  test.each(endings)('findings after each kind of escape (%s lines)', async (_, eol) => {
    // The last entry's number is itself written with an escape: its end moves too.
    const texts = [...ESCAPED.map(([, text]) => text), String.raw`{\"phoneNumber\":${DIGIT}}`];
    const file = harOf(eol, texts);
    const lines = file.split(/\r?\n/);
    const textLines = lines.flatMap((text, index) => (text.includes('"text": "') ? [index] : []));
    const expected = texts.map((_text, entry) => {
      const number = entry === ESCAPED.length ? DIGIT : NUMBER;
      const column = lines[textLines[entry]!]!.lastIndexOf(number) + 1;
      const body = ESCAPED[entry]?.[2] ?? '1:16';
      const line = textLines[entry]! + 1;
      return ['non-e164', line, column, line, column + number.length, body];
    });
    expect((await findingsOf('escapes.har', file)).map(place)).toEqual(expected);
  });

  test('a body in base64 spans its whole string: the file spells none of its characters', async () => {
    const text = Buffer.from('{\n"phoneNumber":"3175550142"}').toString('base64');
    const file = harOf('\n', [text]).replace('"mimeType"', '"encoding": "base64", "mimeType"');
    const [line, column, end] = spelled(file, `"${text}"`);
    expect((await findingsOf('coded.har', file)).map(place))
      .toEqual([['non-e164', line, column, line, end, '2:15']]);
  });
});

describe('an NDJSON log', () => {
  const logged = (body: string) => `{"method":"POST","url":"${URL}","body":"${body}"}`;
  const gateway = (body: string, isBase64Encoded: boolean) =>
    JSON.stringify({ httpMethod: 'POST', path: '/api/v2/conversations/calls', body, isBase64Encoded });

  test('a string body, and an API Gateway event\'s plain body, after escapes', async () => {
    const bodies = ESCAPED.slice(1).map(([, text]) => text);
    const event = gateway('{"callerIdName":"é\\"x","phoneNumber":"3175550142"}', false);
    const lines = [...bodies.map(logged), event];
    const places = [...ESCAPED.slice(1).map(([, , body]) => body), '1:38'];
    const expected = lines.map((line, index) => {
      const column = line.lastIndexOf(NUMBER) + 1;
      return ['non-e164', index + 1, column, index + 1, column + NUMBER.length, places[index]];
    });
    expect((await findingsOf('log.ndjson', `${lines.join('\n')}\n`)).map(place)).toEqual(expected);
  });

  test('an API Gateway event\'s base64 body spans its whole string', async () => {
    const coded = Buffer.from('{"phoneNumber":"3175550142"}').toString('base64');
    const file = `${gateway(coded, true)}\n`;
    const [line, column, end] = spelled(file, `"${coded}"`);
    expect((await findingsOf('coded.ndjson', file)).map(place))
      .toEqual([['non-e164', line, column, line, end, '1:16']]);
  });
});

test('the shipped browser HAR: SARIF regions span the escaped member in postData.text', async () => {
  const har = join(FIXTURES, 'captures', 'browser-recorded.har');
  const run = await runCli(['--no-config', '-f', 'sarif', har]);
  const sarif = JSON.parse(run.stdout) as { runs: Array<{ results: Array<{
    properties: { pointer: string };
    locations: Array<{ physicalLocation: { region: Record<string, number> } }>;
  }> }> };
  const region = (pointer: string) => sarif.runs[0]!.results
    .filter((result) => result.properties.pointer === pointer)
    .map((result) => result.locations[0]!.physicalLocation.region);
  // The entry whose body names "to" and "from": {"to":{...},"from":{...}} escaped on one line.
  const to = String.raw`\"to\":{\"phoneNumber\":\"+13175550142\"}`;
  const [line, column, end] = spelled(readFileSync(har, 'utf8'), to, '"text": "{');
  expect(region('/to'))
    .toEqual([{ startLine: line, startColumn: column, endLine: line, endColumn: end }]);
});

describe('unitStarts', () => {
  test.each([
    ['plain', 'ab', 2, [0, 1, 2]],
    ['two-character escapes', String.raw`\"\\\/\b\f\n\r\t`, 8, [0, 2, 4, 6, 8, 10, 12, 14, 16]],
    ['a \\u escape between plain text', String.raw`a\u00e9b`, 3, [0, 1, 7, 8]],
    ['a surrogate pair as two escapes', String.raw`\ud83d\ude00!`, 3, [0, 6, 12, 13]],
    ['a surrogate pair written as itself', '\u{1F600}!', 3, [0, 1, 2, 3]],
  ])('%s', (_, escaped, length, starts) => {
    expect([...unitStarts(escaped, length)!]).toEqual(starts);
  });

  test('a source that does not give the body\'s length maps nothing', () => {
    expect([unitStarts(String.raw`a\nb`, 4), unitStarts('abc', 2)]).toEqual([undefined, undefined]);
  });
});
