import { describe, expect, it } from 'vitest';
import { compareRatings, ratingText, roundAverage } from '#src/features/ratings/index.ts';

describe('ratings rules', () => {
  it('orders rated before unrated, then by average, then by count', () => {
    const list = [undefined, { count: 1, average: 5 }, { count: 9, average: 4.2 }, { count: 2, average: 4.2 }];
    expect([...list].sort(compareRatings)).toEqual([
      { count: 1, average: 5 },
      { count: 9, average: 4.2 },
      { count: 2, average: 4.2 },
      undefined,
    ]);
    expect(compareRatings(undefined, undefined)).toBe(0);
  });
  it('rounds and words a summary', () => {
    expect(roundAverage(4.333)).toBe(4.3);
    expect(ratingText({ count: 1, average: 4 })).toBe('4.0 out of 5 from 1 review');
    expect(ratingText({ count: 3, average: 4.3 })).toBe('4.3 out of 5 from 3 reviews');
  });
});
