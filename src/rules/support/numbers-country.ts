// The country a number is judged in. A callback body's own countryCode is "applied to the
// callback numbers" (../shared/reference/genesys-call-api.md), so it says where they are from;
// elsewhere only the user's default country (--country, defaultCountry) can.
import { joinPointer, parentPointer, valueAt } from '../../lint/pointer.js';
import type { Fix } from '../../lint/types.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { readCountryCode, type NumberPlace } from '../../phone/number-place.js';
import { loadModel } from '../../schema/registry.js';
import type { SchemaNode } from '../../schema/schema-types.js';
import type { RuleContext, StringVisit } from '../rule.js';
import { renamesOf } from './unknown-member-fix.js';

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

/**
 * The countryCode of the body holding a callback number, when it has that member: its value,
 * whatever it is. Only a string can name a place; any other value (31, ["NL"], "") still says
 * that the body means a country of its own, so the number is not read in --country's.
 */
export function bodyCountryOf(field: StringVisit, context: RuleContext): unknown {
  const holder = holderOf(field, context);
  const schema = loadModel(field.model)?.schema;
  return holder === undefined || schema === undefined ? undefined : countryCodeIn(holder, schema);
}

/** The object a callback number is listed in (its body, or one entry of a bulk update). */
function holderOf(field: StringVisit, context: RuleContext): Record<string, unknown> | undefined {
  if (field.schema['x-kind'] !== 'callback-number') return undefined;
  const holder = valueAt(context.body, parentPointer(parentPointer(field.pointer)));
  return isPlainObject(holder) ? holder : undefined;
}

/**
 * The value of countryCode, or of the one unknown member unknown-field would rename to it
 * ("CountryCode", "country_code", "country-code"): its fix or hint gives that member the name,
 * and a number judged in --country's place beside it would then stand beside another country.
 * Two such members and no countryCode: a list of their values, which names no place.
 */
function countryCodeIn(holder: Record<string, unknown>, schema: SchemaNode): unknown {
  if (Object.hasOwn(holder, 'countryCode')) return holder['countryCode'];
  const own = schema.properties ?? {};
  const variants = Object.keys(holder).filter((key) => !Object.hasOwn(own, key) &&
    renamesOf(schema, holder, key).includes('countryCode'));
  if (variants.length === 0) return undefined;
  return variants.length === 1 ? holder[variants[0]!] : variants.map((key) => holder[key]);
}

// Members the model does not have whose name says they give a country. Genesys ignores or
// refuses them, but they show what the writer meant, so a number is not written for another one.
const COUNTRY_WORDS = new Set(['country', 'countryiso', 'countryisocode', 'region', 'locale']);

/** An unknown member of a callback's body that names a place ("country": "NL", "locale": "nl-NL"). */
export interface NamedCountry {
  member: string;
  place: NumberPlace;
}

function namedCountriesOf(field: StringVisit, context: RuleContext): NamedCountry[] {
  const holder = holderOf(field, context);
  if (holder === undefined) return [];
  return Object.entries(holder).flatMap(([member, value]) => {
    if (!COUNTRY_WORDS.has(member.toLowerCase()) || typeof value !== 'string') return [];
    // A locale's country follows its language: "nl-NL", "en_GB".
    const code = /^[a-z]{2,3}[-_]([a-z]{2})$/i.exec(value.trim())?.[1] ?? value;
    const place = readCountryCode(code);
    return place === undefined ? [] : [{ member, place }];
  });
}

export interface NumberCountry {
  /**
   * The value of the body's countryCode, for a callback number whose body has one; undefined
   * when it has none (a JSON value is never undefined).
   */
  bodyCode: unknown;
  /**
   * Where national numbers are judged: the place the body's countryCode names (undefined when it
   * is no string, or neither an ISO code nor a calling code: it then says only that it is not
   * --country's), else the default country.
   */
  place: NumberPlace | undefined;
  /** Unknown members of a callback's body that name a country, which a rewrite must agree with. */
  named: NamedCountry[];
}

export function countryOfNumber(field: StringVisit, context: RuleContext): NumberCountry {
  const bodyCode = bodyCountryOf(field, context);
  const place = bodyCode === undefined ? defaultPlace(context)
    : typeof bodyCode === 'string' ? readCountryCode(bodyCode) : undefined;
  return { bodyCode, place, named: namedCountriesOf(field, context) };
}

/** The default country (--country, defaultCountry), checked to be an ISO code before linting. */
export function defaultPlace(context: RuleContext): NumberPlace | undefined {
  return context.defaultCountry === undefined ? undefined : readCountryCode(context.defaultCountry);
}

/**
 * Every place a number may be dialled from, for readings that must agree in all of them: a
 * callback body's countryCode, the default country, and any country an unknown member of the
 * body names ("country": "CO"). Such a member stopped non-e164's national rewrite only, while
 * both rules wrote "00 549 ..." as +54 9 ... though CO reads it as 00, carrier 5 and +49 ....
 * country: countryOfNumber's answer, where the caller has it already (it reads the body's
 * members, and their case variants, each time).
 */
export function placesOfNumber(field: StringVisit, context: RuleContext,
  country: NumberCountry = countryOfNumber(field, context)): NumberPlace[] {
  const places = [country.place, defaultPlace(context), ...country.named.map(({ place }) => place)];
  return places.filter((place): place is NumberPlace => place !== undefined);
}

/** Where a number is judged: countryOfNumber's answer and placesOfNumber's, read once. */
export interface JudgedWhere {
  country: NumberCountry;
  places: NumberPlace[];
}

export function judgedWhere(field: StringVisit, context: RuleContext): JudgedWhere {
  const country = countryOfNumber(field, context);
  return { country, places: placesOfNumber(field, context, country) };
}
