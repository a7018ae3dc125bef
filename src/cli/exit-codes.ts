// The exit status is a contract with hooks and CI; it is computed here and nowhere else.
import { refuseUnknownNames } from '../lint/check-options.js';
import { describeArgument, UsageError } from '../lint/usage-error.js';

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
  /** send only: Ctrl-C at the prompt; nothing was sent. 128 + SIGINT, as a shell reports it. */
  CANCELLED: 130,
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
  checkOutcome(outcome);
  if (outcome.inputFailures > 0) return EXIT.FAILURE;
  if (outcome.errorCount > 0) return EXIT.LINT_ERRORS;
  const tooManyWarnings = outcome.maxWarnings !== undefined && outcome.warningCount > outcome.maxWarnings;
  return tooManyWarnings ? EXIT.LINT_ERRORS : EXIT.OK;
}

const COUNTS = ['errorCount', 'warningCount', 'inputFailures'] as const satisfies
  ReadonlyArray<keyof RunOutcome>;

// Typed so that a field added to RunOutcome fails to compile until it is listed: a misspelt
// maxWarning would otherwise turn the warning limit off without a word.
const OUTCOME_FIELDS = { errorCount: true, warningCount: true, inputFailures: true,
  maxWarnings: true } satisfies Record<keyof RunOutcome, true>;
const OUTCOME_NAMES = { names: Object.keys(OUTCOME_FIELDS), lead: 'exitCodeFor takes' };

/**
 * The package exports exitCodeFor: {} or { errorCount: NaN } gave 0, "clean", as every
 * comparison with undefined or NaN is false, and no argument threw a bare TypeError.
 */
function checkOutcome(outcome: RunOutcome): void {
  const hint = 'Pass { errorCount, warningCount, inputFailures }: the results\' errorCount and ' +
    'warningCount added up, and the number of failures.';
  if (typeof outcome !== 'object' || outcome === null) {
    throw new UsageError(`exitCodeFor takes an object, not ${describeArgument(outcome)}`, hint);
  }
  refuseUnknownNames(outcome, OUTCOME_NAMES);
  for (const name of COUNTS) {
    const count: unknown = outcome[name];
    if (Number.isSafeInteger(count) && (count as number) >= 0) continue;
    const what = count === undefined ? 'missing' : shown(count);
    throw new UsageError(`exitCodeFor: ${name} is ${what}; it must be a count (0 or more)`, hint);
  }
  // --max-warnings may be larger than any run reaches (1e20), so only its sign is checked.
  const { maxWarnings } = outcome;
  if (maxWarnings !== undefined && !(typeof maxWarnings === 'number' && maxWarnings >= 0)) {
    throw new UsageError(`exitCodeFor: maxWarnings is ${shown(maxWarnings)}; it must be 0 or more`,
      'Leave it out for no limit on warnings.');
  }
}

/** A number as it is (NaN, -1, 1.5), anything else by its type. */
function shown(value: unknown): string {
  return typeof value === 'number' ? `${value}` : describeArgument(value);
}
