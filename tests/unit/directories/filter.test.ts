import { describe, expect, it } from 'vitest';
import { filterSites, splitByCountry } from '#src/catalogue/site-filter.ts';
import { filterHref, isTidy, parseSiteFilter } from '#src/features/directories/index.ts';
import { site } from './fixtures.ts';

const linkedin = site({ slug: 'linkedin', scores: { contacts: 3, hiring: 3 } });
const xing = site({ slug: 'xing', countries: ['DE', 'AT', 'CH'], scores: { contacts: 3, hiring: 2 } });
const studivz = site({ slug: 'studivz', kind: 'social', countries: ['DE'], scores: { friends: 3 }, status: 'closed' });
const tiktok = site({ slug: 'tiktok', kind: 'social', scores: { promotion: 3 }, absentIn: ['IN'] });
const naukri = site({
  slug: 'naukri',
  countries: ['IN'],
  scores: { hiring: 3 },
  fields: { software: 'Many IT jobs.' },
});
const github = site({ slug: 'github', scores: { 'peer-ideas': 3 }, fields: { software: 'Where code is shared.' } });
const sites = [linkedin, xing, studivz, tiktok, naukri, github];
const slugs = (list: readonly { slug: string }[]) => list.map((s) => s.slug);

describe('filtering the catalogue by country and field', () => {
  it('shows a site for a country when it is available there, national sites first', () => {
    expect(slugs(filterSites(sites, { country: 'DE' }))).toEqual(['xing', 'studivz', 'linkedin', 'tiktok', 'github']);
    expect(slugs(filterSites(sites, { country: 'IN' }))).toEqual(['naukri', 'linkedin', 'github']);
    // A country no entry names: the worldwide sites.
    expect(slugs(filterSites(sites, { country: 'KE' }))).toEqual(['linkedin', 'tiktok', 'github']);
  });

  it('leaves out of a country a worldwide site a cited source says few people there use, as the country page does', () => {
    const little = {
      country: 'JP',
      note: 'Few people in Japan use it.',
      source: { title: 'A survey', url: 'https://survey.example/' },
    };
    const withLittle = [...sites, site({ slug: 'quiet', scores: { contacts: 3 }, littleUsedIn: [little] })];
    expect(slugs(filterSites(withLittle, { country: 'JP' }))).not.toContain('quiet');
    expect(slugs(filterSites(withLittle, { country: 'DE' }))).toContain('quiet');
    expect(slugs(filterSites(withLittle, {}))).toContain('quiet');
  });

  it('keeps national sites first when combined with a purpose, strongest first within each group', () => {
    expect(slugs(filterSites(sites, { country: 'DE', purpose: 'hiring' }))).toEqual(['xing', 'linkedin']);
    expect(slugs(filterSites(sites, { country: 'IN', purpose: 'hiring' }))).toEqual(['naukri', 'linkedin']);
  });

  it('shows a site for a field only when the entry names it', () => {
    expect(slugs(filterSites(sites, { field: 'software' }))).toEqual(['naukri', 'github']);
    expect(slugs(filterSites(sites, { field: 'software', country: 'DE' }))).toEqual(['github']);
    expect(filterSites(sites, { field: 'nursing' })).toEqual([]);
  });

  it('splits a country view into its own sites and the worldwide ones', () => {
    const { national, worldwide } = splitByCountry(filterSites(sites, { country: 'DE' }), 'DE');
    expect(slugs(national)).toEqual(['xing', 'studivz']);
    expect(slugs(worldwide)).toEqual(['linkedin', 'tiktok', 'github']);
  });
});

describe('filter addresses', () => {
  it('uses the prerendered pages for kind and purpose alone, the on-demand page otherwise', () => {
    expect(filterHref({})).toBe('/sites/');
    expect(filterHref({ purpose: 'hiring' })).toBe('/sites/filter/all/hiring/');
    expect(filterHref({ kind: 'business', purpose: 'hiring' })).toBe('/sites/filter/business/hiring/');
    expect(filterHref({ country: 'DE' })).toBe('/sites/filter/?country=DE');
    expect(filterHref({ field: 'nursing', country: 'DE', kind: 'social' })).toBe(
      '/sites/filter/?kind=social&country=DE&field=nursing',
    );
  });

  it('reads what the form sends: blanks are "any" and a country code may be lower case', () => {
    const parsed = parseSiteFilter(new URLSearchParams('kind=&purpose=hiring&country=de&field='));
    expect(parsed).toEqual({
      ok: true,
      filter: { kind: undefined, purpose: 'hiring', country: 'DE', field: undefined },
    });
  });

  it('refuses unknown values, naming each parameter', () => {
    const parsed = parseSiteFilter(new URLSearchParams('kind=alien&country=Germany&field=astrology&purpose=hiring'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.field)).toEqual(['kind', 'country', 'field']);
    expect(parsed.errors[1]!.message).toContain('two-letter country code');
  });

  it('refuses two different values for one parameter, but not a repeat', () => {
    expect(parseSiteFilter(new URLSearchParams('country=DE&country=FR')).ok).toBe(false);
    expect(parseSiteFilter(new URLSearchParams('country=DE&country=DE')).ok).toBe(true);
  });

  it('knows a tidy address from an untidy one', () => {
    const filter = { country: 'DE', field: 'software' as const };
    expect(isTidy(new URL('https://x.test/sites/filter/?country=DE&field=software'), filter)).toBe(true);
    expect(isTidy(new URL('https://x.test/sites/filter/?kind=&country=de&field=software'), filter)).toBe(false);
    expect(isTidy(new URL('https://x.test/sites/filter?country=DE&field=software'), filter)).toBe(false);
  });
});
