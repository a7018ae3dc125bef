// The hint that moves an invented "to" into the missing member it stands for, shared by the
// findings that say a target is missing: missing-target for a call's phoneNumber, and
// missing-required for a consult's destination, whose address, userId or queueId the "to" names.
// Both say what unknown-field says of that "to", so the three hints of one body agree.
import { loadModel } from '../../schema/registry.js';
import type { ObjectVisit, RuleContext } from '../rule.js';
import { checkedParty } from './checked-party.js';
import { extensionNote, extensionsBeside } from './extension-note.js';
import { clashNotes } from './kind-contradiction.js';
import { defaultPlace } from './numbers-country.js';
import { memberNode } from './dotted-member.js';
import { asStringHint } from './quoted-form.js';
import {
  LIST_MEMBERS, memberInProse, pastedMember, readParty, shownIn, TARGET_MEMBERS, type Party,
} from './read-party.js';
import type { InventedPlace } from './replacement-hint.js';

/**
 * The move of object's "to" into its real member, with what stops it, when the "to" reads as a
 * party whose member isMissing names ("phoneNumber", or "destination.address" for "destination").
 */
export function moveFromToHint(
  object: ObjectVisit,
  context: RuleContext,
  isMissing: (real: string) => boolean,
): string | undefined {
  const invented = object.value['to'];
  if (invented === undefined) return undefined;
  const party = readParty(invented);
  // A number written as a JSON number ({"number": 13175550142}) is the number it is, to be
  // quoted, as unknown-field reads it; any other "to" it cannot read names no member.
  const jsonNumber = party.kind === 'blocked' ? party.jsonNumber : undefined;
  const kind = party.kind !== 'blocked' ? party.kind
    : jsonNumber === undefined ? undefined : 'number';
  const real = kind === undefined ? undefined : TARGET_MEMBERS[object.model]?.[kind];
  // Only when "to" really stands for the missing member (a callback's "to" number does not).
  if (real === undefined || !isMissing(real)) return undefined;
  const place = placeOfTo(object, context);
  const hint = party.kind !== 'blocked' ? partyMoveHint(place, party, real)
    : `Move the number from "to" into ${memberInProse(real)}, ` +
      `${asStringHint(jsonNumber!, memberNode(object.schema, place.root, real))}`;
  // As unknown-field says of that "to": a word in it, or beside it ({"to": n, "type":
  // "agent"}), naming another kind or none known stops the move.
  const notes = clashNotes(object.value, object.model, object.schema.properties ?? {}, 'to');
  return [hint, ...notes].join(' ');
}

/** The move of a party read from "to" into real, checked there as the hint leaves it. */
function partyMoveHint(
  place: InventedPlace,
  party: Exclude<Party, { kind: 'blocked' }>,
  real: string,
): string {
  const lead = `Move the ${party.kind} from "to" into ${memberInProse(real)}`;
  const moved = LIST_MEMBERS.has(real) ? [party.value] : party.value;
  // Followed as written, so checked there first: "tel:abc" is read as a number, but
  // phoneNumber refuses "abc".
  const note = extensionNote(extensionsBeside(place.value, party.value));
  const into = `Move the ${party.kind} from "to" into ${pastedMember(real, shownIn(party, real))}`;
  return checkedParty(place, party, { real, moved }, { hint: `${into}${note}.`, lead });
}

/** The invented "to" as the hints that move a member out of its object see it. */
function placeOfTo(object: ObjectVisit, context: RuleContext): InventedPlace {
  return {
    model: object.model, member: 'to', value: object.value['to'], parentPointer: object.pointer,
    parent: object.value, properties: object.schema.properties ?? {},
    root: loadModel(context.model)?.schema, errorsWith: context.errorsWith,
    country: defaultPlace(context),
  };
}
