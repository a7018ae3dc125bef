// wrong-type: the JSON type does not match the model: a number where text is expected, text
// where a list is expected, a non-string value in a string map, a priority that is not a 32-bit
// integer. Object-typed locations are not-an-object instead.
import { describeType, quote } from '../lint/quote.js';
import type { Problem, Rule, SchemaIssue } from './rule.js';
import { where } from './support/field-names.js';

const EXPECTED: Record<string, string> = {
  string: 'a string',
  array: 'a list',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
};

export const wrongType = {
  id: 'wrong-type',
  severity: 'error',
  summary: 'The JSON type of a value does not match the model.',
  fromSchema(issue: SchemaIssue): Problem | undefined {
    if (issue.keyword === 'format' && issue.params['format'] === 'int32') {
      return {
        pointer: issue.pointer,
        message: `${where(issue.pointer)} is ${quote(issue.value)}, outside the 32-bit integer range.`,
        hint: 'Use a whole number between -2147483648 and 2147483647.',
      };
    }
    const expected = issue.params['type'];
    if (issue.keyword !== 'type' || typeof expected !== 'string' || expected === 'object') {
      return undefined;
    }
    return {
      pointer: issue.pointer,
      message:
        `${where(issue.pointer)} must be ${EXPECTED[expected] ?? expected}, but it is ` +
        `${describeType(issue.value)}: ${quote(issue.value)}.`,
      hint: hintFor(expected, issue.value),
    };
  },
} satisfies Rule;

function hintFor(expected: string, value: unknown): string {
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    const text = typeof value === 'number' && Number.isInteger(value) && value > 0
      ? `"+${value}"` : JSON.stringify(String(value));
    return `Put the value in quotes: ${text}${text.startsWith('"+') ? ' (E.164 with its + sign)' : ''}.`;
  }
  if (expected === 'array' && typeof value === 'string') {
    return `Wrap it in a list: [${quote(value, 200)}].`;
  }
  if (expected === 'integer' && typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
    return `Write the number without quotes: ${value.trim()}.`;
  }
  if (expected === 'integer' && typeof value === 'number') {
    return `Use a whole number such as ${Math.round(value)}.`;
  }
  return `Change the value to ${EXPECTED[expected] ?? expected}.`;
}
