// --format compact: one line per finding, "file:line:column: severity message [rule]", for grep,
// editors' problem matchers and terminals that make file:line:column clickable.
import type { Finding } from '../lint/types.js';
import { escapeControl, escapeName } from './ansi.js';
import { describeSource } from './describe-source.js';
import { failureLines } from './failure-lines.js';
import {
  describeOmitted, isQuiet, omittedSeverity, problemsLine, type Reporter,
} from './reporter.js';

export const compactReporter: Reporter = {
  start: () => '',
  isUnlintedShown: true,
  result: (result) => {
    // Most bodies of a log have nothing to print: their source is not described (issue 6).
    if (isQuiet(result)) return '';
    const origin = result.source ? ` (${describeSource(result.source)})` : '';
    const notices = result.notices.map((n) =>
      `${escapeName(result.filePath)}: ${n.severity} ${escapeControl(n.message)}${origin} [${n.kind}]\n`);
    const findings = result.findings.map((f) =>
      `${escapeName(result.filePath)}:${f.line}:${f.column}: ${f.severity} ` +
      `${escapeControl(f.message)}${inBody(f)}${origin} [${f.ruleId}]\n`);
    // Left-out findings have no place of their own: written as notices are, without line:column.
    const omitted = (result.omitted ?? []).map((o) => `${escapeName(result.filePath)}: ` +
      `${omittedSeverity(o)} ${describeOmitted(o)}${origin} [${o.ruleId}]\n`);
    return notices.join('') + findings.join('') + omitted.join('');
  },
  // The failures themselves went to stderr as they happened; the summary counts them, as
  // stylish's does, so the last line does not read as a clean run.
  end: (summary) => `${problemsLine(summary)}\n`,
  failures: failureLines,
};

function inBody(finding: Finding): string {
  return finding.bodyLine === undefined ? '' : ` (body ${finding.bodyLine}:${finding.bodyColumn})`;
}
