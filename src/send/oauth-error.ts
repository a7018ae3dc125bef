// The error code of a refused login. The token endpoint answers in OAuth's form, not Genesys's
// ErrorBody: {"error":"invalid_client","error_description":"..."}, so a refused login showed only
// its status. The code is shown when it is one of the values RFC 6749 registers (section 11.4),
// never as the server wrote it otherwise, and error_description never: a server may quote in
// them what it was sent, the client secret among it.

const REGISTERED_CODES: ReadonlySet<string> = new Set([
  'invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client',
  'unsupported_grant_type', 'invalid_scope', 'access_denied', 'unsupported_response_type',
  'server_error', 'temporarily_unavailable',
]);

/** The login answer's `error`, when it is a registered OAuth error code; else undefined. */
export function oauthErrorCode(answer: unknown): string | undefined {
  if (typeof answer !== 'object' || answer === null) return undefined;
  const code = (answer as Record<string, unknown>)['error'];
  return typeof code === 'string' && REGISTERED_CODES.has(code) ? code : undefined;
}
