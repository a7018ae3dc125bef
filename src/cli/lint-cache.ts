// --cache, as users of eslint know it: a file whose bytes are the same as in an earlier run with
// the same settings is not parsed or linted again, and what that run reported for it is reported
// once more. Content decides: entries hold a hash of the bytes, so a fresh CI checkout (every
// mtime new) still finds its entries. With the metadata strategy (the default), a stamp of what
// stat says spares opening a file that has not been touched since a run read it (see stampOf).
// Entries are keyed by the file's real path relative to the working folder (see keyOf), so a
// cache restored into a checkout at another path still applies, and a file reached through a
// linked folder shares its entry under whatever name it is given.
import { createHash, hash } from 'node:crypto';
import { closeSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SkippedRecord } from '../input/body-record.js';
import { extensionOf } from '../input/detect-format.js';
import { escapeName } from '../lint/escape-control.js';
import type { LintResult } from '../lint/types.js';
import type { InputFailure } from '../reporters/reporter.js';
import {
  cacheFilePath, readCache, tooBigNote, writeCache, type CacheContent, type Entry,
} from './cache-file.js';
import type { LockHooks } from './cache-lock.js';
import { realPathOf } from './collect-inputs.js';
import { toPosix, type LoadedConfig } from './config.js';
import type { NotABody } from '../input/not-a-body.js';
import { lintInput, SMALL_FILE, type InputHandlers, type InputSpec } from './lint-inputs.js';
import { openIfSmall, readOpened } from './read-regular-file.js';

/** What one input produced, in order, so that replaying it calls the handlers as linting did. */
export type CachedEvent =
  | { kind: 'result'; result: LintResult }
  | { kind: 'failure'; failure: InputFailure }
  | { kind: 'skipped'; file: string; record: SkippedRecord }
  | { kind: 'not-body'; file: string; what: NotABody };

/** metadata: unchanged stat stamps are trusted; content: every file is read and hashed. */
export type CacheStrategy = 'metadata' | 'content';

export interface CacheNotes {
  /** A note for standard error (the cache was damaged, or could not be saved). */
  note(text: string): void;
}

// A "." or ".." segment, or an empty one: relative() would normalise these away.
const UNNORMALISED = sep === '/' ? /\/\.{0,2}(\/|$)/ : /[\\/]\.{0,2}([\\/]|$)/;

export class LintCache {
  private readonly visited = new Set<string>();
  /** Entries of files that no longer exist, dropped by save (and not taken back from disk). */
  private readonly dropped = new Set<string>();
  /**
   * Distinct event lists, as JSON text without the input's name (see anonymous), parsed when
   * first replayed. Every clean body of a folder shares one list: 10,000 clean bodies make one
   * list, not 10,000, so the cache stays small and loads and saves fast.
   */
  private readonly lists: Array<{ text: string; events?: CachedEvent[] }>;
  private readonly listIndex = new Map<string, number>();
  /** Whether saving would change the file: an entry was added, replaced or dropped. */
  private isChanged: boolean;

  private constructor(
    readonly file: string,
    /** The working folder, which entry keys are relative to (see keyOf). */
    private readonly cwd: string,
    /** The working folder's real path, which real paths' keys are relative to. */
    private readonly realCwd: string,
    private readonly settings: string,
    private readonly entries: Map<string, Entry>,
    lists: readonly string[],
    private readonly options: {
      strategy: CacheStrategy; startedAt: number; isChanged: boolean; isKept: boolean;
      lockHooks?: LockHooks;
    },
  ) {
    this.lists = lists.map((text) => ({ text }));
    lists.forEach((text, index) => this.listIndex.set(text, index));
    this.isChanged = options.isChanged;
  }

  /**
   * Opens the cache at `location` (a file, or a folder to keep the default file in) for runs with
   * these settings. Entries written under other settings are dropped. Throws a UsageError when
   * something that is not a cache is there, so that it is never overwritten.
   */
  static open(location: string, cwd: string, settings: string, notes: CacheNotes,
    options: { strategy?: CacheStrategy; startedAt?: number; lockHooks?: LockHooks } = {},
  ): LintCache {
    const file = cacheFilePath(location, cwd);
    const read = readCache(file);
    if (read.kind === 'damaged') {
      notes.note(`genesys-call-lint: ${escapeName(file)}: the cache is damaged; every file is ` +
        'linted again\n');
    }
    if (read.kind === 'too-big') notes.note(tooBigNote(file, read.size));
    const isUsable = read.kind === 'ours' && read.content.settings === settings;
    const content = isUsable ? read.content : { entries: new Map<string, Entry>(), lists: [] };
    return new LintCache(file, cwd, realPathOf(cwd), settings, content.entries, content.lists, {
      strategy: options.strategy ?? 'metadata',
      startedAt: options.startedAt ?? Date.now(),
      // A damaged cache is replaced even by a run that adds nothing; one made under other settings
      // (or by another version) only by a run that has entries of its own to store, so that a
      // one-off run (--rule x:off on stdin) does not throw away a CI job's cache.
      isChanged: read.kind === 'damaged',
      // Too big to be what this tool wrote for real inputs: the user decides what it is.
      isKept: read.kind === 'too-big',
      ...(options.lockHooks === undefined ? {} : { lockHooks: options.lockHooks }),
    });
  }

  /**
   * Lints one input, or replays what the cache holds for it. Only files read whole are cached
   * (up to 1 MB, the bodies and fixtures the cache is for); stdin and big logs are linted as usual.
   */
  async lintInput(spec: InputSpec, handlers: InputHandlers): Promise<void> {
    if (spec.path === undefined) return lintInput(spec, handlers);
    const limit = Math.min(SMALL_FILE, spec.maxBytes ?? SMALL_FILE);
    const key = spec.realPath === undefined ? keyOf(this.cwd, spec.path)
      : keyOf(this.realCwd, spec.realPath);
    const entry = this.entries.get(key);
    const isMetadata = this.options.strategy === 'metadata';
    // A stat of the path suffices to find the file untouched since its stamp was taken (it is
    // the file that was read then); opening it too would double the cost of a warm run.
    if (entry?.[2] !== undefined && isMetadata) {
      const stats = statSync(spec.path, { throwIfNoEntry: false });
      if (stats?.isFile() && stats.size <= limit && stampOf(spec, stats, this.options.startedAt) === entry[2]) {
        this.visited.add(key);
        return this.replayList(entry[1], spec.name, handlers);
      }
    }
    // A stamp to store comes from the descriptor the bytes are read from: a stat of the path,
    // then an open of it, could see two files when a link or folder is swapped in between.
    const opened = openIfSmall(spec.path, limit);
    if (opened === undefined) return lintInput(spec, handlers);
    const stamp = isMetadata ? stampOf(spec, opened.stats, this.options.startedAt) : undefined;
    let bytes: Uint8Array | undefined;
    try {
      bytes = readOpened(opened);
    } catch {
      // An I/O error: the ordinary read below reports it.
    } finally {
      closeSync(opened.fd);
    }
    if (bytes === undefined) return lintInput(spec, handlers);
    const digest = digestOf(spec, bytes);
    this.visited.add(key);
    if (entry !== undefined && entry[0] === digest) {
      // Same bytes under a new stamp (a fresh checkout): the stamp is kept for the next run.
      if (stamp !== entry[2]) {
        this.entries.set(key, stamp === undefined ? [digest, entry[1]] : [digest, entry[1], stamp]);
        this.isChanged = true;
      }
      return this.replayList(entry[1], spec.name, handlers);
    }
    const events = await recordLint({ ...spec, bytes }, handlers);
    this.isChanged = true;
    const text = anonymous(events, spec.name);
    if (text === undefined) {
      this.entries.delete(key);
      return;
    }
    this.entries.set(key, stamp === undefined ? [digest, this.listFor(text)] : [digest, this.listFor(text), stamp]);
  }

  /**
   * Writes the cache when this run changed it: this run's entries, earlier entries for files not
   * linted this time (another shard's, a folder not named) while those files exist, and entries
   * another run saved meanwhile (shards running side by side share a cache). Returns false, after
   * a note, when it could not be written; the run's result stands either way.
   */
  save(notes: CacheNotes): boolean {
    if (this.options.isKept) return true;
    for (const key of this.entries.keys()) {
      if (!this.visited.has(key) && !exists(resolve(this.cwd, key))) {
        this.entries.delete(key);
        this.dropped.add(key);
        this.isChanged = true;
      }
    }
    if (!this.isChanged) return true;
    try {
      writeCache(this.file, () => this.contentToSave(), notes, this.options.lockHooks);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      notes.note(`genesys-call-lint: ${escapeName(this.file)}: the cache could not be written ` +
        `(${code}); the next run lints every file again\n`);
      return false;
    }
  }

  private contentToSave(): CacheContent {
    const entries = new Map<string, Entry>();
    const lists: string[] = [];
    const renumbered = new Map<string, number>();
    const add = (path: string, [digest, , stamp]: Entry, text: string): void => {
      let index = renumbered.get(text);
      if (index === undefined) {
        index = lists.push(text) - 1;
        renumbered.set(text, index);
      }
      entries.set(path, stamp === undefined ? [digest, index] : [digest, index, stamp]);
    };
    for (const [path, entry] of this.entries) add(path, entry, this.lists[entry[1]]!.text);
    // What another run saved since this one read the cache: its entries for files this run did
    // not lint. Read again under the cache's lock (see writeCache), so no run saves in between.
    try {
      const now = readCache(this.file);
      if (now.kind === 'ours' && now.content.settings === this.settings) {
        for (const [path, entry] of now.content.entries) {
          if (!this.visited.has(path) && !this.entries.has(path) && !this.dropped.has(path)) {
            add(path, entry, now.content.lists[entry[1]]!);
          }
        }
      }
    } catch {
      // Replaced by something else meanwhile: this run's entries are written all the same.
    }
    return { settings: this.settings, lists, entries };
  }

  private listFor(text: string): number {
    let index = this.listIndex.get(text);
    if (index === undefined) {
      index = this.lists.push({ text }) - 1;
      this.listIndex.set(text, index);
    }
    return index;
  }

  private replayList(index: number, name: string, handlers: InputHandlers): Promise<void> {
    const list = this.lists[index]!;
    list.events ??= JSON.parse(list.text) as CachedEvent[];
    return replay(list.events, name, handlers);
  }
}

/**
 * The entry key of a file: its path from the working folder, with / as separator. Relative to
 * the working folder rather than to the cache file, so that a checkout that moved with its cache,
 * or away from one kept outside it, still finds its entries. Given the file's real path (and the
 * folder's), as the CLI does: a file reached as real/a.json and through a linked folder as
 * link/a.json is one file with one entry, replayed under the name the run gives it (see replay).
 */
function keyOf(folder: string, path: string): string {
  // relative() resolves both paths on every call, ~4 µs a file, which a warm run over 10,000
  // files felt (~40 ms); a normalised path inside the working folder needs only its prefix cut.
  const prefix = folder.endsWith(sep) ? folder : `${folder}${sep}`;
  if (path.startsWith(prefix) && !UNNORMALISED.test(path.slice(prefix.length - 1))) {
    return toPosix(path.slice(prefix.length));
  }
  return toPosix(relative(folder, path));
}

/**
 * The settings that change what linting reports for every file (the flags' rules and country),
 * as one string stored with the cache; what each file's config sets goes into its entry.
 */
export function cacheSettings(parts: { version: string; build: string; rules: object;
  country: string | undefined }): string {
  const rules = sortedEntries(parts.rules);
  return JSON.stringify({ version: parts.version, build: parts.build, rules, country: parts.country ?? null });
}

/**
 * Names the code that lints when it is not the bundle (whose launcher hashes it): a hash of every
 * module beside this one, so that an edited install starts a new cache. Only --cache runs
 * without the bundle pay for it (about 100 files read).
 */
export function unbundledBuildId(): string {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const digest = createHash('sha256');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(c?js|json)$/.test(file) && !file.startsWith(`bundle${sep}`)).sort();
  for (const file of files) digest.update(`${file}\n`).update(readFileSync(join(root, file)));
  return `modules-${digest.digest('hex').slice(0, 32)}`;
}

// A file changed this close to a run's start may change again within the file system's time
// resolution (up to 2 s on FAT) without its times showing it; such a file gets no stamp.
const RACY_MS = 2000;

/**
 * What stat says about the file, with how it is read, hashed. Stored from fstat of the descriptor
 * the bytes were read from; when a later run's stat of the path gives the same stamp, the file is
 * the one hashed then, untouched, and is not even opened (as git trusts its index). ctime cannot be set by programs, so a file rewritten with its old mtime still differs.
 * Writes through a shared memory mapping can escape both times: --cache-strategy content is for
 * files written that way. Undefined for files changed too recently to trust.
 */
function stampOf(spec: InputSpec, stats: Stats, startedAt: number): string | undefined {
  if (stats.ctimeMs > startedAt - RACY_MS || stats.mtimeMs > startedAt - RACY_MS) return undefined;
  const how = JSON.stringify([...howRead(spec), stats.dev, stats.ino, stats.size, stats.mtimeMs,
    stats.ctimeMs]);
  return hash('sha1', how, 'base64');
}

/** One digest for the bytes and for how they are read: a change of either is a miss. */
function digestOf(spec: InputSpec, bytes: Uint8Array): string {
  const how = JSON.stringify(howRead(spec));
  return hash('sha1', Buffer.concat([Buffer.from(`${how}\n`), bytes]), 'base64');
}

/**
 * What, besides the bytes, decides what linting reports: the format (given, or detected from the
 * name's extension and the bytes), the endpoint (given, or mapped from the name by the config,
 * so the name decides it before it gets here) and the rules and country of the file's config
 * (each file has its own, the nearest; the flags' are the cache's settings). The rest of the
 * name only labels the results: linting sees it only as filePath, and no message about an input
 * quotes it, so replay can put another name back (see anonymous), and one file under two names
 * has one entry. The config is told by what it sets, not by its path, so a cache restored into a
 * checkout at another path still applies.
 */
function howRead(spec: InputSpec): Array<string | null> {
  return [extensionOf(spec.name), spec.format ?? null, spec.endpoint ?? null,
    spec.config === undefined ? null : configSettingsOf(spec.config)];
}

// One text per config, not per file: a run has a few configs and may have 10,000 files.
const configSettings = new WeakMap<LoadedConfig, string>();

/** A config's rules (in a stable order) and country, as text. */
function configSettingsOf(config: LoadedConfig): string {
  let text = configSettings.get(config);
  if (text === undefined) {
    text = JSON.stringify([sortedEntries(config.data.rules ?? {}),
      config.data.defaultCountry ?? null]);
    configSettings.set(config, text);
  }
  return text;
}

function sortedEntries(record: object): Array<[string, unknown]> {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Lints the input through the handlers, keeping what it produced. */
async function recordLint(spec: InputSpec, handlers: InputHandlers): Promise<CachedEvent[]> {
  const events: CachedEvent[] = [];
  await lintInput(spec, {
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
    ...(handlers.onNotBody === undefined ? {} : {
      onNotBody: (file: string, what: NotABody) => {
        events.push({ kind: 'not-body', file, what });
        handlers.onNotBody?.(file, what);
      },
    }),
  });
  return events;
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
      stripped.push(event.kind === 'skipped' ? { kind: 'skipped', record: event.record }
        : { kind: 'not-body', what: event.what });
    }
  }
  return JSON.stringify(stripped);
}

/** Calls the handlers as linting did, with the input's name put back into every event. */
async function replay(events: readonly CachedEvent[], name: string, handlers: InputHandlers): Promise<void> {
  for (const event of events) {
    if (event.kind === 'result') await handlers.onResult({ ...event.result, filePath: name });
    else if (event.kind === 'failure') handlers.onFailure({ ...event.failure, file: name });
    else if (event.kind === 'skipped') handlers.onSkipped(name, event.record);
    else handlers.onNotBody?.(name, event.what);
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
