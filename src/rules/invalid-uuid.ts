// invalid-uuid: a non-empty value in an entity-id member (queue, user, skill, language skill,
// script, external contact, conversation, callback, wrap-up code, ...) is not a UUID. Catches
// unreplaced placeholders ("QUEUE_ID", "queue-id-goes-here") and names or locale tags where an id
// belongs. On callback-replace, address only takes a user or queue id (XFER-2), so a phone number
// there is reported here, with that reason.
import { invisibleCharactersIn, withoutInvisible } from '../lint/escape-control.js';
import { quote } from '../lint/quote.js';
import type { Rule, RuleContext } from './rule.js';
import { article } from './support/article.js';
import { phoneInIdOnlyMember } from './support/endpoint-facts.js';
import { entityPhrase, where } from './support/field-names.js';
import { andList } from './support/targets.js';
import { unfilledVariable } from './support/template-variable.js';
import { isUuid, looksLikePlaceholder } from './support/uuid.js';

const EXAMPLE_ID = '9c6f5070-8b03-4726-beda-883420184a49';

export const invalidUuid = {
  id: 'invalid-uuid',
  severity: 'error',
  summary: 'An entity id is not a UUID (placeholders, names, locale tags).',
  check(context: RuleContext): void {
    context.forEachString((field) => {
      if (field.schema['x-kind'] !== 'entity-id' || field.value === '' || isUuid(field.value)) {
        return;
      }
      if (context.countWhenFull(field.pointer)) return;
      const phrase = entityPhrase(field.schema);
      const unfilled = unfilledVariable(field.pointer, field.value,
        { what: phrase, instead: `the ${phrase} (a UUID)`, example: `"${EXAMPLE_ID}"` });
      if (unfilled !== undefined) {
        context.report({ pointer: field.pointer, ...unfilled });
        return;
      }
      const hidden = hiddenInId(field.pointer, field.value, phrase);
      if (hidden !== undefined) {
        context.report({ pointer: field.pointer, ...hidden });
        return;
      }
      const phoneWhy = phoneInIdOnlyMember(context.endpoint, field);
      context.report({
        pointer: field.pointer,
        message: `${where(field.pointer)} is ${quote(field.value)}, which is not ${article(phrase)} ` +
          `${phrase}: ${phoneWhy ?? reasonFor(field.value)}.`,
        hint: phoneWhy
          ? `Put the ${phrase} (a UUID) that takes over here; a number cannot be used.`
          : `Put the ${phrase} (a UUID, 8-4-4-4-12 hex digits) here, not its name or a stand-in.`,
      });
    });
  },
} satisfies Rule;

/**
 * An id pasted with a character no editor shows ("\u200b" + a UUID): told "not its name or a
 * stand-in", a reader compares the visible text and finds nothing wrong. Name the character
 * instead. No fix: no rule removes such characters from a value (phone-formatting removes only
 * the spaces that separate a number's digits), and one may stand for a copying fault elsewhere.
 */
function hiddenInId(
  pointer: string,
  value: string,
  phrase: string,
): { message: string; hint: string } | undefined {
  const hidden = invisibleCharactersIn(value);
  if (hidden.length === 0 || !isUuid(withoutInvisible(value))) return undefined;
  const which = hidden.length === 1 ? `an invisible character, ${hidden[0]}`
    : `invisible characters, ${andList(hidden)}`;
  return {
    message: `${where(pointer)} is ${quote(value)}, which holds ${which}; without ` +
      `${hidden.length === 1 ? 'it' : 'them'}, the value is a valid ${phrase}.`,
    hint: `Delete the invisible ${hidden.length === 1 ? 'character' : 'characters'} from the ` +
      `${phrase} (typing the id again does it): most editors do not show ` +
      `${hidden.length === 1 ? 'it' : 'them'}.`,
  };
}


function reasonFor(value: string): string {
  const braced = /^\{(.*)\}$/.exec(value)?.[1];
  if (braced !== undefined && isUuid(braced)) {
    return 'the UUID is wrapped in braces, which Genesys ids never are';
  }
  if (looksLikePlaceholder(value)) {
    return 'it looks like a template placeholder that was never replaced';
  }
  return `Genesys ids are UUIDs such as ${EXAMPLE_ID}`;
}

