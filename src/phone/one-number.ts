// Whether the digits a formatted value keeps once its separators go still make one number.
// Separators can be all that holds two numbers apart ("317 555 0142 317 555 0199") or a number
// from a note or extension after it ("+1 317 555 0142 (22)"); compacting those glues them into
// digits no phone has, so the phone-formatting fix is offered only for one plausible number.
import { memoize } from '../lint/bounded-cache.js';
import { isPossibleInternational, PHONE_CACHE, type PhoneAnalysis } from './analyse-phone.js';
import { dialledForm, plusForPrefix } from './international-form.js';
import { libphonenumber } from './load-libphonenumber.js';
import type { NumberPlace } from './number-place.js';

/** Why the compacted digits are not one number; undefined when they may well be one. */
export type NotOneNumber =
  | 'trailing-group' | 'side-by-side' | 'too-long' | 'unwieldy' | 'unplaced' | 'not-possible';

// E.164 numbers have at most 15 digits, country code included (ITU-T E.164, 6.1); no national
// number, trunk prefix and all, is longer.
const MAX_DIGITS = 15;

// A group set apart after the digits, at the very end: people put an extension or a note there,
// in parentheses ("(22)", "(22)."), never a part of the number, which opens with its
// parenthesised area code or keeps a trunk "(0)" inside; or after a dash with spaces around it
// (" - 22"), when it is too short to be the last group of a number.
const TRAILING_GROUP = /\d[^(]*(\(\s*[\d\s.-]*\)[\s.]*|\s[-\u2013]\s+\d{1,3}[\s.]*)$/;

// A last group of one to six digits after a space ("+1 317 555 0123 22"): an extension written
// with no word before it, taken as one only when the whole is no possible number and the digits
// before the group are a valid one; "+49 30 1234567 22" may well be one number.
const BARE_LAST_GROUP = /\d([\s\u00a0]+\d{1,6}[\s\u00a0]*)$/;

// Two runs of seven or more digits, each whole between spaces: two numbers side by side
// ("555-0142 555-0143"), not the groups of one ("(317) 555-0142").
const LONG_RUNS = /(?:^|\s)[\d().-]*(?:\d[().-]*){7}(?=\s|$)/g;

// Written with every separator people use, one number fits in far fewer characters.
const MAX_PATTERN_LENGTH = 64;

// With no country to judge it by, only so many digits can be taken for one national number:
// twelve covers national numbers with their trunk prefix in the plans people write this way.
const MAX_UNPLACED_DIGITS = 12;

/**
 * The digits as they are judged: a kept trunk prefix dropped, and the international prefix 00
 * read as "+", as non-e164 reads it ("0044 20 ..." is one British number, not 14 national digits).
 */
export function judgedDigits(phone: PhoneAnalysis): string {
  return phone.withoutTrunk ?? dialledForm(phone.compact)?.number ?? phone.compact;
}

/**
 * Judges the digits of `phone` (see judgedDigits) as one number: "+" numbers by their country
 * code, national ones in `place`, where the number is judged, when one is known (otherwise only
 * by length: nothing else says where they are from).
 */
export function whyNotOneNumber(
  phone: PhoneAnalysis,
  place: NumberPlace | undefined,
): NotOneNumber | undefined {
  const digits = judgedDigits(phone);
  if (digits.replace(/^\+/, '').length > MAX_DIGITS) return 'too-long';
  // The patterns below backtrack over long values (a 40 kB value took half a second); a value
  // longer than this holds more than one number's digits and separators, or is not a number.
  if (phone.number.length > MAX_PATTERN_LENGTH) return 'unwieldy';
  if (TRAILING_GROUP.test(phone.number)) return 'trailing-group';
  if ((phone.number.match(LONG_RUNS) ?? []).length > 1) return 'side-by-side';
  if (digits.startsWith('+')) {
    return isPossibleInternational(digits) ? undefined : notPossible(phone, place);
  }
  if (place === undefined) return digits.length > MAX_UNPLACED_DIGITS ? 'unplaced' : undefined;
  const parsed = libphonenumber().parsePhoneNumberFromString(digits, place);
  return parsed?.isPossible() ? undefined : notPossible(phone, place);
}

/** 'not-possible', unless a bare last group reads as an extension after a valid number. */
function notPossible(phone: PhoneAnalysis, place: NumberPlace | undefined): NotOneNumber {
  if (!BARE_LAST_GROUP.test(phone.number)) return 'not-possible';
  return numberBeforeGroup(phone, place) === undefined ? 'not-possible' : 'trailing-group';
}

/** The group set apart at the end, as written: a note, or a bare group read as an extension. */
export function trailingGroup(phone: PhoneAnalysis): string {
  return groupAtEnd(phone.number).trim();
}

/** The value without its trailing group, compacted: the number before the note. */
export function withoutTrailingGroup(phone: PhoneAnalysis): string {
  const group = groupAtEnd(phone.number);
  return phone.number.slice(0, phone.number.length - group.length).replace(/[\s\-.()\u00a0]/g, '');
}

/**
 * The E.164 form of the number before the trailing group, when libphonenumber knows it as
 * assigned: "+" or 00 and a country code, or a national number in `place` (with its country code
 * but no "+" too: "1 317 555 0100 12" in the US is +13175550100).
 */
export function numberBeforeGroup(
  phone: PhoneAnalysis,
  place: NumberPlace | undefined,
): string | undefined {
  const written = withoutTrailingGroup(phone);
  const before = plusForPrefix(written) ?? written;
  if (!before.startsWith('+') && place === undefined) return undefined;
  return validNumber(JSON.stringify([before, place ?? null])) ?? undefined;
}

// Keyed by the digits and the place, as JSON: both rules ask it of each value, and a body may
// repeat one number thousands of times (40,000 entries took 2 s unremembered, 1.2 s before).
// null, not undefined, for none: the cache takes undefined for "not asked yet".
const validNumber = memoize((key: string): string | null => {
  const [before, place] = JSON.parse(key) as [string, NumberPlace | null];
  const parsed = libphonenumber().parsePhoneNumberFromString(before, place ?? undefined);
  return parsed?.isValid() ? parsed.number : null;
}, PHONE_CACHE);

// Only called once whyNotOneNumber found a group, so the bare form needs no second judging.
function groupAtEnd(number: string): string {
  return (TRAILING_GROUP.exec(number) ?? BARE_LAST_GROUP.exec(number))?.[1] ?? '';
}
