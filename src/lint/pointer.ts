// RFC 6901 JSON Pointers: building them and splitting them back into keys.

export function escapeToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  // Most member names need no escaping; skip the two regex passes for them.
  return /[~/]/.test(token) ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

export function joinPointer(base: string, token: string | number): string {
  return `${base}/${escapeToken(token)}`;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The last key of a pointer, or undefined for the whole body. */
export function lastToken(pointer: string): string | undefined {
  return splitPointer(pointer).at(-1);
}

export function parentPointer(pointer: string): string {
  const index = pointer.lastIndexOf('/');
  return index <= 0 ? '' : pointer.slice(0, index);
}

/** Reads the value at a pointer; arrays take numeric tokens. Own properties only. */
export function valueAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of splitPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * A copy of root with the value at pointer replaced; only the objects and lists on the way are
 * copied, the rest is shared. The pointer must name a value that is there.
 */
export function replaceAt(root: unknown, pointer: string, value: unknown): unknown {
  return replaceKeys(root, splitPointer(pointer), value);
}

function replaceKeys(node: unknown, keys: readonly string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  if (Array.isArray(node)) {
    return node.map((item, index) => (String(index) === key ? replaceKeys(item, rest, value) : item));
  }
  const object = node as Record<string, unknown>;
  return { ...object, [key]: replaceKeys(object[key], rest, value) };
}
