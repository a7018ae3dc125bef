// Guards on the body schemas: they must match the reference models member for member, use only
// keywords our rules translate, and annotate every string member with its kind.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaNode } from '../src/schema/schema-types.js';
import { ROOT } from './support/paths.js';

const SCHEMAS = join(ROOT, 'schemas');
const REFERENCE = join(ROOT, '..', 'shared', 'reference', 'genesys-call-models.json');

const bodySchemas = readdirSync(SCHEMAS)
  .filter((f) => f.endsWith('.schema.json') && f !== 'config.schema.json')
  .map((f) => [f, JSON.parse(readFileSync(join(SCHEMAS, f), 'utf8')) as SchemaNode & { $id: string }] as const);

/** Every object schema in a file, keyed by its model name. */
function models(schema: SchemaNode): Map<string, SchemaNode> {
  const found = new Map<string, SchemaNode>();
  for (const node of [schema, ...Object.values(schema.definitions ?? {})]) {
    if (node['x-model']) found.set(node['x-model'], node);
  }
  return found;
}

const KEYWORDS = new Set([
  '$schema', '$id', '$ref', 'title', 'description', 'type', 'properties', 'additionalProperties',
  'required', 'items', 'enum', 'format', 'minItems', 'minimum', 'maximum', 'definitions', 'x-kind',
  'x-entity', 'x-model', 'readOnly',
  'x-targets', 'x-blank-keeps',
]);

function walk(node: SchemaNode, visit: (node: SchemaNode, path: string) => void, path = '#'): void {
  visit(node, path);
  for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, visit, `${path}/${key}`);
  for (const [key, child] of Object.entries(node.definitions ?? {})) walk(child, visit, `${path}/${key}`);
  if (node.items) walk(node.items, visit, `${path}/items`);
  if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, visit, `${path}/*`);
}

describe('body schemas', () => {
  test('have stable urn ids', () => {
    for (const [, schema] of bodySchemas) {
      expect(schema.$id).toMatch(/^urn:genesys-call-lint:schema:v1:[A-Z]\w+$/);
    }
  });

  test.each(bodySchemas)('%s uses only keywords the rules translate', (_file, schema) => {
    walk(schema, (node, path) => {
      for (const key of Object.keys(node)) expect([path, KEYWORDS.has(key) ? 'ok' : key]).toEqual([path, 'ok']);
      if (node.format) expect(['date-time', 'int32']).toContain(node.format);
      if (node.type === 'string') expect([path, node['x-kind'] !== undefined]).toEqual([path, true]);
      if (node.type === 'object' && node.properties) expect(node.additionalProperties).toBe(false);
    });
  });

  const reference = existsSync(REFERENCE)
    ? (JSON.parse(readFileSync(REFERENCE, 'utf8')) as {
        models: Record<string, {
          required: string[];
          properties: Record<string, { enum?: string[]; readOnly?: boolean }>;
        }>;
      })
    : undefined;

  (reference ? test.each(bodySchemas) : test.skip.each(bodySchemas))(
    '%s matches the reference models member for member',
    (_file, schema) => {
      for (const [name, model] of models(schema)) {
        const official = reference!.models[name]!;
        expect([name, Object.keys(model.properties ?? {}).sort()])
          .toEqual([name, Object.keys(official.properties).sort()]);
        expect([name, [...(model.required ?? [])].sort()]).toEqual([name, [...official.required].sort()]);
        for (const [key, property] of Object.entries(official.properties)) {
          if (property.enum) expect(model.properties![key]!.enum).toEqual(property.enum);
          // read-only-member reports exactly the members the reference marks read-only.
          expect([name, key, model.properties![key]!.readOnly === true])
            .toEqual([name, key, property.readOnly === true]);
        }
      }
    },
  );
});
