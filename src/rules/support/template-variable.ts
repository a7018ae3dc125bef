// The .http files of VS Code's REST Client and JetBrains' HTTP Client, and Postman, write
// "{{name}}" where the client puts a value of its environment as it sends the request; a body
// written by a shell script or a template step (envsubst, a heredoc) holds "${NAME}" or "$NAME",
// and one from a Windows batch file "%NAME%", filled in before the body is sent. A body read
// from such a file still holds the variable: told "contains letters" or "not a UUID", a user
// hunts for a typo in a value that is not there. Every rule that judges the form of a string
// member (numbers, ids, date-times, enums) says so in these words.
import { quote } from '../../lint/quote.js';
import { where } from './field-names.js';

/** Each form of variable, what it is called, and who fills it in, for the message. */
const FORMS: readonly { pattern: RegExp; kind: string; filler: string }[] = [
  {
    pattern: /\{\{[^{}\n]*\}\}/,
    kind: 'template variable',
    filler: 'an editor HTTP client (or Postman) puts its value there as it sends the request',
  },
  {
    pattern: /\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*\b/,
    kind: 'shell variable',
    filler: 'a shell or template step (envsubst, a heredoc) puts its value there before the ' +
      'body is sent',
  },
  {
    pattern: /%[A-Za-z_][A-Za-z0-9_]*%/,
    kind: 'batch variable',
    filler: 'a Windows batch file or command line puts its value there before the body is sent',
  },
];

interface Variable {
  text: string;
  kind: string;
  filler: string;
}

/** The first unfilled variable in a value, of any form, or undefined when it has none. */
function variableIn(value: string): Variable | undefined {
  for (const { pattern, kind, filler } of FORMS) {
    const text = pattern.exec(value)?.[0];
    if (text !== undefined) return { text, kind, filler };
  }
  return undefined;
}

/** The first "{{name}}", "${NAME}", "$NAME" or "%NAME%" in a value, or undefined. */
export function templateVariableIn(value: string): string | undefined {
  return variableIn(value)?.text;
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
 * part ("+1{{local}}", "+1$LOCAL"), or undefined when it holds none.
 */
export function unfilledVariable(
  pointer: string,
  value: string,
  { what, instead = `the ${what}`, example }: StandIn,
): { message: string; hint: string } | undefined {
  const found = variableIn(value);
  if (found === undefined) return undefined;
  const variable = found.text;
  return {
    message: `${where(pointer)} is ${quote(value)}, which ${holdsUnfilled(found)}, so the ` +
      `${what} it stands for is not known here.`,
    hint: `Lint the body as sent, with ${variable} filled in, or write ${instead} in its place` +
      `${example === undefined ? '' : `, e.g. ${example}`}.`,
  };
}

/**
 * "holds the template variable {{user}} unfilled: ..." for a rule whose own finding stands (a
 * "sip:{{user}}@host" is a SIP address whatever fills it), with the variable, or undefined.
 */
export function unfilledClause(value: string): { clause: string; variable: string } | undefined {
  const found = variableIn(value);
  return found === undefined ? undefined : { clause: holdsUnfilled(found), variable: found.text };
}

function holdsUnfilled({ text, kind, filler }: Variable): string {
  return `holds the ${kind} ${text} unfilled: ${filler}`;
}
