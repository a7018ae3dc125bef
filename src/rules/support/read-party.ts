// Reads the invented "to"/"from" shapes that tutorials and forums circulate and works out which
// real member they stand for. A shape that lacks a type where one is needed, is a bare string,
// or mixes id and extension cannot be translated mechanically; the reason is returned instead.
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { analysePhone, isNumeric } from '../../phone/analyse-phone.js';
import { splitMember } from './dotted-member.js';
import { foldWord, kindOfWord } from './kind-word.js';
import { isBlank } from './targets.js';
import { idWanted } from './uuid.js';

export type Party =
  | { kind: 'number'; value: string; note?: string }
  | { kind: 'user'; value: string; note?: string }
  | { kind: 'queue'; value: string; note?: string }
  // jsonNumber: a number written as a JSON number ({"number": 13175550142}). It names a number,
  // but not in the string form every number member takes, so no fix moves it; hints quote it.
  | { kind: 'blocked'; why: string; jsonNumber?: number };

/** Members that hold a word naming the kind of party, in the shapes tutorials invent; folded. */
const KIND_MEMBERS: ReadonlySet<string> = new Set(['type', 'addresstype', 'kind', 'targettype']);

/**
 * Whether a member names the kind of party, in any letter case and with any separators ("Type",
 * "addresstype", "address_type"), as invented members are matched elsewhere (knownReplacement):
 * a word the checks missed for its spelling let the number beside it be moved into the member
 * the word contradicts.
 */
export function isKindMember(member: string): boolean {
  return KIND_MEMBERS.has(foldWord(member));
}

// Invented shapes are a level or two deep; anything deeper is not a party description, and the
// limit keeps absurdly nested input from exhausting the stack.
const MAX_DEPTH = 8;

export function readParty(value: unknown, depth = 0): Party {
  if (depth > MAX_DEPTH) return { kind: 'blocked', why: 'it is nested too deeply to describe a party' };
  if (typeof value === 'string') return readBareString(value);
  if (Array.isArray(value)) {
    if (value.length === 1) return readParty(value[0], depth + 1);
    return {
      kind: 'blocked',
      why: value.length === 0
        ? 'it is an empty list'
        : `it lists ${value.length} parties, but one request has one target (a conference of ` +
          'several parties is participants, a list of {address | userId | queueId})',
    };
  }
  if (isNumberLike(value)) return numberBlocked(value);
  if (!isPlainObject(value)) return { kind: 'blocked', why: `it is ${quote(value)}` };
  return readObject(value, depth);
}

function readBareString(value: string): Party {
  if (isPhoneLike(value)) {
    const note = isSipLike(value) ? 'a SIP address, which goes where a number would' : undefined;
    return { kind: 'number', value: stripTel(value), ...(note ? { note } : {}) };
  }
  const why = analysePhone(value).isUuid
    ? 'it is a bare string with no type, so its id could be a user or a queue'
    : 'it is a bare string that is neither a number nor a typed id';
  return { kind: 'blocked', why };
}

function readObject(shape: Record<string, unknown>, depth: number): Party {
  if (depth > MAX_DEPTH) return { kind: 'blocked', why: 'it is nested too deeply to describe a party' };
  const typeWord = firstString(shape, Object.keys(shape).filter(isKindMember))?.toLowerCase();
  const hasKindMember = Object.keys(shape).some((key) => isKindMember(key) && !isBlank(shape[key]));
  const untyped = typeWord === undefined && !hasKindMember ? 'it has no type, but ' : '';
  const userId = firstString(shape, ['userId']);
  const queueId = firstString(shape, ['queueId']);
  if (userId !== undefined) return { kind: 'user', value: userId };
  if (queueId !== undefined) return { kind: 'queue', value: queueId };
  if (shape['id'] !== undefined && shape['extension'] !== undefined) {
    return { kind: 'blocked', why: 'it mixes "id" and "extension", so the party is ambiguous' };
  }
  const nested = isPlainObject(shape['address']) ? readObject(shape['address'], depth + 1) : undefined;
  if (nested && nested.kind !== 'blocked') return nested;
  // Two members with two different numbers ({"address": a, "phoneNumber": b}): taking the first
  // would call one of them on the strength of key order.
  const numbers = NUMBER_KEYS.filter((key) => typeof shape[key] === 'string' &&
    isPhoneLike(shape[key] as string));
  const differing = numbers.find((key) => comparable(shape[key] as string) !==
    comparable(shape[numbers[0]!] as string));
  if (differing !== undefined) {
    return { kind: 'blocked', why: `it holds two different numbers, ${quote(shape[numbers[0]!])} ` +
      `in ${quote(numbers[0])} and ${quote(shape[differing])} in ${quote(differing)}, and which one ` +
      'to call is yours to choose' };
  }
  const address = firstString(shape, [...NUMBER_KEYS, 'extension']);
  const id = firstString(shape, ['id']) ?? (address && analysePhone(address).isUuid ? address : undefined);
  // Read as the kind checks read it, compounds too: "ACD queue" says whose id this is.
  const idKind = id === undefined ? undefined : kindOfWord(typeWord);
  if (id && (idKind === 'user' || idKind === 'queue')) return { kind: idKind, value: id };
  if (address !== undefined && isPhoneLike(address)) {
    const what = isSipLike(address) ? 'SIP address' : 'number';
    const note = `${untyped}its ${what} is ${quote(address)}`;
    return { kind: 'number', value: stripTel(address), note };
  }
  const agentId = firstString(shape, ['agentId']);
  if (agentId !== undefined) return { kind: 'user', value: agentId };
  if (id !== undefined) {
    return {
      kind: 'blocked',
      why: typeWord
        ? `its type ${quote(typeWord)} does not say whether ${quote(id)} is a user or a queue`
        : `it has no type, so ${quote(id)} could be a user or a queue id`,
    };
  }
  const numeric = NUMBER_KEYS.find((key) => isNumberLike(shape[key]));
  if (numeric !== undefined) return numberBlocked(shape[numeric] as number);
  if (nested?.kind === 'blocked' && nested.jsonNumber !== undefined) return nested;
  return { kind: 'blocked', why: 'it names no number, user or queue' };
}

// A whole positive number, as a phone number sent without quotes is; 0 or 1.5 names nothing.
// Past 2^53 its digits are already rounded by parsing, so a hint could not quote them as written.
function isNumberLike(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function numberBlocked(value: number): Party {
  return { kind: 'blocked', why: `its number ${value} is a JSON number, not a string`,
    jsonNumber: value };
}

export const NUMBER_KEYS = ['phoneNumber', 'number', 'phone', 'address'];

/** Whether two written numbers are one: "+1 317 555 0142" and "tel:+13175550142" are. */
export function isSameNumber(one: string, other: string): boolean {
  return comparable(one) === comparable(other);
}

/** A number as its digits, so that "+1 317 555 0142" and "tel:+13175550142" are one number. */
function comparable(value: string): string {
  return analysePhone(stripTel(value)).compact;
}

function firstString(shape: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = shape[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

function isPhoneLike(value: string): boolean {
  const phone = analysePhone(value);
  return phone.uriScheme !== undefined || (isNumeric(phone.compact) && phone.compact.length >= 3);
}

/** sip:, sips: or user@host: an address, never rewritten by a fix (README, "Never fixed"). */
export function isSipLike(value: string): boolean {
  const scheme = analysePhone(value).uriScheme;
  return scheme !== undefined && scheme !== 'tel';
}

/**
 * A party's value as a hint shows it moved into `member`: quoted, in brackets for a list, or,
 * for a user or queue "id" that is no UUID (a name, most often), a request for the real id.
 */
export function shownIn(party: Exclude<Party, { kind: 'blocked' }>, member: string): string {
  if (asksForId(party)) return idWanted(party.kind, party.value);
  return LIST_MEMBERS.has(member) ? `[${quote(party.value)}]` : quote(party.value);
}

/**
 * A member and the value shown for it, as JSON to paste: "holder.key" is written as the object
 * it is ("destination": {"address": ...}), since a key with a dot in it is another, unknown one.
 */
export function pastedMember(member: string, shown: string): string {
  const { holder, key } = splitMember(member);
  return key === undefined ? `"${member}": ${shown}` : `"${holder}": {"${key}": ${shown}}`;
}

/** A member named in a sentence: "holder.key" as the key inside its holder. */
export function memberInProse(member: string): string {
  const { holder, key } = splitMember(member);
  return key === undefined ? `"${member}"` : `"${key}" inside "${holder}"`;
}

/**
 * A member named in a message, which names real members bare: "holder.key" as "key inside
 * holder", since a message read "use destination.address" as if the dot were part of the name.
 */
export function memberInMessage(member: string): string {
  const { holder, key } = splitMember(member);
  return key === undefined ? member : `${key} inside ${holder}`;
}

/** Whether a user or queue is named by something other than a UUID, so a hint asks for the id. */
export function asksForId(party: Exclude<Party, { kind: 'blocked' }>): boolean {
  return party.kind !== 'number' && !analysePhone(party.value).isUuid;
}

function stripTel(value: string): string {
  return value.trim().replace(/^tel:/i, '');
}

/** Where each kind of party goes, per model that can name one; a kind left out has no place. */
export type TargetMembers = Partial<Record<'number' | 'user' | 'queue', string>>;

// A callback calls back numbers; a user is a preferred agent, a queue routes it.
const CALLBACK_TARGETS: TargetMembers = {
  number: 'callbackNumbers',
  user: 'routingData.preferredAgentIds',
  queue: 'queueId',
};

export const TARGET_MEMBERS: Readonly<Record<string, TargetMembers>> = {
  CreateCallRequest: { number: 'phoneNumber', user: 'callUserId', queue: 'callQueueId' },
  Destination: { number: 'address', user: 'userId', queue: 'queueId' },
  Participant: { number: 'address', user: 'userId', queue: 'queueId' },
  TransferRequest: { number: 'address', user: 'userId', queue: 'queueId' },
  ConsultTransfer: { number: 'destination.address', user: 'destination.userId', queue: 'destination.queueId' },
  CallCommand: { number: 'callNumber' },
  ConsultTransferToAgent: { user: 'userId' },
  ConsultTransferToQueue: { queue: 'queueId' },
  ConsultTransferToExternal: { number: 'address' },
  ConsultTransferToAddress: { number: 'address' },
  TransferToAgentRequest: { user: 'userId' },
  TransferToQueueRequest: { queue: 'queueId' },
  TransferToExternalRequest: { number: 'address' },
  TransferToAddressRequest: { number: 'address' },
  MandatoryPostCallActionInput: { number: 'destination' },
  CreateCallbackCommand: CALLBACK_TARGETS,
  CreateCallbackOnConversationCommand: CALLBACK_TARGETS,
};

/** Members that hold a list, so a single value moved into them needs brackets. */
export const LIST_MEMBERS = new Set(['callbackNumbers', 'routingData.preferredAgentIds']);
