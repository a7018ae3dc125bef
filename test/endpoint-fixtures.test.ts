// The hand-written bodies under fixtures/endpoints/<short name>/: each one must give exactly the
// findings of its sidecar (same format and check as the labelled cases), and the folders must
// cover every body model, agree with their sidecars and be mapped in the repository's config.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveEndpoint } from '../src/endpoints/resolve-endpoint.js';
import { ENDPOINTS } from '../src/endpoints/table.js';
import { supportedModels } from '../src/schema/registry.js';
import { CASES, FIXTURES, ROOT } from './support/paths.js';
import { expectSidecarMatch, readSidecar } from './support/sidecar.js';

const ENDPOINT_FIXTURES = join(FIXTURES, 'endpoints');

const folders = readdirSync(ENDPOINT_FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const cases = folders.flatMap((folder) =>
  readdirSync(join(ENDPOINT_FIXTURES, folder))
    .filter((f) => f.endsWith('.expect.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expect\.json$/, '');
      return {
        id: `${folder}/${name}`,
        folder,
        name,
        body: join(ENDPOINT_FIXTURES, folder, `${name}.json`),
        sidecar: readSidecar(join(ENDPOINT_FIXTURES, folder, f)),
      };
    }));

describe('endpoint fixtures', () => {
  test.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, fixture) => {
    await expectSidecarMatch(fixture.body, fixture.sidecar);
  });
});

describe('endpoint fixture folders', () => {
  test.each(folders)('%s is a short name, and its sidecars name that endpoint', (folder) => {
    const endpoint = ENDPOINTS.find((e) => e.name === folder);
    expect(endpoint).toBeDefined();
    for (const fixture of cases.filter((c) => c.folder === folder)) {
      const resolution = resolveEndpoint(fixture.sidecar.endpoint);
      expect([fixture.name, resolution.ok && resolution.endpoint.name]).toEqual([fixture.name, folder]);
    }
  });

  test.each(folders)('%s holds a valid body and an invalid one, named for their verdict', (folder) => {
    const mine = cases.filter((c) => c.folder === folder);
    expect(mine.some((c) => c.name.startsWith('valid-'))).toBe(true);
    expect(mine.some((c) => c.name.startsWith('invalid-'))).toBe(true);
    for (const { name, body, sidecar } of mine) {
      const hasError = sidecar.problems.some((p) => p.severity === 'error');
      expect([name, existsSync(body), sidecar.valid, hasError]).toEqual([
        name, true, name.startsWith('valid-'), !name.startsWith('valid-'),
      ]);
      expect(sidecar.source).toBe('hand-written for genesys-call-lint');
      expect(sidecar.problems.every((p) => p.why.length > 10)).toBe(true);
    }
  });

  test('every body model has fixtures here or among the labelled cases', () => {
    const covered = new Set(folders.map((f) => ENDPOINTS.find((e) => e.name === f)?.model));
    for (const file of readdirSync(CASES).filter((f) => f.endsWith('.expect.json'))) {
      const resolution = resolveEndpoint(readSidecar(join(CASES, file)).endpoint);
      if (resolution.ok) covered.add(resolution.endpoint.model);
    }
    expect(supportedModels().filter((model) => !covered.has(model))).toEqual([]);
  });

  test('the repository config maps each folder to its endpoint', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'genesys-call-lint.config.json'), 'utf8')) as {
      endpoints: Record<string, string>;
    };
    for (const folder of folders) {
      expect(config.endpoints[`fixtures/endpoints/${folder}/**`]).toBe(folder);
    }
  });
});
