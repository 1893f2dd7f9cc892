/**
 * Which sites serve a purpose, best first, and which popular sites are the
 * wrong tool for it. The purpose pages render this; the rules are stated here
 * once so the page text and the tests describe the same thing.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { worldwideFirst } from '#src/catalogue/countries.ts';
import { POPULAR_SITES } from '#src/catalogue/popular.ts';
import { GOOD_SCORE, reachRank, type Purpose, type Status } from '#src/catalogue/taxonomy.ts';
import { compareNames } from '#src/shared/collate.ts';

/** Running sites first; a declining site ranks below an active one with the same score and reach. */
const STATUS_ORDER: Record<Status, number> = { active: 0, declining: 1, closed: 2 };

/**
 * How many sites a purpose page lists, best first, before a link to the
 * filtered catalogue for the rest. The longest list (ideas with peers, 90
 * sites in December 2026) grows with the catalogue; past this many the page
 * would leave the 14 kB first-flight budget (tests/e2e/quality/budgets.test.ts),
 * and the sites further down are weaker or smaller versions of those above.
 */
export const PURPOSE_LISTED = 60;

/** The order of a purpose's list, in words, for its page. */
export const PURPOSE_ORDER_RULE =
  'Ordered by score, then worldwide sites before those used in one country or a few, then by reach (order of magnitude, from a cited source; unknown reach last), then active before declining, then by name.';

export interface PurposeRanking {
  /** Running sites scoring 2 or 3, in {@link PURPOSE_ORDER_RULE}'s order. */
  serving: SiteEntry[];
  /** Closed sites that once scored 2 or 3: history, never recommended. */
  closed: SiteEntry[];
  /**
   * Popular sites (src/catalogue/popular.ts) that are still running and score 0 or 1:
   * the ones people reach for by default that do not do this job. In the
   * order of the popular list.
   */
  popularButWrong: SiteEntry[];
}

/** Ranks the catalogue for one purpose. Pure; sorts copies. */
export function rankForPurpose(purpose: Purpose, sites: readonly SiteEntry[]): PurposeRanking {
  const score = (s: SiteEntry) => s.purposes[purpose].score;
  const byName = (a: SiteEntry, b: SiteEntry) => compareNames(a.name, b.name);
  const good = sites.filter((s) => score(s) >= GOOD_SCORE);
  const serving = good
    .filter((s) => s.status !== 'closed')
    .sort(
      (a, b) =>
        score(b) - score(a) ||
        worldwideFirst(a, b) ||
        reachRank(a) - reachRank(b) ||
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        byName(a, b),
    );
  const closed = good.filter((s) => s.status === 'closed').sort((a, b) => score(b) - score(a) || byName(a, b));
  const bySlug = new Map(sites.map((s) => [s.slug, s]));
  const popularButWrong = POPULAR_SITES.map((slug) => bySlug.get(slug)).filter(
    (s): s is SiteEntry => s !== undefined && s.status !== 'closed' && score(s) < GOOD_SCORE,
  );
  return { serving, closed, popularButWrong };
}
