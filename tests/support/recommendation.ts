/** Helpers shared by the recommender's tests. */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { PURPOSES, keysOf, type Purpose, type Score } from '#src/catalogue/taxonomy.ts';
import type { Recommendation } from '#src/features/recommend/rules/recommend.ts';

/** A result's points before the floor and the cap: the sum of every reason but those two. */
export const unclamped = (r: Recommendation, slug: string) =>
  r.results
    .find((x) => x.slug === slug)!
    .reasons.filter((x) => !/^(floor|cap):/.test(x.text))
    .reduce((sum, x) => sum + x.points, 0);

/** `site` with the given purposes' scores (each with a synthetic reason), the others as they were. */
export const withScores = (site: SiteEntry, scores: Partial<Record<Purpose, Score>>): SiteEntry => ({
  ...site,
  purposes: Object.fromEntries(
    keysOf(PURPOSES).map((p) => [p, { score: scores[p] ?? site.purposes[p].score, reason: 'A synthetic reason.' }]),
  ) as SiteEntry['purposes'],
});
