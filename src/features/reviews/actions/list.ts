/**
 * One page of a site's approved reviews with its rating summary, written once
 * for `GET /api/sites/{slug}/reviews` and the page /sites/{slug}/reviews/.
 * A cursor this code did not make comes back as a typed outcome, not an
 * exception: the API refuses it (400), the page shows the first page instead.
 */
import type { ReviewSummary } from '../rules/summary.ts';
import {
  getReviewSummary,
  InvalidCursorError,
  listApprovedReviews,
  type PublicReview,
  type ReviewSort,
} from '../queries/reviews.ts';

export interface ReviewPageQuery {
  sort: ReviewSort;
  limit: number;
  /** `nextCursor` of the previous page; absent for the first page. */
  cursor?: string | undefined;
}

export type ReviewPageOutcome =
  /** The summary and one page of approved reviews. */
  | { kind: 'page'; summary: ReviewSummary; page: { reviews: PublicReview[]; nextCursor: string | null } }
  /** The cursor is out of date, tampered with or made for the other sort; `message` says so to a person. */
  | { kind: 'bad-cursor'; status: 400; field: 'cursor'; message: string };

/** The rating summary and one page of a site's approved reviews, or a bad cursor. */
export async function listReviewPage(
  db: D1Database,
  siteSlug: string,
  query: ReviewPageQuery,
): Promise<ReviewPageOutcome> {
  try {
    const [summary, page] = await Promise.all([
      getReviewSummary(db, siteSlug),
      listApprovedReviews(db, siteSlug, query),
    ]);
    return { kind: 'page', summary, page };
  } catch (error) {
    if (error instanceof InvalidCursorError)
      return { kind: 'bad-cursor', status: 400, field: 'cursor', message: error.message };
    throw error;
  }
}
