// Documents that a .json input may hold which are no request body, told by their content: our
// own reports, left out with a note, and Postman collections and logged requests, whose bodies
// are linted instead.
import { isPlainObject } from '../lint/walk-model.js';
import { readLoggedDocument, type CapturedRequest } from './captured-request.js';
import { ownReportKind } from './own-report.js';
import { isPostmanCollection } from './postman-collection.js';

export interface NotABody {
  /** own-report: a JSON report or SARIF log; send-journal: send's journal (send-journal.ts). */
  reason: 'own-report' | 'send-journal';
  /** Why, in words, as the CLI's note says it. */
  message: string;
}

export const SEND_JOURNAL: NotABody = { reason: 'send-journal',
  message: 'it is a genesys-call-lint send journal, not a log of request bodies' };

/**
 * One of those documents: a report to leave out, a collection (parsed) to read requests from, or
 * a logged request to read the body of.
 */
export type JsonDocument =
  | { kind: 'not-body'; what: NotABody }
  | { kind: 'postman'; collection: Record<string, unknown> }
  | { kind: 'logged-request'; request: CapturedRequest };

/**
 * Names such a document's top level may open with: the JSON report's members, the SARIF log's,
 * a collection's, and the first of each once `jq -S` has sorted them. No call model has them,
 * so a body is set aside by this anchored test on its first bytes (and LOGGED_METHOD's search)
 * and never parsed here.
 */
const OPENING = new RegExp('^\\uFEFF?\\s*\\{\\s*"(?:version|results|failures|bodyCount|' +
  'errorCount|\\$schema|runs|info|item|auth|event|variable)"\\s*:');

/**
 * A member naming an HTTP method, which a logged request has (captured-request.ts) and no call
 * model does: only a text holding one is parsed to tell whether it is a logged request, anywhere
 * in it, as a logger writes the method after its timestamp or inside a "request" object.
 */
const LOGGED_METHOD =
  /"(?:method|verb|requestMethod|httpMethod)"\s*:\s*"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)"/i;

/** What the text is when it is one of those documents, or undefined (a body, anything else). */
export function jsonDocumentOf(text: string): JsonDocument | undefined {
  const isOpened = OPENING.test(text);
  if (!isOpened && !LOGGED_METHOD.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined; // a body with a syntax error, linted as one
  }
  if (!isPlainObject(value)) return undefined;
  if (isOpened && isPostmanCollection(value)) return { kind: 'postman', collection: value };
  // An NDJSON line's test, with a body logged: a method, a URL and a body make a logged request,
  // so a body with a "url" or a "method" member of its own (no call model has either) stays one.
  const request = readLoggedDocument(value);
  if (request !== undefined) return { kind: 'logged-request', request };
  const kind = isOpened ? ownReportKind(value) : undefined;
  if (kind === undefined) return undefined;
  return { kind: 'not-body', what: { reason: 'own-report',
    message: `it is a genesys-call-lint ${kind}, not a request body` } };
}
