// The inputs that could not be read, as the CLI writes them on stderr while it runs. stylish and
// compact only count them in their last line, so a report made whole in memory (renderReport,
// for library callers, who see no stderr) names them with these lines before that count.
import { escapeName } from './ansi.js';
import type { InputFailure } from './reporter.js';

export function failureLines(failures: readonly InputFailure[]): string {
  // A body that was not linted is shown with its result, whose notice says why.
  return failures.filter((f) => f.isUnlinted !== true).map(failureLine).join('');
}

/**
 * One input that could not be read: its name, what went wrong, and on the next line what to do.
 * The message and hint are escaped too: they can name other paths (a link's target, a folder
 * under the input) that hold control characters. Text escaped already stays as it is.
 */
export function failureLine(failure: InputFailure): string {
  return `genesys-call-lint: ${escapeName(failure.file)}: ${escapeName(failure.message)}\n  ` +
    `${escapeName(failure.hint)}\n`;
}
