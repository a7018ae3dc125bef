// Whether an invented "to"/"from" shape can be replaced by its real member without losing or
// guessing anything: the shape holds nothing but words naming its kind and one number or id,
// and those words do not contradict what read-party.ts made of it ("type": "agent" beside a
// phone number could mean the agent's own line, so such a shape is left to its author).
import { isPlainObject } from '../../lint/walk-model.js';
import { kindOfWord } from './kind-word.js';
import { isKindMember, type Party } from './read-party.js';

// The members read-party.ts reads; any other member holds something the real model would lose.
// Kind members are read in any spelling ("address_type"), as isKindMember reads them.
const VALUE_MEMBERS = new Set([
  'phoneNumber', 'number', 'phone', 'address', 'extension', 'id', 'userId', 'queueId', 'agentId',
]);

// Invented shapes are a level or two deep; deeper ones are not translated.
const MAX_DEPTH = 4;

interface Inventory {
  /** Non-empty number or id values found. */
  values: number;
  /** Lower-cased kind words (type, addressType, ...). */
  kinds: string[];
}

/**
 * True when the shape says exactly one thing, and says it without contradicting its kind.
 * alsoValues: members that hold the value in this shape besides the usual ones (a call's "from"
 * holds its number in "callerId" or "callerIdNumber" as well).
 */
export function isPlainParty(
  value: unknown,
  party: Exclude<Party, { kind: 'blocked' }>,
  alsoValues: readonly string[] = [],
): boolean {
  const found = inventory(value, 0, alsoValues);
  if (!found || found.values !== 1) return false;
  // A word for a number beside an id is not read as contradicting it, as before compounds.
  const contradicting = (word: string) => {
    const kind = kindOfWord(word);
    return (kind === 'user' || kind === 'queue') && kind !== party.kind;
  };
  return !found.kinds.some(contradicting);
}

function inventory(
  value: unknown,
  depth: number,
  alsoValues: readonly string[],
): Inventory | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (typeof value === 'string') return { values: value === '' ? 0 : 1, kinds: [] };
  if (Array.isArray(value)) {
    return value.length === 1 ? inventory(value[0], depth + 1, alsoValues) : undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const found: Inventory = { values: 0, kinds: [] };
  for (const [key, member] of Object.entries(value)) {
    if (isKindMember(key) && typeof member === 'string') {
      found.kinds.push(member.toLowerCase());
    } else if (key === 'address' && isPlainObject(member)) {
      const inner = inventory(member, depth + 1, alsoValues);
      if (!inner) return undefined;
      found.values += inner.values;
      found.kinds.push(...inner.kinds);
    } else if ((VALUE_MEMBERS.has(key) || alsoValues.includes(key)) && typeof member === 'string') {
      if (member !== '') found.values++;
    } else {
      return undefined;
    }
  }
  return found;
}
