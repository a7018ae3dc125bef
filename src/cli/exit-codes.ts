// The exit status is a contract with hooks and CI; it is computed here and nowhere else.
// Frozen: the package exports it, and a caller's EXIT.OK = 1 must not change what runs return.
export const EXIT = Object.freeze({
  /** Every input was read and no error-severity finding was made. */
  OK: 0,
  /** At least one finding of severity error, or more warnings than --max-warnings allows. */
  LINT_ERRORS: 1,
  /** Usage, configuration or input failure: bad flags, a missing path, an unreadable file. */
  FAILURE: 2,
  /** send only: a request was answered with an error, got no answer, or was held back. */
  SEND_FAILED: 3,
} as const);

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface RunOutcome {
  errorCount: number;
  warningCount: number;
  inputFailures: number;
  /** --max-warnings, when given. */
  maxWarnings?: number | undefined;
}

export function exitCodeFor(outcome: RunOutcome): ExitCode {
  if (outcome.inputFailures > 0) return EXIT.FAILURE;
  if (outcome.errorCount > 0) return EXIT.LINT_ERRORS;
  const tooManyWarnings = outcome.maxWarnings !== undefined && outcome.warningCount > outcome.maxWarnings;
  return tooManyWarnings ? EXIT.LINT_ERRORS : EXIT.OK;
}
