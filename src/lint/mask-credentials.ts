// What counts as a credential, and how one is masked, wherever this tool shows text it was given:
// a URL's user info and query, a form body's pairs, a JSON member or a header. Captures often
// hold credentials (a token in a query, an Authorization header kept in a logged request), and
// reports are uploaded by CI, so a message names where a credential was and never shows it.
// Pure, so that both the readers of captures and the quoting of values in messages use it.
import { memoize } from './bounded-cache.js';

export const MASK = '***';

// Compared after lower-casing and turning "-" into "_"; "accessToken" and "X-Amz-Signature" fit.
const SECRET_NAMES = new Set(['code', 'sig', 'key', 'auth', 'pwd']);
// "authorization" and "cookie" as endings: Proxy-Authorization and Set-Cookie carry them too.
const SECRET_ENDINGS = ['token', 'secret', 'password', 'passwd', 'signature', 'apikey', 'api_key',
  'credential', 'authorization', 'cookie'];

// RFC 3986 §3.2: the authority runs from "//" to the first "/", "?" or "#".
const AUTHORITY = /^((?:[a-z][a-z0-9+.-]*:)?\/\/)([^/?#]*)/i;

/** A URL's user info password, and the values of its secret query and fragment pairs, as ***. */
export function maskUrlSecrets(url: string): string {
  const authority = AUTHORITY.exec(url);
  const head = authority ? authority[1]! + maskUserInfo(authority[2]!) : '';
  const rest = url.slice(authority ? authority[0].length : 0);
  const query = rest.search(/[?#]/);
  if (query < 0) return head + rest;
  return head + rest.slice(0, query) + rest.slice(query).replace(/([?#])([^#]*)/g,
    (_all, mark: string, pairs: string) => mark + maskPairs(pairs));
}

// An absolute URL ("https://...", "//host/...") or a path with a query or fragment, with no space
// in it: the strings that a message quoting a value masks as a URL. "tel:+1..." has neither.
const URL_SHAPE = /^(?:(?:[a-z][a-z0-9+.-]*:)?\/\/|\/[^\s?#]*[?#])\S*$/i;
// RFC 3261 §19.1.1: "sip:alice:password@host", deprecated but still written; its headers follow
// a "?" as a query's pairs do.
const SIP_USER_INFO = /^(sips?:[^:@;?\s]*:)[^@;?\s]+@/i;

// A URL inside other text ("see https://bob:pw@host/x", "retry //host/cb?token=..."): from a
// scheme or a "//", or from a "/" that starts a word and holds a query, or a SIP URI, up to the
// next white space, quote or angle bracket, which are never part of one (RFC 3986 §7.5 frames
// URLs in text with "<>" and quotes).
const URL_IN_TEXT = new RegExp([
  String.raw`(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s"'<>]*`,
  String.raw`(?<![^\s(<"'=,;])\/[^\s?#"'<>]*[?#][^\s"'<>]*`,
  String.raw`\bsips?:[^\s"'<>]*`,
].join('|'), 'gi');
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;
// What every such URL holds: text without any is handed back as it is, not searched.
const URL_MARK = /\/\/|[?#]|sips?:/i;

/**
 * The string with its URLs masked (maskUrlSecrets, or a SIP URI's): the whole of it when it is
 * one, else each one inside it, as a message quoting "see https://bob:pw@host" would show it.
 */
export function maskUrlString(text: string): string {
  if (URL_SHAPE.test(text)) return maskUrlSecrets(text);
  if (/^sips?:/i.test(text)) return maskSipUri(text);
  if (!URL_MARK.test(text)) return text;
  return text.replace(URL_IN_TEXT, (found) => {
    // Punctuation that ends a sentence or a bracket after it is the text's ("see /cb?token=x.").
    const url = found.replace(TRAILING_PUNCTUATION, '');
    const masked = /^sips?:/i.test(url) ? maskSipUri(url) : maskUrlSecrets(url);
    return masked + found.slice(url.length);
  });
}

/** A SIP URI's password and its secret header values (after "?", as a query's pairs). */
function maskSipUri(text: string): string {
  const masked = text.replace(SIP_USER_INFO, `$1${MASK}@`);
  const query = masked.indexOf('?');
  return query < 0 ? masked : masked.slice(0, query + 1) + maskPairs(masked.slice(query + 1));
}

/**
 * Each word of the text masked as a URL, with or without a scheme: an endpoint as a user gives
 * it ("POST https://u:pw@host/...", "calls?access_token=..."), quoted back when it names none.
 */
export function maskUrlWords(text: string): string {
  return text.replace(/\S+/g, maskUrlSecrets);
}

// A JSON token as JSON text writes it: a string (with the colon after it when it names a member),
// or a number or literal. Structure characters and white space are left between them.
const JSON_TOKEN = /"(?:[^"\\]|\\.)*"(\s*:)?|-?\d[\d.eE+-]*|true|false|null/g;

/**
 * JSON text as it was written, but with the value of each member named as a credential as "***"
 * and the secrets of each URL in its strings masked: a body quoted as text (one sent under a type
 * that is not JSON) keeps its layout, and loses its credentials as a quoted value does. Only the
 * values the member holds directly: an object under such a name keeps its members. Text with a
 * syntax error is read token by token all the same, as the server would not read it at all.
 */
export function maskJsonText(text: string): string {
  let isMemberSecret = false;
  return text.replace(JSON_TOKEN, (token: string, colon: string | undefined) => {
    if (colon !== undefined) {
      const name = readString(token.slice(0, -colon.length));
      isMemberSecret = name !== undefined && isSecretMember(name);
      return token;
    }
    const isSecret = isMemberSecret;
    isMemberSecret = false;
    if (isSecret) return `"${MASK}"`;
    const value = token.startsWith('"') ? readString(token) : undefined;
    if (value === undefined) return token;
    const masked = maskUrlString(value);
    return masked === value ? token : JSON.stringify(masked);
  });
}

/** A JSON string literal's value, or undefined for one JSON does not allow ("\x", a raw tab). */
function readString(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined;
  }
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
export function maskPairs(pairs: string): string {
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

/** Whether a query or form parameter's name, as written (percent-encoded), marks a credential. */
function isSecretName(encoded: string): boolean {
  // token[] (a list) and a stray "%" that spoils decoding still name a token.
  const name = safeDecode(encoded.replace(/\+/g, ' ')).replace(/%/g, '').replace(/\[[^\]]*\]$/, '')
    .trim().toLowerCase().replace(/-/g, '_');
  return SECRET_NAMES.has(name) || SECRET_ENDINGS.some((ending) => name.endsWith(ending));
}

/**
 * Whether a JSON member's or a header's name marks a credential: the same names as a URL's,
 * except "code", which in a query is OAuth's authorization code (RFC 6749 §4.1.2) but in the call
 * models is a wrap-up code's id, quoted as every id is. Remembered: every member name of a
 * value a finding is about is asked, once per finding, and a log repeats the same few names.
 */
export const isSecretMember: (name: string) => boolean = memoize(
  (name) => name.trim().toLowerCase() !== 'code' && isSecretName(name));

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
