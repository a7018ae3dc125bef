// Bytes to text. JSON on the wire is UTF-8; a UTF-16 file with a byte-order mark (as some Windows
// editors save) is decoded too. Binary content and broken UTF-8 are refused with the reason, so
// the caller can skip the input and say why instead of linting mojibake.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `binary content (a NUL byte at byte offset ${nul}); not a JSON body` };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: `invalid UTF-8 at byte offset ${firstBadUtf8Byte(bytes)}` };
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: `the text after the ${encoding.toUpperCase()} byte-order mark is not valid ${encoding.toUpperCase()}` };
  }
}

/** Offset of the first byte that starts an invalid UTF-8 sequence. */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3
      : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + size));
    } catch {
      return i;
    }
    i += size;
  }
  return i;
}
