// not-an-object: an object is required here but something else is present: a top-level list, a
// string where destination or routingData belongs, a non-object attributes/data map.
import { describeValue, quote } from '../lint/quote.js';
import { analysePhone, isNumeric } from '../phone/analyse-phone.js';
import type { Problem, Rule, RuleContext, SchemaIssue } from './rule.js';
import { where } from './support/field-names.js';

export const notAnObject = {
  id: 'not-an-object',
  severity: 'error',
  summary: 'An object is required at this location but another JSON type is there.',
  fromSchema(issue: SchemaIssue, context: RuleContext): Problem | undefined {
    if (issue.keyword !== 'type' || issue.params['type'] !== 'object') return undefined;
    if (context.countWhenFull(issue.pointer)) return undefined;
    const model = issue.schema['x-model'];
    const shape = model ? `a ${model} object` : 'an object of text values';
    return {
      pointer: issue.pointer,
      message:
        `${where(issue.pointer)} must be ${shape}, but it is ${describeValue(issue.value)}.`,
      hint: hintFor(issue, model),
    };
  },
} satisfies Rule;

function hintFor(issue: SchemaIssue, model: string | undefined): string {
  const { value, pointer } = issue;
  if (pointer === '' && Array.isArray(value)) {
    return 'Send one JSON object per request; a list of bodies needs one request each.';
  }
  if (model === 'Destination' && typeof value === 'string') {
    const phone = analysePhone(value);
    if (phone.isUuid) return `Write {"userId": ${quote(value)}} or {"queueId": ${quote(value)}}.`;
    if (isNumeric(phone.compact) || phone.uriScheme) return `Write {"address": ${quote(value)}}.`;
    return 'Write an object with exactly one of address, userId or queueId.';
  }
  if (model === 'RoutingData' && typeof value === 'string') {
    return `Write {"queueId": ${quote(value)}} if this is the queue's id.`;
  }
  if (!model) return 'Write an object whose values are strings, such as {"key": "value"}.';
  return `Replace it with a JSON object (${model}).`;
}
