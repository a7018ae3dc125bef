// enum-case: the value matches a documented enum value only when case is ignored. Genesys' own
// calls tutorial sends speakTo "destination" and the service takes it, so this is a warning. A
// value this endpoint does not accept at all, whatever its case, is invalid-enum's instead.
import { quote } from '../lint/quote.js';
import { allowedHere, matchIgnoringCase } from './invalid-enum.js';
import type { Problem, Rule, RuleContext, SchemaIssue } from './rule.js';
import { where } from './support/field-names.js';

export const enumCase = {
  id: 'enum-case',
  severity: 'warning',
  summary: 'An enum value differs from the documented one only in letter case.',
  fromSchema(issue: SchemaIssue, context: RuleContext): Problem | undefined {
    if (issue.keyword !== 'enum' || typeof issue.value !== 'string') return undefined;
    const documented = matchIgnoringCase(issue.value, allowedHere(issue, context));
    if (!documented) return undefined;
    if (context.countWhenFull(issue.pointer)) return undefined;
    return {
      pointer: issue.pointer,
      message:
        `${where(issue.pointer)} is ${quote(issue.value)}; the documented spelling is ` +
        `"${documented}".`,
      hint: `Write "${documented}".`,
      fix: {
        description: `Write "${documented}".`,
        ops: [{ op: 'replace-value', pointer: issue.pointer, value: documented }],
      },
    };
  },
} satisfies Rule;
