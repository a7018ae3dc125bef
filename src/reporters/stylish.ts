// --format stylish (default): findings grouped per file, as ESLint users know them, then a
// summary line. Each finding: line:column, severity, pointer, message, rule id; the hint below.
import type { Finding, LintResult } from '../lint/types.js';
import { escapeControl, paint, type Paint } from './ansi.js';
import type { Reporter } from './reporter.js';

export const stylishReporter: Reporter = ({ results, failures, color }) => {
  const p = paint(color);
  const blocks = results.filter((r) => r.findings.length > 0).map((r) => formatResult(r, p));
  const summary = formatSummary(results, failures.length, p);
  if (blocks.length === 0) return summary ? `${summary}\n` : '';
  return `${blocks.join('\n')}\n${summary}\n`;
};

function formatResult(result: LintResult, p: Paint): string {
  const rows = result.findings.map((f) => formatFinding(f, p));
  const where = rows.map((r) => r.where.length);
  const width = Math.max(...where);
  const lines = rows.map((r) => {
    const pad = ' '.repeat(width - r.where.length);
    return `  ${p.dim(r.where)}${pad}  ${r.rest}\n${' '.repeat(width + 4)}${p.dim(r.hint)}`;
  });
  const header = `${p.underline(escapeControl(result.filePath))} ${p.dim(`(${result.endpoint})`)}`;
  return `${header}\n${lines.join('\n')}\n`;
}

function formatFinding(f: Finding, p: Paint): { where: string; rest: string; hint: string } {
  const severity = f.severity === 'error' ? p.red('error  ') : p.yellow('warning');
  // Messages name their pointer already, so no separate pointer column is printed.
  const rest = `${severity}  ${escapeControl(f.message)}  ${p.dim(f.ruleId)}`;
  return { where: `${f.line}:${f.column}`, rest, hint: `hint: ${escapeControl(f.hint)}` };
}

function formatSummary(results: readonly LintResult[], failures: number, p: Paint): string {
  const errors = results.reduce((sum, r) => sum + r.errorCount, 0);
  const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  const files = `${results.length} ${results.length === 1 ? 'body' : 'bodies'} checked`;
  const unread = failures > 0 ? `, ${failures} input${failures === 1 ? '' : 's'} could not be read` : '';
  if (errors + warnings === 0) return `${files}, no problems${unread}.`;
  const total = errors + warnings;
  const line = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ` +
    `${warnings} warning${warnings === 1 ? '' : 's'}) in ${files}${unread}`;
  return errors > 0 ? p.red(p.bold(line)) : p.yellow(p.bold(line));
}
