/**
 * The public review API inside workerd against real local D1: every rule of
 * POST /api/sites/{slug}/reviews, listing, votes and reports. Each test uses
 * its own simulated clients (CF-Connecting-IP), so limits never leak between tests.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { env } from 'cloudflare:workers';
import { api } from '#functions/index.ts';
import { moderateReview } from '#src/features/reviews/queries/reviews.ts';
import { clientHash } from '#src/server/client-id.ts';
import { firstLineAllows } from '#src/features/reviews/actions/submit.ts';

const uid = () => crypto.randomUUID();
/** A simulated client address of its own. */
const newIp = () => `198.51.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}-${uid().slice(0, 6)}`;

interface Problem {
  status: number;
  title: string;
  detail: string;
  errors?: { field: string; message: string }[];
}

function review(overrides: Record<string, unknown> = {}) {
  return {
    rating: 4,
    title: 'Found two clients through it',
    body: `Used it for referrals: two clients in three months. ${uid()}`,
    author: 'Sam',
    usedFor: 'referrals',
    ...overrides,
  };
}

function post(slug: string, body: unknown, { ip = newIp(), headers = {} } = {}) {
  return api.request(`/sites/${slug}/reviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function row(id: string) {
  return env.DB.prepare('SELECT * FROM reviews WHERE id = ?1').bind(id).first<Record<string, unknown>>();
}

async function countFor(slug: string, column: 'title' | 'body', value: string) {
  const r = await env.DB.prepare(`SELECT count(*) AS n FROM reviews WHERE site_slug = ?1 AND ${column} = ?2`)
    .bind(slug, value)
    .first<{ n: number }>();
  return r!.n;
}

/** Submits a review and approves it directly in the database; returns its id. */
async function publish(slug: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await post(slug, review(overrides));
  expect(res.status).toBe(202);
  const { id } = await res.json<{ id: string }>();
  await moderateReview(env.DB, id, 'approved');
  return id;
}

async function expectProblem(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = await res.json<Problem>();
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  expect(body.detail.length).toBeGreaterThan(20);
  return body;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('POST /api/sites/{slug}/reviews', () => {
  it('accepts a valid review as pending and stores it with hashes, never the IP', async () => {
    const ip = '203.0.113.7';
    const body = review({
      title: '  Found two clients  ',
      body: '  Used it for referrals:\r\ntwo clients in three months.  ',
    });
    const res = await post('bni', body, { ip, headers: { 'cf-connecting-ip': ip } });
    expect(res.status).toBe(202);
    const receipt = await res.json<{ id: string; status: string }>();
    expect(receipt).toEqual({ id: expect.any(String), status: 'pending' });
    const stored = await row(receipt.id);
    expect(stored).toMatchObject({
      site_slug: 'bni',
      rating: 4,
      title: 'Found two clients',
      body: 'Used it for referrals:\ntwo clients in three months.',
      author: 'Sam',
      used_for: 'referrals',
      status: 'pending',
      helpful_count: 0,
      report_count: 0,
    });
    expect(stored!['client_hash']).toBe(await clientHash(env.DB, ip, 'test-client-key', new Date()));
    expect(JSON.stringify(stored)).not.toContain('203.0.113.7');
    expect(stored!['content_hash']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a review without usedFor, or with usedFor null', async () => {
    const { usedFor: _, ...withoutPurpose } = review();
    expect((await post('bni', withoutPurpose)).status).toBe(202);
    expect((await post('bni', review({ usedFor: null }))).status).toBe(202);
  });

  it('refuses a rating of 6 with a message naming the field', async () => {
    const problem = await expectProblem(await post('bni', review({ rating: 6 })), 422);
    expect(problem.errors).toEqual([{ field: 'rating', message: 'Choose a rating from 1 to 5 stars.' }]);
    expect(problem.detail).toContain('rating');
  });

  it.each([
    ['rating', { rating: 0 }],
    ['rating', { rating: 4.5 }],
    ['rating', { rating: '4' }],
    ['rating', { rating: undefined }],
    ['title', { title: 'ab' }],
    ['title', { title: '   ab      ' }],
    ['title', { title: 'x'.repeat(121) }],
    ['title', { title: 'Line one\nline two' }],
    ['title', { title: 'Bell \u0007 inside' }],
    ['title', { title: 42 }],
    ['body', { body: 'Too short to help.' }],
    ['body', { body: 'y'.repeat(4001) }],
    ['body', { body: 'Null byte \u0000 in the middle of a long enough body' }],
    ['body', { body: 'Right-to-left override \u202e in a long enough body' }],
    ['author', { author: '' }],
    ['author', { author: '    ' }],
    ['author', { author: 'z'.repeat(61) }],
    ['usedFor', { usedFor: 'dating' }],
    ['ratting', { ratting: 5 }],
  ])('refuses an invalid %s (%j) with 422 naming the field', async (field, overrides) => {
    const problem = await expectProblem(await post('bni', review(overrides)), 422);
    expect(problem.errors?.map((e) => e.field)).toEqual([field]);
    expect(problem.errors?.[0]?.message.length).toBeGreaterThan(10);
  });

  it('names every invalid field at once', async () => {
    const problem = await expectProblem(
      await post('bni', { rating: 9, title: '', body: 'short', author: 'q'.repeat(70), usedFor: 'x' }),
      422,
    );
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['author', 'body', 'rating', 'title', 'usedFor']);
  });

  it('refuses a JSON body that is not an object', async () => {
    const problem = await expectProblem(await post('bni', '[1, 2]'), 422);
    expect(problem.errors?.[0]?.field).toBe('(body)');
  });

  it('keeps line breaks in the body and counts characters, not UTF-16 units', async () => {
    const author = '😀'.repeat(60);
    const res = await post(
      'bni',
      review({ author, body: 'First paragraph of it.\n\nSecond paragraph, with détails.' }),
    );
    expect(res.status).toBe(202);
    const { id } = await res.json<{ id: string }>();
    expect(await row(id)).toMatchObject({ author, body: 'First paragraph of it.\n\nSecond paragraph, with détails.' });
    expect((await post('bni', review({ author: '😀'.repeat(61) }))).status).toBe(422);
  });

  it('answers 404 for a site that is not in the catalogue, before looking at the body', async () => {
    const problem = await expectProblem(await post('no-such-site', 'not even json'), 404);
    expect(problem.detail).toContain('no-such-site');
  });

  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['a form post', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
  ])('answers 415 for %s', async (_, type) => {
    const problem = await expectProblem(
      await post('bni', JSON.stringify(review()), { headers: { 'content-type': type } }),
      415,
    );
    expect(problem.detail).toContain('application/json');
  });

  it('answers 415 without a Content-Type', async () => {
    const res = await api.request('/sites/bni/reviews', {
      method: 'POST',
      headers: { 'cf-connecting-ip': newIp() },
      body: new Uint8Array(new TextEncoder().encode(JSON.stringify(review()))),
    });
    await expectProblem(res, 415);
  });

  it('answers 400 for malformed JSON, saying so', async () => {
    const problem = await expectProblem(await post('bni', '{"rating": 4, "title": '), 400);
    expect(problem.detail).toMatch(/not valid JSON/);
  });

  it('answers 413 for a body over 16 kB with a Content-Length, and stores nothing', async () => {
    const title = `big-${uid()}`;
    const body = JSON.stringify(review({ title, body: 'x'.repeat(17 * 1024) }));
    const res = await post('bni', body, { headers: { 'content-length': String(body.length) } });
    await expectProblem(res, 413);
    expect(await countFor('bni', 'title', title)).toBe(0);
  });

  it('answers 413 for a chunked body over 16 kB without a Content-Length, reading no further than the limit', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode('x'.repeat(1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"rating":4,"title":"chunked","author":"Sam","body":"'));
      },
      pull(controller) {
        pulled++;
        if (pulled > 1000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const request = new Request('http://x/sites/bni/reviews', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': newIp() },
      body: stream,
    });
    expect(request.headers.get('content-length')).toBeNull();
    await expectProblem(await api.request(request), 413);
    expect(pulled).toBeLessThan(30);
  });

  it('answers a filled-in honeypot with the same 202 but stores nothing', async () => {
    const title = `Honeypot ${uid()}`;
    const res = await post('bni', review({ title, website: 'https://spam.example' }));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ id: expect.any(String), status: 'pending' });
    expect(await countFor('bni', 'title', title)).toBe(0);
  });

  it('accepts an empty honeypot field as a normal review', async () => {
    const title = `Empty trap ${uid()}`;
    expect((await post('bni', review({ title, website: '' }))).status).toBe(202);
    expect(await countFor('bni', 'title', title)).toBe(1);
  });

  it('answers 409 for the same text for the same site within 24 hours, storing it once', async () => {
    const first = review();
    expect((await post('meetup', first)).status).toBe(202);
    const problem = await expectProblem(await post('meetup', first, { ip: newIp() }), 409);
    expect(problem.detail).toContain('Meetup');
    // Changing the title or stars does not make the same text a new review.
    await expectProblem(await post('meetup', { ...first, title: 'Another title', rating: 2 }), 409);
    await expectProblem(await post('meetup', { ...first, body: `  ${first.body.toUpperCase()}  ` }), 409);
    expect(await countFor('meetup', 'body', first.body)).toBe(1);
    // The same text for another site is a different review.
    expect((await post('bni', first)).status).toBe(202);
  });

  it('answers 429 with Retry-After to a client sending a 6th review within 10 minutes, but not to others', async () => {
    const ip = newIp();
    for (let i = 0; i < 5; i++) expect((await post('xing', review(), { ip })).status).toBe(202);
    const res = await post('xing', review(), { ip });
    const problem = await expectProblem(res, 429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(problem.detail).toMatch(/wait \d+ minutes?/);
    expect((await post('xing', review(), { ip: newIp() })).status).toBe(202);
  });

  it('stores every one of 50 concurrent submissions from different clients exactly once', async () => {
    const bodies = Array.from({ length: 50 }, () => review());
    const responses = await Promise.all(bodies.map((b) => post('discord', b)));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(202));
    const ids = await Promise.all(responses.map(async (r) => (await r.json<{ id: string }>()).id));
    expect(new Set(ids).size).toBe(50);
    const placeholders = ids.map((_, i) => `?${i + 1}`).join(', ');
    const stored = await env.DB.prepare(`SELECT id, body FROM reviews WHERE id IN (${placeholders})`)
      .bind(...ids)
      .all<{ id: string; body: string }>();
    expect(stored.results).toHaveLength(50);
    for (const [i, id] of ids.entries()) expect(stored.results.find((r) => r.id === id)?.body).toBe(bodies[i]!.body);
  });

  it('stores exactly one of 50 concurrent identical submissions and refuses the rest with 409', async () => {
    const same = review();
    const statuses = (await Promise.all(Array.from({ length: 50 }, () => post('slack', same)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(await countFor('slack', 'body', same.body)).toBe(1);
  });

  it('lets exactly 5 of 50 concurrent submissions from one client through', async () => {
    const ip = newIp();
    const bodies = Array.from({ length: 50 }, () => review());
    const statuses = (await Promise.all(bodies.map((b) => post('reddit', b, { ip })))).map((r) => r.status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(45);
    let stored = 0;
    for (const b of bodies) stored += await countFor('reddit', 'body', b.body);
    expect(stored).toBe(5);
  });

  it("answers 429 with Retry-After: 60 when Cloudflare's rate-limiting binding refuses, before reading the body", async () => {
    const limit = vi.spyOn(env.REVIEW_RATE_LIMITER, 'limit').mockResolvedValue({ success: false });
    const res = await post('bni', 'never parsed');
    await expectProblem(res, 429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(limit).toHaveBeenCalledWith({ key: expect.any(String) });
  });

  it('refuses posts made from another site’s page', async () => {
    await expectProblem(await post('bni', review(), { headers: { 'sec-fetch-site': 'cross-site' } }), 403);
    expect((await post('bni', review(), { headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(202);
  });
});

describe('firstLineAllows', () => {
  it('lets requests through without a binding or when the binding fails, and obeys it otherwise', async () => {
    expect(await firstLineAllows(undefined, 'c')).toBe(true);
    expect(await firstLineAllows({ limit: async () => ({ success: true }) }, 'c')).toBe(true);
    expect(await firstLineAllows({ limit: async () => ({ success: false }) }, 'c')).toBe(false);
    expect(
      await firstLineAllows(
        {
          limit: async () => {
            throw new Error('down');
          },
        },
        'c',
      ),
    ).toBe(true);
  });
});

describe('GET /api/sites/{slug}/reviews', () => {
  it('answers the summary, approved reviews and a cursor, never a pending review', async () => {
    const slug = 'angellist';
    const published = await publish(slug, { rating: 5 });
    const pendingRes = await post(slug, review({ rating: 1 }));
    const { id: pending } = await pendingRes.json<{ id: string }>();
    const res = await api.request(`/sites/${slug}/reviews?limit=50`);
    expect(res.status).toBe(200);
    const page = await res.json<{
      summary: { count: number; average: number; distribution: Record<string, number> };
      reviews: { id: string }[];
      nextCursor: string | null;
    }>();
    expect(page.reviews.map((r) => r.id)).toContain(published);
    expect(page.reviews.map((r) => r.id)).not.toContain(pending);
    expect(page.summary.distribution['1']).toBe(0);
    expect(page.summary.count).toBe(page.reviews.length);
    expect(Object.keys(page.reviews[0]!).sort()).toEqual([
      'author',
      'body',
      'createdAt',
      'helpful',
      'id',
      'rating',
      'title',
      'usedFor',
    ]);
    expect(JSON.stringify(page)).not.toMatch(/client_?hash|content_?hash/i);
  });

  it('returns XSS strings verbatim as JSON text', async () => {
    const title = '<script>alert("t")</script>';
    const body = `<img src=x onerror="alert('b')"> & </textarea><b>bold</b> ${uid()}`;
    const id = await publish('vine', { title, body, author: '"><svg onload=alert(1)>' });
    const res = await api.request('/sites/vine/reviews?limit=50');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const page = await res.json<{ reviews: { id: string; title: string; body: string; author: string }[] }>();
    expect(page.reviews.find((r) => r.id === id)).toMatchObject({ title, body, author: '"><svg onload=alert(1)>' });
  });

  it('pages through every approved review with nextCursor, newest first', async () => {
    const slug = 'path';
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await publish(slug));
    const seen: string[] = [];
    let url = `/sites/${slug}/reviews?limit=2`;
    for (;;) {
      const page = await (
        await api.request(url)
      ).json<{
        reviews: { id: string; createdAt: string }[];
        nextCursor: string | null;
      }>();
      seen.push(...page.reviews.map((r) => r.id));
      if (!page.nextCursor) break;
      url = `/sites/${slug}/reviews?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`;
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
  });

  it('sorts by helpful votes with sort=helpful', async () => {
    const slug = 'myspace';
    const less = await publish(slug);
    const more = await publish(slug);
    for (let i = 0; i < 2; i++)
      await api.request(`/reviews/${more}/helpful`, { method: 'POST', headers: { 'cf-connecting-ip': newIp() } });
    await api.request(`/reviews/${less}/helpful`, { method: 'POST', headers: { 'cf-connecting-ip': newIp() } });
    const page = await (
      await api.request(`/sites/${slug}/reviews?sort=helpful&limit=50`)
    ).json<{
      reviews: { id: string; helpful: number }[];
    }>();
    const order = page.reviews.map((r) => r.id);
    expect(order.indexOf(more)).toBeLessThan(order.indexOf(less));
    expect(page.reviews[0]!.helpful).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['limit', 'limit=0'],
    ['limit', 'limit=51'],
    ['limit', 'limit=ten'],
    ['sort', 'sort=best'],
    ['cursor', 'cursor=bogus'],
  ])('answers 400 naming %s for ?%s', async (field, query) => {
    const problem = await expectProblem(await api.request(`/sites/linkedin/reviews?${query}`), 400);
    expect(problem.errors?.map((e) => e.field)).toContain(field);
  });

  it('answers 404 for an unknown site', async () => {
    await expectProblem(await api.request('/sites/no-such-site/reviews'), 404);
  });
});

describe('POST /api/reviews/{id}/helpful', () => {
  it('counts one vote per client; a repeat answers the same count', async () => {
    const id = await publish('github');
    const ip = newIp();
    const vote = (from: string) =>
      api.request(`/reviews/${id}/helpful`, { method: 'POST', headers: { 'cf-connecting-ip': from } });
    const first = await vote(ip);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ helpful: 1 });
    expect(await (await vote(ip)).json()).toEqual({ helpful: 1 });
    expect(await (await vote(newIp())).json()).toEqual({ helpful: 2 });
  });

  it('answers 404 for a pending review and an unknown id', async () => {
    const { id } = await (await post('github', review())).json<{ id: string }>();
    await expectProblem(
      await api.request(`/reviews/${id}/helpful`, { method: 'POST', headers: { 'cf-connecting-ip': newIp() } }),
      404,
    );
    await expectProblem(
      await api.request('/reviews/nope/helpful', { method: 'POST', headers: { 'cf-connecting-ip': newIp() } }),
      404,
    );
  });
});

describe('POST /api/reviews/{id}/report', () => {
  it('answers 202, and reports from many clients never unpublish the review: they queue it for a moderator', async () => {
    const slug = 'friendster';
    const id = await publish(slug);
    const report = (ip: string, reason?: string) =>
      api.request(`/reviews/${id}/report`, {
        method: 'POST',
        headers: { 'cf-connecting-ip': ip, ...(reason ? { 'content-type': 'application/json' } : {}) },
        ...(reason ? { body: JSON.stringify({ reason }) } : {}),
      });
    const visible = async () =>
      (await (await api.request(`/sites/${slug}/reviews?limit=50`)).json<{ reviews: { id: string }[] }>()).reviews.some(
        (r) => r.id === id,
      );
    for (let i = 0; i < 5; i++) {
      const res = await report(newIp(), i === 0 ? 'Advertising, not a review' : undefined);
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ status: 'received' });
    }
    expect(await visible()).toBe(true);
    expect((await row(id))!['status']).toBe('approved');
    const queue = await (
      await api.request('/admin/reviews?status=reported&limit=200', {
        headers: { authorization: 'Bearer test-admin-token' },
      })
    ).json<{ reviews: { id: string; reports: number; reportReasons: string[] }[] }>();
    expect(queue.reviews.find((r) => r.id === id)).toMatchObject({
      reports: 5,
      reportReasons: ['Advertising, not a review'],
    });
  });

  it('refuses an invalid reason with 422 naming the field', async () => {
    const id = await publish('friendster');
    const problem = await expectProblem(
      await api.request(`/reviews/${id}/report`, {
        method: 'POST',
        headers: { 'cf-connecting-ip': newIp(), 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'x'.repeat(501) }),
      }),
      422,
    );
    expect(problem.errors?.map((e) => e.field)).toEqual(['reason']);
  });

  it('answers 404 for an unknown id', async () => {
    await expectProblem(
      await api.request('/reviews/nope/report', { method: 'POST', headers: { 'cf-connecting-ip': newIp() } }),
      404,
    );
  });
});

describe('the OpenAPI document', () => {
  it('documents the review, vote and moderation routes', async () => {
    const doc = await (
      await api.request('/openapi.json')
    ).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(Object.keys(doc.paths['/sites/{slug}/reviews'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(doc.paths['/reviews/{id}/helpful']).toHaveProperty('post');
    expect(doc.paths['/reviews/{id}/report']).toHaveProperty('post');
    expect(doc.paths['/admin/reviews']).toHaveProperty('get');
    expect(doc.paths['/admin/reviews/{id}/approve']).toHaveProperty('post');
    expect(doc.paths['/admin/reviews/{id}/reject']).toHaveProperty('post');
  });
});
