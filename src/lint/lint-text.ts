// The library core: one body's text in, findings out. No file system, network or process access.
import {
  describeEndpoint, DEFAULT_ENDPOINT, resolveEndpointFor,
} from '../endpoints/resolve-endpoint.js';
import type { EndpointInfo } from '../endpoints/endpoint-info.js';
import { ENDPOINTS } from '../endpoints/table.js';
import { RULES } from '../rules/index.js';
import type { ObjectVisit, Problem, Rule, RuleContext, StringVisit } from '../rules/rule.js';
import type { RuleId } from '../rules/rule-ids.js';
import { fieldOnEndpoint } from '../rules/support/endpoint-facts.js';
import { loadModel, supportedModels, type CompiledModel } from '../schema/registry.js';
import { rankModels } from '../endpoints/infer-endpoint.js';
import { LIBRARY_WORDS, type CallerWords } from './caller-words.js';
import { checkLintOptions } from './check-options.js';
import { Locator } from './locate.js';
import { maskSecretQuotes } from './mask-problem.js';
import { parseBody } from './parse.js';
import { isLeftToReadOnly, readOnlyPlaces } from './read-only-places.js';
import { isolateAt, isSameOrWithin } from './pointer.js';
import { createReportSink, type ReportSink } from './report-sink.js';
import { toSchemaIssues } from './schema-issues.js';
import type { Finding, LintOptions, LintResult, Notice, Report, Severity } from './types.js';
import { UsageError } from './usage-error.js';
import { isPlainObject, walkModel } from './walk-model.js';

/**
 * Lints one body. `parsed` is JSON.parse(text) when the caller has already parsed it (a log
 * reader does, to tell bodies from captured requests); it must come from this very text.
 */
export function lintText(text: string, options: LintOptions = {}, parsed?: { value: unknown }): LintResult {
  return lintTextFor(text, options, LIBRARY_WORDS, parsed);
}

/** lintText, with hints and notices in the caller's words (the CLI's flags). */
export function lintTextFor(
  text: string,
  options: LintOptions,
  words: CallerWords,
  parsed?: { value: unknown },
  /** The caller made the options and checked them (checkLintOptions) already. */
  isChecked = false,
): LintResult {
  if (!isChecked) checkLintOptions(options);
  if (typeof text !== 'string') throw new UsageError('lintText needs the body as a string', 'Decode bytes first.');
  const lint = { options, words, given: parsed };
  if (isAuto(options.endpoint)) return lintAuto(text, lint);
  const { endpoint, conversationId } = resolveOrThrow(options.endpoint ?? DEFAULT_ENDPOINT, words);
  return lintAgainst(text, endpoint, lint, conversationId);
}

/** What one lint runs with: the caller's options and words, and the body parsed, if it was. */
interface LintRun {
  options: LintOptions;
  words: CallerWords;
  given: { value: unknown } | undefined;
  /** Whether this lint checks a change a hint suggests (RuleContext.errorsWith). */
  isCheck?: boolean;
}

export function isAuto(spec: string | undefined): boolean {
  return spec !== undefined && spec.trim().toLowerCase() === 'auto';
}

/**
 * Endpoint auto: lint against the model the body fits best and say which and why. When models
 * tie, it is no guess if they all give the same findings; otherwise the body is not linted and a
 * notice says which models fit, so the user can choose the endpoint.
 */
function lintAuto(text: string, lint: LintRun): LintResult {
  const { given, words } = lint;
  const parsed = given ? { ok: true as const, value: given.value }
    : parseBody(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, words);
  const ranked = parsed.ok ? rankModels(parsed.value) : [];
  if (ranked.length === 0) {
    const result = lintAgainst(text, endpointFor(DEFAULT_ENDPOINT, words), lint);
    const members = parsed.ok && isPlainObject(parsed.value) ? Object.keys(parsed.value) : [];
    const why = members.length === 0 ? 'the body has no members to tell its model by'
      : `no model has any of the body's members (${members.slice(0, 3).join(', ')}` +
        `${members.length > 3 ? ', …' : ''}), nor knows them as invented shapes`;
    return withNotice(result, `endpoint auto: ${why}, so it was linted as ${result.model} ` +
      `(${result.endpoint}), the default.`);
  }
  const results = ranked.map((c) => lintAgainst(text, c.endpoint, lint));
  const first = results[0]!;
  const top = ranked[0]!;
  const why = top.known.length > 0
    ? `it has the ${plural(top.known, 'member', 'members')} ${top.known.join(', ')} of that model`
    : `its ${top.invented.join(', ')} ${plural(top.invented, 'is an invented shape', 'are invented shapes')} ` +
      'circulating for that model';
  if (results.length === 1) {
    return withNotice(first, `endpoint auto: linted as ${first.model} (${first.endpoint}); ${why}.`);
  }
  const models = [...new Set(results.map((r) => r.model))].join(', ');
  const signatures = new Set(results.map(signatureOf));
  if (signatures.size === 1) {
    return withNotice(first, `endpoint auto: the body fits ${models} equally and all give the ` +
      `same findings; linted as ${first.model} (${first.endpoint}).`);
  }
  return {
    ...first,
    findings: [],
    errorCount: 0,
    warningCount: 0,
    notices: [{
      kind: 'endpoint-auto',
      severity: 'error',
      message: `endpoint auto cannot decide: the body fits ${describeChoices(results)} equally and ` +
        `they give different findings. ${chooseEndpoint(words)}`,
    }],
  };
}

/** What a result found, in an order-free form, to tell whether two models judge a body alike. */
function signatureOf(result: LintResult): string {
  const listed = result.findings.map((f) => `${f.pointer} ${f.ruleId} ${f.severity}`).sort().join('|');
  // Past the number listed, findings are only counted: the counts stand for them.
  return `${listed} ${JSON.stringify(result.omitted ?? [])}`;
}

/** How the undecided notice ends; the Jest matcher, whose argument is the endpoint, says it so. */
export function chooseEndpoint(words: CallerWords): string {
  return `Pass ${words.option('endpoint')} to choose.`;
}

function plural(items: readonly string[], one: string, many: string): string {
  return items.length === 1 ? one : many;
}

function describeChoices(results: readonly LintResult[]): string {
  const models = new Set(results.map((r) => r.model));
  return models.size === results.length
    ? [...models].join(', ')
    : results.map((r) => `${r.model} on ${r.endpoint}`).join(', ');
}

function withNotice(result: LintResult, message: string): LintResult {
  return { ...result, notices: [...result.notices, { kind: 'endpoint-auto', severity: 'info', message }] };
}

function lintAgainst(
  text: string,
  endpoint: EndpointInfo,
  lint: LintRun,
  conversationId?: string,
): LintResult {
  const { options } = lint;
  const model = modelFor(endpoint, lint.words);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sink = createReportSink(options);
  collectReports(body, { endpoint, model, conversationId }, lint, sink);
  const findings = placeFindings(body, sink);
  const omitted = sink.omitted();
  const listedErrors = findings.filter((f) => f.severity === 'error').length;
  // The counts are of every finding, listed or not, so that summaries and exit codes stay true.
  const errorCount = omitted.reduce((sum, o) => sum + o.errorCount, listedErrors);
  const warningCount = omitted.reduce((sum, o) => sum + o.warningCount, findings.length - listedErrors);
  return {
    filePath: options.filePath ?? '<text>',
    endpoint: describeEndpoint(endpoint),
    model: model.name,
    findings,
    notices: noticesFor(endpoint),
    errorCount,
    warningCount,
    ...(omitted.length > 0 ? { omitted } : {}),
  };
}

/** A replacement path shown by what differs from the deprecated one: "…/replace/agent". */
function shortenAgainst(path: string, base: string): string {
  const parts = path.split('/');
  const baseParts = base.split('/');
  let same = 0;
  // Stop before the base's last segment, so ".../replace" -> "…/replace/agent", not "…/agent".
  while (same < Math.min(parts.length, baseParts.length) - 1 && parts[same] === baseParts[same]) same++;
  return same > 3 ? `…/${parts.slice(same).join('/')}` : path;
}

function listOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function noticesFor(endpoint: EndpointInfo): Notice[] {
  if (!endpoint.replacedBy) return [];
  return [{
    kind: 'deprecated-endpoint',
    severity: 'info',
    message: `${describeEndpoint(endpoint)} is deprecated by Genesys; use ` +
      `${listOr(endpoint.replacedBy.map((path) => shortenAgainst(path, endpoint.path)))} instead.`,
  }];
}

export function endpointFor(spec: string | undefined, words: CallerWords): EndpointInfo {
  if (isAuto(spec)) return resolveOrThrow(DEFAULT_ENDPOINT, words).endpoint;
  return resolveOrThrow(spec ?? DEFAULT_ENDPOINT, words).endpoint;
}

function resolveOrThrow(
  spec: string,
  words: CallerWords,
): { endpoint: EndpointInfo; conversationId?: string } {
  const resolution = resolveEndpointFor(spec, words);
  if (!resolution.ok) throw new UsageError(resolution.message, resolution.hint);
  return resolution;
}

function modelFor(endpoint: EndpointInfo, words: CallerWords): CompiledModel {
  const model = endpoint.model === null ? undefined : loadModel(endpoint.model);
  if (!model) {
    if (endpoint.model === null) {
      throw new UsageError(
        `${describeEndpoint(endpoint)} takes no request body, so there is nothing to lint`,
        `Send that request without a body; ${words.lintedEndpoints}.`,
      );
    }
    throw new UsageError(
      `${describeEndpoint(endpoint)} (body ${endpoint.model}) is not supported yet`,
      `Endpoints whose bodies can be linted: ${lintableEndpointNames().join(', ')}.`,
    );
  }
  return model;
}

/** Short names of the endpoints whose body model has a schema, in table order. */
function lintableEndpointNames(): string[] {
  const models = new Set(supportedModels());
  return ENDPOINTS.filter((e) => e.model !== null && models.has(e.model)).map((e) => e.name);
}

// In registry order: findings at the same place are listed in this order.
const RULE_LIST = Object.values(RULES) as Rule[];

/** What a body is linted against: the endpoint, its model, and the conversation its path names. */
interface Target {
  endpoint: EndpointInfo;
  model: CompiledModel;
  conversationId: string | undefined;
}

function collectReports(
  text: string,
  { endpoint, model, conversationId }: Target,
  lint: LintRun,
  sink: ReportSink,
): void {
  const { words, given } = lint;
  let body: unknown; // parsed below: reports made before it are about the text as a whole
  let foundSecrets: WeakMap<object, unknown[]> | undefined; // made at the first finding only
  const push = (ruleId: RuleId, severity: Severity, problem: Problem): void => {
    const masked = body === undefined ? problem
      : maskSecretQuotes(problem, body, foundSecrets ??= new WeakMap());
    sink.add({ ruleId, ...masked, severity: problem.severity ?? severity });
  };

  // Some endpoints take their body as optional (bodyRequired false); empty is no error there.
  const isBodyOptional = !endpoint.bodyRequired;
  // Not text.trim() === '': that copies nearly every body, since files end with a newline. A
  // mark left after the one dropped is no white space to JSON, though \s matches it: it is the
  // syntax error a second mark is wherever it stands (a log line holding one alone, too).
  if (!/[\S\uFEFF]/.test(text)) {
    push('empty-body', 'error', RULES['empty-body'].describeEmpty('whitespace', model.schema,
      endpoint.name, isBodyOptional));
    return;
  }
  const parsed = given ? { ok: true as const, value: given.value } : parseBody(text, words);
  if (!parsed.ok) {
    const problem = RULES['syntax-error'].describeSyntax(parsed);
    sink.add({ ruleId: 'syntax-error', severity: 'error', ...problem, offset: parsed.offset,
      length: parsed.length });
    return;
  }
  const value = parsed.value;
  body = value;
  if (value === null || (isPlainObject(value) && Object.keys(value).length === 0)) {
    const kind = value === null ? 'null' : '{}';
    push('empty-body', 'error', RULES['empty-body'].describeEmpty(kind, model.schema, endpoint.name,
      isBodyOptional));
    return;
  }

  const target = { endpoint, model, conversationId };
  const context = createContext({ text, body: value, target, lint }, { push, sink });
  const issues = model.validate(value) ? [] : toSchemaIssues(model.validate.errors ?? [], value);
  // toSchemaIssues emptied ajv's list, which ajv would still hold until the next body: let it go.
  model.validate.errors = null;
  for (const rule of RULE_LIST) {
    // Set for fromSchema too: its countWhenFull() counts for the rule at hand.
    context.currentRule = rule.id;
    context.currentSeverity = rule.severity;
    if (issues.length > 0 && rule.fromSchema) {
      for (const issue of issues) {
        const problem = rule.fromSchema(issue, context);
        if (problem) context.report(problem);
      }
    }
    rule.check?.(context);
  }
}

/** What a context reports to: push() for a described finding, the sink to ask before describing. */
interface ReportTo {
  push: (ruleId: RuleId, severity: Severity, problem: Problem) => void;
  sink: ReportSink;
}

interface MutableContext extends RuleContext {
  currentRule: RuleId;
  currentSeverity: Severity;
}

/** One body being linted: its text and parsed value, what it is linted against, and how. */
interface Linting {
  text: string;
  body: unknown;
  target: Target;
  lint: LintRun;
}

function createContext(
  linting: Linting,
  { push, sink }: ReportTo,
): MutableContext {
  const { text, body, target, lint } = linting;
  const { endpoint, model, conversationId } = target;
  const { options, words } = lint;
  // Eight rules visit the same members: walk the body once, on first use, and replay the visits.
  let visits: { strings: StringVisit[]; objects: ObjectVisit[] } | undefined;
  const walked = () => {
    if (!visits) {
      const strings: StringVisit[] = [];
      const objects: ObjectVisit[] = [];
      walkModel(body, model.schema, {
        onString: (field) => strings.push(fieldOnEndpoint(endpoint.name, field)),
        onObject: (object) => objects.push(object),
      });
      visits = { strings, objects };
    }
    return visits;
  };
  // Read-only members the body holds, found on the first question: the walk is shared.
  let readOnly: readonly string[] | undefined;
  // Whether the current rule's finding at pointer is left to read-only-member's, which is on.
  const isLeftOut = (pointer: string): boolean => {
    if (options.rules?.['read-only-member'] === 'off') return false;
    return isLeftToReadOnly(context.currentRule, pointer,
      () => (readOnly ??= readOnlyPlaces(walked().objects)));
  };
  const context: MutableContext = {
    text,
    body,
    model: model.name,
    endpoint: endpoint.name,
    conversationId,
    defaultCountry: options.defaultCountry,
    words,
    currentRule: 'syntax-error',
    currentSeverity: 'error',
    forEachString: (visit) => {
      for (const field of walked().strings) visit(field);
    },
    forEachObject: (visit) => {
      for (const object of walked().objects) visit(object);
    },
    report: (problem) => {
      if (!isLeftOut(problem.pointer)) push(context.currentRule, context.currentSeverity, problem);
    },
    countWhenFull: (pointer, given) => {
      if (isLeftOut(pointer)) return true;
      const severity = given ?? context.currentSeverity;
      if (!sink.isFull(context.currentRule, severity)) return false;
      sink.count(context.currentRule, severity, pointer);
      return true;
    },
    errorsWith: lint.isCheck ? () => [] : errorsWithin(linting),
  };
  return context;
}

/**
 * RuleContext.errorsWith for one body. The changed body is linted as JSON text (it has no text
 * of its own), with the caller's options but every rule at its default severity, so that what a
 * hint suggests does not depend on rules the caller turned off. Several findings may ask about
 * one change (a hint and a fix, or each member of a group moved together): each change is
 * linted once.
 */
function errorsWithin({ body, target, lint }: Linting): RuleContext['errorsWith'] {
  // By the text of the isolated way: the same change in each of many list items is linted once.
  // Made on the first question, which most bodies never ask (issue 6).
  let seen: Map<string, readonly Report[]> | undefined;
  let options: LintOptions | undefined;
  return (pointer, value) => {
    seen ??= new Map();
    options ??= { ...lint.options, rules: {} };
    try {
      const isolated = isolateAt(body, pointer, value);
      const text = JSON.stringify(isolated.body);
      let errors = seen.get(text);
      if (errors === undefined) {
        const sink = createReportSink(options);
        const check = { options, words: lint.words, given: { value: isolated.body }, isCheck: true };
        collectReports(text, target, check, sink);
        errors = sink.kept.filter((report) => report.severity === 'error' &&
          isSameOrWithin(report.pointer, isolated.pointer));
        seen.set(text, errors);
      }
      // Placed back where the change is in the body itself, in the texts too ("/participants/0
      // is ..." of the isolated way is /participants/2 of the body).
      if (isolated.pointer === pointer) return errors;
      const back = (text: string) => text.replaceAll(isolated.pointer, pointer);
      return errors.map(({ fix: _unused, ...report }) => ({ ...report,
        pointer: pointer + report.pointer.slice(isolated.pointer.length),
        message: back(report.message), hint: back(report.hint) }));
    } catch (error) {
      // A body nested thousands of levels deep, which the linter takes, can exhaust the stack
      // when walked once more from inside a rule: its hints are given unchecked. (The fixer
      // leaves such a body alone: MAX_FIX_DEPTH in src/fix/fix-text.ts.)
      if (error instanceof RangeError) return [];
      throw error;
    }
  };
}

function placeFindings(text: string, sink: ReportSink): Finding[] {
  const kept: Report[] = [];
  // The fixer will not choose between repeated keys, so a fix there is not offered at all: not
  // on a repeated key, inside one, or on a member holding one ({"to": {"phoneNumber": a,
  // "phoneNumber": b}} would be translated from the parsed value, which kept only b).
  const { repeated } = sink;
  for (const report of sink.kept) {
    const isRepeated = report.fix !== undefined && repeated.length > 0 &&
      report.fix.ops.map((op) => op.pointer)
        .some((at) => repeated.some((p) => isSameOrWithin(at, p) || isSameOrWithin(p, at)));
    if (isRepeated) {
      const { fix: _dropped, ...unfixed } = report;
      kept.push(unfixed);
    } else kept.push(report);
  }
  if (kept.length === 0) return [];

  const locator = new Locator(text);
  const located = kept.filter((r) => r.offset === undefined);
  const ranges = locator.rangesOf(located.map((r) => ({ pointer: r.pointer, anchor: r.anchor ?? 'value' })));
  const rangeOf = new Map(located.map((r, i) => [r, ranges[i]!]));
  const placed = kept.map((report) => {
    const range = rangeOf.get(report) ?? locator.rangeAtOffset(report.offset ?? 0, report.length ?? 1);
    const finding: Finding = {
      ruleId: report.ruleId,
      severity: report.severity,
      pointer: report.pointer,
      message: report.message,
      hint: report.hint,
      line: range.start.line,
      column: range.start.column,
      endLine: range.end.line,
      endColumn: range.end.column,
      docs: `docs/rules/${report.ruleId}.md`,
      ...(report.fix ? { fix: report.fix } : {}),
    };
    return { finding, offset: range.startOffset };
  });
  placed.sort((a, b) => a.offset - b.offset || a.finding.ruleId.localeCompare(b.finding.ruleId));
  return placed.map((p) => p.finding);
}
