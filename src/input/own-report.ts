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
