// The country a number is judged in. A callback body's own countryCode is "applied to the
// callback numbers" (../shared/reference/genesys-call-api.md), so it says where they are from;
// elsewhere only the user's default country (--country, defaultCountry) can.
import { joinPointer, parentPointer, valueAt } from '../../lint/pointer.js';
import type { Fix } from '../../lint/types.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { readCountryCode, type NumberPlace } from '../../phone/number-place.js';
import type { RuleContext, StringVisit } from '../rule.js';

/**
 * A fix of a number, marked as read from the member its country comes from (Fix.reads): a
 * callback body's countryCode, whether it is there or not, since another fix of the same pass
 * may be about to give the body one.
 */
export function readingCountry(fix: Fix, field: StringVisit): Fix {
  if (field.schema['x-kind'] !== 'callback-number') return fix;
  const holder = parentPointer(parentPointer(field.pointer));
  return { ...fix, reads: [joinPointer(holder, 'countryCode')] };
}

/** The countryCode of the body holding a callback number, when it gives one. */
export function bodyCountryOf(field: StringVisit, context: RuleContext): string | undefined {
  if (field.schema['x-kind'] !== 'callback-number') return undefined;
  const holder = valueAt(context.body, parentPointer(parentPointer(field.pointer)));
  const code = isPlainObject(holder) ? countryCodeIn(holder) : undefined;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/**
 * The value of countryCode, or of the one member that spells it in other letter case
 * ("CountryCode"): unknown-field's fix gives that member the name, and a number judged in
 * --country's place beside it would then stand beside another country.
 */
function countryCodeIn(holder: Record<string, unknown>): unknown {
  if (Object.hasOwn(holder, 'countryCode')) return holder['countryCode'];
  const variants = Object.keys(holder).filter((key) => key.toLowerCase() === 'countrycode');
  return variants.length === 1 ? holder[variants[0]!] : undefined;
}

export interface NumberCountry {
  /** The body's countryCode as written, for a callback number whose body gives one. */
  bodyCode: string | undefined;
  /**
   * Where national numbers are judged: the place the body's countryCode names (undefined when it
   * is neither an ISO code nor a calling code: it then says only that it is not --country's),
   * else the default country.
   */
  place: NumberPlace | undefined;
}

export function countryOfNumber(field: StringVisit, context: RuleContext): NumberCountry {
  const bodyCode = bodyCountryOf(field, context);
  const place = bodyCode === undefined ? defaultPlace(context) : readCountryCode(bodyCode);
  return { bodyCode, place };
}

/** The default country (--country, defaultCountry), checked to be an ISO code before linting. */
export function defaultPlace(context: RuleContext): NumberPlace | undefined {
  return context.defaultCountry === undefined ? undefined : readCountryCode(context.defaultCountry);
}

/**
 * Every place a number may be dialled from, for readings that must agree in all of them: a
 * callback body's countryCode and the default country.
 */
export function placesOfNumber(field: StringVisit, context: RuleContext): NumberPlace[] {
  const places = [countryOfNumber(field, context).place, defaultPlace(context)];
  return places.filter((place): place is NumberPlace => place !== undefined);
}
