// What keeps a number written for dialling abroad from being E.164, for messages that must name
// the real fault: "0044..." has its country code, after the international prefix 00 where E.164
// writes "+", and "+" alone or "+999..." has no country code at all.
import { memoize } from '../lint/bounded-cache.js';
import { quote } from '../lint/quote.js';
import {
  analysePhone, isAllDigits, isStrictE164, PHONE_CACHE, suggestE164,
} from './analyse-phone.js';
import { libphonenumber } from './load-libphonenumber.js';
import type { NumberPlace } from './number-place.js';

/**
 * The digits after the international prefix 00, with "+" in its place ("0044..." gives
 * "+44..."), or undefined when the number does not start with 00 and a country code. Only 00,
 * the prefix most countries dial, is read so: 011 (North America) and the other prefixes also
 * begin national numbers elsewhere (0113 is Leeds), so they are not guessed at.
 */
export function plusForPrefix(compact: string): string | undefined {
  return compact.startsWith('00') && /[1-9]/.test(compact.charAt(2)) && isAllDigits(compact, 3)
    ? `+${compact.slice(2)}` : undefined;
}

/** Why digits dialled with the international prefix 00 are not E.164; undefined without 00. */
export function prefixFault(compact: string): string | undefined {
  const plus = plusForPrefix(compact);
  if (plus === undefined) return undefined;
  return hasCountryCode(plus)
    ? 'it starts with the international prefix 00 where E.164 has "+"'
    : 'it starts with the international prefix 00, but no country code follows it';
}

/**
 * The "+" form of digits dialled with 00 ("0044..."), without a trunk prefix kept after the
 * country code ("0044 (0)20 ..."), just as a "+" number is read; undefined without 00.
 */
export function dialledForm(compact: string): { number: string; trunk?: string } | undefined {
  const plus = plusForPrefix(compact);
  if (plus === undefined) return undefined;
  const phone = analysePhone(plus);
  return phone.withoutTrunk === undefined ? { number: plus }
    : { number: phone.withoutTrunk, trunk: phone.trunk ?? '' };
}

/** The E.164 form of digits dialled with 00, when the number is one of its country's plan. */
export function dialledE164(compact: string): { number: string; trunk?: string } | undefined {
  const dialled = dialledForm(compact);
  return dialled !== undefined && isAssignedE164(dialled.number) ? dialled : undefined;
}

/**
 * The E.164 form of digits dialled with 00 (dialledE164) when that is the one way to read them,
 * for fixes. 00 is the international prefix of most of the world (171 of the 245 countries in
 * libphonenumber's metadata), so without a place it is read so; a place that reads the digits as
 * another number E.164 can write (otherReading) makes it a guess. A place where they are no
 * number (the US, whose prefix is 011) leaves the 00 reading the only one.
 */
export function onlyDialledE164(
  compact: string,
  places: readonly NumberPlace[],
): { number: string; trunk?: string } | undefined {
  const dialled = dialledE164(compact);
  if (dialled === undefined) return undefined;
  return otherReading(compact, dialled.number, places) === undefined ? dialled : undefined;
}

/**
 * Another valid number, of at most 15 digits, that one of the places reads the digits as: a
 * national number ("0024740123" in JP) or another international prefix ("005 49..." in CO, 00
 * and a carrier code there, is +49...).
 */
export function otherReading(
  compact: string,
  dialled: string,
  places: readonly NumberPlace[],
): { number: string; place: NumberPlace } | undefined {
  for (const place of places) {
    const read = suggestE164(compact, place);
    if (read?.isValid && read.number !== dialled && isStrictE164(read.number)) {
      return { number: read.number, place };
    }
  }
  return undefined;
}

/** The E.164 form when the digits only wrote 00 for "+" and are a number of their country. */
export function prefixHint(compact: string): string | undefined {
  const dialled = dialledE164(compact);
  if (dialled === undefined) return undefined;
  const trunk = dialled.trunk === undefined ? ''
    : `, and no trunk prefix ${dialled.trunk} after the country code`;
  return `Write ${quote(dialled.number)}: E.164 writes "+" where the international prefix 00 is ` +
    `dialled${trunk}.`;
}

/** Whether a "+" number is E.164 and assigned in its country's plan, not only of fitting length. */
export const isAssignedE164: (value: string) => boolean = memoize((value: string) =>
  isStrictE164(value) && libphonenumber().parsePhoneNumberFromString(value)?.isValid() === true,
PHONE_CACHE);

// The calling codes of no country (freephone 800, satellite 881, ...), which getCountries()
// leaves out: ITU-T E.164's list of non-geographic codes.
const NON_GEOGRAPHIC = ['800', '808', '870', '878', '881', '882', '883', '888', '979'];

let callingCodes: Set<string> | undefined;

/** Why a "+" with nothing after it is no number, in every rule's words (callerId or not). */
export const LONE_PLUS = 'it is a "+" alone, with no country code and no number';

/** Why a "+" number whose digits begin with no country code is no number, in every rule's words. */
export const NO_COUNTRY_CODE = 'no country code follows the "+"';

/**
 * Why a "+" number that hasCountryCode rejects is none, naming the digits where the code should
 * be ("999 is no country calling code"): beside "+999...", NO_COUNTRY_CODE alone reads as if no
 * digits followed the "+". Three digits, the longest code: codes are prefix-free, so no shorter
 * run of them is one either.
 */
export function notACountryCode(compact: string): string {
  const digits = /^\+(\d{1,3})/.exec(compact)?.[1];
  if (digits === undefined) return NO_COUNTRY_CODE;
  return digits.startsWith('0') ? 'no country calling code starts with 0'
    : `${digits} is no country calling code`;
}

/**
 * What to write instead of a "+" number no country code begins, in every rule's words: the
 * digits named first, so that no one takes the "+" itself for the fault.
 */
export function countryCodeHint(compact: string): string {
  const why = notACountryCode(plusForPrefix(compact) ?? compact);
  return `${why.charAt(0).toUpperCase()}${why.slice(1)}: write "+", the country code of the ` +
    'number (1 for North America, 44 for the UK, ...), then its national number';
}

/** Whether digits dialled with "+" or 00 begin with no country code ("+999...", "00999..."). */
export function lacksCountryCode(compact: string): boolean {
  const plus = compact.startsWith('+') ? compact : plusForPrefix(compact);
  return plus !== undefined && !hasCountryCode(plus);
}

/** Whether "+" and digits begin with a country calling code ("+", "+0..." and "+999..." do not). */
export function hasCountryCode(compact: string): boolean {
  if (!(compact.startsWith('+') && /[1-9]/.test(compact.charAt(1)) && isAllDigits(compact, 2))) {
    return false;
  }
  const library = libphonenumber();
  callingCodes ??= new Set([
    ...library.getCountries().map((country) => library.getCountryCallingCode(country)),
    ...NON_GEOGRAPHIC,
  ]);
  // Calling codes are prefix-free and one to three digits long.
  return [2, 3, 4].some((end) => callingCodes!.has(compact.slice(1, end)));
}
