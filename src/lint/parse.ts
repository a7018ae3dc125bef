// Turns body text into a value. JSON.parse decides validity (it is the parser the body's sender
// and most servers use); jsonc-parser is only consulted to place a syntax error precisely.
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type ParseOutcome =
  | { ok: true; value: unknown }
  | { ok: false; offset: number; length: number; found: string; reason: string; hint: string };

export function parseBody(text: string): ParseOutcome {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return describeSyntaxError(text, error);
  }
}

function describeSyntaxError(text: string, error: unknown): ParseOutcome {
  const errors: ParseError[] = [];
  try {
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    // jsonc-parser recurses per nesting level; on absurdly deep text keep JSON.parse's offset.
    errors.length = 0;
  }
  const first = errors[0];
  const offset = first ? refineOffset(text, first) : offsetFromNodeMessage(error, text.length);
  const length = Math.max(1, first?.length ?? 1);
  const reason = first ? humanReason(printParseErrorCode(first.error)) : nodeReason(error);
  const found = offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : '';
  return { ok: false, offset, length, found, reason, hint: hintFor(text, offset) };
}

const REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a member name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the member name',
  CommaExpected: 'expected a comma between members or items',
  CloseBraceExpected: 'expected a closing brace }',
  CloseBracketExpected: 'expected a closing bracket ]',
  EndOfFileExpected: 'expected the end of the text after the value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'control character inside a string',
};

/**
 * jsonc-parser reports faults inside a string at the string's opening quote; point at the bad
 * escape or control character itself, which is what the user has to change.
 */
function refineOffset(text: string, error: ParseError): number {
  const code = printParseErrorCode(error.error);
  const token = text.slice(error.offset, error.offset + Math.max(1, error.length));
  const pattern = code === 'InvalidEscapeCharacter' ? /\\[^"\\/bfnrtu]/
    : code === 'InvalidUnicode' ? /\\u(?![0-9a-fA-F]{4})/
      : code === 'InvalidCharacter' ? /[\u0000-\u001f]/ : undefined;
  const match = pattern?.exec(token.slice(1));
  return match ? error.offset + 1 + match.index : error.offset;
}

function humanReason(code: string): string {
  // jsonc-parser names its errors in PascalCase; unknown ones are spelt out as they are.
  return REASONS[code] ?? code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function nodeReason(error: unknown): string {
  return error instanceof Error ? error.message : 'the text is not JSON';
}

function offsetFromNodeMessage(error: unknown, fallback: number): number {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  return match ? Number(match[1]) : Math.max(0, fallback - 1);
}

const TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u2033]/;

/** Recognises the usual ways bodies copied from web pages and code go wrong. */
function hintFor(text: string, offset: number): string {
  const near = text.slice(Math.max(0, offset - 1), offset + 2);
  if (TYPOGRAPHIC_QUOTES.test(near) || TYPOGRAPHIC_QUOTES.test(text.slice(0, 200))) {
    return 'Replace the typographic quotes (“ ” ‘ ’) with plain ASCII double quotes (").';
  }
  if (near.includes("'")) return 'JSON strings and keys need double quotes ("), not single quotes.';
  if (/\/[/*]/.test(near)) return 'JSON has no comments; remove them.';
  if (/,\s*[}\]]/.test(text.slice(Math.max(0, offset - 40), offset + 1))) {
    return 'Remove the comma before the closing bracket; JSON allows no trailing commas.';
  }
  if (offset >= text.trimEnd().length) {
    return 'The text ends early: close every open string, object and list.';
  }
  return 'Fix the JSON syntax at this position; an editor with JSON support shows the fault.';
}
