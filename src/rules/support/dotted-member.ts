// A target inside another object is named "holder.key" in TARGET_MEMBERS ("destination.address"
// on a consult, "routingData.preferredAgentIds" on a callback). One reading of such a name serves
// every hint that writes it out and every check that looks it up in the schema.
import { deref } from '../../schema/registry.js';
import type { SchemaNode } from '../../schema/schema-types.js';

export interface DottedMember {
  /** The member of the body itself: "destination", or the whole name when it has no dot. */
  holder: string;
  /** The member inside the holder ("address"); undefined for a member of the body itself. */
  key: string | undefined;
}

export function splitMember(member: string): DottedMember {
  const [holder = member, key] = member.split('.');
  return { holder, key };
}

/** The model of the object a "holder.key" member sits in: its holder's schema, dereferenced. */
export function holderModel(
  schema: SchemaNode,
  root: SchemaNode | undefined,
  holder: string,
): SchemaNode | undefined {
  const node = schema.properties?.[holder];
  return node && root ? deref(node, root) : undefined;
}

/** The schema of a member of the model schema describes, "holder.key" included. */
export function memberNode(
  schema: SchemaNode,
  root: SchemaNode | undefined,
  member: string,
): SchemaNode | undefined {
  const { holder, key } = splitMember(member);
  return key === undefined ? schema.properties?.[holder]
    : holderModel(schema, root, holder)?.properties?.[key];
}
