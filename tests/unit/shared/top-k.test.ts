import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallest } from '#src/shared/top-k.ts';

/** A total order on pairs: by the first number, then the second (the pairs are distinct). */
const byPair = (a: readonly [number, number], b: readonly [number, number]) => a[0] - b[0] || a[1] - b[1];

describe('smallest(items, k, compare)', () => {
  it('is the first k of the sorted list, for any list, k and filter', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer()), {
          selector: ([a, b]) => `${a} ${b}`,
          maxLength: 200,
        }),
        fc.integer({ min: -1, max: 220 }),
        fc.integer({ min: 1, max: 5 }),
        (items, k, mod) => {
          const keep = (item: readonly [number, number]) => item[1] % mod === 0;
          expect(smallest(items, k, byPair)).toEqual([...items].sort(byPair).slice(0, Math.max(0, k)));
          expect(smallest(items, k, byPair, keep)).toEqual(items.filter(keep).sort(byPair).slice(0, Math.max(0, k)));
        },
      ),
    );
  });

  it('does not reorder or change its input', () => {
    const items = [5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 11, 10];
    const copy = [...items];
    expect(smallest(items, 2, (a, b) => a - b)).toEqual([0, 1]);
    expect(items).toEqual(copy);
  });
});
