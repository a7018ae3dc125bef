// Genesys entity ids are UUIDs: 8-4-4-4-12 hexadecimal digits (labelling rule 5).
import { quote } from '../../lint/quote.js';
import { templateVariableIn } from './template-variable.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Values that are evidently a template's stand-in rather than a real id. */
export function looksLikePlaceholder(value: string): boolean {
  return (
    /(^|[-_ ])(id|uuid|here|your|my|goes|placeholder|xxx+|todo|example)([-_ ]|$)/i.test(value) ||
    /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(value) ||
    /^[<{[].*[>}\]]$/.test(value)
  );
}

/**
 * What a hint asks for where an id belongs but something else was given: "the queue's id (a
 * UUID; "Sales" is not one, perhaps its name)". One wording for every hint that moves a value.
 */
export function idWanted(entity: string | undefined, value: string): string {
  const guess = templateVariableIn(value) !== undefined ? 'a variable left unfilled'
    : looksLikePlaceholder(value) ? 'a placeholder' : 'perhaps its name';
  return idWantedAs(entity, value, guess);
}

/** idWanted with what the value seems to be said by the caller, or nothing said of it. */
export function idWantedAs(entity: string | undefined, value: string, guess?: string): string {
  const seems = guess === undefined ? '' : `, ${guess}`;
  return `the ${entity ? `${entity}'s ` : ''}id (a UUID; ${quote(value)} is not one${seems})`;
}
