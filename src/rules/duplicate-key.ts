// duplicate-key: a member named twice in one object. JSON.parse, and most servers' parsers, keep
// the last value and drop the earlier ones silently (RFC 8259 §4 leaves names unique as a SHOULD),
// so what the sender meant by the first is lost, and other rules only ever see the last.
import { quote } from '../lint/quote.js';
import type { Rule } from './rule.js';
import { where } from './support/field-names.js';
import { countColons, countMembers, findDuplicateKeys } from './support/find-duplicate-keys.js';

export const duplicateKey = {
  id: 'duplicate-key',
  severity: 'error',
  summary: 'A member named twice in one object; parsers keep only the last value.',
  check(context) {
    // Scanning costs a second pass over the text; a body with no more colons than members
    // cannot repeat a name, which is almost every body.
    if (countColons(context.text) <= countMembers(context.body)) return;
    for (const duplicate of findDuplicateKeys(context.text)) {
      context.report({
        pointer: duplicate.pointer,
        offset: duplicate.offset,
        length: duplicate.length,
        message: `${where(duplicate.pointer)} is given ${duplicate.count} times in one object; ` +
          'JSON parsers keep only the last value and silently drop the earlier ones, starting ' +
          'with this one.',
        hint: `Keep one ${quote(duplicate.key)} member: remove the others, or merge their values into it.`,
      });
    }
  },
} as const satisfies Rule;
