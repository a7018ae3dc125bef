// Standard output for the CLI. Into a file or a pipe, text is written straight to descriptor 1:
// creating process.stdout loads Node's stream modules, a few ms of every start (issue 6), and a
// blocking write also gives back-pressure for free. A terminal, or a pipe that its reader made
// non-blocking and that is full (EAGAIN), gets process.stdout, which then takes every later write
// so the order holds. Once the reader has gone (`| head`) further output is dropped quietly; any
// other write error (a full disk) drops it too and is kept in `failure` for the caller to report.
import { fstatSync, realpathSync, statSync, writeSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { once } from 'node:events';

export interface StdoutWriter {
  /** A promise when the caller should wait before writing more. */
  write(text: string): Promise<unknown> | undefined;
  readonly isTTY: boolean;
  /**
   * The real path of the regular file output goes into (`> report.txt`), so that a report written
   * into a linted folder is not linted. Found through /proc on Linux; elsewhere undefined.
   */
  readonly file: string | undefined;
  /** The error code that stopped output (ENOSPC, EIO, ...), if one did; a gone reader is none. */
  readonly failure: string | undefined;
}

interface Sink {
  write(chunk: string | Uint8Array): Promise<unknown> | undefined;
}

export function createStdoutWriter(): StdoutWriter {
  // One fstat of descriptor 1 answers what kind of thing output goes into.
  let stats: Stats | null | undefined;
  const statsOf1 = (): Stats | null => {
    if (stats === undefined) {
      try {
        stats = fstatSync(1);
      } catch {
        stats = null;
      }
    }
    return stats;
  };
  let isTTY: boolean | undefined;
  const isTerminal = (): boolean => {
    // Only a character device can be a terminal, and /dev/null (where hooks often send output)
    // is not one: fstat answers both without loading node:tty.
    const own = statsOf1();
    isTTY ??= own !== null && own.isCharacterDevice() && !isDevNull(own) &&
      (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(1);
    return isTTY;
  };
  let stream: Sink | undefined;
  let stopped = false;
  let failure: string | undefined;
  const stop = (code: string | undefined): void => {
    stopped = true;
    if (code !== 'EPIPE') failure ??= code ?? 'an I/O error';
  };
  return {
    write(text) {
      if (stopped) return undefined;
      let rest: string | Uint8Array = text;
      if (stream === undefined && !isTerminal()) {
        const bytes = Buffer.from(text);
        let offset = 0;
        try {
          while (offset < bytes.length) offset += writeSync(1, bytes, offset);
          return undefined;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'EAGAIN') {
            stop(code);
            return undefined;
          }
          // Bytes, not text: the write may have stopped inside a multi-byte character.
          rest = bytes.subarray(offset);
        }
      }
      stream ??= streamSink(stop);
      return stream.write(rest);
    },
    get isTTY() {
      return isTerminal();
    },
    get file() {
      if (!statsOf1()?.isFile()) return undefined;
      try {
        return realpathSync('/proc/self/fd/1');
      } catch {
        return undefined;
      }
    },
    get failure() {
      return failure;
    },
  };
}

/** process.stdout, waiting for 'drain' when full so big runs stream in bounded memory. */
function streamSink(stop: (code: string | undefined) => void): Sink {
  let stopped = false;
  const ended = new Promise((resolve) => {
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      stopped = true;
      stop(error.code);
      resolve(undefined);
    });
  });
  return {
    write: (chunk) => {
      if (stopped) return undefined;
      return process.stdout.write(chunk) ? undefined : Promise.race([once(process.stdout, 'drain'), ended]);
    },
  };
}

function isDevNull(stats: Stats): boolean {
  try {
    const devNull = statSync('/dev/null');
    return stats.rdev === devNull.rdev && stats.ino === devNull.ino;
  } catch {
    return false;
  }
}
