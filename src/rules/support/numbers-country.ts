// The country a number is judged in. A callback body's own countryCode is "applied to the
// callback numbers" (../shared/reference/genesys-call-api.md), so it says where they are from;
// elsewhere only the user's default country (--country, defaultCountry) can.
import { parentPointer, valueAt } from '../../lint/pointer.js';
import { isPlainObject } from '../../lint/walk-model.js';
import type { RuleContext, StringVisit } from '../rule.js';

/** The countryCode of the body holding a callback number, when it gives one. */
export function bodyCountryOf(field: StringVisit, context: RuleContext): string | undefined {
  if (field.schema['x-kind'] !== 'callback-number') return undefined;
  const holder = valueAt(context.body, parentPointer(parentPointer(field.pointer)));
  const code = isPlainObject(holder) ? holder['countryCode'] : undefined;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/** The body's countryCode for a callback number, else the default country. */
export function countryOfNumber(field: StringVisit, context: RuleContext): string | undefined {
  return bodyCountryOf(field, context) ?? context.defaultCountry;
}
