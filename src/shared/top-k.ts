/**
 * The `k` smallest items by a total order, smallest first: the same as
 * `[...items].sort(compare).slice(0, k)`, without sorting the whole list.
 * A search shows ten results of a ranking of every entry (issue 16: at
 * 10,000 entries, sorting them all was most of a recommendation's time).
 * `compare` must be a total order (no two items equal), as a ranking that
 * ends with a unique key is; `keep` leaves items out before they are ranked.
 */
export function smallest<T>(
  items: readonly T[],
  k: number,
  compare: (a: T, b: T) => number,
  keep?: (item: T) => boolean,
): T[] {
  if (k <= 0) return [];
  // Asked for most of the list (a filter applied after ranking asks for everything): sorting is cheaper.
  if (k * 4 >= items.length) return (keep ? items.filter(keep) : [...items]).sort(compare).slice(0, k);
  const best: T[] = [];
  for (const item of items) {
    if (keep && !keep(item)) continue;
    if (best.length === k && compare(item, best[k - 1]!) >= 0) continue;
    // Binary search for the first kept item greater than this one.
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(best[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}
