/**
 * Names close to one that was not found, for a not-found page's "Did you mean" (issue 14): a typo
 * (edit distance, a swapped pair counting once) or a part of the name (substring either way), ranked
 * closest first. Case is ignored for matching, never in what is returned.
 */

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Typos allowed for a name of this length: one per three characters, at least one, at most three. */
function allowedTypos(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 3)));
}

/** Shorter fragments match too much ("a" is in most names) to be worth suggesting. */
const MIN_SUBSTRING = 3;

export function closeNames(missing: string, candidates: readonly string[], limit = 3): string[] {
  const target = missing.toLowerCase();
  const scored: { name: string; score: number }[] = [];
  for (const name of new Set(candidates)) {
    const lower = name.toLowerCase();
    if (name === missing) continue;
    const distance = editDistance(target, lower);
    const contains =
      Math.min(target.length, lower.length) >= MIN_SUBSTRING &&
      (lower.includes(target) || target.includes(lower));
    // A typo ranks by its distance; a containing name after typos of the same size, by the length gap.
    if (distance <= allowedTypos(target.length)) scored.push({ name, score: distance });
    else if (contains) scored.push({ name, score: 0.5 + Math.abs(lower.length - target.length) });
  }
  return scored
    .sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit)
    .map((s) => s.name);
}
