/**
 * Queries on the `reviews` table. Every function takes the D1 database first,
 * uses numbered parameters only, and returns rows through {@link toReview},
 * the one place snake_case columns become camelCase fields.
 */
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { summarise, type ReviewSummary } from '../rules/summary.ts';
import { decodeCursor, encodeCursor, type ReviewSort } from './cursor.ts';

export { InvalidCursorError, type ReviewSort } from './cursor.ts';

export type ReviewStatus = 'pending' | 'approved' | 'rejected';

/** A stored review, without the client and content hashes (they never leave the database). */
export interface Review {
  id: string;
  siteSlug: string;
  rating: number;
  title: string;
  body: string;
  author: string;
  usedFor: Purpose | null;
  status: ReviewStatus;
  /** ISO 8601 UTC timestamp of the submission. */
  createdAt: string;
  helpful: number;
  reports: number;
}

/** What the public sees of an approved review. */
export type PublicReview = Pick<
  Review,
  'id' | 'rating' | 'title' | 'body' | 'author' | 'usedFor' | 'createdAt' | 'helpful'
>;

/** A review about to be stored; it always starts pending, with no votes. */
export interface NewReview extends Omit<Review, 'status' | 'helpful' | 'reports'> {
  clientHash: string;
  contentHash: string;
}

export interface ReviewRow {
  id: string;
  site_slug: string;
  rating: number;
  title: string;
  body: string;
  author: string;
  used_for: string | null;
  status: string;
  created_at: string;
  helpful_count: number;
  report_count: number;
}

export const REVIEW_COLUMNS =
  'id, site_slug, rating, title, body, author, used_for, status, created_at, helpful_count, report_count';

/** The one row → object mapper. */
export function toReview(row: ReviewRow): Review {
  return {
    id: row.id,
    siteSlug: row.site_slug,
    rating: row.rating,
    title: row.title,
    body: row.body,
    author: row.author,
    usedFor: row.used_for as Purpose | null,
    status: row.status as ReviewStatus,
    createdAt: row.created_at,
    helpful: row.helpful_count,
    reports: row.report_count,
  };
}

/** The public projection of a review. */
export function toPublicReview(review: Review): PublicReview {
  const { id, rating, title, body, author, usedFor, createdAt, helpful } = review;
  return { id, rating, title, body, author, usedFor, createdAt, helpful };
}

/**
 * The statement that stores a pending review unless one with the same
 * content hash was sent for the same site after `duplicateSince` — and, with
 * `afterHit`, only if that rate-limit hit was recorded earlier in the same
 * batch (src/server/rate-limits.ts), so limiter and insert commit together.
 * One statement, so concurrent identical submissions store exactly one. It
 * returns the id when the review was stored.
 */
export function insertReviewStatement(
  db: D1Database,
  review: NewReview,
  duplicateSince: string,
  options: { afterHit?: string } = {},
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO reviews (id, site_slug, rating, title, body, author, used_for, status, created_at, client_hash, content_hash)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', ?8, ?9, ?10
       WHERE NOT EXISTS (SELECT 1 FROM reviews WHERE site_slug = ?2 AND content_hash = ?10 AND created_at > ?11)
         AND (?12 IS NULL OR EXISTS (SELECT 1 FROM rate_limit_hits WHERE id = ?12))
       RETURNING id`,
    )
    .bind(
      review.id,
      review.siteSlug,
      review.rating,
      review.title,
      review.body,
      review.author,
      review.usedFor,
      review.createdAt,
      review.clientHash,
      review.contentHash,
      duplicateSince,
      options.afterHit ?? null,
    );
}

/** Stores a pending review unless it is a duplicate (see {@link insertReviewStatement}); returns whether it was stored. */
export async function insertReviewUnlessDuplicate(
  db: D1Database,
  review: NewReview,
  duplicateSince: string,
): Promise<boolean> {
  return (await insertReviewStatement(db, review, duplicateSince).first<{ id: string }>()) !== null;
}

/** One review by id, whatever its status; null when there is none. */
export async function getReview(db: D1Database, id: string): Promise<Review | null> {
  const row = await db.prepare(`SELECT ${REVIEW_COLUMNS} FROM reviews WHERE id = ?1`).bind(id).first<ReviewRow>();
  return row ? toReview(row) : null;
}

/** Count, average and distribution of a site's approved reviews. */
export async function getReviewSummary(db: D1Database, siteSlug: string): Promise<ReviewSummary> {
  const { results } = await db
    .prepare(
      `SELECT rating, count(*) AS count FROM reviews WHERE site_slug = ?1 AND status = 'approved' GROUP BY rating`,
    )
    .bind(siteSlug)
    .all<{ rating: number; count: number }>();
  return summarise(results);
}

/**
 * Pages of approved reviews: one constant statement per sort and position
 * (first page, or after a cursor), so no SQL is assembled at run time.
 * Keyset pagination on (sort key, created_at, id) stays stable as reviews arrive.
 */
const APPROVED_PAGE_SQL = {
  helpful: {
    first: `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE site_slug = ?1 AND status = 'approved'
            ORDER BY helpful_count DESC, created_at DESC, id DESC LIMIT ?2`,
    after: `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE site_slug = ?1 AND status = 'approved' AND (helpful_count, created_at, id) < (?3, ?4, ?5)
            ORDER BY helpful_count DESC, created_at DESC, id DESC LIMIT ?2`,
  },
  recent: {
    first: `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE site_slug = ?1 AND status = 'approved'
            ORDER BY created_at DESC, id DESC LIMIT ?2`,
    after: `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE site_slug = ?1 AND status = 'approved' AND (created_at, id) < (?3, ?4)
            ORDER BY created_at DESC, id DESC LIMIT ?2`,
  },
} as const;

/**
 * One page of a site's approved reviews, newest or most helpful first.
 * Keyset pagination: the cursor holds the last review's sort key, so reviews
 * that arrive meanwhile never shift a later page (no repeats, no gaps).
 */
export async function listApprovedReviews(
  db: D1Database,
  siteSlug: string,
  options: { sort: ReviewSort; limit: number; cursor?: string | undefined },
): Promise<{ reviews: PublicReview[]; nextCursor: string | null }> {
  const { sort, limit } = options;
  const after = options.cursor ? decodeCursor(options.cursor, sort) : null;
  const sql = APPROVED_PAGE_SQL[sort][after ? 'after' : 'first'];
  const params: (string | number)[] = [siteSlug, limit + 1];
  if (after)
    params.push(
      ...(sort === 'helpful' ? [after.helpful ?? 0, after.createdAt, after.id] : [after.createdAt, after.id]),
    );
  const { results } = await db
    .prepare(sql)
    .bind(...params)
    .all<ReviewRow>();
  const page = results.slice(0, limit).map(toReview);
  const last = page.at(-1);
  return {
    reviews: page.map(toPublicReview),
    nextCursor: results.length > limit && last ? encodeCursor(sort, last) : null,
  };
}

/** Moderation queues: pending oldest first (first come, first served), the others newest first. */
const BY_STATUS_SQL = {
  oldestFirst: `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE status = ?1 ORDER BY created_at ASC, id ASC LIMIT ?2`,
  newestFirst: `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE status = ?1 ORDER BY created_at DESC, id DESC LIMIT ?2`,
} as const;

/** Reviews with a status for moderators: the pending queue oldest first, others newest first. */
export async function listReviewsByStatus(db: D1Database, status: ReviewStatus, limit: number): Promise<Review[]> {
  const { results } = await db
    .prepare(BY_STATUS_SQL[status === 'pending' ? 'oldestFirst' : 'newestFirst'])
    .bind(status, limit)
    .all<ReviewRow>();
  return results.map(toReview);
}

/**
 * A moderator's decision. Approving (or keeping a reported review published)
 * clears the reports: they have been dealt with, and it leaves the reported
 * part of the queue until someone reports it again.
 * Returns the updated review, or null when the id is unknown.
 */
export async function moderateReview(
  db: D1Database,
  id: string,
  status: 'approved' | 'rejected',
): Promise<Review | null> {
  const update = db
    .prepare(
      `UPDATE reviews SET status = ?2, report_count = CASE WHEN ?2 = 'approved' THEN 0 ELSE report_count END WHERE id = ?1 RETURNING ${REVIEW_COLUMNS}`,
    )
    .bind(id, status);
  const statements =
    status === 'approved'
      ? [db.prepare(`DELETE FROM votes WHERE review_id = ?1 AND kind = 'report'`).bind(id), update]
      : [update];
  const results = await db.batch<ReviewRow>(statements);
  const row = results.at(-1)?.results[0];
  return row ? toReview(row) : null;
}
