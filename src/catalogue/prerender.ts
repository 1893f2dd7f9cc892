/**
 * Which entries get prerendered pages (`/sites/<slug>/` and
 * `/sites/<slug>/alternatives/`), and which are rendered on demand by the
 * Worker: "prerender the head, render the long tail on demand" (issue 16).
 *
 * Cloudflare takes at most 20,000 static files per deployment, and each
 * prerendered site page also gets a share card, so prerendering every page
 * stops working (and the build gets long) somewhere past a few thousand
 * entries. The rule:
 *
 * - while the catalogue has at most {@link PRERENDER_LIMIT} entries, every
 *   entry is prerendered (today's catalogue: nothing is on demand);
 * - beyond that, the first {@link PRERENDER_LIMIT} entries in the order
 *   below are, and the rest are rendered on demand: same content, the generic
 *   share card (`src/shared/share-card.ts`), a CDN-cacheable response
 *   (`LONG_TAIL_CACHE_CONTROL`).
 *
 * The order is data, never a list of names: largest sourced audience band
 * first (`reachRank`, the ordering every "largest first" list uses; entries
 * without a sourced figure last), then name (case-insensitive), then slug.
 * Every entry keeps its logo file (`/logos/<slug>.svg`): one small file each
 * is within the budget.
 */
import type { SiteEntry } from './entry-file.ts';
import { reachRank } from './taxonomy.ts';
import { compareNames } from '#src/shared/collate.ts';

/** How many entries are prerendered at most; the one place this number lives. */
export const PRERENDER_LIMIT = 1000;

/**
 * The build's limit from `NETWORKWISE_PRERENDER_LIMIT` (a whole number; tests
 * set a small one to get a long tail out of the real catalogue), or
 * {@link PRERENDER_LIMIT} when it is unset. The build reads the variable
 * (src/integrations/vite-catalogue.ts); this only checks it.
 */
export function parsePrerenderLimit(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return PRERENDER_LIMIT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`NETWORKWISE_PRERENDER_LIMIT: not a whole number: ${raw}`);
  return n;
}

/** The order that decides the head: largest reach band first, then name, then slug. */
export function byPrerenderPriority(a: SiteEntry, b: SiteEntry): number {
  return (
    reachRank(a) - reachRank(b) || compareNames(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}

/** The entries whose pages are prerendered (all of them up to `limit`), in catalogue order. */
export function prerenderedSites<T extends SiteEntry>(sites: readonly T[], limit: number): T[] {
  if (sites.length <= limit) return [...sites];
  const head = new Set([...sites].sort(byPrerenderPriority).slice(0, limit));
  return sites.filter((s) => head.has(s));
}

/**
 * `Cache-Control` of an on-demand (long-tail) site or alternatives page. The
 * page changes only with a deploy, like its prerendered siblings (which
 * Cloudflare serves with `max-age=0, must-revalidate` and an ETag), but costs
 * a render, so: browsers may reuse it for 5 minutes (a deploy shows within
 * minutes), shared caches for an hour (`s-maxage`), and may serve a stale
 * copy for a day while refetching (`stale-while-revalidate`). The Worker's own
 * copy in `caches.default` is keyed by the build (`src/server/page-cache.ts`), so a
 * deploy never serves the old page from there.
 */
export const LONG_TAIL_CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

/**
 * The longest list of sites one page renders in full: a directory's ranked
 * lists (country, purpose, field) and the compare picker's menus. Past it a
 * list shows its first {@link LIST_LIMIT} and links to the paginated or
 * filtered catalogue for the rest, so a page's size, and the build's time,
 * do not grow with the catalogue (issue 16). Above the whole of today's
 * catalogue, so today every list is whole.
 */
export const LIST_LIMIT = 250;

/**
 * The first `limit` items of a list and how many are left out: `list` whole
 * while it fits.
 */
export function capList<T>(list: readonly T[], limit = LIST_LIMIT): { shown: T[]; hidden: number } {
  return list.length <= limit
    ? { shown: [...list], hidden: 0 }
    : { shown: list.slice(0, limit), hidden: list.length - limit };
}
