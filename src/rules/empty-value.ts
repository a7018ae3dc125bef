// empty-value: an empty string in a typed member (id, number, address, date-time, enum, country
// code). An error when the member is required, otherwise a warning: an empty optional member
// is noise the service may or may not ignore. Free-text members are never reported.
import { where } from './support/field-names.js';
import type { Rule, RuleContext } from './rule.js';

export const emptyValue = {
  id: 'empty-value',
  severity: 'warning',
  summary: 'A typed member holds an empty string.',
  check(context: RuleContext): void {
    context.forEachString((field) => {
      const kind = field.schema['x-kind'];
      if (field.value !== '' || kind === 'text' || kind === undefined) return;
      // Where the model documents a blank as "leave it unchanged" (post-call action, §3.6).
      if (field.schema['x-blank-keeps']) return;
      const what = WHAT[kind] ?? 'a value';
      context.report({
        pointer: field.pointer,
        severity: field.isRequired ? 'error' : 'warning',
        message: `${where(field.pointer)} is an empty string ""; ${what} is expected here.`,
        hint: hintFor(field.isRequired, /\/\d+$/.test(field.pointer), field.member, what),
      });
    });
  },
} satisfies Rule;

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
