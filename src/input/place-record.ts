// Moves a body's findings from positions in the body text to positions in the file that held it.
import type { BodyRecord } from './body-record.js';
import type { LintResult } from '../lint/types.js';

export function placeInFile(result: LintResult, record: BodyRecord): LintResult {
  const { origin, container } = record;
  if (!origin && !container) return result;
  const findings = result.findings.map((finding) => {
    if (container) {
      // The body is escaped inside a JSON string: point at that string, keep the body position.
      return {
        ...finding,
        line: container.line,
        column: container.column,
        endLine: container.line,
        endColumn: container.column,
        bodyLine: finding.line,
        bodyColumn: finding.column,
      };
    }
    const shift = (line: number, column: number) => ({
      line: origin!.line + line - 1,
      column: line === 1 ? origin!.column + column - 1 : column,
    });
    const start = shift(finding.line, finding.column);
    const end = shift(finding.endLine, finding.endColumn);
    return { ...finding, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
  return { ...result, findings };
}
