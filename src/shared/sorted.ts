/**
 * The index of the item a binary search finds among `count` sorted items, or -1: `order(i)` tells how item `i` sorts
 * against what is sought (negative before it, 0 it, positive after it). One search for every sorted list the search
 * and the recommender look up without a map (words, trigrams, folded names, slugs).
 */
export function findSorted(count: number, order: (i: number) => number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const d = order(mid);
    if (d === 0) return mid;
    if (d < 0) low = mid + 1;
    else high = mid;
  }
  return -1;
}
