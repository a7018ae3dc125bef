// Why a folder or glob named on the command line gave nothing to lint. It is an input failure
// (exit 2), as a path that names nothing is: a CI job whose inputs were all left out would
// otherwise pass while checking nothing. The message says what was found and what took it all.
import type { InputFailure } from '../reporters/reporter.js';

/** Why a file found in a folder or by a glob is not linted. */
export type LeftOutBy = 'ignores' | 'negation' | 'config' | 'written';

export interface LeftOut {
  /** What the input is: the subject of the message. */
  kind: 'folder' | 'glob';
  /** How many files the folder or glob gave before anything was left out. */
  found: number;
  /** How many of them each reason left out; they add up to `found`. */
  by: Readonly<Record<LeftOutBy, number>>;
  /** A folder's hidden entries, not listed: how many, and the first few by name. */
  hidden?: { count: number; first: readonly HiddenEntry[] };
}

export interface HiddenEntry {
  /** Relative to the folder named, with "/" between its parts. */
  name: string;
  isFolder: boolean;
  /** One of this tool's configuration files, read as configuration even when named. */
  isConfig: boolean;
}

const ALL_BY: Record<LeftOutBy, string> = {
  ignores: 'excluded by "ignores" in the config file',
  negation: 'excluded by a negated glob',
  config: 'configuration files of this tool, never linted as bodies',
  written: 'files this run writes (its report or its cache)',
};

const ONE_BY: Record<LeftOutBy, string> = {
  ignores: '"ignores" in the config file excludes',
  negation: 'a negated glob excludes',
  config: 'is a configuration file of this tool, never linted as a body',
  written: 'is a file this run writes (its report or its cache)',
};

/** The input failure for a folder or glob with nothing left to lint. */
export function nothingToLint(input: string, leftOut: LeftOut, noConfig: string): InputFailure {
  const { kind, found, by } = leftOut;
  if (found === 0 && leftOut.hidden !== undefined && leftOut.hidden.count > 0) {
    return onlyHidden(input, leftOut.hidden);
  }
  if (found === 0) return nothingFound(input, kind);
  const reasons = (Object.keys(by) as LeftOutBy[]).filter((reason) => by[reason] > 0);
  const subject = kind === 'folder' ? `the folder holds ${files(found)}`
    : `the glob matched ${files(found)}`;
  const only = reasons.length === 1 ? reasons[0]! : undefined;
  const message = only === undefined
    ? `${subject}, none left to lint: ` +
      reasons.map((reason) => `${by[reason]} ${part(reason, by[reason])}`).join(', ')
    : found === 1 ? `${subject}, which ${ONE_BY[only]}` : `${subject}, all ${ALL_BY[only]}`;
  // Beside another reason, a config file or one this run writes needs no hint: the other's brings
  // back the bodies. Between the two of them, naming the bodies is the hint.
  const undoable = reasons.filter((reason) => reason !== 'config' && reason !== 'written');
  const toUndo: LeftOutBy[] = only !== undefined ? reasons
    : undoable.length > 0 ? undoable : ['written'];
  return { file: input, message, hint: toUndo.map((reason) => hintFor(reason, noConfig)).join(' ') };
}

/** One reason among several, after its count: "2 excluded by a negated glob". */
function part(reason: LeftOutBy, count: number): string {
  if (reason === 'written') return count === 1 ? 'a file this run writes' : 'files this run writes';
  if (reason !== 'config') return ALL_BY[reason];
  return count === 1 ? 'a configuration file of this tool' : 'configuration files of this tool';
}

function hintFor(reason: LeftOutBy, noConfig: string): string {
  switch (reason) {
    case 'ignores': return `Narrow the config's "ignores", or ${noConfig} to lint them.`;
    case 'negation':
      return 'Leave out the negated glob ("!...") that excludes them, or name other files.';
    case 'config': return 'Name the folder or files that hold the request bodies.';
    case 'written':
      return 'Name the folder or files that hold the request bodies, or write the report elsewhere.';
  }
}

const NO_FILES = 'the folder holds no .json, .ndjson, .jsonl, .har or .http files to lint';

/**
 * A folder whose only bodies (or folders) are hidden: "holds no files" alone sent the user
 * looking for a mistyped path, when the files are there and left out by their leading dot.
 */
function onlyHidden(input: string, hidden: NonNullable<LeftOut['hidden']>): InputFailure {
  const named = hidden.first.map((entry) => `"${entry.name}${entry.isFolder ? '/' : ''}"` +
    (entry.isConfig
      ? ' (a configuration file of this tool, read as configuration, never linted as a body)' : ''));
  const more = hidden.count - hidden.first.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(' and ');
  const body = hidden.first.find((entry) => !entry.isConfig);
  const folder = input.endsWith('/') ? input : `${input}/`;
  return {
    file: input,
    message: `${NO_FILES}, only hidden ones, which are not listed: ${list}`,
    hint: body === undefined ? 'Name the folder or files that hold the request bodies.'
      : `Name a hidden file or folder to lint it (${folder}${body.name}), or rename it without ` +
        'the leading dot.',
  };
}

function nothingFound(input: string, kind: LeftOut['kind']): InputFailure {
  return kind === 'folder'
    ? {
      file: input,
      message: NO_FILES,
      hint: 'Check the path, or name the files to lint.',
    }
    : {
      file: input,
      message: 'the glob matched no files',
      hint: 'Check the pattern and quote it so the shell does not expand it, e.g. "payloads/**/*.json".',
    };
}

function files(count: number): string {
  return count === 1 ? '1 file' : `${count} files`;
}
