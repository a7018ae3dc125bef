// --format stylish (default): findings grouped per body, as ESLint users know them, then a
// summary line. Each finding: line:column, severity, message, rule id; the hint below.
import type { Finding, LintResult, Severity } from '../lint/types.js';
import { escapeControl, escapeName, paint, type Paint } from './ansi.js';
import { describeSource } from './describe-source.js';
import { failureLines } from './failure-lines.js';
import {
  checkedBodies, countProblems, describeOmitted, nothingCheckedLine, omittedSeverity,
  type Reporter, type ReportSummary, unlintedNotice, unreadInputs,
} from './reporter.js';

export const stylishReporter: Reporter = {
  start: () => '',
  isUnlintedShown: true,
  result: (result, _index, { color }) => {
    if (result.findings.length === 0 && result.notices.length === 0) return '';
    return `${formatResult(result, paint(color))}\n`;
  },
  end: (summary, { color }) => `${formatSummary(summary, paint(color))}\n`,
  failures: failureLines,
};

function formatResult(result: LintResult, p: Paint): string {
  const rows = result.findings.map((f) => formatFinding(f, p));
  // A reduce, not Math.max(...spread): a body with 150,000 findings overflowed the call stack.
  const width = rows.reduce((widest, r) => Math.max(widest, r.where.length), 0);
  const lines = rows.map((r) => {
    const pad = ' '.repeat(width - r.where.length);
    return `  ${p.dim(r.where)}${pad}  ${r.rest}\n${' '.repeat(width + 4)}${p.dim(r.hint)}`;
  });
  const notices = result.notices.map((n) => `  ${p.yellow(n.severity)}  ${escapeControl(n.message)}  ${p.dim(n.kind)}`);
  // Below the findings listed, under their severity column: what was left out of them.
  const omitted = (result.omitted ?? []).map((o) => `  ${' '.repeat(width)}  ` +
    `${paintSeverity(omittedSeverity(o), p)}  ${describeOmitted(o)}  ${p.dim(o.ruleId)}`);
  const origin = result.source ? ` ${describeSource(result.source)}` : '';
  // A body that was not linted names no endpoint: its result holds only the first candidate's.
  const endpoint = unlintedNotice(result) ? 'endpoint undecided' : result.endpoint;
  const header = `${p.underline(escapeName(result.filePath))}${origin} ${p.dim(`(${endpoint})`)}`;
  return `${header}\n${[...notices, ...lines, ...omitted].join('\n')}\n`;
}

function formatFinding(f: Finding, p: Paint): { where: string; rest: string; hint: string } {
  const severity = paintSeverity(f.severity, p);
  // Messages name their pointer already, so no separate pointer column is printed.
  const fixable = f.fix ? ' (fixable)' : '';
  const rest = `${severity}  ${escapeControl(f.message)}  ${p.dim(f.ruleId + fixable)}`;
  const inBody = f.bodyLine === undefined ? '' : ` (body ${f.bodyLine}:${f.bodyColumn})`;
  return { where: `${f.line}:${f.column}${inBody}`, rest, hint: `hint: ${escapeControl(f.hint)}` };
}

function paintSeverity(severity: Severity, p: Paint): string {
  return severity === 'error' ? p.red('error  ') : p.yellow('warning');
}

function formatSummary(summary: ReportSummary, p: Paint): string {
  const { errorCount, warningCount, failures } = summary;
  const bodies = checkedBodies(summary);
  const checked = `${bodies} ${bodies === 1 ? 'body' : 'bodies'} checked`;
  const unread = unreadInputs(failures);
  if (errorCount + warningCount === 0) return nothingCheckedLine(summary) ?? `${checked}, no problems${unread}.`;
  const line = `✖ ${countProblems(errorCount, warningCount)} in ${checked}${unread}`;
  return errorCount > 0 ? p.red(p.bold(line)) : p.yellow(p.bold(line));
}
