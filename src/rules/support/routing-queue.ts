// A callback names its queue in queueId, in routingData.queueId, or in both (CB-2 of the
// reference). A "to" read as a queue is moved into queueId; beside a routingData that names a
// queue already, that move gave the callback a second queue, and which of two queues routes it
// is documented nowhere. So the hint says which queue routingData holds, and no fix moves the
// "to" (unknown-member-fix.ts): where the two agree the "to" only repeats it, and where they
// differ the choice is the author's.
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import { splitMember } from './dotted-member.js';
import { memberInProse } from './read-party.js';
import { isBlank } from './targets.js';

/** Per model, the members that name the same party as another member inside an object. */
const NAMED_AGAIN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CreateCallbackCommand: { queueId: 'routingData.queueId' },
  CreateCallbackOnConversationCommand: { queueId: 'routingData.queueId' },
};

export interface NamedAgain {
  /** The other name, as "holder.key", and the value the object gives it. */
  name: string;
  held: unknown;
}

/** What the object already gives the other name of `member`, if it gives it anything. */
export function namedAgain(
  model: string,
  object: Readonly<Record<string, unknown>>,
  member: string,
): NamedAgain | undefined {
  const name = NAMED_AGAIN[model]?.[member];
  if (name === undefined) return undefined;
  const { holder, key } = splitMember(name);
  const inside = object[holder];
  if (key === undefined || !isPlainObject(inside) || isBlank(inside[key])) return undefined;
  return { name, held: inside[key] };
}

/** The other name of a member, in prose; the value held under it; whether that is the one moved. */
interface HeldAgain {
  there: string;
  held: unknown;
  isSame: boolean;
}

/** What the object holds under the other name of `real`, compared with the value moved there. */
function heldAgain(
  model: string,
  object: Readonly<Record<string, unknown>>,
  real: string,
  moved: unknown,
): HeldAgain | undefined {
  const again = namedAgain(model, object, real);
  if (again === undefined) return undefined;
  return {
    there: memberInProse(again.name),
    held: again.held,
    // By their JSON, not ===: either may be an object or a list, equal member for member.
    isSame: JSON.stringify(again.held) === JSON.stringify(moved),
  };
}

/**
 * The hint for moving `moved` out of `member` into `real` where the object names that party
 * again elsewhere; undefined where it does not. shown: the value as the hint writes it, which
 * asks for the id where the "to" gives a name.
 */
export function namedAgainHint(
  model: string,
  object: Readonly<Record<string, unknown>>,
  { member, real, moved, shown }: { member: string; real: string; moved: unknown; shown: string },
): string | undefined {
  const again = heldAgain(model, object, real, moved);
  if (again === undefined) return undefined;
  const { there, held } = again;
  if (again.isSame) return `Remove ${quote(member)}: ${there} already holds ${quote(moved)}.`;
  return `${there} already holds ${quote(held)}, and ${quote(member)} names ` +
    `${quote(moved)}: moved into "${real}", it would give the callback two queues, and which ` +
    `one routes it is not documented. Remove ${quote(member)} to keep ${quote(held)}, or ` +
    `write ${shown} in ${there} and remove ${quote(member)}. Not fixed for you: which queue is ` +
    'meant is yours to say.';
}

/**
 * One answer of a choice, after "a queue's", where the object names that party again elsewhere:
 * what the answer would do to the value held there. Undefined where it names it nowhere else.
 */
export function namedAgainAnswer(
  model: string,
  object: Readonly<Record<string, unknown>>,
  { real, moved }: { real: string; moved: unknown },
): string | undefined {
  const again = heldAgain(model, object, real, moved);
  if (again === undefined) return undefined;
  return again.isSame ? `is in ${again.there} already`
    : `goes in ${again.there}, in place of the ${quote(again.held)} held there`;
}
