// invalid-phone: a value in a phone-number member is not a number at all (letters, a name, a
// UUID, a URI where only a number is allowed), or callerId is not strict E.164. The callback
// model documents E.164 for callerId; the same rule is applied to calls for consistency.
import { quote } from '../lint/quote.js';
import { analysePhone, isKeypadCode, isNumeric, isStrictE164 } from '../phone/analyse-phone.js';
import type { PhoneAnalysis } from '../phone/analyse-phone.js';
import {
  countryCodeHint, hasCountryCode, LONE_PLUS, NO_COUNTRY_CODE, prefixFault, prefixHint,
} from '../phone/international-form.js';
import { certainE164, plainE164 } from '../phone/certain-e164.js';
import { codeOf, describeLookAlikes, isLookAlike, MAX_READ } from '../phone/look-alikes.js';
import { memberName, where } from './support/field-names.js';
import { unfilledVariable } from './support/template-variable.js';
import { defaultPlace } from './support/numbers-country.js';
import type { FieldKind } from '../schema/schema-types.js';
import type { Fix } from '../lint/types.js';
import { nationalDigitsHint } from './non-e164.js';
import type { Rule, RuleContext, StringVisit } from './rule.js';

/** What a "{{variable}}" in a phone-number member stands for. */
const NUMBER = { what: 'number', example: '"+13175550142"' };

export const invalidPhone = {
  id: 'invalid-phone',
  severity: 'error',
  summary: 'A phone-number member holds something that is not a phone number.',
  check(context: RuleContext): void {
    context.forEachString((field) => {
      if (field.value === '') return;
      const reason = phoneFault(field.schema['x-kind'], field.value);
      if (!reason) return;
      if (context.countWhenFull(field.pointer)) return;
      const unfilled = unfilledVariable(field.pointer, field.value, NUMBER);
      if (unfilled !== undefined) {
        context.report({ pointer: field.pointer, ...unfilled });
        return;
      }
      // A national or formatted callerId is still a phone number, only not the E.164 one the
      // member requires (labelling rule 6); letters make it no number at all.
      const isStrictMember = field.schema['x-kind'] === 'e164';
      const verdict = isStrictMember && !analysePhone(field.value).hasLetters
        ? `which is not in the E.164 form that ${memberName(field.member)} requires`
        : 'which is not a phone number';
      const fix = isStrictMember ? writtenE164(field.value, field.pointer) : undefined;
      context.report({
        pointer: field.pointer,
        message: `${where(field.pointer)} is ${quote(field.value)}, ${verdict}: ${reason}.`,
        hint: isStrictMember ? strictHint(field, context)
          : 'Put a phone number here, e.g. "+13175550142"; ids and names belong in their own members.',
        ...(fix ? { fix } : {}),
      });
    });
  },
} satisfies Rule;

/**
 * Why a non-empty value is not a phone number for a member of this kind, or undefined when it is
 * one (or the kind holds no number). Fixes use it to check a number before moving it somewhere.
 */
export function phoneFault(kind: FieldKind | undefined, value: string): string | undefined {
  if (kind === 'e164') return isStrictE164(value) ? undefined : strictFault(value);
  if (kind !== 'dial-address' && kind !== 'transfer-address' && kind !== 'callback-number') {
    return undefined;
  }
  const phone = analysePhone(value);
  if (kind === 'callback-number' && phone.uriScheme) return 'callback numbers take no URI scheme';
  // Elsewhere an extension is no error (reference CALL-NUM-1); non-e164 warns about it.
  if (kind === 'callback-number' && phone.extension) return 'callback numbers take no extension';
  if (phone.uriScheme && phone.uriScheme !== 'tel') return undefined;
  if (phone.isUuid) {
    // TransferRequest.address is documented to accept a user or queue id as well.
    return kind === 'transfer-address' ? undefined : 'it is a UUID (an id, not a number)';
  }
  return lexicalFault(value, phone);
}

const NO_DIGITS = 'it holds no digits, only white space or separators';

function lexicalFault(value: string, phone: PhoneAnalysis): string | undefined {
  if (phone.hasLetters) return 'it contains letters';
  // "+" is the one character allowed besides digits, so the usual reason would be untrue.
  if (phone.compact === '+') return LONE_PLUS;
  // " " or "--": separators alone; "characters other than digits" would send the user looking.
  if (phone.compact === '') return NO_DIGITS;
  // "*86": keypad keys, which the labelling counts as a number's form, not as letters; non-e164
  // warns about it (reference CALL-NUM-1: no other form of these members is a schema error).
  if (isNumeric(phone.compact) || isKeypadCode(phone.compact)) return undefined;
  return isNumeric(phone.compact.replaceAll('+', '')) ? 'it has a "+" after its start, where a ' +
    'number has none' : otherCharacters(value, phone);
}

/** Names the first character of the value that no number is written with, and its place. */
function otherCharacters(value: string, phone: PhoneAnalysis): string {
  const general = 'it contains characters other than digits and "+"';
  // A value too long to be read for look-alikes is no number either; not searched (issue 6).
  if (value.length > MAX_READ) return general;
  // After "tel:", whose letters are no fault of the number.
  const start = phone.uriScheme === undefined ? 0 : value.indexOf(':') + 1;
  let place = 0;
  for (const character of value) {
    place++;
    if (place <= start || /[\d+\s\-.()]/.test(character)) continue;
    const code = character.codePointAt(0)!;
    if (!isLookAlike(code)) {
      return `${general}: ${quote(character)} (${codeOf(code)}) at character ${place}`;
    }
  }
  return general;
}

function strictFault(value: string): string {
  const phone = analysePhone(value);
  // A URI scheme is dress around a number that may be wrong as well ("tel:13175550100"): both
  // are named, or following the first would only bring the second.
  const own = numberFault(value, phone);
  if (phone.uriScheme) return `E.164 takes no URI scheme${own ? `; besides, ${own}` : ''}`;
  return own ?? 'its length does not fit its country code';
}

/** What keeps the number itself (after any scheme) from strict E.164; undefined when nothing. */
function numberFault(value: string, phone: PhoneAnalysis): string | undefined {
  if (phone.extension) {
    // The fields below describe the number before the extension, which may be wrong as well.
    const before = numberFault(value, { ...phone, extension: undefined });
    return `E.164 has no extension part${before ? `; besides, ${before}` : ''}`;
  }
  if (phone.hasLetters) return 'it contains letters; E.164 is required';
  if (isKeypadCode(phone.compact)) {
    return 'it holds "*" or "#", keys of a phone\'s keypad that E.164 has no place for';
  }
  if (/[^\d+]/.test(phone.compact)) return otherCharacters(value, phone);
  if (phone.lookAlikes.length > 0) {
    // The number they spell in ASCII may be wrong as well: both are named (see the extension).
    const ascii = numberFault(value, { ...phone, lookAlikes: [] });
    return `it is written with ${describeLookAlikes(phone.lookAlikes)}, where E.164 has ASCII ` +
      `digits only${ascii ? `; besides, ${ascii}` : ''}`;
  }
  if (phone.compact === '') return NO_DIGITS;
  if (!phone.hasPlus) return prefixFault(phone.compact) ?? 'it lacks the "+" and the country code';
  if (phone.compact === '+') return LONE_PLUS;
  if (phone.compact.startsWith('++')) return 'it starts with "+" twice; E.164 has one';
  if (!hasCountryCode(phone.compact)) return NO_COUNTRY_CODE;
  const isStrict = isStrictE164(phone.compact);
  if (phone.hasFormatting) {
    return 'E.164 allows no spaces, dashes, dots or parentheses' +
      (phone.withoutTrunk ? `, nor the trunk prefix ${phone.trunk} (${phone.withoutTrunk})`
        : isStrict ? '' : ', and without them its length does not fit its country code');
  }
  if (phone.withoutTrunk) {
    return `it keeps the trunk prefix ${phone.trunk} after the country code, which E.164 drops ` +
      `(${phone.withoutTrunk})`;
  }
  return isStrict ? undefined : 'its length does not fit its country code';
}

/**
 * A callerId that holds its E.164 number whole, only dressed (plainE164): --fix drops the
 * dressing, as phone-formatting and uri-address do for phoneNumber. Nothing else is fixed here:
 * no digit may be guessed in a caller id, and 00 or a national number is read by a country the
 * body may not be dialled from.
 */
function writtenE164(value: string, pointer: string): Fix | undefined {
  const e164 = plainE164(value);
  if (e164 === undefined || e164 === value) return undefined;
  return {
    description: `Write ${quote(e164)}.`,
    ops: [{ op: 'replace-value', pointer, value: e164 }],
  };
}

/** A "+" number's E.164 form once the trunk prefix it keeps is dropped, where that is all. */
function withoutTrunkOf(value: string): string | undefined {
  const phone = analysePhone(value);
  const isDressOnly = !phone.extension && !phone.hasLetters &&
    (phone.uriScheme === undefined || phone.uriScheme === 'tel');
  return isDressOnly && phone.withoutTrunk !== undefined && isStrictE164(phone.withoutTrunk)
    ? phone.withoutTrunk : undefined;
}

function strictHint(field: StringVisit, context: RuleContext): string {
  const { value } = field;
  const { compact, extension, hasPlus, uriScheme } = analysePhone(value);
  const prefixed = prefixHint(compact);
  if (prefixed !== undefined) return prefixed;
  // "+999 555 0100": the example number below would not say which digits are wrong.
  if (hasPlus && !extension && isNumeric(compact) && !hasCountryCode(compact)) {
    return `${countryCodeHint(compact)}.`;
  }
  // "tel:+1 317 555 0199": the number's own E.164 form, not an example of some other number;
  // "+44 (0)20 ...": the same without the trunk prefix E.164 drops.
  const certain = certainE164(value, defaultPlace(context)) ?? withoutTrunkOf(value);
  if (certain !== undefined) {
    return `Write ${quote(certain)}: E.164 is "+", the country code and the number, digits only.`;
  }
  // National digits: what non-e164 says of them (the readings a country gives, or which option
  // tells the country), not an example number the user might copy as if it were theirs.
  // Digits after an international prefix ("0044207946") are past that: no country reads them.
  if (!hasPlus && !extension && uriScheme === undefined && isNumeric(compact) &&
    prefixFault(compact) === undefined) {
    return nationalDigitsHint(field, context);
  }
  return 'Write the number in E.164 form: "+", country code and number, digits only, e.g. ' +
    '"+13175550100".';
}
