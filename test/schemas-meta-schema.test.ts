// The CLI compiles the body schemas without checking them against the draft-07 meta-schema
// (src/schema/registry.ts, issue 6: it cost every start about 20 ms). The check happens here.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { ROOT } from './support/paths.js';

const Ajv = AjvModule.default;
const SCHEMAS = join(ROOT, 'schemas');
const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'));

describe('every schema is valid draft-07', () => {
  const ajv = new Ajv({ strict: false });
  test.each(files)('%s', (file) => {
    const schema = JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')) as object;
    expect(ajv.validateSchema(schema) ? [] : ajv.errors).toEqual([]);
  });

  test('a broken schema is caught', () => {
    expect(ajv.validateSchema({ type: 'objekt' })).toBe(false);
  });
});
