import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntries } from '#src/catalogue/entry-file.ts';
import { readCatalogueFiles } from '#src/integrations/vite-catalogue.ts';
import { ITEM_LIST_LIMIT, itemList, websiteOf } from '#src/catalogue/json-ld.ts';
import { filterSites } from '#src/catalogue/site-filter.ts';

const sites = loadEntries(readCatalogueFiles(join(import.meta.dirname, '../../..')));
const base = new URL('https://networkwise.example');
const linkedin = sites.find((s) => s.slug === 'linkedin')!;

describe('JSON-LD', () => {
  it('lists sites as an ItemList with absolute detail URLs in order', () => {
    const list = itemList(sites.slice(0, 3), base, 'Test') as {
      itemListElement: { position: number; url: string }[];
      numberOfItems: number;
    };
    expect(list.numberOfItems).toBe(3);
    expect(list.itemListElement.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(list.itemListElement[0]!.url).toBe(`https://networkwise.example/sites/${sites[0]!.slug}/`);
  });

  it('counts every site of a long list but names only the top of it', () => {
    const list = itemList(sites, base, 'Test') as { itemListElement: { position: number }[]; numberOfItems: number };
    expect(sites.length).toBeGreaterThan(ITEM_LIST_LIMIT);
    expect(list.numberOfItems).toBe(sites.length);
    expect(list.itemListElement.map((i) => i.position)).toEqual(
      Array.from({ length: ITEM_LIST_LIMIT }, (_, i) => i + 1),
    );
  });

  it('adds an AggregateRating only when there are reviews', () => {
    expect(websiteOf(linkedin, { count: 0, average: null })).not.toHaveProperty('aggregateRating');
    expect(websiteOf(linkedin, { count: 4, average: 3.75 })).toMatchObject({
      '@type': 'WebSite',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 3.75, reviewCount: 4, bestRating: 5 },
    });
  });
});

describe('filterSites', () => {
  it('keeps only the kind asked for', () => {
    const business = filterSites(sites, { kind: 'business' });
    expect(business.length).toBeGreaterThan(0);
    expect(business.every((s) => s.kind === 'business')).toBe(true);
  });

  it('keeps sites scoring 2 or 3 for a purpose, strongest first, closed last', () => {
    const referrals = filterSites(sites, { purpose: 'referrals' });
    expect(referrals.every((s) => s.purposes.referrals.score >= 2)).toBe(true);
    const scores = referrals.map((s) => s.purposes.referrals.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(referrals.map((s) => s.slug)).toContain('bni');
  });
});

describe('websiteOf keeps properties on the types schema.org defines them for', () => {
  it('puts foundingDate on the publishing Organization, never on the WebSite', () => {
    const site = sites.find((s) => s.founded !== undefined)!;
    const ld = websiteOf(site) as { foundingDate?: string; publisher: { '@type': string; foundingDate?: string } };
    expect(ld).not.toHaveProperty('foundingDate');
    expect(ld.publisher).toMatchObject({ '@type': 'Organization', foundingDate: String(site.founded) });
  });
});
