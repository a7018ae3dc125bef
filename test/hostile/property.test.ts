// Issue 7: property-based tests with fast-check. A bounded sample (a few seconds) of what
// bench/fuzz.mjs runs a million times: arbitrary bytes, arbitrary JSON values and random
// mutations of every fixture never make lintText throw, and the CLI always exits 0, 1 or 2 with
// json, sarif and junit output that parses.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { ENDPOINTS } from '../../src/endpoints/table.js';
import { decodeBytes } from '../../src/input/decode-bytes.js';
import { lintText } from '../../src/lint/lint-text.js';
import { supportedModels } from '../../src/schema/registry.js';
import { FIXTURES } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const MODELS = new Set(supportedModels());
const ENDPOINT_NAMES = ENDPOINTS.filter((e) => e.model !== null && MODELS.has(e.model)).map((e) => e.name);
const endpoint = fc.constantFrom(...ENDPOINT_NAMES);

function bodiesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.endsWith('.expect.json'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
}

const FIXTURE_BODIES = [...bodiesUnder(join(FIXTURES, 'cases')), ...bodiesUnder(join(FIXTURES, 'endpoints'))];

/** A fixture with a few random edits: deletions, insertions of tricky text, cuts. */
const mutatedFixture = fc.tuple(
  fc.constantFrom(...FIXTURE_BODIES),
  fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.oneof(fc.string(), fc.constantFrom(
    '{', '}', '[', ']', '"', ',', ':', '\\u', '\ud800', '\u0000', '\u001b[2J', '\r', '__proto__', '1e400',
  ))), { minLength: 1, maxLength: 4 }),
).map(([text, edits]) => edits.reduce((out, [at, drop, insert]) => {
  const i = at % (out.length + 1);
  return out.slice(0, i) + insert + out.slice(i + drop);
}, text));

// eslint-disable-next-line no-control-regex -- raw control characters are what is looked for
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function assertSane(text: string, name: string): void {
  const result = lintText(text, { endpoint: name });
  for (const f of result.findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.message).not.toMatch(RAW_CONTROL);
    expect(f.hint).not.toMatch(RAW_CONTROL);
  }
}

describe('property: lintText never throws', () => {
  test('on arbitrary bytes, decoded as the CLI decodes them', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), endpoint, (bytes, name) => {
      const decoded = decodeBytes(bytes);
      assertSane(decoded.ok ? decoded.text : new TextDecoder().decode(bytes), name);
    }), { numRuns: 500 });
  });

  // decodeBytes takes ASCII through latin1, a shortcut that must give the strict decoder's text.
  test('decodeBytes gives what a strict UTF-8 decoder gives', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const text = fc.oneof(fc.string({ maxLength: 100 }), fc.string({ unit: 'grapheme', maxLength: 50 }));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 100 }), text.map((t) => new TextEncoder().encode(t)));
    fc.assert(fc.property(bytes, (input) => {
      // NUL bytes and UTF-16 byte-order marks take their own paths, tested elsewhere.
      const isUtf16 = (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff);
      if (input.includes(0) || isUtf16) return;
      let expected: string | undefined;
      try {
        expected = strict.decode(input);
      } catch {
        expected = undefined;
      }
      const decoded = decodeBytes(input);
      expect(decoded.ok ? decoded.text : undefined).toBe(expected);
    }), { numRuns: 2000 });
  });

  test('on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), endpoint, (value, name) => {
      assertSane(JSON.stringify(value), name);
    }), { numRuns: 500 });
  });

  test('on arbitrary strings, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), endpoint, (text, name) => {
      assertSane(text, name);
    }), { numRuns: 500 });
  });

  test('on random mutations of every fixture', () => {
    fc.assert(fc.property(mutatedFixture, endpoint, (text, name) => assertSane(text, name)), { numRuns: 1500 });
  });
});

describe('property: the CLI exits 0, 1 or 2 and its machine formats parse', () => {
  test('json, sarif and junit on folders of mutated fixtures', async () => {
    const format = fc.constantFrom('json', 'sarif', 'junit');
    await fc.assert(fc.asyncProperty(fc.array(mutatedFixture, { minLength: 1, maxLength: 6 }), format,
      async (bodies, chosen) => {
        const dir = mkdtempSync(join(tmpdir(), 'gcl-prop-'));
        try {
          bodies.forEach((body, i) => writeFileSync(join(dir, `b${i}.json`), body));
          const run = await runCli(['-f', chosen, '-e', 'auto', dir]);
          expect([0, 1, 2]).toContain(run.code);
          if (chosen === 'junit') expect(XMLValidator.validate(run.stdout)).toBe(true);
          else expect(() => JSON.parse(run.stdout)).not.toThrow();
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }), { numRuns: 40 });
  });
});
