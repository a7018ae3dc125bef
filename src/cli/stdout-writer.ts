// Standard output for the CLI. Into a file or a pipe, text is written straight to descriptor 1:
// creating process.stdout loads Node's stream modules, a few ms of every start (issue 6), and a
// blocking write also gives back-pressure for free. A terminal, or a pipe that its reader made
// non-blocking and that is full (EAGAIN), gets process.stdout, which then takes every later write
// so the order holds.
import { fstatSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { once } from 'node:events';

export interface StdoutWriter {
  /** A promise when the caller should wait before writing more. */
  write(text: string): Promise<unknown> | undefined;
  readonly isTTY: boolean;
}

export function createStdoutWriter(): StdoutWriter {
  let isTTY: boolean | undefined;
  const isTerminal = (): boolean => {
    // Only a character device can be a terminal, and /dev/null (where hooks often send output)
    // is not one: fstat answers both without loading node:tty.
    isTTY ??= isCharacterDevice(1) && !isDevNull(1) &&
      (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(1);
    return isTTY;
  };
  let stream: { write(text: string): Promise<unknown> | undefined } | undefined;
  let readerGone = false;
  return {
    write(text) {
      if (readerGone) return undefined;
      if (stream === undefined && !isTerminal()) {
        const bytes = Buffer.from(text);
        let offset = 0;
        try {
          while (offset < bytes.length) offset += writeSync(1, bytes, offset);
          return undefined;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // Once the reader has gone (`| head`), further output is dropped, not an error.
          if (code === 'EPIPE') {
            readerGone = true;
            return undefined;
          }
          if (code !== 'EAGAIN') throw error;
          text = bytes.subarray(offset).toString();
        }
      }
      stream ??= streamWriter(() => {
        readerGone = true;
      });
      return stream.write(text);
    },
    get isTTY() {
      return isTerminal();
    },
  };
}

/** process.stdout, waiting for 'drain' when full so big runs stream in bounded memory. */
function streamWriter(onReaderGone: () => void): { write(text: string): Promise<unknown> | undefined } {
  let readerGone = false;
  const gone = new Promise((resolve) => {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      readerGone = true;
      onReaderGone();
      resolve(undefined);
    });
  });
  return {
    write: (text) => {
      if (readerGone) return undefined;
      return process.stdout.write(text) ? undefined : Promise.race([once(process.stdout, 'drain'), gone]);
    },
  };
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

function isDevNull(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    const devNull = statSync('/dev/null');
    return stats.rdev === devNull.rdev && stats.ino === devNull.ino;
  } catch {
    return false;
  }
}
