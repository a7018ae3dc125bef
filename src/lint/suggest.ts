// Did-you-mean for misspelt member names and endpoints: the closest candidate by edit distance,
// accepted only when it is close relative to the name's length.

/**
 * Edits from a to b, a swap of two neighbouring letters counting as one (optimal string
 * alignment): "consutl" is one slip of "consult", not two, as plain Levenshtein would count it.
 */
export function editDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let above = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, before[j - 2]! + 1);
      }
      row[j] = distance;
    }
    const reused = before;
    before = above;
    above = row;
    row = reused;
  }
  return above[b.length]!;
}

/**
 * The nearest name, compared case-insensitively, or undefined when none is within `allowed` edits
 * (by default a quarter of the name's length, at least 1).
 */
export function nearest(name: string, candidates: readonly string[],
  allowed = Math.max(1, Math.floor(name.length / 4))): string | undefined {
  const wanted = name.toLowerCase();
  let best: string | undefined;
  // Only a distance within `allowed` is ever accepted, so a candidate is measured only while it
  // could still beat the best so far: the length difference alone rules most out (an unknown
  // member is compared with every member of its model, on each invalid body; issue 6).
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    if (Math.abs(lower.length - wanted.length) >= bestDistance) continue;
    const distance = editDistance(wanted, lower);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
