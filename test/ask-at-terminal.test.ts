// The [y/N] prompt of send, driven through streams that stand in for a terminal.
import { expect, test } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { askAtTerminal, PromptCancelled } from '../src/cli/ask-at-terminal.js';

/** Asks, then types the keys; a terminal's output, so readline reads keys as a terminal sends them. */
async function answer(keys: string): Promise<boolean | PromptCancelled> {
  const input = new PassThrough();
  const output = Object.assign(new PassThrough(), { isTTY: true, columns: 80 });
  output.resume();
  const asked = askAtTerminal('Send 1 request? [y/N] ', { input, output });
  input.write(keys);
  try {
    return await asked;
  } catch (error) {
    if (error instanceof PromptCancelled) return error;
    throw error;
  }
}

test.each([['y\r', true], ['yes\r', true], ['n\r', false], ['\r', false]])('%j answers %s', async (keys, expected) => {
  expect(await answer(keys)).toBe(expected);
});

test.each([['Ctrl-C', '\u0003', true], ['Ctrl-D', '\u0004', false]])('%s cancels', async (_name, key, isInterrupt) => {
  const result = await answer(key);
  expect(result).toBeInstanceOf(PromptCancelled);
  expect((result as PromptCancelled).isInterrupt).toBe(isInterrupt);
});
