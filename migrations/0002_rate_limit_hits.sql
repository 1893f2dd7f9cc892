-- The D1-backed rate limiter is a sliding-window log, not fixed-window
-- counters: one row per allowed action, kept only as long as the longest
-- window (functions/db/rate-limits.ts). A review submission's hit has the
-- review's id, so the hit and the review commit in one batch.
DROP TABLE IF EXISTS rate_limits;

CREATE TABLE rate_limit_hits (
  id TEXT PRIMARY KEY,
  bucket TEXT NOT NULL,
  at INTEGER NOT NULL -- milliseconds since the epoch
);
CREATE INDEX rate_limit_hits_bucket_at ON rate_limit_hits (bucket, at);
CREATE INDEX rate_limit_hits_at ON rate_limit_hits (at);
