// The bin runs dist/src/bundle/cli.cjs (scripts/bundle.mjs), while most suites import dist/src/.
// Both must be the same code: after a plain `tsc` (or tsc --watch) the bundle would still be
// yesterday's CLI. This rebuilds the bundle in memory with the build's own options and compares.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './support/paths.js';

interface BundleOptionsModule {
  bundleOptions(root: string): Parameters<typeof build>[0];
}

describe('the bundled CLI', () => {
  test('is made from the compiled modules beside it (run npm run build if not)', async () => {
    const { bundleOptions } = (await import(
      pathToFileURL(join(ROOT, 'scripts', 'bundle-options.mjs')).href)) as BundleOptionsModule;
    const rebuilt = await build({ ...bundleOptions(ROOT), write: false, metafile: false });
    const shipped = readFileSync(join(ROOT, 'dist', 'src', 'bundle', 'cli.cjs'), 'utf8');
    expect(rebuilt.outputFiles?.[0]?.text === shipped).toBe(true);
  });
});
