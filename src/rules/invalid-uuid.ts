// invalid-uuid: a non-empty value in an entity-id member (queue, user, skill, language skill,
// script, external contact, conversation) is not a UUID. Catches unreplaced placeholders
// ("QUEUE_ID", "queue-id-goes-here") and names or locale tags where an id belongs.
import { quote } from '../lint/quote.js';
import type { Rule, RuleContext } from './rule.js';
import { entityPhrase } from './support/field-names.js';
import { isUuid, looksLikePlaceholder } from './support/uuid.js';

export const invalidUuid = {
  id: 'invalid-uuid',
  severity: 'error',
  summary: 'An entity id is not a UUID (placeholders, names, locale tags).',
  check(context: RuleContext): void {
    context.forEachString((field) => {
      if (field.schema['x-kind'] !== 'entity-id' || field.value === '' || isUuid(field.value)) {
        return;
      }
      const phrase = entityPhrase(field.schema);
      const braced = /^\{(.*)\}$/.exec(field.value)?.[1];
      const why = braced !== undefined && isUuid(braced)
        ? 'the UUID is wrapped in braces, which Genesys ids never are'
        : looksLikePlaceholder(field.value)
        ? 'it looks like a template placeholder that was never replaced'
        : 'Genesys ids are UUIDs such as 9c6f5070-8b03-4726-beda-883420184a49';
      context.report({
        pointer: field.pointer,
        message: `${field.pointer} is ${quote(field.value)}, which is not ${article(phrase)} ${phrase}: ${why}.`,
        hint: `Put the ${phrase} (a UUID, 8-4-4-4-12 hex digits) here, not its name or a stand-in.`,
      });
    });
  },
} satisfies Rule;

function article(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? 'an' : 'a';
}
