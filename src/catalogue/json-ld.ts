/**
 * schema.org JSON-LD builders for catalogue pages. Pure: the pages pass the
 * absolute base URL of the site.
 */
import type { SiteEntry } from './entry-file.ts';

/** How many entries an {@link itemList} names: the top of a list, as much as one page of the catalogue shows. */
export const ITEM_LIST_LIMIT = 24;

/**
 * An `ItemList` of catalogue entries, in display order: `numberOfItems` counts them
 * all and the list names the first {@link ITEM_LIST_LIMIT} (schema.org lets a list
 * describe only some of its items). Each item is a position and a URL, the
 * "summary page" form: names are on the page and on the pages the URLs lead to.
 * A long directory page otherwise carried its whole list twice.
 */
export function itemList(sites: readonly SiteEntry[], base: URL, name: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    numberOfItems: sites.length,
    itemListElement: sites.slice(0, ITEM_LIST_LIMIT).map((s, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      url: new URL(`/sites/${s.slug}/`, base).href,
    })),
  };
}

/** One networking site as a schema.org `WebSite`, with its reviews' `AggregateRating` when there are any. */
export function websiteOf(site: SiteEntry, rating?: { count: number; average: number | null }): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.tagline,
    ...(site.aliases.length > 0 ? { alternateName: site.aliases } : {}),
    // A WebSite has no founding date: the year the site went live is its `dateCreated` (a CreativeWork property),
    // and `founded` is the year of the company behind it, so it goes on that Organization.
    ...(site.launched ? { dateCreated: String(site.launched) } : {}),
    publisher: {
      '@type': 'Organization',
      name: site.owner,
      ...(site.founded ? { foundingDate: String(site.founded) } : {}),
    },
    ...(rating && rating.count > 0 && rating.average !== null
      ? {
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: rating.average,
            reviewCount: rating.count,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
  };
}
