/** What crawlers and feed readers get: the sitemap lists the on-demand pages that are the same for everyone; the RSS feed names itself and links to real pages. */
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const text = async (path: string) => (await fetch(baseUrl + path)).text();

describe('sitemap and RSS', () => {
  it('the sitemap lists /compare/ and the reviews page of every site', async () => {
    const xml = await text('/sitemap-0.xml');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs).toContain('/compare/');
    expect(locs).toContain('/sites/linkedin/reviews/');
    const sites = locs.filter((p) => /^\/sites\/[^/]+\/$/.test(p) && p !== '/sites/filter/');
    const reviews = locs.filter((p) => /^\/sites\/[^/]+\/reviews\/$/.test(p));
    expect(reviews.length).toBe(sites.length);
    // Every listed reviews page answers.
    for (const path of reviews.slice(0, 5)) expect((await fetch(baseUrl + path)).status, path).toBe(200);
  });

  it('the RSS feed has atom:link rel="self" and its items link to pages without made-up anchors', async () => {
    const xml = await text('/rss.xml');
    expect(xml).toMatch(/<atom:link href="[^"]+\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/);
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(60);
    for (const link of links) expect(link).not.toContain('#');
    const guids = [...xml.matchAll(/<guid[^>]*>([^<]+)<\/guid>/g)].map((m) => m[1]!);
    expect(new Set(guids).size).toBe(guids.length);
  });

  it('site pages put foundingDate on the Organization, not on the WebSite', async () => {
    const html = await text('/sites/linkedin/');
    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(html)![1]!) as Record<
      string,
      unknown
    >;
    expect(ld['@type']).toBe('WebSite');
    expect(ld).not.toHaveProperty('foundingDate');
    expect(ld['publisher']).toMatchObject({ '@type': 'Organization', foundingDate: '2002' });
  });

  it('on-demand pages say their charset', async () => {
    for (const path of ['/compare/?sites=linkedin,xing', '/search/?q=referrals', '/nope/']) {
      expect((await fetch(baseUrl + path)).headers.get('content-type'), path).toMatch(/^text\/html;\s*charset=utf-8$/i);
    }
  });
});
