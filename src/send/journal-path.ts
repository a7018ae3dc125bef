// Where --journal may point, checked before anything is read, logged into or sent: lines were
// appended to an input body (--journal call.json), a folder failed with EISDIR and a stack
// trace, and a file that could not be written failed only after the login.
import {
  accessSync, closeSync, constants, openSync, readSync, realpathSync, statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../lint/usage-error.js';
import { fileIdentity } from '../cli/where-written.js';
import { isJournalEntry } from './journal.js';

const AS_INPUT = 'the send journal (--journal)';

/**
 * The journal's path (absolute), once it is known not to be a folder or another non-file, and
 * to be readable and writable (or creatable); shown: as the user wrote it.
 */
export function checkJournalPath(path: string, shown: string): string {
  refuseOddName(shown);
  const stats = statOf(path);
  if (stats?.isDirectory()) {
    throw new UsageError(`--journal ${shown} is a folder`,
      `Name a file, e.g. --journal ${shown.replace(/[/\\]+$/, '')}/send-journal.ndjson.`);
  }
  // x/ means a folder to the user, and a file named x to mkdir and open.
  if (stats === undefined && /[/\\]$/.test(shown)) {
    throw new UsageError(`--journal ${shown} names a folder, which does not exist`,
      `Name a file, e.g. --journal ${shown.replace(/[/\\]+$/, '')}/send-journal.ndjson.`);
  }
  if (stats !== undefined && !stats.isFile()) {
    throw new UsageError(`--journal ${shown} is not a regular file (a FIFO, socket or device)`,
      'Name a file the journal can be kept in, or use --no-journal to keep none.');
  }
  if (stats !== undefined) {
    refuseUnless(canAccess(path, constants.R_OK | constants.W_OK), shown, 'read and written');
    return path;
  }
  // Not there yet: it is made, with the folders above it, from the closest thing that exists.
  const above = nearestExisting(path);
  const reason = statOf(above)?.isDirectory()
    ? canAccess(above, constants.W_OK | constants.X_OK) : 'ENOTDIR';
  refuseUnless(reason === undefined ? undefined : `${reason} at ${above}`, shown, 'created');
  return path;
}

/**
 * The journal as a file this run writes, for the input planner (see collectInputs): named as an
 * input it is refused, found in a folder or by a glob it is left out.
 */
export function journalDestinations(path: string): Map<string, string> {
  const destinations = new Map<string, string>();
  try {
    destinations.set(realpathSync(path), AS_INPUT);
  } catch {
    return destinations; // not there yet: then it is no input either
  }
  const identity = fileIdentity(path, true);
  if (identity !== undefined) destinations.set(identity, AS_INPUT);
  return destinations;
}

/** A blank name or "-" made a file of that name: neither is what was meant. */
function refuseOddName(shown: string): void {
  const hint = 'Name a file, e.g. --journal send-journal.ndjson, or use --no-journal to keep none.';
  if (shown.trim() === '') throw new UsageError(`--journal "${shown}" is a blank name`, hint);
  if (shown === '-') {
    throw new UsageError('--journal - would be a file named "-": the journal cannot go to stdout', hint);
  }
}

/** Undefined when access is granted, else the error code. */
function canAccess(path: string, mode: number): string | undefined {
  try {
    accessSync(path, mode);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'an error';
  }
}

function refuseUnless(reason: string | undefined, shown: string, what: string): void {
  if (reason === undefined) return;
  throw new UsageError(`--journal ${shown} cannot be ${what} (${reason})`,
    'Check the permissions, name another file with --journal, or use --no-journal to keep none.');
}

function statOf(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** What exists closest above a path that does not (mkdir -p starts there; a file stops it). */
function nearestExisting(path: string): string {
  const parent = dirname(path);
  return parent === path || statOf(parent) !== undefined ? parent : nearestExisting(parent);
}

const HEAD_BYTES = 64 * 1024;

/**
 * A file that is there and not empty must be a journal: one line of it is enough to tell. Else a
 * typo (--journal payloads/call.json) would append to a body, and the body, as the journal, would
 * be left out of the inputs without a word. Only the first line is read: a crash can cut the last
 * line of a journal, never its first. Checked once the inputs are planned, so that a journal
 * named as an input is told so, which says more.
 */
export function refuseOtherFile(path: string, shown: string): void {
  const head = Buffer.alloc(HEAD_BYTES);
  let length = 0;
  try {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      length = readSync(fd, head, 0, HEAD_BYTES, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return; // the journal's own reading reports what is wrong
  }
  const text = head.subarray(0, length).toString('utf8');
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  if (first === '' || isJournalLine(first)) return;
  throw new UsageError(`--journal ${shown} is a file that is not a send journal`,
    'Name another file with --journal, or delete that file if it is not needed.');
}

function isJournalLine(line: string): boolean {
  try {
    return isJournalEntry(JSON.parse(line));
  } catch {
    return false;
  }
}
