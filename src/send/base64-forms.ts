// A secret quoted in base64: on its own, or inside a longer base64 text (the "id:secret" of a
// Basic header, a token's claims, a form body someone encoded), where its first byte may fall on
// any of the three places of a 3-byte group. Each place gives other base64 digits; only those
// made of the secret's bits alone are fixed, and the digit on either side that shares bits with
// its neighbours (or with padding) is cut out with them (find-secrets.ts), as it holds part of
// the secret too.
import type { SecretForm } from './find-secrets.js';

/** The base64 forms of a value, in both alphabets (RFC 4648 §4 and the URL-safe one of §5). */
export function base64Forms(value: string): SecretForm[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms: SecretForm[] = [];
  for (const lead of [0, 1, 2]) {
    const bits = 8 * (lead + bytes.length);
    const digits = Buffer.concat([Buffer.alloc(lead), bytes]).toString('base64')
      .slice(Math.ceil((8 * lead) / 6), Math.floor(bits / 6));
    const reach = { before: lead === 0 ? 0 : 1, after: bits % 6 === 0 ? 0 : 1 };
    forms.push({ text: digits, ...reach });
    const urlSafe = digits.replaceAll('+', '-').replaceAll('/', '_');
    if (urlSafe !== digits) forms.push({ text: urlSafe, ...reach });
  }
  return forms;
}
