// Where another rule's finding gives way to read-only-member. A member the model marks read-only
// is to be removed, so a finding about its value (wrong-type for 5, empty-value for "",
// invalid-uuid for "conv-1") would ask to correct what read-only-member asks to remove: two
// findings at one place with contradicting advice. While read-only-member is on, it alone speaks
// for the member and whatever it holds; with it off, the other findings come back, so that some
// rule still says what is wrong there.
import type { ObjectVisit } from '../rules/rule.js';
import type { RuleId } from '../rules/rule-ids.js';
import { readOnlyNames } from '../schema/read-only-names.js';
import { isSameOrWithin, joinPointer } from './pointer.js';

// duplicate-key judges the object's text, not the member's value: a second "id" stays a fault
// removing one of them leaves, and its pointers keep the fixer from choosing between the two.
const STANDING: ReadonlySet<RuleId> = new Set(['read-only-member', 'duplicate-key']);

const NONE: readonly string[] = [];

/**
 * The members of the visited object that its model marks read-only, in the object's order: what
 * read-only-member reports, and what this module leaves to it.
 */
export function readOnlyMembersOf({ value, schema }: ObjectVisit): readonly string[] {
  const names = readOnlyNames(schema);
  // Most models mark nothing read-only: a clean body's members are not looked at one by one.
  return names.size === 0 ? NONE : Object.keys(value).filter((member) => names.has(member));
}

/** Pointers of the read-only members the visited objects hold, in the order visited. */
export function readOnlyPlaces(objects: readonly ObjectVisit[]): string[] {
  const places: string[] = [];
  for (const visit of objects) {
    for (const member of readOnlyMembersOf(visit)) places.push(joinPointer(visit.pointer, member));
  }
  return places;
}

/**
 * Whether a finding of the rule at pointer is left to read-only-member, at one of the places
 * `placesOf` gives: asked for only when the rule hands over at all, so that read-only-member's
 * and duplicate-key's own findings never make the body's places be worked out.
 */
export function isLeftToReadOnly(ruleId: RuleId, pointer: string,
  placesOf: () => readonly string[]): boolean {
  if (STANDING.has(ruleId)) return false;
  const places = placesOf();
  return places.length > 0 && places.some((place) => isSameOrWithin(pointer, place));
}
