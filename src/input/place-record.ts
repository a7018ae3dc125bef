// Moves a body's findings from positions in the body text to positions in the file that held it.
import type { BodyRecord } from './body-record.js';
import type { LintResult } from '../lint/types.js';
import { placerInString } from './escaped-body.js';

export function placeInFile(result: LintResult, record: BodyRecord): LintResult {
  const { origin, container } = record;
  if ((!origin && !container) || result.findings.length === 0) return result;
  if (container) {
    // Escaped inside a JSON string: the file's characters, and the body's own place kept.
    const place = placerInString(record.text, container);
    const findings = result.findings.map((finding) => {
      const start = place(finding, false);
      const end = place({ line: finding.endLine, column: finding.endColumn }, true);
      return { ...finding, line: start.line, column: start.column, endLine: end.line,
        endColumn: end.column, bodyLine: finding.line, bodyColumn: finding.column };
    });
    return { ...result, findings };
  }
  const shift = (line: number, column: number) => ({
    line: origin!.line + line - 1,
    column: line === 1 ? origin!.column + column - 1 : column,
  });
  const findings = result.findings.map((finding) => {
    const start = shift(finding.line, finding.column);
    const end = shift(finding.endLine, finding.endColumn);
    return { ...finding, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
  return { ...result, findings };
}
