// The inputs that could not be read, as the CLI writes them on stderr while it runs. stylish and
// compact only count them in their last line, so a report made whole in memory (renderReport,
// for library callers, who see no stderr) names them with these lines before that count.
import { escapeName } from './ansi.js';
import type { InputFailure } from './reporter.js';

export function failureLines(failures: readonly InputFailure[]): string {
  // A body that was not linted is shown with its result, whose notice says why.
  return failures.filter((f) => f.isUnlinted !== true)
    .map((f) => `genesys-call-lint: ${escapeName(f.file)}: ${f.message}\n  ${f.hint}\n`)
    .join('');
}
