// The .http files of VS Code's REST Client and JetBrains' HTTP Client, and Postman, write
// "{{name}}" where the client puts a value of its environment as it sends the request; a body
// written by a shell script or a template step (envsubst, a heredoc) holds "${NAME}" or "$NAME",
// and one from a Windows batch file "%NAME%", filled in before the body is sent. A body read
// from such a file still holds the variable: told "contains letters" or "not a UUID", a user
// hunts for a typo in a value that is not there. Every rule that judges the form of a string
// member (numbers, ids, date-times, enums) says so in these words.
import { quote } from '../../lint/quote.js';
import { where } from './field-names.js';

/** Whether a match of a form's pattern in this value is text rather than a variable. */
type IsText = (match: RegExpExecArray) => boolean;

/**
 * Each form of variable, what it is called, who fills it in, and which matches are text instead.
 * Patterns are global: a match that is text is passed over and the search goes on after it.
 */
const FORMS: readonly {
  pattern: RegExp;
  kind: string;
  filler: string;
  textIn?: (value: string) => IsText;
}[] = [
  {
    pattern: /\{\{[^{}\n]*\}\}/g,
    kind: 'template variable',
    filler: 'an editor HTTP client (or Postman) puts its value there as it sends the request',
  },
  {
    pattern: /\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*\b/g,
    kind: 'shell variable',
    filler: 'a shell or template step (envsubst, a heredoc) puts its value there before the ' +
      'body is sent',
    textIn: sipUserText,
  },
  {
    pattern: /%[A-Za-z_][A-Za-z0-9_]*%/g,
    kind: 'batch variable',
    filler: 'a Windows batch file or command line puts its value there before the body is sent',
    textIn: percentEscapes,
  },
];

/**
 * "sip:pay$ment@example.com": RFC 3261 allows "$" in a SIP user part, so a bare "$name" there is
 * part of the user name. "${NAME}" is still a variable: braces are not allowed in a user part.
 */
function sipUserText(value: string): IsText {
  let end: number | undefined;
  return (match) => {
    if (match[0].startsWith('${')) return false;
    // Found only once a "$name" is: most values hold none, and some are megabytes long.
    end ??= userPartEnd(value);
    return match.index + match[0].length <= end;
  };
}

/**
 * Where the user part of "sip:user@host", "sips:user@host" or "user@host" ends (its "@"), or -1
 * when the value is no such address: one "@", something on each side, no white space within.
 */
function userPartEnd(value: string): number {
  const start = value.length - value.trimStart().length;
  const end = value.trimEnd().length;
  const scheme = /^sips?:/i.exec(value.slice(start, start + 5))?.[0].length ?? 0;
  const at = value.indexOf('@', start);
  if (at <= start + scheme || at >= end - 1 || value.indexOf('@', at + 1) !== -1) return -1;
  // A loop, not a regular expression: values can be megabytes long (see analyse-phone.ts).
  for (let i = start; i < end; i++) if (/\s/.test(value.charAt(i))) return -1;
  return at;
}

/**
 * "caf%C3%A9", "%E2%82%AC": "%C3%" is the first of two percent escapes (RFC 3986), not a batch
 * variable: its name is two hex digits and its closing "%" starts another escape.
 */
function percentEscapes(value: string): IsText {
  return (match) => {
    const end = match.index + match[0].length;
    return /^%[0-9A-Fa-f]{2}%$/.test(match[0]) &&
      /^[0-9A-Fa-f]{2}$/.test(value.slice(end, end + 2));
  };
}

interface Variable {
  text: string;
  kind: string;
  filler: string;
}

/** The first unfilled variable in a value, of any form, or undefined when it has none. */
function variableIn(value: string): Variable | undefined {
  for (const { pattern, kind, filler, textIn } of FORMS) {
    const text = firstMatch(value, pattern, textIn?.(value));
    if (text !== undefined) return { text, kind, filler };
  }
  return undefined;
}

/** The first match of a global pattern that is not text, or undefined. */
function firstMatch(
  value: string,
  pattern: RegExp,
  isText: IsText | undefined,
): string | undefined {
  // A fresh copy: a shared global pattern keeps lastIndex between calls.
  const search = new RegExp(pattern);
  for (let match = search.exec(value); match !== null; match = search.exec(value)) {
    if (isText === undefined || !isText(match)) return match[0];
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
