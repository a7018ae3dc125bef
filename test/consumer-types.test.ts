// The published types as a consumer's tsc sees them: each project under test/consumer-types/
// is type-checked (strict, nodenext, library .d.ts files checked too) in a temporary folder
// whose node_modules holds this package, so that 'genesys-call-lint/...' resolves through the
// "exports" of package.json to the built .d.ts. The setup entry once typed as `export {}`, and
// `expect(body).toBeValidCallRequest()` failed to compile with TS2339.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/paths.js';

const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
// Checking @types/node and Jest's declarations takes ~7 s of CPU, longer on a busy machine.
const TSC_TIMEOUT = 120_000;

/** tsc's output for the consumer project, checked where it would be installed. */
function typeCheck(project: string): { status: number | null; output: string } {
  const folder = mkdtempSync(join(tmpdir(), 'gcl-consumer-'));
  try {
    const projects = join(ROOT, 'test', 'consumer-types');
    cpSync(join(projects, project), folder, { recursive: true });
    cpSync(join(projects, 'uses-matcher.ts'), join(folder, 'uses-matcher.ts'));
    mkdirSync(join(folder, 'node_modules'));
    symlinkSync(ROOT, join(folder, 'node_modules', 'genesys-call-lint'));
    for (const scope of ['@jest', '@types']) {
      symlinkSync(join(ROOT, 'node_modules', scope), join(folder, 'node_modules', scope));
    }
    const run = spawnSync(process.execPath, [TSC, '-p', folder], { encoding: 'utf8' });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('a consumer that names genesys-call-lint/jest/setup in tsconfig "types"', () => {
  test.each([
    ['@jest/globals', 'jest-globals'],
    ['the global jest namespace of @types/jest', 'types-jest'],
  ])('gets toBeValidCallRequest typed with %s', (_name, project) => {
    expect(typeCheck(project)).toEqual({ status: 0, output: '' });
  }, TSC_TIMEOUT);
});
