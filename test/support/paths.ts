// Locations the tests share. Tests run from dist/test/, so the project root is two levels up.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = join(ROOT, 'fixtures');
export const CASES = join(FIXTURES, 'cases');
export const BIN = join(ROOT, 'bin', 'genesys-call-lint.js');
