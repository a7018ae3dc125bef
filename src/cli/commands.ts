// The commands besides linting: list-endpoints and explain. Both only print.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENDPOINTS } from '../endpoints/table.js';
import { nearest } from '../lint/suggest.js';
import { UsageError } from '../lint/usage-error.js';
import { isRuleId, RULE_IDS } from '../rules/rule-ids.js';
import { supportedModels } from '../schema/registry.js';

export function listEndpoints(json: boolean): string {
  const linted = new Set(supportedModels());
  const rows = ENDPOINTS.map((e) => ({
    method: e.method,
    path: e.path,
    name: e.name,
    model: e.model,
    linted: e.model !== null && linted.has(e.model),
    permissions: e.permissions,
    ...(e.replacedBy ? { deprecated: true, replacedBy: e.replacedBy } : {}),
  }));
  if (json) return `${JSON.stringify(rows, null, 2)}\n`;
  // Two lines per endpoint: paths and permission lists are too long for one table row.
  const blocks = rows.map((r) => {
    const permissions = r.permissions.mode === 'NONE'
      ? 'no permission listed'
      : `${r.permissions.mode} of ${r.permissions.list.join(', ')}`;
    const status = r.deprecated ? ' (deprecated)' : r.linted ? '' : ' (body not checked)';
    return `${r.method.padEnd(6)} ${r.path}${status}\n       ${r.name} · ${r.model ?? 'no body'} · ${permissions}`;
  });
  return `${blocks.join('\n')}\n`;
}

export function explainRule(rule: string): string {
  if (!isRuleId(rule)) {
    const guess = nearest(rule, RULE_IDS);
    throw new UsageError(`"${rule}" is not a rule id`,
      guess ? `Did you mean ${guess}? Rule ids: ${RULE_IDS.join(', ')}.` : `Rule ids: ${RULE_IDS.join(', ')}.`);
  }
  // dist/src/cli/ -> package root, where docs/rules/ ships.
  const page = fileURLToPath(new URL(`../../../docs/rules/${rule}.md`, import.meta.url));
  return readFileSync(page, 'utf8');
}
