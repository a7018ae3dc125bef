// empty-value: an empty string in a typed member (id, number, address, date-time, enum, country
// code). An error when the member is required, otherwise a warning: an empty optional member
// is noise the service may or may not ignore. Free-text members are never reported.
import { joinPointer } from '../lint/pointer.js';
import { needsEntry } from './support/endpoint-facts.js';
import { where } from './support/field-names.js';
import type { Rule, RuleContext } from './rule.js';

export const emptyValue = {
  id: 'empty-value',
  severity: 'warning',
  summary: 'A typed member holds an empty string.',
  check(context: RuleContext): void {
    let blankLists: Set<string> | undefined;
    context.forEachString((field) => {
      const kind = field.schema['x-kind'];
      if (field.value !== '' || kind === 'text' || kind === undefined) return;
      // Where the model documents a blank as "leave it unchanged" (post-call action, §3.6).
      if (field.schema['x-blank-keeps']) return;
      const what = WHAT[kind] ?? 'a value';
      const isListItem = /\/\d+$/.test(field.pointer);
      blankLists ??= isListItem ? findBlankLists(context) : undefined;
      const list = isListItem ? field.pointer.replace(/\/\d+$/, '') : undefined;
      const isSoleValue = list !== undefined && blankLists !== undefined && blankLists.has(list);
      const severity = field.isRequired || isSoleValue ? 'error' : 'warning';
      if (context.countWhenFull(field.pointer, severity)) return;
      context.report({
        pointer: field.pointer,
        severity,
        message: `${where(field.pointer)} is an empty string ""` +
          `${isSoleValue ? ' in a list that has no other value' : ''}; ${what} is expected here.`,
        hint: isSoleValue
          ? `"${field.member}" needs at least one entry that is not empty: fill in ${what}.`
          : hintFor(field.isRequired, isListItem, field.member, what),
      });
    });
  },
} satisfies Rule;

/**
 * Pointers of the lists that need an entry on this endpoint (minItems: callbackNumbers, and
 * conversationIds on a call or callback update, CB-1 and CONV-PATCH-1) but hold only empty
 * strings. There the blank is the list's only value, as a blank required member is (labelling
 * rule 4), so it is an error; an empty list itself is missing-required. Looked for only once a
 * list item is blank.
 */
function findBlankLists(context: RuleContext): Set<string> {
  const lists = new Set<string>();
  context.forEachObject((object) => {
    for (const [member, schema] of Object.entries(object.schema.properties ?? {})) {
      const value = object.value[member];
      if (!Array.isArray(value) || value.length === 0) continue;
      const pointer = joinPointer(object.pointer, member);
      if (!needsEntry(context.endpoint, pointer, schema)) continue;
      if (value.every((entry) => entry === '')) lists.add(pointer);
    }
  });
  return lists;
}

const WHAT: Partial<Record<string, string>> = {
  'entity-id': 'an id (UUID)',
  'dial-address': 'a phone number or address',
  'transfer-address': 'a phone number, address or id',
  'callback-number': 'a phone number',
  e164: 'an E.164 phone number',
  datetime: 'an ISO-8601 date-time',
  enum: 'one of the documented values',
  'country-code': 'a country code',
};

function hintFor(isRequired: boolean, isListItem: boolean, member: string, what: string): string {
  if (isRequired) return `"${member}" is required: fill in ${what}.`;
  if (isListItem) return `Fill in ${what}, or remove the empty entry from "${member}".`;
  return `Fill in ${what}, or leave "${member}" out of the body.`;
}
