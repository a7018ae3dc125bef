// not-an-object: an object is required here but something else is present: a top-level list, a
// string where destination or routingData belongs, a non-object attributes/data map.
import { describeValue, quote } from '../lint/quote.js';
import type { SchemaNode } from '../schema/schema-types.js';
import type { Problem, Rule, RuleContext, SchemaIssue } from './rule.js';
import { encodedTwiceProblem, objectEncodedIn } from './support/encoded-twice.js';
import { entityPhrase, where } from './support/field-names.js';
import { memberShape } from './support/member-shape.js';
import { idMemberOf, membersForString } from './support/string-as-object.js';

export const notAnObject = {
  id: 'not-an-object',
  severity: 'error',
  summary: 'An object is required at this location but another JSON type is there.',
  fromSchema(issue: SchemaIssue, context: RuleContext): Problem | undefined {
    if (issue.keyword !== 'type' || issue.params['type'] !== 'object') return undefined;
    if (context.countWhenFull(issue.pointer)) return undefined;
    const model = issue.schema['x-model'];
    const shape = model ? `a ${model} object` : 'an object of text values';
    const said = `${where(issue.pointer)} must be ${shape}, but it is ${describeValue(issue.value)}`;
    const { value, pointer } = issue;
    const decoded = typeof value === 'string' ? objectEncodedIn(value) : undefined;
    if (typeof value === 'string' && decoded) {
      return encodedTwiceProblem(said, pointer, value, decoded, context);
    }
    return { pointer, message: `${said}.`, hint: hintFor(issue, context) };
  },
} satisfies Rule;

function hintFor(issue: SchemaIssue, context: RuleContext): string {
  const { value, pointer, schema } = issue;
  const model = schema['x-model'];
  if (pointer === '' && Array.isArray(value)) {
    return 'Send one JSON object per request; a list of bodies needs one request each.';
  }
  if (!model) return 'Write an object whose values are strings, such as {"key": "value"}.';
  if (typeof value === 'string') return stringHint(schema, pointer, value, context);
  return `Replace it with a JSON object (${model}).`;
}

/** The object the string most likely stands for, else what the model's object must hold. */
function stringHint(model: SchemaNode, pointer: string, value: string, context: RuleContext): string {
  const members = membersForString(model, pointer, value, context);
  if (members.length > 0) {
    return `Write ${members.map((member) => `{${quote(member)}: ${quote(value)}}`).join(' or ')}.`;
  }
  const id = model['x-targets'] ? undefined : idMemberOf(model);
  const node = id === undefined ? undefined : model.properties?.[id];
  if (id !== undefined && node !== undefined) {
    return `Replace it with a ${model['x-model']} object; its ${quote(id)} takes the ` +
      `${entityPhrase(node)} (a UUID).`;
  }
  return `Replace it with ${memberShape(model, undefined).full}.`;
}
