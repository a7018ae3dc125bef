// A finding at or inside a member named as a credential ("attributes": {"accessToken": [..]})
// quotes the value it is about, as every finding does. quote() masks such a member inside a value
// it is given, but not a value taken from inside it ("it is a list [...]" of the member itself,
// or a hint lifting what it holds). So what a finding there says is masked here, once for every
// rule: each value under that member, as quote() shows it, becomes "***".
import type { Problem } from '../rules/rule.js';
import { isSecretMember, MASK } from './mask-credentials.js';
import { escapeToken, splitPointer, valueAt } from './pointer.js';
import { quote } from './quote.js';

// Values under one credential member whose quotes are looked for: a credential is one value or
// a few; past this a finding's text is no longer searched for more.
const MAX_VALUES = 50;
// Nodes of the value a finding is about searched for credential members: its first levels. A
// body may hold a list of a million entries, which is neither walked nor spread whole.
const MAX_NODES = 200;
// What a masked value reads as in a message.
const MASKED = quote(MASK);

/**
 * The problem with every quote of a value under a credential member masked. `found` keeps what
 * was found inside each value for the other findings of the same body: an invalid body's
 * findings mostly sit at its root, and each would walk the same nodes again. One per body lint:
 * a caller's parsed value may change between two lints.
 */
export function maskSecretQuotes(problem: Problem, body: unknown,
  found: WeakMap<object, unknown[]>): Problem {
  const tokens = splitPointer(problem.pointer);
  const at = tokens.findIndex((token) => isSecretMember(token));
  // On the way to the finding, or inside the value it is about (a hint may quote from there).
  const secrets = at === -1 ? secretsWithinOnce(valueAt(body, problem.pointer), found)
    : [valueAt(body, `/${tokens.slice(0, at + 1).map(escapeToken).join('/')}`)];
  if (secrets.length === 0) return problem;
  const quotes = quotesUnder(secrets);
  if (quotes.length === 0) return problem;
  const mask = (text: string): string =>
    quotes.reduce((masked, quoted) => masked.split(quoted).join(MASKED), text);
  return {
    ...problem,
    message: mask(problem.message),
    hint: mask(problem.hint),
    ...(problem.fix ? { fix: { ...problem.fix, description: mask(problem.fix.description) } } : {}),
  };
}

function secretsWithinOnce(value: unknown, found: WeakMap<object, unknown[]>): unknown[] {
  if (value === null || typeof value !== 'object') return secretsWithin(value);
  let secrets = found.get(value);
  if (secrets === undefined) {
    secrets = secretsWithin(value);
    found.set(value, secrets);
  }
  return secrets;
}

/** The values of the credential members inside a value, looked for in its first nodes only. */
function secretsWithin(value: unknown): unknown[] {
  const secrets: unknown[] = [];
  const pending = [value];
  for (let seen = 0; pending.length > 0 && seen < MAX_NODES; seen++) {
    const node = pending.shift();
    if (Array.isArray(node)) pending.push(...node.slice(0, MAX_NODES));
    else if (node !== null && typeof node === 'object') {
      for (const [key, held] of Object.entries(node).slice(0, MAX_NODES)) {
        if (isSecretMember(key)) secrets.push(held);
        else pending.push(held);
      }
    }
  }
  return secrets;
}

/** The quotes of the values and of what they hold, longest first (a list before its items). */
function quotesUnder(values: unknown[]): string[] {
  const found = new Set<string>();
  const pending = [...values];
  while (pending.length > 0 && found.size < MAX_VALUES) {
    const node = pending.shift();
    if (Array.isArray(node)) pending.push(...node.slice(0, MAX_VALUES));
    else if (node !== null && typeof node === 'object') {
      pending.push(...Object.values(node).slice(0, MAX_VALUES));
    }
    // An empty string or a flag quotes as text many messages hold for other reasons.
    if (node === '' || typeof node === 'boolean' || node === null || node === undefined) continue;
    const quoted = quote(node);
    if (quoted !== MASKED) found.add(quoted);
  }
  return [...found].sort((a, b) => b.length - a.length);
}
