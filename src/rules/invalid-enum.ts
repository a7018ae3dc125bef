// invalid-enum: an enum member holds a value outside the documented set, even ignoring case.
// Case-only mismatches are enum-case warnings; empty strings are empty-value; other JSON types
// are wrong-type.
import { listAlternatives, quote } from '../lint/quote.js';
import { nearest } from '../lint/suggest.js';
import type { Problem, Rule, SchemaIssue } from './rule.js';
import { where } from './support/field-names.js';

export const invalidEnum = {
  id: 'invalid-enum',
  severity: 'error',
  summary: 'An enum member holds a value that is not documented, even ignoring case.',
  fromSchema(issue: SchemaIssue): Problem | undefined {
    // Non-strings are wrong-type findings already; "" is empty-value's.
    if (issue.keyword !== 'enum' || typeof issue.value !== 'string' || issue.value === '') {
      return undefined;
    }
    const allowed = allowedValues(issue);
    if (matchIgnoringCase(issue.value, allowed)) return undefined;
    const guess = nearest(issue.value, allowed);
    return {
      pointer: issue.pointer,
      message:
        `${where(issue.pointer)} is ${quote(issue.value)}; expected one of ` +
        `${listAlternatives(allowed)}.`,
      hint: guess ? `Did you mean "${guess}"?` : `Use one of ${listAlternatives(allowed)}.`,
    };
  },
} satisfies Rule;

export function allowedValues(issue: SchemaIssue): string[] {
  const values = issue.params['allowedValues'];
  return Array.isArray(values) ? values.map(String) : [];
}

export function matchIgnoringCase(value: string, allowed: readonly string[]): string | undefined {
  return allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
}
