// SARIF output is checked against the official 2.1.0 schema, since code scanning rejects a whole
// upload for one bad member, and against the findings it stands for, one result each.
import { describe, expect, test } from '@jest/globals';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintResult } from '../../src/lint/types.js';
import { toFileUri } from '../../src/reporters/file-uri.js';
import { renderReport, type InputFailure } from '../../src/reporters/reporter.js';
import { sarifReporter } from '../../src/reporters/sarif.js';
import { RULE_IDS } from '../../src/rules/rule-ids.js';
import { ROOT } from '../support/paths.js';
import {
  cleanResult, countFindings, countNotices, fixturesAsJson, hostileResult, lintHostileBody,
  missingInput,
} from '../support/report-inputs.js';
import { runCli } from '../support/run-cli.js';

// ajv and ajv-formats are CommonJS with a default export; under NodeNext that arrives wrapped.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

const SCHEMA_FILE = join(ROOT, 'test', 'support', 'sarif-schema-2.1.0.json');
// strictRequired off: the official schema lists in `required` some members that only a sibling
// branch declares (anyOf in the top-level definitions), which is valid JSON Schema.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn?: number; endLine?: number; endColumn?: number };
    };
    logicalLocations?: Array<{ fullyQualifiedName: string }>;
  }>;
  properties: Record<string, unknown>;
}

interface SarifLog {
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string }> } };
    results: SarifResult[];
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }>;
  }>;
}

/** Parses SARIF text and fails the test, naming each schema error, unless it is valid. */
function parseSarif(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
  return log;
}

function render(results: LintResult[], failures: InputFailure[] = []): SarifLog {
  const context = { color: false, version: '1.2.3' };
  return parseSarif(renderReport(sarifReporter, results, failures, context));
}

const uriOf = (result: SarifResult) => result.locations[0]!.physicalLocation.artifactLocation.uri;

/** Rule ids per file, in order: capture files hold several bodies, so bodies cannot be paired. */
function rulesByFile(pairs: Array<[string, string]>): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const [file, rule] of pairs) (byFile[file] ??= []).push(rule);
  return byFile;
}

describe('sarif reporter', () => {
  test('the fixture run is valid SARIF 2.1.0, one result per finding and notice', async () => {
    const [run, bodies] = await Promise.all([
      runCli(['-f', 'sarif', 'fixtures']),
      fixturesAsJson(),
    ]);
    const log = parseSarif(run.stdout);
    expect(run.code).toBe(1);
    expect(log.runs).toHaveLength(1);

    const { results, invocations } = log.runs[0]!;
    expect(results).toHaveLength(countFindings(bodies) + countNotices(bodies));
    const findings = results.filter((r) => r.ruleId !== 'deprecated-endpoint');
    const expected = bodies.flatMap((b) =>
      b.findings.map((f): [string, string] => [b.file, f.rule]));
    expect(rulesByFile(findings.map((r) => [uriOf(r), r.ruleId]))).toEqual(rulesByFile(expected));
    expect(invocations[0]!.executionSuccessful).toBe(true);
  });

  test('the driver lists every rule, and each ruleIndex points at its rule', () => {
    const log = render([hostileResult(), lintHostileBody()]);
    const { driver } = log.runs[0]!.tool;
    expect(driver.name).toBe('genesys-call-lint');
    expect(driver.version).toBe('1.2.3');
    expect(driver.rules.map((r) => r.id)).toEqual(expect.arrayContaining([...RULE_IDS]));
    for (const result of log.runs[0]!.results) {
      expect(driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    }
  });

  // A notice's ruleId looked like a rule's, but `explain` had no page for it (it has now).
  test('every descriptor, a notice kind\'s too, names the page explain prints for its id', () => {
    const { rules } = render([hostileResult()]).runs[0]!.tool.driver as unknown as
      { rules: Array<{ id: string; properties: { docs?: string } }> };
    for (const rule of rules) {
      expect(rule.properties.docs).toBe(`docs/rules/${rule.id}.md`);
      expect(existsSync(join(ROOT, rule.properties.docs!))).toBe(true);
    }
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['deprecated-endpoint', 'endpoint-auto']));
  });

  // Without a level the descriptor defaults to "warning", while a notice's results are notes.
  test('a notice kind\'s descriptor has the level "note"', () => {
    const { rules } = render([hostileResult()]).runs[0]!.tool.driver as unknown as
      { rules: Array<{ id: string; defaultConfiguration?: { level: string } }> };
    for (const kind of ['deprecated-endpoint', 'endpoint-auto']) {
      expect(rules.find((r) => r.id === kind)?.defaultConfiguration).toEqual({ level: 'note' });
    }
  });

  test('a finding has its level, message with hint, region and pointer', () => {
    const [notice, error, warning] = render([hostileResult()]).runs[0]!.results;
    const pointer = hostileResult().findings[0]!.pointer;
    expect(error).toMatchObject({ ruleId: 'unknown-field', level: 'error' });
    expect(error!.message.text).toMatch(/^message .* hint /s);
    const location = error!.locations[0]!;
    expect(location.physicalLocation.region).toEqual({
      startLine: 2, startColumn: 3, endLine: 2, endColumn: 9,
    });
    expect(location.logicalLocations).toEqual([{ fullyQualifiedName: pointer }]);
    expect(error!.properties['pointer']).toBe(pointer);
    expect(warning).toMatchObject({ ruleId: 'non-e164', level: 'warning' });
    expect(warning!.properties).toMatchObject({ bodyLine: 1, bodyColumn: 5 });
    // The notice sits where its HAR record starts.
    expect(notice).toMatchObject({ ruleId: 'deprecated-endpoint', level: 'note' });
    expect(notice!.locations[0]!.physicalLocation.region).toEqual({ startLine: 7 });
  });

  test('a notice of a HAR entry that does not start its line sits at its column too', () => {
    const onOneLine = { ...hostileResult(), source: { ...hostileResult().source!, column: 181 } };
    const [notice] = render([onOneLine]).runs[0]!.results;
    expect(notice!.locations[0]!.physicalLocation.region).toEqual({ startLine: 7, startColumn: 181 });
  });

  test('commas are right whichever bodies are clean (streamed output)', () => {
    const mixed = [cleanResult(), hostileResult(), cleanResult('b.json'), hostileResult()];
    expect(render(mixed).runs[0]!.results).toHaveLength(6);
    expect(render([cleanResult()]).runs[0]!.results).toEqual([]);
    expect(render([]).runs[0]!.results).toEqual([]);
  });

  // A missing path had a location too, which a viewer links to a file that is not there; the
  // github format already gave file= only to failures about an input it found.
  test('input failures are error notifications, on the file only when it was found', () => {
    const found = { file: 'bin ary.json', message: 'is binary', hint: 'Save it as UTF-8.',
      isAboutInput: true };
    const log = render([cleanResult()], [missingInput('missing dir/x.json'), found]);
    const invocation = log.runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([{
      level: 'error',
      message: { text: 'missing dir/x.json: no such file or directory. Check the path.' },
    }, {
      level: 'error',
      message: { text: 'bin ary.json: is binary. Save it as UTF-8.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'bin%20ary.json' } } }],
    }]);
  });

  test('the CLI records a missing input in the log as well as on stderr', async () => {
    const argv = ['-f', 'sarif', 'fixtures/cases/calls-mediatype-audio.json', 'no.json'];
    const run = await runCli(argv);
    const [invocation] = parseSarif(run.stdout).runs[0]!.invocations;
    expect(invocation!.executionSuccessful).toBe(false);
    expect(invocation!.toolExecutionNotifications).toEqual([expect.not.objectContaining({
      locations: expect.anything() })]);
    expect(run.stderr).toMatch(/no\.json/);
  });

  test.each([
    ['fixtures/cases/a.json', 'fixtures/cases/a.json'],
    ['dir with space/b.json', 'dir%20with%20space/b.json'],
    ['<stdin>', '%3Cstdin%3E'],
    ['a:b.json', 'a%3Ab.json'],
    ['100%#?.json', '100%25%23%3F.json'],
    ['é.json', '%C3%A9.json'],
    ['lone\ud800.json', 'lone%EF%BF%BD.json'],
    ['/tmp/x y.json', 'file:///tmp/x%20y.json'],
  ])('file %j has the URI reference %j on every platform', (path, uri) => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) expect(toFileUri(path, platform)).toBe(uri);
  });

  // A backslash separates folders on Windows only; elsewhere it is a character of the name.
  test.each([
    ['dir\\sub\\c.json', 'dir/sub/c.json', 'dir%5Csub%5Cc.json'],
    ['C:\\work\\d.json', 'file:///C:/work/d.json', 'C%3A%5Cwork%5Cd.json'],
    ['C:/work/d.json', 'file:///C:/work/d.json', 'C%3A/work/d.json'],
    ['a\\b.json', 'a/b.json', 'a%5Cb.json'],
  ])('file %j has the URI reference %j on Windows, %j on POSIX', (path, windows, posix) => {
    expect(toFileUri(path, 'win32')).toBe(windows);
    expect(toFileUri(path, 'linux')).toBe(posix);
    expect(toFileUri(path, 'darwin')).toBe(posix);
  });

  (process.platform === 'win32' ? test.skip : test)('on POSIX the CLI keeps a backslash in a name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-sarif-'));
    try {
      writeFileSync(join(dir, 'a\\b.json'), '{"to":1}');
      const folder = parseSarif((await runCli(['--no-config', '-f', 'sarif', '.'], { cwd: dir })).stdout);
      expect(folder.runs[0]!.results.map(uriOf)).toContain('a%5Cb.json');
      const stdin = await runCli(['--no-config', '-f', 'sarif', '--stdin-filename', 'C:\\x\\y z.json', '-'],
        { cwd: dir, stdin: '{"to":1}' });
      expect(new Set(parseSarif(stdin.stdout).runs[0]!.results.map(uriOf))).toEqual(new Set(['C%3A%5Cx%5Cy%20z.json']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
