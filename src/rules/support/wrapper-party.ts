// A wrapper named for a party ({"user": {"id": u}}, {"queue": {"name": "Sales"}}) holds that
// party's id and name, never the object's own: Participant.id is the participant's own id and
// Participant.name its label, so lifting them under their own names changes their meaning.
import type { SchemaNode } from '../../schema/schema-types.js';
import { TARGET_MEMBERS } from './read-party.js';

type PartyKind = 'user' | 'queue';

const WRAPPER_KINDS: Readonly<Record<string, PartyKind>> = {
  user: 'user', agent: 'user', queue: 'queue',
};

/**
 * Where an inner id or name of a party wrapper goes one level up: the party's member (userId,
 * queueName), null when the model has none or for the id of any other wrapper (never the
 * object's own id), undefined for any other key (read as usual).
 */
export function wrapperPartyMember(
  model: string,
  wrapper: string,
  key: string,
  properties: Readonly<Record<string, SchemaNode>>,
): string | null | undefined {
  if (key !== 'id' && key !== 'name') return undefined;
  const kind = wrapperKind(wrapper);
  if (kind === undefined) return key === 'id' ? null : undefined;
  const real = key === 'id' ? TARGET_MEMBERS[model]?.[kind] : `${kind}Name`;
  return real !== undefined && Object.prototype.hasOwnProperty.call(properties, real) ? real : null;
}

function wrapperKind(wrapper: string): PartyKind | undefined {
  return WRAPPER_KINDS[wrapper.toLowerCase()];
}
