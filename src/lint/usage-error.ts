import { describeType } from './quote.js';

/** A problem with how the tool was called (options, endpoint), as opposed to with a body. */
export class UsageError extends Error {
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

/** What a wrong argument is, for a UsageError's message: "null", "undefined", "a list", ... */
export function describeArgument(value: unknown): string {
  return value === undefined ? 'undefined' : describeType(value);
}
