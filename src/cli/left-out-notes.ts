// The notes on standard error for the files a plan leaves out (plan-inputs.ts): matched by a
// config's "ignores", excluded by a negated pattern, a report this run writes, a config file of
// this tool. lint and send say them alike, in the order lint always has.
import { escapeName } from '../reporters/ansi.js';
import type { Plan } from './plan-inputs.js';

/**
 * `isQuietAbout(where)`: a file this run writes that is left out without a note (--cache's file,
 * send's journal), as it exists from the second run on only, and a run's stderr should not
 * depend on that.
 */
export function leftOutNotes(plan: Plan, isQuietAbout: (where: string) => boolean): string {
  const note = (file: string, why: string): string =>
    `genesys-call-lint: ${escapeName(file)}: skipped, ${why}\n`;
  return [
    ...plan.ignored.map(({ file, configFile }) => note(file, 'matched by "ignores" in ' +
      `${configFile === undefined ? 'the configuration' : escapeName(configFile)}`)),
    ...plan.excluded.map(({ file, negation }) => note(file,
      `excluded by "${escapeName(negation)}" on the command line`)),
    ...plan.reportFiles.filter(({ where }) => !isQuietAbout(where))
      .map(({ file, where }) => note(file, `it is ${where}`)),
    ...plan.configFiles.map((file) => note(file,
      'it is a genesys-call-lint configuration file, not a request body')),
  ].join('');
}
