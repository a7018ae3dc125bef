// --format compact: one line per finding, "file:line:column: severity message [rule]", for grep,
// editors' problem matchers and terminals that make file:line:column clickable.
import { escapeControl } from './ansi.js';
import type { Reporter } from './reporter.js';

export const compactReporter: Reporter = ({ results }) => {
  const lines = results.flatMap((result) =>
    result.findings.map((f) =>
      `${escapeControl(result.filePath)}:${f.line}:${f.column}: ${f.severity} ` +
      `${escapeControl(f.message)} [${f.ruleId}]`,
    ),
  );
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  lines.push(`${errors + warnings} problem${errors + warnings === 1 ? '' : 's'} ` +
    `(${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`);
  return `${lines.join('\n')}\n`;
};
