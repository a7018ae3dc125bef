// Registers the matchers on the global expect: list 'genesys-call-lint/jest/setup' in jest's
// setupFilesAfterEnv. TypeScript never sees that config, so this entry also carries the
// matcher's types: name it in tsconfig's "types" too (README, "Jest matcher").
import { callRequestMatchers } from './matchers.js';

export type {} from './matcher-types.js';

declare const expect: { extend(matchers: Record<string, unknown>): void } | undefined;

if (typeof expect === 'undefined') {
  throw new Error('genesys-call-lint/jest/setup must run inside jest (setupFilesAfterEnv)');
}
expect.extend(callRequestMatchers);
