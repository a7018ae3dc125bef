// invalid-datetime: a date-time member (callbackScheduledTime, ...) is not in the form Genesys
// documents (support/date-time-form.ts). A value in another form of ISO 8601 is told which form
// it is in, not that it is no ISO 8601; one in the right shape, what keeps it from being a moment.
import { quote } from '../lint/quote.js';
import type { Problem, Rule, RuleContext, SchemaIssue } from './rule.js';
import {
  DOCUMENTED_FORM, documentedForm, isIso8601, offsetMinutes, readDateTime, type DateTimeParts,
  type Departure,
} from './support/date-time-form.js';
import { where } from './support/field-names.js';
import { unfilledVariable } from './support/template-variable.js';

const EXAMPLE = '"2026-01-02T16:59:59.000Z"';

export const invalidDatetime = {
  id: 'invalid-datetime',
  severity: 'error',
  summary: 'A date-time member is not an ISO-8601 date-time in the form Genesys documents.',
  fromSchema(issue: SchemaIssue, context: RuleContext): Problem | undefined {
    if (issue.keyword !== 'format' || issue.params['format'] !== 'date-time') return undefined;
    if (issue.value === '') return undefined;
    if (context.countWhenFull(issue.pointer)) return undefined;
    const unfilled = typeof issue.value === 'string'
      ? unfilledVariable(issue.pointer, issue.value, { what: 'date-time', example: EXAMPLE })
      : undefined;
    if (unfilled !== undefined) return { pointer: issue.pointer, ...unfilled };
    const parts = readDateTime(issue.value);
    const { says, hint } = parts ? judge(parts) : {
      says: `not an ISO-8601 date-time in the form Genesys documents, ${DOCUMENTED_FORM}, such ` +
        `as ${EXAMPLE}`,
      hint: 'Write the date and time as yyyy-MM-ddTHH:mm:ss.SSSZ (UTC) or with an offset like ' +
        '+02:00.',
    };
    return {
      pointer: issue.pointer,
      message: `${where(issue.pointer)} is ${quote(issue.value)}, ${says}.`,
      hint,
    };
  },
} satisfies Rule;

function judge(parts: DateTimeParts): { says: string; hint: string } {
  if (isLeapSecond(parts)) {
    // RFC 3339 writes one so, but the documented form, like Java's pattern "ss", has no 60.
    const next = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour,
      parts.minute + 1));
    const after = documentedForm({
      ...parts, year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(),
      hour: next.getUTCHours(), minute: next.getUTCMinutes(), fraction: undefined,
    }, 0);
    return {
      says: `a leap second, which the form Genesys documents, ${DOCUMENTED_FORM}, does not ` +
        'take: its seconds run from 00 to 59',
      hint: `Write "${documentedForm({ ...parts, fraction: undefined }, 59)}", the second before ` +
        `it, or "${after}", the second after it.`,
    };
  }
  const fault = calendarFault(parts);
  // A form written back must itself be valid: never for a date that does not exist.
  if (fault) {
    return {
      says: `a date-time that does not exist: ${fault}`,
      hint: `Check the date and time; the form is ${DOCUMENTED_FORM}.`,
    };
  }
  const reasons = parts.departures.map((departure) => REASONS[departure](parts))
    .filter((reason) => reason !== '');
  const note = parts.zone ? '' : ' (Z is UTC; use your offset, e.g. +02:00, for a local time)';
  return {
    says: `${isIso8601(parts) ? 'an ISO-8601 date-time, but ' : ''}not in the form Genesys ` +
      `documents, ${DOCUMENTED_FORM}: ${reasons.join('; ')}`,
    hint: `Write "${documentedForm(parts)}"${note}.`,
  };
}

// One clause per departure; the basic date and time are named together when both are basic.
const REASONS: Readonly<Record<Departure, (parts: DateTimeParts) => string>> = {
  'basic-date': ({ departures }) => departures.includes('basic-time')
    ? 'it is in ISO 8601\'s basic form, without the "-" and ":" separators'
    : 'its date is in ISO 8601\'s basic form, without "-"',
  'basic-time': ({ departures }) => departures.includes('basic-date') ? ''
    : 'its time is in ISO 8601\'s basic form, without ":"',
  'decimal-comma': () => 'its fraction of a second follows a decimal comma, where the form has ' +
    'a point',
  'hours-offset': ({ zone }) => `its offset ${zone ?? ''} gives hours alone, without minutes`,
  space: () => 'it has a space where the form has "T"',
  'no-zone': () => 'it has no time zone',
  padding: () => 'it has white space before or after it',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** What makes a well-shaped date-time impossible: month 13, 30 February, hour 25, ... */
function calendarFault(parts: DateTimeParts): string | undefined {
  const { year, month, day, hour, minute, second = 0, zone } = parts;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysIn(year, month);
  if (day < 1 || day > days) {
    return `${MONTHS[month - 1]} ${year} has days 1 to ${days}, not ${day}`;
  }
  if (hour > 23) return `hour ${hour} is past 23`;
  if (minute > 59) return `minute ${minute} is past 59`;
  if (second >= 60) return `second ${second} is past 59`;
  const offset = zone && /^[+-](\d{2}):?(\d{2})?$/.exec(zone);
  if (offset && (Number(offset[1]) > 23 || Number(offset[2] ?? 0) > 59)) {
    return `the offset ${zone} is no time zone`;
  }
  return undefined;
}

function daysIn(year: number, month: number): number {
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/**
 * Second 60 of the last minute of a month in UTC, where RFC 3339 (5.6, 5.7) allows a leap
 * second; second 60 of any other minute is no moment at all.
 */
function isLeapSecond(parts: DateTimeParts): boolean {
  if (parts.second !== 60 || calendarFault({ ...parts, second: 59 }) !== undefined) return false;
  const utc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) -
    offsetMinutes(parts.zone) * 60_000;
  const minute = new Date(utc);
  return minute.getUTCHours() === 23 && minute.getUTCMinutes() === 59 &&
    new Date(utc + 60_000).getUTCDate() === 1;
}
