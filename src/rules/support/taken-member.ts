// A hint that sends the reader to a member the object already has, or that another unknown
// member's hint sends them to as well, repeats a key when followed: {"to": n, "phoneNumber": ""}
// told to replace "to" with "phoneNumber". Such a hint says the member is there, with its value,
// and to keep one of the two; a list member takes both values in its one list. The value such a
// hint writes is checked where it goes, as every move is (checked-move.ts).
import { quote } from '../../lint/quote.js';
import { nearest } from '../../lint/suggest.js';
import { callerIdForm } from './caller-id-form.js';
import { checkedMove, renamed, replaced } from './checked-move.js';
import { replacementFor } from './number-in-name.js';
import { placeValue } from './place-value.js';
import { memberInProse, pastedMember, readParty, TARGET_MEMBERS } from './read-party.js';
import type { InventedPlace } from './replacement-hint.js';
import { quotedNames } from './targets.js';

/**
 * The hint when `real` is taken, or undefined when the hint may name it. moved: its new value;
 * alongside: what the replacement writes beside it (' and "callerIdName": "Sales"'), said where
 * the hint replaces the member, so that it is not read as part of the rival's choice.
 */
export function takenHint(
  place: InventedPlace,
  real: string,
  moved: unknown,
  alongside = '',
): string | undefined {
  const { member, parent } = place;
  const isList = place.properties[real]?.type === 'array';
  if (Object.prototype.hasOwnProperty.call(parent, real)) {
    const held = parent[real];
    if (JSON.stringify(held) === JSON.stringify(moved)) {
      return `Remove ${quote(member)}: "${real}" already holds ${quote(held)}.`;
    }
    // Written in E.164, as the check below would ask, it is the number there already.
    if (isHeldInE164(place, real, moved, held)) {
      return `Remove ${quote(member)}: "${real}" already holds ${quote(held)}, the same number ` +
        'in E.164.';
    }
    const there = `"${real}" is already there, holding ${quote(held)}`;
    if (isList) {
      const items = listItems([held, moved]);
      return checkedMove(place, { parent: replaced(parent, [member], real, items), use: real },
        `${there}: put both in that one list, "${real}": ${shownList(items)}, and remove ` +
        `${quote(member)}.`, `${there}: remove ${quote(member)} and put both in that one list, ` +
        `"${real}"`);
    }
    // One value fits: "merge" would suggest joining two numbers or ids into one.
    const lead = `${there}, and it holds one value: remove ${quote(member)}, or remove both and ` +
      `write "${real}"`;
    return checkedMove(place, { parent: replaced(parent, [member], real, moved), use: real },
      `${lead}: ${quote(moved)}.`, lead);
  }
  const rivals = rivalsFor(place, real);
  if (rivals.length === 0) return undefined;
  const names = quotedNames([member, ...rivals]);
  if (isList) {
    // In the order the body has them, so that each of the hints gives the same list.
    const items = listItems(Object.keys(parent)
      .filter((name) => name === member || rivals.includes(name))
      .map((name) => (name === member ? moved : claimOf(place, name)!.value)));
    const lead = `${names} both go into "${real}": put them in one list`;
    const joined = replaced(parent, [member, ...rivals], real, items);
    return checkedMove(place, { parent: joined, use: real }, `${lead}, "${real}": ` +
      `${shownList(items)}.`, lead);
  }
  // The rivals are left out: the hint checks this member's value alone in the one member.
  const kept = Object.fromEntries(Object.entries(parent)
    .filter(([name]) => !rivals.includes(name)));
  return checkedMove(place, { parent: renamed(kept, member, real, moved), use: real },
    `${names} would both be "${real}", and the body can hold only one: replace ` +
    `${quote(member)} with "${real}": ${quote(moved)}${alongside}, or keep ${quote(rivals[0])} ` +
    'instead.',
    `${names} would both be "${real}", and the body can hold only one: keep ` +
    `${quote(rivals[0])} instead, or replace ${quote(member)} with "${real}"`);
}

/** The other unknown members of the object whose hints name `real` too. */
export function rivalsFor(place: InventedPlace, real: string): string[] {
  return Object.keys(place.parent).filter((other) => other !== place.member &&
    !Object.prototype.hasOwnProperty.call(place.properties, other) &&
    claimOf(place, other)?.real === real);
}

/** Whether moved is held's number, in the strict E.164 a member such as callerId takes. */
function isHeldInE164(place: InventedPlace, real: string, moved: unknown, held: unknown): boolean {
  return place.properties[real]?.['x-kind'] === 'e164' && typeof moved === 'string' &&
    callerIdForm(moved, place.country).value === held;
}

/** The real member another unknown member's hint names, and the value it moves there. */
interface Claim {
  real: string;
  value: unknown;
}

function claimOf(place: InventedPlace, member: string): Claim | undefined {
  const value = place.parent[member];
  const lower = member.toLowerCase();
  const targets = TARGET_MEMBERS[place.model];
  const party = readParty(value);
  const partyMember = party.kind === 'blocked' ? undefined : targets?.[party.kind];
  if (party.kind !== 'blocked' && (lower === 'to' || lower === 'target')) {
    return partyMember ? { real: partyMember, value: party.value } : undefined;
  }
  if (party.kind !== 'blocked' && lower === 'from' && place.model === 'CreateCallRequest') {
    const real = CALL_FROM[party.kind];
    return real ? { real, value: party.value } : undefined;
  }
  const fixed = replacementFor(place.model, member, value, place.properties);
  if (fixed?.use !== undefined && fixed.form !== 'nest' && fixed.form !== 'entry') {
    // A party in a member renamed to the number target goes to its own member (party-hint.ts).
    const isParty = party.kind === 'user' || party.kind === 'queue';
    return isParty && fixed.use === targets?.number && partyMember
      ? { real: partyMember, value: party.value }
      : { real: fixed.use, value };
  }
  if (fixed) return undefined;
  const guess = nearest(member, Object.keys(place.properties));
  return guess === undefined ? undefined : { real: guess, value };
}

// Where a call's invented "from" goes (unknown-field.ts explainFrom); a user has no member.
const CALL_FROM: Partial<Record<'number' | 'user' | 'queue', string>> = {
  number: 'callerId',
  queue: 'callFromQueueId',
};

/** The values as one list: list values are spread, empty strings are left out. */
function listItems(values: readonly unknown[]): unknown[] {
  return values.flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value) => value !== '');
}

function shownList(items: readonly unknown[]): string {
  return `[${items.map((item) => quote(item)).join(', ')}]`;
}

/**
 * The hint when `real` names the target and the object already names another: following a rename
 * would trade this finding for conflicting-targets. Undefined when no other target is set; when
 * one holds this very value, the member only repeats it.
 */
export function targetTakenHint(
  place: InventedPlace,
  real: string,
  /** A member that is no target, which the sender may have meant instead (callFromQueueId). */
  orUse?: string,
): string | undefined {
  const { member, parent, value } = place;
  const set = place.targets?.set ?? [];
  if (set.length === 0 || !place.targets?.members.includes(real) || set.includes(real)) {
    return undefined;
  }
  const same = set.find((name) => JSON.stringify(parent[name]) === JSON.stringify(value));
  if (same !== undefined) {
    return `Remove ${quote(member)}: "${same}" already holds ${quote(value)}.`;
  }
  const shown = placeValue(place.properties[real], value).shown;
  const isFree = orUse !== undefined && !Object.prototype.hasOwnProperty.call(parent, orUse) &&
    !place.targets.members.includes(orUse);
  if (!isFree) return secondTargetHint(member, set, { real, shown });
  // {"phoneNumber": n, "queueId": q}: most likely the queue to call on behalf of, which names no
  // second target; removing either member, as the plain hint says, leaves a wrong body.
  const others = quotedNames(set);
  return `Rename ${quote(member)} to "${orUse}"; or, to target "${real}" instead, remove ` +
    `${quote(member)} and replace ${others} with "${real}": ${shown}. The body already names ` +
    `its target with ${others}, and it may name only one.`;
}

/**
 * Remove the member: the object may name only one target. With `instead`, the hint also says how
 * to target what the member names, so that "remove one of the two" is not read as "remove the
 * target and keep the unknown member".
 */
export function secondTargetHint(
  member: string,
  set: readonly string[],
  instead?: { real: string; shown: string },
  /** The member holding the targets set, when they are inside one (a consult's destination). */
  holder?: string,
): string {
  const others = quotedNames(set);
  const inside = holder === undefined ? '' : ` inside "${holder}"`;
  const swap = instead === undefined ? ''
    : ` To target ${memberInProse(instead.real)} instead, replace ${others}${inside} with ` +
      `${pastedMember(instead.real, instead.shown)}.`;
  const named = holder === undefined ? 'the body' : `"${holder}"`;
  return `Remove ${quote(member)}: ${named} already names its target with ${others}, and it ` +
    `may name only one.${swap}`;
}
