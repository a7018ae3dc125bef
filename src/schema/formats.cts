// The string formats our body schemas use. CommonJS (a .cts file) because the validators the build
// generates (dist/src/schema/validators/*.cjs) require this compiled file synchronously: they refer
// to these very functions instead of carrying copies, so there is one implementation of each.
import type { Format } from 'ajv';
// Only ajv-formats' table of format functions: it requires nothing, least of all ajv's compiler.
import ajvFormats = require('ajv-formats/dist/formats');

// ISO-8601 date-time as Genesys documents it (2026-01-02T16:59:59.000Z): a T between date and
// time, and a zone, since a zoneless time cannot be scheduled unambiguously. Stricter than
// ajv-formats' RFC 3339 check, which also takes a space for the T. An offset is taken as +hh:mm
// (RFC 3339) or +hhmm: Genesys's own invalid.date message gives its form as Java's pattern
// yyyy-MM-ddTHH:mm:ss.SSSZ, whose Z writes "+0100", so reporting that would be a false error.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

function isIsoDateTime(value: string): boolean {
  if (!ISO_DATE_TIME.test(value)) return false;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const [hour, minute] = [Number(value.slice(11, 13)), Number(value.slice(14, 16))];
  const second = value[16] === ':' ? Number(value.slice(17, 19)) : 0;
  // The zone's hours and minutes are checked too: "+25:00" and "10:00:60" used to pass.
  const zone = /([+-])(\d{2}):?(\d{2})$/.exec(value);
  const isZoneReal = zone === null || (Number(zone[2]) < 24 && Number(zone[3]) < 60);
  const isDayReal = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isDayReal && hour < 24 && minute < 60 && second < 60 && isZoneReal;
}

/** Format name to ajv format definition; the generated code looks names up in this object. */
const formats: Readonly<Record<'int32' | 'date-time', Format>> = {
  int32: ajvFormats.fullFormats.int32,
  'date-time': { type: 'string', validate: isIsoDateTime },
};

export = formats;
