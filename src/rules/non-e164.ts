// non-e164: a plausible phone number that is not in E.164 form: national digits without "+", or
// a "+" number whose length libphonenumber rejects for its country code (for +1: not ten digits).
// Genesys can often complete such numbers with the org's number plan, hence only a warning.
import type { CallerWords } from '../lint/caller-words.js';
import { quote } from '../lint/quote.js';
import type { Fix } from '../lint/types.js';
import {
  analysePhone,
  isKeypadCode,
  isNumberToJudge,
  isNumeric,
  northAmericanReading,
  suggestE164,
  validReading,
  type E164Suggestion,
  type PhoneAnalysis,
} from '../phone/analyse-phone.js';
import {
  countryCodeHint, dialledE164, hasCountryCode, lacksCountryCode, NO_COUNTRY_CODE,
  onlyDialledE164, otherReading, prefixFault, prefixHint,
} from '../phone/international-form.js';
import { certainE164OfDigits } from '../phone/certain-e164.js';
import {
  numberBeforeGroup, trailingGroup, whyNotOneNumber, withoutTrailingGroup, type NotOneNumber,
} from '../phone/one-number.js';
import type { NumberPlace } from '../phone/number-place.js';
import { where } from './support/field-names.js';
import {
  countryOfNumber, judgedWhere, readingCountry, type JudgedWhere, type NamedCountry,
  type NumberCountry,
} from './support/numbers-country.js';
import type { Rule, RuleContext, StringVisit } from './rule.js';

const LENIENT_KINDS = new Set(['dial-address', 'transfer-address', 'callback-number']);

export const nonE164 = {
  id: 'non-e164',
  severity: 'warning',
  summary: 'A phone number is not in E.164 form (+, country code, national number).',
  check(context: RuleContext): void {
    context.forEachString((field) => {
      if (!LENIENT_KINDS.has(field.schema['x-kind'] ?? '')) return;
      const phone = analysePhone(field.value);
      if (!isNumberToJudge(field.schema['x-kind'], phone)) return;
      if (!isNumeric(phone.compact)) {
        // Asked only of what is no plain number: nearly every value is one.
        if (isKeypadCode(phone.compact) && phone.extension === undefined) {
          reportKeypadCode(context, field);
        }
        return;
      }
      if (phone.extension) {
        // invalid-phone reports it in callback numbers; elsewhere it is a form E.164 lacks.
        if (field.schema['x-kind'] !== 'callback-number' && !context.countWhenFull(field.pointer)) {
          reportExtension(context, field, phone, countryOfNumber(field, context).place);
        }
        return;
      }
      if (phone.isPossibleE164 || context.countWhenFull(field.pointer)) return;
      const { country, suggestion, notOne, places, rewrite } =
        readNumber(phone, judgedWhere(field, context));
      // "1 317 555 0100 12" in the US: the number before the group has its country code.
      const groupCode = !phone.hasPlus && notOne === 'trailing-group' && suggestion === undefined
        ? suggestE164(withoutTrailingGroup(phone), country.place)?.bareCountryCode : undefined;
      const reason = whyNotE164Where(phone, suggestion?.bareCountryCode ?? groupCode) +
        (groupCode === undefined ? '' : ', and it ends in a group E.164 has no part for');
      const fix = rewrite === undefined ? undefined
        : readingCountry(writeE164(field.pointer, rewrite), field);
      context.report({
        pointer: field.pointer,
        message: `${where(field.pointer)} is ${quote(field.value)}, which is not an E.164 number: ${reason}.`,
        hint: (notOne === 'trailing-group' ? groupHint(phone, country) : undefined) ??
          hintOf(phone, suggestion, country, places, context.words),
        ...(fix ? { fix } : {}),
      });
    });
  },
} satisfies Rule;

/** How a number this rule reports reads where it is judged, and the E.164 form its fix writes. */
interface NumberReading {
  country: NumberCountry;
  suggestion: E164Suggestion | undefined;
  notOne: NotOneNumber | undefined;
  places: NumberPlace[];
  rewrite: string | undefined;
}

function readNumber(
  phone: PhoneAnalysis,
  { country, places }: JudgedWhere,
): NumberReading {
  const suggestion = phone.hasPlus ? undefined : suggestE164(phone.compact, country.place);
  // Either rewrite also removes the separators, so it needs what phone-formatting's fix needs:
  // digits that make one number, with no note, extension or second number glued on.
  const notOne = whyNotOneNumber(phone, country.place);
  const written = notOne === undefined ? rewriteOf(phone, suggestion, country, places) : undefined;
  // "011 44 20 ..." read with a German trunk 0 gives 16 digits: no number, whatever the plan says.
  const rewrite = written !== undefined && written.replace(/^\+/, '').length <= MAX_E164_DIGITS
    ? written : undefined;
  return { country, suggestion, notOne, places, rewrite };
}

/**
 * The E.164 number this rule's fix writes for a plain number (no extension) it reports, if any.
 * phone-formatting writes the same, so that following either hint leaves no warning of the other.
 * phone and judged: the caller's analysis of the value and judgedWhere's answer for it.
 */
export function fixedE164(phone: PhoneAnalysis, judged: JudgedWhere): string | undefined {
  if (!isNumeric(phone.compact) || phone.extension || phone.isPossibleE164) return undefined;
  return readNumber(phone, judged).rewrite;
}

/**
 * "*86": a feature code of some phone system, or keys meant to be pressed during a call. No plan
 * has such numbers, and Genesys documents dialling none; the digits endpoint sends keys.
 */
function reportKeypadCode(context: RuleContext, field: StringVisit): void {
  context.report({
    pointer: field.pointer,
    message: `${where(field.pointer)} is ${quote(field.value)}, which is not an E.164 number: "*" ` +
      'and "#" are keys of a phone\'s keypad (a feature or service code), not digits of a number.',
    hint: 'To call someone, give their number in E.164 form, e.g. "+13175550142"; to press keys ' +
      'during a call, send them with the digits endpoint (send-digits). Whether Genesys dials a ' +
      'code written here is not documented.',
  });
}

/**
 * A number with an extension: E.164 has no part for it and the API documents no way to send one,
 * but the reference asks that such forms not be errors. Never fixed: dropping it changes the call.
 */
function reportExtension(
  context: RuleContext,
  field: StringVisit,
  phone: PhoneAnalysis,
  place: NumberPlace | undefined,
): void {
  // The number to dial as E.164 where that is known: "13175550100" would be warned about again.
  const main = phone.withoutTrunk ?? certainE164OfDigits(phone.compact, place) ?? phone.compact;
  const why = phone.isPossibleE164 ? undefined : whyNotE164Where(phone, bareCodeOf(phone, place));
  const alsoNumber = why === undefined ? ''
    : `, and the number before it is not E.164 either (${why})`;
  context.report({
    pointer: field.pointer,
    message: `${where(field.pointer)} is ${quote(field.value)}, which is not an E.164 number: it ` +
      `adds the extension ${phone.extension}, which E.164 has no part for${alsoNumber}.`,
    hint: extensionHint(main, phone.extension ?? ''),
  });
}

/** "+999..." (or "00999...") is no number to dial: the hint names its missing code instead. */
function extensionHint(main: string, extension: string): string {
  if (lacksCountryCode(main)) {
    return `${countryCodeHint(main)}; enter the extension ${extension} once the call connects.`;
  }
  return `Whether Genesys dials an extension written here is not documented: dial ${quote(main)} ` +
    'and enter the extension once the call connects, or test the form with your trunk.';
}

/**
 * The number --fix writes, where no digit is guessed: a kept trunk 0 dropped (the digits are the
 * user's own), 00 read as "+" where no place the number may be dialled from reads it otherwise
 * (onlyDialledE164), or a national number as isSafeToRewrite allows. Never in a URI: uri-address's
 * fix comes first.
 */
function rewriteOf(
  phone: PhoneAnalysis,
  suggestion: E164Suggestion | undefined,
  country: NumberCountry,
  places: readonly NumberPlace[],
): string | undefined {
  if (phone.uriScheme !== undefined) return undefined;
  if (phone.withoutTrunk !== undefined) return phone.withoutTrunk;
  // A place's own reading of "00..." ("0044..." in GB) never outvotes the 00 reading it agrees
  // with, nor stands alone when it disagrees (otherReading).
  if (!phone.hasPlus && dialledE164(phone.compact) !== undefined) {
    return onlyDialledE164(phone.compact, places)?.number;
  }
  return suggestion && isSafeToRewrite(phone, suggestion, country)
    ? suggestion.number : undefined;
}

/**
 * Only a number the plan of the place it is judged in lists is rewritten, never a URI
 * (uri-address's fix comes first). A callback number is judged in the place its body's own
 * countryCode names, "applied to the callback numbers" (the reference), with or without
 * --country: its hint gives that form, so the fix writes it. A countryCode that names no place
 * ("GBR", 44) leaves it: where the number is from is then not known.
 */
function isSafeToRewrite(
  phone: PhoneAnalysis,
  suggestion: E164Suggestion,
  country: NumberCountry,
): boolean {
  if (!suggestion.isValid || suggestion.alternative || phone.uriScheme !== undefined) return false;
  if (otherNamedCountry(phone, suggestion, country) !== undefined) return false;
  return country.bodyCode === undefined || country.place !== undefined;
}

/**
 * An unknown member of a callback body ("country": "NL") that reads the number otherwise than
 * the place it is judged in: the writer may have meant that country, so the form is not written.
 */
function otherNamedCountry(
  phone: PhoneAnalysis,
  suggestion: E164Suggestion,
  country: NumberCountry,
): NamedCountry | undefined {
  return country.named
    .find((named) => suggestE164(phone.compact, named.place)?.number !== suggestion.number);
}

/**
 * The hint this rule gives national digits (no "+"): invalid-phone gives it for a callerId too,
 * which takes nothing but E.164, rather than an example number that has nothing to do with the
 * value.
 */
export function nationalDigitsHint(field: StringVisit, context: RuleContext): string {
  const phone = analysePhone(field.value);
  const { country, places } = judgedWhere(field, context);
  const suggestion = suggestE164(phone.compact, country.place);
  return hintOf(phone, suggestion, country, places, context.words);
}

function hintOf(
  phone: PhoneAnalysis,
  suggestion: E164Suggestion | undefined,
  country: NumberCountry,
  places: readonly NumberPlace[],
  words: CallerWords,
): string {
  if (phone.withoutTrunk) {
    return `Write ${quote(phone.withoutTrunk)}: the trunk prefix ${phone.trunk} is dialled only ` +
      'within the country.';
  }
  const dialled = phone.hasPlus ? undefined : dialledE164(phone.compact);
  if (dialled !== undefined) return dialledHint(phone.compact, dialled.number, places);
  if (suggestion?.alternative) {
    return `Write ${quote(suggestion.alternative)} if it starts with the country code, or ` +
      `${quote(suggestion.number)} if it is a national number of ${placeName(country)}: the ` +
      'digits make a valid number either way.';
  }
  const american = suggestion && !suggestion.isValid && suggestion.callingCode !== '1'
    ? northAmericanReading(phone.compact) : undefined;
  if (suggestion && american) {
    return `Write ${quote(american.number)} if it is a North American number (the +1 plan lists ` +
      `it, for ${american.country}); as a number of ${placeName(country)}, ` +
      `${quote(suggestion.number)}, its plan does not list it.`;
  }
  if (suggestion) {
    const unlisted = ', if it is a number of that country: its numbering plan does not list it';
    const other = otherNamedCountry(phone, suggestion, country);
    const named = other === undefined ? '' : ` if it is one; the body's member "${other.member}" ` +
      `names ${other.place.name}, so it is not written for you`;
    return `Write ${quote(suggestion.number)} (E.164 for ${ownerName(suggestion, country)}` +
      `${suggestion.isValid ? '' : unlisted})${named}.`;
  }
  if (!phone.hasPlus) {
    const prefixed = prefixHint(phone.compact);
    if (prefixed !== undefined) return prefixed;
    // A valid number whose E.164 form is more than its digits less a trunk prefix: nationalHint
    // would call it no valid number of the place.
    const reading = country.place === undefined ? undefined : validReading(phone.compact, country.place);
    if (reading !== undefined) {
      return `Check it, then write its E.164 form: as a number of ${placeName(country)} it reads ` +
        `as ${quote(reading)}, which changes more than a trunk prefix, so it is not written for you.`;
    }
    return nationalHint(country, words);
  }
  return hasCountryCode(phone.compact)
    ? 'Check the digits: E.164 is "+", the country code, then the full national number.'
    : `${countryCodeHint(phone.compact)}.`;
}

/** The 00 reading, and the other one a place gives the digits, if any (otherReading). */
function dialledHint(compact: string, dialled: string, places: readonly NumberPlace[]): string {
  const other = otherReading(compact, dialled, places);
  if (other === undefined) return prefixHint(compact) ?? `Write ${quote(dialled)}.`;
  return `Write ${quote(dialled)} if 00 is dialled as the international prefix, or ` +
    `${quote(other.number)} if they are dialled in ${other.place.name}: the digits make a valid ` +
    'number either way.';
}

/**
 * "+1 317 555 0123 22": the digits before the last group make a valid number, so the group is
 * most likely an extension (or a note) that E.164 has no part for, not a wrong digit count.
 */
function groupHint(phone: PhoneAnalysis, country: NumberCountry): string | undefined {
  const number = numberBeforeGroup(phone, country.place);
  if (number === undefined) return undefined;
  return `The group ${quote(trailingGroup(phone))} at the end looks like an extension, which ` +
    `E.164 has no part for: the digits before it make the number ${quote(number)}. Write that ` +
    'alone, or check the digits.';
}

/**
 * The country the suggested number is of: the place it was read in, or, where that place shares
 * its calling code, the country whose plan lists it ("317 555 0100" with --country CA is a US
 * number: "E.164 for CA" named a country it is not in).
 */
function ownerName(suggestion: E164Suggestion, country: NumberCountry): string {
  const { place } = country;
  const owner = suggestion.country;
  if (owner === undefined || place === undefined || !('defaultCountry' in place) ||
    owner === place.defaultCountry) {
    return placeName(country);
  }
  return `${owner}: a number of the +${suggestion.callingCode} plan that ${place.name} shares`;
}

/** "GB", or how a callback's calling-code countryCode was read. */
function placeName({ bodyCode, place }: NumberCountry): string {
  if (place === undefined || !('defaultCallingCode' in place)) return place?.name ?? '';
  return `countryCode ${quote(bodyCode)}, read as the calling code ${place.name}`;
}

// E.164 numbers have at most 15 digits, country code included (ITU-T E.164, 6.1).
const MAX_E164_DIGITS = 15;

function writeE164(pointer: string, number: string): Fix {
  return {
    description: `Write ${quote(number)}.`,
    ops: [{ op: 'replace-value', pointer, value: number }],
  };
}

/** The country code that national digits start with in `place` ("1 317 555 0100" in the US). */
function bareCodeOf(phone: PhoneAnalysis, place: NumberPlace | undefined): string | undefined {
  return phone.hasPlus ? undefined : suggestE164(phone.compact, place)?.bareCountryCode;
}

/** whyNotE164, or, for digits written with their country code (bareCode), that "+" is missing. */
function whyNotE164Where(phone: PhoneAnalysis, bareCode: string | undefined): string {
  return bareCode === undefined ? whyNotE164(phone)
    : `it starts with the country code ${bareCode}, written without the "+" that E.164 puts ` +
      'before it';
}

/** Why a number that is not possible E.164 falls short of it. */
function whyNotE164(phone: PhoneAnalysis): string {
  if (phone.withoutTrunk) {
    return `it keeps the trunk prefix ${phone.trunk} after the country code, which E.164 drops`;
  }
  // "0044...": the country code is there, after the 00 that E.164 writes as "+".
  if (!phone.hasPlus) return prefixFault(phone.compact) ?? 'it has no "+" and country code';
  // "+0..." and "+999..." begin with no country code, so there is no length they fail to fit;
  // invalid-phone says the same of a callback's callerId.
  return hasCountryCode(phone.compact)
    ? `its length does not fit its country code${countryCodeOf(phone.compact)}` : NO_COUNTRY_CODE;
}

function countryCodeOf(compact: string): string {
  // +1 is the only code whose numbers the labelling rules describe in detail.
  return compact.startsWith('+1') ? ' +1 (ten national digits)' : '';
}

function nationalHint(country: NumberCountry, words: CallerWords): string {
  // Not "its trunk 0": the US has none, and its numbers reach here too.
  const base = 'Write it as "+", the country code, then the national number without any trunk ' +
    'prefix (the leading 0 in many countries)';
  if (country.bodyCode !== undefined && country.place === undefined) {
    const what = typeof country.bodyCode === 'string' ? 'neither an ISO 3166 country code (such ' +
      'as "GB") nor a calling code (such as "44")' : 'no string (such as "GB" or "44")';
    return `${base}; the body's countryCode ${quote(country.bodyCode)} is ${what}, so it does ` +
      'not say where the number is from.';
  }
  if (country.place === undefined) {
    return `${base} (set a default country, e.g. ${words.option('defaultCountry', 'US')}, to ` +
      'get the exact form).';
  }
  const valid = 'defaultCallingCode' in country.place
    ? `a valid number for ${placeName(country)}` : `a valid ${country.place.name} number`;
  return `${base}; it is not ${valid}, so its country cannot be assumed.`;
}
