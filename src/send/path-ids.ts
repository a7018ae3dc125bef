// Every path parameter of the endpoint table names a Genesys entity by its id, and Genesys ids
// are UUIDs (labelling rule 5 of ../shared/cases/README.md; the invalid-uuid rule holds bodies to
// the same). A value that is none ("not a uuid", a name, a placeholder) was sent percent-encoded
// as a path segment, to be refused by Genesys after the login, or to reach nothing.
import { escapeControl } from '../lint/escape-control.js';
import { isUuid, idWanted } from '../rules/support/uuid.js';
import type { Refusal } from './build-request.js';

/** The entity each path parameter names, as hints speak of it. */
const ENTITY_OF: Readonly<Record<string, string>> = {
  conversationId: 'conversation',
  participantId: 'participant',
  communicationId: 'communication',
  userId: 'user',
};

/** A value of an id parameter that is not a UUID, refused; source says where it was given. */
export function refuseNonUuid(name: string, value: string, source: string): Refusal | undefined {
  const entity = Object.hasOwn(ENTITY_OF, name) ? ENTITY_OF[name] : undefined;
  if (entity === undefined || isUuid(value)) return undefined;
  return { ok: false, message: `path parameter ${name} is "${escapeControl(value)}" in ${source}, ` +
    'which is not a UUID: Genesys names each conversation, participant, communication and user ' +
    'by one', hint: `Give ${idWanted(entity, value)}.` };
}
