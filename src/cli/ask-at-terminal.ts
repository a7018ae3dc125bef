// The yes/no question send asks at a terminal. Ctrl-C and Ctrl-D there close readline, which
// rejects the pending question with an AbortError: that reached main() as an internal error
// with a stack trace. They are a cancel, told apart, since a shell reports them differently.

/** The prompt got no answer: interrupted (Ctrl-C) or the input ended (Ctrl-D). */
export class PromptCancelled extends Error {
  constructor(readonly isInterrupt: boolean) {
    super(isInterrupt ? 'interrupted at the prompt' : 'the input ended at the prompt');
  }
}

export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** True for y or yes; throws PromptCancelled when no answer comes. */
export async function askAtTerminal(question: string,
  streams: PromptStreams = { input: process.stdin, output: process.stderr }): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const prompt = createInterface({ input: streams.input, output: streams.output });
  let isInterrupt = false;
  // With a listener, Ctrl-C comes here rather than closing readline; the signal then ends the
  // question, as the close would have.
  const cancel = new AbortController();
  prompt.on('SIGINT', () => {
    isInterrupt = true;
    cancel.abort();
  });
  try {
    return /^y(es)?$/i.test((await prompt.question(question, { signal: cancel.signal })).trim());
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
    // Ctrl-D leaves the prompt's line open (readline ends it itself on Ctrl-C).
    if (!isInterrupt) streams.output.write('\n');
    throw new PromptCancelled(isInterrupt);
  } finally {
    prompt.close();
  }
}
