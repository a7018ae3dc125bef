// decodeBytes' edges: the ASCII shortcut (latin1) must hold for every kind of byte view, and a
// text too long for one JavaScript string is refused with a reason, not thrown.
import { Buffer, constants } from 'node:buffer';
import { describe, expect, test } from '@jest/globals';
import { decodeBytes } from '../src/input/decode-bytes.js';
import { UsageError } from '../src/lint/usage-error.js';

describe('decodeBytes', () => {
  test('ASCII in any view of bytes decodes to the bytes it covers', () => {
    const bytes = new TextEncoder().encode('{"a":1}');
    const wide = new Uint16Array(bytes.buffer, 0, 2);
    expect(decodeBytes(wide as unknown as Uint8Array)).toEqual({ ok: true, text: '{"a"' });
    expect(decodeBytes(bytes.subarray(1, 4))).toEqual({ ok: true, text: '"a"' });
    expect(decodeBytes(Buffer.from('{}'))).toEqual({ ok: true, text: '{}' });
  });

  test('UTF-32 with either byte-order mark is refused as UTF-32, not read as UTF-16', () => {
    const text = '{"a":1}';
    const le = Buffer.alloc(4 + text.length * 4);
    const be = Buffer.alloc(4 + text.length * 4);
    le.writeUInt32LE(0xfeff, 0);
    be.writeUInt32BE(0xfeff, 0);
    [...text].forEach((c, i) => {
      le.writeUInt32LE(c.codePointAt(0)!, 4 + i * 4);
      be.writeUInt32BE(c.codePointAt(0)!, 4 + i * 4);
    });
    for (const bytes of [le, be]) {
      expect(decodeBytes(bytes)).toMatchObject({ ok: false, reason: expect.stringContaining('UTF-32') });
    }
    // UTF-16 with its mark, and a first character other than U+0000, is still UTF-16.
    expect(decodeBytes(Buffer.from('\ufeff{"a":1}', 'utf16le'))).toEqual({ ok: true, text: '{"a":1}' });
  });

  test('UTF-16 without a byte-order mark is named, with the way to convert it', () => {
    const text = '{"callerIdName": "Zoë", "phoneNumber": "+13175550142"}';
    const little = Buffer.from(text, 'utf16le');
    expect(decodeBytes(little)).toEqual({ ok: false,
      reason: 'UTF-16LE text without a byte-order mark (a NUL byte beside each character); not read',
      hint: expect.stringContaining('iconv -f UTF-16LE -t UTF-8') });
    expect(decodeBytes(Buffer.from(little).swap16())).toMatchObject({ ok: false,
      reason: expect.stringMatching(/^UTF-16BE text without a byte-order mark/),
      hint: expect.stringContaining('iconv -f UTF-16BE -t UTF-8') });
    // A character beyond U+00FF sets both of its bytes; text mostly of such is still UTF-16.
    expect(decodeBytes(Buffer.from('{"name": "日本"}', 'utf16le'))).toMatchObject({
      reason: expect.stringMatching(/^UTF-16LE text/) });
  });

  test('a NUL in UTF-8 text, or bytes that are no text, are still binary content', () => {
    expect(decodeBytes(Buffer.from('{"to":\u0000}'))).toEqual({ ok: false,
      reason: 'binary content (a NUL byte at byte offset 6)', atByte: 6 });
    // Two NULs side by side are no UTF-16 character of text (UTF-32 without its mark, say).
    const utf32 = Buffer.from([0x7b, 0, 0, 0, 0x7d, 0, 0, 0]);
    expect(decodeBytes(utf32)).toMatchObject({ reason: expect.stringMatching(/^binary content/) });
    // A control byte beside a NUL: binary, although NULs alternate.
    expect(decodeBytes(Buffer.from([0x01, 0, 0x02, 0]))).toMatchObject({
      reason: expect.stringMatching(/^binary content/) });
  });

  test('invalid UTF-8 says at which byte, for readers that go on up to there', () => {
    expect(decodeBytes(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]))).toMatchObject({ ok: false, atByte: 2 });
  });

  // Once a TypeError from inside, then "invalid UTF-8 at byte offset 0", which was untrue: a
  // list of numbers is a caller's mistake, named as one.
  test('what is not bytes at all is a UsageError, not a verdict on its encoding', () => {
    expect(() => decodeBytes([123, 125] as unknown as Uint8Array)).toThrow(UsageError);
  });

  test('ASCII too long for one string is refused with a reason and a hint', () => {
    const huge = Buffer.alloc(constants.MAX_STRING_LENGTH + 1, 0x61);
    const decoded = decodeBytes(huge);
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? '' : decoded.reason).toMatch(/^too long to lint as one text \(a JavaScript string holds at most \d+ characters/);
    // Logs are streamed, piped in or not, once known for logs: the hint says how to name one.
    expect(decoded.ok ? '' : decoded.hint)
      .toMatch(/name it \.ndjson or pass inputFormat: "ndjson" \(a lintFiles option\)/);
  });

  // Node's UTF-16 decoder calls such a text invalid data; it is too long, not invalid.
  test('UTF-16 too long for one string is refused as too long', () => {
    const huge = Buffer.alloc(2 * constants.MAX_STRING_LENGTH + 4, 0x20);
    huge[0] = 0xff;
    huge[1] = 0xfe;
    const decoded = decodeBytes(huge);
    expect(decoded.ok ? '' : decoded.reason).toMatch(/^too long to lint as one text/);
  });
});
