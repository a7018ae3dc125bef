// The hint for an invented member whose real member is the model's number target (destination,
// address or number on a call: phoneNumber). What it holds decides the party, as it does for an
// invented "to" (read-party.ts): a user or a queue goes to its own member, and an id that cannot
// be told apart is said to be one, never sent to a member that takes only numbers.
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { analysePhone } from '../../phone/analyse-phone.js';
import type { SchemaNode } from '../../schema/schema-types.js';
import { phoneFault } from '../invalid-phone.js';
import {
  memberInProse, pastedMember, readParty, shownIn, TARGET_MEMBERS,
} from './read-party.js';
import type { InventedPlace } from './replacement-hint.js';
import { takenHint } from './taken-member.js';
import { orList } from './targets.js';

/** use: the real member the table gives the invented one; target: use's schema. */
export function partyHint(
  place: InventedPlace,
  use: string,
  target: SchemaNode | undefined,
): string | undefined {
  const { model, member, value } = place;
  const members = TARGET_MEMBERS[model];
  if (members?.number !== use) return undefined;
  const several = severalNumbers(place, use);
  if (several !== undefined) return several;
  const party = readParty(value);
  if (party.kind === 'user' || party.kind === 'queue') {
    const real = members[party.kind];
    return real ? takenHint(place, real, party.value) ??
        `Replace ${quote(member)} with ${pastedMember(real, shownIn(party, real))}.`
      : `Remove ${quote(member)}: it names a ${party.kind}, and ${model} takes only a number ` +
        `(${use}).`;
  }
  // A number in a wrapper or a one-entry list is read out of it, as "to" is; a plain string is
  // left to the rename, which also checks the number.
  if (party.kind === 'number') {
    return typeof value === 'string' ? undefined : takenHint(place, use, party.value) ??
      `Replace ${quote(member)} with "${use}": ${quote(party.value)}.`;
  }
  const held = isPlainObject(value) ? value['id'] : value;
  if (typeof held !== 'string') return undefined;
  const fault = phoneFault(target?.['x-kind'], held);
  if (fault === undefined) return undefined;
  if (!analysePhone(held).isUuid) {
    return `Replace ${quote(member)} with "${use}" and a phone number: ${quote(held)} is not one ` +
      `(${fault}).`;
  }
  const kinds = (['user', 'queue'] as const).filter((kind) => members[kind] !== undefined);
  if (kinds.length === 0) {
    return `Remove ${quote(member)}: ${quote(held)} is an id, not a number, and ${model} takes ` +
      `only a number (${use}).`;
  }
  const where = orList(kinds.map((kind) => `${memberInProse(members[kind]!)} for a ${kind}`));
  return `Replace ${quote(member)} with ${where}: ${quote(held)} is an id, not a number` +
    `${kinds.length > 1 ? ', and which of the two it names cannot be told from it' : ''}.`;
}

/**
 * A list of several numbers where one number goes: the hint cannot pick one. On a call, dialling
 * them all is an ad-hoc conference, which participants (entries with an address) asks for.
 */
export function severalNumbers(place: InventedPlace, use: string): string | undefined {
  const { member, value, parent, properties } = place;
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const numbers: string[] = [];
  for (const entry of value) {
    const party = readParty(entry);
    if (party.kind !== 'number') return undefined;
    numbers.push(party.value);
  }
  const pick = `Replace ${quote(member)} with "${use}" and one of the ${numbers.length} numbers ` +
    `listed: it takes one`;
  const canConference = properties['participants']?.type === 'array' &&
    !Object.prototype.hasOwnProperty.call(parent, 'participants') &&
    (place.targets?.set.length ?? 0) === 0;
  if (!canConference) return `${pick}.`;
  const entries = numbers.map((number) => `{"address": ${quote(number)}}`).join(', ');
  return `${pick}; or, to dial them all into one conference, replace it with "participants": ` +
    `[${entries}].`;
}
