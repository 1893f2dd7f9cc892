-- Reviews of catalogue sites and votes on them. Text is stored verbatim and
-- escaped when rendered; client identity is only ever a daily-salted hash.
CREATE TABLE reviews (
  id TEXT PRIMARY KEY,
  site_slug TEXT NOT NULL,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  author TEXT NOT NULL,
  used_for TEXT,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  created_at TEXT NOT NULL,
  helpful_count INTEGER NOT NULL DEFAULT 0,
  report_count INTEGER NOT NULL DEFAULT 0,
  client_hash TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
CREATE INDEX reviews_site_status_created ON reviews (site_slug, status, created_at DESC, id DESC);
CREATE INDEX reviews_site_status_helpful ON reviews (site_slug, status, helpful_count DESC, created_at DESC, id DESC);
CREATE INDEX reviews_status_created ON reviews (status, created_at);
CREATE INDEX reviews_content ON reviews (site_slug, content_hash, created_at);

CREATE TABLE votes (
  review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  client_hash TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('helpful', 'report')),
  created_at TEXT NOT NULL,
  PRIMARY KEY (review_id, client_hash, kind)
);

-- Fixed-window counters for the first limiter design; 0002 replaces this table
-- (kept because migrations, once applied anywhere, are never edited).
CREATE TABLE rate_limits (
  bucket TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  window_start INTEGER NOT NULL
);
