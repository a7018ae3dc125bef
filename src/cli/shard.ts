// --shard i/n: one CI job of n lints the i-th slice of the files. Every job plans the same inputs
// in the same order (collectInputs sorts them), so the n slices cover each file exactly once.
import type { Shard } from './args.js';

/**
 * The i-th of n contiguous slices whose sizes differ by at most one. Contiguous rather than every
 * n-th file: a folder's files stay together, and adding one file moves at most one file across
 * each boundary between jobs.
 */
export function sliceForShard<T>(items: readonly T[], shard: Shard): T[] {
  const start = Math.floor(((shard.index - 1) * items.length) / shard.count);
  const end = Math.floor((shard.index * items.length) / shard.count);
  return items.slice(start, end);
}
