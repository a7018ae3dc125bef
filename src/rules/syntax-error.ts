// syntax-error: the text is not JSON. Reported at the fault, with a hint for the usual causes
// (typographic quotes from web pages, single quotes, comments, trailing commas, cut-off text).
import { quote } from '../lint/quote.js';
import type { Problem, Rule } from './rule.js';

export interface SyntaxFault {
  found: string;
  reason: string;
  hint: string;
}

export const syntaxError = {
  id: 'syntax-error',
  severity: 'error',
  summary: 'The body cannot be parsed as JSON.',
  describeSyntax(fault: SyntaxFault): Problem {
    const codePoint = fault.found.codePointAt(0);
    const shown = codePoint === undefined
      ? (/end of the text/.test(fault.reason) ? '' : ' at the end of the text')
      : ` at ${quote(fault.found)} (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
    return {
      pointer: '',
      message: `The body is not valid JSON: ${fault.reason}${shown}.`,
      hint: fault.hint,
    };
  },
} satisfies Rule & Record<string, unknown>;
