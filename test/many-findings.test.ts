// A body with more findings of one rule than a body lists (MAX_FINDINGS_PER_RULE): the rest are
// counted, not made, so a file of millions of unknown members neither runs out of memory nor
// crashes a reporter. The counts stay whole, every format says how many were left out, another
// rule's finding is still listed, and --fix declines such a body with its reason.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixText } from '../src/fix/fix-text.js';
import { callRequestMatchers } from '../src/jest/matchers.js';
import { LIBRARY_WORDS } from '../src/lint/caller-words.js';
import { lintText } from '../src/lint/lint-text.js';
import { createReportSink, MAX_FINDINGS_PER_RULE } from '../src/lint/report-sink.js';
import { FORMAT_NAMES, REPORTERS, type FormatName } from '../src/reporters/index.js';
import { renderReport } from '../src/reporters/reporter.js';
import type { Severity } from '../src/lint/types.js';
import { RULES } from '../src/rules/index.js';
import type { RuleId } from '../src/rules/rule-ids.js';
import type { ObjectVisit, Problem, Rule, RuleContext, StringVisit } from '../src/rules/rule.js';
import { runCli } from './support/run-cli.js';

const EXTRA = 50;
const UNKNOWN = MAX_FINDINGS_PER_RULE + EXTRA;
const members = Array.from({ length: UNKNOWN }, (_, i) => `"x${i}": 1`).join(', ');
// No target at all, so missing-target must be listed beside the unknown members.
const BODY = `{${members}, "callerId": "+13175550100"}`;
const LEFT_OUT = `${EXTRA} more unknown-field errors are not listed`;
const CONTEXT = { color: false, version: '0' };

const work = mkdtempSync(join(tmpdir(), 'gcl-many-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a body with more findings of one rule than are listed', () => {
  test('lists the first ones, counts the rest, and lists other rules\' findings', () => {
    const result = lintText(BODY);
    const unknown = result.findings.filter((f) => f.ruleId === 'unknown-field');
    expect(unknown.map((f) => f.pointer)).toEqual(
      Array.from({ length: MAX_FINDINGS_PER_RULE }, (_, i) => `/x${i}`));
    expect(result.findings.map((f) => f.ruleId)).toContain('missing-target');
    expect(result.omitted).toEqual([{ ruleId: 'unknown-field', errorCount: EXTRA, warningCount: 0 }]);
    expect([result.errorCount, result.warningCount]).toEqual([UNKNOWN + 1, 0]);
  });

  test('counts the left-out ones with the severity the settings give the rule', () => {
    const warned = lintText(BODY, { rules: { 'unknown-field': 'warn' } });
    expect(warned.omitted).toEqual([{ ruleId: 'unknown-field', errorCount: 0, warningCount: EXTRA }]);
    expect([warned.errorCount, warned.warningCount]).toEqual([1, UNKNOWN]);
    const off = lintText(BODY, { rules: { 'unknown-field': 'off' } });
    expect(off.omitted).toBeUndefined();
    expect(off.errorCount).toBe(1);
  });

  test('counts the left-out ones where they are nested, each once', () => {
    const nested = `{"participants": [{"address": "+13175550100", ${members}}]}`;
    const result = lintText(nested);
    expect(result.findings.filter((f) => f.ruleId === 'unknown-field').at(-1)?.pointer)
      .toBe(`/participants/0/x${MAX_FINDINGS_PER_RULE - 1}`);
    expect(result.omitted).toEqual([{ ruleId: 'unknown-field', errorCount: EXTRA, warningCount: 0 }]);
  });

  test('an ordinary body has no omitted member', () => {
    expect(lintText('{"phoneNumber": "+13175550100", "x": 1}').omitted).toBeUndefined();
  });

  // A Record, so that a new format does not compile until it is listed here.
  const SAYS: Record<FormatName, string> = {
    stylish: LEFT_OUT, compact: LEFT_OUT, sarif: LEFT_OUT, github: LEFT_OUT, junit: LEFT_OUT,
    json: '"omitted": [',
  };

  test.each(FORMAT_NAMES)('the %s format says how many were left out', (format) => {
    const report = renderReport(REPORTERS[format], [lintText(BODY, { filePath: 'many.json' })], [],
      CONTEXT);
    expect(report).toContain(SAYS[format]);
  });

  test('json and sarif carry the counts as data', () => {
    const result = lintText(BODY, { filePath: 'many.json' });
    const json = JSON.parse(renderReport(REPORTERS.json, [result], [], CONTEXT)) as {
      errorCount: number; results: Array<{ omitted: unknown }>;
    };
    expect(json.errorCount).toBe(UNKNOWN + 1);
    expect(json.results[0]!.omitted).toEqual([{ rule: 'unknown-field', errorCount: EXTRA, warningCount: 0 }]);
    const sarif = JSON.parse(renderReport(REPORTERS.sarif, [result], [], CONTEXT)) as {
      runs: Array<{ results: Array<{ ruleId: string; properties: Record<string, unknown> }> }>;
    };
    const standIn = sarif.runs[0]!.results.find((r) => r.properties['omittedErrorCount'] !== undefined);
    expect(standIn).toMatchObject({ ruleId: 'unknown-field', properties: { omittedErrorCount: EXTRA } });
  });

  test('junit fails one more case for the left-out ones', () => {
    const result = lintText(BODY, { filePath: 'many.json' });
    const xml = renderReport(REPORTERS.junit, [result], [], CONTEXT);
    const listed = result.findings.length;
    expect(xml).toContain(`tests="${listed + 1}" failures="${listed + 1}"`);
    expect(xml).toContain('name="unknown-field (not listed)"');
  });

  test('the CLI fails the body and says so', async () => {
    const path = join(work, 'many.json');
    writeFileSync(path, BODY);
    const run = await runCli(['--no-config', '-f', 'compact', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${path}: error ${LEFT_OUT}`);
    expect(run.stdout).toContain(`${UNKNOWN + 1} problems (${UNKNOWN + 1} errors, 0 warnings)`);
  });

  test('--quiet leaves out the warnings past the listed ones too, and keeps the errors', async () => {
    const numbers = Array.from({ length: UNKNOWN }, () => '{"address": "3175550142"}').join(', ');
    const path = join(work, 'many-warnings.json');
    writeFileSync(path, `{"participants": [${numbers}], "x": 1}`);
    for (const format of ['compact', 'json', 'github'] as const) {
      const run = await runCli(['--no-config', '-q', '-f', format, path]);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(/more non-e164 warnings|"warningCount": ?[1-9]|::warning/);
      expect(run.stdout).toMatch(/unknown-field/);
    }
  });
});

describe('a rule with both warnings and errors past its limit', () => {
  // empty-value warns about each blank beside a real callback number, but the blank required
  // queueId after them is an error: the rule's first hundred reports are all warnings.
  const blanks = Array.from({ length: UNKNOWN }, () => '""').join(', ');
  const MIXED = `{"callbackNumbers": ["+13175550142", ${blanks}], "routingData": {"queueId": ""}}`;
  const ERROR_AT = '/routingData/queueId';
  const lintMixed = () => lintText(MIXED, { endpoint: 'create-callback', filePath: 'mixed.json' });

  test('lists the error, then the first warnings, in the order of the text', () => {
    const result = lintMixed();
    const firstWarnings = Array.from({ length: MAX_FINDINGS_PER_RULE - 1 },
      (_, i) => `/callbackNumbers/${i + 1}`);
    expect(result.findings.map((f) => f.pointer)).toEqual([...firstWarnings, ERROR_AT]);
    expect(result.findings.at(-1)?.severity).toBe('error');
    expect(result.omitted).toEqual(
      [{ ruleId: 'empty-value', errorCount: 0, warningCount: EXTRA + 1 }]);
    expect([result.errorCount, result.warningCount]).toEqual([1, UNKNOWN]);
  });

  test.each(FORMAT_NAMES)('the %s format shows the error and the warnings left out', (format) => {
    const report = renderReport(REPORTERS[format], [lintMixed()], [], CONTEXT);
    expect(report).toContain(`${ERROR_AT} is an empty string`);
    expect(report).toContain(format === 'json' ? `"warningCount": ${EXTRA + 1}`
      : `${EXTRA + 1} more empty-value warnings are not listed`);
  });

  test('the CLI lists the error that fails the body, with --quiet too', async () => {
    const path = join(work, 'mixed.json');
    writeFileSync(path, MIXED);
    const args = ['--no-config', '-e', 'create-callback', '-f', 'compact', path];
    const run = await runCli(args);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/:\d+:\d+: error \/routingData\/queueId is an empty string/);
    expect(run.stdout).toContain(`warning ${EXTRA + 1} more empty-value warnings are not listed`);
    const quiet = await runCli(['-q', ...args]);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toMatch(/:\d+:\d+: error \/routingData\/queueId is an empty string/);
    expect(quiet.stdout).not.toMatch(/: warning|not listed/);
  });

  test('--fix still leaves it as it is: the warnings left out cannot be compared', () => {
    const fixable = MIXED.replace('{', '{"callerid": "+13175550100", ');
    const result = fixText(fixable, { endpoint: 'create-callback' });
    expect(result.output).toBe(fixable);
    expect(result.notFixed).toContain(`more than ${MAX_FINDINGS_PER_RULE} findings of empty-value`);
  });

  test('past the limit in errors too, it lists errors only and counts both', () => {
    const sink = createReportSink({});
    const report = (severity: 'error' | 'warning', i: number) => ({
      ruleId: 'wrong-type' as const, severity, pointer: `/${severity}/${i}`, message: '', hint: '',
    });
    for (let i = 0; i < MAX_FINDINGS_PER_RULE; i++) sink.add(report('warning', i));
    // Full for another warning, but an error of the rule would still be listed.
    expect(sink.isFull('wrong-type', 'warning')).toBe(true);
    expect(sink.isFull('wrong-type', 'error')).toBe(false);
    for (let i = 0; i < UNKNOWN; i++) sink.add(report('error', i));
    sink.add(report('warning', MAX_FINDINGS_PER_RULE));
    expect(sink.isFull('wrong-type', 'error')).toBe(true);
    expect(sink.kept.map((r) => r.pointer)).toEqual(
      Array.from({ length: MAX_FINDINGS_PER_RULE }, (_, i) => `/error/${i}`));
    expect(sink.omitted()).toEqual([
      { ruleId: 'wrong-type', errorCount: EXTRA, warningCount: MAX_FINDINGS_PER_RULE + 1 }]);
  });
});

describe('a flood of one rule: counted past the listed ones without being described', () => {
  // Rules ask countWhenFull() before describing a finding; these bodies hold UNKNOWN findings of
  // one rule each, so the last EXTRA take that path and must be counted just as listed ones are.
  const UUID = '51957e30-1ea9-48d5-948d-35ed21bd2b5d';
  const items = (item: (i: number) => string, length = UNKNOWN) =>
    Array.from({ length }, (_, i) => item(i)).join(',');
  /** A body of `length` items of one list: {"member": [items], ...rest}. */
  const list = (member: string, item: (i: number) => string, rest = '') =>
    (length?: number) => `{"${member}":[${items(item, length)}]${rest}}`;
  const patches = (extra: string) => list('patchCallbackRequests',
    () => `{"conversationId":"${UUID}","agentId":"${UUID}",${extra}}`);
  const CALL = ',"phoneNumber":"+13175550100"';
  const participants = (item: (i: number) => string) => list('participants', item);
  type Flood = [RuleId, string, (length?: number) => string, 'error' | 'warning'];
  const FLOODS: Flood[] = [
    ['wrong-type', 'create-callback', list('callbackNumbers', (i) => String(13175550100 + i)), 'error'],
    ['not-an-object', 'create-call', list('participants', () => '1', CALL), 'error'],
    ['missing-required', 'bulk-update-callbacks',
      list('patchCallbackRequests', () => `{"agentId":"${UUID}"}`), 'error'],
    ['invalid-datetime', 'bulk-update-callbacks', patches('"callbackScheduledTime":"soon"'), 'error'],
    ['invalid-enum', 'bulk-update-callbacks',
      patches('"customerFirstCallbackDeliveryMode":"Maybe"'), 'error'],
    ['enum-case', 'bulk-update-callbacks',
      patches('"customerFirstCallbackDeliveryMode":"usequeuesetting"'), 'warning'],
    ['invalid-uuid', 'create-call', list('conversationIds', (i) => `"c${i}"`, CALL), 'error'],
    ['invalid-phone', 'create-callback', list('callbackNumbers', (i) => `"call me ${i}"`), 'error'],
    ['empty-value', 'create-callback',
      list('callbackNumbers', (i) => (i === 0 ? '"+13175550142",""' : '""')), 'warning'],
    ['non-e164', 'create-callback', list('callbackNumbers', (i) => `"317555${1000 + i}"`), 'warning'],
    ['non-e164', 'create-call', participants((i) => `{"address":"+1317555${1000 + i} x12"}`),
      'warning'],
    ['phone-formatting', 'create-call',
      participants((i) => `{"address":"+1 317 555 ${1000 + i}"}`), 'warning'],
    ['uri-address', 'create-call', participants((i) => `{"address":"tel:+1317555${1000 + i}"}`),
      'warning'],
    ['missing-target', 'create-call', participants(() => '{"name":"Pat"}'), 'error'],
    ['conflicting-targets', 'create-call',
      participants((i) => `{"address":"+1317555${1000 + i}","userId":"${UUID}"}`), 'error'],
    ['self-merge', `PATCH /calls/${UUID}`, list('conversationIds', () => `"${UUID}"`), 'error'],
  ];

  test.each(FLOODS)('%s (%s): the first listed, the rest counted', (ruleId, endpoint, body, kind) => {
    const result = lintText(body(), { endpoint });
    const listed = result.findings.filter((f) => f.ruleId === ruleId);
    expect(listed).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(listed.every((f) => f.severity === kind)).toBe(true);
    const isError = kind === 'error';
    expect(result.omitted?.find((o) => o.ruleId === ruleId)).toEqual({
      ruleId, errorCount: isError ? EXTRA : 0, warningCount: isError ? 0 : EXTRA,
    });
    // The listed ones are the list's first entries (empty-value's start after the real number).
    const indexes = listed.map((f) => Number(/\/(\d+)/.exec(f.pointer)?.[1]));
    expect(Math.max(...indexes)).toBeLessThanOrEqual(MAX_FINDINGS_PER_RULE);
  });

  test.each(FLOODS)('%s (%s): the listed ones read as the first items alone would', (ruleId,
    endpoint, body) => {
    // Whole findings: message, hint, fix and position, not only where they are.
    const findingsOf = (text: string) =>
      lintText(text, { endpoint }).findings.filter((f) => f.ruleId === ruleId);
    expect(findingsOf(body())).toEqual(findingsOf(body(MAX_FINDINGS_PER_RULE)));
  });

  test.each(FLOODS)('%s (%s): counted with the severity the settings give it', (ruleId, endpoint,
    body, kind) => {
    const isError = kind === 'error';
    const result = lintText(body(), { endpoint, rules: { [ruleId]: isError ? 'warn' : 'error' } });
    const listed = result.findings.filter((f) => f.ruleId === ruleId);
    expect(listed).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(listed.every((f) => f.severity === (isError ? 'warning' : 'error'))).toBe(true);
    expect(result.omitted?.find((o) => o.ruleId === ruleId)).toEqual({
      ruleId, errorCount: isError ? 0 : EXTRA, warningCount: isError ? EXTRA : 0,
    });
  });

  test('a rule off is neither listed nor counted', () => {
    const [, endpoint, body] = FLOODS[0]!;
    const result = lintText(body(), { endpoint, rules: { 'wrong-type': 'off' } });
    expect(result.findings.filter((f) => f.ruleId === 'wrong-type')).toEqual([]);
    expect(result.omitted).toBeUndefined();
  });

  test('an error after a rule\'s hundred warnings is still described and listed', () => {
    // wrong-type warns about a score out of its range and fails a score that is no number.
    const agents = items(() => '{"score":101}');
    const body = `{"routingData":{"queueId":"${UUID}",` +
      `"scoredAgents":[${agents},{"score":"high"}]},"callbackNumbers":["+13175550142"]}`;
    const result = lintText(body, { endpoint: 'create-callback' });
    const error = result.findings.find((f) => f.ruleId === 'wrong-type' && f.severity === 'error');
    expect(error?.pointer).toBe(`/routingData/scoredAgents/${UNKNOWN}/score`);
    expect(result.omitted).toEqual(
      [{ ruleId: 'wrong-type', errorCount: 0, warningCount: EXTRA + 1 }]);
  });
});

describe('a rule told its next finding is only counted describes nothing', () => {
  // A context whose countWhenFull() always answers "full", as past a rule's hundredth finding: a
  // rule that still reports built a message and hint for the sink to drop. Visits as lintText
  // makes them for one participant (a Destination) and for the body.
  const OWN = '8f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const address = (value: string): StringVisit => ({
    pointer: '/participants/0/address', value, schema: { type: 'string', 'x-kind': 'dial-address' },
    isRequired: false, model: 'Destination', member: 'address',
  });
  const destination = (value: Record<string, unknown>, severity?: Severity): ObjectVisit => ({
    pointer: '/participants/0', value, model: 'Destination', schema: {
      type: 'object',
      'x-targets': { mode: 'exactly-one', members: ['address', 'userId', 'queueId'],
        ...(severity ? { severity } : {}) },
    },
  });
  interface Visits { strings?: StringVisit[]; objects?: ObjectVisit[]; body?: unknown }

  /** Runs the rule on a full context: what it reported, and what it counted (with severity). */
  function checkFull(ruleId: RuleId, visits: Visits): { reported: Problem[]; counted: string[] } {
    const reported: Problem[] = [];
    const counted: string[] = [];
    const context: RuleContext = {
      body: visits.body ?? {}, text: '', model: 'UpdateCallRequest', endpoint: 'update-call',
      conversationId: OWN, defaultCountry: undefined, words: LIBRARY_WORDS,
      forEachString: (visit) => visits.strings?.forEach((field) => visit(field)),
      forEachObject: (visit) => visits.objects?.forEach((object) => visit(object)),
      report: (problem) => reported.push(problem),
      countWhenFull: (pointer, severity) => counted.push(`${pointer} ${severity ?? 'own'}`) > 0,
      errorsWith: () => [],
    };
    (RULES[ruleId] as Rule).check?.(context);
    return { reported, counted };
  }

  const CASES: Array<[RuleId, string, Visits, string]> = [
    ['phone-formatting', 'a number with spaces', { strings: [address('+1 317 555 0100')] },
      '/participants/0/address own'],
    ['uri-address', 'a tel: URI', { strings: [address('tel:+13175550100')] },
      '/participants/0/address own'],
    ['missing-target', 'no target', { objects: [destination({ name: 'Pat' })] },
      '/participants/0 own'],
    ['missing-target', 'no target where it is a warning',
      { objects: [destination({}, 'warning')] }, '/participants/0 warning'],
    ['conflicting-targets', 'two targets',
      { objects: [destination({ address: '+13175550100', queueId: OWN })] }, '/participants/0 own'],
    ['self-merge', 'its own conversation', { body: { conversationIds: [OWN] } },
      '/conversationIds/0 own'],
  ];

  test.each(CASES)('%s: %s', (ruleId, _name, visits, count) => {
    expect(checkFull(ruleId, visits)).toEqual({ reported: [], counted: [count] });
  });
});

test('the Jest matcher fails the body and says how many it does not list', () => {
  const outcome = callRequestMatchers.toBeValidCallRequest.call({}, BODY);
  expect(outcome.pass).toBe(false);
  expect(outcome.message()).toContain(LEFT_OUT);
});

describe('--fix on such a body', () => {
  // "callerid" alone would be renamed to callerId; with the unknown members it is left as it is.
  const fixable = `{"callerid": "+13175550100", ${members}, "phoneNumber": "+13175550101"}`;

  test('fixText leaves the text as it is and says why', () => {
    const result = fixText(fixable);
    expect(result.output).toBe(fixable);
    expect(result.appliedFixes).toEqual([]);
    expect(result.notFixed).toContain(`more than ${MAX_FINDINGS_PER_RULE} findings of unknown-field`);
  });

  test('the CLI names the file and the reason, and writes nothing', async () => {
    const path = join(work, 'fixable.json');
    writeFileSync(path, fixable);
    const run = await runCli(['--no-config', '--fix', '-f', 'compact', path]);
    expect(run.stderr).toContain(`${path}: not fixed: it has more than ${MAX_FINDINGS_PER_RULE} findings`);
    expect(readFileSync(path, 'utf8')).toBe(fixable);
    expect(run.code).toBe(1);
  });
});
