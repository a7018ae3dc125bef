// A target inside another object is named "holder.key" in TARGET_MEMBERS ("destination.address"
// on a consult, "routingData.preferredAgentIds" on a callback). One reading of such a name serves
// every hint that writes it out and every check that looks it up in the schema.

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
