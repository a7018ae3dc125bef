// An object sent as a JSON string that holds its JSON text: the body (or a member) was encoded
// twice, as JSON.stringify does to a body that was JSON text already, or a logger that writes
// the body as a string of its text. Decoding it once gives what the sender meant.
import { jsonc } from '../../lint/jsonc.js';
import { isPlainObject } from '../../lint/walk-model.js';
import type { Fix } from '../../lint/types.js';
import type { RuleContext } from '../rule.js';
import { findDuplicateKeys } from './find-duplicate-keys.js';

/** The object whose JSON text the string holds, or undefined when it holds no object. */
export function objectEncodedIn(value: string): Record<string, unknown> | undefined {
  const text = value.trim();
  // Most strings are no JSON at all: only text shaped like an object is parsed.
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined;
  try {
    const decoded: unknown = JSON.parse(text);
    return isPlainObject(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The string replaced by the object it holds, when that object is certainly accepted there and
 * written as the text meant it: no member named twice in its text (the decoded object keeps only
 * the last, and the fix would drop the others unseen), every number written as JSON.stringify
 * writes it back (not 1.0, 1e3 or a digit beyond 2^53, which would change unseen), and no error
 * where it stands.
 */
export function decodeOnceFix(
  pointer: string,
  text: string,
  decoded: Record<string, unknown>,
  context: RuleContext,
): Fix | undefined {
  if (findDuplicateKeys(text).length > 0 || !hasNumbersAsWritten(text) ||
    context.errorsWith(pointer, decoded).length > 0) {
    return undefined;
  }
  return {
    description: 'Write the object the string holds, decoded once.',
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
