import { describe, expect, it } from 'vitest';
import { normalizeText, sameWord, stemOf, wordsOf } from '#src/features/search/rules/text.ts';
import { textMatch } from '#src/features/search/rules/intent.ts';
import { ownWordIndex } from '#src/features/search/rules/own-words.ts';
import { syntheticCatalogue } from '../../support/synthetic-catalogue.ts';

describe('loose word matching for what a site says about itself', () => {
  it('drops a plural "s" but keeps short words and double "s"', () => {
    expect(stemOf('expats')).toBe('expat');
    expect(stemOf('bus')).toBe('bus');
    expect(stemOf('business')).toBe('business');
  });

  it('takes forms of one word as the same, and short or merely similar words as different', () => {
    expect(sameWord('launch', 'launche')).toBe(true);
    expect(sameWord('promote', 'promotion')).toBe(true);
    expect(sameWord('invest', 'investor')).toBe(true);
    expect(sameWord('run', 'runway')).toBe(false);
    expect(sameWord('market', 'marketplace')).toBe(false);
    expect(sameWord('game', 'gamer')).toBe(false);
  });
});

describe('how much of a query a site says in its own words', () => {
  it('gives each site holding a word the weights of the words it holds over those of all, rare words weighing most', () => {
    const sites = syntheticCatalogue(1000);
    const stems = [...new Set(sites.flatMap((s) => wordsOf(normalizeText(s.tagline))).map(stemOf))].filter(
      (w) => w.length >= 3,
    );
    // Sets of query words, common and rare, one unknown; and one of more words than the bits of a number hold.
    const queries = [
      ...Array.from({ length: 40 }, (_, k) =>
        [0, 1, 2, 3].slice(0, 1 + (k % 4)).map((i) => stems[(k * 7 + i * 13) % stems.length]!),
      ),
      [stems[5]!, 'zzqqunknown'],
      stems.slice(0, 34),
    ];
    const holders = ownWordIndex(sites);
    for (const words of queries) {
      // As the sum over the words, in order, of each held word's weight (log of the catalogue over its holders).
      const holding = words.map((w) => holders.sitesHolding(w));
      const weights = holding.map((h) => (h.size === 0 ? 0 : Math.log((sites.length + 1) / h.size)));
      const total = weights.reduce((a, b) => a + b, 0);
      const expected = sites.flatMap((_, k) => {
        const held = words.filter((_, i) => holding[i]!.has(k));
        if (held.length === 0) return [];
        return [{ k, share: words.reduce((sum, w, i) => sum + (held.includes(w) ? weights[i]! : 0), 0) / total, held }];
      });
      const got = textMatch(words, sites);
      expect(got.at, words.join(' ')).toEqual(expected.map((e) => e.k));
      expect(got.shares, words.join(' ')).toEqual(expected.map((e) => e.share));
      for (const e of expected) expect(got.words(e.k)).toEqual(e.held);
    }
  });
});
