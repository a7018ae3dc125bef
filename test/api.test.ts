// The library API as integrators use it: lintFiles over real fixtures, and the jest matcher on
// bodies built in code, including the failure message it prints.
import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { lintFiles } from '../src/api/lint-files.js';
import { callRequestMatchers } from '../src/jest/matchers.js';
import { FIXTURES, ROOT } from './support/paths.js';

expect.extend(callRequestMatchers);

declare module '@jest/globals' {
  interface Matchers<R> {
    toBeValidCallRequest(endpoint?: string): R;
  }
}

describe('lintFiles', () => {
  test('lints a folder with the project config, as the CLI does', async () => {
    const { results, failures } = await lintFiles(['fixtures/cases'], { cwd: ROOT });
    expect(failures).toEqual([]);
    expect(results).toHaveLength(27);
    const consult = results.find((r) => r.filePath.endsWith('consult-lowercase-speakto-tutorial.json'))!;
    expect(consult.model).toBe('ConsultTransfer');
    expect(consult.findings.map((f) => f.ruleId)).toEqual(['enum-case']);
  });

  test('reports missing inputs and reads captures', async () => {
    const { results, failures, skipped } = await lintFiles(
      ['nope.json', join(FIXTURES, 'captures', 'proxy-dump.http')],
      { cwd: ROOT, config: false },
    );
    expect(failures.map((f) => f.file)).toEqual(['nope.json']);
    expect(results.map((r) => r.source?.format)).toEqual(['http', 'http', 'http']);
    expect(skipped.map((s) => s.source.method)).toEqual(['GET']);
  });
});

describe('toBeValidCallRequest', () => {
  test('passes for valid bodies, objects or text', () => {
    expect({ phoneNumber: '+13175550142' }).toBeValidCallRequest();
    expect('{"speakTo":"DESTINATION","destination":{"queueId":"9c6f5070-8b03-4726-beda-883420184a49"}}')
      .toBeValidCallRequest('consult');
    // Warnings do not make a body invalid.
    expect({ callbackNumbers: ['3175550142'], queueId: '9c6f5070-8b03-4726-beda-883420184a49' })
      .toBeValidCallRequest('create-callback');
  });

  test('fails listing every finding with position, rule and hint', () => {
    const body = { to: { phoneNumber: '+13175550142' } };
    expect(body).not.toBeValidCallRequest();
    let message = '';
    try {
      expect(body).toBeValidCallRequest('create-call');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('expected a valid POST /api/v2/conversations/calls request');
    expect(message).toMatch(/2:3 error unknown-field \/to: CreateCallRequest has no member "to"/);
    expect(message).toMatch(/1:1 error missing-target \(body\)/);
    expect(message).toContain('hint: Replace "to" with "phoneNumber": "+13175550142".');
  });
});
