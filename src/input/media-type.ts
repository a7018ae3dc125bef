// What a declared Content-Type (or a HAR's mimeType) says a body is: JSON, a form post, or a
// multipart body. RFC 6838 §4.2.8 names the "+json" suffix for JSON-based types
// (application/merge-patch+json, application/vnd.api+json); the parameters after ";"
// (charset=utf-8) do not change the type, and types are case-insensitive.
const JSON_TYPE = /^application\/(?:[\w!#$&^.+-]+\+)?json$/;

/** The type itself, lower-cased and without its parameters ("" when none is given). */
export function essenceOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** True when the type is JSON, or when none is given: a missing type is no claim against it. */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const type = essenceOf(contentType);
  return type === '' || JSON_TYPE.test(type);
}

/** Form-encoded pairs ("a=1&b=2"), as browsers send a form and as OAuth's token request is. */
export function isUrlEncodedForm(contentType: string | undefined): boolean {
  return essenceOf(contentType) === 'application/x-www-form-urlencoded';
}

/** Any multipart body (form-data, mixed, related): parts, each with its own headers. */
export function isMultipart(contentType: string | undefined): boolean {
  return essenceOf(contentType).startsWith('multipart/');
}

/** The types of a form post: form-encoded pairs or multipart form-data. */
export function isFormMediaType(contentType: string | undefined): boolean {
  return isUrlEncodedForm(contentType) || essenceOf(contentType) === 'multipart/form-data';
}
