/**
 * The rating summary of a site's approved reviews: how many, the average and
 * how the stars are spread. Built by the API from per-rating counts and drawn
 * by the pages (server-rendered and in the browser) from the same shape.
 */

/** Star ratings, highest first: the order the distribution is shown in. */
export const STARS = [5, 4, 3, 2, 1] as const;
export type Star = (typeof STARS)[number];

/** `{"count","average","distribution":{"1":n,…,"5":n}}`; `average` is null without reviews. */
export interface ReviewSummary {
  count: number;
  /** Mean rating rounded to two decimals, or null when there are no reviews. */
  average: number | null;
  distribution: Record<`${Star}`, number>;
}

/** Builds the summary from `{rating, count}` rows (missing ratings count as 0). */
export function summarise(rows: readonly { rating: number; count: number }[]): ReviewSummary {
  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let count = 0;
  let total = 0;
  for (const { rating, count: n } of rows) {
    const key = String(rating);
    if (!(key in distribution)) continue;
    distribution[key as keyof typeof distribution] += n;
    count += n;
    total += rating * n;
  }
  return { count, average: count === 0 ? null : Math.round((total / count) * 100) / 100, distribution };
}

/** The share of reviews with `star` stars, as a whole percentage (0 when there are none). */
export function shareOf(summary: ReviewSummary, star: Star): number {
  return summary.count === 0 ? 0 : Math.round((summary.distribution[`${star}`] / summary.count) * 100);
}

/** "4.3 out of 5 from 12 reviews", or a plain "No reviews yet". */
export function describeSummary(summary: ReviewSummary): string {
  if (summary.count === 0 || summary.average === null) return 'No reviews yet';
  return `${summary.average.toFixed(1)} out of 5 from ${summary.count} ${summary.count === 1 ? 'review' : 'reviews'}`;
}

/** Filled and empty stars for a rating, e.g. ★★★★☆ (decorative; pair it with text). */
export function starGlyphs(rating: number): string {
  const full = Math.max(0, Math.min(5, Math.round(rating)));
  return '★'.repeat(full) + '☆'.repeat(5 - full);
}

/** A review's date for people, e.g. "3 November 2026" (UTC, so server and browser agree). */
export function formatReviewDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
