// One contract for every output format. Output is produced in three parts so that results can be
// written as soon as each body is linted (large NDJSON and HAR inputs stream): start, one part
// per result, end. Reporters neither filter results nor decide the exit code.
import { refuseUnknownNames } from '../lint/check-options.js';
import { MAX_FINDINGS_PER_RULE } from '../lint/report-sink.js';
import type { LintResult, Notice, OmittedFindings } from '../lint/types.js';
import { UsageError } from '../lint/usage-error.js';

export interface InputFailure {
  file: string;
  message: string;
  hint: string;
  /** The input was read but --fix could not write it back; summaries count it apart. */
  isWrite?: boolean;
  /**
   * The failure is about the one input `file` names, found and taken up (its content, its size,
   * its permissions), not about a path, glob or folder that gave none: a report may place it on
   * that file, as it places the file's findings.
   */
  isAboutInput?: boolean;
  /**
   * A body was read but not linted (--endpoint auto could not decide). Its result carries the
   * reason as an error notice, which reports show with the body; summaries count it apart.
   */
  isUnlinted?: boolean;
}

export interface ReportContext {
  /** Whether ANSI colour may be used (a terminal, NO_COLOR/FORCE_COLOR honoured by the caller). */
  color: boolean;
  /** Version of this tool, for formats that record it. */
  version: string;
}

export interface ReportSummary {
  /** How many bodies were linted, including clean ones. */
  bodies: number;
  errorCount: number;
  warningCount: number;
  failures: readonly InputFailure[];
}

export interface Reporter {
  start(context: ReportContext): string;
  /** Called for every linted body, clean ones included, in input order. */
  result(result: LintResult, index: number, context: ReportContext): string;
  end(summary: ReportSummary, context: ReportContext): string;
  /**
   * Lines naming the inputs that could not be read, for formats whose end() only counts them
   * (the CLI writes them on stderr): renderReport puts them before end().
   */
  failures?(failures: readonly InputFailure[]): string;
  /**
   * Whether the report shows a body that was not linted (--endpoint auto undecided) where this
   * format's reader looks: the CLI then does not write it on stderr as well. Left out by the
   * machine formats, whose reader at a terminal or in a CI log sees stderr.
   */
  isUnlintedShown?: true;
  /**
   * Whether the report names the config file each result was linted under (result.configFile):
   * the CLI adds it to results only for such formats, since copying every result to add it cost
   * the line-per-finding formats ~4 µs a body on 10,000 clean files (issue 6).
   */
  namesConfigFile?: true;
}

/** Whole output for results already in memory (library use and tests). */
const CONTEXT_FIELDS = { color: true, version: true } satisfies Record<keyof ReportContext, true>;
const CONTEXT_NAMES = { names: Object.keys(CONTEXT_FIELDS), lead: 'renderReport\'s context takes' };

export function renderReport(
  reporter: Reporter,
  results: readonly LintResult[],
  failures: readonly InputFailure[],
  context: ReportContext,
): string {
  // Exported: a misspelt "colour" would otherwise print without colour and no word why.
  if (typeof context !== 'object' || context === null) {
    throw new UsageError('renderReport: the context must be an object',
      'Pass { color: false, version: "1.0.0" }.');
  }
  refuseUnknownNames(context, CONTEXT_NAMES);
  const summary = summarise(results, failures);
  return reporter.start(context) + results.map((r, i) => reporter.result(r, i, context)).join('') +
    (reporter.failures?.(failures) ?? '') + reporter.end(summary, context);
}

export function summarise(results: readonly LintResult[], failures: readonly InputFailure[]): ReportSummary {
  return {
    bodies: results.length,
    errorCount: results.reduce((sum, r) => sum + r.errorCount, 0),
    warningCount: results.reduce((sum, r) => sum + r.warningCount, 0),
    failures,
  };
}

/**
 * ", 2 inputs could not be read" for summary lines, or nothing when every input was read. Counts
 * inputs, not failures: one capture can report several damaged entries.
 */
export function unreadInputs(failures: readonly InputFailure[]): string {
  const read = failures.filter((f) => f.isUnlinted !== true);
  const count = (kept: (f: InputFailure) => boolean) => new Set(read.filter(kept).map((f) => f.file))
    .size;
  const unread = count((f) => f.isWrite !== true);
  const unwritten = count((f) => f.isWrite === true);
  // Bodies, not inputs: one log can hold several that could not be linted.
  const unlinted = failures.length - read.length;
  return (unread > 0 ? `, ${unread} input${unread === 1 ? '' : 's'} could not be read` : '') +
    (unwritten > 0 ? `, ${unwritten} file${unwritten === 1 ? '' : 's'} could not be rewritten` : '') +
    (unlinted > 0 ? `, ${unlinted} ${unlinted === 1 ? 'body' : 'bodies'} could not be linted` : '');
}

/**
 * Whether a failure belongs on the file it names, as that file's findings do: the input was found
 * and taken up (read, decoded, a body in it left unlinted) or --fix could not write it back. One
 * about a path that gave no input (a missing file, a glob that matched nothing) has no file to
 * go on: a report that placed it there pointed at something that does not exist.
 */
export function isOnInputFile(failure: InputFailure): boolean {
  return failure.isWrite === true || failure.isAboutInput === true || failure.isUnlinted === true;
}

/** Bodies linted: a body --endpoint auto could not decide has a result but was not checked. */
export function checkedBodies(summary: ReportSummary): number {
  return summary.bodies - summary.failures.filter((f) => f.isUnlinted === true).length;
}

/**
 * The last line of a run in which no body was checked and some input failed ("No body checked,
 * 1 input could not be read."), or undefined. Every format that ends with a summary line says it
 * alike: "0 problems" alone read as a clean run to whoever saw only the last line.
 */
export function nothingCheckedLine(summary: ReportSummary): string | undefined {
  const unread = unreadInputs(summary.failures);
  const isNothing = checkedBodies(summary) === 0 && summary.errorCount + summary.warningCount === 0;
  return isNothing && unread !== '' ? `No body checked${unread}.` : undefined;
}

/**
 * The last line of the line-per-finding formats: "2 problems (0 errors, 2 warnings), 1 input
 * could not be read", or the line above when nothing was checked.
 */
export function problemsLine(summary: ReportSummary): string {
  return nothingCheckedLine(summary) ??
    `${countProblems(summary.errorCount, summary.warningCount)}${unreadInputs(summary.failures)}`;
}

/**
 * The notice of a body that was not linted (--endpoint auto could not decide), if it is one.
 * Its findings are none and its endpoint and model are only the first of the candidates, so
 * reports must neither pass it as clean nor name that model as chosen.
 */
export function unlintedNotice(result: LintResult): Notice | undefined {
  return result.notices.find((notice) => notice.severity === 'error');
}

/** Whether a result gives a line-per-finding report nothing to write: no finding or notice. */
export function isQuiet(result: LintResult): boolean {
  return result.findings.length === 0 && result.notices.length === 0 &&
    (result.omitted === undefined || result.omitted.length === 0);
}

/** "message. hint", without a second period when the message ends a sentence already. */
export function joinSentences(message: string, hint: string): string {
  return /[.!?]$/.test(message) ? `${message} ${hint}` : `${message}. ${hint}`;
}

/** "3 problems (2 errors, 1 warning)" */
export function countProblems(errors: number, warnings: number): string {
  const total = errors + warnings;
  return `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ` +
    `${warnings} warning${warnings === 1 ? '' : 's'})`;
}

/** "2499900 more unknown-field errors are not listed: ...", for a rule's findings left out. */
export function describeOmitted({ ruleId, errorCount, warningCount }: OmittedFindings): string {
  const total = errorCount + warningCount;
  const what = warningCount === 0 ? `error${errorCount === 1 ? '' : 's'}`
    : errorCount === 0 ? `warning${warningCount === 1 ? '' : 's'}`
      : `findings (${errorCount} error${errorCount === 1 ? '' : 's'}, ${warningCount} ` +
        `warning${warningCount === 1 ? '' : 's'})`;
  return `${total} more ${ruleId} ${what} ${total === 1 ? 'is' : 'are'} not listed: a body lists ` +
    `at most ${MAX_FINDINGS_PER_RULE} findings of each rule, its errors first.`;
}

/** The severity a line about left-out findings carries: error when any of them is one. */
export function omittedSeverity(omitted: OmittedFindings): 'error' | 'warning' {
  return omitted.errorCount > 0 ? 'error' : 'warning';
}
