// Reads a value written as a date and a time, in the form Genesys documents or in another that
// ISO 8601 (or a person) writes, to say how it departs from the documented one. The reference
// gives "yyyy-MM-ddTHH:mm:ss.SSSZ" with 2026-01-02T16:59:59.000Z as its example (CB-4,
// invalid.date), and the models' date-time format is RFC 3339's: ISO 8601's extended form, with
// "Z" or an offset written +hh:mm (RFC 3339, 5.6).

/** The form a date-time member takes, for messages. */
export const DOCUMENTED_FORM = 'yyyy-MM-ddTHH:mm:ss[.SSS] followed by Z or an offset +hh:mm';

export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number | undefined;
  /** The digits after the decimal sign, without it. */
  fraction: string | undefined;
  /** "Z", "+01:00", "+0100" or "+01", as written; undefined when there is none. */
  zone: string | undefined;
  /** Ways the value departs from the documented form; empty when it is in that form. */
  departures: Departure[];
}

/** What ISO 8601 allows but the documented form does not ('space' is not ISO 8601 either). */
export type Departure =
  | 'basic-date' | 'basic-time' | 'decimal-comma' | 'hours-offset' | 'space'
  | 'no-zone' | 'padding';

// Date and time each wholly in the extended or the basic form (the backreferences), a "T" or a
// space between them, seconds and a fraction optional, a zone optional.
const SHAPE = new RegExp('^(\\d{4})(-?)(\\d{2})\\2(\\d{2})([T ])(\\d{2})(:?)(\\d{2})' +
  '(?:\\7(\\d{2})(?:([.,])(\\d{1,9}))?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?$', 'i');

/** The parts of a value shaped like a date-time, or undefined for anything else. */
export function readDateTime(value: unknown): DateTimeParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = SHAPE.exec(value.trim());
  if (!match) return undefined;
  const [, year, dash, month, day, t, hour, colon, minute, second, sign, fraction, zone] = match;
  const departures: Departure[] = [];
  if (dash === '') departures.push('basic-date');
  if (colon === '') departures.push('basic-time');
  if (sign === ',') departures.push('decimal-comma');
  if (zone !== undefined && /^[+-]\d{2}$/.test(zone)) departures.push('hours-offset');
  if (t === ' ') departures.push('space');
  if (zone === undefined) departures.push('no-zone');
  if (value.trim() !== value) departures.push('padding');
  return {
    year: Number(year), month: Number(month), day: Number(day), hour: Number(hour),
    minute: Number(minute), second: second === undefined ? undefined : Number(second),
    fraction, zone, departures,
  };
}

/** Whether ISO 8601 itself writes the value so: a date-time, only not in the documented form. */
export function isIso8601(parts: DateTimeParts): boolean {
  return !parts.departures.includes('space') && !parts.departures.includes('padding');
}

const TWO = (n: number): string => String(n).padStart(2, '0');

/** The same moment in the documented form; a value without a zone is given "Z". */
export function documentedForm(parts: DateTimeParts, second = parts.second ?? 0): string {
  const { year, month, day, hour, minute, fraction, zone } = parts;
  const date = `${String(year).padStart(4, '0')}-${TWO(month)}-${TWO(day)}`;
  const time = `${TWO(hour)}:${TWO(minute)}:${TWO(second)}${fraction ? `.${fraction}` : ''}`;
  return `${date}T${time}${zone === undefined ? 'Z' : extendedZone(zone)}`;
}

/** "+0100" and "+01" as "+01:00"; "z" as "Z". */
function extendedZone(zone: string): string {
  if (/^z$/i.test(zone)) return 'Z';
  const digits = zone.slice(1).replace(':', '');
  return `${zone.charAt(0)}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
}

/** The zone's offset from UTC in minutes: 0 for "Z" or none. */
export function offsetMinutes(zone: string | undefined): number {
  const offset = zone === undefined ? null : /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!offset) return 0;
  const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
  return offset[1] === '-' ? -minutes : minutes;
}
