// A HAR file is read in streamed pieces, never parsed whole, so its reader must still refuse what
// JSON.parse refuses: damage anywhere, in an entry or between them, is reported; a file that
// JSON.parse takes reports nothing, unless it holds no log.entries or an entry's request cannot be
// read. Checked on many small edits of one capture, read in pieces of varying size so that every
// fault also falls on a piece boundary somewhere.
import { describe, expect, test } from '@jest/globals';
import type { InputProblem } from '../src/input/body-record.js';
import { readHar } from '../src/input/read-har.js';

const ENTRY = JSON.stringify({
  request: {
    method: 'POST',
    url: 'https://api.mypurecloud.com/api/v2/conversations/calls',
    postData: { text: '{"phoneNumber":"+13175550142"}' },
  },
});
const HAR = `{"log": {"version": "1.2", "creator": {"name": "t\\u00e9st", "n": [1, -2.5e3, true, null]},
  "entries": [${ENTRY},
    ${ENTRY}], "pages": [], "comment": "a\\"b"}}\n`;

/** The problems readHar reports for the text, fed in pieces of the given size. */
async function problemsOf(text: string, size: number): Promise<string[]> {
  const problems: string[] = [];
  async function* pieces(): AsyncGenerator<string> {
    for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
  }
  const onProblem = (problem: InputProblem): void => {
    problems.push(problem.message);
  };
  for await (const event of readHar(pieces(), onProblem)) void event;
  return problems;
}

/** A deterministic stream of numbers in [0, 1), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const INSERTS = [',', ':', '{', '}', '[', ']', '"', '\\', ' ', '0', '1', 'a', '-', '.', 'e', '\t'];

function edits(count: number): string[] {
  const next = random(7);
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    const at = Math.floor(next() * HAR.length);
    const kind = n % 3;
    if (kind === 0) texts.push(HAR.slice(0, at) + HAR.slice(at + 1));
    else {
      const char = INSERTS[Math.floor(next() * INSERTS.length)]!;
      texts.push(HAR.slice(0, at) + char + HAR.slice(kind === 1 ? at : at + 1));
    }
  }
  return texts;
}

const NOT_A_HAR = 'is not a HAR capture: it holds no "log": { "entries": [...] }; nothing was linted';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An entry whose request can be read: HAR 1.2's request object, an upper-case method, a url and
 * postData.text.
 */
function isReadableEntry(entry: unknown): boolean {
  const request = isObject(entry) ? entry['request'] : undefined;
  if (!isObject(request) || typeof request['url'] !== 'string') return false;
  if (typeof request['method'] !== 'string' || !/^[A-Z]+$/.test(request['method'])) {
    return false;
  }
  const postData = request['postData'];
  return postData === undefined ||
    (isObject(postData) && (postData['text'] === undefined || typeof postData['text'] === 'string'));
}

/**
 * What readHar must report for text that JSON.parse takes: that it is no HAR, or one problem
 * naming each entry whose request cannot be read (a key misspelt by the edit), or nothing.
 */
function expectedOfValid(text: string): string[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const entries = (value as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(entries)) return [NOT_A_HAR];
  return entries.flatMap((entry, i) => isReadableEntry(entry) ? [] : [`log.entries[${i}]`]);
}

describe('a streamed HAR is refused exactly when JSON.parse refuses it', () => {
  test('the capture itself reports nothing, in any piece size', async () => {
    for (const size of [1, 2, 7, 64, HAR.length]) expect(await problemsOf(HAR, size)).toEqual([]);
  });

  test('each of 1,500 one-character edits: reported if and only if JSON.parse refuses it', async () => {
    const wrong: string[] = [];
    let refused = 0;
    for (const [n, text] of edits(1500).entries()) {
      const problems = await problemsOf(text, 1 + (n % 13));
      const expected = expectedOfValid(text);
      if (expected === undefined) refused++;
      // Each expected problem is the message itself or the start of one.
      const isRight = expected === undefined ? problems.length > 0
        : problems.length === expected.length && expected.every((start, i) => problems[i]!.startsWith(start));
      if (!isRight) wrong.push(`${JSON.stringify(text)}: ${problems.join('; ') || 'nothing reported'}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    // Edits inside strings mostly keep it JSON; the check is only worth something if many break it.
    expect(refused).toBeGreaterThan(400);
  });

  test.each([
    ['a trailing comma in entries', `{"log":{"entries":[${ENTRY},]}}`, 'a trailing "," before "]"'],
    ['a leading comma in entries', `{"log":{"entries":[,${ENTRY}]}}`, 'a value or "]" is missing, found ","'],
    ['two commas between entries', `{"log":{"entries":[${ENTRY},,${ENTRY}]}}`, 'a value is missing, found ","'],
    ['a missing colon', `{"log" {"entries":[${ENTRY}]}}`, 'a ":" is missing after a key, found "{"'],
    ['a missing comma after entries', `{"log":{"entries":[${ENTRY}] "pages":[]}}`,
      'a "," is missing before the next member'],
    ['a trailing comma in creator', `{"log":{"creator":{"name":"x",},"entries":[${ENTRY}]}}`,
      'a trailing "," before "}"'],
    ['a bad escape', `{"log":{"comment":"a\\qb","entries":[${ENTRY}]}}`, '"\\q" is not an escape JSON knows'],
    ['a bad word', `{"log":{"x":tru,"entries":[${ENTRY}]}}`, '"tru" is not a JSON value'],
    ['a leading zero', `{"log":{"x":01,"entries":[${ENTRY}]}}`, '"01" is not a JSON value'],
    ['a raw tab in a string', `{"log":{"comment":"a\tb","entries":[${ENTRY}]}}`,
      'a control character (U+0009) stands unescaped inside a string'],
  ])('%s is named', async (_name, text, what) => {
    const problems = await problemsOf(text, 5);
    expect(problems.join('\n')).toContain(`is not valid JSON: ${what}`);
  });

  test('a capture broken before its entries says where, beside "not a HAR capture"', async () => {
    const problems = await problemsOf(`{"log":{"version":"1.2" "entries":[${ENTRY}]}}`, 3);
    expect(problems).toEqual(['is not a HAR capture: it holds no "log": { "entries": [...] } (its JSON ' +
      'breaks at line 1, column 25: a "," is missing before the next member); nothing was linted']);
  });
});
