import { REVIEW_COLUMNS, toReview, type Review, type ReviewRow } from './reviews.ts';

/**
 * Helpful votes and reports on approved reviews: one of each per client per
 * review (the `votes` primary key), with the counts on `reviews` recomputed
 * from the votes in the same transaction so they can never drift.
 */

/**
 * Records a helpful vote on an approved review; a repeat from the same client
 * changes nothing. Returns the review's helpful count, or null when there is
 * no approved review with that id.
 */
export async function voteHelpful(
  db: D1Database,
  reviewId: string,
  clientHash: string,
  now: Date,
): Promise<number | null> {
  const [, counted] = await db.batch<{ helpful_count: number }>([
    db
      .prepare(
        `INSERT OR IGNORE INTO votes (review_id, client_hash, kind, created_at)
         SELECT ?1, ?2, 'helpful', ?3 WHERE EXISTS (SELECT 1 FROM reviews WHERE id = ?1 AND status = 'approved')`,
      )
      .bind(reviewId, clientHash, now.toISOString()),
    db
      .prepare(
        `UPDATE reviews SET helpful_count = (SELECT count(*) FROM votes WHERE review_id = ?1 AND kind = 'helpful')
         WHERE id = ?1 AND status = 'approved' RETURNING helpful_count`,
      )
      .bind(reviewId),
  ]);
  return counted?.results[0]?.helpful_count ?? null;
}

/**
 * Records a report on an approved review (once per client, with its optional
 * reason). Reports never change a review's status: they raise it in the
 * moderation queue ({@link listReportedReviews}) with their count and reasons,
 * and a moderator decides. Every report counts in `report_count` until a
 * moderator keeps the review published. A review that is pending or rejected
 * is left alone. Returns false only when no review has that id.
 */
export async function reportReview(
  db: D1Database,
  reviewId: string,
  clientHash: string,
  now: Date,
  reason: string | null = null,
): Promise<boolean> {
  const [, counted] = await db.batch<{ status: string }>([
    db
      .prepare(
        `INSERT OR IGNORE INTO votes (review_id, client_hash, kind, created_at, reason)
         SELECT ?1, ?2, 'report', ?3, ?4 WHERE EXISTS (SELECT 1 FROM reviews WHERE id = ?1 AND status = 'approved')`,
      )
      .bind(reviewId, clientHash, now.toISOString(), reason),
    db
      .prepare(
        `UPDATE reviews SET report_count = (SELECT count(*) FROM votes WHERE review_id = ?1 AND kind = 'report')
         WHERE id = ?1 AND status = 'approved' RETURNING status`,
      )
      .bind(reviewId),
  ]);
  if (counted?.results[0]) return true;
  return (await db.prepare('SELECT 1 AS found FROM reviews WHERE id = ?1').bind(reviewId).first()) !== null;
}

/** A published review that visitors reported, with the reasons they gave. */
export interface ReportedReview extends Review {
  reportReasons: string[];
}

const REPORTED_SQL = `SELECT ${REVIEW_COLUMNS},
   (SELECT json_group_array(reason) FROM (SELECT reason FROM votes
      WHERE review_id = reviews.id AND kind = 'report' AND reason IS NOT NULL ORDER BY created_at)) AS reasons
 FROM reviews WHERE status = 'approved' AND report_count > 0
 ORDER BY report_count DESC, created_at ASC, id ASC LIMIT ?1`;

/** Published reviews with reports, most reported first: the top of the moderation queue. */
export async function listReportedReviews(db: D1Database, limit: number): Promise<ReportedReview[]> {
  const { results } = await db.prepare(REPORTED_SQL).bind(limit).all<ReviewRow & { reasons: string | null }>();
  return results.map((row) => ({
    ...toReview(row),
    reportReasons: row.reasons ? (JSON.parse(row.reasons) as string[]) : [],
  }));
}
