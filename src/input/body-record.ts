// One request body found in an input, with what is known about where it came from. Single-body
// files give one record; NDJSON logs, HAR captures and raw HTTP dumps give one per request.
import type { BodySource } from '../lint/types.js';
import type { BodyString } from './escaped-body.js';

export interface BodyRecord {
  text: string;
  /** JSON.parse(text), when the reader already parsed it; saves parsing every log line twice. */
  parsed?: { value: unknown };
  source?: BodySource;
  /** "METHOD url" of the captured request, when the input recorded one. */
  request?: string;
  /**
   * 1-based position of the body's first character in the file, when the body appears verbatim
   * there (an NDJSON line, the body of a raw HTTP request); findings are shifted by it.
   */
  origin?: { line: number; column: number };
  /**
   * The JSON string that holds the body escaped (HAR postData.text, a string "body" in an NDJSON
   * log): findings point at the characters in it that write their place in the body, and keep
   * that place separately. Also a body the file holds in pieces, whose findings point at its start.
   */
  container?: BodyString;
  /**
   * The captured request carried no body at all (a HAR entry without postData, nothing after a
   * raw request's headers): text is empty, and routeRequest decides whether that is a fault.
   */
  isAbsent?: boolean;
}

/** A record that could not be linted, with the reason (skipped entries, broken log lines). */
export interface SkippedRecord {
  source: BodySource;
  reason: string;
  /** Counted only, not printed one by one (e.g. HAR entries for other APIs). */
  quiet: boolean;
}

/** What is wrong with an input as a whole (a HAR file with no entries), for the caller to report. */
export interface InputProblem {
  message: string;
  hint: string;
}

export type RecordEvent = { kind: 'body'; record: BodyRecord } | { kind: 'skip'; skipped: SkippedRecord };

export type InputFormat = 'json' | 'ndjson' | 'har' | 'http';

/** Every InputFormat, for the flag's choices and the library's check of its option. */
export const INPUT_FORMATS: readonly InputFormat[] = ['json', 'ndjson', 'har', 'http'];
