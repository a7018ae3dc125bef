// The CLI validates with code generated at build time (scripts/build-validators.mjs) instead of
// compiling the schemas with ajv at every start. Here the generated validators must agree with
// ajv compiling the same schema at run time, set up as the CLI did before, on every outcome and
// every error; and loading them must not pull in ajv's compiler.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import formats from '../src/schema/formats.cjs';
import {
  deref, loadModel, supportedModels, type ValidateFunction,
} from '../src/schema/registry.js';
import type { SchemaNode } from '../src/schema/schema-types.js';
import { FIXTURES } from './support/paths.js';

const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

/** The run-time compile the generated code replaced, option for option. */
function referenceAjv(): InstanceType<typeof Ajv> {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, validateSchema: false });
  addFormats(ajv, ['int32']);
  ajv.addFormat('date-time', formats['date-time']);
  ajv.addVocabulary(['x-kind', 'x-entity', 'x-model', 'x-targets', 'x-blank-keeps']);
  return ajv;
}

/** A body with every member set to a value of its declared type, nested objects included. */
function sample(node: SchemaNode, root: SchemaNode, depth = 0): unknown {
  const schema = deref(node, root);
  if (schema.enum) return schema.enum[0];
  if (depth > 4) return {};
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([k, v]) => [k, sample(v, root, depth + 1)]),
      );
    case 'array':
      return schema.items ? [sample(schema.items, root, depth + 1)] : [];
    case 'string':
      return schema.format === 'date-time' ? '2026-01-02T16:59:59.000Z' : 'text';
    case 'integer':
      return 7;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

type Leaf = string | number | boolean | null;

interface Change {
  leaf?: (value: Leaf) => unknown;
  emptyArrays?: boolean;
  /** A member added to every object. */
  extra?: [string, unknown];
}

/** The same JSON, changed throughout. */
function remap(value: unknown, change: Change): unknown {
  if (Array.isArray(value)) return change.emptyArrays ? [] : value.map((v) => remap(v, change));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, remap(v, change)]);
    return Object.fromEntries(change.extra ? [...entries, change.extra] : entries);
  }
  return change.leaf ? change.leaf(value as Leaf) : value;
}

const onStrings = (to: unknown) => (v: Leaf): unknown => (typeof v === 'string' ? to : v);
const onNumbers = (to: unknown) => (v: Leaf): unknown => (typeof v === 'number' ? to : v);

/** A handful of bodies per model, each breaking a different keyword (or none). */
function bodiesFor(schema: SchemaNode): [string, unknown][] {
  const base = sample(schema, schema);
  return [
    ['every member', base],
    ['empty object', {}],
    ['null', null],
    ['array', [base]],
    ['string', 'text'],
    ['wrong types', remap(base, { leaf: (v) => (typeof v === 'string' ? 42 : String(v)) })],
    ['impossible date', remap(base, { leaf: onStrings('2026-02-30T10:00:00Z') })],
    ['space for T', remap(base, { leaf: onStrings('2026-01-02 10:00:00Z') })],
    ['offset without colon', remap(base, { leaf: onStrings('2026-01-02T10:00:00+0100') })],
    ['beyond int32', remap(base, { leaf: onNumbers(2 ** 31) })],
    ['fraction', remap(base, { leaf: onNumbers(0.5) })],
    ['negative', remap(base, { leaf: onNumbers(-1) })],
    ['empty arrays', remap(base, { emptyArrays: true })],
    ['unknown members', remap(base, { extra: ['unexpected', true] })],
  ];
}

/** Real bodies: every parseable JSON fixture, tried against every model. */
function fixtureBodies(dir = FIXTURES): [string, unknown][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, unknown][] => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return fixtureBodies(path);
    if (!entry.name.endsWith('.json') || entry.name.endsWith('.expect.json')) return [];
    try {
      return [[path.slice(FIXTURES.length + 1), JSON.parse(readFileSync(path, 'utf8'))]];
    } catch {
      return [];
    }
  });
}

/** What the CLI reads of a validation: the outcome; each error's place, keyword and schema. */
function outcome(validate: ValidateFunction, body: unknown) {
  const valid = validate(body);
  const errors = (validate.errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    keyword: e.keyword,
    params: e.params,
    parentSchema: e.parentSchema,
  }));
  return { valid, errors };
}

const fixtures = fixtureBodies();
const bodies = (schema: SchemaNode) => [...bodiesFor(schema), ...fixtures];

describe('generated validators agree with compiling at run time', () => {
  const reference = referenceAjv();

  test.each(supportedModels())('%s', (model) => {
    const { schema, validate } = loadModel(model)!;
    // Compiled by ajv, a validate function carries its schema environment; generated code does not.
    expect(validate).not.toHaveProperty('schemaEnv');
    const compiled = reference.compile(schema);
    for (const [name, body] of bodies(schema)) {
      expect([name, outcome(validate, body)]).toEqual([name, outcome(compiled, body)]);
    }
  });

  test('the bodies exercise every keyword the schemas use, and pass some', () => {
    const seen = new Set<string>();
    for (const model of supportedModels()) {
      const { schema, validate } = loadModel(model)!;
      for (const [, body] of bodies(schema)) {
        if (validate(body)) seen.add('(valid)');
        for (const error of validate.errors ?? []) seen.add(error.keyword);
      }
    }
    expect([...seen].sort()).toEqual(
      ['(valid)', 'additionalProperties', 'enum', 'format', 'maximum', 'minItems', 'minimum', 'required', 'type'],
    );
  });
});

test('loading every validator loads no part of ajv but its run-time helpers', () => {
  const registry = new URL('../src/schema/registry.js', import.meta.url).href;
  const script = `
    import { createRequire } from 'node:module';
    const { loadModel, supportedModels } = await import(${JSON.stringify(registry)});
    for (const model of supportedModels()) loadModel(model);
    console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`;
  const argv = ['--input-type=module', '-e', script];
  const run = spawnSync(process.execPath, argv, { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const loaded = JSON.parse(run.stdout) as string[];
  const validators = loaded.filter((file) => /[\\/]validators[\\/]/.test(file));
  expect(validators).toHaveLength(supportedModels().length);
  const compiler = /[\\/]node_modules[\\/]ajv[\\/](?!dist[\\/]runtime[\\/])/;
  expect(loaded.filter((file) => compiler.test(file))).toEqual([]);
});
