// The commands besides linting: list-endpoints and explain. Both only print.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENDPOINTS } from '../endpoints/table.js';
import { isNoticeKind, NOTICE_KINDS } from '../lint/notice-kinds.js';
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

/** The page of a rule id or of a notice kind, which output names where it names rule ids. */
export function explainRule(rule: string): string {
  if (!isRuleId(rule) && !isNoticeKind(rule)) {
    const guess = nearest(rule, [...RULE_IDS, ...NOTICE_KINDS]);
    const known = `Rule ids: ${RULE_IDS.join(', ')}. Notices: ${NOTICE_KINDS.join(', ')}.`;
    throw new UsageError(`"${rule}" is neither a rule id nor a notice`,
      guess ? `Did you mean ${guess}? ${known}` : known);
  }
  // dist/src/cli/ -> package root, where docs/rules/ ships.
  const page = fileURLToPath(new URL(`../../../docs/rules/${rule}.md`, import.meta.url));
  return readFileSync(page, 'utf8');
}
