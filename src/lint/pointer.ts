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

/** Whether pointer a names b itself or a place inside it. */
export function isSameOrWithin(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`);
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
 * The way from root to pointer alone, with value at its end: each object on the way keeps only
 * the member the way goes through, each list only its item on the way, as its first. Returned
 * with where value lies in it. What is judged at or inside that place depends only on the way
 * there (the schema of each step), so a change there is checked without linting the rest of a
 * body that may hold a hundred thousand entries beside it. The pointer must name a value that
 * is there.
 */
export function isolateAt(
  root: unknown,
  pointer: string,
  value: unknown,
): { body: unknown; pointer: string } {
  const keys = splitPointer(pointer);
  // The holders on the way, root first, and where value lies once each list is cut to one item.
  const holders: unknown[] = [];
  let path = '';
  let node = root;
  for (const key of keys) {
    holders.push(node);
    const isList = Array.isArray(node);
    path = joinPointer(path, isList ? 0 : key);
    node = (node as Record<string, unknown>)[isList ? Number(key) : key];
  }
  let body = value;
  for (let i = keys.length - 1; i >= 0; i--) {
    body = Array.isArray(holders[i]) ? [body] : { [keys[i]!]: body };
  }
  return { body, pointer: path };
}
