// --format github: GitHub Actions workflow commands, one line per finding, which the runner turns
// into annotations on the pull request's files. Syntax and escaping:
// https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
import type { Finding, Notice } from '../lint/types.js';
import { escapeControl, escapeInvisible } from './ansi.js';
import { escapeControlKeepingLines } from '../lint/escape-control.js';
import { describeSource } from './describe-source.js';
import {
  describeOmitted, isOnInputFile, isQuiet, joinSentences, omittedSeverity, problemsLine,
  type InputFailure, type Reporter,
} from './reporter.js';

export const githubReporter: Reporter = {
  start: () => '',
  isUnlintedShown: true,
  result: (result) => {
    // Most bodies of a log have nothing to print: their source is not described (issue 6).
    if (isQuiet(result)) return '';
    const origin = result.source ? ` (${describeSource(result.source)})` : '';
    // The path as it is, with the runner's own escapes (escapeProperty): GitHub matches it to a
    // file of the checkout, and "tab\u0009.json" or an escaped no-break space is none.
    const file = result.filePath;
    return [
      ...result.notices.map((n) => formatNotice(n, file, origin)),
      ...result.findings.map((f) => formatFinding(f, file, origin)),
      // On the file, with no line, as notices are: the findings left out have no one place.
      ...(result.omitted ?? []).map((o) => command(omittedSeverity(o),
        { file, title: o.ruleId }, `${describeOmitted(o)}${origin}`)),
    ].join('');
  },
  // A plain line: the runner prints it in the log and makes no annotation of it. A body that was
  // not linted has its notice's annotation on the file already: one error, not two.
  end: (summary) => [
    ...summary.failures.filter((f) => f.isUnlinted !== true).map(formatFailure),
    `${problemsLine(summary)}\n`,
  ].join(''),
};

function formatFinding(finding: Finding, file: string, origin: string): string {
  const properties = {
    file,
    line: finding.line,
    col: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    title: finding.ruleId,
  };
  return command(finding.severity, properties, `${finding.message} ${finding.hint}${origin}`);
}

// Notices concern the request, not a place in it, so they carry a file but no line; the record
// of a capture is named as findings name it, or a HAR's several entries gave identical notices.
function formatNotice(notice: Notice, file: string, origin: string): string {
  return command(notice.severity === 'info' ? 'notice' : notice.severity, { file, title: notice.kind },
    `${notice.message}${origin}`);
}

// A failure about an input that was found (broken JSON, binary, too big, unreadable) or that
// --fix could not write goes on that file; one about a path that gave no input does not.
function formatFailure(failure: InputFailure): string {
  const on = isOnInputFile(failure) ? { file: failure.file } : {};
  return command('error', { ...on, title: 'genesys-call-lint' },
    joinSentences(`${escapeInvisible(failure.file)}: ${failure.message}`, failure.hint));
}

type Properties = Record<string, string | number>;

function command(name: string, properties: Properties, message: string): string {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${name} ${list.join(',')}::${escapeData(message)}\n`;
}

/** What the runner decodes in a message and in a property value: %25, %0D and %0A. */
function escapeCommand(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/**
 * A message: a payload's line break cannot end the command and start one of its own, and other
 * control characters are shown as \u escapes, as the other formats show them.
 */
export function escapeData(text: string): string {
  return escapeControl(escapeCommand(text));
}

/**
 * A property value, escaped as the runner reads it: it also ends at ":" (the message starts) and
 * "," (the next property starts). A tab or an invisible character is kept, since the runner
 * decodes no \u escape and the file= path would then name no file; only what can drive a
 * terminal or reorder a line (ESC, other C0 and C1 controls, bidi overrides) is still escaped,
 * as everywhere else (issue 7): a name holding one is hostile, and GitHub could not show it.
 */
export function escapeProperty(text: string): string {
  return escapeControlKeepingLines(escapeCommand(text)).replaceAll(':', '%3A')
    .replaceAll(',', '%2C');
}
