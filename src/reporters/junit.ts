// --format junit: JUnit XML, which CI servers (Jenkins, GitLab, Azure Pipelines, ...) show in
// their test tabs. Each linted body is a <testsuite>; each finding a failed <testcase>, warnings
// included, with the severity leading the failure message ("warning: ..."); a clean body is one
// passing testcase, so the tab lists it, and a body that was not linted (--endpoint auto could
// not decide) one errored testcase. Unreadable inputs form a last suite of errored cases.
// <testsuites> carries no totals: they are known only at the end, and the stream has begun.
import type { Finding, LintResult, Notice, OmittedFindings } from '../lint/types.js';
import { describeSource } from './describe-source.js';
import {
  describeOmitted, omittedSeverity, unlintedNotice, type InputFailure, type Reporter,
} from './reporter.js';
import { escapeName } from './ansi.js';
import { toXmlText } from './xml-text.js';

/** How the empty JSON Pointer (the body itself) is shown in test names. */
const WHOLE_BODY = '(whole body)';

export const junitReporter: Reporter = {
  start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="genesys-call-lint">\n',
  result: (result) => formatSuite(result),
  end: (summary) => {
    // A body that was not linted is an errored case of its own suite already.
    const unread = summary.failures.filter((f) => f.isUnlinted !== true);
    const failures = unread.length > 0 ? formatFailures(unread) : '';
    return `${failures}</testsuites>\n`;
  },
};

function formatSuite(result: LintResult): string {
  const file = escapeName(result.filePath);
  const name = result.source ? `${file} (${describeSource(result.source)})` : file;
  const unlinted = unlintedNotice(result);
  const omitted = (result.omitted ?? []).map((o) => formatOmitted(o, file));
  const cases = unlinted ? [formatUnlinted(unlinted, file)]
    : result.findings.length > 0 ? [...result.findings.map((f) => formatFinding(f, result)), ...omitted]
      : [`    <testcase ${attributes({ classname: file, name: 'no problems' })}/>\n`];
  // An unlinted body's endpoint and model are only the first candidate's: not shown as chosen.
  const properties = unlinted ? '' : '    <properties>\n' +
    `      <property ${attributes({ name: 'endpoint', value: result.endpoint })}/>\n` +
    `      <property ${attributes({ name: 'model', value: result.model })}/>\n` +
    '    </properties>\n';
  // Notices are not findings (they change no count or exit code), so they are printed, not failed.
  const notices = result.notices.filter((n) => n !== unlinted)
    .map((n) => toXmlText(`${n.severity} ${n.kind}: ${n.message}`));
  const out = notices.length > 0 ? `    <system-out>${notices.join('\n')}</system-out>\n` : '';
  const counts = { tests: cases.length, failures: result.findings.length + omitted.length,
    errors: unlinted ? 1 : 0, skipped: 0 };
  return `  <testsuite ${attributes({ name, ...counts })}>\n${properties}${cases.join('')}${out}` +
    '  </testsuite>\n';
}

// Errored, not failed: the body was not checked at all, as an unreadable input is not.
function formatUnlinted(notice: Notice, file: string): string {
  const error = { message: notice.message, type: notice.kind };
  const details = toXmlText(`${notice.severity} ${notice.kind}: ${notice.message}`);
  return `    <testcase ${attributes({ classname: file, name: 'lint body' })}>\n` +
    `      <error ${attributes(error)}>${details}</error>\n` +
    '    </testcase>\n';
}

function formatFinding(finding: Finding, result: LintResult): string {
  // Pointers other than the empty one start with "/", so the stand-in cannot be mistaken for one.
  const pointer = finding.pointer || WHOLE_BODY;
  const name = `${finding.ruleId} ${pointer} ${finding.line}:${finding.column}`;
  const where = `line ${finding.line}, column ${finding.column} to line ${finding.endLine}, ` +
    `column ${finding.endColumn}`;
  const details = [
    `${finding.severity} ${finding.ruleId} at ${pointer}, ${where}`,
    finding.message,
    `hint: ${finding.hint}`,
    `docs: ${finding.docs}`,
    `endpoint: ${result.endpoint} (${result.model})`,
  ].map(toXmlText).join('\n');
  const failure = { message: `${finding.severity}: ${finding.message}`, type: finding.ruleId };
  return `    <testcase ${attributes({ classname: escapeName(result.filePath), name })}>\n` +
    `      <failure ${attributes(failure)}>${details}</failure>\n` +
    '    </testcase>\n';
}

// One failed case for all of a rule's findings left out, its message saying how many.
function formatOmitted(omitted: OmittedFindings, file: string): string {
  const message = describeOmitted(omitted);
  const failure = { message: `${omittedSeverity(omitted)}: ${message}`, type: omitted.ruleId };
  return `    <testcase ${attributes({ classname: file, name: `${omitted.ruleId} (not listed)` })}>\n` +
    `      <failure ${attributes(failure)}>${toXmlText(message)}</failure>\n` +
    '    </testcase>\n';
}

function formatFailures(failures: readonly InputFailure[]): string {
  const cases = failures.map((f) => {
    const error = { message: f.message, type: 'input-failure' };
    const details = [`${escapeName(f.file)}: ${f.message}`, f.hint].map(toXmlText).join('\n');
    return `    <testcase ${attributes({ classname: escapeName(f.file), name: 'read input' })}>\n` +
      `      <error ${attributes(error)}>${details}</error>\n` +
      '    </testcase>\n';
  });
  const counts = { tests: failures.length, failures: 0, errors: failures.length, skipped: 0 };
  return `  <testsuite ${attributes({ name: 'inputs that could not be read', ...counts })}>\n` +
    `${cases.join('')}  </testsuite>\n`;
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}="${toXmlText(String(value))}"`)
    .join(' ');
}
