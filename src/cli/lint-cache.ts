// --cache, as users of eslint know it: a file whose bytes are the same as in an earlier run with
// the same settings is not parsed or linted again, and what that run reported for it is reported
// once more. Content decides: entries hold a hash of the bytes, so a fresh CI checkout (every
// mtime new) still finds its entries. A stamp of what stat says spares reading a file that has
// not been touched at all since a run saw it (see stampOf).
import { hash } from 'node:crypto';
import {
  closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync,
  statSync, writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { SkippedRecord } from '../input/body-record.js';
import type { LintResult } from '../lint/types.js';
import { UsageError } from '../lint/usage-error.js';
import type { InputFailure } from '../reporters/reporter.js';
import { DEFAULT_CACHE_FILE } from './args.js';
import { lintInput, SMALL_FILE, type InputHandlers, type InputSpec } from './lint-inputs.js';
import { readIfSmall } from './read-regular-file.js';

/** What one input produced, in order, so that replaying it calls the handlers as linting did. */
export type CachedEvent =
  | { kind: 'result'; result: LintResult }
  | { kind: 'failure'; failure: InputFailure }
  | { kind: 'skipped'; file: string; record: SkippedRecord };

/**
 * A file's entry: the digest of its bytes and of how it was read (name, format, endpoint), and
 * the index of its events in the cache's list of distinct event lists. Events are stored without
 * the input's name, so that every clean body of a folder shares one list: 10,000 clean bodies
 * make one list, not 10,000 (the cache stays small, and loads and saves fast).
 */
type Entry = [digest: string, events: number, stamp?: string];

interface StoredList {
  text: string;
  events?: CachedEvent[];
}

// The file starts with this, so that a file which is not a cache is told apart from a damaged
// cache: the first is refused (it may be someone's work), the second rebuilt.
const MAGIC = '{"genesys-call-lint-cache":2,';

export interface CacheNotes {
  /** A note for standard error (the cache was damaged, or could not be saved). */
  note(text: string): void;
}

export class LintCache {
  private readonly visited = new Set<string>();
  /** Distinct event lists, as JSON text and (once loaded or replayed) as events. */
  private readonly lists: StoredList[];
  private readonly listIndex = new Map<string, number>();
  /** Whether saving would change the file: an entry was added, replaced or dropped. */
  private isChanged: boolean;
  /** When this run began (ms): files changed shortly before it get no stamp (see stampOf). */
  private readonly startedAt: number;

  private constructor(
    readonly file: string,
    private readonly settings: string,
    private readonly entries: Map<string, Entry>,
    lists: StoredList[],
    startedAt: number,
  ) {
    this.startedAt = startedAt;
    this.lists = lists;
    lists.forEach(({ text }, index) => this.listIndex.set(text, index));
    this.isChanged = entries.size === 0;
  }

  /**
   * Opens the cache at `location` (a file, or a folder to keep DEFAULT_CACHE_FILE in) for runs
   * with these settings. Entries written under other settings are dropped. Throws a UsageError
   * when something that is not a cache is there, so it is never overwritten.
   */
  static open(location: string, cwd: string, settings: string, notes: CacheNotes, startedAt = Date.now()):
    LintCache {
    const file = cacheFilePath(location, cwd);
    const text = readCacheText(file);
    const empty = (): LintCache => new LintCache(file, settings, new Map(), [], startedAt);
    if (text === undefined || text === '') return empty();
    if (!text.startsWith(MAGIC)) {
      // An older cache of ours starts like this one but with another number: rebuilt, not refused.
      if (text.startsWith('{"genesys-call-lint-cache":')) return empty();
      throw new UsageError(`--cache-location ${file} is a file that is not a genesys-call-lint cache`,
        'Choose another --cache-location, or delete that file if it is not needed.');
    }
    const data = parseCache(text);
    if (data === undefined) {
      notes.note(`genesys-call-lint: ${file}: the cache is damaged; every file is linted again\n`);
      return empty();
    }
    return data.settings === settings ? new LintCache(file, settings, data.entries, data.lists, startedAt)
      : empty();
  }

  /**
   * Lints one input, or replays what the cache holds for it. Only files read whole are cached
   * (up to 1 MB, the bodies and fixtures the cache is for); stdin and big logs are linted as usual.
   */
  async lintInput(spec: InputSpec, handlers: InputHandlers): Promise<void> {
    if (spec.path === undefined) return lintInput(spec, handlers);
    const limit = Math.min(SMALL_FILE, spec.maxBytes ?? SMALL_FILE);
    const entry = this.entries.get(spec.path);
    // Stat before reading: a change after this point gives the file a newer ctime than the stamp.
    const stamp = stampOf(spec, limit, this.startedAt);
    if (entry !== undefined && stamp !== undefined && entry[2] === stamp) {
      this.visited.add(spec.path);
      return this.replayList(entry[1], spec.name, handlers);
    }
    const bytes = spec.bytes ?? readIfSmall(spec.path, limit);
    if (bytes === undefined) return lintInput(spec, handlers);
    const digest = digestOf(spec, bytes);
    this.visited.add(spec.path);
    if (entry !== undefined && entry[0] === digest && this.lists[entry[1]] !== undefined) {
      // Same bytes under a new stamp (a fresh checkout): the stamp is noted for the next run.
      if (stamp !== undefined) {
        this.entries.set(spec.path, [digest, entry[1], stamp]);
        this.isChanged = true;
      }
      return this.replayList(entry[1], spec.name, handlers);
    }
    const events: CachedEvent[] = [];
    await lintInput({ ...spec, bytes }, {
      lintOptions: handlers.lintOptions,
      onResult: (result) => {
        events.push({ kind: 'result', result });
        return handlers.onResult(result);
      },
      onFailure: (failure) => {
        events.push({ kind: 'failure', failure });
        handlers.onFailure(failure);
      },
      onSkipped: (file, record) => {
        events.push({ kind: 'skipped', file, record });
        handlers.onSkipped(file, record);
      },
    });
    this.isChanged = true;
    const text = anonymous(events, spec.name);
    if (text === undefined) {
      this.entries.delete(spec.path);
      return;
    }
    let index = this.listIndex.get(text);
    if (index === undefined) {
      index = this.lists.push({ text }) - 1;
      this.listIndex.set(text, index);
    }
    this.entries.set(spec.path, stamp === undefined ? [digest, index] : [digest, index, stamp]);
  }

  private replayList(index: number, name: string, handlers: InputHandlers): Promise<void> {
    const list = this.lists[index]!;
    list.events ??= JSON.parse(list.text) as CachedEvent[];
    return replay(list.events, name, handlers);
  }

  /**
   * Writes the cache when this run changed it: this run's entries, and earlier entries for files
   * not linted this time (another shard's, or a folder not named) while those files still exist.
   * Returns false, after a note, when it could not be written; the run's result stands either way.
   */
  save(notes: CacheNotes): boolean {
    for (const path of this.entries.keys()) {
      if (!this.visited.has(path) && !exists(path)) {
        this.entries.delete(path);
        this.isChanged = true;
      }
    }
    if (!this.isChanged) return true;
    // Only the lists some entry still uses are kept, renumbered.
    const kept = new Map<number, number>();
    const lists: string[] = [];
    const entries: Record<string, Entry> = {};
    for (const [path, [digest, index, stamp]] of this.entries) {
      let renumbered = kept.get(index);
      if (renumbered === undefined) {
        renumbered = lists.push(this.lists[index]!.text) - 1;
        kept.set(index, renumbered);
      }
      entries[path] = stamp === undefined ? [digest, renumbered] : [digest, renumbered, stamp];
    }
    const text = `${MAGIC}"settings":${JSON.stringify(this.settings)},` +
      `"lists":[${lists.join(',')}],"entries":${JSON.stringify(entries)}}`;
    // Beside the target, then renamed over it: a reader (another run) sees the old cache or the
    // new one, never half of each.
    const temporary = join(dirname(this.file), `.${basename(this.file)}.${process.pid}.tmp`);
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(temporary, text, { flag: 'wx', mode: 0o644 });
      renameSync(temporary, this.file);
      return true;
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // It was never made (the folder could not be); nothing to clean.
      }
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      notes.note(`genesys-call-lint: ${this.file}: the cache could not be written (${code}); the next ` +
        'run lints every file again\n');
      return false;
    }
  }
}

/** The settings that change what linting reports, as one string stored with the cache. */
export function cacheSettings(parts: { version: string; build: string; rules: object;
  country: string | undefined }): string {
  const rules = Object.entries(parts.rules).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({ version: parts.version, build: parts.build, rules, country: parts.country ?? null });
}

/**
 * Identifies the code that linted: the hash npm run build records for the bundle. Without it (a
 * build that skipped the bundle), every run starts a new cache rather than trusting old results.
 */
export function buildId(): string {
  try {
    return readFileSync(new URL('../build-id.txt', import.meta.url), 'utf8').trim();
  } catch {
    return `unknown-${Date.now()}-${process.pid}`;
  }
}

// A file changed this close to a run's start may change again within the file system's time
// resolution (up to 2 s on FAT) without its times showing it; such a file gets no stamp.
const RACY_MS = 2000;

/**
 * What stat says about the file, with how it is read, hashed: when a later run finds the same
 * stamp, the bytes are the ones hashed then, and the file is not even opened (as git trusts its
 * index). ctime cannot be set by programs, so a file rewritten with its old mtime still differs.
 * Undefined for files too new to trust, too big to cache, or not regular files.
 */
function stampOf(spec: InputSpec, limit: number, startedAt: number): string | undefined {
  let stats;
  try {
    stats = statSync(spec.path!);
  } catch {
    return undefined;
  }
  if (!stats.isFile() || stats.size > limit) return undefined;
  if (stats.ctimeMs > startedAt - RACY_MS || stats.mtimeMs > startedAt - RACY_MS) return undefined;
  const how = JSON.stringify([spec.name, spec.format ?? null, spec.endpoint ?? null, stats.dev, stats.ino,
    stats.size, stats.mtimeMs, stats.ctimeMs]);
  return hash('sha1', how, 'base64');
}

/** One digest for the bytes and for how they are read: a change of either is a miss. */
function digestOf(spec: InputSpec, bytes: Uint8Array): string {
  const how = JSON.stringify([spec.name, spec.format ?? null, spec.endpoint ?? null]);
  return hash('sha1', Buffer.concat([Buffer.from(`${how}\n`), bytes]), 'base64');
}

/**
 * The events as JSON with the input's name left out (put back by replay), or undefined when an
 * event names some other file, which replay could not restore; such an input is not cached.
 */
function anonymous(events: readonly CachedEvent[], name: string): string | undefined {
  const stripped: unknown[] = [];
  for (const event of events) {
    if (event.kind === 'result') {
      if (event.result.filePath !== name) return undefined;
      const { filePath: _filePath, ...result } = event.result;
      stripped.push({ kind: 'result', result });
    } else if (event.kind === 'failure') {
      if (event.failure.file !== name) return undefined;
      const { file: _file, ...failure } = event.failure;
      stripped.push({ kind: 'failure', failure });
    } else {
      if (event.file !== name) return undefined;
      stripped.push({ kind: 'skipped', record: event.record });
    }
  }
  return JSON.stringify(stripped);
}

/** Calls the handlers as linting did, with the input's name put back into every event. */
async function replay(events: readonly CachedEvent[], name: string, handlers: InputHandlers): Promise<void> {
  for (const event of events) {
    if (event.kind === 'result') await handlers.onResult({ ...event.result, filePath: name });
    else if (event.kind === 'failure') handlers.onFailure({ ...event.failure, file: name });
    else handlers.onSkipped(name, event.record);
  }
}

/** The cache's content, or undefined when it does not have the shape this version writes. */
function parseCache(text: string): { settings: string; lists: StoredList[]; entries: Map<string, Entry> } |
  undefined {
  let data: { settings?: unknown; lists?: unknown; entries?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return undefined;
  }
  const { settings, lists, entries } = data;
  if (typeof settings !== 'string' || !Array.isArray(lists) || typeof entries !== 'object' || entries === null) {
    return undefined;
  }
  if (!lists.every((list) => Array.isArray(list))) return undefined;
  const map = new Map<string, Entry>();
  for (const [path, entry] of Object.entries(entries as Record<string, unknown>)) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Number.isInteger(entry[1]) ||
      entry[1] < 0 || entry[1] >= lists.length) return undefined;
    if (entry[2] !== undefined && typeof entry[2] !== 'string') return undefined;
    map.set(path, entry[2] === undefined ? [entry[0], entry[1] as number] : [entry[0], entry[1] as number, entry[2]]);
  }
  // The text too: a list this run makes again is found by its text, and saved as it is.
  return { settings, lists: lists.map((list) => ({ text: JSON.stringify(list), events: list as CachedEvent[] })),
    entries: map };
}

/** The file itself, or DEFAULT_CACHE_FILE inside a folder (an existing one, or a path ending in /). */
function cacheFilePath(location: string, cwd: string): string {
  // Read before resolve(), which drops a trailing slash.
  const isFolder = /[\\/]$/.test(location);
  const path = isFolder ? join(resolve(cwd, location), DEFAULT_CACHE_FILE) : resolve(cwd, location);
  try {
    if (statSync(path).isDirectory()) return join(path, DEFAULT_CACHE_FILE);
    // Through a symbolic link, so that saving replaces the file it points at, not the link.
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The cache's text, or undefined when there is none yet. */
function readCacheText(file: string): string | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO put there must not stall the run.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    // Nothing there (ENOTDIR: a file stands where a folder of the path should): no cache yet;
    // saving says why it cannot make one.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw cacheUnreadable(file, error);
  }
  try {
    if (!fstatSync(fd).isFile()) {
      throw new UsageError(`--cache-location ${file} is not a regular file`,
        'Point --cache-location at a file, or at a folder to keep the cache in.');
    }
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw cacheUnreadable(file, error);
  } finally {
    closeSync(fd);
  }
}

function cacheUnreadable(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new UsageError(`the cache ${file} cannot be read (${code})`,
    'Check its permissions, or choose another --cache-location.');
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
