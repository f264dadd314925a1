// The one binary search of the project: sorted words, titles, keys and ids are all looked up this way.

/** The first place in `sorted` (ascending) whose value is not below `value`: where it is or would go. */
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
