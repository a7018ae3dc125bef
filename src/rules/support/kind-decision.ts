// The hint of a kind word ("type": "agent") that disagrees with the party beside it (a number in
// "phoneNumber"). Removing the word answers the question one way only, by keeping the number:
// the hint starts with what the author must decide about the party's member, then says what
// each answer asks for, so that deleting the word is not taken for the whole fix.
import { quote } from '../../lint/quote.js';
import { kindOfWord, type KindClash, type PartyKind } from './kind-contradiction.js';
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
  const said = clash.unread === 'no-word'
    ? `${quote(word)} holds ${quote(object[word])}, which this check cannot read as a kind`
    : `${quote(word)} is ${quote(object[word])}` +
      `${clash.unread === 'unknown-word' ? ', a word not known to name a kind of party' : ''}`;
  const instead = isSingle ? ` in place of ${quote(party)}` : '';
  const other = otherwise(model, clash, kindOfWord(object[word]), instead);
  return `Decide which party is meant: ${quote(party)} holds a ${partyKind} ` +
    `(${quote(object[party])}), but ${said}. If it is the ${partyKind}, remove ${quote(word)}; ` +
    `${other}. Not fixed for you.`;
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
