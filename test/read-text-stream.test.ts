// Streamed inputs (NDJSON logs and HAR files over 1 MB) are decoded strictly and split into lines
// by src/input/read-text-stream.ts, which replaced readline over a lenient UTF-8 stream.
import { afterAll, describe, expect, test } from '@jest/globals';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
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
  'ünï\r\ncødé\n日本\r語', `${'l'.repeat(70_000)}\r\n${'m'.repeat(10)}`,
];

describe('textLines splits as readline does', () => {
  for (const text of TEXTS) {
    test(JSON.stringify(text.length > 40 ? `${text.slice(0, 20)}… (${text.length} chars)` : text), async () => {
      const file = join(work, 'lines.txt');
      writeFileSync(file, text);
      const byReadline = await collect(createInterface({
        input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity,
      }));
      // Chunk sizes that cut between \r and \n, inside words, and none at all.
      for (const size of [1, 2, 3, 7, 1 << 20]) {
        expect(await collect(textLines(chunked(text, size)))).toEqual(byReadline);
      }
    });
  }
});

describe('textChunks decodes strictly', () => {
  test('a character split across chunks is decoded whole', async () => {
    const file = join(work, 'split.txt');
    writeFileSync(file, '日本語'.repeat(1_000));
    const failures: number[] = [];
    const text = (await collect(textChunks(file, (f) => failures.push(f.afterByte), 7))).join('');
    expect(text).toBe('日本語'.repeat(1_000));
    expect(failures).toEqual([]);
  });

  test('invalid UTF-8 stops the text and says after which byte', async () => {
    const file = join(work, 'bad.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('a'.repeat(100)), Buffer.from([0xff]), Buffer.from('b')]));
    const failures: number[] = [];
    const text = (await collect(textChunks(file, (f) => failures.push(f.afterByte), 64))).join('');
    expect(failures).toEqual([64]);
    expect(text).toBe('a'.repeat(64));
  });
});

describe('a streamed log with invalid UTF-8', () => {
  test('is linted up to the fault, then reported (exit 2), not read as U+FFFD', async () => {
    const line = `${JSON.stringify({ phoneNumber: '+13175550142', callerIdName: 'x'.repeat(200) })}\n`;
    const bytes = Buffer.concat([Buffer.from(line.repeat(6_000)), Buffer.from('{"to":"\xff"}\n', 'latin1')]);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const run = await runCli(['--no-config', '-f', 'json', writeAndReturn('big.ndjson', bytes)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/big\.ndjson: is not valid UTF-8 after byte offset \d+; the rest of it was not linted/);
    expect((JSON.parse(run.stdout) as { bodyCount: number }).bodyCount).toBeGreaterThan(0);
    expect(run.stdout).not.toContain('\ufffd');
  });
});

function writeAndReturn(name: string, bytes: Buffer): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}
