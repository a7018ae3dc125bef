// Registers the matchers on the global expect: list 'genesys-call-lint/jest/setup' in jest's
// setupFilesAfterEnv.
import { callRequestMatchers } from './matchers.js';

declare const expect: { extend(matchers: Record<string, unknown>): void } | undefined;

if (typeof expect === 'undefined') {
  throw new Error('genesys-call-lint/jest/setup must run inside jest (setupFilesAfterEnv)');
}
expect.extend(callRequestMatchers);
