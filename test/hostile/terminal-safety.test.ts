// Issue 7: values from payloads (and file names) that hold ANSI escapes, carriage returns or other
// control characters must reach the terminal escaped, in every reporter; machine formats must
// still parse. One test per reporter, each run through the CLI on the same hostile input.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { runCli } from '../support/run-cli.js';

// ESC [2J clears the screen, ESC ] 0 ; sets the window title, CR rewrites the line, U+009B is
// the one-byte CSI, BEL rings; in a member name, a value and the file name alike.
const NASTY = '\u001b[2J\u001b]0;pwned\u0007\r\u009b31m\u0008';
const BODY = JSON.stringify({ [`to${NASTY}`]: 1, phoneNumber: `+1${NASTY}`, callerId: `x${NASTY}` });
const work = mkdtempSync(join(tmpdir(), 'gcl-terminal-'));
const FILE = `evil\u001b[31m\r.json`;
writeFileSync(join(work, FILE), BODY);

/** Control characters other than line feed (and tab, in pretty JSON) must not appear raw. */
// eslint-disable-next-line no-control-regex -- finding raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

async function lint(format: string): Promise<string> {
  const run = await runCli(['-f', format, '.', '--color'], { cwd: work });
  expect(run.code).toBe(1);
  expect(run.stderr).not.toMatch(RAW_CONTROL);
  return run.stdout;
}

/** With --color the reporter's own styling adds ESC [..m; nothing else may start with ESC. */
function withoutOwnColors(text: string): string {
  // eslint-disable-next-line no-control-regex -- stripping our own SGR sequences
  return text.replace(/\u001b\[(?:\d+)m/g, '');
}

describe('terminal safety: payload control characters are escaped', () => {
  test('stylish escapes control characters in messages, hints and file names', async () => {
    const out = withoutOwnColors(await lint('stylish'));
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain('\\u001b[2J');
  });

  test('compact escapes control characters', async () => {
    const out = await lint('compact');
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out.split('\n').filter((l) => l.includes('[unknown-field]'))).toHaveLength(1);
  });

  test('json stays valid JSON with no raw control characters', async () => {
    const out = await lint('json');
    expect(out).not.toMatch(RAW_CONTROL);
    const report = JSON.parse(out) as { results: Array<{ file: string }> };
    expect(report.results[0]!.file).toBe(FILE);
  });

  test('sarif stays valid JSON with no raw control characters', async () => {
    const out = await lint('sarif');
    expect(out).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(out)).toHaveProperty('runs');
  });

  test('github escapes line breaks as %0D/%0A so a payload cannot start a command', async () => {
    const out = await lint('github');
    expect(out).not.toMatch(RAW_CONTROL);
    for (const line of out.trimEnd().split('\n').slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) /);
  });

  test('junit is well-formed XML with markup and control characters escaped', async () => {
    writeFileSync(join(work, 'markup.json'), JSON.stringify({ '<x a="&">]]></x>': 1 }));
    const out = await lint('junit');
    expect(out).not.toMatch(RAW_CONTROL);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(JSON.stringify(new XMLParser().parse(out))).toContain('testsuite');
  });
});

describe('terminal safety: bidirectional overrides', () => {
  // U+202E turns the rest of a line around on screen ("Trojan Source"); U+2066 opens an isolate.
  test('file names and values with bidi controls are printed escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-bidi-'));
    writeFileSync(join(dir, 'bad\u202egnp.json'), JSON.stringify({ phoneNumber: '+1\u2066317' }));
    for (const format of ['stylish', 'compact', 'json']) {
      const run = await runCli(['--no-config', '-f', format, '.'], { cwd: dir });
      // Warnings only: the isolate is read as no character of the number (phone-formatting).
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(run.stdout).toContain('\\u202e');
      expect(run.stdout).toContain('\\u2066');
    }
  });

  // The marks (U+200E, U+200F, U+061C) are invisible too, and reorder the text around them.
  test('bidi marks are printed escaped too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcl-bidi-'));
    writeFileSync(join(dir, 'mark\u200fed.json'),
      JSON.stringify({ phoneNumber: '+1\u200e317\u061c', to: '\u200f' }));
    for (const format of ['stylish', 'compact', 'json']) {
      const run = await runCli(['--no-config', '-f', format, '.'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).not.toMatch(/[\u061c\u200e\u200f]/);
      expect(run.stdout).toContain('\\u200f');
    }
  });
});
