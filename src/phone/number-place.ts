// Where a national number is dialled from, as libphonenumber takes it. A callback's countryCode
// is only "Country code applied to the callback numbers" (../shared/reference/genesys-call-api.md;
// the 2018 swagger: "The country code to be associated with the callback numbers"), with no
// format, pattern or example, so both readings of "country code" are taken: an ISO 3166 alpha-2
// code ("GB") and a country calling code ("44", "+44").
import type { CountryCode } from 'libphonenumber-js';
import { withoutInvisible } from '../lint/escape-control.js';
import { libphonenumber } from './load-libphonenumber.js';

/** libphonenumber's parse options for one of the two readings, and how to name it. */
export type NumberPlace =
  | { defaultCountry: CountryCode; name: string }
  | { defaultCallingCode: string; name: string };

/** The place a countryCode (or --country) names; undefined when it is neither form. */
export function readCountryCode(written: string): NumberPlace | undefined {
  // "GB\u00a0" and "G\u200bB" read as "GB" on screen, and trim() drops only the first: read both
  // as the code they show, dropping what no editor shows wherever it stands.
  const code = withoutInvisible(written).trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && libphonenumber().isSupportedCountry(code)) {
    return { defaultCountry: code as CountryCode, name: code };
  }
  const digits = /^\+?([1-9]\d{0,2})$/.exec(code)?.[1];
  return digits !== undefined && isCallingCode(digits)
    ? { defaultCallingCode: digits, name: `+${digits}` }
    : undefined;
}

// The calling codes of libphonenumber's countries, built on the first numeric countryCode only.
let callingCodes: Set<string> | undefined;

function isCallingCode(digits: string): boolean {
  callingCodes ??= new Set(libphonenumber().getCountries()
    .map((country) => libphonenumber().getCountryCallingCode(country)));
  return callingCodes.has(digits);
}
