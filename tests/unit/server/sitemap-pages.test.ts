import { describe, expect, it } from 'vitest';
import { sites as catalogue } from 'virtual:networkwise/catalogue';
import { onDemandSitemapPages } from '#src/integrations/sitemap-pages.ts';
import { listedPairs } from '#src/features/compare/index.ts';
import { prerenderedSites } from '#src/catalogue/prerender.ts';

const SITE = 'https://networkwise.example';
const pages = onDemandSitemapPages(catalogue, SITE);

describe('the on-demand pages the sitemap lists (src/integrations/sitemap-pages.ts)', () => {
  it('lists the compare picker and every site page, alternatives and reviews page, under the site URL', () => {
    expect(pages).toContain(`${SITE}/compare/`);
    for (const { slug } of catalogue) {
      for (const tail of ['/', '/alternatives/', '/reviews/']) expect(pages).toContain(`${SITE}/sites/${slug}${tail}`);
    }
  });

  it('lists every compare pair an editor listed, in canonical order, the long-tail ones included', () => {
    const pairs = listedPairs(catalogue);
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) expect(pages).toContain(`${SITE}/compare/${pair.slug}/`);
    // With a small prerendered head, some pairs have a long-tail entry on a side: they render on demand only.
    const head = new Set(prerenderedSites(catalogue, 20).map((s) => s.slug));
    expect(pairs.some((p) => p.sites.some((slug) => !head.has(slug)))).toBe(true);
    // Only the canonical addresses (alphabetical by slug), never a reversed one, which only redirects there.
    expect(pages.filter((p) => p.startsWith(`${SITE}/compare/`) && p !== `${SITE}/compare/`).sort()).toEqual(
      pairs.map((p) => `${SITE}/compare/${p.slug}/`).sort(),
    );
    for (const { sites } of pairs) expect(sites[0] < sites[1]).toBe(true);
  });

  it('lists each page once', () => {
    expect(new Set(pages).size).toBe(pages.length);
  });
});
