// The hint for an invented "to" whose party this model has no place for: a user on the address
// consult, a number on the queue consult. Suggesting the model's one target member would put a
// value there that is refused again (a number in queueId is invalid-uuid), so the hint names the
// endpoint that takes the party, as the consult and transfer tables in invented-members.ts do.
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { checkedParty } from './checked-party.js';
import { knownReplacement } from './invented-members.js';
import {
  LIST_MEMBERS, memberInProse, pastedMember, type Party, type TargetMembers,
} from './read-party.js';
import type { InventedPlace } from './replacement-hint.js';
import { namedAgainAnswer } from './routing-queue.js';
import { orList } from './targets.js';
import { isUuid } from './uuid.js';

type Kind = 'number' | 'user' | 'queue';

// The member each kind is sent as; the tables explain it where the model has no place for it.
const KIND_MEMBER: Readonly<Record<Kind, string>> = {
  number: 'address', user: 'userId', queue: 'queueId',
};

// The blind transfer to an address has no table entries for the ids; its siblings take them.
const TO_ADDRESS_ELSEWHERE: Partial<Record<Kind, string>> = {
  user: 'a user takes a transfer through POST .../replace/agent',
  queue: 'a queue takes a transfer through POST .../replace/queue',
};
const ELSEWHERE: Readonly<Record<string, Partial<Record<Kind, string>>>> = {
  TransferToAddressRequest: TO_ADDRESS_ELSEWHERE,
  TransferToExternalRequest: TO_ADDRESS_ELSEWHERE,
};

/** Where a kind of party goes when this model has no member for it, if that is known. */
function whereKindGoes(model: string, kind: Kind): string | undefined {
  const fixed = knownReplacement(model, KIND_MEMBER[kind]);
  if (fixed && fixed.use === undefined) return fixed.why;
  return ELSEWHERE[model]?.[kind];
}

/**
 * The hint for a "to" whose party has no member here, or is an id that could be a user's or a
 * queue's: what to decide, never a member the value does not fit. Undefined: the plain hint.
 */
export function elsewhereHint(
  place: InventedPlace,
  party: Party,
  members: TargetMembers,
): string | undefined {
  const { model, member, value } = place;
  if (party.kind !== 'blocked') {
    if (members[party.kind] !== undefined) return undefined;
    const goes = whereKindGoes(model, party.kind);
    return `Remove ${quote(member)}: it names a ${party.kind}, which ${model} cannot take` +
      `${goes ? `; ${goes}` : ''}.`;
  }
  const id = bareId(value);
  if (id === undefined) return undefined;
  // Which of the two the id names decides where it goes; say both answers.
  const answers = (['user', 'queue'] as const).map((kind) => {
    const real = members[kind];
    if (real !== undefined) return answerFor(place, { kind, value: id }, real);
    return whereKindGoes(model, kind) ?? `a ${kind}'s has no place in ${model}`;
  });
  const fitsHere = members.user !== undefined || members.queue !== undefined;
  return `${fitsHere ? 'Replace' : 'Remove'} ${quote(member)} according to whose id ` +
    `${quote(id)} is, which cannot be told from it: ${answers.join('; ')}.`;
}

/**
 * Where the id goes if it is a kind's, as one answer of the choice. A move into an object
 * (a callback's routingData) is checked as a typed "to"'s is, since that object requires members
 * the id does not give (its queueId); a flat member takes the UUID as it is.
 */
function answerFor(
  place: InventedPlace,
  party: { kind: 'user' | 'queue'; value: string },
  real: string,
): string {
  const id = party.value;
  const moved = LIST_MEMBERS.has(real) ? [id] : id;
  const again = namedAgainAnswer(place.model, place.parent, { real, moved });
  if (again !== undefined) return `a ${party.kind}'s ${again}`;
  const answer = `a ${party.kind}'s goes in ${pastedMember(real, quote(moved))}`;
  if (!real.includes('.')) return answer;
  const lead = `a ${party.kind}'s goes in ${memberInProse(real)}`;
  return checkedParty(place, party, { real, moved }, { hint: answer, lead }).replace(/\.$/, '');
}

/** The UUID of a "to" that readParty could not type: a bare id, or {"id": ...} with no type. */
function bareId(value: unknown): string | undefined {
  // An id beside an extension is ambiguous in another way (read-party.ts says which).
  if (isPlainObject(value) && value['extension'] !== undefined) return undefined;
  const held = isPlainObject(value) ? value['id'] : value;
  return typeof held === 'string' && isUuid(held) ? held : undefined;
}

/** The target members, quoted, for a hint that asks for exactly one of them. */
export function quotedChoices(choices: readonly string[]): string {
  return orList(choices.map(memberInProse));
}
