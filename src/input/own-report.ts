// Our own reports read back as inputs. `-f json -o report.json` leaves a .json file where the
// next run lints, which took it for a create-call body and failed it with a dozen unknown
// members; the run that writes a report leaves it out by its path, the runs after by its content.
import { isPlainObject } from '../lint/walk-model.js';

export type OwnReportKind = 'JSON report' | 'SARIF log';

/** Which of our reports the parsed document is, or undefined (a body, someone else's SARIF). */
export function ownReportKind(value: Record<string, unknown>): OwnReportKind | undefined {
  if (isJsonReport(value)) return 'JSON report';
  return isOurSarif(value) ? 'SARIF log' : undefined;
}

/** The shape reporters/json.ts writes: its version, its results, and its counts. */
function isJsonReport(value: Record<string, unknown>): boolean {
  return typeof value['version'] === 'number' && Array.isArray(value['results']) &&
    Array.isArray(value['failures']) && typeof value['bodyCount'] === 'number' &&
    typeof value['errorCount'] === 'number';
}

/** A SARIF log with a run by our driver; another tool's SARIF is no business of ours. */
function isOurSarif(value: Record<string, unknown>): boolean {
  const runs = value['runs'];
  return Array.isArray(runs) && runs.some((run: unknown) => {
    if (!isPlainObject(run) || !isPlainObject(run['tool'])) return false;
    const driver = run['tool']['driver'];
    return isPlainObject(driver) && driver['name'] === 'genesys-call-lint';
  });
}

// The last line each line-per-finding format ends with (reporter.ts problemsLine, stylish's
// summary), colour codes taken out: how a stylish, compact or github report is told from a body.
const SUMMARY_LINE = new RegExp('^(?:✖ )?\\d+ problems? \\(\\d+ errors?, \\d+ warnings?\\)|' +
  '^\\d+ bod(?:y|ies) checked, no problems|^No body checked, ');
// What reporters/junit.ts writes first.
const JUNIT_START = /^<\?xml[^>]*\?>\s*<testsuites name="genesys-call-lint"/;

/** Whether the text is a whole report this tool wrote, in any format: safe to write over. */
export function isOwnReportText(text: string): boolean {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (JUNIT_START.test(trimmed)) return true;
  if (trimmed.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      return isPlainObject(value) && ownReportKind(value) !== undefined;
    } catch {
      return false;
    }
  }
  const last = trimmed.slice(trimmed.lastIndexOf('\n') + 1).replace(/\u001b\[[0-9;]*m/g, '');
  return SUMMARY_LINE.test(last);
}
