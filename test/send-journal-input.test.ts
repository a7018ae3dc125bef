// send's journal, kept in a folder of payloads, is found by the next plain run: it is told by its
// content and skipped with a note, never linted as a log of bodies (each line failed as a
// create-call body, 18 false errors for one body sent).
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../src/index.js';
import { isSendJournal } from '../src/input/send-journal.js';
import { Journal } from '../src/send/journal.js';
import { runCli } from './support/run-cli.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const HASH = 'ab'.repeat(32);
const KEY = JSON.stringify(['POST /api/v2/conversations/calls', {}, HASH]);
const NOTE = 'skipped, it is a genesys-call-lint send journal, not a log of request bodies\n';

/** A journal as send writes it, through its own writer: `bodies` attempts, each answered. */
function journalText(dir: string, bodies: number): string {
  const path = join(dir, 'j.ndjson');
  const journal = Journal.open(path, { destination: 'http://127.0.0.1:9' });
  for (let i = 0; i < bodies; i++) {
    const key = JSON.stringify(['POST /api/v2/conversations/calls', {}, HASH, ...(i ? [i + 1] : [])]);
    journal.append({ type: 'attempt', at: new Date(0).toISOString(), key, bodyHash: HASH,
      endpoint: 'POST /api/v2/conversations/calls', pathParams: {}, input: 'a.json', attempt: 1 });
    journal.append({ type: 'outcome', at: new Date(0).toISOString(), key, result: 'succeeded',
      status: 200, conversationId: '8f1b2a44-1111-4222-8333-444455556666' });
  }
  journal.close();
  return readFileSync(path, 'utf8');
}

/** A folder holding a body and send's journal of it, its lines written `copies` times. */
function withJournal(copies = 1): string {
  const dir = mkdtempSync(join(tmpdir(), 'gcl-journal-input-'));
  made.push(dir);
  writeFileSync(join(dir, 'a.json'), '{"phoneNumber":"+13175550142"}\n');
  const text = journalText(dir, 2);
  if (copies > 1) writeFileSync(join(dir, 'j.ndjson'), text.repeat(copies));
  return dir;
}

describe("send's journal is not linted as a log of bodies", () => {
  test('a plain run over the folder skips it with a note', async () => {
    const dir = withJournal();
    const run = await runCli(['-f', 'compact', '.'], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '0 problems (0 errors, 0 warnings)\n',
      `genesys-call-lint: j.ndjson: ${NOTE}`]);
  });

  test('one past the size read whole is told by its first lines, as it streams', async () => {
    const dir = withJournal(1500);
    expect(readFileSync(join(dir, 'j.ndjson')).length).toBeGreaterThan(1024 * 1024);
    const run = await runCli(['-f', 'compact', 'j.ndjson'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, `genesys-call-lint: j.ndjson: ${NOTE}`]);
  });

  test('piped in as an NDJSON log, too', async () => {
    const dir = withJournal();
    const stdin = readFileSync(join(dir, 'j.ndjson'));
    const run = await runCli(['-f', 'compact', '--stdin-filename', 'j.ndjson', '-'], { cwd: dir, stdin });
    expect([run.code, run.stderr]).toEqual([0, `genesys-call-lint: j.ndjson: ${NOTE}`]);
  });

  test('--fix leaves it as it is, and does not count it among the captures', async () => {
    const dir = withJournal();
    const before = readFileSync(join(dir, 'j.ndjson'), 'utf8');
    const run = await runCli(['--fix', '-f', 'compact', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'j.ndjson'), 'utf8')).toBe(before);
    expect([run.code, run.stderr]).toEqual([0, `genesys-call-lint: j.ndjson: ${NOTE}`]);
  });

  test('a cached run notes it again when it replays it', async () => {
    const dir = withJournal();
    const argv = ['--cache', '--cache-strategy', 'content', '-f', 'compact', 'j.ndjson'];
    for (const run of [await runCli(argv, { cwd: dir }), await runCli(argv, { cwd: dir })]) {
      expect([run.code, run.stderr]).toEqual([0, `genesys-call-lint: j.ndjson: ${NOTE}`]);
    }
  });

  test('lintFiles lists it among the excluded inputs', async () => {
    const dir = withJournal();
    const out = await lintFiles(['j.ndjson'], { cwd: dir, config: false });
    expect([out.results, out.excluded]).toEqual([[], [{ file: 'j.ndjson', reason: 'send-journal',
      message: NOTE.replace('skipped, ', '').trim() }]]);
  });

  test('a log with a line shaped like a journal entry among bodies is linted', async () => {
    const dir = withJournal();
    const [attempt] = readFileSync(join(dir, 'j.ndjson'), 'utf8').split('\n');
    const body = '{"phoneNumber":"+13175550142"}';
    writeFileSync(join(dir, 'first.ndjson'), `${attempt}\n${body}\n`);
    writeFileSync(join(dir, 'later.ndjson'), `${body}\n${attempt}\n`);
    const run = await runCli(['-f', 'compact', 'first.ndjson', 'later.ndjson'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(run.stdout).toMatch(/^first\.ndjson:1:/m);
    expect(run.stdout).toMatch(/^later\.ndjson:2:/m);
  });
});

describe('isSendJournal', () => {
  const attempt = JSON.stringify({ type: 'attempt', at: '1970-01-01T00:00:00.000Z', key: KEY });
  const outcome = JSON.stringify({ type: 'outcome', at: '1970-01-01T00:00:00.000Z', key: KEY,
    result: 'succeeded' });
  test.each([
    ['an attempt and its outcome', `${attempt}\n${outcome}\n`, true, true],
    ['a last line a crash cut short', `${attempt}\n${outcome.slice(0, 30)}`, true, true],
    ["a head whose last line the head's end cut", `${attempt}\n${outcome.slice(0, 30)}`, false, true],
    ['an outcome first', `${outcome}\n${attempt}\n`, true, false],
    ['a body after the attempt', `${attempt}\n{"phoneNumber":"+13175550142"}`, true, false],
    ['a key that names no request', `${attempt.replace(HASH, 'x')}\n`, true, false],
    ['no time', `${attempt.replace('"at"', '"when"')}\n`, true, false],
    ['nothing', '\n', true, false],
  ])('%s', (_what, text, isWhole, expected) => {
    expect(isSendJournal(text, isWhole)).toBe(expected);
  });
});
