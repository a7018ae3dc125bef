// A lint result whose findings offer no fix: what the fixer has run over (it would leave the
// rest again) and captured requests (never rewritten) must not claim that --fix fixes them.
import type { LintResult } from './types.js';

export function withoutFixes(result: LintResult): LintResult {
  if (!result.findings.some((f) => f.fix !== undefined)) return result;
  return { ...result, findings: result.findings.map(({ fix: _fix, ...finding }) => finding) };
}
