// The exit status of a send run, from its counts alone.
import { EXIT, type ExitCode } from '../cli/exit-codes.js';

export interface SendCounts {
  sent: number;
  alreadySent: number;
  /** Bodies with error findings, not sent (no --force). */
  refused: number;
  /** Unreadable inputs, missing path parameters, undecidable endpoints. */
  unusable: number;
  failed: number;
  unresolved: number;
  notSent: number;
  /** Sent, but the journal could not record the answer (a full disk): a rerun holds them back. */
  unrecorded: number;
}

/**
 * A request that failed, may have been placed, was held back, or whose answer the journal could
 * not record wins over an input that could not be used: 3 asks for a look in Genesys Cloud before
 * a rerun, and a 2 for a missing file hid that (the input failures are still on stderr).
 */
export function sendExitCode(counts: SendCounts): ExitCode {
  const unfinished = counts.failed + counts.unresolved + counts.notSent + counts.unrecorded;
  if (unfinished > 0) return EXIT.SEND_FAILED;
  if (counts.unusable > 0) return EXIT.FAILURE;
  return counts.refused > 0 ? EXIT.LINT_ERRORS : EXIT.OK;
}

/**
 * A run that could not delete its journal's lock exits 2 at least: the next run would stop at the
 * lock, so a script or CI job must not read the run as clean. 3 (look in Genesys Cloud first) and
 * 130 (cancelled at the prompt) say more and stay.
 */
export function exitWithLockLeft(code: ExitCode): ExitCode {
  return code === EXIT.SEND_FAILED || code === EXIT.CANCELLED ? code : EXIT.FAILURE;
}
