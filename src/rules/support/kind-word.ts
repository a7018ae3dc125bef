// The words that name a kind of party ("agent", "PSTN", "ACD queue"), read one way by every check
// that meets one: the reading of a "to" (read-party.ts) and the check that a word beside a party
// agrees with it (kind-contradiction.ts). Two readings drifted apart once, so that "ACD queue"
// agreed with a queue beside it but was not enough to say whose id a "to" held.

export type PartyKind = 'number' | 'user' | 'queue';

// Words that name a kind of party ("phone", "PSTN", "user") or only a voice call ("audio").
const KIND_WORDS: ReadonlyMap<string, PartyKind | 'any'> = new Map([
  ...['phone', 'phonenumber', 'number', 'pstn', 'tel', 'telephone', 'e164', 'external', 'address',
    'mobile', 'cell', 'landline', 'dial'].map((word) => [word, 'number'] as const),
  ...['user', 'agent', 'internal'].map((word) => [word, 'user'] as const),
  ...['queue', 'acd'].map((word) => [word, 'queue'] as const),
  ...['telephony', 'outbound', 'call', 'calls', 'voice', 'audio'].map((word) => [word, 'any'] as const),
]);

/** A word or member name as the kind checks compare it: lower case, no spaces, _ . or -. */
export function foldWord(text: string): string {
  return text.toLowerCase().replace(/[ _.-]/g, '');
}

/**
 * The kind a word names ("PSTN", "Agent", "phone_number"), if it names one. A compound of known
 * words names one too when its words agree ("Mobile Number", "cell phone", "outbound call"); one
 * holding a word not known ("callback number") or words that disagree ("agent phone") names none.
 */
export function kindOfWord(value: unknown): PartyKind | 'any' | undefined {
  if (typeof value !== 'string') return undefined;
  const folded = foldWord(value);
  // A few words at most: a longer text is no kind word, and is not split (nor recursed through).
  if (folded.length > MAX_COMPOUND) return undefined;
  const readings = readingsFrom(folded, 0, new Map());
  const [only] = readings;
  return readings.size === 1 && only !== 'disagree' ? only : undefined;
}

const MAX_COMPOUND = 48;

type Reading = PartyKind | 'any' | 'disagree';

/**
 * What folded.slice(start) reads as, split into known words in every way it splits: separators
 * are gone once folded, so "mobilephone" reads as "mobile phone" does. A word naming only a call
 * ("call") gives way to one naming a party; two parties of different kinds disagree. seen holds
 * each start's readings, so no tail is read twice.
 */
function readingsFrom(folded: string, start: number, seen: Map<number, Set<Reading>>): Set<Reading> {
  const known = seen.get(start);
  if (known) return known;
  const readings = new Set<Reading>();
  for (let end = start + 1; end <= folded.length; end++) {
    const kind = KIND_WORDS.get(folded.slice(start, end));
    if (kind === undefined) continue;
    if (end === folded.length) readings.add(kind);
    else for (const rest of readingsFrom(folded, end, seen)) readings.add(joined(kind, rest));
  }
  seen.set(start, readings);
  return readings;
}

function joined(kind: PartyKind | 'any', rest: Reading): Reading {
  if (kind === 'any' || kind === rest) return rest;
  return rest === 'any' ? kind : 'disagree';
}
