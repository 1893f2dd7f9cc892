/**
 * Helpful votes and reports on approved reviews: one of each per client per
 * review (the `votes` primary key), with the counts on `reviews` recomputed
 * from the votes in the same transaction so they can never drift.
 */

/** Reports from different clients that send an approved review back to moderation. */
export const REPORTS_TO_UNPUBLISH = 3;

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
 * Records a report on an approved review (once per client); the
 * {@link REPORTS_TO_UNPUBLISH}th report of the same UTC day sends it back to
 * pending. Only same-day reports count towards that: client hashes rotate
 * daily, so hashes from different days may be one person reporting daily,
 * while on one day distinct hashes are distinct clients. Every report still
 * counts in `report_count` for moderators. A review that is already pending or
 * rejected is left alone. Returns false only when no review has that id.
 */
export async function reportReview(db: D1Database, reviewId: string, clientHash: string, now: Date): Promise<boolean> {
  const [, counted] = await db.batch<{ status: string }>([
    db
      .prepare(
        `INSERT OR IGNORE INTO votes (review_id, client_hash, kind, created_at)
         SELECT ?1, ?2, 'report', ?3 WHERE EXISTS (SELECT 1 FROM reviews WHERE id = ?1 AND status = 'approved')`,
      )
      .bind(reviewId, clientHash, now.toISOString()),
    db
      .prepare(
        `UPDATE reviews SET
           report_count = (SELECT count(*) FROM votes WHERE review_id = ?1 AND kind = 'report'),
           status = CASE WHEN (SELECT count(*) FROM votes WHERE review_id = ?1 AND kind = 'report' AND substr(created_at, 1, 10) = ?3) >= ?2
                         THEN 'pending' ELSE status END
         WHERE id = ?1 AND status = 'approved' RETURNING status`,
      )
      .bind(reviewId, REPORTS_TO_UNPUBLISH, now.toISOString().slice(0, 10)),
  ]);
  if (counted?.results[0]) return true;
  return (await db.prepare('SELECT 1 AS found FROM reviews WHERE id = ?1').bind(reviewId).first()) !== null;
}
