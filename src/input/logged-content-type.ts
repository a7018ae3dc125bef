// The Content-Type a logged request's headers give. Loggers write headers as an object (API
// Gateway events lower-case the names, others keep "Content-Type"; payload 1.0 also has
// "multiValueHeaders", whose values are lists) or as HAR's list of {name, value}. Header names
// are case-insensitive (RFC 9110 §5.1), so every spelling is one header.
import { isPlainObject } from '../lint/walk-model.js';
import { contentTypeOf } from './content-type-field.js';

const HEADER_KEYS = ['headers', 'multiValueHeaders'];

/** The first Content-Type the logged headers of `request` give, or undefined when none. */
export function loggedContentType(request: Record<string, unknown>): string | undefined {
  for (const key of HEADER_KEYS) {
    const found = contentTypeIn(request[key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

function contentTypeIn(headers: unknown): string | undefined {
  const pairs: Array<[unknown, unknown]> = Array.isArray(headers)
    ? headers.filter(isPlainObject).map((header) => [header['name'], header['value']])
    : isPlainObject(headers) ? Object.entries(headers) : [];
  for (const [name, value] of pairs) {
    const found = contentTypeOf(name, Array.isArray(value) ? value[0] : value);
    if (found !== undefined) return found;
  }
  return undefined;
}
