// An object or list sent as a JSON string that holds its JSON text: the body (or a member) was
// encoded twice, as JSON.stringify does to a body that was JSON text already, or a logger that
// writes the body as a string of its text. Decoding it once gives what the sender meant.
import { jsonc } from '../../lint/jsonc.js';
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import type { Fix } from '../../lint/types.js';
import type { Problem, RuleContext } from '../rule.js';
import { findDuplicateKeys } from './find-duplicate-keys.js';

/** The object whose JSON text the string holds, or undefined when it holds no object. */
export function objectEncodedIn(value: string): Record<string, unknown> | undefined {
  const decoded = decodedBetween(value, '{', '}');
  return isPlainObject(decoded) ? decoded : undefined;
}

/** The list whose JSON text the string holds, or undefined when it holds no list. */
export function listEncodedIn(value: string): unknown[] | undefined {
  const decoded = decodedBetween(value, '[', ']');
  return Array.isArray(decoded) ? decoded : undefined;
}

/** The JSON value the string's text is, when that text opens and closes with these brackets. */
function decodedBetween(value: string, open: string, close: string): unknown {
  const text = value.trim();
  // Most strings are no JSON at all: only text shaped like an object or list is parsed.
  if (!text.startsWith(open) || !text.endsWith(close)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The finding for a string that holds the JSON text of the object or list wanted where it
 * stands; said: what the rule says of the place and value ("/x must be ..., but it is ...").
 */
export function encodedTwiceProblem(
  said: string,
  pointer: string,
  text: string,
  decoded: Record<string, unknown> | unknown[],
  context: RuleContext,
): Problem {
  const kind = Array.isArray(decoded) ? 'list' : 'object';
  const fix = decodeOnceFix(pointer, text, decoded, context);
  return {
    pointer,
    message: `${said}, whose text is JSON: the ${kind} was encoded twice.`,
    hint: `Decode it once and send the ${kind} it holds, ${quote(decoded)}, not its text in ` +
      'a string.',
    ...(fix ? { fix } : {}),
  };
}

/**
 * The string replaced by the object or list it holds, when that value is certainly accepted
 * there and written as the text meant it: no member named twice in its text (the decoded object
 * keeps only the last, and the fix would drop the others unseen), every number written as
 * JSON.stringify writes it back (not 1.0, 1e3 or a digit beyond 2^53, which would change
 * unseen), and no error where it stands.
 */
function decodeOnceFix(
  pointer: string,
  text: string,
  decoded: Record<string, unknown> | unknown[],
  context: RuleContext,
): Fix | undefined {
  if (findDuplicateKeys(text).length > 0 || !hasNumbersAsWritten(text) ||
    context.errorsWith(pointer, decoded).length > 0) {
    return undefined;
  }
  return {
    description: `Write the ${Array.isArray(decoded) ? 'list' : 'object'} the string holds, ` +
      'decoded once.',
    ops: [{ op: 'replace-value', pointer, value: decoded }],
  };
}

// jsonc-parser's SyntaxKind is a const enum, which isolated builds cannot inline.
const NUMERIC_LITERAL = 11;
const EOF = 17;

/** Whether every number in the JSON text reads back as the same text once parsed. */
function hasNumbersAsWritten(text: string): boolean {
  const scanner = jsonc().createScanner(text, true);
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind !== NUMERIC_LITERAL) continue;
    const written = scanner.getTokenValue();
    if (String(Number(written)) !== written) return false;
  }
  return true;
}
