// The fix for an unknown member, when there is exactly one right answer: an invented "to"/"from"
// translated to the real member, a member the tables rename (userId -> callUserId) or a name
// that differs from a real one only in letter case, each renamed where it stands; and invented
// type/addressType/mediaType members, which hold nothing the real models can take, removed.
// Anything whose translation is blocked, ambiguous or lossy, or whose value would not be
// accepted in its new place, gets no fix.
import type { Fix } from '../../lint/types.js';
import { quote } from '../../lint/quote.js';
import { nearest } from '../../lint/suggest.js';
import type { SchemaNode } from '../../schema/schema-types.js';
import { fitsMember, hasRoomFor } from './fit-member.js';
import { knownReplacement } from './invented-members.js';
import { isPlainParty } from './party-fix.js';
import {
  isSipLike, LIST_MEMBERS, readParty, TARGET_MEMBERS, type TargetMembers,
} from './read-party.js';

/** Members that only restate what the real member used already says. */
const REMOVABLE = new Set(['type', 'addressType', 'mediaType']);

// A call's "from" names the presented number or the queue called on behalf of; a user cannot
// be expressed in the body (it is the /calls/user/{userId} endpoint), so it has no entry.
const CALL_FROM: TargetMembers = { number: 'callerId', queue: 'callFromQueueId' };

interface Place {
  /** The object holding the unknown member, and its schema. */
  object: Record<string, unknown>;
  schema: SchemaNode;
  member: string;
  pointer: string;
}

export function fixUnknownMember(place: Place): Fix | undefined {
  const model = place.schema['x-model'] ?? '';
  const lower = place.member.toLowerCase();
  if (lower === 'to' || lower === 'target') return translateParty(place, TARGET_MEMBERS[model]);
  if (lower === 'from' && model === 'CreateCallRequest') return translateParty(place, CALL_FROM);
  const fixed = knownReplacement(model, place.member);
  if (fixed) {
    if (!fixed.use) return REMOVABLE.has(place.member) ? removal(place) : undefined;
    if (fixed.isAmbiguous || fixed.use.includes('.')) return undefined;
    if (fixed.form === undefined || fixed.form === 'rename') return rename(place, fixed.use);
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
  // A SIP address may well belong in phoneNumber, but that is the author's call, not a fix's.
  if (party.kind === 'number' && isSipLike(party.value)) return undefined;
  const real = members?.[party.kind];
  // Dotted targets (destination.address) would move the value into another object.
  if (real === undefined || real.includes('.')) return undefined;
  return rename(place, real, { value: LIST_MEMBERS.has(real) ? [party.value] : party.value });
}

/** Renames the member in place; with a replacement, its value is replaced as well. */
function rename(place: Place, to: string, replacement?: { value: unknown }): Fix | undefined {
  const moved = replacement ? replacement.value : place.object[place.member];
  const fits = fitsMember(place.schema.properties?.[to], moved);
  if (!fits || !hasRoomFor(place.object, place.schema, to)) return undefined;
  return {
    description: replacement
      ? `Replace ${quote(place.member)} with ${quote(to)}: ${quote(moved)}.`
      : `Rename ${quote(place.member)} to ${quote(to)}.`,
    ops: [{ op: 'rename-member', pointer: place.pointer, to, ...replacement }],
  };
}

function removal(place: Place): Fix {
  return {
    description: `Remove ${quote(place.member)}.`,
    ops: [{ op: 'remove-member', pointer: place.pointer }],
  };
}
