/** `/rss.xml`: new and updated catalogue entries, newest check first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allSites } from '#src/catalogue/index.ts';
import { SITE_URL } from '#src/shared/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const sites = [...allSites()].sort((a, b) => b.lastChecked.getTime() - a.lastChecked.getTime());
  return rss({
    title: 'Networkwise: new and updated entries',
    description: 'Networking sites added to or re-checked in the Networkwise catalogue.',
    site: site ?? SITE_URL,
    items: sites.map((s) => ({
      title: s.name,
      // The check date in the fragment makes each re-check a new item (the link is the guid) while the link still opens the page.
      link: `/sites/${s.slug}/#checked-${s.lastChecked.toISOString().slice(0, 10)}`,
      pubDate: s.lastChecked,
      description: s.tagline,
      categories: [s.kind],
    })),
  });
};
