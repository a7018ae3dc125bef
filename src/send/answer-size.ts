// A bound on how much of an answer is read. An error answer can be any size, and axios reads all
// of it into memory by default (a 400 with a 300 MB message took 2.6 GB). The answers of the
// call endpoints and the login are a few KB; past the bound, the status and headers are kept
// and the body is replaced by a note.
import type { IncomingMessage } from 'node:http';

export const MAX_ANSWER_BYTES = 1024 * 1024;

/** What the SDK takes from an axios response. */
export interface CutAnswer {
  status: number;
  statusText: string;
  headers: IncomingMessage['headers'];
  data: string;
  /** The note again: the SDK's place for an answer that is text, not JSON (sdk-client.ts). */
  text: string;
}

/** The axios config of every request, with the bound; axios stops reading past it. */
export function withAnswerBound(config: Record<string, unknown>): Record<string, unknown> {
  return { ...config, maxContentLength: MAX_ANSWER_BYTES };
}

/**
 * An answer axios stopped reading at the bound, as a response with a note for its body;
 * undefined for any other error. axios rejects without the response, but the request it names
 * has the response's status and headers (node:http sets request.res as they arrive).
 */
export function cutAnswer(error: unknown): CutAnswer | undefined {
  const found = error as { message?: unknown; request?: { res?: IncomingMessage } } | undefined;
  const head = found?.request?.res;
  const isCut = String(found?.message).startsWith('maxContentLength');
  if (!isCut || head?.statusCode === undefined) return undefined;
  const note = `(the answer is longer than ${MAX_ANSWER_BYTES} bytes; it was not read)`;
  return { status: head.statusCode, statusText: head.statusMessage ?? '', headers: head.headers,
    data: note, text: note };
}
