// Ctrl-C, SIGTERM or SIGHUP while a run holds the journal's lock: Node's default is to die at
// once, which left the lock behind, and in CI containers, whose host names change, no later run
// takes over a lock from another host. The caller's stop runs first (release the lock, say how
// far the run got); then the same signal is raised again, so the exit status still names it
// (128 + n in a shell).

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export type StopSignal = (typeof STOP_SIGNALS)[number];

/** Calls stop on the first of these signals, then dies of it; returns the undoing. */
export function onStopSignal(stop: (signal: StopSignal) => void): () => void {
  const handlers = STOP_SIGNALS.map((signal) => {
    const handler = (): void => {
      removeAll();
      try {
        stop(signal);
      } finally {
        process.kill(process.pid, signal);
      }
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  const removeAll = (): void => {
    for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  };
  return removeAll;
}
