// How messages about an .http dump show its lines. A line there may be a header that carries a
// credential ("Authorization: Bearer ..."), with or without its colon, so no line is quoted with
// the value of a header named as a credential (mask-credentials.ts).
import { isSecretMember, MASK } from '../lint/mask-credentials.js';
import { quote } from '../lint/quote.js';

// RFC 9110 §5.1: a field name is a token; "> " before it is curl -v's mark for what it sent.
export const FIELD_NAME = "(?:> )?([!#$%&'*+.^_`|~0-9A-Za-z-]+)";
// A field name followed by white space and more text: a header that lost its colon.
const NAME_WITHOUT_COLON = new RegExp(`^${FIELD_NAME}[ \\t]+\\S`);
// A header, or one that lost its colon: its name, and what separates it from its value.
const HEADER_LIKE = new RegExp(`^(${FIELD_NAME}(?::[ \\t]*|[ \\t]+))\\S`);

/** A line of the dump, quoted: a credential header's value (colon or not) as ***. */
export function quoteLine(text: string): string {
  const header = HEADER_LIKE.exec(text);
  return quote(header && isSecretMember(header[2]!) ? `${header[1]}${MASK}` : text);
}

/**
 * A line among a request's headers that is no header. Most often the blank line before the body
 * was left out, or a header lost its colon ("Authorization Bearer ..."): it is described by its
 * number and what it starts with, and never quoted, as its value may be a credential.
 */
export function describeStrayLine(text: string, line: number): { fault: string; hint: string } {
  const blankLine = 'put a blank line between the headers and the body, as HTTP requires.';
  const name = NAME_WITHOUT_COLON.exec(text)?.[1];
  if (name !== undefined) {
    return {
      fault: `has line ${line} among its headers, which is no header: it starts with ` +
        `${quote(name)} and has no ":" after it (its value is not shown)`,
      hint: `Put a ":" after ${quote(name)} or, if the line starts the body, ${blankLine}`,
    };
  }
  const opening = text.trimStart().charAt(0);
  const starts = opening === '{' || opening === '['
    ? ` (it starts with ${quote(opening)}, as a JSON body does)` : '';
  return {
    fault: `has line ${line} among its headers, which is no header${starts}`,
    hint: `${blankLine.charAt(0).toUpperCase()}${blankLine.slice(1)}`,
  };
}
