// Counting the members that name a party (x-targets in our schemas), shared by missing-target
// and conflicting-targets. Empty strings and empty lists never count (labelling rule 2), nor does
// a list holding only empty strings ([""] names no conversation to merge, rule 4); a value of the
// wrong type still counts, since its sender meant it as a target. A participants entry that
// names nobody still makes its list count: that entry gets its own missing-target (the labelled
// calls-participants-* cases).
import { quote } from '../../lint/quote.js';
import type { ObjectVisit } from '../rule.js';
import type { TargetSpec } from '../../schema/schema-types.js';

export function presentTargets(object: ObjectVisit, spec: TargetSpec): string[] {
  return spec.members.filter((member) => {
    if (!Object.prototype.hasOwnProperty.call(object.value, member)) return false;
    return !isBlank(object.value[member]);
  });
}

/** "", null, an empty list, or a list of nothing else. */
export function isBlank(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return Array.isArray(value) && value.every((entry) => entry === '' || entry === null);
}

export function orList(members: readonly string[]): string {
  if (members.length <= 1) return members.join('');
  return `${members.slice(0, -1).join(', ')} or ${members.at(-1)}`;
}

/**
 * "a, b and c". When the last item itself offers a choice ("x or y"), a comma before "and" keeps
 * it apart from the list: "a, b, and x or y".
 */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items.at(-1)!;
  return `${items.slice(0, -1).join(', ')}${last.includes(' or ') ? ',' : ''} and ${last}`;
}

/** "a" and "b": member names as a hint lists them. */
export const quotedNames = (names: readonly string[]): string =>
  names.map((name) => quote(name)).join(' and ');
