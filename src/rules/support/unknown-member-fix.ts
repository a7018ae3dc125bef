// The fix for an unknown member, when there is exactly one right answer: an invented "to"/"from"
// translated to the real member, a member the tables rename (userId -> callUserId) or a name
// that differs from a real one only in letter case, each renamed where it stands; and invented
// type/addressType/mediaType members that hold a word naming a kind, removed.
// Anything whose translation is blocked, ambiguous or lossy, or whose value would not be
// accepted in its new place, gets no fix.
import { joinPointer } from '../../lint/pointer.js';
import type { Fix } from '../../lint/types.js';
import { quote } from '../../lint/quote.js';
import { nearest } from '../../lint/suggest.js';
import type { SchemaNode } from '../../schema/schema-types.js';
import { plainE164 } from '../../phone/certain-e164.js';
import type { RuleContext } from '../rule.js';
import { fixCaller } from './caller-fix.js';
import { faultsAfter, renamed } from './checked-move.js';
import { isIdOnlyMember } from './endpoint-facts.js';
import { fitsMember, hasRoomFor } from './fit-member.js';
import { knownReplacement } from './invented-members.js';
import { clashWithin, kindClashOf, type KindClash } from './kind-contradiction.js';
import { foldWord, kindOfWord } from './kind-word.js';
import { replacementFor } from './number-in-name.js';
import { isPlainParty } from './party-fix.js';
import { callerClash, readCaller } from './read-caller.js';
import { namedAgain } from './routing-queue.js';
import {
  isSipLike, LIST_MEMBERS, readParty, TARGET_MEMBERS, type TargetMembers,
} from './read-party.js';

/** Members that only restate what the real member used already says. */
const REMOVABLE: ReadonlySet<string> = new Set(['type', 'addressType', 'mediaType']);

/** Whether member is one of REMOVABLE in any letter case or spelling ("address_type", "Type"). */
export function isRemovableName(member: string): boolean {
  return REMOVABLE_FOLDED.has(foldWord(member));
}

const REMOVABLE_FOLDED: ReadonlySet<string> = new Set([...REMOVABLE].map(foldWord));

// What such a member may hold to be removed: a word naming the kind of party or a voice call
// ("phone", "PSTN", "user", "audio"; kind-contradiction.ts), which the real member used already
// says. Anything else stays: a number, an id or an object may be the very party meant, and
// another medium ("callback", "whatsapp", "text message") may mean another endpoint was meant;
// removing it would quietly turn the request into a voice call.

// A call's "from" names the presented number or the queue called on behalf of; a user cannot
// be expressed in the body (it is the /calls/user/{userId} endpoint), so it has no entry.
const CALL_FROM: TargetMembers = { number: 'callerId', queue: 'callFromQueueId' };

interface Place {
  /** The object holding the unknown member, and its schema. */
  object: Record<string, unknown>;
  schema: SchemaNode;
  member: string;
  pointer: string;
  /** The endpoint's short name: some take only ids where the model would take a number. */
  endpoint: string;
  /** RuleContext.errorsWith, to offer no rename the value would fail in its new place. */
  errorsWith: RuleContext['errorsWith'];
}

/** The fix for an unknown member, once the caller found no kind word it clashes with (kindClashOf). */
export function fixUnknownMember(place: Place): Fix | undefined {
  const model = place.schema['x-model'] ?? '';
  const lower = place.member.toLowerCase();
  if (lower === 'to' || lower === 'target') return translateParty(place, TARGET_MEMBERS[model]);
  if (lower === 'from' && model === 'CreateCallRequest') {
    // A word in it naming another kind, or one not known ("type": "callback"), stops its move
    // into callerId as it stops a "to"'s, with or without a name beside the number.
    if (callerClash(place.object[place.member]) !== undefined) return undefined;
    const isClaimed = (name: string) => hasRival(place, name);
    return fixCaller({ ...place, isClaimed }, readCaller(place.object[place.member])) ??
      translateParty(place, CALL_FROM);
  }
  const properties = place.schema.properties ?? {};
  const fixed = replacementFor(model, place.member, place.object[place.member], properties);
  if (fixed) {
    if (!fixed.use) {
      return isRemovable(place, place.member) && !emptiesObject(place) ? removal(place) : undefined;
    }
    if (fixed.isAmbiguous || fixed.use.includes('.')) return undefined;
    if (fixed.form === undefined || fixed.form === 'rename') {
      return rename(place, fixed.use, strictForm(place, fixed.use));
    }
    // One value into a list member: the list of that one value.
    const value = place.object[place.member];
    return fixed.form === 'list' ? rename(place, fixed.use, { value: [value] }) : undefined;
  }
  const guess = nearest(place.member, Object.keys(place.schema.properties ?? {}));
  return guess !== undefined && guess.toLowerCase() === lower ? rename(place, guess) : undefined;
}

function translateParty(place: Place, members: TargetMembers | undefined): Fix | undefined {
  const value = place.object[place.member];
  const party = readParty(value);
  if (party.kind === 'blocked' || !isPlainParty(value, party)) return undefined;
  if (clashWithin(value, place.schema['x-model'] ?? '') !== undefined) return undefined;
  // A SIP address may well belong in phoneNumber, but that is the author's call, not a fix's.
  if (party.kind === 'number' && isSipLike(party.value)) return undefined;
  const real = members?.[party.kind];
  // Dotted targets (destination.address) would move the value into another object.
  if (real === undefined || real.includes('.')) return undefined;
  // A callback's routingData naming its queue already: the move would add the same queue again
  // or a second one, and which is meant is the author's to say (routing-queue.ts).
  if (namedAgain(place.schema['x-model'] ?? '', place.object, real) !== undefined) return undefined;
  // A callerId takes strict E.164: a number that holds it whole is written so, as its hint
  // shows and as invalid-phone's fix writes one (a "from" of "+1 (317) 555-0199").
  const isStrict = place.schema.properties?.[real]?.['x-kind'] === 'e164';
  const written = isStrict && party.kind === 'number' ? plainE164(party.value) ?? party.value
    : party.value;
  return rename(place, real, { value: LIST_MEMBERS.has(real) ? [written] : written });
}

/**
 * A number bound for a member that takes strict E.164 (callerId), written so where it holds its
 * E.164 number whole: "callerIdNumber": "+1 317 555 0100" is fixed as a call's "from" is, and as
 * the hint says.
 */
function strictForm(place: Place, to: string): { value: string } | undefined {
  const value = place.object[place.member];
  if (typeof value !== 'string' || place.schema.properties?.[to]?.['x-kind'] !== 'e164') {
    return undefined;
  }
  const e164 = plainE164(value);
  return e164 !== undefined && e164 !== value ? { value: e164 } : undefined;
}

/** Renames the member in place; with a replacement, its value is replaced as well. */
function rename(place: Place, to: string, replacement?: { value: unknown }): Fix | undefined {
  const moved = replacement ? replacement.value : place.object[place.member];
  // A SIP address may well belong where a number goes, but that is the author's call, as in a
  // "to" (translateParty): {"address": "sip:..."} on a call is not renamed to phoneNumber.
  if (typeof moved === 'string' && isSipLike(moved)) return undefined;
  const node = place.schema.properties?.[to];
  const parentPointer = place.pointer.slice(0, place.pointer.lastIndexOf('/'));
  const at = joinPointer(parentPointer, to);
  const fits = fitsMember(node && isIdOnlyMember(place.endpoint, at)
    ? { ...node, 'x-kind': 'entity-id' } : node, moved);
  if (!fits || !hasRoomFor(place.object, place.schema, to) || hasRival(place, to)) return undefined;
  // What fitsMember does not judge (the entries of a map, a date-time's form) the rules do.
  const move = { parent: renamed(place.object, place.member, to, moved), use: to };
  if (faultsAfter(place.errorsWith, parentPointer, move).length > 0) return undefined;
  return {
    description: replacement
      ? `Replace ${quote(place.member)} with ${quote(to)}: ${quote(moved)}.`
      : `Rename ${quote(place.member)} to ${quote(to)}.`,
    ops: [{ op: 'rename-member', pointer: place.pointer, to, ...replacement }],
  };
}

/**
 * Whether another unknown member of the object would, by its own fix, take the same name or
 * name the target too: {"dtmf": "12", "tones": "34"} offers both as digits, and {"to": {...},
 * "userId": "..."} offers phoneNumber and callUserId. Whichever came first in the text would
 * win, so what is sent (or who is called) is left to the author.
 */
function hasRival(place: Place, to: string): boolean {
  const targets = place.schema['x-targets'];
  const isTarget = targets !== undefined && targets.mode !== 'at-least-one' &&
    targets.members.includes(to);
  const real = place.schema.properties ?? {};
  return Object.keys(place.object).some((member) => {
    if (member === place.member || Object.prototype.hasOwnProperty.call(real, member)) return false;
    const names = renamesOf(place.schema, place.object, member);
    return names.includes(to) || (isTarget && names.some((name) => targets.members.includes(name)));
  });
}

/**
 * The real members an unknown member of object (of the model schema describes) could be renamed
 * to, by its fix or its hint: "country_code" is a callback's countryCode to numbers-country.ts.
 */
export function renamesOf(
  schema: SchemaNode,
  object: Readonly<Record<string, unknown>>,
  member: string,
): string[] {
  const model = schema['x-model'] ?? '';
  const lower = member.toLowerCase();
  if (lower === 'to' || lower === 'target') return Object.values(TARGET_MEMBERS[model] ?? {});
  if (lower === 'from' && model === 'CreateCallRequest') return Object.values(CALL_FROM);
  const fixed = replacementFor(model, member, object[member], schema.properties ?? {});
  // Moves into another member ("nest", "entry") keep the name they move into as it is.
  if (fixed) return fixed.use && fixed.form !== 'nest' && fixed.form !== 'entry' ? [fixed.use] : [];
  // The near miss its hint names, whether or not a fix would make the rename: "phone_number"
  // beside "PhoneNumber" is a second number for phoneNumber all the same.
  const guess = nearest(member, Object.keys(schema.properties ?? {}));
  return guess === undefined ? [] : [guess];
}

function isRemovable(place: Place, member: string): boolean {
  const model = place.schema['x-model'] ?? '';
  if (!isRemovableName(member) || knownReplacement(model, member)?.use) return false;
  // "type": "agent" beside a number may mean the agent's own line: the two disagree, and
  // removing the word would settle it without the author.
  return kindOfWord(place.object[member]) !== undefined && clashOf(place, member) === undefined;
}

function clashOf(place: Place, member: string): KindClash | undefined {
  const model = place.schema['x-model'] ?? '';
  return kindClashOf(place.object, model, place.schema.properties ?? {}, member);
}

/**
 * Whether removing every removable member would leave the object empty: {"type": "phone"} would
 * become {}, an empty body or a party naming nobody, so the fix would only trade findings and
 * the fixer would turn it down after it had been shown as fixable.
 */
function emptiesObject(place: Place): boolean {
  return Object.keys(place.object).every((member) => isRemovable(place, member));
}

function removal(place: Place): Fix {
  return {
    description: `Remove ${quote(place.member)}.`,
    ops: [{ op: 'remove-member', pointer: place.pointer }],
  };
}
