// How members are named in messages: by their pointer, which is what users search for.
import { escapeName } from '../../lint/escape-control.js';
import { quote } from '../../lint/quote.js';
import type { SchemaNode } from '../../schema/schema-types.js';

/** "the queue id" style phrase for an entity-id member. */
export function entityPhrase(schema: SchemaNode): string {
  const entity = schema['x-entity'];
  return entity ? `${entity} id` : 'id';
}

const MAX_POINTER = 80;

/**
 * A pointer as shown in messages. Pointers are built from the body's own keys, so control
 * characters are escaped (library users print messages as they are) and very long ones are cut.
 */
export function where(pointer: string): string {
  if (pointer === '') return 'the body';
  const shown = escapeName(pointer);
  return shown.length > MAX_POINTER ? `${shown.slice(0, MAX_POINTER - 1)}…` : shown;
}

/** A member name as shown in messages: quoted, escaped and cut like values. */
export function memberName(name: string): string {
  return quote(name);
}
