// Every fix of a pass is computed on the text before the pass. A fix that depends on a member
// it does not edit (Fix.reads) is wrong beside another fix of the same pass that renames,
// removes or rewrites that member: "CountryCode": "NL" renamed to countryCode while a callback
// number was given its French form, read with --country FR because countryCode was absent. Such
// a fix waits for the next pass, which re-computes it against the member as it then is.
import { joinPointer, parentPointer } from '../lint/pointer.js';
import type { Finding, Fix } from '../lint/types.js';

type Fixable = Finding & { fix: Fix };

/** The offered fixes less those that read a member another offered fix changes. */
export function withoutStaleReads<T extends Fixable>(offered: readonly T[]): T[] {
  if (!offered.some((f) => (f.fix.reads ?? []).length > 0)) return [...offered];
  const changed = offered.map((f) => changedBy(f.fix));
  return offered.filter((finding, index) => {
    const reads = finding.fix.reads ?? [];
    return !changed.some((pointers, other) => other !== index &&
      pointers.some((pointer) => reads.some((read) => isOnOnePath(pointer, read))));
  });
}

/** Where a fix changes the body: each operation's member, and a renamed member's new name. */
function changedBy(fix: Fix): string[] {
  return fix.ops.flatMap((op) => op.op === 'rename-member'
    ? [op.pointer, joinPointer(parentPointer(op.pointer), op.to)] : [op.pointer]);
}

/** Whether one pointer is the other or lies inside it: a change to either touches both. */
function isOnOnePath(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}
