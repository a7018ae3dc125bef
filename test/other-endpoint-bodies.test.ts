// A body linted as create-call only because no endpoint was given: when another model takes the
// whole body, --fix must not turn it into a create-call body, and the finding says which
// endpoint to lint it with. Tutorial bodies that fit no other model are still fixed.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixText } from '../src/fix/fix-text.js';
import { lintText } from '../src/lint/lint-text.js';
import { runCli } from './support/run-cli.js';

const USER = '1d2c3b4a-5e6f-4a8b-9c0d-1e2f3a4b5c6d';

// A valid transfer (TransferRequest) body and a valid replace-agent body.
// Each with the endpoint the hint names first.
const OTHER_ENDPOINT: [string, string, string][] = [
  ['{"address": "+13175550142"}', 'address', 'replace'],
  [`{"userId": "${USER}"}`, 'userId', 'replace'],
  // An invented kind word that agrees with the party only restates its member: still theirs.
  ['{"address": "+13175550142", "type": "phone"}', 'address', 'replace'],
  [`{"userId": "${USER}", "type": "user"}`, 'userId', 'replace'],
];

// The tutorials' members beside create-call members (or a to/from pair): no other model has them
// all, so they are still create-call mistakes, and fixed as before.
const TUTORIAL: [string, string][] = [
  ['{"address": "+13175550142", "callerId": "+13175550100"}',
    '{"phoneNumber": "+13175550142", "callerId": "+13175550100"}'],
  [`{"userId": "${USER}", "callerIdName": "Front desk"}`,
    `{"callUserId": "${USER}", "callerIdName": "Front desk"}`],
  ['{"to": "tel:+13175550142", "from": "+13175550100"}',
    '{"phoneNumber": "+13175550142", "callerId": "+13175550100"}'],
  // A kind word alone is no other model's evidence, though some model has a "type".
  ['{"type": "CALL", "phoneNumber": "+13175550142"}', '{"phoneNumber": "+13175550142"}'],
];

describe('fixText', () => {
  test.each(OTHER_ENDPOINT)('leaves %s as it is', (body, member, endpoint) => {
    const fixed = fixText(body);
    expect(fixed.output).toBe(body);
    const finding = fixed.result.findings.find((f) => f.pointer === `/${member}`);
    expect(finding?.ruleId).toBe('unknown-field');
    expect(finding?.fix).toBeUndefined();
    expect(finding?.message).toContain('the body looks written for another endpoint');
    expect(finding?.hint).toContain(`Lint it with endpoint: "${endpoint}"`);
  });

  test.each(TUTORIAL)('still fixes %s', (body, expected) => {
    expect(fixText(body).output).toBe(expected);
  });

  test('the hint keeps the create-call name, for a body that is meant for create-call', () => {
    const finding = lintText('{"address": "+13175550142"}').findings
      .find((f) => f.pointer === '/address');
    expect(finding?.hint).toMatch(/If the body is meant for CreateCallRequest, use "phoneNumber" /);
  });

  test('a kind word taken only as restating its party is not named as the other model\'s', () => {
    const finding = lintText('{"address": "+13175550142", "type": "phone"}').findings
      .find((f) => f.pointer === '/address');
    expect(finding?.message).toContain('"address" is a member of TransferRequest');
  });

  test('a body another model would take only with its required members added is no evidence', () => {
    // CreateCallbackCommand has "data", but needs callbackNumbers too.
    expect(fixText('{"data": {"crmId": "42"}}').output).toBe('{"attributes": {"crmId": "42"}}');
  });

  test('a body linted against an endpoint the user chose keeps its fix', () => {
    // {"phoneNumber": ...} is a whole create-call body, but the user said transfer.
    expect(fixText('{"phoneNumber": "+13175550142"}', { endpoint: 'transfer' }).output)
      .toBe('{"address": "+13175550142"}');
  });
});

describe('the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'other-endpoint-'));

  test.each(OTHER_ENDPOINT)('--fix-dry-run and --fix leave %s alone, exit 1', async (body, member, endpoint) => {
    writeFileSync(join(dir, 'body.json'), body);
    const dry = await runCli(['--no-config', '--fix-dry-run', 'body.json'], { cwd: dir });
    expect(dry.code).toBe(1);
    expect(dry.stdout).not.toContain('+++');
    const fix = await runCli(['--no-config', '--fix', 'body.json'], { cwd: dir });
    expect(fix.code).toBe(1);
    expect(fix.stdout).toContain(`has no member "${member}"`);
    expect(fix.stdout).toContain(`Lint it with --endpoint ${endpoint}`);
    expect(readFileSync(join(dir, 'body.json'), 'utf8')).toBe(body);
  });

  test.each(TUTORIAL)('--fix-dry-run still fixes %s', async (body, expected) => {
    writeFileSync(join(dir, 'body.json'), body);
    const dry = await runCli(['--no-config', '--fix-dry-run', 'body.json'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`-${body}\n`);
    expect(dry.stdout).toContain(`+${expected}\n`);
  });
});
