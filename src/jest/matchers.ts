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
