/**
 * The sitemap's pages that are not prerendered files (`@astrojs/sitemap` lists the built HTML pages, and these
 * beside them, in astro.config.mjs): the on-demand pages that are the same for everyone. The compare picker, and
 * every site's page, alternatives and reviews (the long tail of site pages is on demand: src/catalogue/prerender.ts),
 * and every compare pair an editor listed, at its canonical address (a pair with a long-tail entry on either side is
 * on demand: src/features/compare/on-demand/pair.astro). Closed sites take part, as on the prerendered pages.
 * A page listed here that was also prerendered is listed once: the sitemap drops duplicates.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { listedPairs, pairPath } from '#src/features/compare/index.ts';

/** Absolute URLs (under `siteUrl`) of the on-demand pages the sitemap lists, for these entries. */
export function onDemandSitemapPages(sites: readonly SiteEntry[], siteUrl: string): string[] {
  const url = (path: string) => new URL(path, siteUrl).href;
  const slugs = sites.map((s) => s.slug).sort();
  return [
    url('/compare/'),
    ...slugs.flatMap((slug) => ['/', '/alternatives/', '/reviews/'].map((tail) => url(`/sites/${slug}${tail}`))),
    ...listedPairs(sites).map((pair) => url(pairPath(pair))),
  ];
}
