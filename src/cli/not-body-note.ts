// The note on standard error for an input left out as no request body (a report of this tool,
// told by its content): lint and send say it alike.
import type { NotABody } from '../input/not-a-body.js';
import { escapeName } from '../reporters/ansi.js';

export function notBodyNote(file: string, what: NotABody): string {
  return `genesys-call-lint: ${escapeName(file)}: skipped, ${what.message}\n`;
}
