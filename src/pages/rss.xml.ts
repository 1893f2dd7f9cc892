/** `/rss.xml`: new and updated catalogue entries, newest check first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allSites } from '#src/catalogue/index.ts';
import { SITE_URL } from '#src/shared/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const sites = [...allSites()].sort((a, b) => b.lastChecked.getTime() - a.lastChecked.getTime());
  const feedUrl = new URL('/rss.xml', site ?? SITE_URL).href;
  return rss({
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Feed validators ask a feed to name its own address.
    customData: `<atom:link href="${feedUrl}" rel="self" type="application/rss+xml"/>`,
    title: 'Networkwise: new and updated entries',
    description: 'Networking sites added to or re-checked in the Networkwise catalogue.',
    site: site ?? SITE_URL,
    items: sites.map((s) => ({
      title: s.name,
      link: `/sites/${s.slug}/`,
      // The check date in the guid makes each re-check a new item; the link itself points at the page, with no made-up anchor.
      customData: `<guid isPermaLink="false">networkwise:${s.slug}:${s.lastChecked.toISOString().slice(0, 10)}</guid>`,
      pubDate: s.lastChecked,
      description: s.tagline,
      categories: [s.kind],
    })),
  });
};
