// SARIF names files by URI reference (SARIF 2.1.0 §3.4.3), not by path: separators must be
// forward slashes and every other reserved or non-ASCII character percent-encoded, or consumers
// such as GitHub code scanning misplace or drop the result.
import { replaceLoneSurrogates } from './unicode.js';

const WINDOWS_DRIVE = /^[A-Za-z]:\//;

/**
 * A relative path stays a relative reference ("fixtures/a%20b.json"); an absolute one becomes a
 * file: URI, since a bare "/tmp/x" would be read against the consumer's base. `platform` decides
 * what a backslash is: a separator on Windows only; on POSIX it is a character of the name
 * ("a\b.json" is one file, a%5Cb.json), and "C:\x" is a relative name, not a drive.
 */
export function toFileUri(path: string, platform: NodeJS.Platform = process.platform): string {
  // U+FFFD for unpaired surrogates: encodeURIComponent throws on them, and a URI has no way to
  // carry them anyway.
  const whole = replaceLoneSurrogates(path, () => '\ufffd');
  const isWindows = platform === 'win32';
  const posix = isWindows ? whole.replaceAll('\\', '/') : whole;
  if (isWindows && WINDOWS_DRIVE.test(posix)) {
    return `file:///${posix.slice(0, 2)}${encodeSegments(posix.slice(2))}`;
  }
  if (posix.startsWith('/')) return `file://${encodeSegments(posix)}`;
  return encodeSegments(posix);
}

// encodeURIComponent leaves only unreserved characters and !*'(), all legal in a path segment;
// ":" is encoded too, which keeps "a:b.json" from reading as a URI with scheme "a", and "\" too.
function encodeSegments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
