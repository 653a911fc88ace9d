/**
 * The known key closest to a mistyped one, by edit distance (insertions, deletions,
 * substitutions and swaps of neighbours each count one), when it is close enough to be a
 * typo: at most a third of the key's length, and at least 1 and at most 3 edits. A key
 * written without its unit (`timeout` for `timeout_s`) is matched too. Undefined when
 * nothing is that close.
 */
export function nearestKnownKey(unknown: string, known: readonly string[]): string | undefined {
  const withUnit = known.find((key) => key.toLowerCase().startsWith(`${unknown.toLowerCase()}_`));
  if (withUnit) return withUnit;
  const limit = Math.min(3, Math.max(1, Math.floor(unknown.length / 3)));
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = editDistance(unknown.toLowerCase(), key.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

/** Damerau-Levenshtein distance (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
