// Finds the first syntax error in text that JSON.parse rejected, with its offset and a reason in
// plain words. One pass over jsonc-parser's token scanner with an explicit stack, so it handles
// text nested a million levels deep (jsonc-parser's own tree builder recurses and would not).
import { jsonc } from './jsonc.js';

export interface SyntaxFault {
  offset: number;
  length: number;
  reason: string;
}

// jsonc-parser's SyntaxKind and ScanError are const enums, which isolated builds cannot inline.
const T = {
  openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, comma: 5, colon: 6,
  nullKeyword: 7, trueKeyword: 8, falseKeyword: 9, string: 10, number: 11,
  lineComment: 12, blockComment: 13, lineBreak: 14, trivia: 15, unknown: 16, eof: 17,
} as const;

const SCAN_ERRORS: Record<number, string> = {
  1: 'unterminated comment',
  2: 'unterminated string',
  3: 'malformed number',
  4: 'malformed \\u escape',
  5: 'invalid escape sequence',
  6: 'control character inside a string',
};

type State = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'after';

export function findSyntaxError(text: string): SyntaxFault | undefined {
  const scanner = jsonc().createScanner(text, false);
  const stack: Array<'{' | '['> = [];
  let state: State = 'value';
  for (let kind = scanner.scan(); ; kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    const length = Math.max(1, scanner.getTokenLength());
    const fault = (reason: string): SyntaxFault => ({ offset, length, reason });
    if (kind === T.trivia || kind === T.lineBreak) continue;
    const scanError = scanner.getTokenError();
    if (scanError !== 0) return refine(text, { offset, length, reason: SCAN_ERRORS[scanError] ?? 'bad token' });
    if (kind === T.lineComment || kind === T.blockComment) return fault('comments are not allowed in JSON');
    if (kind === T.unknown) return fault('unexpected character');
    if (kind === T.eof) {
      return state === 'after' && stack.length === 0 ? undefined
        : fault('unexpected end of the text (a string, object or list is not closed)');
    }
    const isScalar = kind === T.string || kind === T.number || kind === T.nullKeyword ||
      kind === T.trueKeyword || kind === T.falseKeyword;
    if (state === 'valueOrClose') {
      if (kind === T.closeBracket) {
        stack.pop();
        state = 'after';
        continue;
      }
      state = 'value'; // anything else after "[" must be a value
    }
    switch (state) {
      case 'value':
        if (kind === T.openBrace) {
          stack.push('{');
          state = 'keyOrClose';
        } else if (kind === T.openBracket) {
          stack.push('[');
          state = 'valueOrClose';
        } else if (isScalar) {
          state = 'after';
        } else if (kind === T.closeBracket && stack.at(-1) === '[') {
          return fault('a comma before the closing bracket (trailing comma)');
        } else {
          return fault('expected a value');
        }
        continue;
      case 'keyOrClose':
      case 'key':
        if (kind === T.string) state = 'colon';
        else if (kind === T.closeBrace && state === 'keyOrClose') {
          stack.pop();
          state = 'after';
        } else if (kind === T.closeBrace) return fault('a comma before the closing brace (trailing comma)');
        else return fault('expected a member name in double quotes');
        continue;
      case 'colon':
        if (kind !== T.colon) return fault('expected a colon after the member name');
        state = 'value';
        continue;
      case 'after': {
        const top = stack.at(-1);
        if (top === undefined) return fault('expected the end of the text after the value');
        if (kind === T.comma) state = top === '{' ? 'key' : 'value';
        else if (kind === T.closeBrace && top === '{') stack.pop();
        else if (kind === T.closeBracket && top === '[') stack.pop();
        else return fault(top === '{' ? 'expected a comma or a closing brace }' : 'expected a comma or a closing bracket ]');
        continue;
      }
    }
  }
}

/** Scan errors are reported at the token's start; point at the character to change instead. */
function refine(text: string, fault: SyntaxFault): SyntaxFault {
  const token = text.slice(fault.offset, fault.offset + fault.length);
  // The scanner ends an unterminated string at a raw line break; that break is the fault.
  const lineBreak = /[\r\n]/.exec(text.slice(fault.offset, fault.offset + fault.length + 1));
  if (fault.reason === 'unterminated string' && lineBreak) {
    return { offset: fault.offset + lineBreak.index, length: 1, reason: 'a line break inside a string (write \\n)' };
  }
  const pattern = fault.reason === 'invalid escape sequence' ? /\\[^"\\/bfnrtu]/
    : fault.reason === 'malformed \\u escape' ? /\\u(?![0-9a-fA-F]{4})/
      : fault.reason === 'control character inside a string' ? /[\u0000-\u001f]/ : undefined;
  const match = pattern?.exec(token.slice(1));
  return match ? { ...fault, offset: fault.offset + 1 + match.index, length: 1 } : fault;
}
