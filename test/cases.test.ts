// The labelled real-world cases (copied from ../shared/cases into fixtures/cases): every case must
// give exactly its expected (pointer, rule, severity) set through the CLI's JSON output, and the
// exit code its validity implies. One test per case, so a failure names the case.
import { describe, expect, test } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from './support/paths.js';
import { expectSidecarMatch, readSidecar } from './support/sidecar.js';

const names = readdirSync(CASES)
  .filter((f) => f.endsWith('.expect.json'))
  .map((f) => f.replace(/\.expect\.json$/, ''))
  .sort();

describe('labelled cases', () => {
  test('the folder holds the cases', () => {
    expect(names.length).toBeGreaterThanOrEqual(27);
  });

  test.each(names)('%s', async (name) => {
    const sidecar = readSidecar(join(CASES, `${name}.expect.json`));
    await expectSidecarMatch(join(CASES, `${name}.json`), sidecar);
  });
});
