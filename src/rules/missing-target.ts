// missing-target: an object that must name a party names none: a call with no phoneNumber,
// callUserId, callQueueId, participants or conversationIds; a Destination with no address,
// userId or queueId; a transfer with no target and no voicemail; a callback with no queue; a
// typed consult or transfer without its user, queue or address. The schema's x-targets says
// which members count, and lowers the severity where the reference only infers the need.
import { where } from './support/field-names.js';
import { moveFromToHint } from './support/move-from-to.js';
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
  const moved = moveFromToHint(object, context, (real) => members.includes(real));
  if (moved !== undefined) return moved;
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

/** " (id (UUID) of the user to consult)" from the member's schema description, or nothing. */
function describeMember(object: ObjectVisit, member: string): string {
  const description = object.schema.properties?.[member]?.description;
  if (!description) return '';
  const first = description.split(/(?<=\.) /)[0]!.replace(/\.$/, '');
  return ` (${first.charAt(0).toLowerCase()}${first.slice(1)})`;
}
