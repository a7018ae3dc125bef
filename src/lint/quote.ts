// Quoting payload values inside messages. Values come from untrusted bodies, so every control
// character is escaped (JSON.stringify does that) and long values are cut, keeping messages one
// line and terminals safe. Invisible characters (a no-break space) are escaped too, here, so
// every message shows them the same way. Credentials are masked here too (mask-credentials.ts):
// a URL's secrets, and the values of members and headers named as credentials, so that no rule,
// reader or hint that quotes a value can show one.
import { escapeInvisible, escapeJsonOutput } from './escape-control.js';
import { isSecretMember, MASK, maskUrlString } from './mask-credentials.js';

const MAX_QUOTE = 60;

export function quote(value: unknown, max = MAX_QUOTE): string {
  let text: string;
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // JSON.parse turns 1e400 into Infinity, which JSON.stringify would print as null.
    text = `a number beyond the double-precision range (${value > 0 ? '' : '-'}1e308 or more)`;
  } else if (typeof value === 'number' && isBeyondSafe(value)) {
    // Beyond 2^53 the parsed double is not the number written (9007199254740993 reads as ...992).
    text = `a number beyond 2^53 (about ${value.toExponential(3)})`;
  } else if (typeof value === 'string') {
    // Only the start is shown: a megabyte value need not be escaped whole. Each character writes
    // at least one, so max + 1 of them still come out longer than max and are cut below.
    const shown = maskUrlString(value);
    text = JSON.stringify(shown.length > max + 1 ? shown.slice(0, max + 1) : shown);
  } else if (value === undefined) {
    text = 'nothing';
  } else {
    text = safeStringify(value);
  }
  // JSON.stringify leaves DEL, the C1 controls and the line separators raw; library users print
  // messages as they are (issue 7).
  text = escapeInvisible(escapeJsonOutput(text));
  if (text.length <= max) return text;
  return `${cutWhole(text, max - 1)}…`;
}

// One unit of quoted text: an escape ("\u00a0", "\n", "\"") or one code point. Lone surrogates
// are escapes already after JSON.stringify.
const UNIT = /\\u[0-9a-fA-F]{4}|\\[^]|[^]/gu;
const SURROGATE = /[\ud800-\udfff]/;

/**
 * The first units of a quoted text that fit in max code points: "aaa\u00a0b" is never cut to
 * "aaa\u0", which reads as a broken escape rather than a no-break space.
 */
function cutWhole(text: string, max: number): string {
  // Most quoted values hold no escape and no astral character where they are cut (issue 6).
  const head = text.slice(0, max);
  if (!head.includes('\\') && !SURROGATE.test(head)) return head;
  const unit = new RegExp(UNIT);
  let count = 0;
  let end = 0;
  for (let match = unit.exec(text); match !== null; match = unit.exec(text)) {
    // An escape is all ASCII, so its length is its code points; a code point is one.
    const size = match[0].startsWith('\\') ? match[0].length : 1;
    if (count + size > max) break;
    count += size;
    end = unit.lastIndex;
  }
  return text.slice(0, end);
}

/**
 * The value a member or header holds, quoted: masked whole when its name marks a credential
 * ("apiKey", "Authorization"), as quote() masks such members inside an object.
 */
export function quoteHeld(name: string, value: unknown, max = MAX_QUOTE): string {
  return quote(isSecretMember(name) ? MASK : value, max);
}

// Pairs as HAR and Postman list headers and parameters: {"name": "Authorization", "value": ...}.
const PAIR_NAMES = ['name', 'key'];

/**
 * Whether an object's member holds a credential as quote() shows it: a member named as one, or
 * the value of a pair that names one ({"name": "Authorization", "value": ...}). A pair's own
 * "name" or "key" is the header's name, and no secret.
 */
function isSecretAt(object: Record<string, unknown>, key: string): boolean {
  if (!Object.hasOwn(object, 'value')) return isSecretMember(key);
  if (key !== 'value') return !PAIR_NAMES.includes(key) && isSecretMember(key);
  const name = PAIR_NAMES.map((pair) => object[pair]).find((held) => typeof held === 'string');
  return typeof name === 'string' && isSecretMember(name);
}

/**
 * JSON text of a value, cut off once it is longer than any message shows. Written by hand
 * because JSON.stringify and String() recurse through the whole value, which overflows the
 * stack on bodies nested hundreds of thousands of levels deep; this stops at the length limit.
 * Credentials in it are masked: members named as one, and the secrets of URLs in strings.
 */
function safeStringify(value: unknown, budget = 200): string {
  let out = '';
  const emit = (node: unknown): void => {
    if (out.length > budget) return;
    if (Array.isArray(node)) {
      out += '[';
      node.forEach((item, i) => {
        if (out.length > budget) return;
        if (i > 0) out += ',';
        emit(item);
      });
      out += ']';
    } else if (node !== null && typeof node === 'object') {
      const object = node as Record<string, unknown>;
      out += '{';
      Object.keys(object).forEach((key, i) => {
        if (out.length > budget) return;
        out += `${i > 0 ? ',' : ''}${JSON.stringify(key)}:`;
        emit(isSecretAt(object, key) ? MASK : object[key]);
      });
      out += '}';
    } else {
      const shown = typeof node === 'string' ? maskUrlString(node) : node;
      out += JSON.stringify(shown) ?? String(shown);
    }
  };
  emit(value);
  return out;
}

function isBeyondSafe(value: number): boolean {
  return Number.isInteger(value) && !Number.isSafeInteger(value);
}

/** The value with its type for messages: 'null', 'a string "x"', 'a list [1,2]'. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' && (!Number.isFinite(value) || isBeyondSafe(value))) return quote(value);
  return `${describeType(value)} ${quote(value)}`;
}

/** A short JSON type name for messages: "a string", "a number", "an object", "nothing", ... */
export function describeType(value: unknown): string {
  if (value === undefined) return 'nothing'; // a member that is absent
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isInteger(value) ? 'an integer' : 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Joins quoted alternatives: "a", "b" or "c". */
export function listAlternatives(values: readonly string[], word = 'or'): string {
  const quoted = values.map((v) => JSON.stringify(v));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${word} ${quoted.at(-1)}`;
}

