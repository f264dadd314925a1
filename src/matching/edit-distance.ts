// The one edit distance of the project: the matcher, the O*NET title index and the conversation's
// typo correction all count a slip of the fingers the same way.

/** Three reused rows: typo checks run for many words of every query, so nothing is allocated per call. */
const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Damerau–Levenshtein (optimal string alignment) distance: two neighbouring letters swapped
 * ("netwrok") is one edit, not two. Gives up above `max` and returns `max + 1`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length >= 63 || a.length >= 63) return a === b ? 0 : max + 1;
  let [older, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, older[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [older, prev, cur] = [prev, cur, older];
  }
  return prev[b.length]!;
}

/** Edits a word of this length may carry and still count as the same word (short words none). */
export const typoBudget = (length: number) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);
