// wrong-type: the JSON type does not match the model: a number where text is expected, text
// where a list is expected, a non-string value in a string map, a priority that is not a 32-bit
// integer. Object-typed locations are not-an-object instead.
import { describeValue, listAlternatives, quote } from '../lint/quote.js';
import { writtenAt } from '../lint/locate.js';
import type { SchemaNode } from '../schema/schema-types.js';
import type { Problem, Rule, RuleContext, SchemaIssue } from './rule.js';
import {
  encodedItemProblem, encodedTwiceProblem, listEncodedIn, objectEncodedIn,
} from './support/encoded-twice.js';
import { where } from './support/field-names.js';
import { quotesHint } from './support/quoted-form.js';

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
  fromSchema(issue: SchemaIssue, context: RuleContext): Problem | undefined {
    if (issue.keyword === 'format' && issue.params['format'] === 'int32') {
      if (context.countWhenFull(issue.pointer)) return undefined;
      return {
        pointer: issue.pointer,
        message: `${where(issue.pointer)} is ${quote(issue.value)}, outside the 32-bit integer range.`,
        hint: 'Use a whole number between -2147483648 and 2147483647.',
      };
    }
    if (issue.keyword === 'minimum' || issue.keyword === 'maximum') {
      // The one documented range (reference CB-5, an info-level fact): ScoredAgent.score runs
      // from 0 to 100. Whether Genesys refuses other scores is not documented, hence a warning.
      if (context.countWhenFull(issue.pointer, 'warning')) return undefined;
      const { minimum, maximum } = issue.schema;
      return {
        pointer: issue.pointer,
        severity: 'warning',
        message: `${where(issue.pointer)} is ${quote(issue.value)}, outside its documented range ` +
          `${minimum ?? '…'} to ${maximum ?? '…'}.`,
        hint: `Use a whole number from ${minimum ?? '…'} to ${maximum ?? '…'}.`,
      };
    }
    const expected = issue.params['type'];
    if (issue.keyword !== 'type' || typeof expected !== 'string' || expected === 'object') {
      return undefined;
    }
    if (context.countWhenFull(issue.pointer)) return undefined;
    const said = `${where(issue.pointer)} must be ${EXPECTED[expected] ?? expected}, but it is ` +
      describeValue(issue.value);
    const encoded = expected === 'array' && typeof issue.value === 'string'
      ? encodedProblem(said, issue, issue.value, context) : undefined;
    if (encoded) return encoded;
    return {
      pointer: issue.pointer,
      message: `${said}.`,
      // A number's digits as written: 12345678901234567890 parses to ...567000, 1.10 to 1.1.
      hint: hintFor(expected, issue.value, issue.schema, typeof issue.value === 'number'
        ? writtenNumber(context.text, issue.pointer) : undefined),
    };
  },
} satisfies Rule;

/**
 * The finding for a string that holds the JSON text of the list wanted, or of one object such a
 * list holds: encoded twice. Undefined when the string holds neither.
 */
function encodedProblem(said: string, issue: SchemaIssue, value: string,
  context: RuleContext): Problem | undefined {
  const list = listEncodedIn(value);
  if (list) return encodedTwiceProblem(said, issue.pointer, value, list, context);
  // In a list of ids or numbers the object is no item either: the plain hint stays there.
  const object = holdsObjects(issue.schema) ? objectEncodedIn(value) : undefined;
  return object ? encodedItemProblem(said, issue.pointer, value, object, context) : undefined;
}

/** Whether a list's items are objects: a model of their own (a reference) or one written in. */
function holdsObjects(schema: SchemaNode): boolean {
  const { items } = schema;
  return items !== undefined && (items.$ref !== undefined || items.type === 'object');
}

/** The number at pointer as the text writes it, when it is a JSON number there. */
function writtenNumber(text: string, pointer: string): string | undefined {
  const written = writtenAt(text, pointer);
  return written !== undefined && /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(written)
    ? written : undefined;
}

const INT32 = { min: -2147483648n, max: 2147483647n };

function hintFor(expected: string, value: unknown, schema: SchemaNode, written?: string): string {
  if (schema.enum) return `Use one of ${listAlternatives(schema.enum)}.`;
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return quotesHint(value, schema, written);
  }
  if (expected === 'array' && typeof value === 'string') {
    return `Wrap it in a list: [${quote(value, 200)}].`;
  }
  if (expected === 'integer' && typeof value === 'string' && /^-?\d+$/.test(value.trim())) {
    // JSON takes no leading zeros ("05" unquoted is a syntax error), and the number must fit.
    const number = value.trim().replace(/^(-?)0+(?=\d)/, '$1');
    if (schema.format === 'int32' && (BigInt(number) < INT32.min || BigInt(number) > INT32.max)) {
      return 'Use a whole number between -2147483648 and 2147483647, without quotes.';
    }
    return `Write the number without quotes: ${number}.`;
  }
  // 1e400 parses to Infinity, whose rounding would be suggested as "Infinity" (issue 7).
  if (expected === 'integer' && typeof value === 'number' && Number.isFinite(value)) {
    return `Use a whole number such as ${Math.round(value)}.`;
  }
  return `Change the value to ${EXPECTED[expected] ?? expected}.`;
}
