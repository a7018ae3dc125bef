// The README's endpoint table writes path parameters short: {id} for the conversation, {pid} for
// the participant and {cid} for the communication. A user who copied such a path and passed
// --param pid=... was told pid is no path parameter; the short names stand for the long ones.
const LONG_NAMES: Readonly<Record<string, string>> = {
  id: 'conversationId',
  pid: 'participantId',
  cid: 'communicationId',
};

/** The path parameter a --param name stands for: itself, or the long form of a short one. */
export function longParamName(name: string): string {
  return Object.hasOwn(LONG_NAMES, name) ? LONG_NAMES[name]! : name;
}

/** How each --param name was written, by the long name it stands for: messages quote it so. */
export type WrittenNames = Readonly<Record<string, string>>;

/** The name to quote for a parameter given by --param: as the user wrote it, when known. */
export function nameAsWritten(name: string, written: WrittenNames | undefined): string {
  return written !== undefined && Object.hasOwn(written, name) ? written[name]! : name;
}
