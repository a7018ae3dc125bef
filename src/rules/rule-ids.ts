// Every rule id, in the order the docs list them. Ids are the finding kinds of the labelled cases
// (../shared/cases/README.md), plus our own for what that vocabulary does not cover
// (duplicate-key, self-merge, read-only-member), and never change once published.
export const RULE_IDS = Object.freeze([
  'syntax-error',
  'empty-body',
  'not-an-object',
  'unknown-field',
  'missing-target',
  'conflicting-targets',
  'missing-required',
  'wrong-type',
  'invalid-uuid',
  'invalid-phone',
  'invalid-enum',
  'invalid-datetime',
  'empty-value',
  'non-e164',
  'phone-formatting',
  'uri-address',
  'enum-case',
  'duplicate-key',
  'self-merge',
  'read-only-member',
] as const); // frozen: config and options accept what it holds

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
