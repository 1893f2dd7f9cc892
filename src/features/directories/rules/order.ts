/**
 * The one order both directories (fields and countries) list sites in, and
 * the "why it is good" line each site carries there. A site's strength is its
 * best purpose score; reach only breaks ties, so a small site built for the job
 * still outranks a big one that is merely good at it. At equal strength a
 * worldwide site comes before one used in listed countries only: these lists
 * are for no country in particular (a country's page lists its own sites apart).
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { worldwideFirst } from '#src/catalogue/countries.ts';
import { GOOD_SCORE, PURPOSES, keysOf, reachRank, type Purpose, type Status } from '#src/catalogue/taxonomy.ts';
import { compareNames } from '#src/shared/collate.ts';

const STATUS_ORDER: Record<Status, number> = { active: 0, declining: 1, closed: 2 };

/** The order in words, for the pages that use it. */
export const DIRECTORY_ORDER_RULE =
  'Best first: by the site’s best purpose score (core before good), then worldwide sites before those used in one country or a few, then by reach (order of magnitude, from a cited source; unknown reach last), then active before declining, then by name.';

/** The highest score the site has for any purpose. */
export function bestScore(site: Pick<SiteEntry, 'purposes'>): number {
  return Math.max(...keysOf(PURPOSES).map((p) => site.purposes[p].score));
}

export { reachRank };

const byName = (a: SiteEntry, b: SiteEntry) =>
  compareNames(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** Comparator for {@link DIRECTORY_ORDER_RULE}. */
export function directoryOrder(a: SiteEntry, b: SiteEntry): number {
  return (
    bestScore(b) - bestScore(a) ||
    worldwideFirst(a, b) ||
    reachRank(a) - reachRank(b) ||
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    byName(a, b)
  );
}

/** The purpose a site is best at, with its score and the editor's reason; undefined when it serves none well. */
export function bestPurpose(
  site: Pick<SiteEntry, 'purposes'>,
): { purpose: Purpose; score: number; reason: string } | undefined {
  let best: { purpose: Purpose; score: number; reason: string } | undefined;
  for (const purpose of keysOf(PURPOSES)) {
    const { score, reason } = site.purposes[purpose];
    if (score >= GOOD_SCORE && reason !== undefined && (best === undefined || score > best.score))
      best = { purpose, score, reason };
  }
  return best;
}
