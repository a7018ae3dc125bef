// The tables the package exports (RULES, ENDPOINTS, RULE_IDS, REPORTERS, EXIT) are the ones the
// linter itself reads. Frozen once where they are defined, a caller's write throws (ES modules
// are strict) instead of changing later lints, and the linter reads them as fast as before: no
// copy per lint, and one identity, so resolveEndpoint(...).endpoint is an element of ENDPOINTS.

/** Freezes the value, and every plain object and array it holds, in place; returns it. */
export function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // Functions (a rule's check) are left as they are: the tables' data is what lints read.
  for (const member of Object.values(value)) freezeDeep(member);
  return value;
}
