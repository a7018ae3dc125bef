// Whether a declared Content-Type says the body is JSON. RFC 6838 §4.2.8 names the "+json"
// suffix for JSON-based types (application/merge-patch+json, application/vnd.api+json); the
// parameters after ";" (charset=utf-8) do not change the type. Types are case-insensitive.
const JSON_TYPE = /^application\/(?:[\w!#$&^.+-]+\+)?json$/i;

/** True when the type is JSON, or when none is given: a missing type is no claim against it. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim();
  return type === '' || JSON_TYPE.test(type);
}
