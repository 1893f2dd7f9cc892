import { describe, expect, it } from 'vitest';
import { sites as catalogue } from 'virtual:networkwise/catalogue';
import { onDemandSitemapPages } from '#src/integrations/sitemap-pages.ts';

const SITE = 'https://networkwise.example';
const pages = onDemandSitemapPages(catalogue, SITE);

describe('the on-demand pages the sitemap lists (src/integrations/sitemap-pages.ts)', () => {
  it('lists the compare picker and every site page, alternatives and reviews page, under the site URL', () => {
    expect(pages).toContain(`${SITE}/compare/`);
    for (const { slug } of catalogue) {
      for (const tail of ['/', '/alternatives/', '/reviews/']) expect(pages).toContain(`${SITE}/sites/${slug}${tail}`);
    }
  });

  it('lists each page once', () => {
    expect(new Set(pages).size).toBe(pages.length);
  });
});
