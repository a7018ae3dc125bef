// A party read from an invented "to" or "from" is moved into the member that names such a party,
// and both unknown-field and missing-target suggest that move. "tel:abc" is read as a number, but
// phoneNumber refuses "abc": the move is checked there before it is suggested.
import { checkedMove, nested, renamed } from './checked-move.js';
import { splitMember } from './dotted-member.js';
import { asksForId, type Party } from './read-party.js';
import type { InventedPlace } from './replacement-hint.js';

/**
 * The hint as written when the member takes the party, else what it takes, after lead. A name
 * where an id goes is asked for as the id already (shownIn), so that hint stands.
 * real: the member, or "holder.key" inside another object; moved: the value as it lands there.
 */
export function checkedParty(
  place: InventedPlace,
  party: Exclude<Party, { kind: 'blocked' }>,
  { real, moved }: { real: string; moved: unknown },
  { hint, lead }: { hint: string; lead: string },
): string {
  if (asksForId(party)) return hint;
  const { holder, key } = splitMember(real);
  const parent = key === undefined ? renamed(place.parent, place.member, real, moved)
    : nested(place.parent, [place.member], holder, { [key]: moved });
  return checkedMove(place, { parent, use: holder, named: key ?? real }, hint, lead);
}
