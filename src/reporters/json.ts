// --format json: one stable record per finding. The shape is documented in the README
// ("JSON output") and versioned by the top-level "version" member.
import type { Reporter } from './reporter.js';

export const JSON_FORMAT_VERSION = 1;

export const jsonReporter: Reporter = ({ results, failures }) => {
  const errorCount = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warningCount = results.reduce((sum, r) => sum + r.warningCount, 0);
  const document = {
    version: JSON_FORMAT_VERSION,
    results: results.map((result) => ({
      file: result.filePath,
      endpoint: result.endpoint,
      model: result.model,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
      findings: result.findings.map((f) => ({
        file: result.filePath,
        rule: f.ruleId,
        severity: f.severity,
        pointer: f.pointer,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        message: f.message,
        hint: f.hint,
        docs: f.docs,
      })),
    })),
    failures: failures.map((f) => ({ file: f.file, message: f.message, hint: f.hint })),
    errorCount,
    warningCount,
    failureCount: failures.length,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
