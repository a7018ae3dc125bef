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
}

export function sendExitCode(counts: SendCounts): ExitCode {
  if (counts.unusable > 0) return EXIT.FAILURE;
  if (counts.failed + counts.unresolved + counts.notSent > 0) return EXIT.SEND_FAILED;
  return counts.refused > 0 ? EXIT.LINT_ERRORS : EXIT.OK;
}
