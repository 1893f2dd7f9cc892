/** Findability of the served site: sitemap, robots.txt, RSS, canonical and social tags, JSON-LD. */
import { describe, expect, inject, it } from 'vitest';
import { TEMPLATES } from '../../support/templates';

const baseUrl = inject('baseUrl');
const text = async (path: string) => (await fetch(baseUrl + path)).text();
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );

describe('findability', () => {
  it('has a sitemap index that robots.txt names, listing catalogue pages but not admin or search', async () => {
    expect(await text('/robots.txt')).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
    const index = await text('/sitemap-index.xml');
    const sitemap = new URL(/<loc>([^<]+)<\/loc>/.exec(index)![1]!).pathname;
    const urls = [...(await text(sitemap)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(urls).toContain('/sites/linkedin/');
    expect(urls).toContain('/compare/linkedin-vs-xing/');
    expect(urls.some((u) => u.startsWith('/admin') || u.startsWith('/search'))).toBe(false);
  });

  it('publishes an RSS feed of entries', async () => {
    const rss = await text('/rss.xml');
    expect(rss).toContain('<rss');
    expect((rss.match(/<item>/g) ?? []).length).toBeGreaterThanOrEqual(60);
  });

  for (const [name, { path, status }] of Object.entries(TEMPLATES)) {
    if (status !== 200) continue;
    it(`gives the ${name} page a canonical URL and Open Graph and Twitter tags`, async () => {
      const html = await text(path);
      expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+"/);
      for (const tag of ['og:title', 'og:description', 'og:url']) expect(html).toContain(`property="${tag}"`);
      expect(html).toContain('name="twitter:card"');
    });
  }

  it('describes lists as ItemList and a site with reviews with an AggregateRating', async () => {
    expect(jsonLd(await text('/sites/')).map((d) => d['@type'])).toContain('ItemList');
    expect(jsonLd(await text('/purposes/referrals/')).map((d) => d['@type'])).toContain('ItemList');
    expect(jsonLd(await text('/sites/linkedin/'))[0]).toMatchObject({ '@type': 'WebSite', name: 'LinkedIn' });
    const reviewed = jsonLd(await text('/sites/linkedin/reviews/'))[0] as { aggregateRating?: { reviewCount: number } };
    expect(reviewed.aggregateRating?.reviewCount).toBeGreaterThan(0);
  });
});
