/** `/rss.xml`: new and updated catalogue entries, newest check first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allSites } from '../data/catalogue.ts';

export const GET: APIRoute = async ({ site }) => {
  const sites = [...(await allSites())].sort((a, b) => b.lastChecked.getTime() - a.lastChecked.getTime());
  return rss({
    title: 'Networkwise: new and updated entries',
    description: 'Networking sites added to or re-checked in the Networkwise catalogue.',
    site: site ?? 'https://networkwise.example',
    items: sites.map((s) => ({
      title: s.name,
      link: `/sites/${s.slug}/`,
      pubDate: s.lastChecked,
      description: s.tagline,
      categories: [s.kind],
    })),
  });
};
