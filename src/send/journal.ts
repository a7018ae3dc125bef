// The send journal: an append-only NDJSON file of what was sent and what came back, so a rerun
// after a crash or Ctrl-C knows which bodies already went out. Each line is forced to disk
// (fsync) before the request it announces is made, so "attempt" without an "outcome" is exactly
// a request that may have reached Genesys. It holds no credentials or tokens: only endpoints,
// path parameters, body hashes and the decoded answers.
//
// A line that cannot be written (a full disk, EIO) keeps that promise: an attempt line that
// failed announces no request, since none is sent after it (send-batch.ts stops the batch), and a
// request whose outcome line failed keeps its attempt line, so a rerun holds it back. A line the
// failure cut short is ignored when read, and ended before the next run appends to the file.
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { clipText } from './bounded-text.js';
import type { PlannedRequest } from './build-request.js';
import { lockJournal, type LockEnd, type LockLeft, type LockLost } from './journal-lock.js';
import { readLines } from './read-lines.js';

export const DEFAULT_JOURNAL = '.genesys-call-lint/send-journal.ndjson';

/**
 * Lines are read up to this length. Ours stay far below it (their texts are cut to
 * MAX_TEXT_CHARS); older versions wrote whole error answers, which salvageLine reads around.
 */
const MAX_LINE_BYTES = 1024 * 1024;

/** Fields that name the request: kept whole, where the answer's texts are cut to size. */
const IDENTITY_FIELDS = new Set(['key', 'destination']);

export type JournalEntry =
  | { type: 'attempt'; at: string; key: string; endpoint: string; pathParams: Record<string, string>;
      bodyHash: string; input: string; attempt: number }
  | { type: 'outcome'; at: string; key: string; result: OutcomeResult; status?: number;
      conversationId?: string; code?: string; message?: string; contextId?: string };

export interface JournalOptions {
  /**
   * Where this run sends (the region's API base URL or the --gateway origin). Entries are
   * written with it, and only those for it count: a body sent to one org or environment is not
   * sent to another. Entries from before journals named it count for every destination.
   */
  destination?: string;
  /** Applied to every text recorded (an error answer can quote the token it was sent with). */
  scrub?: (text: string) => string;
  /**
   * For a run that may send: the journal's name as the user wrote it, to lock the journal under
   * (journal-lock.ts) before it is read, until close().
   */
  lockAs?: string | undefined;
  /** Writes one line and forces it to disk; tests pass one that fails as a full disk does. */
  writeLine?: WriteLine | undefined;
}

export type WriteLine = (fd: number, line: string) => void;

/** Writes up to length bytes of the buffer at fd and says how many it wrote, as writeSync does. */
export type WriteBytes = (fd: number, buffer: Buffer, offset: number, length: number) => number;

/**
 * Writes the whole line, then forces it to disk. A full disk or a file-size limit lets the kernel
 * write part of a line and report no error (only the next write fails), so a write that comes
 * back short is continued, and one that writes nothing fails: an attempt line cut short must
 * stop its request, not announce it.
 */
export function writeAndSync(fd: number, line: string, write: WriteBytes = writeSync): void {
  const bytes = Buffer.from(line, 'utf8');
  for (let done = 0; done < bytes.length;) {
    const wrote = write(fd, bytes, done, bytes.length - done);
    if (!(wrote > 0)) throw new Error(`only ${done} of the line's ${bytes.length} bytes were written`);
    done += wrote;
  }
  fsyncSync(fd);
}

/** A journal line that could not be written: the run sends nothing more (send-batch.ts). */
export class JournalWriteError extends Error {
  constructor(readonly path: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`the journal could not be written (${why})`, { cause });
  }
}

/**
 * succeeded and failed are final. retrying: Genesys answered with an error (429, 500, 503, or a
 * 401 before the fresh login) or no connection was made, and the request is tried again.
 * no-answer: the request may have been taken, after a network fault, a gateway's 502 or 504
 * (mayHaveBeenTaken), or a 2xx that is not JSON, whether or not a retry follows.
 */
export type OutcomeResult = 'succeeded' | 'failed' | 'retrying' | 'no-answer';

/** What the journal says about one request before we send it. */
export type PriorState = 'new' | 'succeeded' | 'failed' | 'unresolved';

/**
 * The identity of a request: endpoint, its path parameters, the body's hash and, for the second
 * and later copies of the same request in one run, which copy it is. Without that a log that
 * places the same call twice sent it once and skipped the rest as sent; with it, a rerun of the
 * same inputs still finds each copy. The first copy's key is the one journals always held.
 */
export function journalKey(request: PlannedRequest, copy = 1): string {
  const identity = [`${request.endpoint.method} ${request.endpoint.path}`, request.pathParams,
    request.bodyHash];
  return JSON.stringify(copy === 1 ? identity : [...identity, copy]);
}

// A Map: a line's result looked up on a plain object found inherited keys ("constructor").
const STATE_AFTER = new Map<unknown, PriorState>(Object.entries({
  succeeded: 'succeeded',
  failed: 'failed',
  retrying: 'failed',
  'no-answer': 'unresolved',
} satisfies Record<OutcomeResult, PriorState>));

export class Journal {
  private readonly states = new Map<string, PriorState>();
  /** Keys whose state comes from a line that names no destination (an older journal's). */
  private readonly undestined = new Set<string>();
  private fd: number | undefined;
  private release: (() => LockEnd | undefined) | undefined;
  private lockEnd: LockEnd | undefined;
  /** The first write that failed: none is made after it, as it may have left half a line. */
  private failure: JournalWriteError | undefined;

  private readonly destination: string | undefined;
  private readonly scrub: (text: string) => string;
  private readonly writeLine: WriteLine;

  private constructor(private readonly path: string | undefined, options: JournalOptions) {
    this.destination = options.destination;
    this.scrub = options.scrub ?? ((text) => text);
    this.writeLine = options.writeLine ?? writeAndSync;
  }

  /** Reads what earlier runs recorded for this destination; a missing file is an empty journal. */
  static open(path: string | undefined, options: JournalOptions = {}): Journal {
    const journal = new Journal(path, options);
    if (path === undefined) return journal;
    if (options.lockAs !== undefined) journal.release = lockJournal(path, options.lockAs);
    try {
      for (const line of readLines(path, MAX_LINE_BYTES)) {
        journal.replay(line.isCut ? salvageLine(line.text) : line.text);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        journal.close();
        throw error;
      }
    }
    return journal;
  }

  stateOf(key: string): PriorState {
    return this.states.get(key) ?? 'new';
  }

  /** Whether the line that decided this key's state names where the request went. */
  isDestinationRecorded(key: string): boolean {
    return !this.undestined.has(key);
  }

  append(given: JournalEntry): void {
    // The destination next to the key, ahead of the answer's texts.
    const { type, at, key, ...rest } = given;
    const where = this.destination === undefined ? {} : { destination: this.destination };
    const placed = { type, at, key, ...where, ...rest };
    // Cut only once scrubbed, so no part of a secret is left where the cut falls.
    const text = (name: string, value: string): string =>
      IDENTITY_FIELDS.has(name) ? this.scrub(value) : clipText(this.scrub(value));
    const entry = Object.fromEntries(Object.entries(placed)
      .map(([name, value]) => [name, typeof value === 'string' ? text(name, value) : value])) as JournalEntry;
    if (this.path === undefined) return this.record(entry);
    if (this.failure !== undefined) throw this.failure;
    try {
      this.fd ??= openToAppend(this.path, this.writeLine);
      this.writeLine(this.fd, `${JSON.stringify(entry)}\n`);
    } catch (error) {
      this.failure = new JournalWriteError(this.path, error);
      throw this.failure;
    }
    this.record(entry);
  }

  /** The write that failed, if one did: the run names the file and says what to do. */
  /** Whether outcomes go to a file a rerun reads (false with --no-journal). */
  get isKept(): boolean {
    return this.path !== undefined;
  }

  get writeFailure(): JournalWriteError | undefined {
    return this.failure;
  }

  /** Closes the file and releases the lock; again, it does nothing. It throws nothing. */
  close(): void {
    try {
      if (this.fd !== undefined) closeSync(this.fd);
    } catch {
      // Every line was forced to disk as it was written: a failing close loses none of them.
    } finally {
      this.fd = undefined;
      const release = this.release;
      this.release = undefined;
      if (release !== undefined) this.lockEnd = release();
    }
  }

  /** The lock close() could not delete, if so: the run names it and says what to do. */
  get lockLeft(): LockLeft | undefined {
    return this.lockEnd?.kind === 'left' ? this.lockEnd : undefined;
  }

  /** The lock close() found gone or replaced: another run may have sent alongside this one. */
  get lockLost(): LockLost | undefined {
    return this.lockEnd?.kind === 'lost' ? this.lockEnd : undefined;
  }

  private replay(line: string): void {
    if (line.trim() === '') return;
    try {
      this.record(JSON.parse(line) as JournalEntry);
    } catch {
      // A line cut short by a crash mid-write: the entry it began was never complete.
    }
  }

  private record(entry: JournalEntry & { destination?: unknown }): void {
    if (!isJournalEntry(entry)) return;
    if (entry.destination !== undefined && entry.destination !== this.destination) return;
    // Once a body has gone through, a later --resend of it does not undo that.
    if (this.states.get(entry.key) === 'succeeded') return;
    // A line of another kind or with an unknown result is not ours: it changes nothing.
    const state = entry.type === 'attempt' ? 'unresolved'
      : entry.type === 'outcome' ? STATE_AFTER.get(entry.result) : undefined;
    if (state === undefined) return;
    this.states.set(entry.key, state);
    if (entry.destination === undefined) this.undestined.add(entry.key);
    else this.undestined.delete(entry.key);
  }
}

/** The journal opened to append, a line an earlier failed write cut short ended first. */
function openToAppend(path: string, writeLine: WriteLine): number {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a+', 0o600);
  try {
    const { size } = fstatSync(fd);
    const last = Buffer.alloc(1);
    const isLineCut = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
    if (isLineCut) writeLine(fd, '\n');
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** Whether a parsed line has a journal entry's shape: a key, and the type of one of ours. */
export function isJournalEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { key, type } = value as { key?: unknown; type?: unknown };
  return typeof key === 'string' && (type === 'attempt' || type === 'outcome');
}

/**
 * The start of a line longer than MAX_LINE_BYTES, made whole. Only an older version's outcome
 * line with a whole error answer in it gets so long, and the fields that decide a body's state
 * (type, key, destination, result, status, code) all come before its message: the line is read
 * as ending there. In JSON text a quote inside a string is always escaped, so ',"message":"'
 * cannot occur inside an earlier value. Anything else is returned as cut, and ignored as a line
 * a crash cut short would be.
 */
function salvageLine(start: string): string {
  const end = start.indexOf(',"message":"');
  return end === -1 ? start : `${start.slice(0, end)}}`;
}
