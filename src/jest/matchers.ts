// A jest matcher for integrators: expect(body).toBeValidCallRequest('consult') passes when the
// body (an object, or JSON text) has no error findings for that endpoint, and otherwise fails
// listing every finding. Import 'genesys-call-lint/jest' and call expect.extend(callRequestMatchers),
// or import 'genesys-call-lint/jest/setup' to register it on the global expect.
import { lintText } from '../lint/lint-text.js';
import type { Finding } from '../lint/types.js';

// The matcher's types for TypeScript users (src/jest/matcher-types.ts).
export type {} from './matcher-types.js';

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

interface MatcherContext {
  isNot?: boolean;
}

export const callRequestMatchers = {
  toBeValidCallRequest(this: MatcherContext, received: unknown, endpoint = 'create-call'): MatcherResult {
    // What JSON.stringify would throw on, or silently send as something else, is the failure
    // itself: linting what it makes of it would report an empty body, or a null the test never
    // wrote.
    const sent = typeof received === 'string' ? { text: received } : toJsonText(received);
    if ('unsendable' in sent) {
      return {
        pass: false,
        message: () => `expected a valid ${endpoint} request, but the body cannot be sent as JSON: ` +
          `${sent.unsendable}`,
      };
    }
    const text = sent.text;
    const result = lintText(text, { endpoint, filePath: 'body' });
    // With 'auto', a body whose models tie with different findings is not linted at all: an
    // error notice says so, and a body nobody checked must not pass.
    const undecided = result.notices.find((n) => n.severity === 'error');
    if (undecided) {
      return {
        pass: false,
        message: () => `expected a valid ${endpoint} request, but it was not linted: ${undecided.message}`,
      };
    }
    const errors = result.findings.filter((f) => f.severity === 'error');
    const pass = errors.length === 0;
    return {
      pass,
      message: () => pass
        ? `expected the body not to be a valid ${result.endpoint} request, but it has no errors` +
          `${result.warningCount > 0 ? `\n${list(result.findings)}` : ''}`
        : `expected a valid ${result.endpoint} request (${result.model}), but found:\n${list(result.findings)}`,
    };
  },
};

function list(findings: readonly Finding[]): string {
  return findings
    .map((f) => `  ${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.pointer || '(body)'}: ${f.message}\n` +
      `      hint: ${f.hint}`)
    .join('\n');
}

/** The text JSON.stringify makes of the body, or why it cannot make a faithful one. */
function toJsonText(value: unknown): { text: string } | { unsendable: string } {
  try {
    // A getter or a Proxy may throw while the body is read, as it would in JSON.stringify.
    const unsendable = notJson(value, '', '', new Set(), 0);
    if (unsendable !== undefined) return { unsendable };
    const text = JSON.stringify(value, null, 2) as string | undefined;
    if (text === undefined) {
      // What toJSON gave, if it was that (a symbol, a function), not the object holding it.
      const toJson = typeof value === 'object' && value !== null ? (value as { toJSON?: unknown }).toJSON : undefined;
      const what = typeof toJson === 'function' ? `its toJSON gives a ${typeof toJson.call(value, '')}`
        : `it is ${typeof value}`;
      return { unsendable: `the body cannot be written: ${what}, which JSON has no form for` };
    }
    return { text };
  } catch (error) {
    // Deeper than notJson looks, or a getter that throws.
    return { unsendable: `reading it the way JSON.stringify does failed: ${reasonOf(error)}` };
  }
}

// Deeper bodies are left to JSON.stringify, whose own failure is then reported.
const MAX_DEPTH = 1000;

/** The first value JSON cannot carry as it is, with its pointer, or undefined. */
function notJson(
  value: unknown,
  pointer: string,
  key: string,
  path: Set<object>,
  depth: number,
): string | undefined {
  const at = pointer === '' ? 'the body' : pointer;
  if (typeof value === 'bigint') {
    return `${at} is the BigInt ${value}n, which JSON.stringify cannot write`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return `${at} is ${value}, which JSON.stringify writes as null`;
  }
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return undefined;
  if (path.has(value)) return `${at} refers back to an object that contains it (a cycle)`;
  // toJSON (a Date, say) decides what is sent: check what it gives instead.
  const toJson = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson === 'function') {
    let given: unknown;
    try {
      given = toJson.call(value, key);
    } catch (error) {
      return `${at}'s toJSON threw: ${reasonOf(error)}`;
    }
    if (value instanceof Date && given === null) {
      return `${at} is an invalid Date, which JSON.stringify writes as null`;
    }
    if (given !== value) return notJson(given, pointer, key, path, depth + 1);
  }
  path.add(value);
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) {
          return `${pointer}/${i} is a hole in the list, which JSON.stringify writes as null`;
        }
        const found = memberNotJson(value, i, `${pointer}/${i}`, path, depth);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    let members: string[];
    try {
      members = Object.keys(value);
    } catch (error) {
      return `${at}'s members cannot be listed: ${reasonOf(error)}`; // a Proxy's ownKeys trap
    }
    for (const member of members) {
      const token = member.replaceAll('~', '~0').replaceAll('/', '~1');
      const found = memberNotJson(value, member, `${pointer}/${token}`, path, depth);
      if (found !== undefined) return found;
    }
    return undefined;
  } finally {
    path.delete(value);
  }
}

/** Reads one member as JSON.stringify would (a getter runs), then checks what it holds. */
function memberNotJson(
  holder: object,
  member: string | number,
  pointer: string,
  path: Set<object>,
  depth: number,
): string | undefined {
  let item: unknown;
  try {
    item = (holder as Record<string | number, unknown>)[member];
  } catch (error) {
    return `${pointer} cannot be read: its getter threw: ${reasonOf(error)}`;
  }
  return notJson(item, pointer, String(member), path, depth + 1);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
