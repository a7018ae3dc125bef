// invalid-datetime: a date-time member (callbackScheduledTime) is not an ISO-8601 date-time with
// a time zone, which is what the model's date-time format asks for.
import { quote } from '../lint/quote.js';
import type { Problem, Rule, RuleContext, SchemaIssue } from './rule.js';
import { where } from './support/field-names.js';
import { unfilledVariable } from './support/template-variable.js';

const EXAMPLE = '"2026-01-02T16:59:59.000Z"';

export const invalidDatetime = {
  id: 'invalid-datetime',
  severity: 'error',
  summary: 'A date-time member is not an ISO-8601 date-time.',
  fromSchema(issue: SchemaIssue, context: RuleContext): Problem | undefined {
    if (issue.keyword !== 'format' || issue.params['format'] !== 'date-time') return undefined;
    if (issue.value === '') return undefined;
    if (context.countWhenFull(issue.pointer)) return undefined;
    const unfilled = typeof issue.value === 'string'
      ? unfilledVariable(issue.pointer, issue.value, { what: 'date-time', example: EXAMPLE })
      : undefined;
    if (unfilled !== undefined) return { pointer: issue.pointer, ...unfilled };
    const parts = partsOf(issue.value);
    const fault = parts && calendarFault(parts);
    return {
      pointer: issue.pointer,
      message: `${where(issue.pointer)} is ${quote(issue.value)}, ` + (fault
        ? `a date-time that does not exist: ${fault}.`
        : `not an ISO-8601 date-time with a time zone such as ${EXAMPLE}.`),
      // A form written back must itself be valid: never for a date that does not exist.
      hint: fault ? 'Check the date and time; the form is YYYY-MM-DDThh:mm:ssZ, or an offset ' +
        'like +02:00 for Z.' : hintFor(parts),
    };
  },
} satisfies Rule;

interface DateTimeParts {
  date: string;
  time: string;
  zone: string | undefined;
}

/** A value in the shape of a date-time, perhaps with a space for T, no seconds or no zone. */
function partsOf(value: unknown): DateTimeParts | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = /^(\d{4}-\d{2}-\d{2})[ Tt](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i
    .exec(value.trim());
  return parts ? { date: parts[1]!, time: parts[2]!, zone: parts[3] } : undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** What makes a well-shaped date-time impossible: month 13, 30 February, hour 25, ... */
function calendarFault({ date, time, zone }: DateTimeParts): string | undefined {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day < 1 || day > days) {
    return `${MONTHS[month - 1]} ${year} has days 1 to ${days}, not ${day}`;
  }
  const [hour, minute, second = 0] = time.split(':').map(Number) as [number, number, number?];
  if (hour > 23) return `hour ${hour} is past 23`;
  if (minute > 59) return `minute ${minute} is past 59`;
  if (second >= 60) return `second ${second} is past 59`;
  const offset = zone && /^[+-](\d{2}):?(\d{2})$/.exec(zone);
  if (offset && (Number(offset[1]) > 23 || Number(offset[2]) > 59)) {
    return `the offset ${zone} is no time zone`;
  }
  return undefined;
}

function hintFor(parts: DateTimeParts | undefined): string {
  if (parts) {
    // RFC 3339, which the date-time format follows, requires the seconds.
    const time = parts.time.length === 5 ? `${parts.time}:00` : parts.time;
    const zone = parts.zone ?? 'Z';
    const note = parts.zone ? '' : ' (Z is UTC; use your offset, e.g. +02:00, for a local time)';
    return `Write "${parts.date}T${time}${zone}"${note}.`;
  }
  return 'Write the date and time as YYYY-MM-DDThh:mm:ss.sssZ (UTC) or with an offset like +02:00.';
}
