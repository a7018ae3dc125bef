// conflicting-targets: an object names more than one party where only one is allowed; Genesys
// answers such a create-call with too.many.create.conversation.parameters. Reported at the object.
import { where } from './support/field-names.js';
import { orList, presentTargets } from './support/targets.js';
import type { Rule, RuleContext } from './rule.js';

export const conflictingTargets = {
  id: 'conflicting-targets',
  severity: 'error',
  summary: 'The object names more than one target where one is allowed.',
  check(context: RuleContext): void {
    context.forEachObject((object) => {
      const spec = object.schema['x-targets'];
      if (!spec || spec.mode === 'at-least-one') return;
      const present = presentTargets(object, spec);
      if (present.length < 2 || context.countWhenFull(object.pointer, spec.severity)) return;
      context.report({
        pointer: object.pointer,
        ...(spec.severity ? { severity: spec.severity } : {}),
        message:
          `${object.model} at ${where(object.pointer)} names ${present.length} targets ` +
          `(${present.join(', ')}), but only one is allowed.`,
        hint: `Keep exactly one of ${orList(present)}; send a separate request for each other target.`,
      });
    });
  },
} satisfies Rule;
