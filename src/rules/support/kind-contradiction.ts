// A word naming the kind of party ("type": "agent") beside a member that names a party of
// another kind (a number). The two disagree, and "agent" may mean the agent's own line: every fix
// that would settle it (removing the word, or moving the number into the target member the word
// contradicts) is left to the author, whether the number is already in its real member, in an
// unknown one ("number", "phone", "to") or in one a fix of the same pass would rename. A word
// this check does not know ("callback") is no agreement either: what it means is anyone's guess.
import { quote } from '../../lint/quote.js';
import { nearest } from '../../lint/suggest.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { knownReplacement, type Replacement } from './invented-members.js';
import { kindOfWord, type PartyKind } from './kind-word.js';
import { isKindMember, readParty, TARGET_MEMBERS, type TargetMembers } from './read-party.js';
import { isBlank } from './targets.js';

export interface KindClash {
  /** The member holding the word, and the member naming a party of another kind. */
  word: string;
  party: string;
  partyKind: PartyKind;
  /**
   * Why the word cannot be read as agreeing, when it names no kind: it is no string (["agent"],
   * {"name": "agent"}), or a string naming none this check knows ("callback", "frobnicate").
   */
  unread?: 'no-word' | 'unknown-word';
}

/**
 * Whether the member, a kind word or a party, disagrees with another member of its object.
 * properties: the model's own members, whose targets are read by name.
 */
export function kindClashOf(
  object: Readonly<Record<string, unknown>>,
  model: string,
  properties: Readonly<Record<string, unknown>>,
  member: string,
  numberKeys: readonly string[] = [],
): KindClash | undefined {
  const targets = TARGET_MEMBERS[model] ?? {};
  const kindOf = (key: string) => numberKeys.includes(key)
    ? numberIn(object[key])
    : partyKindOf(object, model, properties, targets, key);
  const isOwn = (key: string) =>
    Object.keys(properties).some((name) => name.toLowerCase() === key.toLowerCase());
  // Every word counts, known or not: only a known one can agree with the party beside it.
  const words = Object.keys(object).filter((key) => isKindMember(key) && !isOwn(key) &&
    !isBlank(object[key]));
  const clashes = (word: string, key: string): KindClash | undefined => {
    const wordKind = kindOfWord(object[word]);
    const partyKind = kindOf(key);
    if (partyKind === undefined || wordKind === 'any' || wordKind === partyKind) return undefined;
    const unread = typeof object[word] === 'string' ? 'unknown-word' : 'no-word';
    return { word, party: key, partyKind, ...(wordKind === undefined ? { unread } : {}) };
  };
  if (words.includes(member)) {
    return firstOf(Object.keys(object).filter((key) => !isKindMember(key)),
      (key) => clashes(member, key));
  }
  return isKindMember(member) ? undefined : firstOf(words, (word) => clashes(word, member));
}

/**
 * A clash inside an invented party ({"to": {"type": "user", "phoneNumber": "+1..."}}): its word
 * and the party it holds disagree as they would side by side in the body, read with the names
 * model gives invented members, so neither the move nor the message may settle it.
 * numberKeys: members read as the number they hold whatever model makes of their name (a call's
 * "from" holds its number in "callerIdNumber", which the body would take as no party).
 */
export function clashWithin(
  value: unknown,
  model: string,
  numberKeys: readonly string[] = [],
): KindClash | undefined {
  if (!isPlainObject(value)) return undefined;
  return firstOf(Object.keys(value).filter(isKindMember),
    (word) => kindClashOf(value, model, {}, word, numberKeys));
}

/** 'number' when the value reads as a number, as a caller's number member must hold one. */
function numberIn(value: unknown): PartyKind | undefined {
  if (value === undefined || isBlank(value)) return undefined;
  return readParty(value).kind === 'number' ? 'number' : undefined;
}

/**
 * What stops the move of an invented party (parent[member]), as unknown-field's hint of it says:
 * a word inside it, then one beside it, that disagrees with it.
 */
export function clashNotes(
  parent: Readonly<Record<string, unknown>>,
  model: string,
  properties: Readonly<Record<string, unknown>>,
  member: string,
): string[] {
  const notes: string[] = [];
  const within = clashWithinNote(parent[member], model);
  if (within !== undefined) notes.push(within);

  const beside = kindClashOf(parent, model, properties, member);
  if (beside) notes.push(describeClash(parent, beside));
  return notes;
}

/** What disagrees inside an invented party (clashWithin), said; undefined when nothing does. */
export function clashWithinNote(value: unknown, model: string): string | undefined {
  const clash = clashWithin(value, model);
  return clash && isPlainObject(value) ? describeClash(value, clash) : undefined;
}

/** Says what disagrees, for the hint of a finding left unfixed for it. */
export function describeClash(object: Readonly<Record<string, unknown>>, clash: KindClash): string {
  const verdict = VERDICTS[clash.unread ?? 'contradicts'];
  return `Not fixed for you: ${quote(clash.word)} is ${quote(object[clash.word])}, ${verdict} ` +
    `${quote(clash.party)}, holding a ${clash.partyKind} (${quote(object[clash.party])}); ` +
    'decide which party is meant.';
}

// A kind member holding no string (["agent"], {"name": "agent"}, 1) may well name a kind, just
// not in a form this check reads; one holding a word it does not know may mean another party, or
// another endpoint ("callback"). Neither can be taken as agreeing with the party beside it.
const VERDICTS: Readonly<Record<NonNullable<KindClash['unread']> | 'contradicts', string>> = {
  contradicts: 'which contradicts',
  'no-word': 'which is no word and may name another kind of party than',
  'unknown-word': 'a word not known to name a kind of party, so it may mean another party than',
};

/**
 * The kind of party a member names: a target member set by name, or an unknown one whose value
 * reads as a party ("+1 317 ...", {"userId": ...}) or that a fix renames into a target member.
 * A call's "from" names the calling side, never the target.
 */
function partyKindOf(
  object: Readonly<Record<string, unknown>>,
  model: string,
  properties: Readonly<Record<string, unknown>>,
  targets: TargetMembers,
  key: string,
): PartyKind | undefined {
  const byName = (name: string | undefined) =>
    (Object.keys(targets) as PartyKind[]).find((kind) => targets[kind] === name);
  const value = object[key];
  if (value === undefined || isBlank(value)) return undefined;
  if (Object.hasOwn(properties, key)) return byName(key);
  if (key.toLowerCase() === 'from' && model === 'CreateCallRequest') return undefined;
  const replacement = knownReplacement(model, key);
  if (isNoParty(key, replacement, properties, targets)) return undefined;
  const party = readParty(typeof value === 'number' ? String(value) : value);
  if (party.kind !== 'blocked') return party.kind;
  return byName(replacement?.use);
}

/**
 * Whether an unknown member's name says it holds no party, whatever its value reads as: "uui"
 * is uuiData, "data" custom data, "callerID" a near miss of callerId, "scriptId" the id of
 * something else. Their digits ("uui": "12345") are no number to call, and a kind word beside
 * them stopped their rename as if one were moved. replacement: what the tables say of it.
 */
function isNoParty(
  key: string,
  replacement: Replacement | undefined,
  properties: Readonly<Record<string, unknown>>,
  targets: TargetMembers,
): boolean {
  const lower = key.toLowerCase();
  if (lower === 'to' || lower === 'target') return false;
  const isTarget = (name: string) =>
    Object.values(targets).some((real) => real === name || real.startsWith(`${name}.`));
  // "provider" or "agentId" becomes nothing the body takes, so no target either.
  if (replacement !== undefined) return replacement.use === undefined || !isTarget(replacement.use);
  const near = nearest(key, Object.keys(properties));
  if (near !== undefined) return !isTarget(near);
  return ID_NAME.test(key);
}

// An id's name, camel case or separated ("scriptId", "contact_id", "IDs"), as the ids of a user
// or queue are not: those the tables rename (userId, queueId) are read above.
const ID_NAME = /(?:^|[^A-Za-z])(?:id|ID|Id)s?$|[a-z0-9]I[dD]s?$/;

function firstOf<T, R>(items: readonly T[], pick: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const found = pick(item);
    if (found !== undefined) return found;
  }
  return undefined;
}
