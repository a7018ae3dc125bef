// A display-name member tried on a body ("callerName") that holds a phone number: the number
// shown to the called party is callerId, and callerIdName is only the name beside it, so the
// table's rename to callerIdName would send the number as a name. Where the model has a
// callerId, such a value is replaced there instead (reference, CreateCallRequest: callerId is
// the presented number, callerIdName the presented name).
import { knownReplacement, type Replacement } from './invented-members.js';
import { isSipLike, readParty } from './read-party.js';

/** The replacement for member holding value on model: knownReplacement, read for its value. */
export function replacementFor(
  model: string,
  member: string,
  value: unknown,
  properties: Readonly<Record<string, unknown>>,
): Replacement | undefined {
  const fixed = knownReplacement(model, member);
  if (fixed?.use !== 'callerIdName' || !('callerId' in properties) || !isNumber(value)) return fixed;
  return {
    why: `${fixed.why}, the name shown to the called party; this value is a phone number, and ` +
      'the number presented is callerId',
    use: 'callerId',
  };
}

/** A bare phone number ("+13175550100", "tel:..."), not a SIP address nor a name. */
function isNumber(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const party = readParty(value);
  return party.kind === 'number' && !isSipLike(value);
}
