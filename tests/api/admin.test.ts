/**
 * Moderation API inside workerd against real local D1: the bearer token
 * (401 without, 403 wrong, compared in constant time), the pending queue,
 * approve and reject, and what the public sees afterwards.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '#functions/index.ts';
import { checkAdminToken } from '#src/server/admin-auth.ts';

const TOKEN = 'test-admin-token'; // bound by vitest.config.ts
const uid = () => crypto.randomUUID();
const auth = (token = TOKEN) => ({ authorization: `Bearer ${token}` });

async function submit(slug: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await api.request(`/sites/${slug}/reviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': `admin-test-${uid()}` },
    body: JSON.stringify({
      rating: 3,
      title: 'Waiting for a moderator',
      body: `A review body long enough to pass. ${uid()}`,
      author: 'Mo',
      ...overrides,
    }),
  });
  expect(res.status).toBe(202);
  return (await res.json<{ id: string }>()).id;
}

async function publicIds(slug: string): Promise<string[]> {
  const page = await (await api.request(`/sites/${slug}/reviews?limit=50`)).json<{ reviews: { id: string }[] }>();
  return page.reviews.map((r) => r.id);
}

async function pendingIds(): Promise<string[]> {
  const res = await api.request('/admin/reviews?status=pending&limit=200', { headers: auth() });
  expect(res.status).toBe(200);
  return (await res.json<{ reviews: { id: string }[] }>()).reviews.map((r) => r.id);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('moderation auth', () => {
  const routes: [string, string][] = [
    ['GET', '/admin/reviews?status=pending'],
    ['POST', '/admin/reviews/some-id/approve'],
    ['POST', '/admin/reviews/some-id/reject'],
  ];

  it.each(routes)('answers 401 with WWW-Authenticate to %s %s without a token', async (method, path) => {
    const res = await api.request(path, { method });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await res.json<{ detail: string }>()).detail).toContain('Authorization: Bearer');
  });

  it('answers 401 to a non-bearer Authorization header', async () => {
    expect(
      (await api.request('/admin/reviews', { headers: { authorization: `Basic ${btoa(`admin:${TOKEN}`)}` } })).status,
    ).toBe(401);
  });

  it.each([
    ['a wrong token', 'wrong-token'],
    ['a prefix of the token', TOKEN.slice(0, -1)],
    ['the token with extra characters', `${TOKEN}x`],
    ['the token in another case', TOKEN.toUpperCase()],
  ])('answers 403 to %s', async (_, token) => {
    const res = await api.request('/admin/reviews', { headers: auth(token) });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('changes nothing when the token is wrong', async () => {
    const id = await submit('tumblr');
    expect((await api.request(`/admin/reviews/${id}/approve`, { method: 'POST', headers: auth('wrong') })).status).toBe(
      403,
    );
    expect(await publicIds('tumblr')).not.toContain(id);
    expect(await pendingIds()).toContain(id);
  });

  it('compares tokens in constant time: equal-length digests through timingSafeEqual', async () => {
    const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual(a: ArrayBuffer, b: ArrayBuffer): boolean };
    const spy = vi.spyOn(subtle, 'timingSafeEqual');
    expect(await checkAdminToken('short', 'a-much-longer-expected-token')).toBe('wrong');
    expect(await checkAdminToken('a-much-longer-expected-token', 'a-much-longer-expected-token')).toBe('ok');
    expect(spy).toHaveBeenCalledTimes(2);
    for (const [a, b] of spy.mock.calls) expect(a.byteLength).toBe(b.byteLength);
  });

  it('reports a missing or unconfigured token', async () => {
    expect(await checkAdminToken(undefined, TOKEN)).toBe('missing');
    expect(await checkAdminToken('', TOKEN)).toBe('missing');
    expect(await checkAdminToken(TOKEN, undefined)).toBe('unconfigured');
    expect(await checkAdminToken(TOKEN, '')).toBe('unconfigured');
  });
});

describe('GET /api/admin/reviews', () => {
  it('lists pending reviews with their site, status and text, oldest first, and no hashes', async () => {
    const first = await submit('telegram');
    const second = await submit('telegram');
    const res = await api.request('/admin/reviews?status=pending&limit=200', { headers: auth() });
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { reviews } = await res.json<{ reviews: Record<string, unknown>[] }>();
    const ids = reviews.map((r) => r['id']);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect(reviews.find((r) => r['id'] === first)).toMatchObject({
      siteSlug: 'telegram',
      status: 'pending',
      rating: 3,
      author: 'Mo',
      reports: 0,
    });
    expect(JSON.stringify(reviews)).not.toMatch(/hash/i);
  });

  it('answers 400 naming status for an unknown status', async () => {
    const res = await api.request('/admin/reviews?status=spam', { headers: auth() });
    expect(res.status).toBe(400);
    expect((await res.json<{ errors: { field: string }[] }>()).errors.map((e) => e.field)).toContain('status');
  });
});

describe('approve and reject', () => {
  it('publishes a review only once it is approved', async () => {
    const id = await submit('snapchat');
    expect(await publicIds('snapchat')).not.toContain(id);
    const res = await api.request(`/admin/reviews/${id}/approve`, { method: 'POST', headers: auth() });
    expect(res.status).toBe(200);
    expect((await res.json<{ review: { status: string } }>()).review.status).toBe('approved');
    expect(await publicIds('snapchat')).toContain(id);
    expect(await pendingIds()).not.toContain(id);
  });

  it('never shows a rejected review', async () => {
    const id = await submit('snapchat');
    const res = await api.request(`/admin/reviews/${id}/reject`, { method: 'POST', headers: auth() });
    expect((await res.json<{ review: { status: string } }>()).review.status).toBe('rejected');
    expect(await publicIds('snapchat')).not.toContain(id);
    expect(await pendingIds()).not.toContain(id);
  });

  it('raises a reported review in the queue while it stays published; keeping it published clears the reports', async () => {
    const id = await submit('quora');
    await api.request(`/admin/reviews/${id}/approve`, { method: 'POST', headers: auth() });
    for (let i = 0; i < 3; i++)
      await api.request(`/reviews/${id}/report`, {
        method: 'POST',
        headers: { 'cf-connecting-ip': `reporter-${uid()}` },
      });
    expect(await pendingIds()).not.toContain(id);
    expect(await publicIds('quora')).toContain(id);
    const reported = await api.request('/admin/reviews?status=reported&limit=200', { headers: auth() });
    expect((await reported.json<{ reviews: { id: string; reports: number }[] }>()).reviews).toContainEqual(
      expect.objectContaining({ id, reports: 3 }),
    );
    const again = await api.request(`/admin/reviews/${id}/approve`, { method: 'POST', headers: auth() });
    expect((await again.json<{ review: { reports: number } }>()).review.reports).toBe(0);
    expect(await publicIds('quora')).toContain(id);
  });

  it('answers 404 for an unknown id', async () => {
    for (const action of ['approve', 'reject']) {
      const res = await api.request(`/admin/reviews/no-such-id/${action}`, { method: 'POST', headers: auth() });
      expect(res.status).toBe(404);
    }
  });
});
