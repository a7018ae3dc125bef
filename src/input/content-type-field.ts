// The Content-Type field among a captured request's headers, told apart the same way by every
// reader: a raw dump's header lines (read-http.ts), a logged request's headers
// (logged-content-type.ts) and a Postman request's header list (read-postman.ts). Field names
// are case-insensitive (RFC 9110 §5.1), and white space around a value is no part of it (§5.5).
import { essenceOf } from './media-type.js';

/** The value, trimmed, when the field is a Content-Type with a text value; else undefined. */
export function contentTypeOf(name: unknown, value: unknown): string | undefined {
  if (typeof name !== 'string' || name.trim().toLowerCase() !== 'content-type') return undefined;
  return typeof value === 'string' ? value.trim() : undefined;
}

/**
 * The fields that name different media types, the first of each. Case and parameters do not
 * count: "application/json" and "application/json; charset=utf-8" are one type, read alike.
 */
export function differentTypes<T extends { value: string }>(fields: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const field of fields) {
    const key = essenceOf(field.value);
    if (!seen.has(key)) seen.set(key, field);
  }
  return [...seen.values()];
}
