// The files lintFiles was given by name and left alone. The CLI notes each on stderr; a library
// caller gets them in the result, or could not tell them from files linted clean.
import type { Plan } from '../cli/plan-inputs.js';
import type { NotABody } from '../input/not-a-body.js';

export interface ExcludedInput {
  /** The file as the patterns name it (a configuration file: relative to cwd). */
  file: string;
  /**
   * ignores: the config's "ignores" match it; negation: a negated pattern ('!old/**') does;
   * config-file: it is a configuration file of this tool, not a body; own-report: its content is
   * a JSON report or SARIF log this tool wrote; send-journal: its content is send's journal
   * (both told by content, wherever the file was found).
   */
  reason: 'ignores' | 'negation' | 'config-file' | NotABody['reason'];
  /** The reason in words, as the CLI's note says it. */
  message: string;
}

export function excludedInputs(plan: Plan): ExcludedInput[] {
  // Files found in folders or by globs are left out without a word, by the CLI too.
  return [
    ...plan.ignored.map(({ file, configFile }): ExcludedInput => ({
      file,
      reason: 'ignores',
      message: `matched by "ignores" in ${configFile ?? 'the configuration'}`,
    })),
    ...plan.excluded.map(({ file, negation }): ExcludedInput => ({
      file,
      reason: 'negation',
      message: `excluded by "${negation}" among the patterns`,
    })),
    ...plan.configFiles.map((file): ExcludedInput => ({
      file,
      reason: 'config-file',
      message: 'it is a genesys-call-lint configuration file, not a request body',
    })),
  ];
}
