// phone-formatting: a phone number written with spaces, dashes, dots or parentheses, or with
// characters that only look like ASCII (look-alikes.ts). Genesys may strip them, but E.164 has
// none, and formatted numbers break exact matching downstream.
import type { CallerWords } from '../lint/caller-words.js';
import { quote } from '../lint/quote.js';
import type { Fix } from '../lint/types.js';
import {
  analysePhone,
  isNumberToJudge,
  isNumeric,
  isStrictE164,
  type PhoneAnalysis,
} from '../phone/analyse-phone.js';
import { describeLookAlikes } from '../phone/look-alikes.js';
import {
  countryCodeHint, dialledE164, hasCountryCode, lacksCountryCode, notACountryCode, onlyDialledE164,
  plusForPrefix,
} from '../phone/international-form.js';
import { certainE164OfDigits } from '../phone/certain-e164.js';
import type { NumberPlace } from '../phone/number-place.js';
import {
  judgedDigits, numberBeforeGroup, trailingGroup, whyNotOneNumber, withoutTrailingGroup,
  type NotOneNumber,
} from '../phone/one-number.js';
import { fixedE164 } from './non-e164.js';
import { where } from './support/field-names.js';
import { judgedWhere, readingCountry } from './support/numbers-country.js';
import type { Rule, RuleContext, StringVisit } from './rule.js';

const LENIENT_KINDS = new Set(['dial-address', 'transfer-address', 'callback-number']);

export const phoneFormatting = {
  id: 'phone-formatting',
  severity: 'warning',
  summary: 'A phone number contains spaces, dashes, dots, parentheses or look-alike characters.',
  check(context: RuleContext): void {
    context.forEachString((field) => {
      if (!LENIENT_KINDS.has(field.schema['x-kind'] ?? '')) return;
      const phone = analysePhone(field.value);
      if (!isNumberToJudge(field.schema['x-kind'], phone)) return;
      const hasLookAlikes = phone.lookAlikes.length > 0;
      if (!(phone.hasFormatting || hasLookAlikes) || !isNumeric(phone.compact)) return;
      if (context.countWhenFull(field.pointer)) return;
      // A tel: URI keeps its scheme here: uri-address's fix drops it, and the next pass of the
      // fixer then compacts the bare number.
      // Read once: a callback number's country comes from its body's members, looked up anew
      // by each reading.
      const judged = judgedWhere(field, context);
      const { place } = judged.country;
      // What non-e164's fix writes, where it has one: following either hint then settles both.
      const compact = (phone.uriScheme ? undefined : fixedE164(phone, judged)) ??
        compactForm(phone, place, judged.places);
      const message = `${where(field.pointer)} is ${quote(field.value)}, a number written with ` +
        `${writtenWith(phone, field.value)}.`;
      const notOne = phone.extension ? undefined : whyNotOneNumber(phone, place);
      if (notOne) {
        const hint = notOneHint(notOne, phone, field, place, context.words);
        context.report({ pointer: field.pointer, message, hint });
        return;
      }
      // Writing the compact number would drop an extension, and with it part of the call.
      const fix = phone.uriScheme || phone.extension ? undefined
        : readingCountry(writeCompact(field.pointer, compact), field);
      context.report({
        pointer: field.pointer,
        message,
        hint: phone.extension ? extensionHint(phone, compact)
          : `Write it ${compactChange(phone, compact)}: "${compact}"${thenE164(phone, compact)}.`,
        ...(fix ? { fix } : {}),
      });
    });
  },
} satisfies Rule;

/**
 * The digits to write. "+44 (0)20 ...": compacting alone would keep the trunk 0, a different
 * number in E.164. "00 44 20 ...": the compact "0044..." is no E.164 number either, and non-e164
 * asks for the "+" form when the country's plan lists it: 00 read as "+" changes no digit, and a
 * trunk prefix kept after the country code goes, as above. Not where a place the number may be
 * dialled from reads the digits as another number (onlyDialledE164): only separators go then.
 */
function compactForm(
  phone: PhoneAnalysis,
  place: NumberPlace | undefined,
  places: readonly NumberPlace[],
): string {
  if (phone.withoutTrunk !== undefined) return phone.withoutTrunk;
  // A number with an extension gets no fix, only this hint: give the E.164 form where it is
  // known ("1 317 555 0100 x12" in the US), as non-e164 does, so that it is not warned about again.
  const certain = phone.extension ? certainE164OfDigits(phone.compact, place) : undefined;
  if (certain !== undefined) return certain;
  return onlyDialledE164(phone.compact, places)?.number ?? phone.compact;
}

/** The number to write before the extension, unless no country code begins it ("+999 ..."). */
function extensionHint(phone: PhoneAnalysis, compact: string): string {
  if (lacksCountryCode(compact)) {
    return `${countryCodeHint(compact)}, digits only, then its extension ${phone.extension} ` +
      '(see non-e164).';
  }
  return `Write it ${compactChange(phone, compact)}: "${compact}", then its extension ` +
    `${phone.extension} (see non-e164).`;
}

/** What the number is written with: separators, look-alike or invisible characters, or both. */
function writtenWith(phone: PhoneAnalysis, value: string): string {
  if (phone.lookAlikes.length === 0) return 'separators';
  // "+1\u2011317\u2011555...": its separators are the look-alikes, named in what follows.
  const also = /[\s\-.()]/.test(value) ? 'separators and ' : '';
  return `${also}${describeLookAlikes(phone.lookAlikes)}`;
}

/**
 * Where non-e164 warns about the number and has no E.164 form to write (no country known), what
 * remains after following this hint: said, so that the second warning comes as no surprise.
 */
function thenE164(phone: PhoneAnalysis, compact: string): string {
  return phone.isPossibleE164 || isStrictE164(compact) ? '' : ', then its E.164 form (see non-e164)';
}

/** What writing `compact` changes in the value, for the hint: "without spaces, ...". */
function compactChange(phone: PhoneAnalysis, compact: string): string {
  const removed = `without ${removedFrom(phone, compact)}`;
  if (phone.lookAlikes.length === 0) return removed;
  if (phone.hasFormatting) return `in ASCII, ${removed}`;
  return compact === phone.compact ? 'in ASCII' : 'in ASCII, in E.164 form';
}

/** What writing `compact` takes out of the value. */
function removedFrom(phone: PhoneAnalysis, compact: string): string {
  if (phone.withoutTrunk !== undefined) {
    return `separators and without the trunk prefix ${phone.trunk}`;
  }
  if (compact === phone.compact) return 'spaces, dashes, dots or parentheses';
  const dialled = dialledE164(phone.compact);
  if (dialled?.number !== compact) return 'separators, in E.164 form';
  return 'separators, with "+" for the international prefix 00' +
    (dialled.trunk === undefined ? '' : ` and without the trunk prefix ${dialled.trunk}`);
}

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
  words: CallerWords,
): string {
  const choose = field.schema['x-kind'] === 'callback-number'
    ? 'give each number its own item of callbackNumbers'
    : 'keep only the number to dial';
  if (why === 'trailing-group') {
    const group = `The group ${quote(trailingGroup(phone))} at the end looks like an extension or ` +
      'a note, which removing the separators would glue onto the number';
    // The number before the group, as it should be written: in E.164 where that is known ("1 317
    // 555 0100 12" in the US is +13175550100; "13175550100" would only be warned about again),
    // else without a kept trunk prefix, with 00 read as "+".
    const written = withoutTrailingGroup(phone);
    const before = analysePhone(plusForPrefix(written) ?? written);
    if (before.hasPlus && !before.isPossibleE164 && before.withoutTrunk === undefined) {
      return `${group}, and the digits before it, ${quote(written)}, make no number on ` +
        'their own: write the whole number to dial, without the note.';
    }
    const alone = numberBeforeGroup(phone, place) ?? before.withoutTrunk ?? before.compact;
    return `${group}: write the number alone (${quote(alone)}); ` +
      'an extension is dialled once the call connects.';
  }
  const digits = phone.withoutTrunk ?? phone.compact;
  const what = {
    'side-by-side': 'would join what are written as two numbers side by side',
    'too-long': 'are more than one number holds (E.164 allows 15)',
    unwieldy: `stand in a value of ${field.value.length} characters, longer than one number is ` +
      'written',
    unplaced: 'are more than a national number holds in the plans that write numbers this way, and ' +
      `no country is known to judge them by (${words.option('defaultCountry')}, or a ` +
      'callback\'s countryCode)',
    'not-possible': notPossibleWhat(phone, place),
  }[why];
  // "+999 123 456" is one number with a wrong code, not two numbers to choose between.
  const next = why === 'not-possible' && lacksCountryCode(phone.compact)
    ? 'write "+", the country code of the number, then its national number'
    : `if it holds two numbers, ${choose}; if not, check the digits`;
  return `Without separators its digits, ${quote(digits)}, ${what}: ${next}.`;
}

/** Why the digits make no possible number: their country code, or the place they are judged in. */
function notPossibleWhat(phone: PhoneAnalysis, place: NumberPlace | undefined): string {
  // "00 1 317 555 01" is judged by the country code after 00, as non-e164 reads it.
  const judged = judgedDigits(phone);
  if (!judged.startsWith('+')) return `make no possible ${place?.name ?? ''} number`;
  if (hasCountryCode(judged)) return 'make no possible number for their country code';
  return phone.hasPlus ? `make no number, since ${notACountryCode(judged)}`
    : 'make no number, since no country code follows the international prefix 00';
}
