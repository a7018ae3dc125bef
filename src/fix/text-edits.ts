// Turns a fix's operations into text edits on the body as it is written. A key or a value is
// replaced where it stands and a member is cut out together with its comma, so indentation, key
// order and line endings outside the edited spans stay byte for byte. jsonc-parser finds the
// nodes, computes replacements and removals (modify) and applies the edits (applyEdits).
//
// jsonc-parser is given no formattingOptions on purpose: with them it re-formats every line an
// edit touches, and a compact body is a single line, so a one-member fix would re-indent all of
// it. The only edit that writes whitespace of its own, an added member, copies it from the
// member it follows, so the layout stays as it was.
import { modify, type Edit, type JSONPath, type Node } from 'jsonc-parser';
import { splitPointer } from '../lint/pointer.js';
import type { FixOp } from '../lint/types.js';

interface Located {
  path: JSONPath;
  /** The object member (key and value) holding the node, when its parent is an object. */
  property: Node | undefined;
}

/** The edits for all operations of one fix, or undefined when one of them cannot be placed. */
export function editsForOps(text: string, root: Node, ops: readonly FixOp[]): Edit[] | undefined {
  const edits: Edit[] = [];
  for (const op of ops) {
    const placed = editsForOp(text, root, op);
    if (!placed) return undefined;
    edits.push(...placed);
  }
  return edits;
}

function editsForOp(text: string, root: Node, op: FixOp): Edit[] | undefined {
  if (op.op === 'add-member') return addition(text, root, op);
  const found = locate(root, splitPointer(op.pointer));
  // The body as a whole can only be replaced (a body encoded twice by the object it holds).
  if (!found || (found.path.length === 0 && op.op !== 'replace-value')) return undefined;
  switch (op.op) {
    case 'replace-value':
      return modify(text, found.path, op.value, {});
    case 'rename-member': {
      const key = found.property?.children?.[0];
      if (!key) return undefined;
      const content = JSON.stringify(op.to);
      const renamed: Edit = { offset: key.offset, length: key.length, content };
      return 'value' in op ? [renamed, ...modify(text, found.path, op.value, {})] : [renamed];
    }
    case 'remove-member':
      return found.property ? removal(text, found.property, found.path) : undefined;
  }
}

/**
 * The member written right after its sibling, with the sibling's own spacing: on its line in a
 * compact body, on a line of its own, indented alike, in a pretty-printed one. Refused when the
 * object has that member already.
 */
function addition(text: string, root: Node, op: FixOp & { op: 'add-member' }): Edit[] | undefined {
  const tokens = splitPointer(op.pointer);
  const name = tokens.pop();
  const after = splitPointer(op.after);
  const sibling = locate(root, after)?.property;
  const key = sibling?.children?.[0];
  const value = sibling?.children?.[1];
  const isSameObject = after.length === tokens.length + 1 &&
    tokens.every((token, i) => token === after[i]);
  if (name === undefined || !key || !value || !isSameObject ||
    locate(root, [...tokens, name]) !== undefined) return undefined;
  const before = text.slice(whitespaceStart(text, sibling.offset), sibling.offset);
  const colon = text.slice(key.offset + key.length, value.offset).replace(/[^\s:]/g, '');
  const content = `,${before}${JSON.stringify(name)}${colon}${JSON.stringify(op.value)}`;
  return [{ offset: sibling.offset + sibling.length, length: 0, content }];
}

/** Where the whitespace ending at offset starts; walked back, as a regex would backtrack. */
function whitespaceStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && /\s/.test(text.charAt(start - 1))) start--;
  return start;
}

function removal(text: string, property: Node, path: JSONPath): Edit[] {
  const siblings = property.parent?.children ?? [];
  const next = siblings[1];
  if (siblings[0] === property && next) {
    // jsonc-parser cuts from the opening brace to the next member, which takes that member's
    // line break and indentation with it; cutting up to the next key keeps both.
    return [{ offset: property.offset, length: next.offset - property.offset, content: '' }];
  }
  // Any later member: from the end of the previous value (its comma included) to this one's end.
  return modify(text, path, undefined, {});
}

/**
 * Finds the node a pointer names. A key that appears twice in one object is refused: JSON.parse
 * keeps the last, jsonc-parser's lookups the first, and a fix must not guess between them.
 */
function locate(root: Node, tokens: readonly string[]): Located | undefined {
  let node = root;
  let property: Node | undefined;
  const path: JSONPath = [];
  for (const token of tokens) {
    if (node.type === 'object') {
      const named = (member: Node) => member.children?.[0]?.value === token;
      const matches = (node.children ?? []).filter(named);
      const value = matches.length === 1 ? matches[0]!.children?.[1] : undefined;
      if (!value) return undefined;
      property = matches[0];
      node = value;
      path.push(token);
    } else if (node.type === 'array' && /^(0|[1-9]\d*)$/.test(token)) {
      const item = node.children?.[Number(token)];
      if (!item) return undefined;
      property = undefined;
      node = item;
      path.push(Number(token));
    } else {
      return undefined;
    }
  }
  return { path, property };
}

/** Whether two edits touch the same text; edits that only meet at a boundary do not. */
export function overlaps(a: Edit, b: Edit): boolean {
  if (a.offset === b.offset) return true;
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}
