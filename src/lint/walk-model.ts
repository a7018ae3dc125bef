// Walks a body alongside its schema, visiting only members the model knows and only where the
// JSON type fits: unknown members and wrongly typed values are the schema rules' business, and
// the labelling rules say nothing below an unknown member is inspected.
import type { ObjectVisit, StringVisit } from '../rules/rule.js';
import { deref } from '../schema/registry.js';
import type { SchemaNode } from '../schema/schema-types.js';
import { joinPointer } from './pointer.js';

export interface ModelVisitor {
  onString?(field: StringVisit): void;
  onObject?(object: ObjectVisit): void;
}

export function walkModel(body: unknown, root: SchemaNode, visitor: ModelVisitor): void {
  visitNode(body, root, root, '', false, '', '', visitor);
}

// Runs for every member of every body, so it passes the member's place as arguments and loops
// with for: building a place object, a Set of required names and a closure per member was most
// of what a clean body's lint allocated (issue 6).
function visitNode(
  value: unknown,
  node: SchemaNode,
  root: SchemaNode,
  pointer: string,
  isRequired: boolean,
  model: string,
  member: string,
  visitor: ModelVisitor,
): void {
  const schema = deref(node, root);
  if (schema.type === 'string' && typeof value === 'string') {
    visitor.onString?.({ pointer, value, schema, isRequired, model, member });
  } else if (schema.type === 'array' && Array.isArray(value) && schema.items) {
    for (let index = 0; index < value.length; index++) {
      const itemPointer = joinPointer(pointer, index);
      visitNode(value[index], schema.items, root, itemPointer, false, model, member, visitor);
    }
  } else if (schema.type === 'object' && isPlainObject(value) && schema.properties) {
    visitObject(value, schema, root, pointer, visitor);
  }
}

function visitObject(
  value: Record<string, unknown>,
  schema: SchemaNode,
  root: SchemaNode,
  pointer: string,
  visitor: ModelVisitor,
): void {
  const model = schema['x-model'] ?? '';
  visitor.onObject?.({ pointer, value, schema, model });
  for (const key of Object.keys(value)) {
    const child = Object.prototype.hasOwnProperty.call(schema.properties, key)
      ? schema.properties![key]
      : undefined;
    if (!child) continue;
    const isRequired = schema.required?.includes(key) ?? false;
    visitNode(value[key], child, root, joinPointer(pointer, key), isRequired, model, key, visitor);
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
