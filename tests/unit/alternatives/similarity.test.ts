import { describe, expect, it } from 'vitest';
import {
  countrySimilarity,
  fieldSimilarity,
  purposeSimilarity,
  rankAlternatives,
  reasonFor,
  similarity,
} from '#src/features/alternatives/index.ts';
import { allSites, siteBySlug, type SiteEntry } from '#src/catalogue/index.ts';
import { syntheticCatalogue } from '../../support/synthetic-catalogue.ts';

const base = siteBySlug('linkedin')!;
/** A copy of LinkedIn with other scores, fields, countries, status. */
function variant(slug: string, change: Partial<SiteEntry> & { scores?: Partial<Record<string, number>> }): SiteEntry {
  const purposes = Object.fromEntries(
    Object.entries(base.purposes).map(([p, v]) => [p, { ...v, score: change.scores?.[p] ?? v.score }]),
  ) as SiteEntry['purposes'];
  const { scores: _scores, ...rest } = change;
  return { ...base, slug, name: slug, alternatives: [], purposes, ...rest };
}
const zero = {
  contacts: 0,
  'peer-ideas': 0,
  referrals: 0,
  investors: 0,
  hiring: 0,
  promotion: 0,
  friends: 0,
  local: 0,
};

describe('similarity parts', () => {
  it('cosine of purpose scores: identical is 1, disjoint is 0, none is 0', () => {
    const a = variant('a', { scores: { ...zero, referrals: 3, contacts: 2 } });
    const b = variant('b', { scores: { ...zero, referrals: 3, contacts: 2 } });
    const c = variant('c', { scores: { ...zero, friends: 3 } });
    const d = variant('d', { scores: zero });
    expect(purposeSimilarity(a, b)).toBeCloseTo(1);
    expect(purposeSimilarity(a, c)).toBe(0);
    expect(purposeSimilarity(a, d)).toBe(0);
  });
  it('fields: general platforms are alike; shared fields by Jaccard', () => {
    expect(fieldSimilarity({ fields: {} }, { fields: {} })).toBe(1);
    expect(fieldSimilarity({ fields: { nursing: 'x'.repeat(10) } }, { fields: {} })).toBe(0);
    expect(
      fieldSimilarity(
        { fields: { nursing: 'x'.repeat(10), medicine: 'y'.repeat(10) } },
        { fields: { nursing: 'z'.repeat(10) } },
      ),
    ).toBeCloseTo(0.5);
  });
  it('countries: worldwide pairs 1, national overlap by Jaccard, worldwide vs national halved, blocked counts', () => {
    const g = { countries: 'global' as const, absentIn: [] };
    expect(countrySimilarity(g, g)).toBe(1);
    expect(countrySimilarity({ countries: ['DE', 'AT'], absentIn: [] }, { countries: ['DE'], absentIn: [] })).toBe(0.5);
    expect(countrySimilarity({ countries: ['FR'], absentIn: [] }, { countries: ['DE'], absentIn: [] })).toBe(0);
    expect(countrySimilarity(g, { countries: ['DE'], absentIn: [] })).toBe(0.5);
    expect(countrySimilarity({ countries: 'global', absentIn: ['CN'] }, { countries: ['CN'], absentIn: [] })).toBe(0);
  });
  it('countries: a worldwide site a cited source says is little used in a country does not meet that country', () => {
    const little = {
      country: 'JP',
      note: 'Few use it there.',
      source: { title: 'A survey', url: 'https://s.example/' },
    };
    const quiet = { countries: 'global' as const, absentIn: [], littleUsedIn: [little] };
    expect(countrySimilarity(quiet, { countries: ['JP'], absentIn: [] })).toBe(0);
    expect(countrySimilarity(quiet, { countries: ['JP', 'KR'], absentIn: [] })).toBe(0.25);
    expect(countrySimilarity(quiet, { countries: ['KR'], absentIn: [] })).toBe(0.5);
  });
});

describe('rankAlternatives', () => {
  const sites = allSites();
  it('never lists the site itself or a closed site, and is sorted by similarity', () => {
    for (const site of sites) {
      const list = rankAlternatives(site, sites);
      expect(list.map((a) => a.site.slug)).not.toContain(site.slug);
      expect(list.every((a) => a.site.status !== 'closed')).toBe(true);
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.similarity).toBeGreaterThanOrEqual(list[i]!.similarity);
    }
  });
  it('always includes and marks the running alternatives editors listed', () => {
    for (const site of sites) {
      const list = rankAlternatives(site, sites);
      const running = site.alternatives.filter((s) => siteBySlug(s)!.status !== 'closed');
      expect(
        list
          .filter((a) => a.editorsPick)
          .map((a) => a.site.slug)
          .sort(),
      ).toEqual([...running].sort());
    }
  });
  it('ranks the closest profile first and drops unrelated sites', () => {
    const target = variant('target', { scores: { ...zero, referrals: 3, local: 3 }, fields: {}, countries: ['DE'] });
    const twin = variant('twin', { scores: { ...zero, referrals: 3, local: 2 }, fields: {}, countries: ['DE'] });
    const far = variant('far', {
      scores: { ...zero, friends: 3 },
      fields: { nursing: 'x'.repeat(10) },
      countries: ['JP'],
    });
    const shut = variant('shut', { scores: { ...zero, referrals: 3, local: 3 }, countries: ['DE'], status: 'closed' });
    const list = rankAlternatives(target, [target, far, twin, shut]);
    expect(list.map((a) => a.site.slug)).toEqual(['twin']);
    expect(similarity(target, twin)).toBeGreaterThan(similarity(target, far));
  });
  it('gives BNI running referral alternatives first', () => {
    const bni = siteBySlug('bni')!;
    const [first] = rankAlternatives(bni, sites);
    expect(first!.site.purposes.referrals.score).toBeGreaterThanOrEqual(2);
  });
});

describe('reasonFor', () => {
  it('names shared purposes, countries and fields', () => {
    const a = variant('a', {
      scores: { ...zero, referrals: 3 },
      fields: { nursing: 'x'.repeat(10) },
      countries: ['DE', 'AT'],
    });
    const b = variant('b', {
      scores: { ...zero, referrals: 3 },
      fields: { nursing: 'y'.repeat(10) },
      countries: ['DE'],
    });
    expect(reasonFor(a, b)).toBe('also core for referrals; also used in Germany; built for nurses too');
  });
  it('is empty when nothing is shared', () => {
    const a = variant('a', { scores: { ...zero, referrals: 3 }, fields: {}, countries: ['FR'] });
    const b = variant('b', { scores: { ...zero, friends: 3 }, fields: {}, countries: ['DE'] });
    expect(reasonFor(a, b)).toBe('');
  });
});

describe('rankAlternatives over a large catalogue', () => {
  /** The ranking as first written: every site scored, sorted, then cut. */
  function naive(site: SiteEntry, sites: readonly SiteEntry[]) {
    const picks = new Set(site.alternatives);
    return sites
      .filter((s) => s.slug !== site.slug && s.status !== 'closed')
      .map((s) => ({ site: s, exact: similarity(site, s), editorsPick: picks.has(s.slug) }))
      .sort(
        (a, b) =>
          b.exact - a.exact ||
          Number(b.editorsPick) - Number(a.editorsPick) ||
          a.site.name.localeCompare(b.site.name, 'en', { sensitivity: 'base' }),
      )
      .filter((a, i) => a.editorsPick || (i < 12 && a.exact >= 0.45))
      .map((a) => a.site.slug);
  }

  it('gives the same sites in the same order as scoring and sorting every site', () => {
    const sites = [...allSites(), ...syntheticCatalogue(1500)];
    for (const site of sites.filter((_, i) => i % 37 === 0)) {
      expect(rankAlternatives(site, sites).map((a) => a.site.slug)).toEqual(naive(site, sites));
    }
  });
});
