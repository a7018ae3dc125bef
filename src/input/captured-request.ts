// Recognises a logged request ({method, url, body} and similar shapes used by common loggers and
// proxies) inside one JSON value, so NDJSON lines can be either bodies or captured requests.
// AWS API Gateway's Lambda events are among them: payload format 1.0 names the request
// {httpMethod, path, body}, format 2.0 {requestContext: {http: {method}}, rawPath, body}, and both
// say "isBase64Encoded": true when the body is in base64.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
import { isPlainObject } from '../lint/walk-model.js';
import { decodeBase64Text } from './decode-base64.js';
import { decodePostText, formFieldsOf } from './har-post-data.js';
import { loggedContentType } from './logged-content-type.js';

export interface CapturedRequest {
  method: string;
  url: string;
  /** Pointer of the body member within the logged value, or undefined when none was logged. */
  bodyPointer: string | undefined;
  body: unknown;
  /** Why a logged body cannot be read at all (base64 that cannot be decoded). */
  fault?: string;
  /**
   * The type the body was sent as: a logged postData's mimeType, else the logged Content-Type
   * header. Whether it lets a call endpoint read the body is the reader's to judge, as for a HAR.
   */
  mediaType?: { value: string; field: 'mimeType' | 'Content-Type' };
  /** A logged postData of form fields ("params", no text), which holds no body text at all. */
  form?: { params: unknown[]; postData: Record<string, unknown> };
  /** The body was decoded from base64, so the log does not write its characters. */
  isBase64?: true;
}

const METHOD_KEYS = ['method', 'verb', 'requestMethod', 'httpMethod'];
const URL_KEYS = ['url', 'uri', 'path', 'requestUrl', 'rawPath'];
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
      if (wrapped && wrapped.bodyPointer === undefined) {
        return withSiblingBody(value, wrapped, loggedContentType(inner) ?? loggedContentType(value));
      }
      if (wrapped) return wrapped;
    }
  }
  return undefined;
}

/**
 * A whole document (a .json file) that is a logged request: one as an NDJSON line is, with its
 * body logged. A line without one is one record among a log's many, passed over with a count; a
 * file would be passed over whole, so a body with "method" and "url" members of its own (which
 * no call model has) would go unlinted: it stays a body, and unknown-field names them.
 */
export function readLoggedDocument(value: unknown): CapturedRequest | undefined {
  const request = readCapturedRequest(value);
  return request?.bodyPointer === undefined ? undefined : request;
}

function fromObject(object: Record<string, unknown>, base: string): CapturedRequest | undefined {
  const method = firstString(object, METHOD_KEYS) ?? gatewayMethod(object);
  // Nearly every line of a log of bodies stops here, before its URL is looked for (issue 6).
  if (!method) return undefined;
  const url = firstString(object, URL_KEYS);
  if (!url || !HTTP_METHOD.test(method)) return undefined;
  const bodyKey = BODY_KEYS.find((key) => Object.prototype.hasOwnProperty.call(object, key));
  const body = bodyOf(object, bodyKey, base, loggedContentType(object));
  return { method: method.toUpperCase(), url, ...body };
}

/** The method of an API Gateway payload 2.0 event, which only its requestContext gives. */
function gatewayMethod(object: Record<string, unknown>): string | undefined {
  const context = object['requestContext'];
  const http = isPlainObject(context) ? context['http'] : undefined;
  return isPlainObject(http) ? firstString(http, ['method']) : undefined;
}

function withSiblingBody(
  value: Record<string, unknown>,
  request: CapturedRequest,
  contentType: string | undefined,
): CapturedRequest {
  const bodyKey = BODY_KEYS.find((key) => Object.prototype.hasOwnProperty.call(value, key));
  if (bodyKey === undefined) return request;
  return { ...request, ...bodyOf(value, bodyKey, '', contentType) };
}

type LoggedBody = Pick<CapturedRequest,
  'bodyPointer' | 'body' | 'fault' | 'mediaType' | 'form' | 'isBase64'>;

/** Where the body member is and what it holds; undefined both when none was logged. */
function bodyOf(
  object: Record<string, unknown>,
  bodyKey: string | undefined,
  base: string,
  contentType: string | undefined,
): LoggedBody {
  if (bodyKey === undefined) return { bodyPointer: undefined, body: undefined };
  const value = object[bodyKey];
  const header = contentType === undefined ? {}
    : { mediaType: { value: contentType, field: 'Content-Type' as const } };
  if (bodyKey === 'postData' && isPlainObject(value)) {
    const postData = postDataBody(value, `${base}/postData`);
    if (postData) return { ...header, ...postData };
  }
  const at = `${base}/${bodyKey}`;
  const body = object['isBase64Encoded'] === true && typeof value === 'string'
    ? base64Body(value, at) : { bodyPointer: at, body: value };
  return { ...header, ...body };
}

/** An API Gateway event's body in base64, decoded to the text that was sent. */
function base64Body(text: string, at: string): LoggedBody {
  const decoded = decodeBase64Text(text);
  if ('text' in decoded) return { bodyPointer: at, body: decoded.text, isBase64: true };
  const fault = decoded.problem === 'not-base64'
    ? 'has "isBase64Encoded": true, but its body is no base64'
    : 'has "isBase64Encoded": true, but its body decodes to bytes that are not UTF-8 text';
  return { bodyPointer: at, body: text, fault };
}

/**
 * A logger that copies a HAR's postData ({mimeType, text}) logs the body as that text (linted as
 * an object, it was reported for members "mimeType" and "text" no endpoint has), read as a HAR
 * reads it: decoded from base64 where its encoding says so, its type the mimeType, and form
 * fields no text.
 */
function postDataBody(postData: Record<string, unknown>, at: string): LoggedBody | undefined {
  const mimeType = postData['mimeType'];
  const typed = typeof mimeType === 'string' && mimeType !== ''
    ? { mediaType: { value: mimeType, field: 'mimeType' as const } } : {};
  const params = formFieldsOf(postData);
  if (params) return { bodyPointer: at, body: postData, form: { params, postData }, ...typed };
  const text = postData['text'];
  if (typeof text !== 'string') return undefined;
  const decoded = decodePostText(text, postData['encoding']);
  if ('fault' in decoded) return { bodyPointer: `${at}/text`, body: text, fault: decoded.fault };
  const body = { bodyPointer: `${at}/text`, body: decoded.text, ...typed };
  return decoded.isBase64 ? { ...body, isBase64: true } : body;
}

function firstString(object: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = object[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}
