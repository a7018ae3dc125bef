// A call's invented "from" names the caller. Besides the shapes a "to" takes ({"address": n}),
// it is often written with the call's own caller members inside (callerId, callerIdName) or
// with the names tutorials give them (callerIdNumber, fromAddress, callerName), which the
// invented-member table already maps to those members; and it often carries a display name.
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { knownReplacement } from './invented-members.js';
import { clashWithin, type KindClash } from './kind-contradiction.js';
import { isSameNumber, NUMBER_KEYS, readParty, type Party } from './read-party.js';
import { andList, isBlank } from './targets.js';

// Names a display name goes by in such a shape, besides callerIdName and what maps to it.
const NAME_MEMBERS = ['name', 'displayName'];

/** The party a "from" names, read as a "to" is, else from the caller-number members it holds. */
export function readCaller(value: unknown): Party {
  // Two numbers ({"callerIdNumber": a, "number": b}): either may be the one meant to be shown.
  const numbers = callerNumbers(value);
  if (numbers.length > 1) {
    const held = andList(numbers.map(([key, number]) => `${quote(number)} in ${quote(key)}`));
    const count = numbers.length === 2 ? 'two' : String(numbers.length);
    return { kind: 'blocked', why: `it holds ${count} different numbers, ${held}, and ` +
      'which one is the caller id is yours to choose' };
  }
  const party = readParty(value);
  if (party.kind !== 'blocked' || !isPlainObject(value)) return party;
  for (const key of callerMembers(value, 'callerId')) {
    const read = readParty(value[key]);
    if (read.kind === 'number') return read;
  }
  return party;
}

/** Each member of a "from" object holding a number of its own, with it; repeats count once. */
export function callerNumbers(value: unknown): [string, string][] {
  if (!isPlainObject(value)) return [];
  const members = new Set([...NUMBER_KEYS, ...callerMembers(value, 'callerId')]);
  const keys = Object.keys(value).filter((key) => members.has(key));
  const found: [string, string][] = [];
  for (const key of keys) {
    const read = readParty(value[key]);
    if (read.kind !== 'number') continue;
    if (!found.some(([, held]) => isSameNumber(held, read.value))) found.push([key, read.value]);
  }
  return found;
}

/** The display name a "from" object carries, for callerIdName; undefined when none. */
export function callerName(value: unknown): unknown {
  const key = callerNameKey(value);
  return key === undefined || !isPlainObject(value) ? undefined : value[key];
}

/** The member of a "from" object holding its display name; undefined when none. */
export function callerNameKey(value: unknown): string | undefined {
  if (!isPlainObject(value)) return undefined;
  return [...NAME_MEMBERS, ...callerMembers(value, 'callerIdName')]
    .find((name) => value[name] !== undefined && !isBlank(value[name]));
}

/** The members of a "from" object that hold its number by a caller's name (callerIdNumber). */
export function callerNumberKeys(value: Record<string, unknown>): string[] {
  return callerMembers(value, 'callerId');
}

/**
 * A kind word inside a call's "from" that disagrees with its number, or names no kind known
 * ("type": "callback"), read with its caller members as numbers: the fix and the hint both stop
 * on it, as they do for a "from" holding its number under "number".
 */
export function callerClash(value: unknown): KindClash | undefined {
  const numberKeys = isPlainObject(value) ? callerNumberKeys(value) : [];
  return clashWithin(value, 'CreateCallRequest', numberKeys);
}

/** The members of shape that are `use` itself or are invented names the table maps to it. */
function callerMembers(shape: Record<string, unknown>, use: string): string[] {
  return Object.keys(shape)
    .filter((key) => key === use || knownReplacement('CreateCallRequest', key)?.use === use);
}
