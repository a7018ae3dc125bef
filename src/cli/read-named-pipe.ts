// A FIFO named on the command line: what process substitution gives (`genesys-call-lint
// <(jq . b.json)` names /dev/fd/63, a pipe), or a named pipe made with mkfifo. The user asked
// for it by name, so it is read as standard input is: streamed, with stdin's limits. One found
// while listing a folder is still never opened (collect-inputs.ts).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { Socket } from 'node:net';

export type OpenedPipe =
  | { ok: true; chunks: AsyncIterable<Uint8Array> }
  | { ok: false; message: string; hint: string };

const NO_WRITER = {
  message: 'is a FIFO that nothing was writing to (no program had it open for writing, or its ' +
    'writer ended without writing); nothing was linted',
  hint: 'Start the program that writes into it first, or let the shell make the pipe: ' +
    'genesys-call-lint <(jq . body.json).',
};

export function openNamedPipe(path: string): OpenedPipe {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO that no writer has open would otherwise wait for one forever.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an I/O error';
    return { ok: false, message: `cannot be read (${code})`, hint: 'Check that it still exists.' };
  }
  // One read before waiting: with no writer it gives end of file at once, where waiting for data
  // would never end (the kernel signals nothing on a FIFO no writer ever opened). EAGAIN says a
  // writer is there and has not written yet: then its data is waited for, as stdin's is.
  const first = Buffer.allocUnsafe(64 * 1024);
  let length: number;
  try {
    if (!fstatSync(fd).isFIFO()) throw Object.assign(new Error('no FIFO'), { code: 'ENOTFIFO' });
    length = readSync(fd, first, 0, first.length, null);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN') length = -1;
    else {
      closeSync(fd);
      const code = (error as NodeJS.ErrnoException).code ?? 'an I/O error';
      return { ok: false, message: `cannot be read (${code})`, hint: 'Check that it still exists.' };
    }
  }
  if (length === 0) {
    closeSync(fd);
    return { ok: false, ...NO_WRITER };
  }
  return { ok: true, chunks: chunksOf(fd, length > 0 ? first.subarray(0, length) : undefined) };
}

async function* chunksOf(fd: number, head: Uint8Array | undefined): AsyncGenerator<Uint8Array> {
  if (head !== undefined) yield head;
  // A pipe handle waits for data without blocking the event loop, as process.stdin's does; it
  // closes the descriptor when it ends or is destroyed.
  const socket = new Socket({ fd, readable: true, writable: false });
  try {
    for await (const chunk of socket) yield chunk as Uint8Array;
  } finally {
    socket.destroy();
  }
}
