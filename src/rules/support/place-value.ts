// How a value reads once a hint moves it into another member: in the type that member takes,
// as the id-alone rule does for wrapupCode. {"id": u} in a text member is u, a one-entry list in
// a single-value member is its entry, "5" in an integer member is 5. What cannot be put there as
// one right value (a list of several, a name where an id belongs) says what to decide instead.
import { quote } from '../../lint/quote.js';
import { isPlainObject } from '../../lint/walk-model.js';
import type { SchemaNode } from '../../schema/schema-types.js';
import { idWanted, isUuid } from './uuid.js';

/** shown: the value as the hint writes it; isExact: false when shown asks for a choice. */
export interface Placed {
  shown: string;
  isExact: boolean;
  value?: unknown;
}

export function placeValue(node: SchemaNode | undefined, value: unknown): Placed {
  if (!node || node.$ref) return exact(value);
  if (node.type === 'array') {
    if (Array.isArray(value)) return exact(value);
    // One value for a list member is a list of that value.
    const item = placeValue(node.items, value);
    return item.isExact ? exact([item.value]) : item;
  }
  if (Array.isArray(value)) {
    if (value.length === 1) return placeValue(node, value[0]);
    return {
      shown: `one of the ${value.length} values listed (it takes a single value: choose one)`,
      isExact: false,
    };
  }
  if (node.type === 'string' && isPlainObject(value) && typeof value['id'] === 'string') {
    return placeValue(node, value['id']);
  }
  if (typeof value === 'string') return placeString(node, value);
  return exact(value);
}

function placeString(node: SchemaNode, value: string): Placed {
  const text = value.trim();
  if (node.type === 'integer' && /^-?\d+$/.test(text)) return exact(Number(text));
  if (node.type === 'number' && text !== '' && Number.isFinite(Number(text))) {
    return exact(Number(text));
  }
  if (node.type === 'boolean' && (text === 'true' || text === 'false')) return exact(text === 'true');
  // A name where only an id member exists: the hint asks for the id, never moves the name.
  if (node['x-kind'] === 'entity-id' && text !== '' && !isUuid(text)) {
    return { shown: idWanted(node['x-entity'], value), isExact: false };
  }
  return exact(value);
}

function exact(value: unknown): Placed {
  return { shown: quote(value), isExact: true, value };
}
