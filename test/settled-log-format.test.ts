// Standard input is streamed as a log as soon as its first bytes settle that it is one
// (settledLogFormat); reading on must never have made it something else (detectFormat on all of
// it), or a body would be linted as a log. The first bytes are decoded by headText.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { headText } from '../src/input/decode-bytes.js';
import { detectFormat, settledLogFormat } from '../src/input/detect-format.js';

const REQUEST = '{"method":"POST","url":"https://api.mypurecloud.com/api/v2/conversations/calls",' +
  '"body":{}}';
// Pieces of bodies, logs, HARs and raw requests, joined at random.
const piece = fc.constantFrom('{', '}', '{"to":"x"}', REQUEST, '"log"', ':', '{"log":{', '[1]',
  '12', ' ', '\t', '\n', '\r\n', '\r', '\ufeff', 'POST /calls HTTP/1.1', '{"a":', 'x');
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const name = fc.constantFrom('<stdin>', 'a.json', 'a.log', 'a.txt', 'a.ndjson', 'a.har', 'a.http',
  'a.JSONL');

describe('settledLogFormat', () => {
  test('a format settled on a head is what detectFormat gives on any text going on from it', () => {
    fc.assert(fc.property(name, text, fc.nat(), (file, whole, cut) => {
      const settled = settledLogFormat(file, whole.slice(0, cut % (whole.length + 1)));
      if (settled !== undefined) expect(detectFormat(file, whole)).toBe(settled);
    }), { numRuns: 20_000 });
  });

  test.each([
    ['a logged request, its line ended', '<stdin>', `${REQUEST}\n`, 'ndjson'],
    ['a logged request, its line not yet ended', '<stdin>', REQUEST, undefined],
    ['a body on its line, nothing after it yet', '<stdin>', '{"to":"x"}\n', undefined],
    ['a body on its line, then another line begun', '<stdin>', '{"to":"x"}\n{', 'ndjson'],
    ['a body on its line, named .log', 'app.log', '{"to":"x"}\n', 'ndjson'],
    ['a body on its line ended by a lone CR, then another begun', '<stdin>', '{"to":"x"}\r{', 'ndjson'],
    ['a logged request, its line ended by a lone CR', '<stdin>', `${REQUEST}\r`, 'ndjson'],
    ['the start of a HAR', '<stdin>', '{\n  "log": {', 'har'],
    ['a pretty-printed body', '<stdin>', '{\n  "to": "x"\n}\n', undefined],
    ['a raw request', '<stdin>', 'POST /calls HTTP/1.1\n', undefined],
    ['a first line over 64 KiB, not yet ended', '<stdin>', `{"a":"${'x'.repeat(70_000)}`, undefined],
    ['a first line over 64 KiB, ended, then more', '<stdin>', `{"a":"${'x'.repeat(70_000)}"}\n{`, 'ndjson'],
    ['anything named .ndjson', 'x.ndjson', '', 'ndjson'],
    ['anything named .har', 'x.har', '', 'har'],
  ])('%s', (_case, file, head, expected) => {
    expect(settledLogFormat(file, head)).toBe(expected);
  });
});

describe('headText', () => {
  test('decodes UTF-8, and UTF-16 by its mark, up to a character cut at the end', () => {
    expect(headText(Buffer.from('{"a":"é"}\n{'))).toBe('{"a":"é"}\n{');
    const utf16 = Buffer.from('\ufeff{"a":1}\n', 'utf16le');
    expect(headText(utf16)).toBe('{"a":1}\n');
    expect(headText(Buffer.from(utf16).swap16())).toBe('{"a":1}\n');
    expect(headText(utf16.subarray(0, 5))).toBe('{');
    expect(headText(Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toBe('');
  });
});
