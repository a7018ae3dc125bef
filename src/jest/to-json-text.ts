// The text the matcher lints: what JSON.stringify makes of a body built in code, or, when that
// would not be the body the test wrote, the first value that differs, with its pointer.
import { maskUrlString } from '../lint/mask-credentials.js';
import { contentDrop, isCredentialAt, primitiveDrop } from './json-drops.js';

/** The text JSON.stringify makes of the body, or why it cannot make a faithful one. */
export function toJsonText(value: unknown): { text: string } | { unsendable: string } {
  try {
    // A getter or a Proxy may throw while the body is read, as it would in JSON.stringify.
    const unsendable = notJson(value, '', '', new Set(), 0, false);
    if (unsendable !== undefined) return { unsendable };
    const text = JSON.stringify(value, null, 2) as string | undefined;
    if (text === undefined) {
      // What toJSON gave, if it was that (a symbol, a function), not the object holding it.
      const toJson = typeof value === 'object' && value !== null
        ? (value as { toJSON?: unknown }).toJSON : undefined;
      const what = typeof toJson === 'function'
        ? `its toJSON gives a ${typeof toJson.call(value, '')}` : `it is ${typeof value}`;
      return { unsendable: `the body cannot be written: ${what}, which JSON has no form for` };
    }
    return { text };
  } catch (error) {
    // Deeper than notJson looks, or a getter that throws.
    return { unsendable: `reading it the way JSON.stringify does failed: ${reasonOf(error)}` };
  }
}

// Deeper bodies are left to JSON.stringify, whose own failure is then reported.
const MAX_DEPTH = 1000;

/** The first value JSON cannot carry as it is, with its pointer, or undefined. */
function notJson(
  value: unknown,
  pointer: string,
  key: string,
  path: Set<object>,
  depth: number,
  isListItem: boolean,
): string | undefined {
  const at = pointer === '' ? 'the body' : pointer;
  if (typeof value !== 'object' || value === null) {
    // A body that is a function or a symbol is left to toJsonText, which says what gave it.
    const isWritable = typeof value !== 'function' && typeof value !== 'symbol';
    return pointer === '' && !isWritable ? undefined : primitiveDrop(value, at, isListItem);
  }
  if (depth > MAX_DEPTH) return undefined;
  if (path.has(value)) return `${at} refers back to an object that contains it (a cycle)`;
  // toJSON (a Date, say) decides what is sent: check what it gives instead.
  const toJson = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson === 'function') {
    let given: unknown;
    try {
      given = toJson.call(value, key);
    } catch (error) {
      return `${at}'s toJSON threw: ${reasonOf(error, pointer)}`;
    }
    if (value instanceof Date && given === null) {
      return `${at} is an invalid Date, which JSON.stringify writes as null`;
    }
    if (given !== value) return notJson(given, pointer, key, path, depth + 1, isListItem);
  } else {
    const dropped = contentDrop(value, at);
    if (dropped !== undefined) return dropped;
  }
  path.add(value);
  try {
    return Array.isArray(value) ? listNotJson(value, pointer, path, depth)
      : membersNotJson(value, at, pointer, path, depth);
  } finally {
    path.delete(value);
  }
}

function listNotJson(
  list: unknown[],
  pointer: string,
  path: Set<object>,
  depth: number,
): string | undefined {
  for (let i = 0; i < list.length; i++) {
    if (!(i in list)) {
      return `${pointer}/${i} is a hole in the list, which JSON.stringify writes as null`;
    }
    const found = memberNotJson(list, i, `${pointer}/${i}`, path, depth);
    if (found !== undefined) return found;
  }
  return undefined;
}

function membersNotJson(
  value: object,
  at: string,
  pointer: string,
  path: Set<object>,
  depth: number,
): string | undefined {
  let members: string[];
  try {
    members = Object.keys(value);
  } catch (error) {
    // A Proxy's ownKeys trap.
    return `${at}'s members cannot be listed: ${reasonOf(error, pointer)}`;
  }
  for (const member of members) {
    const token = member.replaceAll('~', '~0').replaceAll('/', '~1');
    const found = memberNotJson(value, member, `${pointer}/${token}`, path, depth);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Reads one member as JSON.stringify would (a getter runs), then checks what it holds. */
function memberNotJson(
  holder: object,
  member: string | number,
  pointer: string,
  path: Set<object>,
  depth: number,
): string | undefined {
  let item: unknown;
  try {
    item = (holder as Record<string | number, unknown>)[member];
  } catch (error) {
    return `${pointer} cannot be read: its getter threw: ${reasonOf(error, pointer)}`;
  }
  return notJson(item, pointer, String(member), path, depth + 1, Array.isArray(holder));
}

/**
 * The error's message with the URLs in it masked, as a quoted value's are. Not shown at all for
 * a credential member's value: a getter or toJSON may name the value it failed on.
 */
function reasonOf(error: unknown, pointer = ''): string {
  if (isCredentialAt(pointer)) return '(its message is not shown: the member holds a credential)';
  return maskUrlString(error instanceof Error ? error.message : String(error));
}
