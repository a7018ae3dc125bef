// Secrets never reach output: headers are redacted by name where we print them, and as a second
// line of defence every line written in send mode is scrubbed of the secret values themselves
// (the client secret, its Basic form, every token seen), should one end up in an SDK message.
import { replaceLoneSurrogates } from '../reporters/unicode.js';

export const REDACTED = '[REDACTED]';

export class Secrets {
  /** Every form of every secret, longest first, so no form is scrubbed only in part. */
  private values: string[] = [];

  add(value: string | undefined): void {
    // Very short values would blank out ordinary text; real secrets and tokens are long.
    if (value === undefined || value.length < 6) return;
    const inJson = JSON.stringify(value).slice(1, -1);
    const forms = [
      value,
      // As it appears inside JSON text (a verbose log of a login answer that quotes it), also as
      // encoders that escape "/" write it (PHP's json_encode does by default).
      inJson,
      inJson.replaceAll('/', '\\/'),
      // As a URL or a form body carries it, which a server's error answer may quote back; .NET's
      // HttpUtility.UrlEncode writes its escapes in lower case.
      uriEncode(value),
      formEncode(value),
      lowerCaseEscapes(uriEncode(value)),
      lowerCaseEscapes(formEncode(value)),
    ];
    this.values = [...new Set([...this.values, ...forms])].sort((a, b) => b.length - a.length);
  }

  addClientPair(clientId: string, clientSecret: string): void {
    this.add(clientSecret);
    // The Basic header carries "id:secret" (RFC 6749 §2.3.1); a login error may quote it back.
    this.add(`${clientId}:${clientSecret}`);
    this.add(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'));
  }

  /** The tokens a login answer carries: known before the answer is logged, which may quote them. */
  addTokensOf(answer: unknown): void {
    if (typeof answer !== 'object' || answer === null) return;
    for (const field of TOKEN_FIELDS) {
      const value = (answer as Record<string, unknown>)[field];
      if (typeof value === 'string') this.add(value);
    }
  }

  scrub(text: string): string {
    let result = text;
    for (const value of this.values) result = result.split(value).join(REDACTED);
    return result;
  }
}

/** encodeURIComponent, which throws on a lone surrogate; URLSearchParams makes those U+FFFD too. */
function uriEncode(value: string): string {
  return encodeURIComponent(replaceLoneSurrogates(value, () => '\ufffd'));
}

/** application/x-www-form-urlencoded, which differs from encodeURIComponent (space as "+", "!"). */
function formEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice('v='.length);
}

function lowerCaseEscapes(encoded: string): string {
  return encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
}

/** A copy of the headers with credentials replaced. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const scheme = /^(Bearer|Basic)\s/i.exec(value)?.[1];
    result[name] = /^(authorization|proxy-authorization|cookie)$/i.test(name)
      ? (scheme ? `${scheme} ${REDACTED}` : REDACTED)
      : value;
  }
  return result;
}

const TOKEN_FIELDS = ['access_token', 'refresh_token', 'id_token', 'accessToken'];

/** A copy of a token answer or form body without its token fields. */
export function redactTokenFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of TOKEN_FIELDS) {
    if (key in copy) copy[key] = REDACTED;
  }
  return copy;
}
