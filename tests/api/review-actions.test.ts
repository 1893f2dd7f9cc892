/**
 * The review actions (src/features/reviews/actions/) that the API routers and
 * the pages share, inside workerd against real local D1: listing a page with
 * a bad cursor, helpful votes and reports, and moderation, including the
 * whole /admin/reviews/ form post. Where the API answers the same outcome,
 * the tests check it says the same words.
 */
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { sites } from 'virtual:networkwise/catalogue';
import { api } from '#functions/index.ts';
import {
  castHelpfulVote,
  fileReport,
  handleModerationPost,
  handleReviewPost,
  HELPFUL_NOT_FOUND,
  listReviewPage,
  moderate,
  MODERATION_NOT_FOUND,
  REPORT_NOT_FOUND,
} from '#src/features/reviews/index.ts';
import {
  getReview,
  InvalidCursorError,
  insertReviewUnlessDuplicate,
  moderateReview,
  type NewReview,
} from '#src/features/reviews/queries/reviews.ts';
import { encodeCursor } from '#src/features/reviews/queries/cursor.ts';

const db = env.DB;
const TOKEN = 'test-admin-token'; // bound by vitest.config.ts
const uid = () => crypto.randomUUID();
/** A slug of its own per test, so tests never see each other's rows. */
const freshSlug = () => `test-${uid().slice(0, 8)}`;
const now = () => new Date();
const site = sites.find((s) => s.slug === 'wellfound')!;
const CURSOR_MESSAGE = new InvalidCursorError().message;

/** Stores a pending review directly; `createdAt` defaults to long ago, so it heads the moderation queue. */
async function pending(overrides: Partial<NewReview> = {}): Promise<NewReview> {
  const id = uid();
  const review: NewReview = {
    id,
    siteSlug: freshSlug(),
    rating: 4,
    title: `Action test ${id.slice(0, 8)}`,
    body: 'Twenty or more characters of body text.',
    author: 'Tester',
    usedFor: null,
    createdAt: '2000-01-01T00:00:00.000Z',
    clientHash: 'client-a',
    contentHash: `hash-${id}`,
    ...overrides,
  };
  expect(await insertReviewUnlessDuplicate(db, review, '1999-01-01T00:00:00.000Z')).toBe(true);
  return review;
}

async function approved(overrides: Partial<NewReview> = {}): Promise<NewReview> {
  const review = await pending(overrides);
  expect(await moderateReview(db, review.id, 'approved')).not.toBeNull();
  return review;
}

async function apiDetail(res: Response, status: number): Promise<string> {
  expect(res.status).toBe(status);
  return (await res.json<{ detail: string }>()).detail;
}

describe('listReviewPage', () => {
  it('answers the summary and a page of approved reviews only, with a cursor to the next page', async () => {
    const slug = freshSlug();
    const older = await approved({ siteSlug: slug, rating: 5, createdAt: '2026-11-01T10:00:00.000Z' });
    const newer = await approved({ siteSlug: slug, rating: 3, createdAt: '2026-11-02T10:00:00.000Z' });
    await pending({ siteSlug: slug, rating: 1 });
    const first = await listReviewPage(db, slug, { sort: 'recent', limit: 1 });
    if (first.kind !== 'page') throw new Error('expected a page');
    expect(first.summary).toEqual({ count: 2, average: 4, distribution: { '1': 0, '2': 0, '3': 1, '4': 0, '5': 1 } });
    expect(first.page.reviews.map((r) => r.id)).toEqual([newer.id]);
    expect(first.page.nextCursor).toEqual(expect.any(String));
    const second = await listReviewPage(db, slug, { sort: 'recent', limit: 1, cursor: first.page.nextCursor! });
    expect(second).toMatchObject({ kind: 'page', page: { reviews: [{ id: older.id }], nextCursor: null } });
  });

  it('answers an empty page for a site without reviews', async () => {
    expect(await listReviewPage(db, freshSlug(), { sort: 'helpful', limit: 10 })).toEqual({
      kind: 'page',
      summary: { count: 0, average: null, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } },
      page: { reviews: [], nextCursor: null },
    });
  });

  it('answers a bad cursor as an outcome, for a tampered cursor and for one made for the other sort', async () => {
    const bad = { kind: 'bad-cursor', status: 400, field: 'cursor', message: CURSOR_MESSAGE };
    expect(await listReviewPage(db, 'linkedin', { sort: 'recent', limit: 5, cursor: 'not-a-cursor' })).toEqual(bad);
    const recentCursor = encodeCursor('recent', { createdAt: '2026-11-01T10:00:00.000Z', id: 'x', helpful: 0 });
    expect(await listReviewPage(db, 'linkedin', { sort: 'helpful', limit: 5, cursor: recentCursor })).toEqual(bad);
  });

  it('is what the API answers: the same page, and its message as the 400 for a bad cursor', async () => {
    const shown = await approved({ siteSlug: 'ryze', createdAt: new Date().toISOString() });
    const listed = await listReviewPage(db, 'ryze', { sort: 'recent', limit: 5 });
    if (listed.kind !== 'page') throw new Error('expected a page');
    expect(listed.page.reviews.map((r) => r.id)).toContain(shown.id);
    const res = await api.request('/sites/ryze/reviews?limit=5');
    expect(await res.json()).toEqual({ summary: listed.summary, ...listed.page });
    const problem = await (
      await api.request('/sites/linkedin/reviews?cursor=bogus')
    ).json<{ status: number; detail: string; errors: unknown }>();
    expect(problem).toMatchObject({
      status: 400,
      detail: CURSOR_MESSAGE,
      errors: [{ field: 'cursor', message: CURSOR_MESSAGE }],
    });
  });
});

describe('castHelpfulVote', () => {
  it('counts one vote per client and answers the count', async () => {
    const { id } = await approved();
    expect(await castHelpfulVote(db, id, 'c1', now())).toEqual({ kind: 'counted', helpful: 1 });
    expect(await castHelpfulVote(db, id, 'c1', now())).toEqual({ kind: 'counted', helpful: 1 });
    expect(await castHelpfulVote(db, id, 'c2', now())).toEqual({ kind: 'counted', helpful: 2 });
  });

  it('answers not-found for a pending review and an unknown id, and counts nothing', async () => {
    const { id } = await pending();
    const notFound = { kind: 'not-found', status: 404, message: HELPFUL_NOT_FOUND };
    expect(await castHelpfulVote(db, id, 'c1', now())).toEqual(notFound);
    expect(await castHelpfulVote(db, 'no-such-review', 'c1', now())).toEqual(notFound);
    expect((await getReview(db, id))?.helpful).toBe(0);
  });
});

describe('fileReport', () => {
  it('receives a report on a review, and on a pending one without counting it', async () => {
    const shown = await approved();
    expect(await fileReport(db, shown.id, 'r1', now())).toEqual({ kind: 'received' });
    expect((await getReview(db, shown.id))?.reports).toBe(1);
    const waiting = await pending();
    expect(await fileReport(db, waiting.id, 'r1', now())).toEqual({ kind: 'received' });
    expect((await getReview(db, waiting.id))?.reports).toBe(0);
  });

  it('answers not-found for an unknown id', async () => {
    expect(await fileReport(db, 'no-such-review', 'r1', now())).toEqual({
      kind: 'not-found',
      status: 404,
      message: REPORT_NOT_FOUND,
    });
  });
});

describe('vote and report outcomes: one text for the API and the no-JavaScript form', () => {
  const formPost = (fields: Record<string, string>) =>
    new Request(`http://localhost/sites/${site.slug}/reviews/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': `actions-${uid()}` },
      body: new URLSearchParams(fields).toString(),
    });
  const bindings = { db, clientKey: 'test-client-key', limiter: undefined };
  const apiPost = (path: string) =>
    api.request(path, { method: 'POST', headers: { 'cf-connecting-ip': `actions-${uid()}` } });

  it('says the same when a helpful vote finds no published review', async () => {
    const { id } = await pending();
    expect(await apiDetail(await apiPost(`/reviews/${id}/helpful`), 404)).toBe(HELPFUL_NOT_FOUND);
    expect(await handleReviewPost(formPost({ intent: 'helpful', review: id }), site, bindings)).toEqual({
      kind: 'error',
      status: 404,
      message: HELPFUL_NOT_FOUND,
    });
  });

  it('says the same when a report finds no review', async () => {
    expect(await apiDetail(await apiPost('/reviews/no-such-review/report'), 404)).toBe(REPORT_NOT_FOUND);
    expect(await handleReviewPost(formPost({ intent: 'report', review: 'no-such-review' }), site, bindings)).toEqual({
      kind: 'error',
      status: 404,
      message: REPORT_NOT_FOUND,
    });
  });
});

describe('moderate', () => {
  it('approves a review with the message the page shows, naming the site', async () => {
    const review = await pending({ siteSlug: 'bni' });
    const outcome = await moderate(db, review.id, 'approve');
    expect(outcome).toMatchObject({ kind: 'moderated', review: { id: review.id, status: 'approved', reports: 0 } });
    if (outcome.kind !== 'moderated') throw new Error('expected a decision');
    expect(outcome.message).toBe(`Approved “${review.title}” (BNI). It is now public.`);
  });

  it('rejects a review; an unknown site slug stands in for the name', async () => {
    const review = await pending();
    const outcome = await moderate(db, review.id, 'reject');
    expect(outcome).toMatchObject({
      kind: 'moderated',
      review: { status: 'rejected' },
      message: `Rejected “${review.title}” (${review.siteSlug}). It will never be shown.`,
    });
  });

  it('answers not-found for an unknown id, with the text the API answers', async () => {
    for (const decision of ['approve', 'reject'] as const) {
      expect(await moderate(db, 'no-such-review', decision)).toEqual({
        kind: 'not-found',
        status: 404,
        message: MODERATION_NOT_FOUND,
      });
      const res = await api.request(`/admin/reviews/no-such-review/${decision}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(await apiDetail(res, 404)).toBe(MODERATION_NOT_FOUND);
    }
  });
});

describe('handleModerationPost: the /admin/reviews/ form', () => {
  const adminPost = (fields: Record<string, string>) =>
    new Request('http://localhost/admin/reviews/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  const bindings = { db, adminToken: TOKEN };
  const queueIds = (result: Awaited<ReturnType<typeof handleModerationPost>>) =>
    result.signedIn?.queue.map((r) => r.id) ?? [];

  it('shows the pending queue, oldest first, for the right token, and gives the token back for the forms', async () => {
    const first = await pending({ createdAt: '2000-01-01T00:00:00.000Z' });
    const second = await pending({ createdAt: '2000-01-01T00:00:01.000Z' });
    const result = await handleModerationPost(adminPost({ token: TOKEN, intent: 'list' }), bindings);
    expect(result.status).toBe(200);
    expect(result.message).toBeUndefined();
    expect(result.signedIn?.token).toBe(TOKEN);
    const ids = queueIds(result);
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
  });

  it.each([
    ['no token', {}, TOKEN, 401, 'Paste the moderator token'],
    ['an empty token', { token: '' }, TOKEN, 401, 'Paste the moderator token'],
    ['a wrong token', { token: 'wrong' }, TOKEN, 403, 'That token is not right'],
    ['no ADMIN_TOKEN secret', { token: TOKEN }, undefined, 503, 'Moderation is switched off'],
  ])('refuses %s, showing no queue and changing nothing', async (_, fields, adminToken, status, text) => {
    const review = await pending();
    const result = await handleModerationPost(adminPost({ ...fields, intent: 'approve', review: review.id }), {
      db,
      adminToken,
    });
    expect(result).toMatchObject({ status, message: { kind: 'error' } });
    expect(Object.keys(result).sort()).toEqual(['message', 'status']);
    expect(result.message?.text).toContain(text);
    expect((await getReview(db, review.id))?.status).toBe('pending');
  });

  it('refuses a body over 16 kB with 413 before checking anything', async () => {
    const result = await handleModerationPost(adminPost({ token: TOKEN, filler: 'x'.repeat(17 * 1024) }), bindings);
    expect(result).toMatchObject({ status: 413, message: { kind: 'error' } });
    expect(result.signedIn).toBeUndefined();
    expect(result.message?.text).toContain('larger than 16 kB');
  });

  it('approves and rejects through the same action as the API, then shows the queue without the review', async () => {
    const toApprove = await pending({ siteSlug: 'bni' });
    const approvedResult = await handleModerationPost(
      adminPost({ token: TOKEN, intent: 'approve', review: toApprove.id }),
      bindings,
    );
    expect(approvedResult).toMatchObject({
      status: 200,
      message: { text: `Approved “${toApprove.title}” (BNI). It is now public.`, kind: 'done' },
    });
    expect(queueIds(approvedResult)).not.toContain(toApprove.id);
    expect((await getReview(db, toApprove.id))?.status).toBe('approved');

    const toReject = await pending();
    const rejectedResult = await handleModerationPost(
      adminPost({ token: TOKEN, intent: 'reject', review: toReject.id }),
      bindings,
    );
    expect(rejectedResult).toMatchObject({ status: 200, message: { kind: 'done' } });
    expect(rejectedResult.message?.text).toMatch(/^Rejected “/);
    expect(queueIds(rejectedResult)).not.toContain(toReject.id);
    expect((await getReview(db, toReject.id))?.status).toBe('rejected');
  });

  it('answers 404 with the shared text for an unknown review, and still shows the queue', async () => {
    const waiting = await pending();
    const result = await handleModerationPost(
      adminPost({ token: TOKEN, intent: 'approve', review: 'no-such-review' }),
      bindings,
    );
    expect(result).toMatchObject({
      status: 404,
      message: { text: MODERATION_NOT_FOUND, kind: 'error' },
      signedIn: { token: TOKEN },
    });
    expect(queueIds(result)).toContain(waiting.id);
  });
});
