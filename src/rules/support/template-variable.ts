// The .http files of VS Code's REST Client and JetBrains' HTTP Client, and Postman, write
// "{{name}}" where the client puts a value of its environment as it sends the request. A body
// read from such a file still holds the variable: told "contains letters" or "not a UUID", a user
// hunts for a typo in a value that is not there. Every rule that judges the form of a string
// member (numbers, ids, date-times, enums) says so in these words.
import { quote } from '../../lint/quote.js';
import { where } from './field-names.js';

const VARIABLE = /\{\{[^{}\n]*\}\}/;

/** The first "{{name}}" in a value, or undefined when it has none. */
export function templateVariableIn(value: string): string | undefined {
  return VARIABLE.exec(value)?.[0];
}

/** What the variable stands in for, as the member's own rule names it. */
export interface StandIn {
  /** "number", "queue id", "date-time": what cannot be judged while the variable is unfilled. */
  what: string;
  /** What to write in the variable's place; "the <what>" when not given. */
  instead?: string;
  /** A value of the member's form, shown after instead. */
  example?: string;
}

/**
 * The message and hint for a value that holds an unfilled variable, whole ("{{queueId}}") or in
 * part ("+1{{local}}"), or undefined when it holds none.
 */
export function unfilledVariable(
  pointer: string,
  value: string,
  { what, instead = `the ${what}`, example }: StandIn,
): { message: string; hint: string } | undefined {
  const variable = templateVariableIn(value);
  if (variable === undefined) return undefined;
  return {
    message: `${where(pointer)} is ${quote(value)}, which holds the template variable ` +
      `${variable} unfilled: an editor HTTP client (or Postman) puts its value there as it sends ` +
      `the request, so the ${what} it stands for is not known here.`,
    hint: `Lint the body as sent, with ${variable} filled in, or write ${instead} in its place` +
      `${example === undefined ? '' : `, e.g. ${example}`}.`,
  };
}
