// Each file is linted with the config file nearest to it (src/cli/config-lookup.ts): run from a
// monorepo's root, a service's own config (its endpoints, rules, country, ignores) was passed
// over for the root's, and --fix rewrote its bodies for the wrong endpoint.
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../src/api/lint-files.js';
import { configLookup, type ConfigLookup } from '../src/cli/config-lookup.js';
import { planInputs } from '../src/cli/plan-inputs.js';
import { CLI_WORDS } from '../src/cli/cli-words.js';
import { runCli } from './support/run-cli.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const REPLACE_AGENT = '{"userId":"1d2c3b4a-5e6f-4a8b-9c0d-1e2f3a4b5c6d"}';
const NATIONAL = '{"phoneNumber":"0117 496 0123"}';
const AGENT_CONFIG = 'services/agent/genesys-call-lint.config.json';
const OTHER_CONFIG = 'services/other/.genesys-call-lintrc.json';
// The replace-agent body linted as create-call, as under any config but services/agent's.
const AS_CALL = ['CreateCallRequest', 'missing-target:error', 'unknown-field:error'];

/**
 * The root's config turns non-e164 off; services/agent maps its payloads to replace-agent;
 * services/other turns non-e164 into an error and reads national numbers as British.
 */
function monorepo(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'gcl-nearest-'));
  made.push(dir);
  const files: Record<string, string> = {
    'genesys-call-lint.config.json': '{"rules":{"non-e164":"off"}}',
    [AGENT_CONFIG]: '{"endpoints":{"payloads/**":"replace-agent"}}',
    'services/agent/payloads/a.json': REPLACE_AGENT,
    [OTHER_CONFIG]: '{"rules":{"non-e164":"error"},"defaultCountry":"gb"}',
    'services/other/c.json': NATIONAL,
    'r.json': NATIONAL,
    ...extra,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A result as the json format writes it. */
interface JsonResult {
  file: string;
  model: string;
  findings: Array<{ rule: string; severity: string; message: string }>;
}

const results = (stdout: string): JsonResult[] =>
  (JSON.parse(stdout) as { results: JsonResult[] }).results;

/** Each file's model and the rule ids of its findings with their severity. */
const outline = (linted: readonly JsonResult[]) => Object.fromEntries(linted.map((result) => [
  result.file, [result.model, ...result.findings.map((f) => `${f.rule}:${f.severity}`)]]));

/** lintFiles' results in the json format's words. */
const asJson = (linted: Awaited<ReturnType<typeof lintFiles>>): JsonResult[] =>
  linted.results.map((result) => ({ file: result.filePath, model: result.model,
    findings: result.findings.map((f) => ({ rule: f.ruleId, severity: f.severity,
      message: f.message })) }));

describe('each file takes the config nearest to it', () => {
  test('nested configs give their files their own endpoints, rules and country in one run',
    async () => {
      const dir = monorepo();
      const run = await runCli(['-f', 'json', '.'], { cwd: dir });
      expect(outline(results(run.stdout))).toEqual({
        'r.json': ['CreateCallRequest', 'phone-formatting:warning'],
        'services/agent/payloads/a.json': ['TransferToAgentRequest'],
        'services/other/c.json': ['CreateCallRequest', 'non-e164:error', 'phone-formatting:warning'],
      });
      // The country is services/other's (in capitals, as --country gives it): a British number.
      const c = results(run.stdout).find((result) => result.file === 'services/other/c.json')!;
      expect(JSON.stringify(c.findings)).toContain('+441174960123');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
    });

  test('--config applies the one config it names to every file', async () => {
    const dir = monorepo();
    const run = await runCli(['-f', 'json', '--config', 'genesys-call-lint.config.json', 'services'],
      { cwd: dir });
    expect(outline(results(run.stdout))).toEqual({
      'services/agent/payloads/a.json': AS_CALL,
      'services/other/c.json': ['CreateCallRequest', 'phone-formatting:warning'],
    });
  });

  test('--no-config applies none', async () => {
    const dir = monorepo();
    const run = await runCli(['-f', 'json', '--no-config', 'services/agent'], { cwd: dir });
    expect(outline(results(run.stdout))).toEqual({
      'services/agent/payloads/a.json': AS_CALL,
    });
  });

  test('a file with no config above it uses none', async () => {
    const dir = monorepo();
    rmSync(join(dir, 'genesys-call-lint.config.json'));
    const run = await runCli(['-f', 'json', 'r.json', 'services/other'], { cwd: dir });
    expect(outline(results(run.stdout))).toEqual({
      'r.json': ['CreateCallRequest', 'non-e164:warning', 'phone-formatting:warning'],
      'services/other/c.json': ['CreateCallRequest', 'non-e164:error', 'phone-formatting:warning'],
    });
  });

  // Before, the run warned that a closer config was not applied, and --fix held such files back.
  test('--fix fixes each file for its own config, and says nothing of other configs', async () => {
    const dir = monorepo();
    const run = await runCli(['-f', 'compact', '--fix', 'services', 'r.json'], { cwd: dir });
    // Linted as create-call, the replace-agent body got its userId rewritten into callUserId.
    expect(readFileSync(join(dir, 'services/agent/payloads/a.json'), 'utf8')).toBe(REPLACE_AGENT);
    // The British number is written in full only where the config gives the country.
    expect(readFileSync(join(dir, 'services/other/c.json'), 'utf8'))
      .toBe('{"phoneNumber":"+441174960123"}');
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe('{"phoneNumber":"01174960123"}');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  test('stdin named by --stdin-filename takes that file\'s config, for linting and fixing',
    async () => {
      const dir = monorepo();
      const named = ['-', '--stdin-filename', 'services/agent/payloads/new.json'];
      const linted = await runCli(['-f', 'json', ...named], { cwd: dir, stdin: REPLACE_AGENT });
      expect(outline(results(linted.stdout))).toEqual({
        'services/agent/payloads/new.json': ['TransferToAgentRequest'],
      });
      const fixed = await runCli(['--fix-dry-run', ...named], { cwd: dir, stdin: REPLACE_AGENT });
      expect([fixed.code, fixed.stdout]).toEqual([0, '']);
      // Unnamed, stdin takes the working folder's config, as before.
      const unnamed = await runCli(['-f', 'json', '-'], { cwd: dir, stdin: NATIONAL });
      expect(outline(results(unnamed.stdout))).toEqual({
        '<stdin>': ['CreateCallRequest', 'phone-formatting:warning'],
      });
    });

  test('a nearer config\'s "ignores" are relative to its own folder and name it', async () => {
    const dir = monorepo({
      [AGENT_CONFIG]: '{"endpoints":{"payloads/**":"replace-agent"},"ignores":["payloads/drafts/**"]}',
      'services/agent/payloads/drafts/d.json': '{}',
    });
    const found = await runCli(['-f', 'json', 'services/agent'], { cwd: dir });
    expect(Object.keys(outline(results(found.stdout)))).toEqual(['services/agent/payloads/a.json']);
    const named = await runCli(['-f', 'json', 'services/agent/payloads/drafts/d.json', 'r.json'],
      { cwd: dir });
    expect(named.stderr).toBe('genesys-call-lint: services/agent/payloads/drafts/d.json: skipped, ' +
      `matched by "ignores" in ${join(dir, AGENT_CONFIG)}\n`);
  });

  test('a broken nearer config stops the run once, naming it and where it was found from (exit 2)',
    async () => {
      const dir = monorepo({
        [AGENT_CONFIG]: '{"endpoints":{"payloads/**":"replace-agnet"}}',
        'services/agent/payloads/b.json': REPLACE_AGENT,
      });
      const run = await runCli(['-f', 'json', 'r.json', 'services/agent/payloads'], { cwd: dir });
      expect(run.stdout).toBe('');
      expect(run.stderr.match(/genesys-call-lint: /g)).toHaveLength(1);
      expect(run.stderr).toContain('genesys-call-lint: invalid configuration in ' +
        `${join(dir, AGENT_CONFIG)}: endpoints["payloads/**"] `);
      expect(run.code).toBe(2);
      const unparsed = monorepo({ [AGENT_CONFIG]: '{"endpoints":' });
      const parse = await runCli(['services/agent/payloads/a.json'], { cwd: unparsed });
      expect(parse.stderr)
        .toContain(`cannot parse configuration ${join(unparsed, AGENT_CONFIG)}:1:14`);
      expect(parse.stderr).toContain('(it was found by looking up from services/agent/payloads)');
      expect(parse.code).toBe(2);
    });

  test('--print-config FILE shows the config that FILE is linted with', async () => {
    const dir = monorepo();
    const printed = async (file: string, argv: string[] = []) => JSON.parse((await runCli(
      ['--print-config', file, ...argv], { cwd: dir })).stdout) as Record<string, unknown>;
    expect(await printed('services/agent/payloads/a.json')).toMatchObject({
      configFile: join(dir, AGENT_CONFIG), model: 'TransferToAgentRequest',
    });
    expect(await printed('services/other/new.json')).toMatchObject({
      configFile: join(dir, OTHER_CONFIG), defaultCountry: 'GB', rules: { 'non-e164': 'error' },
    });
    expect(await printed('services/agent/payloads/a.json', ['-c', 'genesys-call-lint.config.json']))
      .toMatchObject({ configFile: join(dir, 'genesys-call-lint.config.json'),
        model: 'CreateCallRequest' });
    expect(await printed('services/agent/payloads/a.json')).not.toHaveProperty('nearerConfigFile');
  });

  test('lintFiles looks up each file\'s config as the CLI does; its config option beats that',
    async () => {
      const dir = monorepo();
      const nearest = await lintFiles(['services'], { cwd: dir });
      expect(outline(asJson(nearest))).toEqual({
        'services/agent/payloads/a.json': ['TransferToAgentRequest'],
        'services/other/c.json': ['CreateCallRequest', 'non-e164:error', 'phone-formatting:warning'],
      });
      const config = 'genesys-call-lint.config.json';
      const named = await lintFiles(['services'], { cwd: dir, config });
      expect(outline(asJson(named))).toEqual({
        'services/agent/payloads/a.json': AS_CALL,
        'services/other/c.json': ['CreateCallRequest', 'phone-formatting:warning'],
      });
    });

  test('--cache lints a file again when its nearer config changes', async () => {
    const dir = monorepo();
    const cached = async () => outline(results((await runCli(
      ['-f', 'json', '--cache', '--cache-strategy', 'content', 'services/other'],
      { cwd: dir })).stdout));
    expect(await cached()).toEqual({
      'services/other/c.json': ['CreateCallRequest', 'non-e164:error', 'phone-formatting:warning'],
    });
    writeFileSync(join(dir, OTHER_CONFIG), '{"rules":{"non-e164":"off","phone-formatting":"error"}}');
    expect(await cached()).toEqual({
      'services/other/c.json': ['CreateCallRequest', 'phone-formatting:error'],
    });
  });

  // 10,000 files in one folder must not read their config 10,000 times, nor look in the folders
  // above each of them again.
  test('each folder is looked in once a run, and each config read once', () => {
    const dir = monorepo();
    const configs = configLookup(undefined, dir, CLI_WORDS);
    const agent = (name: string) => join(dir, 'services/agent/payloads', name);
    const first = configs.forFile(agent('a.json'));
    expect(first.file).toBe(join(dir, AGENT_CONFIG));
    expect(configs.forFile(agent('b.json'))).toBe(first);
    expect(configs.forFile(join(dir, 'services/agent/x.json'))).toBe(first);
    // A config made in a folder already looked in is not seen by this run, nor a change to one
    // already read.
    writeFileSync(join(dir, 'services/agent/payloads/.genesys-call-lintrc.json'), '{}');
    writeFileSync(join(dir, AGENT_CONFIG), '{"rules":{"non-e164":"off"}}');
    expect(configs.forFile(agent('c.json'))).toBe(first);
    expect(configLookup(undefined, dir, CLI_WORDS).forFile(agent('c.json')).file)
      .toBe(join(dir, 'services/agent/payloads/.genesys-call-lintrc.json'));
  });
});

// What a tester found after the change above: each case passed before it, or was new with it.
describe('ignores, broken and linked configs under nearest-config lookup', () => {
  const ROOT_CONFIG = 'genesys-call-lint.config.json';
  const BROKEN = { 'fixtures/bad/package.json': '{"name": "broken",', 'fixtures/bad/b.json': '{}' };

  test('a folder the root\'s ignores or a negation leave out is not looked in for a config',
    async () => {
      const dir = monorepo({ ...BROKEN, [ROOT_CONFIG]: '{"ignores":["fixtures/**"]}' });
      const ignored = await runCli(['-f', 'json', '.'], { cwd: dir });
      expect([ignored.code, ignored.stderr]).toEqual([1, '']);
      expect(Object.keys(outline(results(ignored.stdout)))).not.toContain('fixtures/bad/b.json');
      writeFileSync(join(dir, ROOT_CONFIG), '{}');
      const negated = await runCli(['-f', 'json', '.', '!fixtures/**'], { cwd: dir });
      expect([negated.code, negated.stderr]).toEqual([1, '']);
      expect(Object.keys(outline(results(negated.stdout)))).toHaveLength(3);
    });

  test('a package.json that is no JSON below the working folder is passed over, noted once',
    async () => {
      const dir = monorepo({ ...BROKEN, 'fixtures/bad/c.json': REPLACE_AGENT,
        [ROOT_CONFIG]: '{"endpoints":{"fixtures/**":"replace-agent"}}' });
      const run = await runCli(['-f', 'json', 'fixtures'], { cwd: dir });
      // The root's config applies to the folder's bodies; the broken file is linted as one.
      expect(outline(results(run.stdout))).toMatchObject({
        'fixtures/bad/b.json': ['TransferToAgentRequest', 'empty-body:error'],
        'fixtures/bad/c.json': ['TransferToAgentRequest'],
        'fixtures/bad/package.json': ['TransferToAgentRequest', 'syntax-error:error'],
      });
      expect(run.stderr).toBe('genesys-call-lint: fixtures/bad/package.json: not valid JSON, so ' +
        'passed over as holding no configuration; the config above it applies\n');
      // A broken config under one of this tool's own names still stops the run.
      writeFileSync(join(dir, 'fixtures/bad/.genesys-call-lintrc.json'), '{"rules":');
      const named = await runCli(['fixtures/bad/c.json'], { cwd: dir });
      expect(named.stderr).toContain('cannot parse configuration ' +
        `${join(dir, 'fixtures/bad/.genesys-call-lintrc.json')}:1:10`);
      expect(named.code).toBe(2);
    });

  // lintFiles passed over it without a word, where the CLI notes it on stderr.
  test('lintFiles names a package.json it passed over among its notices, once', async () => {
    const dir = monorepo({ ...BROKEN, 'fixtures/bad/c.json': REPLACE_AGENT });
    const linted = await lintFiles(['fixtures', 'fixtures/bad/c.json'], { cwd: dir });
    expect(linted.notices).toEqual([{ kind: 'package-json-passed-over', severity: 'info',
      file: 'fixtures/bad/package.json', message: 'not valid JSON, so passed over as holding ' +
        'no configuration; the config above it applies' }]);
    const clean = await lintFiles(['services'], { cwd: dir });
    expect(clean.notices).toEqual([]);
  });

  test('the ignores of the configs above a file, up to the working folder\'s, leave it out too',
    async () => {
      const dir = monorepo({ [ROOT_CONFIG]: '{"ignores":["services/agent/**"]}' });
      const named = await runCli(['-f', 'json', 'services/agent/payloads/a.json'], { cwd: dir });
      expect(named.stderr).toBe('genesys-call-lint: services/agent/payloads/a.json: skipped, ' +
        `matched by "ignores" in ${join(dir, ROOT_CONFIG)}\n`);
      const found = await runCli(['-f', 'json', 'services'], { cwd: dir });
      expect(Object.keys(outline(results(found.stdout)))).toEqual(['services/other/c.json']);
      const printed = await runCli(['--print-config', 'services/agent/payloads/a.json'],
        { cwd: dir });
      expect(JSON.parse(printed.stdout)).toMatchObject({
        configFile: join(dir, AGENT_CONFIG), ignoredWhenExpanded: true,
      });
      // Run from below it, the root's config is above the working folder's: it does not apply.
      const below = await runCli(['-f', 'json', 'payloads/a.json'],
        { cwd: join(dir, 'services/agent') });
      expect(outline(results(below.stdout))).toEqual({ 'payloads/a.json': ['TransferToAgentRequest'] });
    });

  test('a named file that "ignores" leaves out is asked about once, for the note too', async () => {
    const dir = monorepo({ [ROOT_CONFIG]: '{"ignores":["services/agent/**"]}' });
    const lookup = configLookup(undefined, dir, CLI_WORDS);
    const asked: string[] = [];
    const configs: ConfigLookup = { ...lookup, ignoredBy: (file, isExcluded) => {
      asked.push(file);
      return lookup.ignoredBy(file, isExcluded);
    } };
    const named = 'services/agent/payloads/a.json';
    const plan = await planInputs({ inputs: [named, 'r.json'], cwd: dir, configs,
      format: undefined, endpoint: undefined, stdinFilename: undefined, example: '' });
    expect(plan.ignored).toEqual([{ file: named, configFile: join(dir, ROOT_CONFIG) }]);
    expect(asked).toEqual([join(dir, named), join(dir, 'r.json')]);
  });

  test('a nearer config that links to a file of another name is applied, not linted', async () => {
    const dir = monorepo({ 'shared/base.json': '{"endpoints":{"payloads/**":"replace-agent"}}' });
    rmSync(join(dir, AGENT_CONFIG));
    symlinkSync('../../shared/base.json', join(dir, AGENT_CONFIG));
    const found = await runCli(['-f', 'json', 'services/agent', 'shared'], { cwd: dir });
    expect(outline(results(found.stdout))).toEqual({
      'services/agent/payloads/a.json': ['TransferToAgentRequest'],
    });
    const named = await runCli(['-f', 'json', 'services/agent', 'shared/base.json'], { cwd: dir });
    expect(Object.keys(outline(results(named.stdout)))).toEqual(['services/agent/payloads/a.json']);
    expect(named.stderr).toBe('genesys-call-lint: shared/base.json: skipped, it is a ' +
      'genesys-call-lint configuration file, not a request body\n');
  });

  test('--print-config FOLDER shows the config the files in it take', async () => {
    const dir = monorepo();
    for (const folder of ['services/agent', 'services/agent/payloads']) {
      const run = await runCli(['--print-config', folder], { cwd: dir });
      expect(JSON.parse(run.stdout)).toMatchObject({ configFile: join(dir, AGENT_CONFIG) });
    }
  });
});

// -f json and -f sarif did not say which config applied to a file, which under nearest-config
// lookup differs from file to file.
describe('reports name the config file each result was linted under', () => {
  const configsOf = (stdout: string) => Object.fromEntries(
    (JSON.parse(stdout) as { results: Array<{ file: string; configFile: unknown }> }).results
      .map((result) => [result.file, result.configFile]));
  const BY_FILE = {
    'r.json': 'genesys-call-lint.config.json',
    'services/agent/payloads/a.json': AGENT_CONFIG,
    'services/other/c.json': OTHER_CONFIG,
  };

  test('in JSON, also when replayed from --cache, and null with --no-config', async () => {
    const dir = monorepo();
    for (const extra of [[], ['--cache'], ['--cache']]) {
      const run = await runCli(['-f', 'json', ...extra, '.'], { cwd: dir });
      expect(configsOf(run.stdout)).toEqual(BY_FILE);
    }
    const none = await runCli(['-f', 'json', '--no-config', 'r.json'], { cwd: dir });
    expect(configsOf(none.stdout)).toEqual({ 'r.json': null });
  });

  test('in SARIF, among the properties of each result', async () => {
    const dir = monorepo();
    const run = await runCli(['-f', 'sarif', '.'], { cwd: dir });
    const [sarifRun] = (JSON.parse(run.stdout) as { runs: Array<{ results: Array<{
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
      properties: { configFile?: string } }> }> }).runs;
    const pairs = sarifRun!.results.map((result) => [
      result.locations[0]!.physicalLocation.artifactLocation.uri, result.properties.configFile]);
    // a.json is clean, so it has no result to carry it.
    expect(Object.fromEntries(pairs)).toEqual({ 'r.json': BY_FILE['r.json'],
      'services/other/c.json': OTHER_CONFIG });
  });

  test('lintFiles results carry it as configFile', async () => {
    const dir = monorepo();
    const linted = await lintFiles(['.'], { cwd: dir });
    expect(Object.fromEntries(linted.results.map((r) => [r.filePath, r.configFile])))
      .toEqual(BY_FILE);
  });
});
