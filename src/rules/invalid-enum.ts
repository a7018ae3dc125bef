// invalid-enum: an enum member holds a value outside the documented set, even ignoring case.
// Case-only mismatches are enum-case warnings; empty strings are empty-value; other JSON types
// are wrong-type. Some endpoints accept fewer values than the model lists (a call's PATCH only
// takes state "disconnected"; support/endpoint-facts.ts): there the narrower set is the one judged.
import { listAlternatives, quote } from '../lint/quote.js';
import { nearest } from '../lint/suggest.js';
import type { Problem, Rule, RuleContext, SchemaIssue } from './rule.js';
import { narrowedEnum } from './support/endpoint-facts.js';
import { where } from './support/field-names.js';
import { unfilledVariable } from './support/template-variable.js';

export const invalidEnum = {
  id: 'invalid-enum',
  severity: 'error',
  summary: 'An enum member holds a value that is not documented, even ignoring case.',
  fromSchema(issue: SchemaIssue, context: RuleContext): Problem | undefined {
    // Non-strings are wrong-type findings already; "" is empty-value's.
    if (issue.keyword !== 'enum' || typeof issue.value !== 'string' || issue.value === '') {
      return undefined;
    }
    const allowed = allowedHere(issue, context);
    if (matchIgnoringCase(issue.value, allowed)) return undefined;
    if (context.countWhenFull(issue.pointer)) return undefined;
    const unfilled = unfilledVariable(issue.pointer, issue.value,
      { what: 'value', instead: choicesOf(allowed) });
    if (unfilled !== undefined) return { pointer: issue.pointer, ...unfilled };
    const why = narrowedEnum(context.endpoint, issue.pointer)?.why;
    return describe(issue.pointer, issue.value, allowed, why);
  },
  check(context: RuleContext): void {
    // Values the schema accepts but this endpoint does not; ajv reported the rest already.
    context.forEachString((field) => {
      const narrowed = narrowedEnum(context.endpoint, field.pointer);
      if (!narrowed || !field.schema.enum?.includes(field.value)) return;
      if (matchIgnoringCase(field.value, narrowed.values)) return;
      context.report(describe(field.pointer, field.value, narrowed.values, narrowed.why));
    });
  },
} satisfies Rule;

function describe(
  pointer: string,
  value: string,
  allowed: readonly string[],
  why: string | undefined,
): Problem {
  const guess = nearest(value, allowed);
  const choices = choicesOf(allowed);
  const reason = why ? ` here: ${why}` : '';
  return {
    pointer,
    message: `${where(pointer)} is ${quote(value)}; expected ${choices}${reason}.`,
    hint: guess ? `Did you mean "${guess}"?` : `Use ${choices}.`,
  };
}

/** "\"A\"" for one value, else "one of \"A\", \"B\" or \"C\"". */
function choicesOf(allowed: readonly string[]): string {
  const listed = listAlternatives(allowed);
  return allowed.length === 1 ? listed : `one of ${listed}`;
}

export function allowedValues(issue: SchemaIssue): string[] {
  const values = issue.params['allowedValues'];
  return Array.isArray(values) ? values.map(String) : [];
}

/** The values this endpoint accepts at the issue's member: its narrowed set, else the model's. */
export function allowedHere(issue: SchemaIssue, context: RuleContext): readonly string[] {
  return narrowedEnum(context.endpoint, issue.pointer)?.values ?? allowedValues(issue);
}

export function matchIgnoringCase(value: string, allowed: readonly string[]): string | undefined {
  return allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
}
