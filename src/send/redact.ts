// Secrets never reach output: headers are redacted by name where we print them, and as a second
// line of defence every line written in send mode is scrubbed of the secret values themselves
// (the client secret, its Basic form, every token seen), should one end up in an SDK message.
export const REDACTED = '[REDACTED]';

export class Secrets {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    // Very short values would blank out ordinary text; real secrets and tokens are long.
    if (value === undefined || value.length < 6) return;
    this.values.add(value);
    // As it appears inside JSON text (a verbose log of a login answer that quotes it).
    const inJson = JSON.stringify(value).slice(1, -1);
    if (inJson !== value) this.values.add(inJson);
  }

  addClientPair(clientId: string, clientSecret: string): void {
    this.add(clientSecret);
    this.add(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'));
  }

  scrub(text: string): string {
    let result = text;
    for (const value of this.values) result = result.split(value).join(REDACTED);
    return result;
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

/** A copy of a token answer or form body without its token fields. */
export function redactTokenFields(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of ['access_token', 'refresh_token', 'id_token', 'accessToken']) {
    if (key in copy) copy[key] = REDACTED;
  }
  return copy;
}
