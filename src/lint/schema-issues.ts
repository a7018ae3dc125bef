// Normalises ajv's errors into SchemaIssues. ajv's own message text is dropped here: every word a
// user reads comes from our rules.
import type { SchemaIssue } from '../rules/rule.js';
import type { ErrorObject } from '../schema/registry.js';
import type { SchemaNode } from '../schema/schema-types.js';
import { valueAt } from './pointer.js';

/**
 * Takes the errors over: the list is emptied as it is read, from its end, so that each error can
 * be collected once its issue exists. A body of a million unknown members has a million errors,
 * and holding them beside their issues took 70 MB more at the peak.
 */
export function toSchemaIssues(errors: ErrorObject[], body: unknown): SchemaIssue[] {
  const issues = new Array<SchemaIssue>(errors.length);
  for (let i = errors.length - 1; i >= 0; i--) {
    const error = errors[i]!;
    issues[i] = {
      keyword: error.keyword,
      pointer: error.instancePath,
      value: valueAt(body, error.instancePath),
      params: error.params as Record<string, unknown>,
      schema: (error.parentSchema ?? {}) as SchemaNode,
    };
    errors.length = i;
  }
  return issues;
}
