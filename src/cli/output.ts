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
    throw new UsageError(`cannot write --output-file ${file} (${code})`, code === 'EISDIR'
      ? 'It is a folder: name a file, e.g. --output-file report.txt.'
      : 'Check that its folder exists and is writable.');
  }
  // A failed write (a full disk) ends the report: the run stops with exit 2 and says so. A reader
  // that went away (a FIFO given as the file) is no error, as on standard output.
  let failure: NodeJS.ErrnoException | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    failure ??= error;
  });
  const check = (): void => {
    if (failure === undefined || failure.code === 'EPIPE') return;
    throw new UsageError(`could not write the report to ${file} (${failure.code ?? failure.message}); it is incomplete`,
      'Check that the disk has room and that the file can be written.');
  };
  return {
    write: async (text) => {
      if (failure !== undefined) return check();
      if (text !== '' && !stream.write(text)) {
        // Both listeners go once either fires: left behind, one per wait, they piled up until Node
        // warned of a leak on stderr (MaxListenersExceededWarning) on long reports.
        await new Promise<void>((resolve) => {
          const done = (): void => {
            stream.off('drain', done);
            stream.off('error', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('error', done);
        });
      }
      check();
    },
    close: async () => {
      if (failure === undefined) {
        await new Promise<void>((resolve) => {
          stream.once('error', () => resolve());
          // The callback gets the error when the last writes failed, before 'error' is emitted.
          stream.end((error?: Error | null) => {
            if (error) failure ??= error as NodeJS.ErrnoException;
            resolve();
          });
        });
      }
      check();
    },
  };
}
