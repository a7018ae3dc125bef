// What standard input is when "-" is named: piped text, or the reason there is none to read, so
// that the message says what it really is (a folder redirected in used to be called a terminal).
import { fstatSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';

/** Why standard input holds no text: descriptors that are not a file, pipe or socket. */
export type NoStdin = 'terminal' | 'null-device' | 'folder' | 'device' | 'closed';

/**
 * Standard input's stream of bytes, or why there is nothing to read. undefined, from an injected
 * io that cannot tell which, means nothing is piped in (a terminal or /dev/null).
 */
export type ReadStdin = () => AsyncIterable<Uint8Array | string> | NoStdin | undefined;

/** Why descriptor `fd` holds no text to read; undefined when it does (a file, pipe or socket). */
export function findNoStdin(fd = 0): NoStdin | undefined {
  let stats: Stats;
  try {
    stats = fstatSync(fd);
  } catch {
    return 'closed';
  }
  if (stats.isFIFO() || stats.isFile() || stats.isSocket()) return undefined;
  if (stats.isDirectory()) return 'folder';
  if (!stats.isCharacterDevice()) return 'device';
  if (isNullDevice(stats)) return 'null-device';
  // node:tty is loaded only here, on the way to an error: it costs every run a few ms (issue 6).
  const { isatty } = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
  return isatty(fd) ? 'terminal' : 'device';
}

function isNullDevice(stats: Stats): boolean {
  try {
    return stats.rdev === statSync('/dev/null').rdev;
  } catch {
    return false; // no /dev/null (Windows): a device, which is still true
  }
}

const PIPE_HINT = 'Pipe the body in (genesys-call-lint - < body.json), or leave "-" out.';
const NOTHING_PIPED = 'names standard input, but nothing is piped in';

const FAILURES: Record<NoStdin, { message: string; hint: string }> = {
  'terminal': { message: `${NOTHING_PIPED} (it is a terminal)`, hint: PIPE_HINT },
  'null-device': { message: `${NOTHING_PIPED} (it is /dev/null)`, hint: PIPE_HINT },
  'folder': {
    message: 'names standard input, which is a folder, not piped text',
    hint: 'To lint the files in it, name the folder (genesys-call-lint my-folder) instead.',
  },
  'device': { message: 'names standard input, which is a device, not piped text', hint: PIPE_HINT },
  'closed': { message: 'names standard input, which is closed', hint: PIPE_HINT },
};

/** The input failure for "-" when standard input holds no text; undefined: it cannot tell why. */
export function noStdinFailure(kind: NoStdin | undefined): { message: string; hint: string } {
  if (kind !== undefined) return FAILURES[kind];
  return { message: `${NOTHING_PIPED} (it is a terminal or /dev/null)`, hint: PIPE_HINT };
}
