// JUnit XML must stay well-formed whatever a payload holds, or the CI test tab shows nothing at
// all. fast-xml-parser's validator checks nesting and junit2json (xml2js) reads the JUnit shape a
// CI server reads, but each lets through some of: a bare "&", "<" in an attribute, "]]>" in text,
// characters XML forbids. markupProblems() checks those itself (its own table is at the end).
import { describe, expect, test } from '@jest/globals';
import { XMLValidator } from 'fast-xml-parser';
import { parse, type TestSuites } from 'junit2json';
import type { LintResult } from '../../src/lint/types.js';
import { describeSource } from '../../src/reporters/describe-source.js';
import { junitReporter } from '../../src/reporters/junit.js';
import { renderReport, type InputFailure } from '../../src/reporters/reporter.js';
import {
  cleanResult, fixturesAsJson, HOSTILE, hostileResult, lintHostileBody, missingInput,
} from '../support/report-inputs.js';
import { runCli } from '../support/run-cli.js';

// Anything outside the XML 1.0 Char production (https://www.w3.org/TR/xml/#charsets).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i;
const TAG = /<[^<>]*>/g;

/** What the two parsers do not reject but an XML 1.0 parser must. */
function markupProblems(xml: string): string[] {
  const problems: string[] = [];
  if (NOT_XML_CHAR.test(xml)) problems.push('a character XML 1.0 does not allow');
  if (BARE_AMPERSAND.test(xml)) problems.push('an "&" that starts no entity');
  if (xml.includes(']]>')) problems.push('"]]>" outside a CDATA section');
  // Once tags are gone, a "<" left over was inside an attribute value or loose in the text.
  if (xml.replace(TAG, '').includes('<')) problems.push('a "<" that is not markup');
  return problems;
}

async function parseJunit(xml: string): Promise<TestSuites> {
  expect(markupProblems(xml)).toEqual([]);
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = await parse(xml);
  expect(parsed).toBeDefined();
  return parsed as TestSuites;
}

function render(results: LintResult[], failures: InputFailure[] = []): string {
  return renderReport(junitReporter, results, failures, { color: false, version: '0' });
}

describe('junit reporter', () => {
  test('the fixture run parses: one suite per body, one failure per finding', async () => {
    const [run, bodies] = await Promise.all([
      runCli(['-f', 'junit', 'fixtures']),
      fixturesAsJson(),
    ]);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="genesys-call-lint">',
    ]);
    const suites = await parseJunit(run.stdout);
    expect(suites.name).toBe('genesys-call-lint');
    expect(suites.testsuite).toHaveLength(bodies.length);

    bodies.forEach((body, i) => {
      const suite = suites.testsuite![i]!;
      // A body from a capture file is named with its record, as in the other formats.
      const record = body.source ? ` (${describeSource(body.source)})` : '';
      expect(suite.name).toBe(`${body.file}${record}`);
      expect(suite.failures).toBe(body.findings.length);
      if (body.findings.length === 0) {
        // A clean body still shows up in the test tab, as one passing case.
        expect(suite.testcase).toEqual([{ classname: body.file, name: 'no problems' }]);
        return;
      }
      expect(suite.testcase!.map((c) => c.name)).toEqual(body.findings.map((f) =>
        `${f.rule} ${f.pointer || '(whole body)'} ${f.line}:${f.column}`));
      for (const testcase of suite.testcase!) {
        expect(testcase.classname).toBe(body.file);
        expect(testcase.failure).toHaveLength(1);
        expect(testcase.failure![0]!.message).toMatch(/^(error|warning): /);
      }
    });
  });

  test('a failure has rule, severity, message, hint and docs; a notice is printed', async () => {
    const suite = (await parseJunit(render([hostileResult()]))).testsuite![0]!;
    expect(suite.name).toContain(' (HAR ');
    expect(suite.properties).toContainEqual({ name: 'model', value: 'CreateCallRequest' });
    const [error, warning] = suite.testcase!;
    const failure = error!.failure![0]!;
    expect(failure.type).toBe('unknown-field');
    expect(failure.message).toMatch(/^error: message </);
    expect(failure.inner).toMatch(/^error unknown-field at \/<a & b> \]\]>/);
    expect(failure.inner).toContain('\nhint: hint <a & b>');
    expect(failure.inner).toContain('\ndocs: docs/rules/unknown-field.md');
    expect(warning!.name).toBe('non-e164 /phoneNumber 3:18');
    expect(warning!.failure![0]).toMatchObject({ type: 'non-e164', message: 'warning: a warning' });
    expect(suite['system-out']![0]).toMatch(/^info deprecated-endpoint: notice <a & b>/);
  });

  test('hostile text in every value still parses, and is shown rather than dropped', async () => {
    const failure = { ...missingInput(`missing/${HOSTILE}`), message: `gone ${HOSTILE}` };
    const xml = render([hostileResult(), lintHostileBody(), cleanResult()], [failure]);
    const suites = await parseJunit(xml);
    expect(suites.testsuite).toHaveLength(4);
    const name = suites.testsuite![0]!.name!;
    expect(name).toContain('<a & b> ]]> "q" \'s\' \\u001b[31mred');
    expect(name).toContain('\\u0000\\u0001\\u0008\\u000b\\u001f tab\\u0009cr\\u000dlf\\u000a');
    expect(name).toContain('\\ud800 \\udfff \\ufffe 100% a:b,c');
  });

  test('input failures form a last suite of errored cases', async () => {
    const suites = await parseJunit(render([cleanResult()], [missingInput()]));
    const last = suites.testsuite!.at(-1)!;
    expect(last).toMatchObject({ name: 'inputs that could not be read', tests: 1, errors: 1 });
    expect(last.testcase![0]!.error![0]).toEqual({
      message: 'no such file or directory',
      type: 'input-failure',
      inner: 'missing.json: no such file or directory\nCheck the path.',
    });
  });

  test.each([
    ['<testsuite name="a&b"/>', 'an "&" that starts no entity'],
    ['<testsuite name="a<b"/>', 'a "<" that is not markup'],
    ['<x>a < b</x>', 'a "<" that is not markup'],
    ['<x>]]&gt;</x><y>]]></y>', '"]]>" outside a CDATA section'],
    ['<x>\u0001</x>', 'a character XML 1.0 does not allow'],
    ['<x>\ud800</x>', 'a character XML 1.0 does not allow'],
    ['<x>\uffff</x>', 'a character XML 1.0 does not allow'],
  ])('the markup check rejects %j', (xml, problem) => {
    expect(markupProblems(xml)).toContain(problem);
  });
});
