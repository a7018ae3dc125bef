// missing-target: an object that must name a party names none: a call with no phoneNumber,
// callUserId, callQueueId, participants or conversationIds; a Destination with no address,
// userId or queueId; a transfer with no target and no voicemail; a callback with no queue.
import { where } from './support/field-names.js';
import { quote } from '../lint/quote.js';
import { LIST_MEMBERS, readParty, TARGET_MEMBERS } from './support/read-party.js';
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
      if (!spec || spec.mode === 'at-most-one' && isVoicemail(object, spec.noneAllowedWhenTrue)) return;
      if (presentTargets(object, spec).length > 0) return;
      const allEmpty = spec.members.some((m) => object.value[m] === '');
      context.report({
        pointer: object.pointer,
        anchor: 'value',
        message:
          `${object.model} at ${where(object.pointer)} names no target: none of ` +
          `${orList(spec.members)} is set${allEmpty ? ' (empty strings do not count)' : ''}.`,
        hint: hintFor(object, spec),
      });
    });
  },
} satisfies Rule;

function isVoicemail(object: ObjectVisit, flag: string | undefined): boolean {
  return flag !== undefined && object.value[flag] === true;
}

function hintFor(object: ObjectVisit, spec: TargetSpec): string {
  const { members, mode, noneAllowedWhenTrue: flag } = spec;
  const invented = object.value['to'];
  if (invented !== undefined) {
    const party = readParty(invented);
    const member = party.kind === 'blocked' ? undefined : TARGET_MEMBERS[object.model]?.[party.kind];
    // Only when "to" really stands for a missing target (a callback's "to" number does not).
    if (party.kind !== 'blocked' && member && members.includes(member)) {
      const shown = LIST_MEMBERS.has(member) ? `[${quote(party.value)}]` : quote(party.value);
      return `Move the ${party.kind} from "to" into "${member}": ${shown}.`;
    }
  }
  if (mode === 'at-least-one') return `Set ${orList(members)}, or both.`;
  const voicemail = flag ? `, or set "${flag}": true` : '';
  return `Set exactly one of ${orList(members)}${voicemail}.`;
}
