/**
 * The D1-backed rate limiter, the authority on "at most N actions per client
 * in a window". A sliding-window log: each allowed action is a row in
 * `rate_limit_hits`, and an action is allowed only while fewer than `limit`
 * rows of its bucket lie inside the window. The check and the insert are one
 * statement, so concurrent requests cannot both take the last slot. The clock
 * is a parameter, which makes it deterministic in tests.
 */

/** The longest window a limiter may use; hits older than this are purged whatever their bucket. */
export const MAX_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface RateLimitRule {
  /** Who and what is limited, e.g. `review:<client hash>`. */
  bucket: string;
  /** Actions allowed within the window. */
  limit: number;
  /** Length of the sliding window, at most {@link MAX_WINDOW_MS}. */
  windowMs: number;
}

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * The two statements that record action `hitId` if its bucket has room: run
 * them in a `db.batch()`, where later statements can depend on the hit
 * (`EXISTS (SELECT 1 FROM rate_limit_hits WHERE id = …)`) in the same
 * transaction. The second statement returns a row only when the action was
 * allowed; see {@link wasAllowed}.
 */
export function rateLimitStatements(
  db: D1Database,
  { bucket, limit, windowMs }: RateLimitRule,
  now: Date,
  hitId: string,
): [D1PreparedStatement, D1PreparedStatement] {
  if (windowMs > MAX_WINDOW_MS) throw new RangeError(`A rate-limit window can be at most ${MAX_WINDOW_MS} ms`);
  const at = now.getTime();
  const windowStart = at - windowMs;
  return [
    // Forget hits that can no longer count: this bucket's beyond its window,
    // and anyone's beyond the longest window (clients who never came back).
    db
      .prepare('DELETE FROM rate_limit_hits WHERE (bucket = ?1 AND at <= ?2) OR at <= ?3')
      .bind(bucket, windowStart, at - MAX_WINDOW_MS),
    db
      .prepare(
        `INSERT INTO rate_limit_hits (id, bucket, at)
         SELECT ?1, ?2, ?3 WHERE (SELECT count(*) FROM rate_limit_hits WHERE bucket = ?2 AND at > ?4) < ?5
         RETURNING id`,
      )
      .bind(hitId, bucket, at, windowStart, limit),
  ];
}

/** Whether the insert of {@link rateLimitStatements} recorded the hit, from its batch result. */
export function wasAllowed(insertResult: D1Result | undefined): boolean {
  return (insertResult?.results.length ?? 0) > 0;
}

/** Seconds until the (full) bucket has room again: when its oldest hit leaves the window. */
export async function retryAfterSeconds(
  db: D1Database,
  { bucket, windowMs }: RateLimitRule,
  now: Date,
): Promise<number> {
  const at = now.getTime();
  const oldest = await db
    .prepare('SELECT min(at) AS at FROM rate_limit_hits WHERE bucket = ?1 AND at > ?2')
    .bind(bucket, at - windowMs)
    .first<{ at: number | null }>();
  return Math.max(1, Math.ceil(((oldest?.at ?? at) + windowMs - at) / 1000));
}

/** Counts one action if the bucket has room; otherwise says when it will. */
export async function hitRateLimit(db: D1Database, rule: RateLimitRule, now: Date): Promise<RateLimitDecision> {
  const [, inserted] = await db.batch(rateLimitStatements(db, rule, now, crypto.randomUUID()));
  if (wasAllowed(inserted)) return { allowed: true };
  return { allowed: false, retryAfterSeconds: await retryAfterSeconds(db, rule, now) };
}
