import { describeType } from './quote.js';

/** A problem with how the tool was called (options, endpoint), as opposed to with a body. */
/** One of several problems a UsageError reports together (a config file's), with its own hint. */
export interface UsageProblem {
  message: string;
  hint: string;
}

export class UsageError extends Error {
  readonly hint: string;
  /** The message before its problems, which message lists one a line, each with its hint. */
  readonly lead: string;
  readonly problems: readonly UsageProblem[];

  constructor(message: string, hint: string, problems: readonly UsageProblem[] = []) {
    super(`${message}${listProblems(problems)}`);
    this.name = 'UsageError';
    this.hint = hint;
    this.lead = message;
    this.problems = problems;
  }
}

/**
 * The problems numbered, one a line, each followed by its hint: all on one line, with the hints
 * on another, the numbers had to be matched up by eye. escape: for text shown on a terminal.
 */
export function listProblems(problems: readonly UsageProblem[],
  escape: (text: string) => string = (text) => text): string {
  return problems.map(({ message, hint }, i) =>
    `\n  (${i + 1}) ${escape(message)}\n      ${escape(hint)}`).join('');
}

/** What a wrong argument is, for a UsageError's message: "null", "undefined", "a list", ... */
export function describeArgument(value: unknown): string {
  return value === undefined ? 'undefined' : describeType(value);
}
