-- Local seed data: a few approved reviews so the review pages have something
-- to show. Idempotent (INSERT OR IGNORE on fixed ids); never run in production.
INSERT OR IGNORE INTO reviews (id, site_slug, rating, title, body, author, used_for, status, created_at, helpful_count, report_count, client_hash, content_hash)
VALUES
  ('seed-linkedin-1', 'linkedin', 4, 'Good for being found by recruiters', 'Kept my profile current and answered messages; two interviews came from recruiters in a year. The feed itself is mostly noise.', 'Sample reviewer (seed data)', 'hiring', 'approved', '2026-10-01T09:00:00.000Z', 3, 0, 'seed', 'seed-linkedin-1'),
  ('seed-linkedin-2', 'linkedin', 3, 'Useful contacts, tiring feed', 'Reconnecting with former colleagues worked well. Posting to grow a following took hours a week for little return.', 'Sample reviewer (seed data)', 'contacts', 'approved', '2026-10-15T09:00:00.000Z', 1, 0, 'seed', 'seed-linkedin-2'),
  ('seed-bni-1', 'bni', 4, 'Referrals came, but it is a commitment', 'Weekly breakfast meetings for a year brought a steady trickle of referrals. Missing meetings is not really an option.', 'Sample reviewer (seed data)', 'referrals', 'approved', '2026-09-20T09:00:00.000Z', 2, 0, 'seed', 'seed-bni-1'),
  ('seed-meetup-1', 'meetup', 5, 'Found a local founders group', 'Joined a monthly founders meetup in my city; met two people I now swap ideas with every month.', 'Sample reviewer (seed data)', 'local', 'approved', '2026-11-02T09:00:00.000Z', 0, 0, 'seed', 'seed-meetup-1');
-- The helpful counts above, as the votes they stand for (counts are recomputed
-- from votes whenever someone votes).
INSERT OR IGNORE INTO votes (review_id, client_hash, kind, created_at)
VALUES
  ('seed-linkedin-1', 'seed-voter-1', 'helpful', '2026-10-02T09:00:00.000Z'),
  ('seed-linkedin-1', 'seed-voter-2', 'helpful', '2026-10-03T09:00:00.000Z'),
  ('seed-linkedin-1', 'seed-voter-3', 'helpful', '2026-10-04T09:00:00.000Z'),
  ('seed-linkedin-2', 'seed-voter-1', 'helpful', '2026-10-16T09:00:00.000Z'),
  ('seed-bni-1', 'seed-voter-1', 'helpful', '2026-09-21T09:00:00.000Z'),
  ('seed-bni-1', 'seed-voter-2', 'helpful', '2026-09-22T09:00:00.000Z');
