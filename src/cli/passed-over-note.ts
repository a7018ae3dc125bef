// What is said of a package.json below the working folder that is no JSON (config-lookup.ts
// passes over it): the CLI's lint and send on standard error, lintFiles in its result.
import { escapeName } from '../reporters/ansi.js';
import { displayPath } from './collect-inputs.js';

export const PASSED_OVER_REASON = 'not valid JSON, so passed over as holding no configuration; ' +
  'the config above it applies';

/** The line on stderr; `file` is absolute, shown relative to `cwd` as inputs are. */
export function passedOverNote(file: string, cwd: string): string {
  return `genesys-call-lint: ${escapeName(displayPath(file, cwd))}: ${PASSED_OVER_REASON}\n`;
}
