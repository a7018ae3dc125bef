// One contract for every output format: results in, text out. Reporters neither filter nor
// decide the exit code.
import type { LintResult } from '../lint/types.js';

export interface InputFailure {
  file: string;
  message: string;
  hint: string;
}

export interface ReportInput {
  results: readonly LintResult[];
  failures: readonly InputFailure[];
  /** Whether ANSI colour may be used (a terminal, NO_COLOR/FORCE_COLOR honoured by the caller). */
  color: boolean;
}

export type Reporter = (input: ReportInput) => string;
