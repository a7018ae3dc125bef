// --format sarif: SARIF 2.1.0 (OASIS), the log format GitHub code scanning and other dashboards
// import. One run whose driver lists every rule, so a ruleIndex means the same rule in every log.
// Notices become results under their kind's own descriptor; input failures become tool
// execution notifications. Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import { NOTICE_KINDS, NOTICE_SUMMARIES } from '../lint/notice-kinds.js';
import type { Finding, LintResult, Notice, OmittedFindings } from '../lint/types.js';
import { RULES } from '../rules/index.js';
import { RULE_IDS } from '../rules/rule-ids.js';
import { toFileUri } from './file-uri.js';
import {
  describeOmitted, isOnInputFile, joinSentences, omittedSeverity, unlintedNotice, type InputFailure,
  type ReportContext, type Reporter,
} from './reporter.js';
import { toJsonText } from './json-text.js';

const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Position of each id in tool.driver.rules: rules first, in docs order, then notice kinds. */
const DESCRIPTOR_INDEX = new Map<string, number>(
  [...RULE_IDS, ...NOTICE_KINDS].map((id, i) => [id, i]),
);

/**
 * Results emitted so far, per run. A clean body adds no result, so whether the next one needs a
 * comma cannot be told from the result index; the context object is the one thing a caller
 * passes unchanged through start, result and end of one run.
 */
const emittedByRun = new WeakMap<ReportContext, { count: number }>();

export const sarifReporter: Reporter = {
  namesConfigFile: true,
  start: (context) => {
    emittedByRun.set(context, { count: 0 });
    const tool = indent(toJsonText({ driver: describeDriver(context.version) }), 6);
    // Written by hand up to the open results array, which result() fills and end() closes.
    return [
      '{',
      `  "$schema": ${JSON.stringify(SARIF_SCHEMA)},`,
      '  "version": "2.1.0",',
      '  "runs": [',
      '    {',
      `      "tool": ${tool.trimStart()},`,
      '      "columnKind": "utf16CodeUnits",',
      '      "results": [',
    ].join('\n');
  },
  result: (result, _index, context) => {
    const state = emittedByRun.get(context) ?? { count: 0 };
    emittedByRun.set(context, state);
    const records = [...result.notices.map((n) => fromNotice(n, result)),
      ...result.findings.map((f) => fromFinding(f, result)),
      ...(result.omitted ?? []).map((o) => fromOmitted(o, result))];
    const text = records.map((record, i) => {
      const separator = state.count + i === 0 ? '\n' : ',\n';
      return separator + indent(toJsonText(record), 8);
    }).join('');
    state.count += records.length;
    return text;
  },
  end: (summary, context) => {
    const hasResults = (emittedByRun.get(context)?.count ?? 0) > 0;
    emittedByRun.delete(context);
    const hasFailures = summary.failures.length > 0;
    const invocation = {
      executionSuccessful: !hasFailures,
      ...(hasFailures ? { toolExecutionNotifications: summary.failures.map(fromFailure) } : {}),
    };
    const invocations = indent(toJsonText([invocation]), 6).trimStart();
    const close = hasResults ? '\n      ]' : ']';
    return `${close},\n      "invocations": ${invocations}\n    }\n  ]\n}\n`;
  },
};

function describeDriver(version: string): Record<string, unknown> {
  // informationUri is left out: the package has no published home page yet, and the docs
  // paths are relative to the package, which a URI-typed member cannot hold.
  const rules = RULE_IDS.map((id) => {
    const { summary, severity } = RULES[id];
    const docs = `docs/rules/${id}.md`;
    return {
      id,
      shortDescription: { text: summary },
      help: { text: `${summary} See ${docs} in the genesys-call-lint package for how to fix it.` },
      defaultConfiguration: { level: severity },
      properties: { docs },
    };
  });
  // Each with the page `genesys-call-lint explain <kind>` prints, as the rules have theirs.
  // Level "note": without one a viewer takes SARIF's default, "warning", for results that are
  // notes (an undecided endpoint-auto result still says "error" itself).
  const notices = NOTICE_KINDS.map((id) => ({
    id,
    shortDescription: { text: NOTICE_SUMMARIES[id] },
    help: { text: `${NOTICE_SUMMARIES[id]} See docs/rules/${id}.md in the genesys-call-lint ` +
      'package.' },
    defaultConfiguration: { level: 'note' },
    properties: { notice: true, docs: `docs/rules/${id}.md` },
  }));
  return { name: 'genesys-call-lint', version, rules: [...rules, ...notices] };
}

function fromFinding(finding: Finding, result: LintResult): Record<string, unknown> {
  const inBody = finding.bodyLine === undefined
    ? {} : { bodyLine: finding.bodyLine, bodyColumn: finding.bodyColumn };
  return {
    ruleId: finding.ruleId,
    ruleIndex: DESCRIPTOR_INDEX.get(finding.ruleId),
    level: finding.severity,
    message: { text: `${finding.message} ${finding.hint}` },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: toFileUri(result.filePath) },
        region: {
          startLine: finding.line,
          startColumn: finding.column,
          endLine: finding.endLine,
          endColumn: finding.endColumn,
        },
      },
      // The pointer names the member in the body's own terms, whatever the file's layout; the
      // empty pointer (the body itself) names nothing, so it stays in properties alone.
      ...(finding.pointer === ''
        ? {} : { logicalLocations: [{ fullyQualifiedName: finding.pointer }] }),
    }],
    properties: { pointer: finding.pointer, docs: finding.docs, ...inBody, ...bodyFacts(result) },
  };
}

function fromNotice(notice: Notice, result: LintResult): Record<string, unknown> {
  const facts = bodyFacts(result);
  return {
    ruleId: notice.kind,
    ruleIndex: DESCRIPTOR_INDEX.get(notice.kind),
    level: notice.severity === 'info' ? 'note' : notice.severity,
    message: { text: notice.message },
    locations: [wholeBodyLocation(result)],
    ...(Object.keys(facts).length > 0 ? { properties: facts } : {}),
  };
}

/** One result standing for a rule's findings left out, with how many in its properties. */
function fromOmitted(omitted: OmittedFindings, result: LintResult): Record<string, unknown> {
  return {
    ruleId: omitted.ruleId,
    ruleIndex: DESCRIPTOR_INDEX.get(omitted.ruleId),
    level: omittedSeverity(omitted),
    message: { text: describeOmitted(omitted) },
    locations: [wholeBodyLocation(result)],
    properties: {
      omittedErrorCount: omitted.errorCount,
      omittedWarningCount: omitted.warningCount,
      ...bodyFacts(result),
    },
  };
}

// About the request as a whole, not one place in it; code scanning needs a line to show a
// result, so it is placed where the body starts (line 1, or its record in a capture file).
function wholeBodyLocation(result: LintResult): Record<string, unknown> {
  return {
    physicalLocation: {
      artifactLocation: { uri: toFileUri(result.filePath) },
      // A HAR entry that does not start its line (a HAR on one line) has its column too.
      region: { startLine: result.source?.line ?? 1,
        ...(result.source?.column === undefined ? {} : { startColumn: result.source.column }) },
    },
  };
}

// A body that was not linted has no endpoint or model yet (its result holds only the first
// candidate's), so it names none; its notice lists the candidates.
function bodyFacts(result: LintResult): Record<string, unknown> {
  return {
    ...(unlintedNotice(result) ? {} : { endpoint: result.endpoint, model: result.model }),
    ...(result.configFile === undefined ? {} : { configFile: result.configFile }),
    ...(result.source ? { source: result.source } : {}),
  };
}

// A path that gave no input gets no artifact location: a viewer would link it to a file that is
// not there. Its message still names it. The github format places failures alike.
function fromFailure(failure: InputFailure): Record<string, unknown> {
  const uri = toFileUri(failure.file);
  return {
    level: 'error',
    message: { text: joinSentences(`${failure.file}: ${failure.message}`, failure.hint) },
    ...(isOnInputFile(failure)
      ? { locations: [{ physicalLocation: { artifactLocation: { uri } } }] } : {}),
  };
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.split('\n').map((line) => pad + line).join('\n');
}
