// Hints that move a value into another object or list (nest, entry) or recode a flag: when that
// member is already in the body, writing it again as the hint shows would repeat a key or
// overwrite what is there. These say to add to what is there, or that the member is set already.
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import type { TargetSpec } from '../../schema/schema-types.js';
import { checkedMove } from './checked-move.js';
import type { InventedPlace } from './replacement-hint.js';
import { secondTargetHint } from './taken-member.js';
import { presentTargets } from './targets.js';

function has(object: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** moved: the value as it goes inside `use` under `key` (the id alone for a wrap-up code). */
export function nestTakenHint(
  place: InventedPlace,
  use: string,
  key: string,
  moved: unknown,
  /** The targets of the object `use` holds, where it may name only one (a consult's destination). */
  targets?: TargetSpec,
): string | undefined {
  const { member, parent } = place;
  if (!has(parent, use)) return undefined;
  const held = parent[use];
  if (!isPlainObject(held)) {
    return `"${use}" is already there, holding ${quote(held)}: make it an object holding ` +
      `${quote(key)}: ${quote(moved)}, and remove ${quote(member)}.`;
  }
  // {"destination": {"address": ...}, "userId": ...}: added there, it would be a second target.
  const set = targets && targets.mode !== 'at-least-one' && targets.members.includes(key)
    ? presentTargets({ pointer: '', value: held, schema: {}, model: '' }, targets) : [];
  if (set.length > 0 && !set.includes(key)) {
    return secondTargetHint(member, set, { real: key, shown: quote(moved) }, use);
  }
  if (!has(held, key)) {
    // Checked there as the hint leaves it: "tel:abc" read from "to" is no address either.
    const kept = Object.fromEntries(Object.entries(parent).filter(([name]) => name !== member));
    const added = { ...kept, [use]: { ...held, [key]: moved } };
    const hint = `Add ${quote(key)}: ${quote(moved)} inside the existing "${use}", and remove ` +
      `${quote(member)}.`;
    return checkedMove(place, { parent: added, use, named: key }, hint,
      `Remove ${quote(member)} and add ${quote(key)} inside the existing "${use}"`);
  }
  if (JSON.stringify(held[key]) === JSON.stringify(moved)) {
    return `Remove ${quote(member)}: "${use}" already holds ${quote(key)}: ${quote(moved)}.`;
  }
  return `"${use}" already sets ${quote(key)} to ${quote(held[key])}: remove ${quote(member)}, ` +
    `or replace that value with ${quote(moved)} and remove ${quote(member)}.`;
}

/** entry: the entry the value becomes, as the hint writes it ({"address": "+1..."}). */
export function entryTakenHint(place: InventedPlace, use: string, entry: string): string | undefined {
  const { member, parent } = place;
  if (!has(parent, use)) return undefined;
  if (!Array.isArray(parent[use])) {
    return `"${use}" is already there, holding ${quote(parent[use])}: make it a list holding ` +
      `${entry}, and remove ${quote(member)}.`;
  }
  return `Add ${entry} as an entry to the existing "${use}" list, and remove ${quote(member)}.`;
}

/** wanted: the value the real member takes when the flag is true ("disconnected"). */
export function flagTakenHint(place: InventedPlace, use: string, wanted: string): string | undefined {
  const { member, parent } = place;
  if (!has(parent, use)) return undefined;
  if (parent[use] === wanted) return `Remove ${quote(member)}: "${use}" already holds ${quote(wanted)}.`;
  return `"${use}" is already there, holding ${quote(parent[use])}: remove ${quote(member)}, ` +
    `or set "${use}" to ${quote(wanted)} instead and remove ${quote(member)}.`;
}
