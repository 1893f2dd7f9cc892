/**
 * Rating summaries for lists: one `{ count, average }` per site with approved
 * reviews, and the order "by rating" uses. Pure.
 */

export interface RatingSummary {
  /** Approved reviews. */
  count: number;
  /** Mean of their 1–5 stars, to one decimal place. */
  average: number;
}

/** Slug → summary, only for sites with at least one approved review. */
export type RatingsBySlug = Readonly<Record<string, RatingSummary>>;

/** How long lists may cache the summaries (seconds); new approvals show within this time. */
export const RATINGS_MAX_AGE = 300;

/** One decimal place, as shown. */
export const roundAverage = (average: number) => Math.round(average * 10) / 10;

/**
 * Comparator for "best rated first": sites with reviews before those without,
 * then by average, then by how many reviews back it. Returns 0 for a tie, so
 * a stable sort keeps the previous order.
 */
export function compareRatings(a: RatingSummary | undefined, b: RatingSummary | undefined): number {
  if (!a || !b) return Number(Boolean(b)) - Number(Boolean(a));
  return b.average - a.average || b.count - a.count;
}

/** "4.3 out of 5 from 12 reviews", for labels. */
export function ratingText({ count, average }: RatingSummary): string {
  return `${average.toFixed(1)} out of 5 from ${count} ${count === 1 ? 'review' : 'reviews'}`;
}
