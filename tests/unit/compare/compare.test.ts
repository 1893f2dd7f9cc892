import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { searchIndex, sites as catalogue } from 'virtual:networkwise/catalogue';
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import {
  bestFor,
  compareHref,
  compareRows,
  countProblem,
  describeBestFor,
  countryDifference,
  differences,
  editDistance,
  siteSuggest,
  listedPairOf,
  listedPairs,
  pairAt,
  prerenderedPairs,
  pairOf,
  pairsWith,
  parseSitesParam,
  relatedPairs,
  RELATED_PER_SIDE,
  resolveComparison,
  suggestionsFor,
  unknownProblem,
} from '#src/features/compare/rules/compare.ts';
import { FEATURES, PURPOSES } from '#src/catalogue/taxonomy.ts';

const bySlug = new Map(catalogue.map((s) => [s.slug, s]));
const get = (slug: string) => bySlug.get(slug)!;

/** A copy of a real entry with a new slug and some fields changed. */
function entry(slug: string, overrides: Partial<SiteEntry> = {}): SiteEntry {
  return { ...structuredClone(get('linkedin')), slug, name: slug.toUpperCase(), alternatives: [], ...overrides };
}
function withScores(
  slug: string,
  scores: Partial<Record<string, number>>,
  overrides: Partial<SiteEntry> = {},
): SiteEntry {
  const base = entry(slug, overrides);
  for (const [p, score] of Object.entries(scores))
    base.purposes[p as keyof SiteEntry['purposes']] = { score: score!, reason: 'A reason long enough.' };
  return base;
}

describe('parseSitesParam', () => {
  it('trims, lowercases and drops empty items', () => {
    expect(parseSitesParam([' LinkedIn , xing,, ', ''])).toEqual(['linkedin', 'xing']);
  });

  it('collapses repeated slugs keeping the order of first appearance', () => {
    expect(parseSitesParam(['xing,linkedin,XING,bni,linkedin'])).toEqual(['xing', 'linkedin', 'bni']);
  });

  it("reads the picker form's repeated parameters like one comma list", () => {
    expect(parseSitesParam(['linkedin', 'xing', '', null, 'linkedin'])).toEqual(['linkedin', 'xing']);
  });

  it('never returns duplicates, empties or padded slugs, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (values) => {
        const slugs = parseSitesParam(values);
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const s of slugs) {
          expect(s).not.toBe('');
          expect(s).toBe(s.trim().toLowerCase());
          expect(s).not.toContain(',');
        }
      }),
    );
  });

  it('round-trips through compareHref', () => {
    const href = compareHref(['linkedin', 'xing', 'bni']);
    expect(href).toBe('/compare/?sites=linkedin,xing,bni');
    expect(parseSitesParam([new URL(href, 'https://x.test').searchParams.get('sites')])).toEqual([
      'linkedin',
      'xing',
      'bni',
    ]);
  });
});

describe('resolveComparison', () => {
  it('accepts two to four known sites in the order given', () => {
    const res = resolveComparison(catalogue, ['xing', 'linkedin', 'bni', 'meetup']);
    expect(res.status).toBe('ok');
    expect(res.status === 'ok' && res.sites.map((s) => s.slug)).toEqual(['xing', 'linkedin', 'bni', 'meetup']);
  });

  it('refuses one site and five sites as a wrong count', () => {
    expect(resolveComparison(catalogue, ['linkedin']).status).toBe('too-few');
    expect(resolveComparison(catalogue, ['linkedin', 'xing', 'bni', 'meetup', 'reddit']).status).toBe('too-many');
  });

  it('reports unknown slugs before the count, so a lone typo gets suggestions', () => {
    const res = resolveComparison(catalogue, ['linkdin']);
    expect(res).toMatchObject({ status: 'unknown', unknown: ['linkdin'] });
  });

  it('has nothing to compare for an empty list', () => {
    expect(resolveComparison(catalogue, []).status).toBe('empty');
  });

  it('explains counts in words that say what to do', () => {
    expect(countProblem(1)).toMatch(/pick at least one more site/);
    expect(countProblem(6)).toMatch(/remove 2 sites/);
    expect(countProblem(5)).toMatch(/remove 1 site\./);
  });
});

describe('suggestions for unknown slugs', () => {
  it('suggests LinkedIn for "linkdin" and names both in the message', () => {
    const [unknown] = suggestionsFor(['linkdin'], ['linkdin'], siteSuggest(catalogue, searchIndex));
    expect(unknown!.suggestions.map((s) => s.slug)).toContain('linkedin');
    expect(unknownProblem([unknown!], 1)).toMatch(/"linkdin" is not in the catalogue \(closest: LinkedIn = linkedin/);
  });

  it('suggests XING for "xnig", two letters swapped, which fuzzy search alone misses', () => {
    expect(siteSuggest(catalogue, searchIndex)('xnig', 3)[0]?.slug).toBe('xing');
  });

  it('finds entries by alias and through the site search', () => {
    const suggest = siteSuggest(catalogue, searchIndex);
    expect(suggest('twitter', 3).map((s) => s.slug)).toContain('x');
    expect(suggest('indie-hacker', 3).map((s) => s.slug)).toContain('indie-hackers');
  });

  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('xnig', 'xing')).toBe(1);
    expect(editDistance('linkdin', 'linkedin')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('gives the same answer with a cut-off as without, up to the cut-off', () => {
    fc.assert(
      // Three letters make swaps and repeats common, the cases a cut-off gets wrong.
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 10 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 10 }),
        fc.nat(6),
        (a, b, max) => {
          expect(editDistance(a, b, max)).toBe(Math.min(editDistance(a, b), max + 1));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('counts edits as the plain table does, call after call, for words short and long (its rows are reused)', () => {
    /** Optimal string alignment distance by the whole table, made afresh: nothing shared with the code under test. */
    const plain = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 0; j <= b.length; j++) {
          if (j === 0) continue;
          d[i]![j] = Math.min(
            d[i - 1]![j]! + 1,
            d[i]![j - 1]! + 1,
            d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      return d[a.length]![b.length]!;
    };
    fc.assert(
      fc.property(
        // Lengths past the rows first made (64), so they grow, and calls alternate long and short words.
        fc.array(
          fc.tuple(
            fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 90, size: 'max' }),
            fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 90, size: 'max' }),
            fc.option(fc.nat(8), { nil: undefined }),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (pairs) => {
          for (const [a, b, max] of pairs)
            expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(plain(a, b), (max ?? Infinity) + 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not suggest a site that is already in the comparison', () => {
    const [unknown] = suggestionsFor(['xingg'], ['xing', 'xingg'], siteSuggest(catalogue, searchIndex));
    expect(unknown!.suggestions.map((s) => s.slug)).not.toContain('xing');
  });
});

describe('pairs', () => {
  it('puts the two slugs in alphabetical order whichever comes first', () => {
    expect(pairOf('xing', 'linkedin')).toEqual({ slug: 'linkedin-vs-xing', sites: ['linkedin', 'xing'] });
    expect(pairOf('linkedin', 'xing')).toEqual(pairOf('xing', 'linkedin'));
  });

  it('refuses to pair a site with itself', () => {
    expect(() => pairOf('x', 'x')).toThrow(/itself/);
  });

  it('collapses A listing B and B listing A into one pair', () => {
    const pairs = listedPairs([
      entry('b', { alternatives: ['a'] }),
      entry('a', { alternatives: ['b', 'c'] }),
      entry('c'),
    ]);
    expect(pairs.map((p) => p.slug)).toEqual(['a-vs-b', 'a-vs-c']);
  });

  it('lists every alternative in the catalogue as exactly one pair, closed sites included', () => {
    const pairs = listedPairs(catalogue);
    const slugs = new Set(pairs.map((p) => p.slug));
    expect(slugs.size).toBe(pairs.length);
    for (const site of catalogue) {
      for (const alt of site.alternatives)
        expect(slugs.has(pairOf(site.slug, alt).slug), `${site.slug} → ${alt}`).toBe(true);
    }
    expect(slugs.has('ecademy-vs-linkedin')).toBe(true);
    for (const p of pairs) expect(p.sites[0] < p.sites[1]).toBe(true);
  });

  it('finds a pair whose slugs contain hyphens by lookup, not by splitting, and the canonical address of one asked for otherwise', () => {
    const pairs = listedPairs(catalogue);
    const found = pairAt(pairs, 'indie-hackers-vs-product-hunt');
    expect(found && 'pair' in found && found.pair.sites).toEqual(['indie-hackers', 'product-hunt']);
    // The other way round or in capitals: the canonical page, for a redirect.
    for (const asked of [
      'product-hunt-vs-indie-hackers',
      'Indie-Hackers-vs-Product-Hunt',
      'PRODUCT-HUNT-VS-INDIE-HACKERS',
    ])
      expect(pairAt(pairs, asked), asked).toEqual({ canonical: '/compare/indie-hackers-vs-product-hunt/' });
    expect(pairAt(pairs, 'linkedin-vs-bni')).toBeUndefined();
    expect(pairAt(pairs, 'indie-hackers')).toBeUndefined();
  });

  it('prerenders a pair only when both its sites are prerendered', () => {
    const pairs = listedPairs(catalogue);
    const head = new Set(['linkedin', 'xing', 'indie-hackers']);
    const kept = prerenderedPairs(pairs, head);
    expect(kept.map((p) => p.slug)).toContain('linkedin-vs-xing');
    for (const p of kept)
      expect(
        p.sites.every((slug) => head.has(slug)),
        p.slug,
      ).toBe(true);
    // A listed pair with one site outside the head renders on demand.
    expect(pairs.map((p) => p.slug)).toContain('indeed-vs-linkedin');
    expect(kept.map((p) => p.slug)).not.toContain('indeed-vs-linkedin');
    expect(prerenderedPairs(pairs, new Set(catalogue.map((s) => s.slug)))).toEqual(pairs);
  });

  it('refuses two pairs that would share one URL', () => {
    const entries = [
      entry('a-vs-b', { alternatives: ['c'] }),
      entry('a', { alternatives: ['b-vs-c'] }),
      entry('b-vs-c'),
      entry('c'),
    ];
    expect(() => listedPairs(entries)).toThrow(/would share the URL \/compare\/a-vs-b-vs-c\//);
  });

  it('matches a two-site query to its listed pair in either order, and nothing else', () => {
    const pairs = listedPairs(catalogue);
    expect(listedPairOf(pairs, ['xing', 'linkedin'])?.slug).toBe('linkedin-vs-xing');
    expect(listedPairOf(pairs, ['linkedin', 'bni'])).toBeUndefined();
    expect(listedPairOf(pairs, ['linkedin', 'xing', 'viadeo'])).toBeUndefined();
  });

  it("lists a site's pairs with the other site named", () => {
    const pairs = listedPairs(catalogue);
    const others = pairsWith(pairs, 'linkedin').map((p) => p.other);
    expect(others).toContain('xing');
    expect(others).toContain('ecademy'); // listed by Ecademy, not by LinkedIn
  });
});

describe('rows and differences', () => {
  it('has one row per attribute in table order with one value per site', () => {
    const rows = compareRows([get('linkedin'), get('xing')]);
    expect(rows[0]!.field).toBe('kind');
    expect(rows.filter((r) => r.group === 'purposes')).toHaveLength(PURPOSES.size);
    expect(rows.filter((r) => r.group === 'features')).toHaveLength(FEATURES.size);
    for (const row of rows) expect(row.values).toHaveLength(2);
  });

  it('finds no difference between a site and a copy of it', () => {
    expect(differences([entry('a'), entry('b')])).toEqual([]);
  });

  it('ignores the order an editor listed audiences and revenue in', () => {
    const a = entry('a', { audiences: ['freelancers', 'startups'], revenue: ['ads', 'subscriptions'] });
    const b = entry('b', { audiences: ['startups', 'freelancers'], revenue: ['subscriptions', 'ads'] });
    expect(differences([a, b]).map((d) => d.field)).toEqual([]);
  });

  it('reports each differing attribute with the values in site order', () => {
    const a = withScores('a', { hiring: 3 }, { kind: 'business', features: ['jobs'], founded: 2003 });
    const b = withScores('b', { hiring: 1 }, { kind: 'social', features: [], founded: undefined });
    const diff = differences([a, b]);
    expect(diff).toContainEqual({ field: 'kind', label: 'Kind', values: ['business', 'social'] });
    expect(diff).toContainEqual({ field: 'purposes.hiring', label: 'Jobs and hiring', values: [3, 1] });
    expect(diff).toContainEqual({ field: 'features.jobs', label: 'Jobs', values: [true, false] });
    expect(diff).toContainEqual({ field: 'founded', label: 'Founded', values: [2003, null] });
  });

  it('marks a row as differing when only one of four sites differs', () => {
    const rows = compareRows([entry('a'), entry('b'), entry('c'), entry('d', { timeCost: 'heavy' })]);
    expect(rows.find((r) => r.field === 'timeCost')!.differs).toBe(true);
    expect(rows.find((r) => r.field === 'kind')!.differs).toBe(false);
  });
});

describe('best for', () => {
  const names = new Map([
    ['a', 'Alpha'],
    ['b', 'Beta'],
    ['c', 'Gamma'],
  ]);

  it('names the site with the highest score', () => {
    const result = bestFor([withScores('a', { hiring: 3 }), withScores('b', { hiring: 2 })]).find(
      (r) => r.purpose === 'hiring',
    )!;
    expect(result).toMatchObject({ score: 3, winners: ['a'], tie: false });
    expect(describeBestFor(result, names)).toBe('Alpha');
  });

  it('names a tie as a tie, with every site that shares the top score', () => {
    const sites = [withScores('a', { local: 2 }), withScores('b', { local: 1 }), withScores('c', { local: 2 })];
    const result = bestFor(sites).find((r) => r.purpose === 'local')!;
    expect(result).toMatchObject({ winners: ['a', 'c'], tie: true });
    expect(describeBestFor(result, names)).toBe('Tie: Alpha and Gamma');
  });

  it('names nobody for a purpose no compared site serves', () => {
    const result = bestFor([withScores('a', { friends: 0 }), withScores('b', { friends: 0 })]).find(
      (r) => r.purpose === 'friends',
    )!;
    expect(result).toMatchObject({ score: 0, winners: [], tie: false });
    expect(describeBestFor(result, names)).toBe('None of them serves it');
    expect(describeBestFor(result, new Map([...names].slice(0, 2)))).toBe('Neither serves it');
  });

  it('never calls a top score of 1 (incidental) best: it says neither suits it', () => {
    const result = bestFor([withScores('a', { investors: 1 }), withScores('b', { investors: 0 })]).find(
      (r) => r.purpose === 'investors',
    )!;
    expect(result).toMatchObject({ score: 1, winners: [], tie: false });
    const two = new Map([...names].slice(0, 2));
    expect(describeBestFor(result, two)).toMatch(/^Neither suits it/);
    expect(describeBestFor(result, two)).not.toContain('Alpha');
  });

  it('never lets a closed site win, even with the higher score', () => {
    const closed = withScores('a', { contacts: 3 }, { status: 'closed' });
    const open = withScores('b', { contacts: 2 });
    expect(bestFor([closed, open]).find((r) => r.purpose === 'contacts')).toMatchObject({ winners: ['b'], score: 2 });
  });

  it('notes where the compared sites are used when that differs, and nothing when it does not', () => {
    expect(countryDifference([get('linkedin'), get('xing')])).toMatch(
      /^Where they are used differs: LinkedIn .*XING in /,
    );
    expect(countryDifference([get('linkedin'), get('linkedin')])).toBeUndefined();
  });

  it('keeps the capitals of the countries a worldwide site is absent from', () => {
    const blocked = withScores('a', {}, { name: 'A', countries: 'global', absentIn: ['CN', 'RU'] });
    const national = withScores('b', {}, { name: 'B', countries: ['DE'], absentIn: [] });
    expect(countryDifference([blocked, national])).toBe(
      'Where they are used differs: A worldwide except China, Russia; B in Germany.',
    );
  });

  it('gives one verdict per purpose for real sites', () => {
    const results = bestFor([get('linkedin'), get('xing')]);
    expect(results.map((r) => r.purpose)).toEqual([...PURPOSES.keys()]);
    expect(results.find((r) => r.purpose === 'hiring')!.winners).toContain('linkedin');
  });
});

describe('relatedPairs()', () => {
  // A site in thirty pairs, as a hub like LinkedIn is in over a hundred.
  const others = Array.from({ length: 30 }, (_, i) => `site-${String(i).padStart(2, '0')}`);
  const pairs = others.map((o) => pairOf('hub', o));

  it('links at most a dozen of a site’s comparisons, those with its closest sites first, then the rest by name', () => {
    const closest = ['site-29', 'site-07', 'site-15'];
    const related = relatedPairs(pairs, 'hub', closest).map((r) => r.other);
    expect(related).toHaveLength(RELATED_PER_SIDE);
    expect(related.slice(0, 3)).toEqual(closest);
    expect(related.slice(3)).toEqual(others.filter((o) => !closest.includes(o)).slice(0, RELATED_PER_SIDE - 3));
  });

  it('links every comparison of a site in few pairs', () => {
    expect(relatedPairs(pairs.slice(0, 3), 'hub', [])).toHaveLength(3);
  });
});
