// Which members a schema node marks read-only (readOnly, copied from the reference's models).
// Asked through src/lint/read-only-places.ts, by read-only-member and by the lint core, which
// leaves such a member to that rule.
import type { SchemaNode } from './schema-types.js';

// Per schema node, as the schemas are loaded once and shared by every body a run lints.
const READ_ONLY = new WeakMap<SchemaNode, ReadonlySet<string>>();

/** The names of the members a schema node marks read-only. */
export function readOnlyNames(schema: SchemaNode): ReadonlySet<string> {
  let names = READ_ONLY.get(schema);
  if (names === undefined) {
    names = new Set(Object.entries(schema.properties ?? {})
      .filter(([, property]) => property.readOnly === true).map(([name]) => name));
    READ_ONLY.set(schema, names);
  }
  return names;
}
