// missing-target: an object that must name a party names none: a call with no phoneNumber,
// callUserId, callQueueId, participants or conversationIds; a Destination with no address,
// userId or queueId; a transfer with no target and no voicemail; a callback with no queue; a
// typed consult or transfer without its user, queue or address. The schema's x-targets says
// which members count, and lowers the severity where the reference only infers the need.
import { loadModel } from '../schema/registry.js';
import { checkedParty } from './support/checked-party.js';
import { extensionNote, extensionsBeside } from './support/extension-note.js';
import { where } from './support/field-names.js';
import { clashNotes } from './support/kind-contradiction.js';
import { defaultPlace } from './support/numbers-country.js';
import { LIST_MEMBERS, readParty, shownIn, TARGET_MEMBERS } from './support/read-party.js';
import type { InventedPlace } from './support/replacement-hint.js';
import {
  describeElsewhere, lintElsewhereAdvice, writtenElsewhere,
} from './support/written-elsewhere.js';
import { orList, presentTargets } from './support/targets.js';
import type { TargetSpec } from '../schema/schema-types.js';
import type { ObjectVisit, Rule, RuleContext } from './rule.js';

export const missingTarget = {
  id: 'missing-target',
  severity: 'error',
  summary: 'The object names nobody to call, transfer to or consult.',
  check(context: RuleContext): void {
    context.forEachObject((object) => {
      const spec = object.schema['x-targets'];
      if (!spec || isExempt(object, spec.noneAllowedWhenTrue)) return;
      if (presentTargets(object, spec).length > 0) return;
      if (context.countWhenFull(object.pointer, spec.severity)) return;
      const emptyKind = emptyTargetKind(object, spec.members);
      context.report({
        pointer: object.pointer,
        anchor: 'value',
        ...(spec.severity ? { severity: spec.severity } : {}),
        message:
          `${object.model} at ${where(object.pointer)} names no target: ` +
          `${noneSet(spec.members)}${emptyKind ? ` (empty ${emptyKind} do not count)` : ''}.`,
        hint: hintFor(object, spec, context),
      });
    });
  },
} satisfies Rule;

/** voicemail: true needs no transfer target. */
function isExempt(object: ObjectVisit, flag: string | undefined): boolean {
  return flag !== undefined && object.value[flag] === true;
}

/** "strings" or "lists" when a target member is present but empty, so the message says why. */
function emptyTargetKind(object: ObjectVisit, members: readonly string[]): string | undefined {
  const values = members.map((m) => object.value[m]);
  // [""] counts as an empty string: that is what its own empty-value finding points at.
  if (values.some((v) => v === '' || (Array.isArray(v) && v.includes('')))) return 'strings';
  return values.some((v) => Array.isArray(v) && v.length === 0) ? 'lists' : undefined;
}

function noneSet(members: readonly string[]): string {
  return members.length === 1 ? `"${members[0]}" is not set` : `none of ${orList(members)} is set`;
}

function hintFor(object: ObjectVisit, spec: TargetSpec, context: RuleContext): string {
  const { members, mode, noneAllowedWhenTrue: flag } = spec;
  // A body for another endpoint ({"speakTo": ..., "to": ...} as a call): moving its "to" into
  // this model's member would make a body neither endpoint takes, as unknown-field says too.
  const elsewhere = object.pointer === ''
    ? writtenElsewhere(object.value, context.model) : undefined;
  if (elsewhere) {
    const why = describeElsewhere(elsewhere);
    return `${why.charAt(0).toUpperCase()}${why.slice(1)}. ` +
      lintElsewhereAdvice(elsewhere, context.words);
  }
  const invented = object.value['to'];
  if (invented !== undefined) {
    const party = readParty(invented);
    const places = TARGET_MEMBERS[object.model];
    const real = party.kind === 'blocked' ? undefined : places?.[party.kind];
    // Only when "to" really stands for a missing target (a callback's "to" number does not).
    if (party.kind !== 'blocked' && real && members.includes(real)) {
      const lead = `Move the ${party.kind} from "to" into "${real}"`;
      const moved = LIST_MEMBERS.has(real) ? [party.value] : party.value;
      // Followed as written, so checked there first: "tel:abc" is read as a number, but
      // phoneNumber refuses "abc".
      const note = extensionNote(extensionsBeside(invented, party.value));
      const hint = checkedParty(placeOfTo(object, context), party, { real, moved },
        { hint: `${lead}: ${shownIn(party, real)}${note}.`, lead });
      // As unknown-field says of that "to": a word in it, or beside it ({"to": n, "type":
      // "agent"}), naming another kind or none known stops the move.
      const notes = clashNotes(object.value, object.model, object.schema.properties ?? {}, 'to');
      return [hint, ...notes].join(' ');
    }
  }
  const exemption = flag ? `, or set "${flag}": true` : '';
  if (members.length === 1) {
    return `Set "${members[0]}"${describeMember(object, members[0]!)}${exemption}.`;
  }
  if (mode === 'at-least-one') {
    const both = members.length === 2 ? ', or both' : ', or several';
    return `Set ${orList(members)}${both}${exemption}.`;
  }
  return `Set exactly one of ${orList(members)}${exemption}.`;
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

/** " (id (UUID) of the user to consult)" from the member's schema description, or nothing. */
function describeMember(object: ObjectVisit, member: string): string {
  const description = object.schema.properties?.[member]?.description;
  if (!description) return '';
  const first = description.split(/(?<=\.) /)[0]!.replace(/\.$/, '');
  return ` (${first.charAt(0).toLowerCase()}${first.slice(1)})`;
}
