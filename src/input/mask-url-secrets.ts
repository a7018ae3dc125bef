// Captured URLs are shown in every report, CI annotation and send listing, and captures often
// hold credentials in them: a password in the user info, a token in the query (OAuth implicit
// flow, signed links, API keys). Readers mask them as the URL enters a record, so nothing
// downstream can print them. Only user info, query and fragment change: the path, which routing
// and send read, stays as it was. A form post's body is the same list of pairs, and is masked the
// same way where a message quotes it.
import { quote } from '../lint/quote.js';
import { isMultipart, isUrlEncodedForm } from './media-type.js';

const MASK = '***';

// Compared after lower-casing and turning "-" into "_"; "accessToken" and "X-Amz-Signature" fit.
const SECRET_NAMES = new Set(['code', 'sig', 'key', 'auth', 'authorization', 'pwd']);
const SECRET_ENDINGS = ['token', 'secret', 'password', 'passwd', 'signature', 'apikey', 'api_key',
  'credential'];

// RFC 3986 §3.2: the authority runs from "//" to the first "/", "?" or "#".
const AUTHORITY = /^((?:[a-z][a-z0-9+.-]*:)?\/\/)([^/?#]*)/i;

export function maskUrlSecrets(url: string): string {
  const authority = AUTHORITY.exec(url);
  const head = authority ? authority[1]! + maskUserInfo(authority[2]!) : '';
  const rest = url.slice(authority ? authority[0].length : 0);
  const query = rest.search(/[?#]/);
  if (query < 0) return head + rest;
  return head + rest.slice(0, query) + rest.slice(query).replace(/([?#])([^#]*)/g,
    (_all, mark: string, pairs: string) => mark + maskPairs(pairs));
}

/**
 * A body as a message quotes it: form-encoded text ("client_secret=...&phoneNumber=1") with its
 * secret values masked as a query's are; a multipart body, whose parts would have to be read to
 * find them, only by its length. Any other text is quoted as it is.
 */
export function quotedBody(text: string, mediaType: string): string {
  if (isMultipart(mediaType)) return `${text.length} characters of multipart text`;
  return quote(isUrlEncodedForm(mediaType) ? maskPairs(text) : text);
}

/** "bob:pw@host" keeps the user name; "tok@host" alone may be a token (as GitHub's), so it goes. */
function maskUserInfo(authority: string): string {
  const at = authority.lastIndexOf('@');
  if (at <= 0) return authority;
  const host = authority.slice(at);
  const colon = authority.indexOf(':');
  if (colon < 0 || colon > at) return `${MASK}${host}`;
  if (colon === at - 1) return authority;
  return `${authority.slice(0, colon + 1)}${MASK}${host}`;
}

/**
 * "a=1&token=x&b=2" with the secret values masked. Some servers also split pairs at ";", so a
 * secret name there masks the rest of its "&" piece: a value with a ";" inside is not half shown.
 */
function maskPairs(pairs: string): string {
  return pairs.split('&').map((piece) => {
    let offset = 0;
    for (const part of piece.split(';')) {
      const equals = part.indexOf('=');
      if (equals > 0 && isSecretName(part.slice(0, equals)) && equals < part.length - 1) {
        return `${piece.slice(0, offset + equals + 1)}${MASK}`;
      }
      offset += part.length + 1;
    }
    return piece;
  }).join('&');
}

function isSecretName(encoded: string): boolean {
  // token[] (a list) and a stray "%" that spoils decoding still name a token.
  const name = safeDecode(encoded.replace(/\+/g, ' ')).replace(/%/g, '').replace(/\[[^\]]*\]$/, '')
    .trim().toLowerCase().replace(/-/g, '_');
  return SECRET_NAMES.has(name) || SECRET_ENDINGS.some((ending) => name.endsWith(ending));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
