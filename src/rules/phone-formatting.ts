// phone-formatting: a phone number written with spaces, dashes, dots or parentheses. Genesys
// may strip them, but E.164 has none, and formatted numbers break exact matching downstream.
import { quote } from '../lint/quote.js';
import type { Fix } from '../lint/types.js';
import { analysePhone, isNumberToJudge, isNumeric } from '../phone/analyse-phone.js';
import { where } from './support/field-names.js';
import type { Rule, RuleContext } from './rule.js';

const LENIENT_KINDS = new Set(['dial-address', 'transfer-address', 'callback-number']);

export const phoneFormatting = {
  id: 'phone-formatting',
  severity: 'warning',
  summary: 'A phone number contains spaces, dashes, dots or parentheses.',
  check(context: RuleContext): void {
    context.forEachString((field) => {
      if (!LENIENT_KINDS.has(field.schema['x-kind'] ?? '')) return;
      const phone = analysePhone(field.value);
      if (!isNumberToJudge(field.schema['x-kind'], phone)) return;
      if (!phone.hasFormatting || !isNumeric(phone.compact)) return;
      // A tel: URI keeps its scheme here: uri-address's fix drops it, and the next pass of the
      // fixer then compacts the bare number.
      // "+44 (0)20 ...": compacting alone would keep the trunk 0, a different number in E.164.
      const compact = phone.withoutTrunk ?? phone.compact;
      // Writing the compact number would drop an extension, and with it part of the call.
      const fix = phone.uriScheme || phone.extension ? undefined : writeCompact(field.pointer, compact);
      context.report({
        pointer: field.pointer,
        message: `${where(field.pointer)} is ${quote(field.value)}, a number written with separators.`,
        hint: (phone.withoutTrunk
          ? `Write it without separators and without the trunk prefix ${phone.trunk}: "${compact}"`
          : `Write it without spaces, dashes, dots or parentheses: "${compact}"`) +
          (phone.extension ? `, then its extension ${phone.extension} (see non-e164).` : '.'),
        ...(fix ? { fix } : {}),
      });
    });
  },
} satisfies Rule;

function writeCompact(pointer: string, compact: string): Fix {
  return {
    description: `Write "${compact}".`,
    ops: [{ op: 'replace-value', pointer, value: compact }],
  };
}
