// Reads a phone-number field the way the labelling rules need it, with libphonenumber-js doing
// the judging of numbers (possible lengths per country, E.164 forms).
import { memoize } from '../lint/bounded-cache.js';
import { isUuid } from '../rules/support/uuid.js';
import { libphonenumber } from './load-libphonenumber.js';
import { readAscii, type LookAlike } from './look-alikes.js';
import type { NumberPlace } from './number-place.js';

export interface PhoneAnalysis {
  /** tel, sip or sips for a URI; "user@host" for a bare SIP-style address. */
  uriScheme: 'tel' | 'sip' | 'sips' | 'user@host' | undefined;
  /** The part that should be a number: the value, or what follows tel:. */
  number: string;
  /**
   * The digits of an extension written after the number ("+13175550142;ext=12", "... x12",
   * "... ext. 12"); the fields below then describe the number without it.
   */
  extension: string | undefined;
  hasLetters: boolean;
  isUuid: boolean;
  /** Spaces, dashes, dots or parentheses inside the number (look-alikes read as ASCII). */
  hasFormatting: boolean;
  /**
   * Characters that only look like the ASCII a number is written with, or are not seen at all
   * (look-alikes.ts). The other fields describe the number they spell in ASCII, so that a
   * "+1\u2011317..." is judged as "+1-317..." is: a matter of form, not no number.
   */
  lookAlikes: LookAlike[];
  /** Digits, with the leading + if there was one. */
  compact: string;
  hasPlus: boolean;
  /** +digits that libphonenumber considers a possible number for its country code. */
  isPossibleE164: boolean;
  /**
   * The E.164 form, when the number keeps its country's trunk prefix after the country code
   * ("+44 (0)20 7946 0958", "+7 8 495 ..."): libphonenumber reads past that prefix, but it is no
   * part of E.164, and writing the digits as they stand dials +44 0 20... Undefined otherwise.
   */
  withoutTrunk: string | undefined;
  /** The trunk prefix kept ("0", "8", "06"), when withoutTrunk is set. */
  trunk: string | undefined;
}

const FORMATTING = /[\s\-.()\u00a0]/;
// Words that put an extension after a number: RFC 3966's ";ext=", and the ones people write.
// Longest first, so that "ext." is not read as "." after "ext".
export const EXTENSION_MARKS: readonly string[] = [';ext=', 'extension', 'ext.', 'ext', 'x'];

/**
 * The number and the extension written after it ("+13175550142;ext=12", "... x12", "... ext.
 * 12"), read from the end in one pass: a regular expression for this backtracked for seconds on
 * long values. Only short values can be numbers, and the number needs three digits or more.
 */
function splitExtension(number: string): { main: string; extension: string } | undefined {
  // Every mark has an x in it: most numbers are ruled out by one search (issue 6).
  if (number.length > 64 || !/x/i.test(number)) return undefined;
  let end = number.length;
  while (end > 0 && isSpace(number.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 10 && isDigit(number.charCodeAt(start - 1))) start--;
  if (start === end || isDigit(number.charCodeAt(start - 1))) return undefined;
  let at = start;
  while (at > 0 && isSpace(number.charCodeAt(at - 1))) at--;
  const before = number.slice(0, at).toLowerCase();
  const mark = EXTENSION_MARKS.find((word) => before.endsWith(word));
  if (!mark) return undefined;
  const main = number.slice(0, at - mark.length).replace(/[\s,]+$/, '');
  return (main.match(/\d/g)?.length ?? 0) >= 3 ? { main, extension: number.slice(start, end) } : undefined;
}

// Four rules look at every phone member, and logs repeat numbers (the same callers, agents and
// caller ids): parse each value once. Parsing is most of a clean body's lint time (issue 6), so
// the cache is sized for a busy log's working set; 16,384 analyses are a few MB.
export const PHONE_CACHE = 16_384;
export const analysePhone: (value: string) => PhoneAnalysis = memoize(analyseUncached, PHONE_CACHE);

function analyseUncached(written: string): PhoneAnalysis {
  const { ascii: value, lookAlikes } = readAscii(written);
  const trimmed = value.trim();
  const scheme = /^(tel|sip|sips):/i.exec(trimmed)?.[1]?.toLowerCase() as
    | 'tel'
    | 'sip'
    | 'sips'
    | undefined;
  const isUserAtHost = !scheme && isUserAtHostForm(trimmed);
  const number = scheme ? trimmed.slice(scheme.length + 1) : trimmed;
  const split = isUserAtHost ? undefined : splitExtension(number);
  const main = split ? split.main : number;
  const compact = main.replace(/[\s\-.()\u00a0]/g, '');
  const hasPlus = compact.startsWith('+');
  const international = hasPlus && compact.length > 1 && isAllDigits(compact, 1)
    ? readInternational(compact) : undefined;
  // Untrimmed on purpose: a stray leading or trailing space is formatting too.
  const shown = split ? main : scheme ? value.trimStart().slice(scheme.length + 1) : value;
  return {
    uriScheme: scheme ?? (isUserAtHost ? 'user@host' : undefined),
    number,
    extension: split?.extension,
    hasLetters: /\p{L}/u.test(main),
    // As written: an id with a look-alike dash in it is no id the API knows.
    isUuid: isUuid(written.trim()),
    hasFormatting: FORMATTING.test(shown),
    lookAlikes,
    compact,
    hasPlus,
    isPossibleE164: international?.isPossible === true && international.withoutTrunk === undefined,
    withoutTrunk: international?.withoutTrunk,
    trunk: international?.trunk,
  };
}

/** True for "+" then digits only, with nothing libphonenumber finds impossible. */
// Memoized: a batch of bodies usually shares one caller id, and parsing it is the costly part.
export const isStrictE164: (value: string) => boolean = memoize(isStrictE164Uncached, PHONE_CACHE);

function isStrictE164Uncached(value: string): boolean {
  if (!/^\+[1-9]\d{1,14}$/.test(value)) return false;
  const international = readInternational(value);
  return international.isPossible && international.withoutTrunk === undefined;
}

const NANP = /^\+1\d{10}$/;

/**
 * Whether libphonenumber finds "+" and digits a possible number. "+1" and ten digits, the North
 * American plan and the commonest number in these bodies, is answered without asking it: every
 * country that shares +1 has ten-digit national numbers, so libphonenumber finds each such number
 * possible (test/phone-analysis.test.ts checks that against it). A run that meets only such
 * numbers then never loads its metadata, ~3 ms of a one-body run, nor parses each distinct number
 * cold, ~120 ms of the 10,000-file benchmark (issue 6).
 */
export function isPossibleInternational(compact: string): boolean {
  return readInternational(compact).isPossible;
}

interface International {
  isPossible: boolean;
  withoutTrunk: string | undefined;
  trunk: string | undefined;
}

const NANP_READING: International = { isPossible: true, withoutTrunk: undefined, trunk: undefined };

// What libphonenumber strips before a national number also covers carrier and service codes
// (Australia's 1831 withholds caller id, Brazil's 0 21 picks a carrier, the UK's 18002 is a relay
// service): dropping those changes the call. Only true trunk prefixes are taken as kept by mistake.
const TRUNK_PREFIXES: ReadonlySet<string> = new Set(['0', '8', '06']);

// Remembered: the hints of a body that repeats one number read it several times each (a flood
// of one 00 number in 40,000 entries took 3.4 s unremembered, against 0.7 s before those hints).
const readInternational: (compact: string) => International =
  memoize(readInternationalUncached, PHONE_CACHE);

function readInternationalUncached(compact: string): International {
  // +1 has no trunk prefix to keep by mistake: "+1 0..." is too long or impossible anyway.
  if (NANP.test(compact)) return NANP_READING;
  const parsed = libphonenumber().parsePhoneNumberFromString(compact);
  if (!parsed) return { isPossible: false, withoutTrunk: undefined, trunk: undefined };
  // Only digits libphonenumber read as the country's trunk prefix (its metadata knows 0, 8, 06,
  // ...) and dropped from a number that is possible without them: Italian numbers keep their 0.
  const afterCode = compact.slice(1 + parsed.countryCallingCode.length);
  const dropped = afterCode.length - parsed.nationalNumber.length;
  const isKept = dropped > 0 && afterCode.endsWith(parsed.nationalNumber) && parsed.isPossible() &&
    TRUNK_PREFIXES.has(afterCode.slice(0, dropped));
  return {
    isPossible: parsed.isPossible(),
    withoutTrunk: isKept ? parsed.number : undefined,
    trunk: isKept ? afterCode.slice(0, dropped) : undefined,
  };
}

export interface E164Suggestion {
  number: string;
  /** libphonenumber knows the number as assigned in that country, not just of a fitting length. */
  isValid: boolean;
  /**
   * The country code, when the number was written with it but without "+" before it ("1 317 555
   * 0100" in the US, "44 20 7946 0958" in GB): E.164 then only adds the "+".
   */
  bareCountryCode: string | undefined;
  /**
   * The other valid number the digits make, read as starting with the country code ("491701234567"
   * in DE: +49491701234567 as a national number, or +491701234567): which was meant is a guess.
   */
  alternative?: string;
  /**
   * The country whose plan lists the number, when it is valid: not always the place it was read
   * in, since countries share calling codes ("317 555 0100" read in CA is a US number of +1).
   */
  country?: string;
  /** The country calling code of the number, without "+". */
  callingCode: string;
}

/** The E.164 form of a national number in the given place, when libphonenumber can tell. */
export function suggestE164(
  number: string,
  place: NumberPlace | undefined,
): E164Suggestion | undefined {
  if (!place) return undefined;
  try {
    const parsed = libphonenumber().parsePhoneNumberFromString(number, place);
    // A national number still starting with 0 after parsing kept a digit the country does not
    // use as trunk prefix (0755500142 read as a US number): prefixing + and the code is wrong,
    // unless the plan lists the number so (Italy's fixed lines, 06 for Rome, keep their 0).
    if (!parsed?.isPossible()) return undefined;
    if (parsed.nationalNumber.startsWith('0') && !parsed.isValid()) return undefined;
    // Digits stripped before the national number must be a trunk prefix, the country code (the
    // national number follows it, as in "+" form: libphonenumber reads it so only when the
    // digits are no national number whole), or an international prefix and country code
    // ("0044"), never a carrier or service code (see TRUNK_PREFIXES).
    const digits = number.replace(/\D/g, '');
    const stripped = digits.endsWith(parsed.nationalNumber)
      ? digits.slice(0, digits.length - parsed.nationalNumber.length) : undefined;
    if (stripped === undefined) return undefined;
    const code = parsed.countryCallingCode;
    const isBareCode = stripped === code;
    if (stripped !== '' && !TRUNK_PREFIXES.has(stripped) && !isBareCode &&
      !(stripped.endsWith(code) && stripped.length > code.length)) {
      return undefined;
    }
    const bareCountryCode = isBareCode ? code : undefined;
    // "491701234567" in DE: a national number as written, and +49 170 1234567 with "+" left
    // out; "44 20 7946 0018" in DE, a German number or +44 20 7946 0018. When both readings
    // are valid numbers, which one was meant is a guess.
    const other = `+${digits}`;
    const alternative = stripped === '' && other !== parsed.number &&
      libphonenumber().parsePhoneNumberFromString(other)?.isValid() === true ? other : undefined;
    const country = parsed.isValid() ? parsed.country : undefined;
    return {
      number: parsed.number, isValid: parsed.isValid(), bareCountryCode, callingCode: code,
      ...(alternative === undefined ? {} : { alternative }),
      ...(country === undefined ? {} : { country }),
    };
  } catch {
    return undefined;
  }
}

/**
 * The E.164 number libphonenumber makes of national digits in a place, when it finds it valid,
 * whatever it had to change ("011 15 2345-6789" in AR is +5491123456789: the mobile 15 becomes
 * a 9 after the country code), which suggestE164 does not offer.
 */
export function validReading(number: string, place: NumberPlace): string | undefined {
  try {
    const parsed = libphonenumber().parsePhoneNumberFromString(number, place);
    return parsed?.isValid() ? parsed.number : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The North American number ten national digits make, with its country, when the plan of +1
 * lists it: read in another country ("416 555 0100" with --country GB) such digits made up a
 * number no plan has, while what was meant is most likely a number of the US or Canada.
 */
export function northAmericanReading(
  compact: string,
): { number: string; country: string } | undefined {
  if (compact.length !== 10 || !isAllDigits(compact)) return undefined;
  const parsed = libphonenumber().parsePhoneNumberFromString(`+1${compact}`);
  return parsed?.isValid() && parsed.country !== undefined
    ? { number: parsed.number, country: parsed.country } : undefined;
}

/** Only digits and an optional leading +: what a number should be once formatting is removed. */
export function isNumeric(compact: string): boolean {
  const start = compact.startsWith('+') ? 1 : 0;
  return compact.length > start && isAllDigits(compact, start);
}

/**
 * Digits with "*" or "#", the other keys of a phone's keypad (and "+", which a keypad gives too):
 * a feature or service code ("*86", "#31#+13175550100", "+13175550100#"), which a phone system
 * may dial but which is no number of any plan.
 */
export function isKeypadCode(compact: string): boolean {
  if (compact.length > 64) return false;
  let hasKey = false;
  for (let i = 0; i < compact.length; i++) {
    const c = compact.charCodeAt(i);
    if (c === 42 || c === 35) hasKey = true;
    else if ((c < 48 || c > 57) && c !== 43) return false;
  }
  return hasKey;
}

// Values can be megabytes long (a hostile body's 10 MB string). Regular expressions that scan
// a whole value with a repeated class ("^[^@\s]+@...$", "^\+\d+$") keep a backtracking position
// per character, and under memory pressure V8 gave up with "Maximum call stack size exceeded"
// (seen in the test suite); plain loops have no such limit.

/** Whether every character of s from `start` on is an ASCII digit. */
export function isAllDigits(s: string, start = 0): boolean {
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** user@host: one "@", something on either side, and no white space anywhere. */
function isUserAtHostForm(s: string): boolean {
  const at = s.indexOf('@');
  if (at <= 0 || at === s.length - 1 || s.indexOf('@', at + 1) !== -1) return false;
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i))) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** \s as JavaScript reads it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff;
}

/**
 * Whether the number inside a value is judged for form (non-e164, phone-formatting). A tel: URI's
 * number is (the case notes of calls-phonenumber-tel-prefix say formatting would still be
 * reported); SIP and user@host addresses are not numbers; in callbackNumbers any URI is already
 * an invalid-phone error, and one finding per value is enough.
 */
export function isNumberToJudge(kind: string | undefined, phone: PhoneAnalysis): boolean {
  if (phone.uriScheme === undefined) return true;
  return phone.uriScheme === 'tel' && kind !== 'callback-number';
}
