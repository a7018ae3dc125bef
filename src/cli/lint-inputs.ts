// Reads each input in the format it is in and lints every body found, handing each result to
// the caller as soon as it exists, so output streams and memory stays bounded on big logs.
import { closeSync, readSync } from 'node:fs';
import type { BodyRecord, InputFormat, InputProblem, RecordEvent, SkippedRecord } from '../input/body-record.js';
import { decodeBytesFor, isUtf32Mark, UTF32, type Decoded } from '../input/decode-bytes.js';
import { detectFormat } from '../input/detect-format.js';
import {
  jsonDocumentOf, SEND_JOURNAL, type JsonDocument, type NotABody,
} from '../input/not-a-body.js';
import { placeInFile } from '../input/place-record.js';
import { readHar } from '../input/read-har.js';
import { readHttp } from '../input/read-http.js';
import { readLoggedRequest } from '../input/read-logged-request.js';
import { withSecondMark } from '../input/second-mark.js';
import { isSendJournal, JOURNAL_HEAD_BYTES } from '../input/send-journal.js';
import { readNdjson } from '../input/read-ndjson.js';
import { textChunks, textLines, type DecodeFailure } from '../input/read-text-stream.js';
import { unmarkedUtf16Refusal } from '../input/unmarked-utf16.js';
import { routeRequest } from '../input/route-request.js';
import type { CallerWords } from '../lint/caller-words.js';
import { checkLintOptions } from '../lint/check-options.js';
import { lintTextFor } from '../lint/lint-text.js';
import type { LintOptions, LintResult } from '../lint/types.js';
import { withoutFixes } from '../lint/without-fixes.js';
import type { InputFailure } from '../reporters/reporter.js';
import { CLI_WORDS } from './cli-words.js';
import type { LoadedConfig } from './config.js';
import { optimizeForSize, preferSmallHeap } from './prefer-small-heap.js';
import {
  openForStreaming, readIfSmall, readRegularFile,
} from './read-regular-file.js';
import type { PipedLog } from './read-stdin.js';
import { tellInputFormat } from './tell-input-format.js';

export interface InputHandlers {
  /**
   * Options for lintText, given the endpoint a file's config mapping or the flags chose, and the
   * config that applies to the input (its rules and country), when planning found one.
   */
  lintOptions(file: string, endpoint: string | undefined, config?: LoadedConfig): LintOptions;
  onResult(result: LintResult): Promise<void>;
  onFailure(failure: InputFailure): void;
  onSkipped(file: string, skipped: SkippedRecord): void;
  /**
   * A file read whole that is no body but a report of this tool (not-a-body.ts), with what it
   * is. Without this handler such a file is linted as a body.
   */
  onNotBody?(file: string, what: NotABody): void;
  /** Whose words hints and notices use (caller-words.ts); the CLI's by default. */
  words?: CallerWords;
}

export interface InputSpec {
  /** Path to read, or undefined for stdin: bytes already in hand, or a log as it arrives. */
  path: string | undefined;
  /** The path's real path, links resolved, when collecting the inputs found it (--cache's key). */
  realPath?: string;
  bytes?: Uint8Array;
  /** A log on stdin (format says which kind), streamed as a log file is. */
  piped?: PipedLog;
  /** How the input is named in output. */
  name: string;
  format: InputFormat | undefined;
  /** Endpoint from --endpoint or the config mapping; captured requests bring their own. */
  endpoint: string | undefined;
  /** --max-file-size in bytes, for files read whole; streamed logs have no limit. */
  maxBytes?: number;
  /** The config that applies to the input: the one nearest to its file, or the one named. */
  config?: LoadedConfig;
}

export const SMALL_FILE = 1024 * 1024;

export async function lintInput(given: InputSpec, found: InputHandlers): Promise<void> {
  const handlers = aboutInput(found);
  const input = preload(given);
  // One body already in memory, the usual case: decoded once for detection and linting, and no
  // stream of records set up (issue 6).
  let decoded: Decoded | undefined;
  // Detected from the decoded text where there is one; else by tellInputFormat(), which decodes
  // the first bytes as standard input's are.
  let detected: InputFormat | undefined;
  if (input.bytes !== undefined && (input.format === undefined || input.format === 'json')) {
    decoded = decodeBytesFor(input.bytes, wordsOf(handlers));
    if (decoded.ok && input.format === undefined) {
      detected = detectFormat(input.name, decoded.text);
    }
    if (decoded.ok && (input.format === 'json' || detected === 'json')) {
      const document = jsonDocumentOf(decoded.text);
      if (document === undefined) await lintRecord({ text: withSecondMark(decoded.text) }, input, handlers);
      else await lintEvents(documentEvents(document, decoded.text, input, handlers), input, handlers);
      return;
    }
  }
  const format = input.format ?? detected ?? await formatOf(input, handlers);
  if (format === undefined) return;
  await lintEvents(eventsOf(input, format, handlers, decoded), input, handlers);
}

/**
 * Lints a document that is no body, which the caller has parsed already: --fix parses a .json
 * file to tell a collection apart, and lintInput would parse it again.
 */
export async function lintDocument(document: JsonDocument, text: string, input: InputSpec,
  found: InputHandlers): Promise<void> {
  const handlers = aboutInput(found);
  await lintEvents(documentEvents(document, text, input, handlers), input, handlers);
}

/**
 * Handlers whose failures say they are about the input: whatever fails once an input is taken up
 * (read, decoded, a record in it) fails in that file, where a planning failure may name none.
 */
function aboutInput(handlers: InputHandlers): InputHandlers {
  return { ...handlers,
    onFailure: (failure) => handlers.onFailure({ ...failure, isAboutInput: true }) };
}

async function lintEvents(events: AsyncIterable<RecordEvent>, input: InputSpec,
  handlers: InputHandlers): Promise<void> {
  for await (const event of events) {
    if (event.kind === 'skip') {
      handlers.onSkipped(input.name, event.skipped);
      continue;
    }
    await lintRecord(event.record, input, handlers);
  }
}

/** Small files are read once, up front, for detection and linting alike. */
function preload(input: InputSpec): InputSpec {
  if (input.path === undefined || input.bytes !== undefined) return input;
  const bytes = readIfSmall(input.path, Math.min(SMALL_FILE, input.maxBytes ?? SMALL_FILE));
  return bytes === undefined ? input : { ...input, bytes };
}

const checkedOptions = new WeakSet<LintOptions>();

async function lintRecord(record: BodyRecord, input: InputSpec, handlers: InputHandlers): Promise<void> {
  let endpoint = input.endpoint;
  if (record.source?.method && record.source.url) {
    const { method, url } = record.source;
    const route = routeRequest(method, url, !record.isAbsent, wordsOf(handlers));
    if (route.kind === 'skip') {
      handlers.onSkipped(input.name, { source: record.source, reason: route.reason, quiet: route.quiet });
      return;
    }
    endpoint = route.endpoint;
  }
  const options = handlers.lintOptions(input.name, endpoint, input.config);
  // The handlers make the options, and hand a log's lines one object: checked once (issue 6).
  if (!checkedOptions.has(options)) {
    checkLintOptions(options);
    checkedOptions.add(options);
  }
  const result = lintTextFor(record.text, options, wordsOf(handlers), record.parsed, true);
  const placed = placeInFile(result, record);
  // Captures are never rewritten by --fix, so their findings do not claim to be fixable.
  await handlers.onResult(record.source ? { ...withoutFixes(placed), source: record.source } : placed);
}

async function* eventsOf(
  input: InputSpec,
  format: InputFormat,
  handlers: InputHandlers,
  /** decodeBytes(input.bytes), when the caller has it already. */
  decoded?: Decoded,
): AsyncGenerator<RecordEvent> {
  const isLog = format === 'ndjson' || format === 'har';
  // Streamed when not already in memory (preload took the small files), and in memory when it
  // stops being UTF-8 somewhere: a log is read up to that point, whatever its size.
  let source: number | Uint8Array | AsyncIterable<Uint8Array> | undefined;
  if (input.piped !== undefined) {
    // UTF-32 is refused as a log file's is; the head holds its first four bytes (read-stdin.ts).
    if (isUtf32Mark(input.piped.head)) {
      await input.piped.close();
      reportUndecodable(input, handlers, UTF32);
      return;
    }
    if (format === 'ndjson' &&
      isJournalSkipped(decodeHead(input.piped.head), false, input, handlers)) {
      await input.piped.close();
      return;
    }
    await optimizeForSize();
    source = input.piped.chunks;
  } else if (isLog && input.path !== undefined && input.bytes === undefined) {
    await preferSmallHeap(input.path);
    const opened = openForStreaming(input.path, wordsOf(handlers));
    if (!opened.ok) {
      handlers.onFailure({ file: input.name, message: opened.message, hint: opened.hint });
      return;
    }
    // UTF-32 is refused as a small file is; the streamed reader knows UTF-8 and UTF-16 only.
    if (startsWithUtf32Mark(opened.fd)) {
      closeSync(opened.fd);
      reportUndecodable(input, handlers, UTF32);
      return;
    }
    if (format === 'ndjson' && isJournalSkipped(readHead(opened.fd), false, input, handlers)) {
      closeSync(opened.fd);
      return;
    }
    source = opened.fd;
  } else if (input.bytes !== undefined) {
    decoded ??= decodeBytesFor(input.bytes, wordsOf(handlers));
    if (isLog && !decoded.ok && decoded.atByte !== undefined) source = input.bytes;
  }
  const onProblem = problemsOf(input, handlers);
  const words = wordsOf(handlers);
  if (source !== undefined) {
    let isCut = false;
    const report = stoppedReading(input, handlers);
    const onInvalid = (failure: DecodeFailure): void => {
      isCut = true;
      report(failure);
    };
    const chunks = textChunks(source, onInvalid);
    if (format === 'har') yield* readHar(chunks, onProblem, () => isCut, words);
    else {
      yield* readNdjson(textLines(textChunks(source, onInvalid, 1 << 16), () => isCut), onProblem,
        words);
    }
    return;
  }
  const whole = await wholeText(input, handlers, decoded, format === 'http');
  if (whole === undefined) return;
  if (format === 'ndjson' && isJournalSkipped(whole.text, true, input, handlers)) return;
  // Decoded, the text lost its mark; each reader drops one of its own, so a second one is kept.
  const text = withSecondMark(whole.text);
  if (format === 'ndjson') yield* readNdjson(arrayLines(text), onProblem, words);
  else if (format === 'har') yield* readHar(single(text), onProblem, undefined, words);
  else if (format === 'http') yield* readHttp(text, onProblem, whole.isBytes, words);
  else {
    const document = jsonDocumentOf(whole.text);
    if (document === undefined) yield { kind: 'body', record: { text } };
    else yield* documentEvents(document, whole.text, input, handlers);
  }
}

/**
 * The records of a document that is no body: a Postman collection's requests, a logged request's
 * body, or nothing for a report of ours, which is handed to onNotBody instead (linted as a body
 * without that handler).
 */
async function* documentEvents(
  document: JsonDocument,
  text: string,
  input: InputSpec,
  handlers: InputHandlers,
): AsyncGenerator<RecordEvent> {
  const onProblem = problemsOf(input, handlers);
  if (document.kind === 'postman') {
    // Loaded only for a collection: most runs never read one.
    const { readPostman } = await import('../input/read-postman.js');
    yield* readPostman(text, document.collection, onProblem, wordsOf(handlers));
  } else if (document.kind === 'logged-request') {
    const event = readLoggedRequest(text, document.request, onProblem, wordsOf(handlers));
    if (event !== undefined) yield event;
  } else if (handlers.onNotBody === undefined) {
    yield { kind: 'body', record: { text: withSecondMark(text) } };
  } else {
    handlers.onNotBody(input.name, document.what);
  }
}

/** A reader's problem with the input's text, told as the input's failure. */
function problemsOf(input: InputSpec, handlers: InputHandlers): (problem: InputProblem) => void {
  return (problem) => handlers.onFailure({ file: input.name, ...problem });
}

/**
 * Hands a log that is send's journal to onNotBody, and says so; without that handler it is
 * linted as any log (as a report of ours is linted as a body).
 */
function isJournalSkipped(text: string, isWhole: boolean, input: InputSpec,
  handlers: InputHandlers): boolean {
  if (handlers.onNotBody === undefined || !isSendJournal(text, isWhole)) return false;
  handlers.onNotBody(input.name, SEND_JOURNAL);
  return true;
}

/** The first bytes of a log file as text; a journal is UTF-8, as send writes it. */
function readHead(fd: number): string {
  const head = new Uint8Array(JOURNAL_HEAD_BYTES);
  try {
    return decodeHead(head.subarray(0, readSync(fd, head, 0, JOURNAL_HEAD_BYTES, 0)));
  } catch {
    return ''; // the streamed read that follows reports what is wrong
  }
}

function decodeHead(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.subarray(0, JOURNAL_HEAD_BYTES));
}

/** tellInputFormat, a refusal reported as the input's failure. */
async function formatOf(
  input: InputSpec,
  handlers: InputHandlers,
): Promise<InputFormat | undefined> {
  const told = await tellInputFormat(input, wordsOf(handlers));
  if (told.ok) return told.format;
  handlers.onFailure({ file: input.name, message: told.message, hint: told.hint });
  return undefined;
}

function wordsOf(handlers: InputHandlers): CallerWords {
  return handlers.words ?? CLI_WORDS;
}

function startsWithUtf32Mark(fd: number): boolean {
  const head = new Uint8Array(4);
  try {
    return readSync(fd, head, 0, 4, 0) === 4 && isUtf32Mark(head);
  } catch {
    return false; // the streamed read that follows reports what is wrong
  }
}

/**
 * Reports a log whose text stops partway (bad UTF-8 or UTF-16, a NUL byte); what came before it
 * was linted already.
 */
function stoppedReading(input: InputSpec, handlers: InputHandlers): (failure: DecodeFailure) => void {
  return (failure) => {
    if (failure.isUnmarked) {
      const { reason, hint } = unmarkedUtf16Refusal(failure.kind);
      handlers.onFailure({ file: input.name, message: `skipped: ${reason}`, hint });
      return;
    }
    const { atByte, kind } = failure;
    handlers.onFailure({
      file: input.name,
      message: `${kind === 'nul' ? `holds a NUL byte (binary content) at byte offset ${atByte}`
        : kind === undefined ? `is not valid UTF-8 at byte offset ${atByte}`
          : `is not valid ${kind.toUpperCase()} at byte offset ${atByte}`}; ` +
        'what came before it was linted, the rest was not',
      hint: 'Save the log as UTF-8 text.',
    });
  };
}

async function* arrayLines(text: string): AsyncGenerator<string> {
  // A lone \r breaks a line too, as the Locator and the streamed reader (textLines) count them.
  yield* text.split(/\r\n?|\n/);
}

async function* single(text: string): AsyncGenerator<string> {
  yield text;
}

/**
 * The input's text. byBytes: a dump that is no UTF-8 as a whole comes back as one character per
 * byte (isBytes), since chunk boundaries may split a character that the joined body has whole.
 */
async function wholeText(input: InputSpec, handlers: InputHandlers, given: Decoded | undefined,
  byBytes = false): Promise<{ text: string; isBytes: boolean } | undefined> {
  let bytes = input.bytes;
  if (!bytes) {
    const read = await readRegularFile(input.path!, input.maxBytes, wordsOf(handlers));
    if (!read.ok) {
      handlers.onFailure({ file: input.name, message: read.message, hint: read.hint });
      return undefined;
    }
    bytes = read.bytes;
  }
  const decoded = given ?? decodeBytesFor(bytes, wordsOf(handlers));
  if (decoded.ok) return { text: decoded.text, isBytes: false };
  if (byBytes && decoded.isBadUtf8) {
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), isBytes: true };
  }
  reportUndecodable(input, handlers, decoded);
  return undefined;
}

function reportUndecodable(input: InputSpec, handlers: InputHandlers, decoded: Decoded): void {
  if (decoded.ok) return;
  handlers.onFailure({ file: input.name, message: `skipped: ${decoded.reason}`,
    hint: decoded.hint ?? 'Save the body as UTF-8 JSON text.' });
}

/** Every record of one input, unlinted, for callers that need the bodies themselves (send). */
export async function* recordsOf(input: InputSpec, handlers: InputHandlers): AsyncGenerator<RecordEvent> {
  const format = input.format ?? await formatOf(input, handlers);
  if (format === undefined) return;
  yield* eventsOf(input, format, handlers);
}
