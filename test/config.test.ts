// Configuration discovery and validation, through the CLI as users meet it.
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../src/api/lint-files.js';
import { UsageError } from '../src/lint/usage-error.js';
import { BIN } from './support/paths.js';
import { runCli } from './support/run-cli.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gcl-config-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const CONSULT_BODY = '{"speakTo":"destination","destination":{"address":"+13175550142"}}';

describe('configuration files that are not what they seem', () => {
  test('"auto" is an endpoint in the file, as with --endpoint', async () => {
    const dir = project({ 'genesys-call-lint.config.json': '{"endpoints":{"*.json":"auto"}}', 'a.json': CONSULT_BODY });
    const run = await runCli(['-f', 'json', 'a.json'], { cwd: dir });
    expect((JSON.parse(run.stdout) as { results: Array<{ model: string }> }).results[0]!.model).toBe('ConsultTransfer');
    expect(run.code).toBe(0);
  });

  test('a config nested 5,000 levels deep gets its message, not a stack trace', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    for (const key of ['rules', 'endpoint', 'ignores']) {
      const dir = project({ 'genesys-call-lint.config.json': `{"${key}":${deep}}`, 'a.json': CONSULT_BODY });
      const run = await runCli(['a.json'], { cwd: dir });
      expect([key, run.code]).toEqual([key, 2]);
      expect(run.stderr).toMatch(/invalid configuration in .*genesys-call-lint\.config\.json: \S+ must be/);
      expect(run.stderr).not.toContain('internal error');
    }
  });

  // One run names every problem, as a lint of bodies does: fixing a config error by error is slow.
  // All on one line, with their hints on another, the numbers had to be matched up by eye.
  test('a config with several problems gets them all, one a line, each with its hint', async () => {
    const dir = project({ 'genesys-call-lint.config.json':
      '{"extra":1,"more":2,"rules":{"unknown-feld":"off"},"defaultCountry":"us"}', 'a.json': CONSULT_BODY });
    const run = await runCli(['a.json'], { cwd: dir });
    expect(run.code).toBe(2);
    const allowed = 'Allowed: $schema, endpoint, endpoints, ignores, rules, defaultCountry. The ' +
      'keys are described in schemas/config.schema.json.';
    expect(run.stderr).toMatch(/genesys-call-lint\.config\.json: 3 problems:\n/);
    expect(run.stderr.slice(run.stderr.indexOf('problems:\n') + 10)).toBe(
      `  (1) "extra" is not a known key\n      ${allowed}\n` +
      `  (2) "more" is not a known key\n      ${allowed}\n` +
      '  (3) rules.unknown-feld is not a rule id\n      Did you mean unknown-field? Allowed: ' +
      'syntax-error, empty-body, not-an-object, unknown-field, missing-target, conflicting-targets, ' +
      'missing-required, wrong-type, invalid-uuid, invalid-phone, invalid-enum, invalid-datetime, ' +
      'empty-value, non-e164, phone-formatting, uri-address, enum-case, duplicate-key, self-merge, ' +
      'read-only-member. ' +
      'The keys are described in schemas/config.schema.json.\n' +
      '  Fix them in that file, or run with --no-config to ignore it.\n');
  });

  test('the library\'s error lists them the same way, and each apart', async () => {
    const dir = project({ 'genesys-call-lint.config.json': '{"extra":1,"endpoint":"consutl"}' });
    const error = await lintFiles(['a.json'], { cwd: dir }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UsageError);
    const { message, problems } = error as UsageError;
    expect(message).toMatch(/: 2 problems:\n {2}\(1\) "extra" is not a known key\n {6}Allowed: .*\n {2}\(2\) endpoint "consutl" .*\n {6}.*Did you mean "consult"\?/);
    expect(problems.map((problem) => problem.message)).toEqual([
      '"extra" is not a known key', expect.stringMatching(/^endpoint "consutl" /)]);
  });

  test('endpoint, ignores and country problems are named together', async () => {
    const dir = project({ 'genesys-call-lint.config.json':
      '{"endpoint":"consutl","ignores":["!old/**"],"defaultCountry":"XX"}', 'a.json': CONSULT_BODY });
    const run = await runCli(['a.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/3 problems:\n {2}\(1\) ignores\[0\] "!old\/\*\*" .*\n.*\n {2}\(2\) endpoint "consutl" .*\n {6}Did you mean "consult"\?.*\n {2}\(3\) defaultCountry "XX" /);
  });

  // A schema error elsewhere (an unknown key) hid the endpoint, glob and country checks until it
  // was fixed (sandpiper); a country of three letters got the schema's pattern, not a hint.
  test('a schema error hides none of the other problems', async () => {
    const dir = project({ 'genesys-call-lint.config.json': '{"ignore":["old/**"],"endpoints":' +
      '{"!y":"consult","x/**":"consutl"},"defaultCountry":"usa"}', 'a.json': CONSULT_BODY });
    const run = await runCli(['a.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/: 4 problems:\n {2}\(1\) "ignore" is not a known key\n.*\n {2}\(2\) endpoints\["!y"\] .*\n.*\n {2}\(3\) endpoints\["x\/\*\*"\] "consutl" .*\n.*\n {2}\(4\) defaultCountry "usa" is not a country code/);
    expect(run.stderr).toContain('\n      Write only what the pattern should match, without "!": an ' +
      'endpoints pattern maps');
    expect(run.stderr).toMatch(/\n {2}\(4\) defaultCountry "usa" .*\n {6}Did you mean US\? Country codes are ISO 3166 alpha-2\./);
  });

  test('a rule severity near a known one is named back', async () => {
    const dir = project({ 'genesys-call-lint.config.json': '{"rules":{"non-e164":"warnings",' +
      '"uri-address":"eror","enum-case":""}}', 'a.json': CONSULT_BODY });
    const run = await runCli(['a.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\(1\) rules\.non-e164 .*\n {6}Did you mean "warn"\? .*\n {2}\(2\) rules\.uri-address .*\n {6}Did you mean "error"\? .*\n {2}\(3\) rules\.enum-case .*\n {6}Allowed: off/);
  });

  test('a parse error is placed at its line and column', async () => {
    const dir = project({ 'genesys-call-lint.config.json': '{\n  "rules": {\n    "non-e164": "off",\n  }\n}\n' });
    const run = await runCli(['x.json'], { cwd: dir });
    expect(run.stderr).toContain('genesys-call-lint.config.json:4:3: a comma before the closing brace');
    expect(run.code).toBe(2);
  });

  test.each([
    ['a package.json that is not JSON, found on the way up', { 'package.json': '{"name":' }, [],
      'cannot parse configuration', 'found by looking up from the current folder'],
    ['a package.json key that is no object', { 'package.json': '{"genesys-call-lint":"foo"}' }, [],
      '"genesys-call-lint" must be an object of settings', 'schemas/config.schema.json'],
    ['--config naming a package.json without the key', { 'package.json': '{"name":"x"}' }, ['-c', 'package.json'],
      'package.json has no "genesys-call-lint" key', 'Add "genesys-call-lint"'],
    ['a config found on the way up that is a folder', { 'genesys-call-lint.config.json/x': '' }, [],
      'genesys-call-lint.config.json: it is a folder', 'found by looking up'],
    ['--config naming a device', {}, ['-c', '/dev/zero'],
      '/dev/zero: it is not a regular file', 'Check the path given to --config'],
  ])('%s is an error naming it (exit 2)', async (_name, files, args, message, hint) => {
    const dir = project({ ...files, 'a.json': '{"phoneNumber":"+13175550142"}' });
    const run = await runCli([...args, 'a.json'], { cwd: dir });
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(hint);
    expect(run.code).toBe(2);
  });

  test.each([
    ['{"rules": []}', 'rules must be an object, not a list ("[]")', '"rules": { "non-e164": "off" }'],
    ['{"ignores": "drafts/**"}', 'ignores must be an array, not a string', '"ignores": ["drafts/**"]'],
    ['{"ignores": ["a", 3]}', 'ignores[1] must be a string, not an integer ("3")', '"ignores": ["drafts/**"]'],
    ['{"endpoints": {"a/*.json": null}}', 'endpoints["a/*.json"] must be a string, not null',
      '"endpoints": { "consult/**/*.json": "consult" }'],
    ['[]', '(top level) must be an object, not a list', 'an object of the keys in the schema'],
  ])('a value of the wrong type, %s, is named with its type and an example', async (config, message, example) => {
    const dir = project({ 'genesys-call-lint.config.json': config, 'a.json': '{"phoneNumber":"+13175550142"}' });
    const run = await runCli(['a.json'], { cwd: dir });
    expect(run.stderr).toContain(`genesys-call-lint.config.json: ${message}`);
    expect(run.stderr).toContain(`Allowed: ${example}.`);
    expect(run.code).toBe(2);
  });

  test('a config saved as UTF-16 is read, as bodies are; a binary one says so', async () => {
    const config = '{"rules":{"non-e164":"off"}}';
    const dir = project({ 'a.json': '{"phoneNumber":"3175550142"}' });
    writeFileSync(join(dir, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(config, 'utf16le')]));
    writeFileSync(join(dir, 'nul.json'), `${config}\u0000`);
    const utf16 = await runCli(['-c', 'utf16.json', '-f', 'compact', 'a.json'], { cwd: dir });
    expect([utf16.code, utf16.stdout]).toEqual([0, '0 problems (0 errors, 0 warnings)\n']);
    const nul = await runCli(['-c', 'nul.json', 'a.json'], { cwd: dir });
    expect(nul.stderr).toContain('nul.json: binary content (a NUL byte at byte offset 28)\n');
    expect(nul.code).toBe(2);
  });

  test('a config found on the way up that links to nothing is an error, not passed over', async () => {
    const dir = project({ 'genesys-call-lint.config.json': '{"rules":{"non-e164":"off"}}', 'sub/a.json': '{"phoneNumber":"+13175550142"}' });
    symlinkSync('missing.json', join(dir, 'sub', 'genesys-call-lint.config.json'));
    const run = await runCli(['a.json'], { cwd: join(dir, 'sub') });
    expect(run.stderr).toContain('genesys-call-lint.config.json: it is a symbolic link to nothing');
    expect(run.code).toBe(2);
  });

  test('"UK" as the country is told to be GB', async () => {
    const dir = project({ 'genesys-call-lint.config.json': '{"defaultCountry":"UK"}', 'a.json': '{}' });
    const fromFile = await runCli(['a.json'], { cwd: dir });
    const fromFlag = await runCli(['--no-config', '--country', 'uk', 'a.json'], { cwd: dir });
    for (const run of [fromFile, fromFlag]) {
      expect(run.stderr).toContain('Did you mean GB? Country codes are ISO 3166 alpha-2.');
      expect(run.code).toBe(2);
    }
  });

  test('a FIFO as the config, named or found, is refused at once, not waited on', async () => {
    const dir = project({ 'a.json': '{"phoneNumber":"+13175550142"}' });
    mkdirSync(join(dir, 'sub'));
    execFileSync('mkfifo', [join(dir, 'named.json'), join(dir, 'sub', 'genesys-call-lint.config.json')]);
    const named = await runCli(['-c', 'named.json', 'a.json'], { cwd: dir });
    const found = await runCli(['../a.json'], { cwd: join(dir, 'sub') });
    for (const run of [named, found]) {
      expect(run.stderr).toContain('it is not a regular file (a FIFO, socket or device)');
      expect(run.code).toBe(2);
    }
  });
});

test('"-" with nothing piped in fails as one input; the others are still linted', async () => {
  const dir = project({ 'a.json': '{"phoneNumber":"+13175550142"}' });
  const run = spawnSync(process.execPath, [BIN, '--no-config', '-', 'a.json'],
    { cwd: dir, encoding: 'utf8', stdio: [openSync('/dev/null', 'r'), 'pipe', 'pipe'] });
  expect(run.stderr).toContain('genesys-call-lint: -: names standard input, but nothing is piped in');
  expect(run.stdout).toBe('1 body checked, no problems, 1 input could not be read.\n');
  expect(run.status).toBe(2);
});

// What is redirected in is named as it is: a folder or /dev/zero was once called a terminal.
describe('"-" with standard input that is no piped text says what it is', () => {
  const cases = [
    ['/dev/null', 'names standard input, but nothing is piped in (it is /dev/null)'],
    ['/dev/zero', 'names standard input, which is a device, not piped text'],
    ['a folder', 'names standard input, which is a folder, not piped text'],
  ] as const;
  test.each(cases)('%s', (what, message) => {
    const dir = project({ 'a.json': '{"phoneNumber":"+13175550142"}' });
    const stdin = openSync(what === 'a folder' ? dir : what, 'r');
    const run = spawnSync(process.execPath, [BIN, '--no-config', '-f', 'compact', '-', 'a.json'],
      { cwd: dir, encoding: 'utf8', stdio: [stdin, 'pipe', 'pipe'], timeout: 20_000 });
    closeSync(stdin);
    expect(run.stderr).toContain(`genesys-call-lint: -: ${message}\n`);
    expect(run.status).toBe(2);
  });
});

describe('"ignores" and --stdin-filename', () => {
  test('stdin named by --stdin-filename is skipped when "ignores" matches the name, like the file', async () => {
    const dir = project({ 'genesys-call-lint.config.json': '{"ignores":["skip/**"]}' });
    const stdin = '{"to":"x"}';
    const skipped = await runCli(['--stdin-filename', 'skip/a.json', '-'], { cwd: dir, stdin });
    expect(skipped.stderr).toBe(`genesys-call-lint: skip/a.json: skipped, matched by "ignores" in ${join(dir, 'genesys-call-lint.config.json')}\n`);
    expect([skipped.code, skipped.stdout]).toEqual([0, '0 bodies checked, no problems.\n']);
    const linted = await runCli(['--stdin-filename', 'keep/a.json', '-'], { cwd: dir, stdin });
    expect(linted.code).toBe(1);
  });
});

test('a glob whose every match "ignores" excludes says so, not that it matched nothing', async () => {
  const dir = project({ 'genesys-call-lint.config.json': '{"ignores":["skip/**"]}', 'skip/a.json': '{}', 'skip/b.json': '{}' });
  const run = await runCli(['skip/*.json'], { cwd: dir });
  expect(run.stderr).toContain('skip/*.json: the glob matched 2 files, all excluded by "ignores" in the config file');
  expect(run.code).toBe(2);
});

describe('configuration', () => {
  test('is found upwards and maps file patterns to endpoints', async () => {
    const dir = project({
      'genesys-call-lint.config.json': JSON.stringify({ endpoints: { 'bodies/consult/**': 'consult' } }),
      'bodies/consult/a.json': CONSULT_BODY,
    });
    const run = await runCli(['-f', 'json', 'a.json'], { cwd: join(dir, 'bodies', 'consult') });
    const output = JSON.parse(run.stdout) as { results: Array<{ model: string }> };
    expect(output.results[0]!.model).toBe('ConsultTransfer');
    expect(run.code).toBe(0);
  });

  test('a package.json key counts, and --endpoint overrides the file', async () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 'x', 'genesys-call-lint': { endpoint: 'consult' } }),
      'a.json': CONSULT_BODY,
    });
    const fromFile = await runCli(['-f', 'json', 'a.json'], { cwd: dir });
    const fromFlag = await runCli(['-f', 'json', '-e', 'create-call', 'a.json'], { cwd: dir });
    expect((JSON.parse(fromFile.stdout) as { results: Array<{ model: string }> }).results[0]!.model)
      .toBe('ConsultTransfer');
    expect(fromFlag.code).toBe(1);
  });

  test('rules, ignores and defaultCountry apply; --no-config ignores the file', async () => {
    const dir = project({
      '.genesys-call-lintrc.json': JSON.stringify({
        rules: { 'unknown-field': 'warn' },
        ignores: ['skip/**'],
        defaultCountry: 'US',
      }),
      'a.json': '{"phoneNumber":"3175550142","mediaType":"audio"}',
      'skip/b.json': '{}',
    });
    const run = await runCli(['-f', 'json', '.'], { cwd: dir });
    const output = JSON.parse(run.stdout) as {
      results: Array<{ file: string; findings: Array<{ rule: string; severity: string; hint: string }> }>;
    };
    expect(output.results.map((r) => r.file)).toEqual(['a.json']);
    const findings = output.results[0]!.findings;
    expect(findings.find((f) => f.rule === 'unknown-field')!.severity).toBe('warning');
    expect(findings.find((f) => f.rule === 'non-e164')!.hint).toContain('"+13175550142"');
    expect(run.code).toBe(0);
    const ignored = await runCli(['--no-config', '-f', 'json', '.'], { cwd: dir });
    expect(ignored.code).toBe(1);
  });

  // Our reports call such a finding a "warning", and stylelint configs write that word.
  test('"warning" is warn, in the file and in --rule; --print-config shows warn', async () => {
    const dir = project({
      'genesys-call-lint.config.json': JSON.stringify({ rules: { 'unknown-field': 'warning' } }),
      'a.json': '{"phoneNumber":"+13175550142","mediaType":"audio"}',
    });
    const severities = async (argv: string[]) => {
      const run = await runCli(['-f', 'json', ...argv, 'a.json'], { cwd: dir });
      const { results } = JSON.parse(run.stdout) as { results: Array<{ findings: Array<{ severity: string }> }> };
      return [run.code, results[0]!.findings.map((f) => f.severity)];
    };
    expect(await severities([])).toEqual([0, ['warning']]);
    expect(await severities(['--no-config', '--rule', 'unknown-field:warning'])).toEqual([0, ['warning']]);
    expect(await severities(['--no-config'])).toEqual([1, ['error']]);
    const printed = await runCli(['--print-config', 'a.json'], { cwd: dir });
    expect((JSON.parse(printed.stdout) as { rules: Record<string, string> }).rules['unknown-field'])
      .toBe('warn');
    const other = await runCli(['--no-config', '--rule', 'unknown-field:warnings', 'a.json'], { cwd: dir });
    expect([other.code, other.stderr]).toEqual([2, 'genesys-call-lint: --rule unknown-field:warnings: ' +
      'the severity must be off, warn (or warning) or error\n  Write --rule unknown-field:off, ' +
      '--rule unknown-field:warn or --rule unknown-field:error.\n']);
  });

  test('an invalid file exits 2 naming the file, the key and the fix', async () => {
    const dir = project({
      'genesys-call-lint.config.json': JSON.stringify({ rules: { 'non-e164': 'info' } }),
      'a.json': '{"phoneNumber":"+13175550142"}',
    });
    const run = await runCli(['a.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('genesys-call-lint.config.json');
    expect(run.stderr).toContain('rules.non-e164 must be one of off, warn, warning, error');
  });

  test('an unknown key and broken JSON are reported', async () => {
    const unknown = project({ 'genesys-call-lint.config.json': '{"endpiont":"consult"}', 'a.json': '{}' });
    const broken = project({ 'genesys-call-lint.config.json': '{"endpoint":', 'a.json': '{}' });
    const a = await runCli(['a.json'], { cwd: unknown });
    const b = await runCli(['a.json'], { cwd: broken });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('"endpiont" is not a known key');
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--no-config');
  });

  test.each([
    ['a bad glob', { endpoints: { 'payloads/[abc': 'consult' } }, 'endpoints["payloads/[abc"]', 'globs relative'],
    ['a backslash glob', { ignores: ['payloads\\*.json'] }, 'ignores[0]', 'with / separators'],
    ['an unknown endpoint', { endpoints: { 'a/**': 'consultt' } }, 'endpoints["a/**"]', 'Did you mean "consult"?'],
    ['an unknown rule id', { rules: { 'non-e16': 'off' } }, 'rules.non-e16 is not a rule id', 'Did you mean non-e164?'],
    ['a misspelt key', { rule: {} }, '"rule" is not a known key', 'Did you mean rules?'],
    ['a wrong severity word', { rules: { 'non-e164': 'warnings' } }, 'rules.non-e164 must be one of',
      'off, warn, warning, error'],
    // "!" read as "every file but": a pre-commit hook would silently stop checking the rest.
    ['a negated ignores pattern', { ignores: ['!c.json'] }, 'ignores[0] "!c.json" starts with "!"', 'without "!"'],
    ['an endpoint that takes no body', { endpoint: 'monitor' }, 'endpoint "monitor" is POST',
      'which takes no request body'],
    ['a mapped endpoint that takes no body', { endpoints: { '*.json': 'barge' } }, 'endpoints["*.json"] "barge"',
      'which takes no request body'],
  ])('%s is rejected with exit 2, the file, the key and the allowed values', async (_name, data, key, allowed) => {
    const dir = project({ 'genesys-call-lint.config.json': JSON.stringify(data), 'a.json': '{}' });
    const run = await runCli(['a.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(join(dir, 'genesys-call-lint.config.json'));
    expect(run.stderr).toContain(key);
    expect(run.stderr).toContain(allowed);
  });

  test('--print-config shows the endpoint, rules and country that apply to a file', async () => {
    const dir = project({
      'genesys-call-lint.config.json': JSON.stringify({
        endpoints: { 'consult/**': 'consult' },
        rules: { 'non-e164': 'off' },
        // In capitals, as --country gives it, whatever case the file writes.
        defaultCountry: 'gb',
        ignores: ['consult/old/**'],
      }),
    });
    const run = await runCli(['--print-config', 'consult/old/a.json', '--rule', 'enum-case:error'], { cwd: dir });
    const printed = JSON.parse(run.stdout) as Record<string, unknown> & { rules: Record<string, string> };
    expect(run.code).toBe(0);
    expect(printed['model']).toBe('ConsultTransfer');
    expect(printed['defaultCountry']).toBe('GB');
    expect(printed['ignoredWhenExpanded']).toBe(true);
    expect(printed.rules['non-e164']).toBe('off');
    expect(printed.rules['enum-case']).toBe('error');
    expect(printed.rules['unknown-field']).toBe('error');
  });

  test.each([
    ['in the config file', [], '{"endpoint":"auto"}'],
    ['with --endpoint', ['-e', 'auto'], '{}'],
  ])('--print-config shows auto (%s) as auto, not the model it falls back on', async (_name, flags, config) => {
    const dir = project({ 'genesys-call-lint.config.json': config, 'a.json': CONSULT_BODY });
    const run = await runCli(['--print-config', 'a.json', ...flags], { cwd: dir });
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect([printed['endpoint'], printed['model'], run.code]).toEqual(['auto', null, 0]);
  });

  test.each([
    [['-o', 'pc.txt'], '-o does not apply to --print-config', 'redirect it with >'],
    [['--output-file=pc.txt'], '--output-file does not apply to --print-config', 'redirect it with >'],
    [['-f', 'json'], '-f does not apply to --print-config', 'always prints JSON'],
    [['--cache'], '--cache does not apply to --print-config', 'lints nothing'],
    [['b.json', 'nope.json'], '--print-config takes one file, a.json; also given: b.json, nope.json',
      'genesys-call-lint --print-config b.json'],
  ])('--print-config a.json %j is refused (exit 2), printing nothing', async (words, message, hint) => {
    const dir = project({ 'a.json': CONSULT_BODY });
    const run = await runCli(['--print-config', 'a.json', ...words], { cwd: dir });
    expect(run.stderr).toContain(`genesys-call-lint: ${message}\n`);
    expect(run.stderr).toContain(hint);
    expect([run.stdout, run.code, existsSync(join(dir, 'pc.txt'))]).toEqual(['', 2, false]);
  });
});

// A folder run, or a pre-commit hook naming every staged .json, must not report the config as a
// bad create-call body: that would block committing it.
describe('config files are not linted as bodies', () => {
  const VALID = '{"phoneNumber":"+13175550142"}';
  const NOTE = 'skipped, it is a genesys-call-lint configuration file, not a request body\n';
  const configs = () => project({
    'genesys-call-lint.config.json': '{"rules":{"non-e164":"off"}}',
    'sub/genesys-call-lint.config.json': '{}',
    'sub/.genesys-call-lintrc.json': '{}',
    'sub/package.json': '{"name":"sub","genesys-call-lint":{}}',
    'settings/lint.json': '{"endpoint":"create-call"}',
    'a.json': VALID,
  });

  test.each([
    ['a folder', ['.']],
    ['a glob', ['**/*.json']],
    ['a glob that takes hidden files', ['{**/.*.json,a.json}']],
    ['a folder, with --no-config', ['--no-config', '.']],
  ])('found by %s, they are left out without a word', async (_name, argv) => {
    const dir = configs();
    // settings/lint.json is a config only when --config names it (the next test).
    const run = await runCli(['-f', 'compact', ...argv, '!settings/**'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: '0 problems (0 errors, 0 warnings)\n', stderr: '' });
  });

  test('the config --config names is left out whatever its name', async () => {
    const dir = configs();
    const run = await runCli(['-c', 'settings/lint.json', '-f', 'json', '.'], { cwd: dir });
    const files = (JSON.parse(run.stdout) as { results: Array<{ file: string }> }).results.map((r) => r.file);
    expect([run.code, files, run.stderr]).toEqual([0, ['a.json'], '']);
  });

  test('a hard link to the config in use is the config too, found or named', async () => {
    const dir = configs();
    linkSync(join(dir, 'settings', 'lint.json'), join(dir, 'settings-copy.json'));
    const run = await runCli(['-c', 'settings/lint.json', '-f', 'json', '.'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { results: Array<{ file: string }> };
    expect([run.code, report.results.map((r) => r.file), run.stderr]).toEqual([0, ['a.json'], '']);
    const named = await runCli(
      ['-c', 'settings/lint.json', '-f', 'compact', 'settings-copy.json', 'a.json'], { cwd: dir });
    expect(named.stderr).toBe(`genesys-call-lint: settings-copy.json: ${NOTE}`);
    expect([named.code, named.stdout]).toEqual([0, '0 problems (0 errors, 0 warnings)\n']);
  });

  test('named outright, or as --stdin-filename, they are skipped with a note, and are no failure', async () => {
    const dir = configs();
    const named = ['genesys-call-lint.config.json', 'sub/package.json', 'sub/.genesys-call-lintrc.json'];
    const run = await runCli(['-f', 'compact', ...named, 'a.json'], { cwd: dir });
    expect(run.stderr).toBe(named.map((file) => `genesys-call-lint: ${file}: ${NOTE}`).join(''));
    expect([run.code, run.stdout]).toEqual([0, '0 problems (0 errors, 0 warnings)\n']);
    const stdin = await runCli(['--stdin-filename', 'genesys-call-lint.config.json', '-'],
      { cwd: dir, stdin: '{"rules":{}}' });
    expect(stdin.stderr).toBe(`genesys-call-lint: genesys-call-lint.config.json: ${NOTE}`);
    expect([stdin.code, stdin.stdout]).toEqual([0, '0 bodies checked, no problems.\n']);
  });

  // A CI job over such a folder or glob would pass while checking nothing.
  test.each([
    ['a folder', ['--no-config', 'sub'], 'sub: the folder holds 2 files, all configuration ' +
      'files of this tool, never linted as bodies'],
    ['a glob', ['sub/*.json'], 'sub/*.json: the glob matched 2 files, all configuration files ' +
      'of this tool, never linted as bodies'],
    ['a glob of one', ['sub/.*.json'], 'sub/.*.json: the glob matched 1 file, which is a ' +
      'configuration file of this tool, never linted as a body'],
  ])('%s that holds only config files has nothing to lint (exit 2), and says so', async (
    _name, argv, message) => {
    const run = await runCli(['-f', 'compact', ...argv, 'a.json'], { cwd: configs() });
    expect(run.stderr).toBe(`genesys-call-lint: ${message}\n` +
      '  Name the folder or files that hold the request bodies.\n');
    expect(run.code).toBe(2);
  });

  // "holds no .json ... files" sent users looking for a mistyped path, when the files were there
  // and left out for their leading dot.
  test('a folder with only hidden files names them, and says why each is left out', async () => {
    const NO_FILES = 'the folder holds no .json, .ndjson, .jsonl, .har or .http files to lint, ' +
      'only hidden ones, which are not listed: ';
    const rc = project({ 'h/.genesys-call-lintrc.json': '{}' });
    const onlyRc = await runCli(['--no-config', 'h'], { cwd: rc });
    expect(onlyRc.stderr).toBe(`genesys-call-lint: h: ${NO_FILES}".genesys-call-lintrc.json" (a ` +
      'configuration file of this tool, read as configuration, never linted as a body)\n' +
      '  Name the folder or files that hold the request bodies.\n');
    expect(onlyRc.code).toBe(2);
    const bodies = project({ 'h/.a.json': VALID, 'h/.b.json': VALID, 'h/.c.json': VALID,
      'h/.cfg/d.json': VALID, 'h/notes.txt': '', 'h/.e.txt': '' });
    const many = await runCli(['--no-config', 'h'], { cwd: bodies });
    expect(many.stderr).toMatch(new RegExp(`^genesys-call-lint: h: ${NO_FILES.replace(/\./g, '\\.')}` +
      '"\\.[a-z]+(/|\\.json)", "\\.[a-z]+(/|\\.json)", "\\.[a-z]+(/|\\.json)" and 1 more\n' +
      '  Name a hidden file or folder to lint it \\(h/\\.[a-z]+(\\.json)?\\), or rename it without ' +
      'the leading dot\\.\n$'));
    expect(many.code).toBe(2);
  });

  test('a folder whose other files "ignores" excludes has nothing to lint (exit 2)', async () => {
    const dir = project({
      'genesys-call-lint.config.json': '{"ignores":["a.json"]}', 'a.json': VALID,
    });
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect(run.stderr).toBe('genesys-call-lint: .: the folder holds 2 files, none left to lint: ' +
      '1 excluded by "ignores" in the config file, 1 a configuration file of this tool\n' +
      '  Narrow the config\'s "ignores", or run with --no-config to lint them.\n');
    expect(run.code).toBe(2);
  });

  // A report a run left in the folder it lints is skipped; alone, it left nothing to lint, yet the
  // run passed with "0 bodies checked". A report of ours: a body there refuses the run instead.
  test('a folder or glob holding only the run\'s own report has nothing to lint (exit 2)', async () => {
    const dir = project({ 'z/out.json': JSON.stringify({ version: 1, results: [], failures: [],
      bodyCount: 0, errorCount: 0, warningCount: 0 }) });
    const folder = await runCli(['--no-config', '-f', 'json', '-o', 'z/out.json', 'z'], { cwd: dir });
    expect(folder.stderr).toBe('genesys-call-lint: z: the folder holds 1 file, which is a file ' +
      'this run writes (its report or its cache)\n  Name the folder or files that hold the request ' +
      'bodies, or write the report elsewhere.\n' +
      'genesys-call-lint: z/out.json: skipped, it is where the report is written (--output-file)\n');
    expect(folder.code).toBe(2);
    writeFileSync(join(dir, 'z', 'genesys-call-lint.config.json'), '{}');
    const glob = await runCli(['--no-config', '-f', 'json', '-o', 'z/out.json', 'z/*.json'], { cwd: dir });
    expect(glob.stderr).toMatch(/^genesys-call-lint: z\/\*\.json: the glob matched 2 files, none left to lint: 1 a configuration file of this tool, 1 a file this run writes\n/);
    expect(glob.code).toBe(2);
    writeFileSync(join(dir, 'z', 'a.json'), VALID);
    const withBody = await runCli(['--no-config', '-f', 'json', '-o', 'z/out.json', 'z'], { cwd: dir });
    expect(withBody.code).toBe(0);
  });

  test('a package.json without our key is no config file, and is still linted', async () => {
    const dir = project({ 'package.json': '{"name":"x"}' });
    const run = await runCli(['--no-config', '-f', 'compact', '.'], { cwd: dir });
    expect(run.stdout).toContain('package.json:1:2: error');
    expect(run.code).toBe(1);
  });
});
