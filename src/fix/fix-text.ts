// fixText: a body's text in, the text with every safe fix applied out. Pure: no file system.
//
// Each pass lints the text, applies the fixes of all findings that offer one as non-overlapping
// text edits (an overlapping fix waits for the next pass, which re-computes it), then lints the
// result. A pass is kept only when it brings no error that was not there before, judged both
// with the caller's rule settings and with every rule at its default severity, so turning a
// rule off cannot let a fix through that the rule would object to. A rejected pass is retried
// one fix at a time; a fix that fails alone is not offered again. At most ten passes run. A fix
// computed from a member that another fix of the pass changes waits for the next (stale-reads).
import { applyEdits, parseTree, type Edit } from 'jsonc-parser';
import { LIBRARY_WORDS, type CallerWords } from '../lint/caller-words.js';
import { lintTextFor } from '../lint/lint-text.js';
import { splitPointer } from '../lint/pointer.js';
import { MAX_FINDINGS_PER_RULE } from '../lint/report-sink.js';
import type { Finding, Fix, FixOp, LintOptions, LintResult } from '../lint/types.js';
import { UsageError } from '../lint/usage-error.js';
import { withoutFixes } from '../lint/without-fixes.js';
import type { RuleId } from '../rules/rule-ids.js';
import { withoutStaleReads } from './stale-reads.js';
import { editsForOps, overlaps } from './text-edits.js';

export type { Edit };

const MAX_PASSES = 10;
const BOM = '\uFEFF';
// jsonc-parser, which finds the nodes to edit, recurses once per level and overflowed the stack
// at a few thousand; bodies that are sent nest a handful. The linter itself has no such limit.
export const MAX_FIX_DEPTH = 256;

export interface AppliedFix {
  ruleId: RuleId;
  pointer: string;
  description: string;
}

export interface FixPass {
  /** Edits on the text as it was before this pass, without a leading BOM. */
  edits: Edit[];
  fixes: AppliedFix[];
}

export interface FixResult {
  /** The fixed text; the input itself when nothing could be fixed. A leading BOM is kept. */
  output: string;
  appliedFixes: AppliedFix[];
  passes: FixPass[];
  /** Lint result of the output. */
  result: LintResult;
  /** Why no fix was tried at all, when that was so for a reason other than having none. */
  notFixed?: string;
}

/** A text with its lint results, as the user configured the rules and as they are by default. */
interface Linted {
  text: string;
  result: LintResult;
  defaultErrors: Set<string>;
}

type Fixable = Finding & { fix: Fix };

export function fixText(text: string, options: LintOptions = {}): FixResult {
  return fixTextFor(text, options, LIBRARY_WORDS);
}

/** fixText, with hints and notices in the caller's words (the CLI's flags). */
export function fixTextFor(text: string, options: LintOptions, words: CallerWords): FixResult {
  if (typeof text !== 'string') {
    throw new UsageError('fixText needs the body as a string', 'Decode bytes first.');
  }
  const lint = linter(options, words);
  const bom = text.startsWith(BOM) ? BOM : '';
  let current = lint(text.slice(bom.length));
  const depth = nestingDepth(current.text);
  if (depth > MAX_FIX_DEPTH && current.result.findings.some((f) => f.fix !== undefined)) {
    return notFixed(text, current, `it nests ${depth} levels deep, and fixes are applied only ` +
      `to bodies nested at most ${MAX_FIX_DEPTH} levels; its findings are reported as they are`);
  }
  if (current.result.omitted !== undefined) {
    return notFixed(text, current, tooManyFindings(current.result));
  }
  const refused = new Set<string>();
  const passes: FixPass[] = [];
  while (passes.length < MAX_PASSES) {
    const offered = withoutStaleReads(current.result.findings.filter(
      (f): f is Fixable => f.fix !== undefined && !refused.has(keyOf(f)),
    ));
    if (offered.length === 0) break;
    const step = tryAll(current, offered, lint) ?? tryEach(current, offered, lint, refused);
    if (!step) break;
    passes.push(step.pass);
    current = step.next;
  }
  return {
    output: bom + current.text,
    appliedFixes: passes.flatMap((pass) => pass.fixes),
    passes,
    // What the fixer left (a fix it refused, or one past the last pass) it would leave again.
    result: withoutFixes(current.result),
  };
}

function notFixed(text: string, current: Linted, why: string): FixResult {
  return { output: text, appliedFixes: [], passes: [], result: withoutFixes(current.result), notFixed: why };
}

/**
 * Why a body with findings left unlisted is not fixed: a pass is judged by comparing the errors
 * before and after it, and unlisted ones cannot be compared, so a fix could bring one unseen.
 */
function tooManyFindings(result: LintResult): string {
  const rules = (result.omitted ?? []).map((o) => o.ruleId).join(', ');
  return `it has more than ${MAX_FINDINGS_PER_RULE} findings of ${rules}, past what is listed, and ` +
    'the fixer must see every finding to know a fix brings no new error; fix the most frequent ' +
    'fault by hand (often a wrong endpoint or a generated body), then run --fix again';
}

interface Step {
  next: Linted;
  pass: FixPass;
}

function tryAll(current: Linted, offered: Fixable[], lint: Lint): Step | undefined {
  const chosen = chooseCompatible(current.text, offered);
  return chosen.length > 0 ? attempt(current, chosen, lint) : undefined;
}

/** After a rejected pass: the first fix that is accepted on its own; the others are refused. */
function tryEach(
  current: Linted,
  offered: Fixable[],
  lint: Lint,
  refused: Set<string>,
): Step | undefined {
  for (const finding of offered) {
    const chosen = chooseCompatible(current.text, [finding]);
    const step = chosen.length > 0 ? attempt(current, chosen, lint) : undefined;
    if (step) return step;
    refused.add(keyOf(finding));
  }
  return undefined;
}

interface Chosen {
  finding: Fixable;
  edits: Edit[];
}

/**
 * The fixes whose edits can go into one pass: none overlaps an earlier one, and no two give a
 * member the same new name in one object (the text would hold the key twice, which JSON.parse
 * accepts silently, keeping the last).
 */
function chooseCompatible(text: string, offered: Fixable[]): Chosen[] {
  const root = parseTree(text);
  if (!root) return [];
  const chosen: Chosen[] = [];
  const newNames = new Set<string>();
  for (const finding of offered) {
    const edits = editsForOps(text, root, finding.fix.ops);
    if (!edits || edits.some((edit) => chosen.some((c) => c.edits.some((e) => overlaps(edit, e))))) {
      continue;
    }
    const names = finding.fix.ops.flatMap(newName);
    if (names.some((name) => newNames.has(name))) continue;
    names.forEach((name) => newNames.add(name));
    chosen.push({ finding, edits });
  }
  return chosen;
}

function attempt(current: Linted, chosen: Chosen[], lint: Lint): Step | undefined {
  const edits = chosen.flatMap((c) => c.edits);
  const text = applyEdits(current.text, edits);
  if (text === current.text) return undefined;
  const next = lint(text);
  // A fix that leaves findings unlisted cannot be judged (see tooManyFindings): not taken.
  if (next.result.omitted !== undefined || !bringsNoNewError(current, next)) return undefined;
  const fixes = chosen.map(({ finding }) => ({
    ruleId: finding.ruleId,
    pointer: finding.pointer,
    description: finding.fix.description,
  }));
  return { next, pass: { edits, fixes } };
}

/** Lints a text as the caller asked, and with every rule at its default severity. */
type Lint = (text: string) => Linted;

function linter(options: LintOptions, words: CallerWords): Lint {
  return (text) => {
    // After the first lint, which refuses options that are no object.
    const result = lintTextFor(text, options, words);
    const hasSettings = Object.keys(options.rules ?? {}).length > 0;
    const defaults = hasSettings ? lintTextFor(text, { ...options, rules: {} }, words) : result;
    return { text, result, defaultErrors: errorKeys(defaults) };
  };
}

function bringsNoNewError(before: Linted, after: Linted): boolean {
  return isSubset(errorKeys(after.result), errorKeys(before.result)) &&
    isSubset(after.defaultErrors, before.defaultErrors);
}

function isSubset(some: ReadonlySet<string>, all: ReadonlySet<string>): boolean {
  for (const key of some) if (!all.has(key)) return false;
  return true;
}

/** Findings are unique per rule and pointer (lint-text.ts drops repeats), so this names one. */
function errorKeys(result: LintResult): Set<string> {
  const errors = result.findings.filter((f) => f.severity === 'error');
  return new Set(errors.map((f) => `${f.ruleId} ${f.pointer}`));
}

function keyOf(finding: Finding): string {
  return `${finding.ruleId} ${finding.pointer} ${finding.fix?.description ?? ''}`;
}

/** The member an operation names anew (renamed or added), keyed by its object; else none. */
function newName(op: FixOp): string[] {
  if (op.op === 'rename-member') return [newNameKey(op.pointer, op.to)];
  if (op.op !== 'add-member') return [];
  const name = splitPointer(op.pointer).pop();
  return name === undefined ? [] : [newNameKey(op.pointer, name)];
}

function newNameKey(pointer: string, name: string): string {
  return `${pointer.slice(0, pointer.lastIndexOf('/'))} ${name}`;
}

/** The deepest nesting of objects and lists in the text, strings skipped. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}
