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
  return decodedProblem(said, { pointer, text, context }, {
    kind, sent: decoded, sending: `the ${kind} it holds`, writing: `the ${kind} the string holds`,
  });
}

/**
 * The finding for a string that holds the JSON text of one object where a list of objects is
 * wanted ("participants": "{\"address\": ...}"): the object was encoded twice, and the list is
 * to hold that object. Wrapping the string as it is would send the text as the list's one item.
 */
export function encodedItemProblem(
  said: string,
  pointer: string,
  text: string,
  decoded: Record<string, unknown>,
  context: RuleContext,
): Problem {
  return decodedProblem(said, { pointer, text, context }, {
    kind: 'object',
    sent: [decoded],
    sending: 'a list holding the object it encodes',
    writing: 'a list holding the object the string encodes',
  });
}

/** Where the string encoded twice stands, its text, and the rule's context. */
interface Place {
  pointer: string;
  text: string;
  context: RuleContext;
}

/** What the string's text decodes to, what is to be sent for it, and the words for each. */
interface Decoded {
  kind: 'object' | 'list';
  sent: Record<string, unknown> | unknown[];
  /** The value sent, as the hint names it. */
  sending: string;
  /** The value sent, as the fix's description names it. */
  writing: string;
}

function decodedProblem(said: string, place: Place, decoded: Decoded): Problem {
  const fix = decodeOnceFix(place, decoded);
  return {
    pointer: place.pointer,
    message: `${said}, whose text is JSON: the ${decoded.kind} was encoded twice.`,
    hint: `Decode it once and send ${decoded.sending}, ${quote(decoded.sent)}, not its text in ` +
      'a string.',
    ...(fix ? { fix } : {}),
  };
}

/**
 * The string replaced by what it is to send, when that value is certainly accepted there and
 * written as the text meant it: no member named twice in its text (the decoded object keeps
 * only the last, and the fix would drop the others unseen), every number written as
 * JSON.stringify writes it back (not 1.0, 1e3 or a digit beyond 2^53, which would change
 * unseen), and no error where it stands.
 */
function decodeOnceFix({ pointer, text, context }: Place, decoded: Decoded): Fix | undefined {
  if (findDuplicateKeys(text).length > 0 || !hasNumbersAsWritten(text) ||
    context.errorsWith(pointer, decoded.sent).length > 0) {
    return undefined;
  }
  return {
    description: `Write ${decoded.writing}, decoded once.`,
    ops: [{ op: 'replace-value', pointer, value: decoded.sent }],
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
