import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { searchIndex, sites } from 'virtual:networkwise/catalogue';
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import {
  buildSearchIndex,
  boundingMatch,
  createSearcher,
  nearerSpellings,
  rankMatches,
  search,
  type SearchIndex,
  type SearchQuery,
} from '#src/features/search/rules/search.ts';
import { FUSE_OPTIONS, toFuseDoc } from '#src/features/search/rules/index-builder.ts';
import { parseSearchParams, SEARCH_MESSAGES } from '#src/features/search/rules/params.ts';
import { createTypoCounter, normalizeText } from '#src/features/search/rules/text.ts';
import { GOOD_SCORE, type Purpose } from '#src/catalogue/taxonomy.ts';
import { LONGEST_SWAPPED, MIN_NAME_RELEVANCE, searchWithIntent } from '#src/features/search/rules/intent.ts';
import { syntheticCatalogue, syntheticQueries } from '../../support/synthetic-catalogue.ts';

const bySlug = new Map(sites.map((s) => [s.slug, s]));
const top = (q: string, extra: Omit<SearchQuery, 'q'> = {}) => search(searchIndex, { q, ...extra }).results;
const slugs = (q: string, limit = 10) => top(q, { limit }).map((r) => r.slug);

describe("a misspelt name's spelling variants", () => {
  /** Every swap of two neighbouring letters. */
  const swaps = (word: string) =>
    [...word.slice(1)].flatMap((_, i) =>
      word[i] === word[i + 1] ? [] : [word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2)],
    );

  /**
   * Misspells each name with `typo`: the swap that mends it is among those kept, every kept one is a swap, and fewer
   * than a third of all swaps are kept (the others bring no word nearer).
   */
  const expectMendingSwapKept = (names: readonly string[], typo: (name: string) => string) => {
    let all = 0;
    let kept = 0;
    for (const name of names) {
      const typed = typo(name);
      if (typed === name) continue;
      const variants = swaps(typed);
      const nearer = nearerSpellings(searchIndex, typed, variants);
      expect(nearer, typed).toContain(name);
      expect(variants).toEqual(expect.arrayContaining(nearer));
      all += variants.length;
      kept += nearer.length;
    }
    expect(kept).toBeLessThan(all / 3);
  };

  it('keeps the swap that brings back a name, and drops most swaps, which bring no word nearer', () => {
    const named = sites.map((s) => s.name.toLowerCase()).filter((n) => /^[a-z]{6,}$/.test(n));
    expect(named.length).toBeGreaterThan(10);
    expectMendingSwapKept(named, (name) => name.slice(0, 2) + name[3]! + name[2]! + name.slice(4));
  });

  it('keeps no swap of a name typed right: none brings a word nearer', () => {
    expect(nearerSpellings(searchIndex, 'linkedin', swaps('linkedin'))).toEqual([]);
  });

  /** Names of two or more words, letters only, each word of four letters or more ("hacker news"). */
  const worded = sites
    .map((s) => s.name.toLowerCase())
    .filter(
      (n) => /^[a-z]{4,}( [a-z]{4,})+$/.test(n) && !sites.some((s) => s.name.toLowerCase() === n.replace(/ /g, '')),
    );

  it('of several words, keeps the swap that puts back a space moved one letter, and drops most swaps', () => {
    expect(worded.length).toBeGreaterThan(10);
    // The space moved one letter on: "hackern ews".
    expectMendingSwapKept(worded, (name) => {
      const at = name.indexOf(' ');
      return name.slice(0, at) + name[at + 1]! + ' ' + name.slice(at + 2);
    });
  });

  it('of several words, keeps the swap that mends a misspelt word, and drops most swaps', () => {
    // Two letters of the last word swapped: "hacker nwes".
    expectMendingSwapKept(worded, (name) => {
      const at = name.lastIndexOf(' ') + 2;
      return name.slice(0, at) + name[at + 1]! + name[at]! + name.slice(at + 2);
    });
  });

  it('a name of several words typed with a space moved or two letters swapped is found (when read as names)', () => {
    // Swaps are tried only in a query short enough ("young clergy women international" has 29 letters).
    const mendable = worded.filter((n) => n.replace(/ /g, '').length <= LONGEST_SWAPPED);
    expect(mendable.length).toBeGreaterThan(10);
    let checked = 0;
    for (const name of mendable) {
      const at = name.indexOf(' ');
      const moved = name.slice(0, at) + name[at + 1]! + ' ' + name.slice(at + 2);
      const end = name.lastIndexOf(' ') + 2;
      const swapped = name.slice(0, end) + name[end + 1]! + name[end]! + name.slice(end + 2);
      for (const q of [moved, swapped]) {
        const answer = searchWithIntent(searchIndex, sites, { q, limit: 3 });
        // Words read as a goal ("business connections") are answered by a recommendation, not names.
        if (answer.intent.kind !== 'names') continue;
        checked++;
        // First, or after a site named whole by one of its words ("google" in "google business porfile").
        expect(
          answer.results.slice(0, 2).map((r) => r.name.toLowerCase()),
          q,
        ).toContain(name);
      }
    }
    expect(checked).toBeGreaterThan(mendable.length);
  });
});

describe('search: names, typos and aliases', () => {
  it.each([
    ['linkdin', 'linkedin'],
    ['faceboook', 'facebook'],
    ['twiter', 'x'],
    ['Twitter', 'x'],
    ['instagramm', 'instagram'],
    ['meetup', 'meetup'],
    ['ecademy', 'ecademy'],
    ['hacker news', 'hacker-news'],
    ['Bēhance', 'behance'],
    ['crunchbse', 'crunchbase'],
    // Names people still search for a brand that lives inside another entry, or under a new name.
    ['topjobs.ch', 'jobs-ch'],
    ['jobwinner', 'jobs-ch'],
    ['HomeAdvisor', 'angi'],
    ['Apple Business Connect', 'apple-business'],
    ['MyANPAL', 'siisl'],
    ["centri per l'impiego", 'siisl'],
    ['拉勾', 'lagou'],
    ['efinancialcareers.ch', 'efinancialcareers'],
  ])('finds "%s" first as %s', (q, slug) => {
    expect(slugs(q)[0]).toBe(slug);
  });

  it('ignores case, accents and surrounding spaces', () => {
    expect(slugs('  LINKEDIN ')).toEqual(slugs('linkedin'));
    expect(slugs('Viadéo')[0]).toBe('viadeo');
  });

  it('answers with the query as given (trimmed), the total and the result fields', () => {
    const answer = search(searchIndex, { q: '  linkdin ' });
    expect(answer.query).toBe('linkdin');
    expect(answer.total).toBeGreaterThanOrEqual(answer.results.length);
    const [first] = answer.results;
    const linkedin = bySlug.get('linkedin')!;
    expect(first).toEqual({
      slug: 'linkedin',
      name: linkedin.name,
      kind: linkedin.kind,
      tagline: linkedin.tagline,
      url: '/sites/linkedin/',
      score: expect.any(Number),
      purposes: expect.arrayContaining(['contacts', 'hiring']),
    });
    expect(first!.score).toBeGreaterThan(0.9);
    expect(first!.score).toBeLessThanOrEqual(1);
  });

  it('lists in `purposes` exactly the purposes scoring 2 or 3, core first', () => {
    for (const result of top('network', { limit: 50 })) {
      const site = bySlug.get(result.slug)!;
      const served = (Object.keys(site.purposes) as Purpose[]).filter((p) => site.purposes[p].score >= GOOD_SCORE);
      expect([...result.purposes].sort()).toEqual(served.sort());
      const scores = result.purposes.map((p) => site.purposes[p].score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('orders results best first by score', () => {
    const scores = top('social network', { limit: 50 }).map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('search: goals instead of names (what a visitor gets: the intent layer over the name index)', () => {
  it.each<[string, Purpose]>([
    ['angel investors', 'investors'],
    ['business referrals', 'referrals'],
    ['find a job', 'hiring'],
    ['meet people nearby', 'local'],
    ['raise money', 'investors'],
    ['keep in touch with friends and family', 'friends'],
  ])('"%s" finds sites serving %s', (q, purpose) => {
    const answer = searchWithIntent(searchIndex, sites, { q, limit: 5 });
    expect(answer.intent.kind).toBe('recommend');
    expect(answer.results.length).toBeGreaterThanOrEqual(3);
    for (const r of answer.results) expect(r.purposes, `${r.slug} for "${q}"`).toContain(purpose);
  });
});

describe('search: filters and limits', () => {
  it('keeps only the kind asked for', () => {
    const results = top('network', { kind: 'social', limit: 50 });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.kind).toBe('social');
  });

  it('keeps only sites scoring 2 or more for the purpose asked for', () => {
    const results = top('network', { purpose: 'hiring', limit: 50 });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(bySlug.get(r.slug)!.purposes.hiring.score).toBeGreaterThanOrEqual(GOOD_SCORE);
  });

  it('combines filters with the query', () => {
    expect(slugs('linkdin')).toContain('linkedin');
    expect(top('linkdin', { kind: 'social' }).map((r) => r.slug)).not.toContain('linkedin');
    expect(top('linkdin', { purpose: 'friends' }).map((r) => r.slug)).not.toContain('linkedin');
    const both = top('angel', { kind: 'business', purpose: 'investors', limit: 50 });
    expect(both.length).toBeGreaterThan(0);
    for (const r of both) expect([r.kind, r.purposes.includes('investors')]).toEqual(['business', true]);
  });

  it('returns at most `limit` results, 10 by default; `total` and the order do not depend on it', () => {
    const all = search(searchIndex, { q: 'network', limit: 50 });
    expect(all.total).toBeGreaterThan(10);
    expect(all.results).toHaveLength(Math.min(50, all.total));
    expect(search(searchIndex, { q: 'network' }).results).toHaveLength(10);
    expect(search(searchIndex, { q: 'network', limit: 3 }).results.map((r) => r.slug)).toEqual(
      all.results.slice(0, 3).map((r) => r.slug),
    );
    expect(search(searchIndex, { q: 'network', limit: 1 }).total).toBe(all.total);
  });

  it('clamps limits outside 1–50', () => {
    expect(search(searchIndex, { q: 'network', limit: 500 }).results.length).toBeLessThanOrEqual(50);
    expect(search(searchIndex, { q: 'network', limit: 0 }).results).toHaveLength(1);
  });
});

describe('search: nothing found', () => {
  it.each(['zzqxj', 'qwxzv kjqxz', '<script>alert(1)</script>', "' OR 1=1 --"])('answers "%s" with no results', (q) => {
    expect(search(searchIndex, { q })).toEqual({ query: q, total: 0, results: [] });
  });

  it('answers an empty or blank query with no results', () => {
    expect(search(searchIndex, { q: '   ' })).toEqual({ query: '', total: 0, results: [] });
  });
});

/** Two copies of a real entry, identical but for slug and status. */
function twins(status: SiteEntry['status']): SiteEntry[] {
  const base = bySlug.get('meetup')!;
  return [
    { ...structuredClone(base), slug: 'twin-a', status },
    { ...structuredClone(base), slug: 'twin-b', status: 'active' },
  ];
}

describe('search: closed and declining sites', () => {
  it.each(['closed', 'declining'] as const)('ranks a %s site below an active one that matches as well', (status) => {
    // The closed twin comes first in the catalogue, so only its status can put it second.
    const index = buildSearchIndex(twins(status));
    expect(search(index, { q: 'meetup' }).results.map((r) => r.slug)).toEqual(['twin-b', 'twin-a']);
  });

  it('still finds closed sites by name', () => {
    for (const slug of ['ecademy', 'friendster', 'orkut', 'vine']) {
      expect(bySlug.get(slug)!.status).toBe('closed');
      expect(slugs(bySlug.get(slug)!.name)[0]).toBe(slug);
    }
  });
});

describe('the search index', () => {
  it('is what the build-time catalogue module exports, and survives JSON', () => {
    const built = buildSearchIndex(sites);
    expect(JSON.parse(JSON.stringify(built))).toEqual(JSON.parse(JSON.stringify(searchIndex)));
    const copy = JSON.parse(JSON.stringify(searchIndex)) as SearchIndex;
    expect(createSearcher(copy).search({ q: 'faceboook' }).results[0]?.slug).toBe('facebook');
  });

  it('puts first what a full Fuse.js scan of the catalogue puts first, and only what it matches', () => {
    const fuse = new Fuse(sites.map(toFuseDoc), FUSE_OPTIONS);
    for (const q of [
      'linkdin',
      'faceboook',
      'angel investors',
      'social network',
      'x',
      'find a job',
      'referals',
      'meetup',
      'crowdfunding',
    ]) {
      const ranked = rankMatches(fuse.search(normalizeText(q)), searchIndex.docs);
      const naive = ranked.map((m) => searchIndex.docs[m.i]!.slug);
      const ours = slugs(q, 50);
      // Below this relevance a match is noise that the visitor never sees (the intent layer drops it).
      if (1 - (ranked[0]?.score ?? 1) < MIN_NAME_RELEVANCE) continue;
      expect(ours[0], q).toBe(naive[0]);
      for (const slug of ours) expect(naive, `${slug} for "${q}"`).toContain(slug);
    }
  });

  it('finds the same first results through the candidate index as without it', () => {
    const narrow = createSearcher(searchIndex, { pool: 12, cacheSize: 0 });
    for (const [q, slug] of [
      ['linkdin', 'linkedin'],
      ['faceboook', 'facebook'],
      ['twiter', 'x'],
      ['keiretsu forum', 'keiretsu-forum'],
      ['hacker news', 'hacker-news'],
    ]) {
      expect(narrow.search({ q: q! }).results[0]?.slug, q).toBe(slug);
    }
  });

  it('gives the same answer from memory as when computed', () => {
    const searcher = createSearcher(searchIndex);
    const first = searcher.search({ q: 'Angel Investors', limit: 5 });
    const again = searcher.search({ q: 'angel investors', limit: 5 });
    expect(again.results).toEqual(first.results);
    expect(again.query).toBe('angel investors');
  });
});

describe('boundingMatch (the most a record handed to Fuse can score, from the texts it lets through)', () => {
  const typos = createTypoCounter();
  const count = (text: string, most: number) => typos.count(text, most);
  /** Fuse's keys' weights, each over their sum, as Fuse uses them. */
  const weights = FUSE_OPTIONS.keys.map((k) => k.weight);
  const share = (field: number) => weights[field]! / weights.reduce((a, b) => a + b, 0);

  it('lets through the texts within the typos allowed, and bounds the score by their typos, weights and norms', () => {
    typos.use('linkdin');
    const bound = boundingMatch(count, 7, 2);
    // "linkedin" holds "linkdin" with one typo (the "e"), "linked in" with two (the "e" and the space), "the network"
    // with more than two.
    expect(bound.canMatch('linkedin', 0, 1)).toBe(true);
    expect(bound.canMatch('the network', 2, 0.7)).toBe(false);
    expect(bound.canMatch('linked in', 1, 0.5)).toBe(true);
    expect(count('linked in', 2)).toBe(2);
    const least = (1 / 7) ** share(0) * (2 / 7) ** (share(1) * 0.5);
    expect(bound.take()).toBe(Math.round((1 - least) * 1000) / 1000);
    // Taking starts a new record: nothing let through bounds nothing.
    expect(bound.take()).toBe(0);
  });

  it('bounds an exact occurrence at the best score, and counts a norm left out as 1', () => {
    typos.use('link');
    const bound = boundingMatch(count, 4, 1);
    expect(bound.canMatch('linkedin', 3)).toBe(true);
    expect(bound.take()).toBe(1);
    expect(bound.canMatch('lnk', 3)).toBe(true);
    expect(bound.take()).toBe(Math.round((1 - (1 / 4) ** share(3)) * 1000) / 1000);
  });
});

describe('search at scale (synthetic catalogue, candidate index on)', () => {
  const catalogue = syntheticCatalogue(800, 11);
  const index = JSON.parse(JSON.stringify(buildSearchIndex(catalogue))) as SearchIndex;
  const searcher = createSearcher(index, { cacheSize: 0 });

  it('finds every sampled site first by its exact name', () => {
    for (const site of catalogue.filter((_, i) => i % 50 === 0)) {
      const first = searcher.search({ q: site.name }).results[0];
      expect(first && normalizeText(first.name), site.name).toBe(normalizeText(site.name));
    }
  });

  it('answers a search asked to score above what it can with nothing, and only then (its `above` bound holds)', () => {
    const queries = syntheticQueries(catalogue, 40, 5);
    let skipped = 0;
    for (const { q } of queries) {
      const answer = searcher.search({ q });
      const first = answer.results[0]?.score ?? 0;
      // Just above its first result, Fuse could not have done better: nothing, when the bound proves it.
      const out = searcher.search({ q, above: first + 0.05 });
      if (out.results.length === 0 && answer.results.length > 0) skipped++;
      else expect(out, q).toEqual(answer);
      // At or under its first result, the bound never rules it out: the same answer.
      expect(searcher.search({ q, above: first - 0.001 }), q).toEqual(answer);
    }
    expect(skipped).toBeGreaterThan(0);
  }, 60_000);

  it('answers from a remembered pick as from a pick made afresh, the picks of other searches made in between', () => {
    // Without memoised answers, a query asked again runs again, on the pick it made before (`picks` in
    // `createSearcher`); other queries ran in between, whose picks reused the picker's buffers. Each answer must be
    // a fresh searcher's (its own first pick): the same results, scores and totals.
    const remembering = createSearcher(index, { cacheSize: 0 });
    const queries = syntheticQueries(catalogue, 60, 23).map(({ q }) => q);
    const fresh = (q: string) => createSearcher(index, { cacheSize: 0 }).search({ q, limit: 20 });
    for (const q of queries) remembering.search({ q, limit: 20 });
    let spansRead = 0;
    for (const q of [...queries].reverse()) {
      const answer = remembering.search({ q, limit: 20 });
      expect(answer, q).toEqual(fresh(q));
      if (answer.total > 0) spansRead++;
    }
    // Not vacuous: most of the mix finds something, so the remembered picks' fields were read.
    expect(spansRead).toBeGreaterThan(queries.length / 2);
  }, 60_000);

  it('does not remember an answer left out for its `above`', () => {
    const remembering = createSearcher(index);
    const q = catalogue[7]!.name.slice(0, 6);
    const answer = createSearcher(index, { cacheSize: 0 }).search({ q });
    expect(answer.results.length).toBeGreaterThan(0);
    expect(remembering.search({ q, above: 1.5 }).results).toEqual([]);
    expect(remembering.search({ q })).toEqual(answer);
  });

  it('agrees with a full Fuse.js scan on the first result for most of the query mix', () => {
    const fuse = new Fuse(catalogue.map(toFuseDoc), FUSE_OPTIONS);
    const queries = syntheticQueries(catalogue, 40, 3);
    let agree = 0;
    for (const { q } of queries) {
      const naive = rankMatches(fuse.search(normalizeText(q)), index.docs)[0];
      if ((naive && index.docs[naive.i]!.slug) === searcher.search({ q }).results[0]?.slug) agree++;
    }
    expect(agree / queries.length).toBeGreaterThanOrEqual(0.9);
  }, 60_000);

  it('keeps filters exact when narrowing', () => {
    for (const r of searcher.search({ q: 'network', kind: 'hybrid', purpose: 'local', limit: 50 }).results) {
      expect(r.kind).toBe('hybrid');
      expect(r.purposes).toContain('local');
    }
  });
});

describe('the typo counter', () => {
  /** Plain dynamic programming: the fewest edits from `p` to some substring of `t`. */
  function reference(p: string, t: string): number {
    let prev = Array.from({ length: t.length + 1 }, () => 0);
    for (let i = 1; i <= p.length; i++) {
      const next = [i];
      for (let j = 1; j <= t.length; j++)
        next[j] = Math.min(prev[j - 1]! + (p[i - 1] === t[j - 1] ? 0 : 1), prev[j]! + 1, next[j - 1]! + 1);
      prev = next;
    }
    return Math.min(...prev);
  }

  it('counts the same typos as plain dynamic programming, short patterns and long', () => {
    const counter = createTypoCounter();
    const word = (max: number) => fc.string({ unit: fc.constantFrom(...'abcde'), maxLength: max });
    fc.assert(
      fc.property(
        word(40).filter((p) => p.length > 0),
        word(50),
        (p, t) => {
          counter.use(p);
          expect(counter.count(t, 99)).toBe(reference(p, t));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('says whether a text is within a number of typos exactly when the count says so', () => {
    const counter = createTypoCounter();
    const word = (max: number) => fc.string({ unit: fc.constantFrom(...'abcde'), maxLength: max });
    fc.assert(
      fc.property(word(40), word(50), fc.nat(12), (p, t, max) => {
        counter.use(p);
        expect(counter.within(t, max)).toBe(counter.count(t, max) <= max);
      }),
      { numRuns: 500 },
    );
  });

  it('rules out only texts in which Fuse.js finds no match (its typos are never fewer than the count)', () => {
    const counter = createTypoCounter();
    /** Fuse's own test: a match with `i` typos counts if `i / length <= threshold`. */
    const fuseMost = (length: number) => {
      let most = 0;
      while (most + 1 < length && (most + 1) / length <= FUSE_OPTIONS.threshold) most++;
      return most;
    };
    const word = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...'abcd '), minLength: min, maxLength: max });
    let ruledOut = 0;
    fc.assert(
      // A blank pattern is never searched (Fuse lists every doc for it).
      fc.property(
        word(1, 31).filter((p) => p.trim() !== ''),
        word(0, 60),
        (p, t) => {
          counter.use(p);
          if (counter.within(t, fuseMost(p.length))) return;
          ruledOut++;
          expect(new Fuse([t], { ...FUSE_OPTIONS, keys: [] }).search(p)).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
    // The property is not vacuous: many texts were ruled out.
    expect(ruledOut).toBeGreaterThan(100);
  });

  it('with a small maximum, counts exactly up to it, and says `max + 1` only where the plain table says more', () => {
    // The scan stops once no later substring can come within the maximum (the count past it is not read): this
    // checks that it never stops where one still could. Texts are long beside the pattern, so the stop often runs.
    const counter = createTypoCounter();
    const word = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...'abcd'), minLength: min, maxLength: max });
    let stopped = 0;
    fc.assert(
      fc.property(word(1, 31), word(0, 40), fc.nat(8), (p, t, max) => {
        counter.use(p);
        const plain = reference(p, t);
        if (plain > max) stopped++;
        expect(counter.count(t, max)).toBe(Math.min(plain, max + 1));
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: many texts are beyond the maximum.
    expect(stopped).toBeGreaterThan(500);
  });

  it('counts a text held in a typed array (between two offsets) as it counts the same text as a string', () => {
    const counter = createTypoCounter();
    const word = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...'abcdé'), minLength: min, maxLength: max });
    fc.assert(
      fc.property(word(1, 40), word(0, 12), word(0, 40), word(0, 12), fc.nat(9), (p, before, t, after, max) => {
        counter.use(p);
        const all = before + t + after;
        const codes = Uint16Array.from(all, (c) => c.charCodeAt(0));
        const plain = reference(p, t);
        expect(counter.countCodes(codes, before.length, before.length + t.length, max)).toBe(Math.min(plain, max + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives up above the maximum', () => {
    const counter = createTypoCounter();
    counter.use('facebook');
    expect(counter.count('faceboook', 3)).toBe(1);
    expect(counter.count('zzzzzzzz', 2)).toBe(3);
  });
});

describe('parseSearchParams (the /search/ page and the API accept the same input)', () => {
  const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

  it('accepts a query with filters and a limit', () => {
    expect(parse('q=+angel+investors+&kind=business&purpose=investors&limit=5')).toEqual({
      ok: true,
      query: { q: 'angel investors', kind: 'business', purpose: 'investors', limit: 5 },
    });
  });

  it('treats empty filters as none', () => {
    expect(parse('q=x&kind=&purpose=&limit=')).toEqual({ ok: true, query: { q: 'x' } });
  });

  it.each([
    ['', 'q', SEARCH_MESSAGES.q],
    ['q=%20%20', 'q', SEARCH_MESSAGES.qEmpty],
    [`q=${'a'.repeat(201)}`, 'q', SEARCH_MESSAGES.qLong],
    ['q=a&q=b', 'q', SEARCH_MESSAGES.qText],
    ['q=x&kind=corporate', 'kind', 'must be one of business, social, hybrid'],
    [
      'q=x&purpose=dating',
      'purpose',
      'must be one of contacts, peer-ideas, referrals, investors, promotion, hiring, local, friends',
    ],
    ['q=x&limit=0', 'limit', SEARCH_MESSAGES.limit],
    ['q=x&limit=51', 'limit', SEARCH_MESSAGES.limit],
    ['q=x&limit=2.5', 'limit', SEARCH_MESSAGES.limit],
    ['q=x&limit=ten', 'limit', SEARCH_MESSAGES.limit],
  ])('refuses "%s" with a message naming %s', (query, field, message) => {
    expect(parse(query)).toEqual({ ok: false, errors: [{ field, message }] });
  });
});
