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
  visitNode(body, root, root, '', { isRequired: false, model: '', member: '' }, visitor);
}

interface Place {
  isRequired: boolean;
  model: string;
  member: string;
}

function visitNode(
  value: unknown,
  node: SchemaNode,
  root: SchemaNode,
  pointer: string,
  place: Place,
  visitor: ModelVisitor,
): void {
  const schema = deref(node, root);
  if (schema.type === 'string' && typeof value === 'string') {
    visitor.onString?.({ pointer, value, schema, ...place });
  } else if (schema.type === 'array' && Array.isArray(value) && schema.items) {
    value.forEach((item, index) => {
      const itemPlace = { ...place, isRequired: false };
      visitNode(item, schema.items!, root, joinPointer(pointer, index), itemPlace, visitor);
    });
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
  const required = new Set(schema.required ?? []);
  for (const key of Object.keys(value)) {
    const child = Object.prototype.hasOwnProperty.call(schema.properties, key)
      ? schema.properties![key]
      : undefined;
    if (!child) continue;
    const place = { isRequired: required.has(key), model, member: key };
    visitNode(value[key], child, root, joinPointer(pointer, key), place, visitor);
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
