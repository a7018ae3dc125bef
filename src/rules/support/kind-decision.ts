// The hint of a kind word ("type": "agent") that disagrees with the party beside it (a number in
// "phoneNumber"). Removing the word answers the question one way only, by keeping the number:
// the hint starts with what the author must decide about the party's member, then says what
// each answer asks for, so that deleting the word is not taken for the whole fix.
import { quote } from '../../lint/quote.js';
import { type KindClash } from './kind-contradiction.js';
import { kindOfWord, type PartyKind } from './kind-word.js';
import { memberInProse, TARGET_MEMBERS } from './read-party.js';
import { orList } from './targets.js';

const KINDS: readonly PartyKind[] = ['number', 'user', 'queue'];

/**
 * object: the object holding both; model: its model's name. isSingle: the object names one
 * party only, so another kind's member replaces the one set rather than joining it.
 */
export function decideKindHint(
  object: Readonly<Record<string, unknown>>,
  model: string,
  clash: KindClash,
  isSingle: boolean,
): string {
  const { word, party, partyKind } = clash;
  const said = wordSaid(object, clash);
  const instead = isSingle ? ` in place of ${quote(party)}` : '';
  const other = otherwise(model, clash, kindOfWord(object[word]), instead);
  return `Decide which party is meant: ${quote(party)} holds a ${partyKind} ` +
    `(${quote(object[party])}), but ${said}. If it is the ${partyKind}, remove ${quote(word)}; ` +
    `${other}. Not fixed for you.`;
}

// Where a call's caller goes by its kind. A caller id is a number only: a "from" whose word
// names a user or a queue may mean the queue calling (callFromQueueId) or the user's own
// endpoint, neither of which callerId can say.
const CALLER_PLACES: Readonly<Record<PartyKind, string>> = {
  number: '"callerId"',
  queue: '"callFromQueueId"',
  user: 'the endpoint POST /api/v2/conversations/calls/user/{userId}',
};

/** What the caller's answer asks for, as the word's kind names it. */
function callerAnswer(kind: PartyKind, member: string): string {
  return kind === 'user'
    ? `remove ${quote(member)} and POST to /api/v2/conversations/calls/user/{userId} with the ` +
      'user\'s id'
    : `replace ${quote(member)} with ${CALLER_PLACES[kind]}, holding ${valueOf(kind)}`;
}

/** A "from" holding two different numbers: what it holds, and the answer once one is chosen. */
export interface CallerNumbers {
  held: string;
  answer: string;
}

/**
 * The hint of a call's "from" whose kind word disagrees with the party inside it: it leads with
 * the choice of caller. from: the "from" object; member: its name in the body; moved: the hint
 * for the party as read, the answer when the party is what is meant. several: the numbers of a
 * "from" holding two, whose choice of caller id becomes one answer of the choice of caller.
 */
export function decideCallerHint(
  from: Readonly<Record<string, unknown>>,
  member: string,
  clash: KindClash,
  moved: string,
  several?: CallerNumbers,
): string {
  const { party, partyKind } = clash;
  const wordKind = kindOfWord(from[clash.word]);
  const other = wordKind !== undefined && wordKind !== 'any'
    ? `if a ${wordKind} is meant, ${callerAnswer(wordKind, member)}`
    : `if not, name the caller in its own place (${orList(KINDS.filter((kind) => kind !==
      partyKind).map((kind) => `${CALLER_PLACES[kind]} for a ${kind}`))})`;
  const held = several?.held ??
    `${memberInProse(`${member}.${party}`)} holds a ${partyKind} (${quote(from[party])})`;
  const which = several ? 'one of the numbers' : `the ${partyKind}`;
  const answer = (several?.answer ?? moved).replace(/\.$/, '');
  return `Decide who is calling: ${held}, but ${wordSaid(from, clash)}. If it is ${which}, ` +
    `${answer.charAt(0).toLowerCase()}${answer.slice(1)}; ${other}. Not fixed for you.`;
}

/** What the kind word holds, and why it is no agreement when it names no kind this check knows. */
function wordSaid(object: Readonly<Record<string, unknown>>, clash: KindClash): string {
  const { word } = clash;
  return clash.unread === 'no-word'
    ? `${quote(word)} holds ${quote(object[word])}, which this check cannot read as a kind`
    : `${quote(word)} is ${quote(object[word])}` +
      `${clash.unread === 'unknown-word' ? ', a word not known to name a kind of party' : ''}`;
}

/** What the other answer asks for: the member of the kind the word names, or of any other. */
function otherwise(
  model: string,
  clash: KindClash,
  wordKind: PartyKind | 'any' | undefined,
  instead: string,
): string {
  const members = TARGET_MEMBERS[model] ?? {};
  const remove = `, and remove ${quote(clash.word)}`;
  if (wordKind !== undefined && wordKind !== 'any') {
    const member = members[wordKind];
    return member === undefined ? `${model} has no member for a ${wordKind}`
      : `if a ${wordKind} is meant, put ${valueOf(wordKind)} in ${memberInProse(member)}` +
        `${instead}${remove}`;
  }
  const others = KINDS.filter((kind) => kind !== clash.partyKind && members[kind] !== undefined)
    .map((kind) => `${memberInProse(members[kind]!)} for a ${kind}`);
  return others.length === 0 ? `${model} has no member for another kind of party`
    : `if not, put the party meant in its own member (${orList(others)})${instead}${remove}`;
}

function valueOf(kind: PartyKind): string {
  return kind === 'number' ? 'the number' : `the ${kind}'s id (a UUID)`;
}
