// The tables the package exports are the ones the linter reads. A caller's write to one used
// to change every later lint: RULES['unknown-field'].severity = 'warning' made its findings
// warnings, ENDPOINTS[0].model = 'Digits' made create-call bodies Digits ones, and
// RULE_IDS.push('zzz') made rules: { zzz: 'off' } valid. Now each write throws (the suites are
// ES modules, so strict), and lintText answers as before.
import { describe, expect, test } from '@jest/globals';
import {
  ENDPOINTS, EXIT, REPORTERS, RULE_IDS, RULES, UsageError, exitCodeFor, lintText, resolveEndpoint,
} from '../src/index.js';

/** The table as a caller without our types sees it. */
type Loose = Record<string | number, Record<string, unknown> & unknown[]>;

const UNKNOWN_MEMBER = '{"phoneNumber": "+13175550142", "extra": 1}';

describe('exported tables refuse writes', () => {
  test.each([
    ['a rule\'s severity', () => { (RULES as unknown as Loose)['unknown-field']!['severity'] = 'warning'; }],
    ['a new rule', () => { (RULES as unknown as Loose)['zzz'] = RULES['unknown-field'] as never; }],
    ['an endpoint\'s model', () => { (ENDPOINTS as unknown as Loose)[0]!['model'] = 'Digits'; }],
    ['an endpoint\'s permissions', () => { (ENDPOINTS[0]!.permissions.list as string[]).push('x'); }],
    ['a new endpoint', () => { (ENDPOINTS as unknown[]).push(ENDPOINTS[0]); }],
    ['a new rule id', () => { (RULE_IDS as unknown as string[]).push('zzz'); }],
    ['an exit code', () => { (EXIT as unknown as Loose)['OK'] = 1 as never; }],
    ['a reporter', () => { (REPORTERS as unknown as Loose)['json'] = {} as never; }],
    ['a reporter\'s part', () => { (REPORTERS.json as unknown as Loose)['start'] = (() => '') as never; }],
    ['a remembered endpoint resolution', () => {
      (resolveEndpoint('consult') as unknown as Loose)['endpoint'] = ENDPOINTS[0] as never;
    }],
  ])('%s', (_name, write) => {
    expect(write).toThrow(TypeError);
  });

  test('and lints after the attempts are what they were', () => {
    const unknown = lintText(UNKNOWN_MEMBER).findings.find((f) => f.ruleId === 'unknown-field');
    expect(unknown?.severity).toBe('error');
    expect(lintText('{"phoneNumber": "+13175550142"}').model).toBe('CreateCallRequest');
    expect(() => lintText('{}', { rules: { zzz: 'off' } as never })).toThrow(UsageError);
    expect(resolveEndpoint('consult')).toMatchObject({ ok: true, endpoint: { name: 'consult' } });
    expect(exitCodeFor({ errorCount: 0, warningCount: 0, inputFailures: 0 })).toBe(EXIT.OK);
    expect(EXIT.OK).toBe(0);
  });
});
