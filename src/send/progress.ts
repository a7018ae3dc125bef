// A one-line progress bar on stderr, drawn only when stderr is a terminal; stdout stays clean
// for the per-body results, which clear the bar before they are written.
export interface Progress {
  update(done: number, failed: number): void;
  /** Erases the bar so another line can be written; the next update draws it again. */
  clear(): void;
}

const WIDTH = 30;

export function createProgress(stream: { write(text: string): unknown; isTTY?: boolean }, total: number): Progress {
  if (stream.isTTY !== true || total === 0) return { update: () => undefined, clear: () => undefined };
  let shown = false;
  return {
    update(done, failed) {
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}` +
        `${failed > 0 ? `, ${failed} failed` : ''}\u001b[K`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
