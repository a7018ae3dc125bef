// Where the report goes: stdout, or --output-file. Writes wait for the destination to accept
// them, so a large run streams in bounded memory either way.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { UsageError } from '../lint/usage-error.js';
import type { CliIo } from './main.js';

export interface Output {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export async function openOutput(file: string | undefined, io: CliIo): Promise<Output> {
  if (file === undefined) {
    return {
      write: async (text) => {
        if (text !== '') await io.stdout.write(text);
      },
      close: async () => {},
    };
  }
  const stream = createWriteStream(resolve(io.cwd, file));
  try {
    await once(stream, 'open');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot write --output-file ${file} (${code})`,
      'Check that its folder exists and is writable.');
  }
  return {
    write: async (text) => {
      if (text !== '' && !stream.write(text)) await once(stream, 'drain');
    },
    close: async () => {
      stream.end();
      await once(stream, 'finish');
    },
  };
}
