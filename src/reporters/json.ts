// --format json: one stable record per finding, streamed result by result. The shape is
// documented in the README ("JSON output") and versioned by the top-level "version" member.
import type { LintResult } from '../lint/types.js';
import { unlintedNotice, type Reporter } from './reporter.js';
import { toJsonText } from './json-text.js';

export const JSON_FORMAT_VERSION = 1;

export const jsonReporter: Reporter = {
  namesConfigFile: true,
  start: () => `{\n  "version": ${JSON_FORMAT_VERSION},\n  "results": [`,
  result: (result, index) => `${index === 0 ? '\n' : ',\n'}${indent(toJsonText(toRecord(result)), 4)}`,
  end: (summary) => {
    const tail = {
      failures: summary.failures.map((f) => ({ file: f.file, message: f.message, hint: f.hint })),
      bodyCount: summary.bodies,
      errorCount: summary.errorCount,
      warningCount: summary.warningCount,
      failureCount: summary.failures.length,
    };
    const members = toJsonText(tail).slice(1, -2);
    return `${summary.bodies > 0 ? '\n  ' : ''}],${members}\n}\n`;
  },
};

function toRecord(result: LintResult): Record<string, unknown> {
  // A body that was not linted has no endpoint or model yet: null, as --print-config gives for
  // auto. Its result holds only the first candidate's, which its error notice lists among others.
  const isUnlinted = unlintedNotice(result) !== undefined;
  return {
    file: result.filePath,
    ...(result.source ? { source: result.source } : {}),
    endpoint: isUnlinted ? null : result.endpoint,
    model: isUnlinted ? null : result.model,
    // Absent for results rendered from lintText, which reads no config.
    ...(result.configFile === undefined ? {} : { configFile: result.configFile }),
    ...(result.notices.length > 0 ? { notices: result.notices } : {}),
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
      ...(f.bodyLine === undefined ? {} : { bodyLine: f.bodyLine, bodyColumn: f.bodyColumn }),
      message: f.message,
      hint: f.hint,
      docs: f.docs,
      // What --fix would do about it; absent when it leaves the finding to the user.
      ...(f.fix ? { fixable: true, fix: f.fix.description } : {}),
    })),
    // Counted in errorCount and warningCount above, but not among the findings listed.
    ...(result.omitted ? {
      omitted: result.omitted.map((o) => ({
        rule: o.ruleId, errorCount: o.errorCount, warningCount: o.warningCount,
      })),
    } : {}),
  };
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.split('\n').map((line) => pad + line).join('\n');
}
