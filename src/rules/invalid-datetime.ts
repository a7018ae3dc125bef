// invalid-datetime: a date-time member (callbackScheduledTime) is not an ISO-8601 date-time with
// a time zone, which is what the model's date-time format asks for.
import { quote } from '../lint/quote.js';
import type { Problem, Rule, SchemaIssue } from './rule.js';
import { where } from './support/field-names.js';

export const invalidDatetime = {
  id: 'invalid-datetime',
  severity: 'error',
  summary: 'A date-time member is not an ISO-8601 date-time.',
  fromSchema(issue: SchemaIssue): Problem | undefined {
    if (issue.keyword !== 'format' || issue.params['format'] !== 'date-time') return undefined;
    if (issue.value === '') return undefined;
    return {
      pointer: issue.pointer,
      message:
        `${where(issue.pointer)} is ${quote(issue.value)}, not an ISO-8601 date-time with a ` +
        'time zone such as "2026-01-02T16:59:59.000Z".',
      hint: hintFor(issue.value),
    };
  },
} satisfies Rule;

function hintFor(value: unknown): string {
  const parts = typeof value === 'string'
    ? /^(\d{4}-\d{2}-\d{2})[ Tt](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/i.exec(value.trim())
    : null;
  if (parts) {
    const zone = parts[3] ?? 'Z';
    const note = parts[3] ? '' : ' (Z is UTC; use your offset, e.g. +02:00, for a local time)';
    return `Write "${parts[1]}T${parts[2]}${zone}"${note}.`;
  }
  return 'Write the date and time as YYYY-MM-DDThh:mm:ss.sssZ (UTC) or with an offset like +02:00.';
}
