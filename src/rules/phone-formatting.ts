// phone-formatting: a phone number written with spaces, dashes, dots or parentheses. Genesys
// may strip them, but E.164 has none, and formatted numbers break exact matching downstream.
import { quote } from '../lint/quote.js';
import type { Fix } from '../lint/types.js';
import {
  analysePhone,
  isNumberToJudge,
  isNumeric,
  type PhoneAnalysis,
} from '../phone/analyse-phone.js';
import { hasCountryCode, NO_COUNTRY_CODE } from '../phone/international-form.js';
import type { NumberPlace } from '../phone/number-place.js';
import {
  trailingGroup, whyNotOneNumber, withoutTrailingGroup, type NotOneNumber,
} from '../phone/one-number.js';
import { where } from './support/field-names.js';
import { countryOfNumber } from './support/numbers-country.js';
import type { Rule, RuleContext, StringVisit } from './rule.js';

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
      const message = `${where(field.pointer)} is ${quote(field.value)}, a number written with ` +
        'separators.';
      const { place } = countryOfNumber(field, context);
      const notOne = phone.extension ? undefined : whyNotOneNumber(phone, place);
      if (notOne) {
        const hint = notOneHint(notOne, phone, field, place);
        context.report({ pointer: field.pointer, message, hint });
        return;
      }
      // Writing the compact number would drop an extension, and with it part of the call.
      const fix = phone.uriScheme || phone.extension ? undefined : writeCompact(field.pointer, compact);
      context.report({
        pointer: field.pointer,
        message,
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

/** Why the digits are not written for the user, and what to do instead: split or choose. */
function notOneHint(
  why: NotOneNumber,
  phone: PhoneAnalysis,
  field: StringVisit,
  place: NumberPlace | undefined,
): string {
  const choose = field.schema['x-kind'] === 'callback-number'
    ? 'give each number its own item of callbackNumbers'
    : 'keep only the number to dial';
  if (why === 'trailing-group') {
    const group = `The group ${quote(trailingGroup(phone))} at the end looks like an extension or ` +
      'a note, which removing the separators would glue onto the number';
    // The number before the group, as it should be written: without a kept trunk prefix too.
    const before = analysePhone(withoutTrailingGroup(phone));
    if (before.hasPlus && !before.isPossibleE164 && before.withoutTrunk === undefined) {
      return `${group}, and the digits before it, ${quote(before.compact)}, make no number on ` +
        'their own: write the whole number to dial, without the note.';
    }
    return `${group}: write the number alone (${quote(before.withoutTrunk ?? before.compact)}); ` +
      'an extension is dialled once the call connects.';
  }
  const digits = phone.withoutTrunk ?? phone.compact;
  const what = {
    'side-by-side': 'would join what are written as two numbers side by side',
    'too-long': 'are more than one number holds (E.164 allows 15)',
    unwieldy: `stand in a value of ${field.value.length} characters, longer than one number is ` +
      'written',
    unplaced: 'are more than a national number holds in the plans that write numbers this way, and ' +
      'no country is known to judge them by (--country, or a callback\'s countryCode)',
    'not-possible': !phone.hasPlus && place !== undefined ? `make no possible ${place.name} number`
      : hasCountryCode(digits) || !phone.hasPlus ? 'make no possible number for their country code'
        : `make no number, since ${NO_COUNTRY_CODE}`,
  }[why];
  return `Without separators its digits, ${quote(digits)}, ${what}: if it holds two numbers, ` +
    `${choose}; if not, check the digits.`;
}
