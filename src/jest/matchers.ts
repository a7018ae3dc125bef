// A jest matcher for integrators: expect(body).toBeValidCallRequest('consult') passes when the
// body (an object, or JSON text) has no error findings for that endpoint, and otherwise fails
// listing every finding. Import 'genesys-call-lint/jest' and call expect.extend(callRequestMatchers),
// or import 'genesys-call-lint/jest/setup' to register it on the global expect.
import { lintText } from '../lint/lint-text.js';
import type { Finding } from '../lint/types.js';

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
    const unsendable = typeof received === 'string' ? undefined : notJson(received, '', new Set());
    if (unsendable !== undefined) {
      return {
        pass: false,
        message: () => `expected a valid ${endpoint} request, but the body cannot be sent as JSON: ` +
          `${unsendable}`,
      };
    }
    const text = typeof received === 'string' ? received : safeStringify(received);
    const result = lintText(text ?? '', { endpoint, filePath: 'body' });
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

/** The first value JSON cannot carry as it is, with its pointer, or undefined. */
function notJson(value: unknown, pointer: string, path: Set<object>): string | undefined {
  const at = pointer === '' ? 'the body' : pointer;
  if (typeof value === 'bigint') {
    return `${at} is the BigInt ${value}n, which JSON.stringify cannot write`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return `${at} is ${value}, which JSON.stringify writes as null`;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (path.has(value)) return `${at} refers back to an object that contains it (a cycle)`;
  // toJSON (a Date, say) decides what is sent: check that instead.
  const toJson = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJson === 'function') return undefined;
  path.add(value);
  try {
    const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const)
      : Object.entries(value);
    for (const [key, item] of entries) {
      const token = key.replaceAll('~', '~0').replaceAll('/', '~1');
      const found = notJson(item, `${pointer}/${token}`, path);
      if (found !== undefined) return found;
    }
    return undefined;
  } finally {
    path.delete(value);
  }
}

function safeStringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return undefined;
  }
}

declare module 'expect' {
  interface Matchers<R> {
    /** Passes when the body has no error findings for the endpoint (default create-call). */
    toBeValidCallRequest(endpoint?: string): R;
  }
}
