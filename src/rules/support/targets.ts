// Counting the members that name a party (x-targets in our schemas), shared by missing-target
// and conflicting-targets. Empty strings and empty lists never count (labelling rule 2); a value
// of the wrong type still counts, since its sender meant it as a target.
import type { ObjectVisit } from '../rule.js';
import type { TargetSpec } from '../../schema/schema-types.js';

export function presentTargets(object: ObjectVisit, spec: TargetSpec): string[] {
  return spec.members.filter((member) => {
    if (!Object.prototype.hasOwnProperty.call(object.value, member)) return false;
    const value = object.value[member];
    if (value === '' || value === null || value === undefined) return false;
    return !(Array.isArray(value) && value.length === 0);
  });
}

export function orList(members: readonly string[]): string {
  if (members.length <= 1) return members.join('');
  return `${members.slice(0, -1).join(', ')} or ${members.at(-1)}`;
}
