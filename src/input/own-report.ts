// Our own reports read back as inputs. `-f json -o report.json` leaves a .json file where the
// next run lints, which took it for a create-call body and failed it with a dozen unknown
// members; the run that writes a report leaves it out by its path, the runs after by its content.

/**
 * Names a report's top level may open with: the JSON report's members, the SARIF log's, and the
 * first of each once `jq -S` has sorted them. A body never opens with one (no call model has
 * them), so every other input is set aside by this one anchored test on its first few bytes.
 */
const REPORT_OPENING =
  /^\uFEFF?\s*\{\s*"(?:version|results|failures|bodyCount|errorCount|\$schema|runs)"\s*:/;

export type OwnReportKind = 'JSON report' | 'SARIF log';

/** Which of our reports the text is, or undefined for anything else (a body, someone's SARIF). */
export function ownReportKind(text: string): OwnReportKind | undefined {
  if (!REPORT_OPENING.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined; // a body with a syntax error, linted as one
  }
  if (!isRecord(value)) return undefined;
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
    if (!isRecord(run) || !isRecord(run['tool'])) return false;
    const driver = run['tool']['driver'];
    return isRecord(driver) && driver['name'] === 'genesys-call-lint';
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
