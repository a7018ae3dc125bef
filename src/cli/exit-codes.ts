// The exit status is a contract with hooks and CI; it is computed here and nowhere else.
export const EXIT = {
  /** Every input was read and no error-severity finding was made. */
  OK: 0,
  /** At least one finding of severity error. */
  LINT_ERRORS: 1,
  /** Usage, configuration or input failure: bad flags, a missing path, an unreadable file. */
  FAILURE: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(errorCount: number, inputFailures: number): ExitCode {
  if (inputFailures > 0) return EXIT.FAILURE;
  return errorCount > 0 ? EXIT.LINT_ERRORS : EXIT.OK;
}
