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
import {
  LIST_MEMBERS, memberInProse, pastedMember, readParty, shownIn, TARGET_MEMBERS,
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
  const real = party.kind === 'blocked' ? undefined : TARGET_MEMBERS[object.model]?.[party.kind];
  // Only when "to" really stands for the missing member (a callback's "to" number does not).
  if (party.kind === 'blocked' || !real || !isMissing(real)) return undefined;
  const lead = `Move the ${party.kind} from "to" into ${memberInProse(real)}`;
  const moved = LIST_MEMBERS.has(real) ? [party.value] : party.value;
  // Followed as written, so checked there first: "tel:abc" is read as a number, but
  // phoneNumber refuses "abc".
  const note = extensionNote(extensionsBeside(invented, party.value));
  const into = `Move the ${party.kind} from "to" into ${pastedMember(real, shownIn(party, real))}`;
  const hint = checkedParty(placeOfTo(object, context), party, { real, moved },
    { hint: `${into}${note}.`, lead });
  // As unknown-field says of that "to": a word in it, or beside it ({"to": n, "type":
  // "agent"}), naming another kind or none known stops the move.
  const notes = clashNotes(object.value, object.model, object.schema.properties ?? {}, 'to');
  return [hint, ...notes].join(' ');
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
