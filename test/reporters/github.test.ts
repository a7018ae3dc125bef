// GitHub Actions reads one workflow command per line; a stray line break or an unescaped ":" or
// "," in a file name would end the command early or put the annotation on the wrong file.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LintResult } from '../../src/lint/types.js';
import { escapeData, escapeProperty, githubReporter } from '../../src/reporters/github.js';
import { renderReport, type InputFailure } from '../../src/reporters/reporter.js';
import {
  cleanResult, countFindings, countNotices, fixturesAsJson, hostileResult, lintHostileBody,
} from '../support/report-inputs.js';
import { runCli } from '../support/run-cli.js';

// ::name key=value,key=value::message — values free of the characters that end them.
const PROPERTY = '[A-Za-z]+=[^,:\\r\\n]*';
const COMMAND = new RegExp(
  `^::(error|warning|notice) (${PROPERTY}(?:,${PROPERTY})*)::([^\\r\\n]*)$`,
);

function render(results: LintResult[], failures: InputFailure[] = []): string[] {
  const text = renderReport(githubReporter, results, failures, { color: false, version: '0' });
  const lines = text.split('\n');
  expect(lines.pop()).toBe('');
  return lines;
}

/** The properties of a command line, decoded as the runner decodes them. */
function propertiesOf(line: string): Record<string, string> {
  const match = COMMAND.exec(line);
  expect(match).not.toBeNull();
  return Object.fromEntries(match![2]!.split(',').map((property) => {
    const at = property.indexOf('=');
    return [property.slice(0, at), unescapeProperty(property.slice(at + 1))];
  }));
}

function unescapeProperty(value: string): string {
  return value.replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n').replaceAll('%25', '%');
}

describe('github reporter', () => {
  test('every line of the fixture run is a workflow command, but the closing count', async () => {
    const [run, bodies] = await Promise.all([
      runCli(['-f', 'github', 'fixtures']),
      fixturesAsJson(),
    ]);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.pop()).toMatch(/^\d+ problems \(\d+ errors, \d+ warnings\)$/);
    for (const line of lines) expect(line).toMatch(COMMAND);
    // Properties hold no raw ":", so [^:]* stays inside them: one command with a line a finding.
    expect(lines.filter((l) => /^::(error|warning) [^:]*,line=\d/.test(l)))
      .toHaveLength(countFindings(bodies));
    expect(lines.filter((l) => l.includes(',title=deprecated-endpoint::')))
      .toHaveLength(countNotices(bodies));
  });

  test.each([
    {
      name: 'an error has its full range and the rule id as its title',
      at: 1,
      want: /^::error file=[^,]+,line=2,col=3,endLine=2,endColumn=9,title=unknown-field::message /,
    },
    {
      name: 'a warning names the record of a capture file after the hint',
      at: 2,
      want: /^::warning file=[^,]+,line=3,col=18,[^:]*,title=non-e164::a warning a hint \(HAR /,
    },
    {
      name: 'a notice comes first, without a line',
      at: 0,
      want: /^::notice file=[^,]+,title=deprecated-endpoint::notice /,
    },
  ])('$name', ({ at, want }) => {
    const line = render([hostileResult()])[at]!;
    expect(line).toMatch(COMMAND);
    expect(line).toMatch(want);
  });

  test('a hostile file name stays one property and decodes back', () => {
    const lines = render([hostileResult(), lintHostileBody()]);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(COMMAND);
    const file = propertiesOf(lines[1]!)['file']!;
    expect(file).toContain('cr\rlf\n');
    expect(file).toContain('100% a:b,c');
    // A tab stays a tab, or GitHub would match the path to no file of the checkout.
    expect(file).toContain('tab\tcr');
    // What could drive a terminal is still shown as a \u escape, as the other formats show it.
    expect(file).toContain('\\u001b[31mred');
    expect(lines.join('\n')).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  test.each([
    ['a tab', 'payloads/tab\there.json', 'payloads/tab\there.json'],
    ['a no-break space', 'payloads/no\u00a0break.json', 'payloads/no\u00a0break.json'],
    ['a zero-width space', 'a\u200b.json', 'a\u200b.json'],
    ['a colon, a comma and a percent sign', 'a:b,c%d.json', 'a%3Ab%2Cc%25d.json'],
  ])('a file name with %s is written as the runner reads it back', (_name, path, written) => {
    const line = render([{ ...hostileResult(), filePath: path }])[1]!;
    expect(line.startsWith(`::error file=${written},line=`)).toBe(true);
  });

  test.each([
    ['%', '%25', '%25'],
    ['\r', '%0D', '%0D'],
    ['\n', '%0A', '%0A'],
    [':', ':', '%3A'],
    [',', ',', '%2C'],
    ['50%:a,b\r\n', '50%25:a,b%0D%0A', '50%25%3Aa%2Cb%0D%0A'],
    ['%0A', '%250A', '%250A'],
    ['\u001b[0m', '\\u001b[0m', '\\u001b[0m'],
    ['\t\u00a0\u202e', '\\u0009\u00a0\\u202e', '\t\u00a0\\u202e'],
  ])('%j is %j in a message and %j in a property', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });

  test('an input failure is an error without a file, and a clean body prints nothing', () => {
    const failure = { file: 'a,b:c.json', message: 'no such file', hint: 'Check it.' };
    expect(render([cleanResult()], [failure])).toEqual([
      '::error title=genesys-call-lint::a,b:c.json: no such file. Check it.',
      '0 problems (0 errors, 0 warnings), 1 input could not be read',
    ]);
  });

  // The file was found (or read), so it exists: the annotation belongs on it, as its findings' do.
  test.each([
    ['a file --fix left unfixed', { message: 'not fixed: a reason', isWrite: true }],
    ['a file found but not read whole', { message: 'is binary', isAboutInput: true }],
  ])('%s is an error on that file', (_what, how) => {
    const [line] = render([], [{ file: 'a,b:c.json', hint: 'Do this.', ...how }]);
    expect(line).toBe('::error file=a%2Cb%3Ac.json,title=genesys-call-lint::a,b:c.json: ' +
      `${how.message}. Do this.`);
    expect(propertiesOf(line!)['file']).toBe('a,b:c.json');
  });
});

describe('github input failures on the run', () => {
  const work = mkdtempSync(join(tmpdir(), 'gcl-github-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('a file read but not linted gets file=; a path that names nothing does not', async () => {
    writeFileSync(join(work, 'binary,1.json'), Buffer.from([0x7b, 0x00, 0x7d]));
    writeFileSync(join(work, 'cut.har'), '{"log": {"entries": [');
    writeFileSync(join(work, 'big.json'), `{"phoneNumber": "${'1'.repeat(2 * 1024 * 1024)}"}`);
    const run = await runCli(['--no-config', '-f', 'github', '--max-file-size', '1',
      'binary,1.json', 'cut.har', 'big.json', 'missing.json', 'nothing/*.json'], { cwd: work });
    const failures = run.stdout.split('\n').filter((line) => line.includes('genesys-call-lint::'));
    expect(failures.map((line) => [propertiesOf(line)['file'], line.split('::')[2]!.split(':')[0]]))
      .toEqual([
        [undefined, 'missing.json'],
        [undefined, 'nothing/*.json'],
        ['big.json', 'big.json'],
        ['binary,1.json', 'binary,1.json'],
        ['cut.har', 'cut.har'],
      ]);
    expect(run.code).toBe(2);
  });
});
