// What is kept of the rules' reports for one body: the user's severity settings applied, a repeat
// of a rule's report at the same pointer dropped, and at most MAX_FINDINGS_PER_RULE of each rule.
// The rest are only counted. A body with millions of unknown members made one finding, message
// and hint each, held them all and printed them all: 2.5 million took 4 GB and ended in a crash.
// Within a rule's limit errors go before warnings: a rule with a hundred warnings first must not
// leave the error that fails the body unlisted, with nothing on screen to say what it is.
import type { RuleId } from '../rules/rule-ids.js';
import type { LintOptions, OmittedFindings, Report, Severity } from './types.js';

/**
 * How many findings of one rule a body reports. A body the API takes has a few dozen members, so
 * a rule past a hundred has met a systematic fault (a wrong endpoint, generated junk) that its
 * first hundred show; stylish prints two lines a finding, so that is a few screens per rule.
 * Per rule, not per body, so that thousands of unknown members do not crowd out another rule's
 * finding (a missing target).
 */
export const MAX_FINDINGS_PER_RULE = 100;

export interface ReportSink {
  add(report: Report): void;
  /**
   * Whether add() would keep nothing of the rule's next report of this severity (the rule's own,
   * before the settings): the rule is off, or it has as many findings kept as a body lists and
   * none that an error of it would displace, so the report would only be counted.
   */
  isFull(ruleId: RuleId, severity: Severity): boolean;
  /** A report past the rule's limit, counted without being made (see RuleContext.countWhenFull). */
  count(ruleId: RuleId, severity: Severity, pointer: string): void;
  /**
   * The reports kept, with the severity the settings give them, rule by rule, in the order they
   * came: all of a rule's errors up to its limit, then its first warnings while there is room.
   */
  readonly kept: Report[];
  /** Pointers of every repeated member (duplicate-key), listed or not, the rule on or off. */
  readonly repeated: string[];
  omitted(): OmittedFindings[];
}

/** One rule's kept reports, and how many of them are warnings (which an error displaces). */
interface KeptOfRule {
  reports: Report[];
  warningCount: number;
}

export function createReportSink(options: LintOptions): ReportSink {
  return new RuleCappedSink(options);
}

// A class, not an object literal of closures: a sink is made for every body (and for every check
// of a hint), and a literal with a getter was made slowly enough to cost 12 ms of the 10,000-file
// run (issue 6).
class RuleCappedSink implements ReportSink {
  readonly repeated: string[] = [];
  // Per rule, the pointers reported: a rule's second report at a pointer is dropped. The rule's
  // own pointer strings, not keys made from them, to hold nothing more per unknown member.
  // The maps are made on the first report: nine bodies in ten of a fixture folder have none.
  private seen: Map<RuleId, Set<string>> | undefined;
  private keptPerRule: Map<RuleId, KeptOfRule> | undefined;
  private omittedPerRule: Map<RuleId, OmittedFindings> | undefined;
  private keptList: Report[] | undefined;

  constructor(private readonly options: LintOptions) {}

  get kept(): Report[] {
    if (this.keptList === undefined) {
      const list: Report[] = [];
      for (const rule of this.keptPerRule?.values() ?? []) list.push(...rule.reports);
      this.keptList = list;
    }
    return this.keptList;
  }

  isFull(ruleId: RuleId, given: Severity): boolean {
    const severity = effectiveSeverity(ruleId, given, this.options);
    return severity === undefined || hasNoRoom(this.keptPerRule?.get(ruleId), severity);
  }

  add(report: Report): void {
    const severity = this.admit(report.ruleId, report.severity, report.pointer);
    if (severity === undefined) return;
    this.keptPerRule ??= new Map();
    let rule = this.keptPerRule.get(report.ruleId);
    if (rule === undefined) {
      rule = { reports: [], warningCount: 0 };
      this.keptPerRule.set(report.ruleId, rule);
    }
    if (hasNoRoom(rule, severity)) {
      this.tally(report.ruleId, severity);
      return;
    }
    if (rule.reports.length >= MAX_FINDINGS_PER_RULE) {
      // An error with the rule full of warnings: its latest warning makes room, so the warnings
      // listed stay the first ones, as a rule with fewer errors would list them.
      dropLatestWarning(rule);
      this.tally(report.ruleId, 'warning');
    }
    if (severity === 'warning') rule.warningCount++;
    rule.reports.push(severity === report.severity ? report : { ...report, severity });
    this.keptList = undefined;
  }

  count(ruleId: RuleId, given: Severity, pointer: string): void {
    const severity = this.admit(ruleId, given, pointer);
    if (severity !== undefined) this.tally(ruleId, severity);
  }

  omitted(): OmittedFindings[] {
    return this.omittedPerRule === undefined ? [] : [...this.omittedPerRule.values()];
  }

  /** The severity the report gets, or undefined when it is off or a repeat. */
  private admit(ruleId: RuleId, given: Severity, pointer: string): Severity | undefined {
    // Even with the rule off: the fixer must not choose between the keys either way.
    if (ruleId === 'duplicate-key') this.repeated.push(pointer);
    const severity = effectiveSeverity(ruleId, given, this.options);
    if (severity === undefined) return undefined;
    this.seen ??= new Map();
    let pointers = this.seen.get(ruleId);
    if (pointers === undefined) {
      pointers = new Set<string>();
      this.seen.set(ruleId, pointers);
    }
    if (pointers.has(pointer)) return undefined;
    pointers.add(pointer);
    return severity;
  }

  private tally(ruleId: RuleId, severity: Severity): void {
    this.omittedPerRule ??= new Map();
    let counts = this.omittedPerRule.get(ruleId);
    if (counts === undefined) {
      counts = { ruleId, errorCount: 0, warningCount: 0 };
      this.omittedPerRule.set(ruleId, counts);
    }
    if (severity === 'error') counts.errorCount++;
    else counts.warningCount++;
  }
}

/** Whether a report of this (effective) severity would only be counted. */
function hasNoRoom(rule: KeptOfRule | undefined, severity: Severity): boolean {
  return rule !== undefined && rule.reports.length >= MAX_FINDINGS_PER_RULE &&
    (severity === 'warning' || rule.warningCount === 0);
}

function dropLatestWarning(rule: KeptOfRule): void {
  for (let index = rule.reports.length - 1; index >= 0; index--) {
    if (rule.reports[index]?.severity !== 'warning') continue;
    rule.reports.splice(index, 1);
    rule.warningCount--;
    return;
  }
}

function effectiveSeverity(ruleId: RuleId, given: Severity, options: LintOptions): Severity | undefined {
  const setting = options.rules?.[ruleId];
  if (setting === 'off') return undefined;
  if (setting === 'warn' || setting === 'warning') return 'warning';
  if (setting === 'error') return 'error';
  return given;
}
