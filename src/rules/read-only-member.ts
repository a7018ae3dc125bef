// read-only-member: a member the models mark read-only (readOnly in our schemas, copied from the
// reference: Conversation's id and selfUri). Genesys sets such a member and reports it on reads;
// a request body gives it nothing to set. What the API does with one sent anyway is not
// documented (reference §3.2), so this is a warning, not an error.
import { joinPointer } from '../lint/pointer.js';
import { quote } from '../lint/quote.js';
import { readOnlyMembersOf } from '../lint/read-only-places.js';
import type { Rule, RuleContext } from './rule.js';
import { memberName, where } from './support/field-names.js';

export const readOnlyMember = {
  id: 'read-only-member',
  severity: 'warning',
  summary: 'A member the model marks read-only: Genesys sets it, a request does not.',
  check(context: RuleContext): void {
    context.forEachObject((visit) => {
      const { pointer: parent, value: object, model } = visit;
      for (const member of readOnlyMembersOf(visit)) {
        const pointer = joinPointer(parent, member);
        if (context.countWhenFull(pointer)) continue;
        const name = memberName(member);
        // Removing the only member would leave an empty object: empty-body, or a missing party.
        const isRemovable = Object.keys(object).length > 1;
        context.report({
          pointer,
          anchor: 'member',
          message: `${where(pointer)} is ${quote(object[member])}, but ${model} marks ${name} ` +
            'read-only: Genesys sets it, not the request (the reference does not say whether a ' +
            'value sent is ignored or refused).',
          hint: isRemovable ? `Remove ${name}; Genesys fills it in itself.`
            : `Remove ${name} (Genesys fills it in itself) and give the members the request is ` +
              'meant to change.',
          ...(isRemovable ? { fix: { description: `Remove ${name}.`,
            ops: [{ op: 'remove-member' as const, pointer }] } } : {}),
        });
      }
    });
  },
} satisfies Rule;
