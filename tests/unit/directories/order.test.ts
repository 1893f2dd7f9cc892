import { describe, expect, it } from 'vitest';
import { bestPurpose, bestScore, directoryOrder, reachPhrase, reachRank } from '#src/features/directories/index.ts';
import { reach, site } from './fixtures.ts';

const order = (...sites: ReturnType<typeof site>[]) => [...sites].sort(directoryOrder).map((s) => s.slug);

describe('the directory order', () => {
  it('puts a core site above a good one, whatever their reach', () => {
    const small = site({ slug: 'small', scores: { referrals: 3 }, reach: reach('1k') });
    const huge = site({ slug: 'huge', scores: { contacts: 2 }, reach: reach('1b') });
    expect(order(huge, small)).toEqual(['small', 'huge']);
  });

  it('breaks a tie of best scores by reach, with unknown reach last', () => {
    const a = site({ slug: 'a', scores: { contacts: 3 }, reach: reach('10k') });
    const b = site({ slug: 'b', scores: { hiring: 3 }, reach: reach('10m') });
    const c = site({ slug: 'c', scores: { friends: 3 } });
    expect(order(c, a, b)).toEqual(['b', 'a', 'c']);
  });

  it('puts a worldwide site before one used in listed countries only at the same best score, whatever their reach', () => {
    const home = site({ slug: 'home', countries: ['CN'], scores: { hiring: 3 }, reach: reach('100m') });
    const world = site({ slug: 'world', scores: { hiring: 3 }, reach: reach('1k') });
    const better = site({ slug: 'better', countries: ['CN'], scores: { hiring: 3, contacts: 3 } });
    const weaker = site({ slug: 'weaker', scores: { contacts: 2 }, reach: reach('1b') });
    expect(order(home, weaker, world)).toEqual(['world', 'home', 'weaker']);
    // Best score still comes first: the rule only orders sites that fit as well.
    expect(order(weaker, better)).toEqual(['better', 'weaker']);
  });

  it('ranks an active site above a declining one of the same score and reach, then goes by name', () => {
    const declining = site({ slug: 'aaa', scores: { contacts: 3 }, status: 'declining' });
    const zed = site({ slug: 'zed', scores: { contacts: 3 } });
    const bee = site({ slug: 'bee', scores: { contacts: 3 } });
    expect(order(declining, zed, bee)).toEqual(['bee', 'zed', 'aaa']);
  });

  it('is a total order: the same list in any order sorts the same', () => {
    const sites = [
      site({ slug: 'p', scores: { contacts: 2 } }),
      site({ slug: 'q', scores: { contacts: 2 }, reach: reach('1m') }),
      site({ slug: 'r', scores: { contacts: 3 }, status: 'declining' }),
      site({ slug: 's', scores: { contacts: 1 } }),
    ];
    expect(order(...sites)).toEqual(order(...[...sites].reverse()));
  });
});

describe('best purpose and reach', () => {
  it('takes the highest score, the first purpose in taxonomy order on a tie, with its reason', () => {
    const s = site({ slug: 'x', scores: { hiring: 3, contacts: 3, friends: 2 } });
    expect(bestScore(s)).toBe(3);
    expect(bestPurpose(s)).toEqual({ purpose: 'contacts', score: 3, reason: 'x is good for contacts.' });
  });

  it('has no best purpose for a site that serves nothing well', () => {
    expect(bestPurpose(site({ slug: 'y', scores: { contacts: 1 } }))).toBeUndefined();
  });

  it('ranks reach bands by order of magnitude, a site without reach below the smallest band', () => {
    const ranks = (['1b', '100m', '10m', '1m', '100k', '10k', '1k'] as const).map((band) =>
      reachRank({ reach: reach(band) }),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(7);
    expect(reachRank({})).toBeGreaterThan(reachRank({ reach: reach('1k') }));
  });

  it('says reach in words, never as a number', () => {
    expect(reachPhrase(reach('1b', 2025))).toBe('Over a billion monthly active users (2025)');
    expect(reachPhrase(reach('10m'))).toBe('Tens of millions of monthly active users');
    expect(reachPhrase(reach('1k', 2024), { withYear: false })).toBe('Thousands of monthly active users');
  });
});
