// "-o p/keep.json" with p/ among the inputs: the folder's keep.json was skipped as the report's
// place and then overwritten by the report, and the body in it was lost. A report of ours there
// (the last run's) may still be written over; anything else is refused before the report file
// is opened, so that nothing is written.
import { readFileSync } from 'node:fs';
import { isOwnReportText } from '../input/own-report.js';
import { UsageError } from '../lint/usage-error.js';
import { escapeName } from '../reporters/ansi.js';

/**
 * Throws a UsageError when `file` (as shown), which a folder or glob of this run found and which
 * is where the report goes, holds text other than a report of ours. `path` is where it is.
 */
export function refuseReportOverInput(file: string, path: string): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return; // gone, or unreadable: writing the report says what is wrong, as before
  }
  if (text.trim() === '' || isOwnReportText(text)) return;
  throw new UsageError(`${escapeName(file)} is where the report is written (--output-file), but ` +
    'it holds no report of genesys-call-lint: writing the report would overwrite what it holds',
  `Write the report to a file outside the linted folders (e.g. -o lint-report.txt), or move ` +
    `${escapeName(file)} away first if it may go.`);
}
