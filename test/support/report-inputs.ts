// Inputs for the reporter suites. hostileResult() is a result the linter would never produce:
// every text member carries the characters that break machine formats, so escaping is tested at
// the reporter rather than trusted to the quoting upstream.
import type { BodySource, LintResult } from '../../src/lint/types.js';
import { lintText } from '../../src/lint/lint-text.js';
import { FORMAT_NAMES, type FormatName } from '../../src/reporters/index.js';
import type { InputFailure } from '../../src/reporters/reporter.js';
import { runCli } from './run-cli.js';

/** Markup, CDATA end, quotes, an ANSI colour, C0 controls, lone surrogates, a non-character. */
export const HOSTILE = '<a & b> ]]> "q" \'s\' \u001b[31mred\u001b[39m ' +
  '\u0000\u0001\u0008\u000b\u001f tab\tcr\rlf\n \ud800 \udfff \ufffe 100% a:b,c';

export function hostileResult(): LintResult {
  return {
    filePath: `dir/${HOSTILE}.json`,
    endpoint: `POST /api/v2/conversations/calls ${HOSTILE}`,
    model: 'CreateCallRequest',
    findings: [{
      ruleId: 'unknown-field',
      severity: 'error',
      pointer: `/${HOSTILE}`,
      message: `message ${HOSTILE}`,
      hint: `hint ${HOSTILE}`,
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 9,
      docs: 'docs/rules/unknown-field.md',
    }, {
      ruleId: 'non-e164',
      severity: 'warning',
      pointer: '/phoneNumber',
      message: 'a warning',
      hint: 'a hint',
      line: 3,
      column: 18,
      endLine: 3,
      endColumn: 30,
      docs: 'docs/rules/non-e164.md',
      bodyLine: 1,
      bodyColumn: 5,
    }],
    notices: [{ kind: 'deprecated-endpoint', severity: 'info', message: `notice ${HOSTILE}` }],
    errorCount: 1,
    warningCount: 1,
    source: { format: 'har', index: 0, line: 7, method: 'POST', url: `https://x.test/${HOSTILE}` },
  };
}

/** A body whose member names and values hold the same characters, through the real linter. */
export function lintHostileBody(): LintResult {
  const members = { [`to${HOSTILE}`]: HOSTILE, phoneNumber: HOSTILE, callUserId: HOSTILE };
  const body = JSON.stringify(members);
  return lintText(body, { filePath: `payloads/${HOSTILE}.json` });
}

export function cleanResult(filePath = 'clean.json'): LintResult {
  return lintText('{"phoneNumber":"+13175550142"}', { filePath });
}

export function missingInput(file = 'missing.json'): InputFailure {
  return { file, message: 'no such file or directory', hint: 'Check the path.' };
}

/** The shipped fixtures' results as --format json reports them: what other formats must match. */
export interface JsonBody {
  file: string;
  source?: BodySource;
  findings: Array<{ rule: string; pointer: string; line: number; column: number }>;
  notices?: unknown[];
}

export async function fixturesAsJson(): Promise<JsonBody[]> {
  const run = await runCli(['-f', 'json', 'fixtures']);
  return (JSON.parse(run.stdout) as { results: JsonBody[] }).results;
}

export function countFindings(bodies: readonly JsonBody[]): number {
  return bodies.reduce((sum, body) => sum + body.findings.length, 0);
}

export function countNotices(bodies: readonly JsonBody[]): number {
  return bodies.reduce((sum, body) => sum + (body.notices?.length ?? 0), 0);
}

/** [input, format] rows for test.each: each input in every report format the CLI has. */
export function inEveryFormat(inputs: readonly string[]): [string, FormatName][] {
  return inputs.flatMap((input) => FORMAT_NAMES.map((format): [string, FormatName] => [input, format]));
}
