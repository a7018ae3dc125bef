// How members are named in messages: by their pointer, which is what users search for.
import type { SchemaNode } from '../../schema/schema-types.js';

/** "the queue id" style phrase for an entity-id member. */
export function entityPhrase(schema: SchemaNode): string {
  const entity = schema['x-entity'];
  return entity ? `${entity} id` : 'id';
}

export function where(pointer: string): string {
  return pointer === '' ? 'the body' : pointer;
}
