// Remembers the answers of a pure function for repeated arguments. Bounded: when full it starts
// over, which suits inputs that repeat in runs (logs, batches) and keeps memory flat on others.
export function memoize<T>(compute: (key: string) => T, limit = 4096): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
