// The country a number is judged in. A callback body's own countryCode is "applied to the
// callback numbers" (../shared/reference/genesys-call-api.md), so it says where they are from;
// elsewhere only the user's default country (--country, defaultCountry) can.
import { parentPointer, valueAt } from '../../lint/pointer.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { readCountryCode, type NumberPlace } from '../../phone/number-place.js';
import type { RuleContext, StringVisit } from '../rule.js';

/** The countryCode of the body holding a callback number, when it gives one. */
export function bodyCountryOf(field: StringVisit, context: RuleContext): string | undefined {
  if (field.schema['x-kind'] !== 'callback-number') return undefined;
  const holder = valueAt(context.body, parentPointer(parentPointer(field.pointer)));
  const code = isPlainObject(holder) ? holder['countryCode'] : undefined;
  return typeof code === 'string' && code !== '' ? code : undefined;
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
