// A log piped to standard input is read as a log file is (src/cli/read-stdin.ts): record by
// record as it arrives, with the findings, positions and faults the file gives. One body on
// stdin is still read whole, and reported as before.
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStdin } from '../src/cli/read-stdin.js';
import { FIXTURES } from './support/paths.js';
import { runCli, spawnCli } from './support/run-cli.js';
import { killPipedClis, startPipedCli } from './support/spawn-piped.js';

const work = mkdtempSync(join(tmpdir(), 'gcl-stdin-log-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(killPipedClis);

// Bigger than a pipe's 64 KiB chunk, so that lines (and characters) are cut between chunks; CR LF
// breaks, blank lines and text that is not ASCII on the way.
const FIXTURE_LOG = readFileSync(join(FIXTURES, 'captures', 'service-log.ndjson'), 'utf8');
const LOG = Array.from({ length: 70 }, (_, i) => i % 3 === 1 ? FIXTURE_LOG.replaceAll('\n', '\r\n')
  : `${FIXTURE_LOG}{"phoneNumber":"+1 317 555 0142","callerIdName":"Zoë 日本 ${i}"}\n\n`).join('');
const HAR = readFileSync(join(FIXTURES, 'captures', 'browser-recorded.har'));

function inWork(name: string, bytes: string | Uint8Array): string {
  writeFileSync(join(work, name), bytes);
  return name;
}

// No time is measured: a test waits for output that only a streamed read can give before the
// rest of stdin is written, and fails by jest's timeout when none comes.
describe('a log on stdin reports what the same log as a file reports, as it arrives', () => {
  // The first part holds a record with an unknown-field finding, which every format names; the
  // cut falls inside a line, and for the NDJSON log inside a character.
  const ndjson = Buffer.from(LOG);
  const logs = [
    { kind: 'NDJSON', name: 'service.ndjson', bytes: ndjson, cut: ndjson.indexOf('日', 40_000) + 1 },
    { kind: 'HAR', name: 'recorded.har', bytes: HAR, cut: 20_000 },
  ];
  test.each(logs.flatMap((log) => ['stylish', 'compact', 'json'].map((format) => ({ ...log, format }))))(
    '$kind, $format', async ({ name, bytes, cut, format }) => {
      inWork(name, bytes);
      const file = await spawnCli(['--no-config', '-f', format, name], { cwd: work });
      const cli = startPipedCli(['--no-config', '-f', format, '-'], work);
      cli.write(bytes.subarray(0, cut));
      await cli.stdoutMatching(/unknown-field/);
      cli.end(bytes.subarray(cut));
      const piped = await cli.done;
      const named = await spawnCli(['--no-config', '-f', format, '--stdin-filename', name, '-'],
        { cwd: work, stdin: bytes });
      const asFile = (run: typeof piped): unknown[] =>
        [run.code, run.stdout.replaceAll('<stdin>', name), run.stderr.replaceAll('<stdin>', name)];
      expect(asFile(piped)).toEqual([file.code, file.stdout, file.stderr]);
      expect(asFile(named)).toEqual([file.code, file.stdout, file.stderr]);
      expect(file.stdout).toMatch(/error/);
    }, 60_000);

  test('through main() as well, where stdin comes as one chunk', async () => {
    inWork('service.ndjson', LOG);
    const file = await runCli(['--no-config', '-f', 'json', 'service.ndjson'], { cwd: work });
    const piped = await runCli(['--no-config', '-f', 'json', '-'], { cwd: work, stdin: LOG });
    const asFile = (text: string): string => text.replaceAll('<stdin>', 'service.ndjson');
    expect([piped.code, asFile(piped.stdout), asFile(piped.stderr)])
      .toEqual([file.code, file.stdout, file.stderr]);
  });
});

describe('a log on stdin, a line at a time', () => {
  const first = '{"to":{"phoneNumber":"+13175550142"}}\n';
  const second = '{"phoneNumber":"+13175550142"}\n';
  const third = '{"callUserId":"not-a-uuid"}\n';

  test('line 1 is reported before line 3 is written', async () => {
    const cli = startPipedCli(['--no-config', '-f', 'compact', '-']);
    cli.write(first + second);
    await cli.stdoutMatching(/^<stdin>:1:2: error .*\[unknown-field\]$/m);
    cli.end(third);
    const run = await cli.done;
    const log = inWork('three.ndjson', first + second + third);
    const file = await spawnCli(['--no-config', '-f', 'compact', log], { cwd: work });
    expect(run.stdout.replaceAll('<stdin>', 'three.ndjson')).toBe(file.stdout);
    expect(run.stdout).toMatch(/^<stdin>:3:\d+: error /m);
    expect(run.code).toBe(1);
  }, 60_000);

  test('a byte that is not UTF-8 stops the reading there, with its offset, stdin open', async () => {
    const cli = startPipedCli(['--no-config', '-f', 'compact', '-']);
    cli.write(first + second);
    await cli.stdoutMatching(/^<stdin>:1:2: error /m);
    const bad = Buffer.concat([Buffer.from('{"to":"'), Buffer.from([0xff]), Buffer.from('"}\n')]);
    cli.write(Buffer.concat([Buffer.from(third), bad, Buffer.from(first)]));
    // Never closed: the CLI stops at the bad byte and exits by itself.
    const run = await cli.done;
    const offset = first.length + second.length + third.length + '{"to":"'.length;
    expect(run.stderr).toBe('genesys-call-lint: <stdin>: is not valid UTF-8 at byte offset ' +
      `${offset}; what came before it was linted, the rest was not\n  Save the log as UTF-8 text.\n`);
    // Lines 1 and 3 have findings; line 4 (the bad one) and line 5 were not linted.
    const lines = run.stdout.match(/^<stdin>:(\d+):/gm)?.map((m) => m.split(':')[1]);
    expect(lines).toEqual(['1', '1', '3']);
    expect(run.code).toBe(2);
  }, 60_000);
});

// Detection read 64 KiB: a log whose first record was longer (a body holding a recording, say)
// was read to its end as one body and reported as one syntax error, piped in or as a file.
describe('a log whose first line is longer than 64 KiB', () => {
  const long = `{"phoneNumber":"+13175550142","callerIdName":"${'Zoë '.repeat(20_000)}","bogus":1}\n`;
  const second = '{"callUserId":"not-a-uuid"}\n';

  test('on stdin, is streamed from the end of that line, and reports what the file does', async () => {
    const cli = startPipedCli(['--no-config', '-f', 'compact', '-']);
    cli.write(long + second);
    await cli.stdoutMatching(/^<stdin>:2:\d+: error .*\[invalid-uuid\]$/m);
    cli.end(second);
    const run = await cli.done;
    const log = inWork('long.ndjson', long + second + second);
    const file = await spawnCli(['--no-config', '-f', 'compact', log], { cwd: work });
    expect(run.stdout.replaceAll('<stdin>', 'long.ndjson')).toBe(file.stdout);
    expect(file.stdout).toMatch(/^long\.ndjson:1:\d+: error .*\[unknown-field\]$/m);
    expect(run.code).toBe(1);
  }, 60_000);

  test('as a file told by its content, small or streamed, it is the log its .ndjson name says', async () => {
    // Repeated past 1 MB, so that this one is detected from its first bytes, not its whole text.
    const big = (long + second).repeat(Math.ceil((1 << 20) / (long + second).length) + 1);
    for (const [text, stem] of [[long + second, 'small'], [big, 'big']] as const) {
      const lint = (name: string) =>
        runCli(['--no-config', '-f', 'compact', inWork(name, text)], { cwd: work });
      const named = await lint(`${stem}.ndjson`);
      for (const name of [`${stem}.log`, `${stem}.txt`, stem]) {
        const run = await lint(name);
        expect([name, run.code, run.stdout])
          .toEqual([name, 1, named.stdout.replaceAll(`${stem}.ndjson`, name)]);
      }
      expect(named.stdout).toMatch(/\[invalid-uuid\]/);
    }
    const piped = await runCli(['--no-config', '-f', 'compact', '-'],
      { cwd: work, stdin: long + second });
    expect(piped.stdout).toMatch(/^<stdin>:2:\d+: error .*\[invalid-uuid\]$/m);
  });

  // Its first line is ~100 KB: past 0.05 MB (under the 64 KiB always read) and past 0.08 MB
  // (where reading on grew fourfold, to 256 KiB, and found the line's end past the limit).
  test.each(['0.05', '0.08'])('as a file, its first line past --max-file-size %s MB, it is ' +
    'refused with the ways to read it', async (limit) => {
    for (const name of ['over.log', 'over']) {
      const run = await runCli(['--no-config', '-f', 'compact', '--max-file-size', limit,
        inWork(name, long + second)], { cwd: work });
      expect([run.code, run.stdout]).toEqual([2,
        'No body checked, 1 input could not be read.\n']);
      expect(run.stderr).toContain(`${name}: has a first line longer than the --max-file-size ` +
        'limit of');
      expect(run.stderr).toContain('If it is a log, name it .ndjson or pass --input-format ' +
        'ndjson: a log is read line by line, at any size. Raise the limit, e.g. --max-file-size ' +
        '1 (in MB), if the file really is one body.');
    }
    const told = await runCli(['--no-config', '-f', 'compact', '--max-file-size', limit,
      '--input-format', 'ndjson', 'over.log'], { cwd: work });
    expect(told.stdout).toMatch(/^over\.log:2:\d+: error .*\[invalid-uuid\]$/m);
  });
});

// Chunks as a pipe gives them: the first line past 64 KiB, its line break at a chunk's end.
describe('a first line past 64 KiB whose chunk ends with its line break', () => {
  const line = `{"phoneNumber":"+13175550142","callerIdName":"${'x'.repeat(70_000)}"}`;
  const chunksOf = (...parts: string[]) => (async function* () {
    for (const part of parts) yield Buffer.from(part);
  })();
  const cut = 66_000;

  test('is a log, streamed, once the next line comes in a later chunk', async () => {
    const piped = await readStdin(chunksOf(line.slice(0, cut), `${line.slice(cut)}\n`, ' \r\n',
      '{"to":1}\n'), '<stdin>', undefined);
    expect('format' in piped && piped.format).toBe('ndjson');
  });

  test('is one body when only blanks follow it to the end', async () => {
    const piped = await readStdin(chunksOf(line.slice(0, cut), `${line.slice(cut)}\n`, '\n '),
      '<stdin>', undefined);
    expect('bytes' in piped && Buffer.from(piped.bytes).toString()).toBe(`${line}\n\n `);
  });
});

describe('one body on stdin is read whole, as before', () => {
  const utf16 = Buffer.from('\ufeff{\n  "to": "x"\n}\n', 'utf16le');
  const utf32 = Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0]);
  const name = 'A'.repeat(100_000);
  const big = `{\n  "phoneNumber": "+13175550142",\n  "callerIdName": "${name}",\n  "to": 1\n}\n`;
  test.each([
    ['a pretty-printed body', '{\n  "to": "x"\n}\n',
      ['<stdin>:1:1: error ', '<stdin>:2:3: error '], '', 1],
    // A whole JSON value alone on its line is one body (README), not a log of one line.
    ['a body on one line', '{"to":"x"}\n', ['<stdin>:1:1: error ', '<stdin>:1:2: error '], '', 1],
    ['a UTF-16 body', utf16, ['<stdin>:1:1: error ', '<stdin>:2:3: error '], '', 1],
    ['a body longer than format detection reads', big, ['<stdin>:4:3: error '], '', 1],
    ['UTF-32', utf32, [], 'genesys-call-lint: <stdin>: skipped: UTF-32 text (it starts with a ' +
      'UTF-32 byte-order mark); not read\n  Save it as UTF-8 (JSON on the wire is UTF-8).\n', 2],
    ['a NUL byte', '{"to":\u0000}', [], 'genesys-call-lint: <stdin>: skipped: binary content ' +
      '(a NUL byte at byte offset 6)\n  Save the body as UTF-8 JSON text.\n', 2],
    // PowerShell 5 writes UTF-16LE without a mark: named as such, not as binary content.
    ['UTF-16 without its mark', Buffer.from('{\n  "to": "x"\n}\n', 'utf16le'), [],
      'genesys-call-lint: <stdin>: skipped: UTF-16LE text without a byte-order mark (a NUL byte ' +
      'beside each character); not read\n  Save it as UTF-8 (JSON on the wire is UTF-8), or as ' +
      'UTF-16LE with a byte-order mark; to convert it: iconv -f UTF-16LE -t UTF-8 in.json > ' +
      'out.json\n', 2],
    ['bad UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), [], 'genesys-call-lint: <stdin>: ' +
      'skipped: invalid UTF-8 at byte offset 2\n  Save the body as UTF-8 JSON text.\n', 2],
  ] as const)('%s', async (_name, bytes, starts, stderr, code) => {
    // --max-file-size does not limit stdin (README).
    const run = await spawnCli(['--no-config', '-f', 'compact', '--max-file-size', '0.01', '-'],
      { cwd: work, stdin: bytes });
    const findings = run.stdout.split('\n').filter((line) => line.startsWith('<stdin>'));
    expect(findings.map((line) => line.slice(0, line.indexOf('error ') + 6))).toEqual(starts);
    expect(findings.join('\n')).not.toContain('NDJSON line');
    expect([run.stderr, run.code]).toEqual([stderr, code]);
  });

  test('--fix-dry-run shows the diff of a one-line body; --fix refuses stdin', async () => {
    const dry = await spawnCli(['--no-config', '--fix-dry-run', '-'], { cwd: work,
      stdin: '{"phoneNumber":"+1 317 555 0142"}\n' });
    expect(dry.stdout).toContain('\n-{"phoneNumber":"+1 317 555 0142"}\n+{"phoneNumber":"+13175550142"}');
    const fix = await spawnCli(['--no-config', '--fix', '-'], { cwd: work, stdin: '{"to":"x"}' });
    expect(fix.stderr).toContain('--fix rewrites files, and standard input is not one');
    expect(fix.code).toBe(2);
  });

  test('--fix-dry-run lints a log on stdin and says it was not rewritten', async () => {
    const dry = await spawnCli(['--no-config', '--fix-dry-run', '-'], { cwd: work, stdin: LOG });
    expect(dry.stdout).toBe('');
    expect(dry.stderr).toMatch(/^<stdin> NDJSON line 2: POST /m);
    expect(dry.stderr).toContain('read but never rewritten: <stdin>');
  });
});
