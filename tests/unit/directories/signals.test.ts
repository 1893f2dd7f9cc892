import { describe, expect, it } from 'vitest';
import { allSites, filterSites } from '#src/catalogue/index.ts';
import {
  cataloguePageHref,
  cataloguePages,
  filterHref,
  isTidy,
  parseSiteFilter,
  priceLine,
  shortPriceNote,
  sortSites,
  startYear,
  viewOrder,
} from '#src/features/directories/index.ts';
import { madeFor } from '#src/catalogue/countries.ts';

const sites = allSites();
const parse = (query: string) => parseSiteFilter(new URLSearchParams(query));

describe('price, time, status and sort parameters', () => {
  it('reads each one, ignoring empty values', () => {
    expect(parse('price=free&time=light&status=active&sort=rating&field=')).toEqual({
      ok: true,
      filter: {
        kind: undefined,
        purpose: undefined,
        country: undefined,
        field: undefined,
        price: 'free',
        time: 'light',
        status: 'active',
        sort: 'rating',
      },
    });
  });
  it('drops the default sort: name without a purpose, best with one', () => {
    expect(parse('sort=name').ok && parse('sort=name')).toMatchObject({ filter: { sort: undefined } });
    expect(parse('purpose=referrals&sort=best')).toMatchObject({ filter: { sort: undefined } });
    expect(parse('purpose=referrals&sort=name')).toMatchObject({ filter: { sort: 'name' } });
    expect(parse('sort=best')).toMatchObject({ filter: { sort: 'best' } });
  });
  it('names every bad value', () => {
    const parsed = parse('price=gold&time=forever&status=dead&sort=popular');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.field)).toEqual(['price', 'time', 'status', 'sort']);
    expect(parsed.errors[0]!.message).toContain('“gold”');
    expect(parse('sort=name&sort=newest')).toMatchObject({ ok: false, errors: [{ field: 'sort' }] });
  });
  it('writes one address per view, in a fixed order, and only goes on demand when needed', () => {
    expect(filterHref({ sort: 'rating', price: 'free', kind: 'business', time: 'light', status: 'active' })).toBe(
      '/sites/filter/?kind=business&price=free&time=light&status=active&sort=rating',
    );
    expect(filterHref({ kind: 'business', sort: 'name' })).toBe('/sites/filter/business/all/');
    expect(filterHref({ purpose: 'referrals', sort: 'best' })).toBe('/sites/filter/all/referrals/');
    expect(filterHref({})).toBe('/sites/');
    const url = new URL('https://x.test/sites/filter/?sort=rating&price=free');
    const parsed = parseSiteFilter(url.searchParams);
    expect(parsed.ok && isTidy(url, parsed.filter)).toBe(false);
  });
  it('filters by price, time cost and status', () => {
    const shown = filterSites(sites, { price: 'membership', time: 'moderate', status: 'active' });
    expect(shown.length).toBeGreaterThan(0);
    for (const s of shown) {
      expect(s.pricing.model).toBe('membership');
      expect(s.timeCost).toBe('moderate');
      expect(s.status).toBe('active');
    }
    expect(shown.length).toBe(
      sites.filter((s) => s.pricing.model === 'membership' && s.timeCost === 'moderate' && s.status === 'active')
        .length,
    );
  });
});

describe('sortSites', () => {
  it('by name, A to Z, closed last', () => {
    const sorted = sortSites(sites, 'name', undefined);
    const running = sorted.filter((s) => s.status !== 'closed');
    expect(sorted.slice(0, running.length)).toEqual(running);
    const names = running.map((s) => s.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });
  it('newest: latest launch (or founding) year first, unknown years last', () => {
    const sorted = sortSites(sites, 'newest', undefined).filter((s) => s.status !== 'closed');
    const years = sorted.map(startYear);
    const known = years.filter((y): y is number => y !== undefined);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(years.slice(known.length).every((y) => y === undefined)).toBe(true);
  });
  it('best for a purpose: its score first', () => {
    const scores = sortSites(sites, 'best', 'referrals')
      .filter((s) => s.status !== 'closed')
      .map((s) => s.purposes.referrals.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
  it('best for a purpose with no country: a single-country site never above a worldwide one with the same score', () => {
    const sorted = sortSites(sites, 'best', 'hiring').filter((s) => s.status !== 'closed');
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (a.purposes.hiring.score === b.purposes.hiring.score)
        expect(a.countries !== 'global' && b.countries === 'global', `${a.slug} before ${b.slug}`).toBe(false);
    }
  });
  it('viewOrder: the order the page shows, sites made for the country first, for the cards and the JSON-LD alike', () => {
    const filter = { purpose: 'hiring' as const, country: 'DE' };
    const { shown, groups } = viewOrder(filterSites(sites, filter), filter);
    expect(groups!.national.length).toBeGreaterThan(0);
    expect(shown).toEqual([...groups!.national, ...groups!.worldwide]);
    const split = shown.findIndex((s) => !madeFor(s, 'DE'));
    expect(shown.slice(split).every((s) => !madeFor(s, 'DE'))).toBe(true);
    // Within each group, in the sort's order.
    expect(groups!.national).toEqual(sortSites(groups!.national, 'best', 'hiring'));
    expect(groups!.worldwide).toEqual(sortSites(groups!.worldwide, 'best', 'hiring'));
    // With no country, the sort's order itself; filterSites' own order is not it.
    const byName = viewOrder(filterSites(sites, { purpose: 'hiring' }), { purpose: 'hiring', sort: 'name' }).shown;
    expect(byName).toEqual(sortSites(filterSites(sites, { purpose: 'hiring' }), 'name', 'hiring'));
    expect(byName).not.toEqual(filterSites(sites, { purpose: 'hiring' }));
  });
  it('by rating: rated first by the given comparison, the rest best first; input untouched', () => {
    const ratings: Record<string, number> = { meetup: 5, bni: 4, linkedin: 3.5 };
    const before = [...sites];
    const sorted = sortSites(sites, 'rating', undefined, (a, b) => (ratings[b.slug] ?? 0) - (ratings[a.slug] ?? 0));
    expect(sorted.slice(0, 3).map((s) => s.slug)).toEqual(['meetup', 'bni', 'linkedin']);
    expect(sites).toEqual(before);
  });
});

describe('short price and pages', () => {
  it('cuts the note to its first clause and at a word', () => {
    expect(shortPriceNote(undefined)).toBeUndefined();
    expect(shortPriceNote('Free to join; paid plans from $10 a month.')).toBe('Free to join');
    const long = shortPriceNote(
      'Members pay an application fee and membership dues to the local franchisee, amounts unpublished',
    );
    expect(long!.length).toBeLessThanOrEqual(49);
    expect(long).toMatch(/…$/);
    expect(shortPriceNote('Premium $9.99 a month')).toBe('Premium $9.99 a month');
    expect(priceLine({ model: 'free' })).toBe('Free');
  });
  it('numbers catalogue pages from /sites/', () => {
    expect(cataloguePageHref(1)).toBe('/sites/');
    expect(cataloguePageHref(3)).toBe('/sites/page/3/');
    expect(cataloguePages(0)).toBe(1);
    expect(cataloguePages(24)).toBe(1);
    expect(cataloguePages(25)).toBe(2);
  });
});
