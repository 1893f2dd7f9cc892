-- Client identity that cannot be reversed: the client hash is now
-- HMAC(salt of the day, CLIENT_HASH_KEY + network) with a random salt per UTC
-- day stored here. A day's salt is deleted once the day is over (no duplicate
-- or rate window reaches back further), so from then on even the database plus
-- the key cannot tell which address made a stored hash (src/server/client-id.ts).
CREATE TABLE client_salts (
  day TEXT PRIMARY KEY, -- YYYY-MM-DD (UTC)
  salt TEXT NOT NULL    -- 32 random bytes, base64url
);

-- Reports carry an optional reason for the moderator; reports no longer
-- unpublish a review by themselves (src/features/reviews/queries/votes.ts).
ALTER TABLE votes ADD COLUMN reason TEXT;
CREATE INDEX reviews_reported ON reviews (status, report_count);
