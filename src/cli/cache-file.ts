// The --cache file on disk: where it is, reading and checking it, and writing it so that no
// reader ever sees half of it. What the entries mean is lint-cache.ts's business.
import {
  closeSync, constants, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { escapeName } from '../lint/escape-control.js';
import { UsageError } from '../lint/usage-error.js';
import { isPlainObject } from '../lint/walk-model.js';
import { isRuleId } from '../rules/rule-ids.js';
import { DEFAULT_CACHE_FILE } from './args.js';
import { withCacheLock, type LockHooks, type LockNotes } from './cache-lock.js';
import { describeSize } from './read-regular-file.js';
import { whereWritten } from './where-written.js';

/**
 * A file's entry: the digest of its bytes and of how it was read, the index of its events in the
 * cache's list of distinct event lists, and its stat stamp when it has one (lint-cache.ts).
 */
export type Entry = [digest: string, events: number, stamp?: string];

export interface CacheContent {
  settings: string;
  /** Distinct event lists as JSON text, each a valid list of events (see isEventList). */
  lists: string[];
  /** Keyed by each file's real path relative to the working folder, with / as separator. */
  entries: Map<string, Entry>;
}

export type CacheRead =
  | { kind: 'none' }
  | { kind: 'ours'; content: CacheContent }
  /** Written by another version of this tool: replaced without a word. */
  | { kind: 'other-version' }
  /** Starts like our cache but cannot be read as one: replaced, with a note. */
  | { kind: 'damaged' }
  /** Starts like a cache but is over MAX_CACHE_BYTES: not read, not replaced, noted. */
  | { kind: 'too-big'; size: number };

// A cache entry takes about 70 to 150 bytes (its path, a digest and a stamp); files with findings
// add a list of their own, of a few hundred bytes. 256 MB thus holds well over a million files,
// far more than any checkout has, and stays below what V8 can hold as one string (about 512 MB)
// and parse within a default heap. A bigger file is no cache this tool wrote for real inputs:
// it is left alone rather than read whole into memory.
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;

// The file starts with this, so that a file which is not a cache is told apart from a damaged
// cache: the first is refused (it may be someone's work), the second rebuilt. The version changes
// whenever entries change meaning, so that an older cache is rebuilt, never misread: 3 keyed
// entries by paths relative to the working folder, where 2 keyed them by absolute paths; 4 keys
// them by real paths, and its digests hold the name's extension rather than the whole name.
export const CACHE_FORMAT_VERSION = 4;
const MAGIC = `{"genesys-call-lint-cache":${CACHE_FORMAT_VERSION},`;
const ANY_VERSION = /^\{"genesys-call-lint-cache":\d+,/;

/** The file itself, or DEFAULT_CACHE_FILE inside a folder (an existing one, or a path ending in /). */
export function cacheFilePath(location: string, cwd: string): string {
  // Read before resolve(), which drops a trailing slash.
  const isFolder = /[\\/]$/.test(location);
  const path = isFolder ? join(resolve(cwd, location), DEFAULT_CACHE_FILE) : resolve(cwd, location);
  try {
    if (statSync(path).isDirectory()) return join(path, DEFAULT_CACHE_FILE);
  } catch {
    // Not there, or a dangling link: see below.
  }
  return whereWritten(path);
}

/** The cache at file: none yet, ours, or another version's or damaged (to replace). */
export function readCache(file: string): CacheRead {
  const read = readCacheText(file);
  if (read === undefined || read.text === '') return { kind: 'none' };
  const { text, size } = read;
  if (!text.startsWith(MAGIC)) {
    if (!ANY_VERSION.test(text)) {
      throw new UsageError(`--cache-location ${file} is a file that is not a genesys-call-lint cache`,
        'Choose another --cache-location, or delete that file if it is not needed.');
    }
    return size === undefined ? { kind: 'other-version' } : { kind: 'too-big', size };
  }
  if (size !== undefined) return { kind: 'too-big', size };
  const content = parseCache(text);
  return content === undefined ? { kind: 'damaged' } : { kind: 'ours', content };
}

/**
 * Writes the cache that `build` gives to a temporary file beside it, then renames it over the old
 * one. `build` runs under the cache's lock (cache-lock.ts), so that what it reads of the file on
 * disk is still there when the rename lands. `notes` hears of what keeps the lock from being made
 * that the user should remove.
 */
export function writeCache(file: string, build: () => CacheContent, notes: LockNotes,
  hooks?: LockHooks): void {
  makeFolder(dirname(file));
  withCacheLock(file, () => {
    const text = cacheText(build());
    hooks?.whileHeld?.();
    replaceFile(file, text);
  }, notes, hooks);
}

function replaceFile(file: string, text: string): void {
  // A random part as well as the pid: two containers sharing the folder can both be pid 1.
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let isMade = false;
  try {
    writeFileSync(temporary, text, { flag: 'wx', mode: 0o644 });
    isMade = true;
    renameSync(temporary, file);
  } catch (error) {
    // Only a file this run made: with "wx", one that was there already is someone else's.
    if (isMade) rmSync(temporary, { force: true });
    throw error;
  }
}

function cacheText(content: CacheContent): string {
  const entries: Record<string, Entry> = {};
  for (const [path, entry] of content.entries) entries[path] = entry;
  return `${MAGIC}"settings":${JSON.stringify(content.settings)},` +
    `"lists":[${content.lists.join(',')}],"entries":${JSON.stringify(entries)}}`;
}

function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    // mkdir says EEXIST when a file stands where a folder of the path should: name that.
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'EEXIST' ? Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }) : error;
  }
}

/**
 * The cache's text, or undefined when there is none yet. Over MAX_CACHE_BYTES, only its first
 * bytes (enough to tell a cache from someone's file), with its size.
 */
function readCacheText(file: string): { text: string; size?: number } | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO put there must not stall the run.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    // Nothing there (ENOTDIR: a file stands where a folder of the path should): no cache yet;
    // saving says why it cannot make one.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    // A socket cannot be opened at all (ENXIO): say what it is, not to check its permissions.
    if (code === 'ENXIO') throw notRegular(file);
    throw cacheUnreadable(file, error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notRegular(file);
    const bytes = readAtMost(fd, stats.size, MAX_CACHE_BYTES);
    if (bytes !== undefined) return { text: bytes.toString('utf8') };
    // Enough for MAGIC and for ANY_VERSION with a longer version number.
    const head = Buffer.alloc(64);
    const length = readSync(fd, head, 0, head.length, 0);
    return { text: head.subarray(0, length).toString('utf8'), size: stats.size };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw cacheUnreadable(file, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes from its start when there are at most `limit`, else undefined. Read in a loop
 * rather than by its size alone, which fstat gave before the read: it may have grown since.
 */
function readAtMost(fd: number, size: number, limit: number): Buffer | undefined {
  if (size > limit) return undefined;
  let buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return undefined;
      const bigger = Buffer.allocUnsafe(Math.min(length * 2, limit + 1));
      buffer.copy(bigger);
      buffer = bigger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, length);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
  }
}

function notRegular(file: string): UsageError {
  return new UsageError(`--cache-location ${file} is not a regular file`,
    'Point --cache-location at a file, or at a folder to keep the cache in.');
}

/** The note for a cache over MAX_CACHE_BYTES, one line. */
export function tooBigNote(file: string, size: number): string {
  return `genesys-call-lint: ${escapeName(file)}: the cache is ${describeSize(size)}, over the ` +
    `${describeSize(MAX_CACHE_BYTES)} a cache may have; it is neither read nor rewritten, so ` +
    'every file is linted. Delete that file to cache again.\n';
}

function cacheUnreadable(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new UsageError(`the cache ${file} cannot be read (${code})`, code === 'ELOOP'
    ? 'Its symbolic links form a loop: point --cache-location at a file or folder.'
    : 'Check its permissions, or choose another --cache-location.');
}

/**
 * The cache's content, or undefined when it does not have the shape this version writes. Every
 * event is checked: replaying a malformed one would break the report halfway through.
 */
function parseCache(text: string): CacheContent | undefined {
  let data: { settings?: unknown; lists?: unknown; entries?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return undefined;
  }
  const { settings, lists, entries } = data;
  if (typeof settings !== 'string' || !Array.isArray(lists) || !isPlainObject(entries)) return undefined;
  if (!lists.every(isEventList)) return undefined;
  const map = new Map<string, Entry>();
  for (const [path, entry] of Object.entries(entries)) {
    if (!Array.isArray(entry) || entry.length < 2 || entry.length > 3 || typeof entry[0] !== 'string' ||
      !Number.isInteger(entry[1]) || entry[1] < 0 || entry[1] >= lists.length) return undefined;
    if (entry.length === 3 && typeof entry[2] !== 'string') return undefined;
    map.set(path, entry as Entry);
  }
  return { settings, lists: lists.map((list) => JSON.stringify(list)), entries: map };
}

function isEventList(list: unknown): boolean {
  return Array.isArray(list) && list.every((event) => {
    if (!isPlainObject(event)) return false;
    if (event['kind'] === 'result') return isResult(event['result']);
    if (event['kind'] === 'failure') return isFailure(event['failure']);
    if (event['kind'] === 'not-body') return isNotABody(event['what']);
    return event['kind'] === 'skipped' && isSkipped(event['record']);
  });
}

function isNotABody(value: unknown): boolean {
  return isPlainObject(value) && typeof value['message'] === 'string' &&
    (value['reason'] === 'own-report' || value['reason'] === 'send-journal');
}

/** A LintResult as lint-cache.ts stores it (without filePath). */
function isResult(value: unknown): boolean {
  return isPlainObject(value) && typeof value['endpoint'] === 'string' && typeof value['model'] === 'string' &&
    isCount(value['errorCount']) && isCount(value['warningCount']) &&
    Array.isArray(value['findings']) && value['findings'].every(isFinding) &&
    Array.isArray(value['notices']) && value['notices'].every(isNotice) &&
    (value['omitted'] === undefined || (Array.isArray(value['omitted']) && value['omitted'].every(isOmitted))) &&
    (value['source'] === undefined || isSource(value['source']));
}

function isOmitted(value: unknown): boolean {
  return isPlainObject(value) && typeof value['ruleId'] === 'string' && isRuleId(value['ruleId']) &&
    isCount(value['errorCount']) && isCount(value['warningCount']);
}

function isFinding(value: unknown): boolean {
  return isPlainObject(value) && ['pointer', 'message', 'hint', 'docs'].every((k) => typeof value[k] === 'string') &&
    typeof value['ruleId'] === 'string' && isRuleId(value['ruleId']) &&
    (value['severity'] === 'error' || value['severity'] === 'warning') &&
    ['line', 'column', 'endLine', 'endColumn'].every((k) => isCount(value[k])) &&
    ['bodyLine', 'bodyColumn'].every((k) => value[k] === undefined || isCount(value[k])) &&
    (value['fix'] === undefined ||
      (isPlainObject(value['fix']) && typeof value['fix']['description'] === 'string' && Array.isArray(value['fix']['ops'])));
}

function isNotice(value: unknown): boolean {
  return isPlainObject(value) && ['deprecated-endpoint', 'endpoint-auto'].includes(value['kind'] as string) &&
    typeof value['message'] === 'string' &&
    ['error', 'info'].includes(value['severity'] as string);
}

function isFailure(value: unknown): boolean {
  return isPlainObject(value) && typeof value['message'] === 'string' && typeof value['hint'] === 'string';
}

function isSkipped(value: unknown): boolean {
  return isPlainObject(value) && isSource(value['source']) && typeof value['reason'] === 'string' &&
    typeof value['quiet'] === 'boolean';
}

function isSource(value: unknown): boolean {
  return isPlainObject(value) && isSourceFormat(value['format']) &&
    isCount(value['index']) && isCount(value['line']) &&
    ['method', 'url', 'item'].every((k) => value[k] === undefined || typeof value[k] === 'string');
}

const SOURCE_FORMATS = new Set(['ndjson', 'har', 'http', 'postman', 'logged-request']);

function isSourceFormat(value: unknown): boolean {
  return typeof value === 'string' && SOURCE_FORMATS.has(value);
}

function isCount(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0;
}

