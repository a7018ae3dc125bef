// The fix for a call's "from" that holds a number and a display name ({"number": n, "name":
// "Sales"}): both have a member of their own, callerId and callerIdName, and renaming the "from"
// to callerId alone would drop the name. The fix writes whichever of the two the body lacks; a
// body holding either with another value is left to its author, as the hint says. A "from" that
// names its number by the call's own members ({"callerIdNumber": n}, with or without a name) is
// fixed here too: a "to" is never read so, and the plain rename of one would not find it.
import { joinPointer, parentPointer } from '../../lint/pointer.js';
import { quote } from '../../lint/quote.js';
import type { Fix, FixOp } from '../../lint/types.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { plainE164 } from '../../phone/certain-e164.js';
import type { RuleContext } from '../rule.js';
import { faultsAfter } from './checked-move.js';
import { isPlainParty } from './party-fix.js';
import { callerNameKey, callerNumberKeys } from './read-caller.js';
import { isSipLike, type Party } from './read-party.js';

export interface CallerPlace {
  /** The body holding the "from", its pointer, and the "from" member's own name and pointer. */
  object: Record<string, unknown>;
  member: string;
  pointer: string;
  errorsWith: RuleContext['errorsWith'];
  /** Whether another unknown member's fix would name this member too (key order would decide). */
  isClaimed: (name: string) => boolean;
}

/**
 * The fix, or undefined when the "from" holds more than a number and a name, or when the body's
 * callerId or callerIdName holds another value; or when it holds no name and its number sits
 * where a "to" holds one ({"address": n}), which the plain rename of a "to" serves.
 * party: what readCaller made of the "from", reading callerId and the names for it too.
 */
export function fixCaller(place: CallerPlace, party: Party): Fix | undefined {
  const { object, member, pointer } = place;
  const shape = object[member];
  const nameKey = callerNameKey(shape);
  if (party.kind !== 'number' || !isPlainObject(shape)) return undefined;
  // {"callerIdNumber": n} names its number by the call's own member: no "to" is read so.
  const numberKeys = callerNumberKeys(shape);
  if (nameKey === undefined && numberKeys.length === 0) return undefined;
  const rest = Object.fromEntries(Object.entries(shape).filter(([key]) => key !== nameKey));
  if (!isPlainParty(rest, party, numberKeys) || isSipLike(party.value)) return undefined;
  const wanted: [string, unknown][] = [['callerId', plainE164(party.value) ?? party.value]];
  if (nameKey !== undefined) wanted.push(['callerIdName', shape[nameKey]]);
  const isHeldOtherwise = wanted.some(([key, value]) => Object.hasOwn(object, key) &&
    JSON.stringify(object[key]) !== JSON.stringify(value));
  const missing = wanted.filter(([key]) => !Object.hasOwn(object, key));
  if (isHeldOtherwise || missing.some(([key]) => place.isClaimed(key))) return undefined;
  const parent = parentPointer(pointer);
  const after = Object.fromEntries(Object.entries(object).flatMap(([key, value]) =>
    key === member ? missing : [[key, value]]));
  const isRefused = wanted.some(([use]) =>
    faultsAfter(place.errorsWith, parent, { parent: after, use }).length > 0);
  return isRefused ? undefined : {
    description: missing.length === 0 ? `Remove ${quote(member)}.`
      : `Replace ${quote(member)} with ${missing.map(([key, value]) =>
        `${quote(key)}: ${quote(value)}`).join(' and ')}.`,
    ops: opsFor(pointer, parent, missing),
  };
}

/** Remove the "from", or rename it to the first member missing and add the second after it. */
function opsFor(pointer: string, parent: string, missing: [string, unknown][]): FixOp[] {
  const [first, second] = missing;
  if (first === undefined) return [{ op: 'remove-member', pointer }];
  const rename: FixOp = { op: 'rename-member', pointer, to: first[0], value: first[1] };
  if (second === undefined) return [rename];
  // The ops address the body as written, where the renamed member is still the "from".
  return [rename, { op: 'add-member', pointer: joinPointer(parent, second[0]),
    after: pointer, value: second[1] }];
}
