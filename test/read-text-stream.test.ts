// Streamed inputs (NDJSON logs and HAR files over 1 MB) are decoded strictly and split into lines
// by src/input/read-text-stream.ts, exactly as a log under 1 MB (read whole) is split.
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintInput } from '../src/cli/lint-inputs.js';
import { textChunks, textLines } from '../src/input/read-text-stream.js';
import { runCli } from './support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'gcl-stream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

const TEXTS = [
  'a\nb\nc', 'a\nb\n', 'a\r\nb\r\n', 'a\rb\rc\r', '\n\n\na', 'a\r\r\nb', '', '\r', '\n', 'x\r\n\r\ny',
  'ünï\r\ncødé\n日本\r語', `${'l'.repeat(70_000)}\r\n${'m'.repeat(10)}`, '\r\r\n\r', 'a\n\rb\r\r\nc',
  `${'l'.repeat(70_000)}\r${'m'.repeat(10)}\r\n\r`,
];

/**
 * How a log read whole is split (lint-inputs.ts): at CR LF, LF or a lone CR, as the Locator
 * counts lines; a blank last line aside (blank lines are skipped).
 */
function wholeFileLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.at(-1) === '' ? lines.slice(0, -1) : lines;
}

describe('textLines splits as the whole-file reader does', () => {
  for (const text of TEXTS) {
    test(JSON.stringify(text.length > 40 ? `${text.slice(0, 20)}… (${text.length} chars)` : text), async () => {
      // Chunk sizes that cut between \r and \n, inside words, and none at all.
      for (const size of [1, 2, 3, 7, 1 << 20]) {
        expect(await collect(textLines(chunked(text, size)))).toEqual(wholeFileLines(text));
      }
    });
  }
});

// A line far longer than a chunk (a log of one big body) is joined once at its break: reading
// it used to search and copy the whole line again at every chunk, quadratic in its length.
describe('textLines reads a line that spans many chunks', () => {
  const long = `{"callerIdName":"${'日本 A'.repeat(60_000)}"}`;
  const text = `first\n${long}\r\n${long}\nlast`;

  test('whole and identical, its \\r\\n dropped even when the \\r ends a chunk', async () => {
    const cutAtReturn = 'first\n'.length + long.length + 1;
    for (const size of [1_000, 4_093, cutAtReturn]) {
      expect(await collect(textLines(chunked(text, size)))).toEqual(['first', long, long, 'last']);
    }
  });

  test('searching each character for a break once, not once for every chunk after it', async () => {
    // Counts the characters handed to indexOf('\n'): a measure of work, not of time.
    const indexOf = String.prototype.indexOf;
    let searched = 0;
    String.prototype.indexOf = function (this: string, search: string, from = 0): number {
      if (search === '\n') searched += this.length - from;
      return indexOf.call(this, search, from);
    };
    try {
      await collect(textLines(chunked(text, 1_000)));
    } finally {
      String.prototype.indexOf = indexOf;
    }
    expect(searched).toBeLessThanOrEqual(2 * text.length);
  });
});

describe('textChunks decodes strictly', () => {
  test('a character split across chunks is decoded whole', async () => {
    const file = join(work, 'split.txt');
    writeFileSync(file, '日本語'.repeat(1_000));
    const failures: number[] = [];
    const text = (await collect(textChunks(file, (f) => failures.push(f.atByte), 7))).join('');
    expect(text).toBe('日本語'.repeat(1_000));
    expect(failures).toEqual([]);
  });

  test('invalid UTF-8 stops the text, given up to the fault, and says at which byte', async () => {
    const file = join(work, 'bad.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('a'.repeat(100)), Buffer.from([0xff]), Buffer.from('b')]));
    const failures: number[] = [];
    const text = (await collect(textChunks(file, (f) => failures.push(f.atByte), 64))).join('');
    expect(failures).toEqual([100]);
    expect(text).toBe('a'.repeat(100));
  });
});

describe('a streamed log with invalid UTF-8', () => {
  const line = `${JSON.stringify({ phoneNumber: '+13175550142', callerIdName: 'x'.repeat(200) })}\n`;

  test('is linted up to the fault, then reported (exit 2), not read as U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from(line.repeat(6_000)), Buffer.from('{"to":"\xff"}\n', 'latin1')]);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const run = await runCli(['--no-config', '-f', 'json', writeAndReturn('big.ndjson', bytes)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`big.ndjson: is not valid UTF-8 at byte offset ${line.length * 6_000 + 7}; ` +
      'what came before it was linted, the rest was not');
    expect(JSON.parse(run.stdout)).toEqual(expect.objectContaining({ bodyCount: 6_000, errorCount: 0 }));
    expect(run.stdout).not.toContain('\ufffd');
  });

  test('a fault in a line that spans two chunks: every line before it linted, the cut one not', async () => {
    // The streamed reader takes 64 KiB at a time: put the fault in the line that crosses 1 MiB.
    const before = Math.floor((1 << 20) / line.length);
    const cut = Buffer.from(line);
    cut[line.length - 5] = 0xff;
    const bytes = Buffer.concat([Buffer.from(line.repeat(before)), cut, Buffer.from(line.repeat(10))]);
    const run = await runCli(['--no-config', '-f', 'json', writeAndReturn('spanning.ndjson', bytes)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`is not valid UTF-8 at byte offset ${line.length * (before + 1) - 5};`);
    expect(JSON.parse(run.stdout)).toEqual(expect.objectContaining({ bodyCount: before, errorCount: 0 }));
  });
});

function writeAndReturn(name: string, bytes: Buffer): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

// A log listed as a file and then replaced by a FIFO before it is streamed: reading a FIFO with
// no writer would wait for ever. lintInput is called directly, as main calls it after planning.
describe('a FIFO where a streamed log was listed', () => {
  for (const format of ['ndjson', 'har'] as const) {
    test(`is refused, not waited on (${format})`, async () => {
      const fifo = join(work, `swapped.${format}`);
      execFileSync('mkfifo', [fifo]);
      const failures: string[] = [];
      await lintInput({ path: fifo, name: `swapped.${format}`, format, endpoint: undefined }, {
        lintOptions: () => ({}),
        onResult: async () => undefined,
        onFailure: (failure) => failures.push(`${failure.file}: ${failure.message}`),
        onSkipped: () => undefined,
      });
      expect(failures).toEqual([`swapped.${format}: is not a regular file (a folder, FIFO, socket or device); skipped`]);
    });
  }
});

// UTF-16 is checked unit by unit: a surrogate pair or a unit cut by a chunk's end is no fault,
// and a real fault is placed at its own byte whatever the chunk size.
describe('textChunks reads UTF-16 across chunk boundaries', () => {
  const text = 'a😀b\n日本😀\n'.repeat(3);
  test.each([1, 2, 3, 5, 1 << 20])('in chunks of %d bytes', async (size) => {
    for (const [kind, bytes] of [
      ['le', Buffer.from(`\ufeff${text}`, 'utf16le')],
      ['be', Buffer.from(`\ufeff${text}`, 'utf16le').swap16()],
    ] as const) {
      const file = join(work, `utf16-${kind}-${size}.ndjson`);
      writeFileSync(file, bytes);
      const faults: unknown[] = [];
      // The mark is given as text, as UTF-8's is: the reader drops it, and sees a second one.
      expect((await collect(textChunks(file, (f) => faults.push(f), size))).join('')).toBe(`\ufeff${text}`);
      expect(faults).toEqual([]);
      // A lone second surrogate after the first line: the text stops there, at that very byte.
      const broken = Buffer.concat([bytes.subarray(0, 12), kind === 'le' ? Buffer.from([0x00, 0xdc])
        : Buffer.from([0xdc, 0x00]), bytes.subarray(12)]);
      writeFileSync(file, broken);
      const cut: unknown[] = [];
      expect((await collect(textChunks(file, (f) => cut.push(f), size))).join('')).toBe('\ufeffa😀b\n');
      expect(cut).toEqual([{ atByte: 12, kind: `utf-16${kind}` }]);
    }
  });
});

test('a file of one byte is read as a longer one is: text, a NUL, or a byte that is not UTF-8', async () => {
  const read = async (byte: number) => {
    const file = join(work, `one-${byte}.ndjson`);
    writeFileSync(file, Buffer.from([byte]));
    const faults: unknown[] = [];
    const text = (await collect(textChunks(file, (f) => faults.push(f), 1))).join('');
    return [text, faults];
  };
  expect(await read(0x78)).toEqual(['x', []]);
  expect(await read(0x00)).toEqual(['', [{ atByte: 0, kind: 'nul' }]]);
  expect(await read(0xff)).toEqual(['', [{ atByte: 0 }]]);
});

// A streamed log in UTF-16 without a mark was "a NUL byte at byte offset 1", after its first
// character had been read as a line of its own.
test.each(['utf16le', 'swap16'] as const)('UTF-16 without a mark (%s) is named and not read',
  async (order) => {
    const file = join(work, `unmarked-${order}.ndjson`);
    const bytes = Buffer.from('{"phoneNumber":"+13175550142"}\n'.repeat(40), 'utf16le');
    writeFileSync(file, order === 'swap16' ? bytes.swap16() : bytes);
    const faults: unknown[] = [];
    const text = (await collect(textChunks(file, (f) => faults.push(f), 256))).join('');
    const kind = order === 'swap16' ? 'utf-16be' : 'utf-16le';
    expect([text, faults]).toEqual(['', [{ atByte: 0, kind, isUnmarked: true }]]);
  });
