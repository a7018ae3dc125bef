// enum-case: the value matches a documented enum value only when case is ignored. Genesys' own
// calls tutorial sends speakTo "destination" and the service takes it, so this is a warning.
import { quote } from '../lint/quote.js';
import { allowedValues, matchIgnoringCase } from './invalid-enum.js';
import type { Problem, Rule, SchemaIssue } from './rule.js';
import { where } from './support/field-names.js';

export const enumCase = {
  id: 'enum-case',
  severity: 'warning',
  summary: 'An enum value differs from the documented one only in letter case.',
  fromSchema(issue: SchemaIssue): Problem | undefined {
    if (issue.keyword !== 'enum' || typeof issue.value !== 'string') return undefined;
    const documented = matchIgnoringCase(issue.value, allowedValues(issue));
    if (!documented) return undefined;
    return {
      pointer: issue.pointer,
      message:
        `${where(issue.pointer)} is ${quote(issue.value)}; the documented spelling is ` +
        `"${documented}".`,
      hint: `Write "${documented}".`,
    };
  },
} satisfies Rule;
