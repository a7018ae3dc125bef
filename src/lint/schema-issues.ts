// Normalises ajv's errors into SchemaIssues. ajv's own message text is dropped here: every word a
// user reads comes from our rules.
import type { SchemaIssue } from '../rules/rule.js';
import type { ErrorObject } from '../schema/registry.js';
import type { SchemaNode } from '../schema/schema-types.js';
import { valueAt } from './pointer.js';

export function toSchemaIssues(errors: readonly ErrorObject[], body: unknown): SchemaIssue[] {
  return errors.map((error) => ({
    keyword: error.keyword,
    pointer: error.instancePath,
    value: valueAt(body, error.instancePath),
    params: error.params as Record<string, unknown>,
    schema: (error.parentSchema ?? {}) as SchemaNode,
  }));
}
