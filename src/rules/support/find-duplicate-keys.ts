// Finds members named twice in one object. JSON.parse keeps the last and drops the others without
// a word, so they can only be seen in the text: one pass over jsonc-parser's token scanner with an
// explicit stack (no recursion, so a body nested a million levels deep is fine).
import { jsonc } from '../../lint/jsonc.js';
import { joinPointer } from '../../lint/pointer.js';

export interface DuplicateKey {
  /** Pointer of the member; the same for every occurrence, which is why offsets are given. */
  pointer: string;
  key: string;
  /** Offset and length of the first occurrence's name in the text: the one whose value is lost. */
  offset: number;
  length: number;
  /** How many times the name occurs in that object. */
  count: number;
}

// jsonc-parser's SyntaxKind is a const enum, which isolated builds cannot inline.
const T = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, comma: 5, string: 10 } as const;

interface ObjectFrame {
  kind: 'object';
  pointer: string;
  isKeyNext: boolean;
  key: string;
  seen: Map<string, DuplicateKey>;
}

interface ListFrame {
  kind: 'list';
  pointer: string;
  index: number;
}

/** Text JSON.parse accepted; duplicates in the order of their first occurrence. */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const scanner = jsonc().createScanner(text, true);
  const stack: Array<ObjectFrame | ListFrame> = [];
  const found: DuplicateKey[] = [];
  const childPointer = (): string => {
    const top = stack.at(-1);
    if (top === undefined) return '';
    return top.kind === 'object' ? joinPointer(top.pointer, top.key) : joinPointer(top.pointer, top.index);
  };
  for (let kind = scanner.scan(); kind !== 17; kind = scanner.scan()) {
    const top = stack.at(-1);
    if (kind === T.openBrace) {
      stack.push({ kind: 'object', pointer: childPointer(), isKeyNext: true, key: '', seen: new Map() });
    } else if (kind === T.openBracket) {
      stack.push({ kind: 'list', pointer: childPointer(), index: 0 });
    } else if (kind === T.closeBrace || kind === T.closeBracket) {
      stack.pop();
    } else if (kind === T.comma && top !== undefined) {
      if (top.kind === 'object') top.isKeyNext = true;
      else top.index++;
    } else if (kind === T.string && top?.kind === 'object' && top.isKeyNext) {
      top.isKeyNext = false;
      top.key = scanner.getTokenValue();
      const earlier = top.seen.get(top.key);
      if (earlier) earlier.count++;
      else {
        top.seen.set(top.key, {
          pointer: joinPointer(top.pointer, top.key),
          key: top.key,
          offset: scanner.getTokenOffset(),
          length: scanner.getTokenLength(),
          count: 1,
        });
      }
    }
    if (kind === T.closeBrace && top?.kind === 'object') {
      // A loop, not push(...spread): one object can repeat more names than a call takes arguments.
      for (const duplicate of top.seen.values()) if (duplicate.count > 1) found.push(duplicate);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** Members the parsed value holds, counted without recursion. */
export function countMembers(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    const values = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node)) count += values.length;
    // A loop, not push(...values): spreading a list of a million items overflows the call stack.
    for (const item of values) pending.push(item);
  }
  return count;
}

/** Every member name is followed by a colon, so fewer colons than members means no repeats. */
export function countColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) count++;
  return count;
}
