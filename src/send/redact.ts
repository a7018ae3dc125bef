// Secrets never reach output: headers are redacted by name where we print them, and as a second
// line of defence every line written in send mode is scrubbed of the secret values themselves
// (the client secret, the "id:secret" pair, every token seen), should one end up in an SDK message.
import { replaceSecrets, secretForms, type SecretForm } from './find-secrets.js';

export const REDACTED = '[REDACTED]';

export class Secrets {
  private readonly values = new Set<string>();
  /** Every value's forms to look for once escapes are decoded (find-secrets.ts). */
  private readonly forms: SecretForm[] = [];

  add(value: string | undefined): void {
    // Very short values would blank out ordinary text; real secrets and tokens are long.
    if (value === undefined || value.length < 6 || this.values.has(value)) return;
    this.values.add(value);
    this.forms.push(...secretForms(value));
  }

  addClientPair(clientId: string, clientSecret: string): void {
    this.add(clientSecret);
    // The Basic header carries "id:secret" in base64 (RFC 6749 §2.3.1), which the forms of the
    // pair include; a login error may quote it back, decoded or not.
    this.add(`${clientId}:${clientSecret}`);
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
    return this.values.size === 0 ? text : replaceSecrets(text, this.forms, REDACTED);
  }
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
