// A number or flag sent where the model takes a string ("phoneNumber": 13175550142): the hint
// that puts it in quotes, in the form the member wants. wrong-type gives it for a real member,
// unknown-field for the number inside an invented "to", so both say it the same way.
import type { SchemaNode } from '../../schema/schema-types.js';

const PHONE_KINDS = new Set(['dial-address', 'transfer-address', 'callback-number', 'e164']);

/** written: the number's digits as the text has them, which parsing may have rounded. */
export function quotesHint(
  value: number | boolean,
  schema: SchemaNode | undefined,
  written?: string,
): string {
  return `Put the value in quotes: ${quotedForm(value, schema, written)}.`;
}

/**
 * What a hint that moves a JSON number into a member taking a string says after naming the member:
 * unknown-field's hint of a "to" holding one, and the hint of the target it stands for.
 */
export function asStringHint(value: number, schema: SchemaNode | undefined): string {
  return `holding the number as a string. ${quotesHint(value, schema)}`;
}

/** The value as the string the member wants: E.164 for numbers, ISO-8601 for date-times. */
function quotedForm(value: number | boolean, schema: SchemaNode | undefined, written?: string) {
  const kind = schema?.['x-kind'];
  const digits = written ?? String(value);
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && PHONE_KINDS.has(kind ?? '')) {
    // A JSON number has lost any + sign; with 11+ digits it most likely began with a country
    // code, shorter ones are national numbers whose country we cannot know.
    return digits.length >= 11
      ? `"+${digits}" if it starts with the country code (a JSON number cannot keep the + sign)`
      : `"${digits}", better in E.164 form with + and the country code`;
  }
  if (typeof value === 'number' && kind === 'datetime') {
    const date = new Date(value < 1e12 ? value * 1000 : value);
    if (!Number.isNaN(date.getTime())) return `"${date.toISOString()}" (ISO-8601, if ${value} is a Unix time)`;
  }
  return JSON.stringify(digits);
}
