// Recognises a logged request ({method, url, body} and similar shapes used by common loggers and
// proxies) inside one JSON value, so NDJSON lines can be either bodies or captured requests.
import { isPlainObject } from '../lint/walk-model.js';

export interface CapturedRequest {
  method: string;
  url: string;
  /** Pointer of the body member within the logged value, or undefined when none was logged. */
  bodyPointer: string | undefined;
  body: unknown;
}

const METHOD_KEYS = ['method', 'verb', 'requestMethod'];
const URL_KEYS = ['url', 'uri', 'path', 'requestUrl'];
const BODY_KEYS = ['body', 'data', 'payload', 'json', 'requestBody', 'postData'];
const WRAPPER_KEYS = ['request', 'req', 'httpRequest'];
const HTTP_METHOD = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;

export function readCapturedRequest(value: unknown): CapturedRequest | undefined {
  if (!isPlainObject(value)) return undefined;
  const direct = fromObject(value, '');
  if (direct) return direct;
  for (const key of WRAPPER_KEYS) {
    const inner = value[key];
    if (isPlainObject(inner)) {
      const wrapped = fromObject(inner, `/${key}`);
      // Some loggers put the body beside the request object rather than inside it.
      if (wrapped && wrapped.bodyPointer === undefined) return withSiblingBody(value, wrapped);
      if (wrapped) return wrapped;
    }
  }
  return undefined;
}

function fromObject(object: Record<string, unknown>, base: string): CapturedRequest | undefined {
  const method = firstString(object, METHOD_KEYS);
  const url = firstString(object, URL_KEYS);
  if (!method || !url || !HTTP_METHOD.test(method)) return undefined;
  const bodyKey = BODY_KEYS.find((key) => Object.prototype.hasOwnProperty.call(object, key));
  return { method: method.toUpperCase(), url, ...bodyOf(object, bodyKey, base) };
}

function withSiblingBody(value: Record<string, unknown>, request: CapturedRequest): CapturedRequest {
  const bodyKey = BODY_KEYS.find((key) => Object.prototype.hasOwnProperty.call(value, key));
  if (bodyKey === undefined) return request;
  return { ...request, ...bodyOf(value, bodyKey, '') };
}

/** Where the body member is and what it holds; undefined both when none was logged. */
function bodyOf(
  object: Record<string, unknown>,
  bodyKey: string | undefined,
  base: string,
): Pick<CapturedRequest, 'bodyPointer' | 'body'> {
  if (bodyKey === undefined) return { bodyPointer: undefined, body: undefined };
  const value = object[bodyKey];
  // A logger that copies a HAR's postData ({mimeType, text}) logs the body as that text: linted
  // as an object, it was reported for members "mimeType" and "text" no endpoint has.
  if (bodyKey === 'postData' && isPlainObject(value) && typeof value['text'] === 'string') {
    return { bodyPointer: `${base}/postData/text`, body: value['text'] };
  }
  return { bodyPointer: `${base}/${bodyKey}`, body: value };
}

function firstString(object: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}
