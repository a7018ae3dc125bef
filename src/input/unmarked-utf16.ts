// UTF-16 saved without a byte-order mark (PowerShell 5's Out-File and `>`, some Windows tools)
// is JSON text with a NUL byte beside every ASCII character. Told apart from binary content, so
// that the refusal names the encoding and the way out instead of "a NUL byte at byte offset 0".

export type Utf16Kind = 'utf-16le' | 'utf-16be';

/** How many leading bytes are judged: enough for a verdict, never a whole megabyte log. */
const SAMPLE_BYTES = 512;

/**
 * The UTF-16 the first bytes look like, or undefined. Every two bytes must be one character:
 * mostly a printable ASCII or Latin-1 one, whose other byte is 0 (on the same side throughout),
 * else a character beyond U+00FF (both bytes set); a pair of NULs, or a control byte beside a
 * NUL, is binary content.
 */
export function unmarkedUtf16(bytes: Uint8Array): Utf16Kind | undefined {
  const end = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  let little = 0;
  let big = 0;
  let wide = 0;
  for (let i = 0; i < end; i += 2) {
    const first = bytes[i]!;
    const second = bytes[i + 1]!;
    if (first !== 0 && second !== 0) wide++;
    else if (second === 0 && isTextByte(first)) little++;
    else if (first === 0 && isTextByte(second)) big++;
    else return undefined;
  }
  // Both sides at once is no one encoding. JSON text starts with an ASCII character, and its
  // syntax alone is ASCII, so wide characters are at most a third of it (or a NUL beside a
  // control byte in binary bytes, such as 7b 00 01 ff, would pass for text).
  if (little > 0 && big > 0) return undefined;
  const narrow = little + big;
  if (bytes[0] !== 0 && bytes[1] !== 0) return undefined;
  return narrow > 0 && wide * 2 <= narrow ? little > 0 ? 'utf-16le' : 'utf-16be' : undefined;
}

/** Tab, line breaks, printable ASCII and the printable Latin-1 characters. */
function isTextByte(byte: number): boolean {
  return byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte !== 0x7f &&
    (byte < 0x80 || byte >= 0xa0));
}

/** Why such text is refused, and how to save it so that it is read. */
export function unmarkedUtf16Refusal(kind: Utf16Kind): { reason: string; hint: string } {
  const name = kind.toUpperCase();
  return {
    reason: `${name} text without a byte-order mark (a NUL byte beside each character); not read`,
    hint: `Save it as UTF-8 (JSON on the wire is UTF-8), or as ${name} with a byte-order mark; ` +
      `to convert it: iconv -f ${name} -t UTF-8 in.json > out.json`,
  };
}
