// What JSON.stringify silently drops or changes in one value of a body, said with the value's
// pointer: the matcher fails on these instead of linting a body the test never wrote. The walk
// over members is to-json-text.ts's; this judges one value.
import { types } from 'node:util';
import { isSecretMember, MASK } from '../lint/mask-credentials.js';
import { splitPointer } from '../lint/pointer.js';

/**
 * Whether the value at the pointer is, or is inside, a member named as a credential: its value
 * is then shown as "***", as every message of the linter shows one (mask-problem.ts).
 */
export function isCredentialAt(pointer: string): boolean {
  return splitPointer(pointer).some((token) => isSecretMember(token));
}

/**
 * Why a value that is no object is not sent as it is, or undefined. `at` names it ("/x");
 * isListItem: it stands in a list, where JSON.stringify writes null for what it drops elsewhere.
 */
export function primitiveDrop(value: unknown, at: string, isListItem: boolean): string | undefined {
  const isSecret = at.startsWith('/') && isCredentialAt(at);
  if (typeof value === 'bigint') {
    const shown = isSecret ? MASK : `${value}n`;
    return `${at} is the BigInt ${shown}, which JSON.stringify cannot write`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return `${at} is ${isSecret ? MASK : value}, which JSON.stringify writes as null`;
  }
  // An optional member left undefined is left out on purpose; the same in a list becomes null.
  const isDropped = typeof value === 'function' || typeof value === 'symbol' ||
    (value === undefined && isListItem);
  if (!isDropped) return undefined;
  const what = value === undefined ? 'undefined' : `a ${typeof value}`;
  return `${at} is ${what}, which JSON.stringify ${isListItem ? 'writes as null' : 'leaves out'}`;
}

/**
 * Why an object without toJSON is not sent as it is, or undefined: its content is no member of
 * its own, which is all JSON.stringify writes, so a Map was sent as {} and a Set of numbers
 * failed as "not a list". A class instance of the caller's own is written by its members, and
 * passes; an object with toJSON (a Date, a Buffer) is judged by what that gives.
 */
export function contentDrop(value: object, at: string): string | undefined {
  // util.types, not instanceof, which fails for an object made in another realm (a vm context).
  if (types.isMap(value)) {
    return `${at} is a Map, which JSON.stringify writes as {}, without its entries ` +
      '(Object.fromEntries(map) makes them members)';
  }
  if (types.isSet(value)) {
    return `${at} is a Set, which JSON.stringify writes as {}, without its items ` +
      '([...set] makes it a list)';
  }
  const isOpaque = types.isWeakMap(value) || types.isWeakSet(value) || types.isRegExp(value) ||
    types.isNativeError(value) || types.isPromise(value) || types.isAnyArrayBuffer(value) ||
    types.isArrayBufferView(value);
  if (!isOpaque) return undefined;
  const kind = Object.prototype.toString.call(value).slice(8, -1);
  // "an Error", "an Int8Array", but "a Uint8Array".
  return `${at} is ${/^[AEIO]/.test(kind) ? 'an' : 'a'} ${kind}, whose content JSON.stringify ` +
    'does not write';
}
