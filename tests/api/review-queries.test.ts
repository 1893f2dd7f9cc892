/**
 * The review query functions against real local D1 with the migrations
 * applied, separately from the routes: duplicates, pagination, summaries,
 * moderation, votes, reports and the rate limiter (with a fixed clock).
 */
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { decodeCursor, encodeCursor } from '#src/features/reviews/queries/cursor.ts';
import {
  InvalidCursorError,
  getReview,
  getReviewSummary,
  insertReviewStatement,
  insertReviewUnlessDuplicate,
  listApprovedReviews,
  listReviewsByStatus,
  moderateReview,
  toReview,
  type NewReview,
} from '#src/features/reviews/queries/reviews.ts';
import { listReportedReviews, reportReview, voteHelpful } from '#src/features/reviews/queries/votes.ts';
import { hitRateLimit, rateLimitStatements, wasAllowed } from '#src/server/rate-limits.ts';

const db = env.DB;
const DAY = 24 * 60 * 60 * 1000;
const uid = () => crypto.randomUUID();
/** A slug of its own per test, so tests never see each other's rows. */
const freshSlug = () => `test-${uid().slice(0, 8)}`;

function newReview(overrides: Partial<NewReview> = {}): NewReview {
  const id = uid();
  return {
    id,
    siteSlug: 'linkedin',
    rating: 4,
    title: 'A fair title',
    body: 'Twenty or more characters of body text.',
    author: 'Tester',
    usedFor: 'contacts',
    createdAt: '2026-11-01T10:00:00.000Z',
    clientHash: 'client-a',
    contentHash: `hash-${id}`,
    ...overrides,
  };
}

async function approved(overrides: Partial<NewReview> = {}): Promise<NewReview> {
  const review = newReview(overrides);
  expect(await insertReviewUnlessDuplicate(db, review, '2000-01-01T00:00:00.000Z')).toBe(true);
  expect(await moderateReview(db, review.id, 'approved')).not.toBeNull();
  return review;
}

describe('toReview', () => {
  it('maps every snake_case column to its camelCase field', () => {
    expect(
      toReview({
        id: 'r1',
        site_slug: 'bni',
        rating: 5,
        title: 't',
        body: 'b',
        author: 'a',
        used_for: null,
        status: 'approved',
        created_at: '2026-01-01T00:00:00.000Z',
        helpful_count: 2,
        report_count: 1,
      }),
    ).toEqual({
      id: 'r1',
      siteSlug: 'bni',
      rating: 5,
      title: 't',
      body: 'b',
      author: 'a',
      usedFor: null,
      status: 'approved',
      createdAt: '2026-01-01T00:00:00.000Z',
      helpful: 2,
      reports: 1,
    });
  });
});

describe('insertReviewUnlessDuplicate', () => {
  it('stores a new review as pending, text verbatim', async () => {
    const review = newReview({
      siteSlug: freshSlug(),
      title: '<script>alert("x")</script>',
      body: '<img src=x onerror=alert(1)> & "quotes" \'too\'',
    });
    expect(await insertReviewUnlessDuplicate(db, review, '2000-01-01T00:00:00.000Z')).toBe(true);
    const stored = await getReview(db, review.id);
    expect(stored).toMatchObject({ status: 'pending', title: review.title, body: review.body, helpful: 0, reports: 0 });
  });

  it('refuses the same content hash for the same site within the window, but not for another site or after it', async () => {
    const slug = freshSlug();
    const first = newReview({ siteSlug: slug, contentHash: 'same', createdAt: '2026-11-01T10:00:00.000Z' });
    expect(await insertReviewUnlessDuplicate(db, first, '2026-10-31T10:00:00.000Z')).toBe(true);
    const again = newReview({ siteSlug: slug, contentHash: 'same', createdAt: '2026-11-01T12:00:00.000Z' });
    expect(await insertReviewUnlessDuplicate(db, again, '2026-10-31T12:00:00.000Z')).toBe(false);
    expect(await getReview(db, again.id)).toBeNull();
    const otherSite = newReview({ siteSlug: freshSlug(), contentHash: 'same' });
    expect(await insertReviewUnlessDuplicate(db, otherSite, '2026-10-31T12:00:00.000Z')).toBe(true);
    const nextDay = newReview({ siteSlug: slug, contentHash: 'same', createdAt: '2026-11-02T10:00:01.000Z' });
    expect(await insertReviewUnlessDuplicate(db, nextDay, '2026-11-01T10:00:01.000Z')).toBe(true);
  });

  it('stores exactly one of 50 concurrent identical submissions', async () => {
    const slug = freshSlug();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        insertReviewUnlessDuplicate(
          db,
          newReview({ siteSlug: slug, contentHash: 'racing' }),
          '2000-01-01T00:00:00.000Z',
        ),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const { n } = (await db
      .prepare('SELECT count(*) AS n FROM reviews WHERE site_slug = ?1')
      .bind(slug)
      .first<{ n: number }>())!;
    expect(n).toBe(1);
  });
});

describe('insertReviewStatement after a rate-limit hit, in one batch', () => {
  const rule = (bucket: string) => ({ bucket, limit: 1, windowMs: 60_000 });
  const now = new Date('2026-11-05T10:00:00.000Z');

  it('stores the review only when the hit was recorded in the same batch', async () => {
    const bucket = `t:${uid()}`;
    const first = newReview({ siteSlug: freshSlug() });
    const [, hit1, stored1] = await db.batch([
      ...rateLimitStatements(db, rule(bucket), now, first.id),
      insertReviewStatement(db, first, '2000-01-01T00:00:00.000Z', { afterHit: first.id }),
    ]);
    expect(wasAllowed(hit1)).toBe(true);
    expect(stored1?.results).toEqual([{ id: first.id }]);
    const second = newReview({ siteSlug: freshSlug() });
    const [, hit2, stored2] = await db.batch([
      ...rateLimitStatements(db, rule(bucket), now, second.id),
      insertReviewStatement(db, second, '2000-01-01T00:00:00.000Z', { afterHit: second.id }),
    ]);
    expect(wasAllowed(hit2)).toBe(false);
    expect(stored2?.results).toEqual([]);
    expect(await getReview(db, second.id)).toBeNull();
  });

  it('counts a duplicate attempt against the limit even though nothing is stored', async () => {
    const bucket = `t:${uid()}`;
    const slug = freshSlug();
    await insertReviewUnlessDuplicate(
      db,
      newReview({ siteSlug: slug, contentHash: 'dup' }),
      '2000-01-01T00:00:00.000Z',
    );
    const again = newReview({ siteSlug: slug, contentHash: 'dup' });
    const [, hit, stored] = await db.batch([
      ...rateLimitStatements(db, { ...rule(bucket), limit: 5 }, now, again.id),
      insertReviewStatement(db, again, '2000-01-01T00:00:00.000Z', { afterHit: again.id }),
    ]);
    expect(wasAllowed(hit)).toBe(true);
    expect(stored?.results).toEqual([]);
  });
});

describe('listApprovedReviews and getReviewSummary', () => {
  it('never returns pending or rejected reviews, nor counts them in the summary', async () => {
    const slug = freshSlug();
    const shown = await approved({ siteSlug: slug, rating: 5 });
    const pending = newReview({ siteSlug: slug, rating: 1 });
    await insertReviewUnlessDuplicate(db, pending, '2000-01-01T00:00:00.000Z');
    const rejected = newReview({ siteSlug: slug, rating: 1 });
    await insertReviewUnlessDuplicate(db, rejected, '2000-01-01T00:00:00.000Z');
    await moderateReview(db, rejected.id, 'rejected');
    const page = await listApprovedReviews(db, slug, { sort: 'recent', limit: 10 });
    expect(page.reviews.map((r) => r.id)).toEqual([shown.id]);
    expect(await getReviewSummary(db, slug)).toEqual({
      count: 1,
      average: 5,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 1 },
    });
  });

  it('summarises count, average and distribution', async () => {
    const slug = freshSlug();
    for (const rating of [5, 5, 4, 2]) await approved({ siteSlug: slug, rating });
    expect(await getReviewSummary(db, slug)).toEqual({
      count: 4,
      average: 4,
      distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 2 },
    });
    expect(await getReviewSummary(db, freshSlug())).toEqual({
      count: 0,
      average: null,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
    });
  });

  it('pages newest first with a cursor that stays stable while new reviews arrive', async () => {
    const slug = freshSlug();
    const made: NewReview[] = [];
    for (let i = 0; i < 7; i++)
      made.push(await approved({ siteSlug: slug, createdAt: `2026-11-0${i + 1}T10:00:00.000Z` }));
    const first = await listApprovedReviews(db, slug, { sort: 'recent', limit: 3 });
    expect(first.reviews.map((r) => r.id)).toEqual([made[6]!.id, made[5]!.id, made[4]!.id]);
    expect(first.nextCursor).toEqual(expect.any(String));
    // A new review arrives between page 1 and page 2.
    await approved({ siteSlug: slug, createdAt: '2026-11-20T10:00:00.000Z' });
    const second = await listApprovedReviews(db, slug, { sort: 'recent', limit: 3, cursor: first.nextCursor! });
    expect(second.reviews.map((r) => r.id)).toEqual([made[3]!.id, made[2]!.id, made[1]!.id]);
    const third = await listApprovedReviews(db, slug, { sort: 'recent', limit: 3, cursor: second.nextCursor! });
    expect(third.reviews.map((r) => r.id)).toEqual([made[0]!.id]);
    expect(third.nextCursor).toBeNull();
  });

  it('breaks ties in time by id, so reviews with the same timestamp are neither repeated nor skipped', async () => {
    const slug = freshSlug();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await approved({ siteSlug: slug, createdAt: '2026-11-01T10:00:00.000Z' })).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listApprovedReviews(db, slug, { sort: 'recent', limit: 2, cursor });
      seen.push(...page.reviews.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(ids);
  });

  it('sorts by helpful votes, then newest, and pages through them', async () => {
    const slug = freshSlug();
    const a = await approved({ siteSlug: slug, createdAt: '2026-11-01T10:00:00.000Z' });
    const b = await approved({ siteSlug: slug, createdAt: '2026-11-02T10:00:00.000Z' });
    const c = await approved({ siteSlug: slug, createdAt: '2026-11-03T10:00:00.000Z' });
    for (const client of ['x', 'y']) await voteHelpful(db, a.id, client, new Date());
    await voteHelpful(db, b.id, 'x', new Date());
    const first = await listApprovedReviews(db, slug, { sort: 'helpful', limit: 2 });
    expect(first.reviews.map((r) => [r.id, r.helpful])).toEqual([
      [a.id, 2],
      [b.id, 1],
    ]);
    const second = await listApprovedReviews(db, slug, { sort: 'helpful', limit: 2, cursor: first.nextCursor! });
    expect(second.reviews.map((r) => r.id)).toEqual([c.id]);
  });

  it('refuses a cursor that was tampered with or made for the other sort', async () => {
    const cursor = encodeCursor('recent', { createdAt: '2026-11-01T10:00:00.000Z', id: 'x', helpful: 0 });
    expect(decodeCursor(cursor, 'recent')).toEqual({ sort: 'recent', createdAt: '2026-11-01T10:00:00.000Z', id: 'x' });
    await expect(listApprovedReviews(db, 'linkedin', { sort: 'helpful', limit: 5, cursor })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    await expect(
      listApprovedReviews(db, 'linkedin', { sort: 'recent', limit: 5, cursor: 'not-a-cursor' }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    expect(() => decodeCursor(btoa('["recent",1,2]'), 'recent')).toThrow(InvalidCursorError);
  });
});

describe('moderateReview and listReviewsByStatus', () => {
  it('lists the pending queue oldest first and moves reviews out of it', async () => {
    const older = newReview({ siteSlug: freshSlug(), createdAt: '2001-01-01T00:00:00.000Z' });
    const newer = newReview({ siteSlug: freshSlug(), createdAt: '2001-01-02T00:00:00.000Z' });
    for (const r of [newer, older]) await insertReviewUnlessDuplicate(db, r, '2000-01-01T00:00:00.000Z');
    const queue = (await listReviewsByStatus(db, 'pending', 1000)).map((r) => r.id);
    expect(queue.indexOf(older.id)).toBeLessThan(queue.indexOf(newer.id));
    expect((await moderateReview(db, older.id, 'approved'))?.status).toBe('approved');
    expect((await moderateReview(db, newer.id, 'rejected'))?.status).toBe('rejected');
    const after = (await listReviewsByStatus(db, 'pending', 1000)).map((r) => r.id);
    expect(after).not.toContain(older.id);
    expect(after).not.toContain(newer.id);
    expect((await listReviewsByStatus(db, 'rejected', 1000)).map((r) => r.id)).toContain(newer.id);
  });

  it('returns null for an unknown id', async () => {
    expect(await moderateReview(db, 'no-such-review', 'approved')).toBeNull();
  });
});

describe('voteHelpful', () => {
  it('counts one vote per client and returns the same count on a repeat', async () => {
    const review = await approved({ siteSlug: freshSlug() });
    expect(await voteHelpful(db, review.id, 'client-1', new Date())).toBe(1);
    expect(await voteHelpful(db, review.id, 'client-1', new Date())).toBe(1);
    expect(await voteHelpful(db, review.id, 'client-2', new Date())).toBe(2);
    expect((await getReview(db, review.id))?.helpful).toBe(2);
  });

  it('refuses votes on pending reviews and unknown ids', async () => {
    const pending = newReview({ siteSlug: freshSlug() });
    await insertReviewUnlessDuplicate(db, pending, '2000-01-01T00:00:00.000Z');
    expect(await voteHelpful(db, pending.id, 'client-1', new Date())).toBeNull();
    expect(await voteHelpful(db, 'no-such-review', 'client-1', new Date())).toBeNull();
    expect((await getReview(db, pending.id))?.helpful).toBe(0);
  });

  it('counts every one of 30 concurrent votes from different clients', async () => {
    const review = await approved({ siteSlug: freshSlug() });
    await Promise.all(Array.from({ length: 30 }, (_, i) => voteHelpful(db, review.id, `c${i}`, new Date())));
    expect((await getReview(db, review.id))?.helpful).toBe(30);
  });
});

describe('reportReview', () => {
  it('never unpublishes a review by itself, however many clients report it: it raises it for the moderator', async () => {
    const review = await approved({ siteSlug: freshSlug() });
    for (const c of ['r1', 'r2', 'r3', 'r4', 'r5'])
      expect(await reportReview(db, review.id, c, new Date(), `spam ${c}`)).toBe(true);
    expect(await getReview(db, review.id)).toMatchObject({ status: 'approved', reports: 5 });
    const reported = await listReportedReviews(db, 200);
    const mine = reported.find((r) => r.id === review.id);
    expect(mine).toMatchObject({ status: 'approved', reports: 5 });
    expect([...mine!.reportReasons].sort()).toEqual(['spam r1', 'spam r2', 'spam r3', 'spam r4', 'spam r5']);
  });

  it('lists reported reviews most-reported first', async () => {
    const once = await approved({ siteSlug: freshSlug() });
    const twice = await approved({ siteSlug: freshSlug() });
    await reportReview(db, once.id, 'a', new Date());
    await reportReview(db, twice.id, 'a', new Date());
    await reportReview(db, twice.id, 'b', new Date());
    const ids = (await listReportedReviews(db, 200)).map((r) => r.id);
    expect(ids.indexOf(twice.id)).toBeLessThan(ids.indexOf(once.id));
    expect(ids.indexOf(once.id)).toBeGreaterThanOrEqual(0);
  });

  it('counts repeated reports from one client once', async () => {
    const review = await approved({ siteSlug: freshSlug() });
    for (let i = 0; i < 5; i++) await reportReview(db, review.id, 'same-client', new Date());
    expect(await getReview(db, review.id)).toMatchObject({ status: 'approved', reports: 1 });
  });

  it('leaves the reported list when a moderator keeps it published, until it is reported again', async () => {
    const review = await approved({ siteSlug: freshSlug() });
    for (const c of ['r1', 'r2', 'r3']) await reportReview(db, review.id, c, new Date());
    expect((await moderateReview(db, review.id, 'approved'))?.reports).toBe(0);
    expect((await listReportedReviews(db, 200)).map((r) => r.id)).not.toContain(review.id);
    await reportReview(db, review.id, 'r1', new Date());
    expect(await getReview(db, review.id)).toMatchObject({ status: 'approved', reports: 1 });
  });

  it('answers false only for an unknown id', async () => {
    expect(await reportReview(db, 'no-such-review', 'r1', new Date())).toBe(false);
    const pending = newReview({ siteSlug: freshSlug() });
    await insertReviewUnlessDuplicate(db, pending, '2000-01-01T00:00:00.000Z');
    expect(await reportReview(db, pending.id, 'r1', new Date())).toBe(true);
    expect((await getReview(db, pending.id))?.reports).toBe(0);
  });
});

describe('hitRateLimit', () => {
  const rule = (bucket: string) => ({ bucket, limit: 5, windowMs: 10 * 60 * 1000 });
  const t0 = new Date('2026-11-01T10:00:00.000Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it('allows 5 actions in 10 minutes and refuses the 6th with the seconds until a slot frees', async () => {
    const bucket = `t:${uid()}`;
    for (let i = 0; i < 5; i++) expect(await hitRateLimit(db, rule(bucket), at(i * 60_000))).toEqual({ allowed: true });
    // The first hit (t0) leaves the window at t0 + 10 min; it is now t0 + 5 min.
    expect(await hitRateLimit(db, rule(bucket), at(5 * 60_000))).toEqual({ allowed: false, retryAfterSeconds: 300 });
  });

  it('slides: a slot frees exactly when the oldest action leaves the window', async () => {
    const bucket = `t:${uid()}`;
    for (let i = 0; i < 5; i++) await hitRateLimit(db, rule(bucket), at(i * 1000));
    expect((await hitRateLimit(db, rule(bucket), at(10 * 60_000 - 1))).allowed).toBe(false);
    expect((await hitRateLimit(db, rule(bucket), at(10 * 60_000))).allowed).toBe(true);
    expect((await hitRateLimit(db, rule(bucket), at(10 * 60_000 + 500))).allowed).toBe(false);
  });

  it('keeps buckets apart', async () => {
    const a = `t:${uid()}`;
    const b = `t:${uid()}`;
    for (let i = 0; i < 5; i++) await hitRateLimit(db, rule(a), t0);
    expect((await hitRateLimit(db, rule(a), t0)).allowed).toBe(false);
    expect((await hitRateLimit(db, rule(b), t0)).allowed).toBe(true);
  });

  it('allows exactly 5 of 50 concurrent actions in one bucket', async () => {
    const bucket = `t:${uid()}`;
    const decisions = await Promise.all(Array.from({ length: 50 }, () => hitRateLimit(db, rule(bucket), t0)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });

  it('forgets hits older than a day in every bucket', async () => {
    const stale = `t:${uid()}`;
    await hitRateLimit(db, rule(stale), t0);
    await hitRateLimit(db, rule(`t:${uid()}`), at(DAY + 1));
    const { n } = (await db
      .prepare('SELECT count(*) AS n FROM rate_limit_hits WHERE bucket = ?1')
      .bind(stale)
      .first<{ n: number }>())!;
    expect(n).toBe(0);
  });
});
