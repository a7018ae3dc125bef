// Issue 6 replaced three plain implementations with faster ones: line starts found with indexOf,
// did-you-mean measuring only candidates that could still win, and small files read without
// fstat into a reused buffer. Each must give exactly what the plain one gave.
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIfSmall } from '../src/cli/read-regular-file.js';
import { Locator } from '../src/lint/locate.js';
import { editDistance, nearest } from '../src/lint/suggest.js';

/** Line and column of an offset, counting CR LF, CR and LF each as one line break. */
function plainPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    // Where the line after this break starts; an offset before that is still on this line.
    const next = code === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    if (next > offset) break;
    line++;
    lineStart = next;
    i = next - 1;
  }
  return { line, column: offset - lineStart + 1 };
}

describe('line starts', () => {
  test('every offset of text made of line breaks and letters is placed as a plain count places it', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom('a', '\n', '\r', '\r\n', 'é'), { maxLength: 24 }).map((parts) => parts.join('')),
      (text) => {
        const locator = new Locator(text);
        for (let offset = 0; offset <= text.length; offset++) {
          expect(locator.rangeAtOffset(offset, 0).start).toEqual(plainPosition(text, offset));
        }
      },
    ), { numRuns: 2000 });
  });

  test('a CR LF is one break, a lone CR is one', () => {
    const locator = new Locator('a\r\nb\rc\n\nd');
    expect([0, 3, 5, 7, 8].map((o) => locator.rangeAtOffset(o, 0).start)).toEqual([
      { line: 1, column: 1 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 },
      { line: 5, column: 1 },
    ]);
  });
});

/** The first candidate at the least distance, kept only when within a quarter of the name. */
function plainNearest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(name.length / 4)) ? best : undefined;
}

describe('nearest', () => {
  const word = fc.array(fc.constantFrom('a', 'b', 'C', 'd', 'İ'), { maxLength: 12 }).map((c) => c.join(''));

  test('picks what measuring every candidate picks', () => {
    fc.assert(fc.property(word, fc.array(word, { maxLength: 8 }), (name, candidates) => {
      expect(nearest(name, candidates)).toBe(plainNearest(name, candidates));
    }), { numRuns: 5000 });
  });

  test('ties go to the first candidate', () => {
    expect(nearest('phoneNumbr', ['phoneNumberX', 'phoneNumber', 'phoneNumbers'])).toBe('phoneNumber');
    expect(nearest('abcd', ['abce', 'abcf'])).toBe('abce');
  });
});

describe('readIfSmall', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gcl-small-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: string | Buffer): string => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };

  test('returns a small file whole, and each read its own bytes', () => {
    const first = readIfSmall(file('a.json', '{"phoneNumber":"+13175550100"}'), 1024)!;
    const second = readIfSmall(file('b.json', '{}'), 1024)!;
    expect(Buffer.from(first).toString()).toBe('{"phoneNumber":"+13175550100"}');
    expect(Buffer.from(second).toString()).toBe('{}');
  });

  test('a file of exactly the limit is read; one byte more is not', () => {
    expect(readIfSmall(file('at.json', Buffer.alloc(16, 0x20)), 16)?.length).toBe(16);
    expect(readIfSmall(file('over.json', Buffer.alloc(17, 0x20)), 16)).toBeUndefined();
  });

  test('an empty file is read as no bytes', () => {
    expect(readIfSmall(file('empty.json', ''), 16)?.length).toBe(0);
  });

  test('a folder, a missing file and a FIFO with no writer give undefined, without blocking', () => {
    mkdirSync(join(dir, 'folder.json'));
    expect(readIfSmall(join(dir, 'folder.json'), 16)).toBeUndefined();
    expect(readIfSmall(join(dir, 'missing.json'), 16)).toBeUndefined();
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    expect(readIfSmall(fifo, 16)).toBeUndefined();
  });

  test('a FIFO with data waiting in it is not read as a file either', () => {
    const fifo = join(dir, 'full-fifo.json');
    execFileSync('mkfifo', [fifo]);
    // Opened read-write (no wait on Linux) to put a body into the pipe before readIfSmall opens it.
    const held = openSync(fifo, 'r+');
    try {
      writeSync(held, '{"phoneNumber":"+13175550100"}');
      expect(readIfSmall(fifo, 1024)).toBeUndefined();
    } finally {
      closeSync(held);
    }
  });

  test('a character device is not read as a file', () => {
    expect(readIfSmall('/dev/zero', 16)).toBeUndefined();
    expect(readIfSmall('/dev/null', 16)).toBeUndefined();
  });
});
