/**
 * What an attacker on loopback found, each case inside workerd
 * against real local D1: reversible client hashes, unlimited votes, text that
 * defeats validation and duplicate checks, database trouble leaking as 500,
 * unlimited admin token guesses, and missing CORS on the read API.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { env } from 'cloudflare:workers';
import { api } from '#functions/index.ts';
import { moderateReview } from '#src/features/reviews/queries/reviews.ts';
import { clientHash, clientNetwork } from '#src/server/client-id.ts';
import { VOTES_PER_DAY } from '#src/features/reviews/actions/votes.ts';
import { handleReviewPost } from '#src/features/reviews/actions/form.ts';
import { handleModerationPost } from '#src/features/reviews/actions/moderation.ts';
import { ADMIN_FAILURES_PER_MINUTE } from '#src/server/admin-auth.ts';
import { duplicateFold, hasLoneSurrogate, isInvisibleOnly } from '#src/shared/text-hygiene.ts';
import { headersFileBlock } from '#src/shared/security-headers.ts';
import { sites } from 'virtual:networkwise/catalogue';

const uid = () => crypto.randomUUID();
const newIp = () => `abuse-${uid()}`;

function review(overrides: Record<string, unknown> = {}) {
  return {
    rating: 4,
    title: 'Found two clients through it',
    body: `Used it for referrals: two clients in three months. ${uid()}`,
    author: 'Sam',
    ...overrides,
  };
}

function post(slug: string, body: unknown, ip = newIp()) {
  return api.request(`/sites/${slug}/reviews`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function publish(slug: string): Promise<string> {
  const res = await post(slug, review());
  expect(res.status).toBe(202);
  const { id } = await res.json<{ id: string }>();
  await moderateReview(env.DB, id, 'approved');
  return id;
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** The old scheme an attacker with the key can recompute: HMAC keyed with the day and the secret. */
async function keyOnlyHash(ip: string, secret: string, day: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(`${day}\n${secret}`),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(clientNetwork(ip)));
  return btoa(String.fromCharCode(...new Uint8Array(signature)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

describe('client identifiers', () => {
  it('cannot be recomputed from an address with the key alone: a random salt of the day is part of them', async () => {
    const id = await publish('github');
    const ips = Array.from({ length: 40 }, (_, i) => `10.77.3.${i + 1}`);
    const statuses = await Promise.all(
      ips.map(
        async (ip) =>
          (await api.request(`/reviews/${id}/helpful`, { method: 'POST', headers: { 'cf-connecting-ip': ip } })).status,
      ),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const stored = new Set(
      (
        await env.DB.prepare(`SELECT client_hash FROM votes WHERE review_id = ?1`)
          .bind(id)
          .all<{ client_hash: string }>()
      ).results.map((r) => r.client_hash),
    );
    expect(stored.size).toBe(40);
    const day = new Date().toISOString().slice(0, 10);
    let recovered = 0;
    for (const ip of ips) if (stored.has(await keyOnlyHash(ip, 'test-client-key', day))) recovered++;
    expect(recovered).toBe(0);
  }, 30_000);

  it("keeps a day's salt only while that day lasts, then deletes it", async () => {
    const yesterday = new Date('2031-05-01T23:59:00Z');
    const today = new Date('2031-05-02T00:01:00Z');
    const first = await clientHash(env.DB, '10.0.0.1', 'test-client-key', yesterday);
    expect(await clientHash(env.DB, '10.0.0.1', 'test-client-key', yesterday)).toBe(first);
    expect(
      await env.DB.prepare(`SELECT count(*) AS n FROM client_salts WHERE day = '2031-05-01'`).first<{ n: number }>(),
    ).toEqual({ n: 1 });
    const next = await clientHash(env.DB, '10.0.0.1', 'test-client-key', today);
    expect(next).not.toBe(first);
    expect(
      await env.DB.prepare(`SELECT count(*) AS n FROM client_salts WHERE day < '2031-05-02'`).first<{ n: number }>(),
    ).toEqual({ n: 0 });
  });
});

describe('helpful votes', () => {
  it(`are limited to ${VOTES_PER_DAY} a day per client in D1, with 429 and Retry-After`, async () => {
    const ip = newIp();
    const target = await publish('github');
    for (let i = 0; i < VOTES_PER_DAY; i++)
      await api.request(`/reviews/nope-${i}/helpful`, { method: 'POST', headers: { 'cf-connecting-ip': ip } });
    const res = await api.request(`/reviews/${target}/helpful`, {
      method: 'POST',
      headers: { 'cf-connecting-ip': ip },
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // Another client is not affected.
    const other = await api.request(`/reviews/${target}/helpful`, {
      method: 'POST',
      headers: { 'cf-connecting-ip': newIp() },
    });
    expect(other.status).toBe(200);
  });
});

describe('text hygiene', () => {
  const problemFields = async (res: Response) => {
    expect(res.status).toBe(422);
    return (await res.json<{ errors: { field: string }[] }>()).errors.map((e) => e.field);
  };

  it.each([
    ['title', { title: 'Lone \ud800 surrogate' }],
    ['body', { body: 'A long enough body with a lone low surrogate \udc00 in it.' }],
    ['author', { author: 'Sam\ud83d' }],
  ])('refuses ill-formed UTF-16 in %s with 422', async (field, overrides) => {
    expect(await problemFields(await post('bni', review(overrides)))).toEqual([field]);
  });

  it.each([
    ['author', { author: '\u200b\u200b' }],
    ['author', { author: '\u3164' }],
    ['author', { author: '\u2800\u00a0\u200d' }],
    ['title', { title: '\u3164\u3164\u3164\u3164' }],
    ['title', { title: '\u200b\u200c\u200d\u2060\ufeff' }],
  ])('refuses a %s made only of invisible or blank characters (%j) with 422', async (field, overrides) => {
    expect(await problemFields(await post('bni', review(overrides)))).toEqual([field]);
  });

  it('folds NFKC, case and zero-width characters when detecting duplicates', async () => {
    const body = `Great for meeting founders in my city ${uid()}`;
    expect((await post('meetup', review({ body }))).status).toBe(202);
    const disguised = body
      .replace('Great', 'G\u200breat')
      .replace('founders', 'ｆｏｕｎｄｅｒｓ')
      .replace('city', 'CITY');
    expect((await post('meetup', review({ body: disguised }))).status).toBe(409);
  });

  it('exports the helpers from src/shared for every feature', () => {
    expect(hasLoneSurrogate('a\ud800')).toBe(true);
    expect(hasLoneSurrogate('a😀')).toBe(false);
    expect(isInvisibleOnly('\u3164 \u200b')).toBe(true);
    expect(isInvisibleOnly('Ana')).toBe(false);
    expect(duplicateFold('ＨＥ\u200bllo   World')).toBe(duplicateFold('hello world'));
  });
});

describe('database trouble', () => {
  const busy = () => new Error('D1_ERROR: database is locked: SQLITE_BUSY');

  it('answers a review post 503 problem+json with Retry-After, never a 500 with the driver message', async () => {
    vi.spyOn(env.DB, 'batch').mockRejectedValue(busy());
    const res = await post('bni', review());
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const text = await res.text();
    expect(text).not.toMatch(/SQLITE|D1_ERROR|locked/);
    expect(text).toMatch(/try again in a moment/i);
  });

  it('answers a vote 503 with Retry-After when the database is busy', async () => {
    const id = await publish('github');
    vi.spyOn(env.DB, 'batch').mockRejectedValue(
      new Error('D1_ERROR: Database is overloaded. Requests queued for too long.'),
    );
    const res = await api.request(`/reviews/${id}/helpful`, {
      method: 'POST',
      headers: { 'cf-connecting-ip': newIp() },
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
  });

  it('tells a page visitor to try again in a moment, with 503 and Retry-After', async () => {
    vi.spyOn(env.DB, 'batch').mockRejectedValue(busy());
    const site = sites.find((s) => s.slug === 'wellfound')!;
    const result = await handleReviewPost(
      new Request(`http://localhost/sites/${site.slug}/reviews/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': newIp() },
        body: new URLSearchParams({
          intent: 'review',
          rating: '5',
          title: 'Met my co-founder',
          body: `Posted in the founders channel, met my co-founder. ${uid()}`,
          author: 'Ana',
        }).toString(),
      }),
      site,
      { db: env.DB, clientKey: 'test-client-key', limiter: undefined },
    );
    expect(result).toMatchObject({ status: 503, headers: { 'retry-after': expect.any(String) } });
    expect(JSON.stringify(result)).toMatch(/try again in a moment/i);
    expect(JSON.stringify(result)).not.toMatch(/SQLITE/);
  });

  it('reports the health check as degraded (503) when a real table cannot be read, e.g. a corrupt file', async () => {
    const prepare = env.DB.prepare.bind(env.DB);
    vi.spyOn(env.DB, 'prepare').mockImplementation((sql: string) => {
      if (/\bfrom\b/i.test(sql)) throw new Error('D1_ERROR: database disk image is malformed: SQLITE_CORRUPT');
      return prepare(sql);
    });
    const res = await api.request('/health');
    expect(res.status).toBe(503);
    const body = await res.json<{ status: string; db: string }>();
    expect(body).toMatchObject({ status: 'degraded', db: 'unavailable' });
    expect(JSON.stringify(body)).not.toMatch(/SQLITE/);
  });
});

describe('admin token guesses', () => {
  it(`are limited per client: after ${ADMIN_FAILURES_PER_MINUTE} wrong tokens a minute, 429 with Retry-After`, async () => {
    const ip = newIp();
    const guess = (token: string) =>
      api.request('/admin/reviews', { headers: { authorization: `Bearer ${token}`, 'cf-connecting-ip': ip } });
    for (let i = 0; i < ADMIN_FAILURES_PER_MINUTE; i++) {
      const res = await guess(`wrong-${i}`);
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain('.dev.vars');
    }
    const blocked = await guess('wrong-again');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Someone else is not locked out.
    expect(
      (
        await api.request('/admin/reviews', {
          headers: { authorization: 'Bearer test-admin-token', 'cf-connecting-ip': newIp() },
        })
      ).status,
    ).toBe(200);
  });

  it('are limited on the admin page too, and its messages do not mention .dev.vars', async () => {
    const ip = newIp();
    const attempt = (token: string) =>
      handleModerationPost(
        new Request('http://localhost/admin/reviews/', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': ip },
          body: new URLSearchParams({ token, intent: 'list' }).toString(),
        }),
        { db: env.DB, adminToken: 'test-admin-token', clientKey: 'test-client-key' },
      );
    for (let i = 0; i < ADMIN_FAILURES_PER_MINUTE; i++) {
      const result = await attempt(`wrong-${i}`);
      expect(result.status).toBe(403);
      expect(result.message?.text).not.toContain('.dev.vars');
    }
    const blocked = await attempt('wrong-again');
    expect(blocked.status).toBe(429);
    expect(blocked.headers?.['retry-after']).toBeTruthy();
  });
});

describe('CORS', () => {
  it('allows any origin to read GET API routes', async () => {
    for (const path of ['/search?q=linkedin', '/sites/linkedin/reviews', '/compare?sites=linkedin,xing', '/health']) {
      const res = await api.request(path, { headers: { origin: 'https://elsewhere.example' } });
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
    }
  });

  it('answers a preflight for a GET route with 204, and never allows writes', async () => {
    const ok = await api.request('/search', {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'GET' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    expect(ok.headers.get('access-control-allow-methods')).toMatch(/GET/);
    expect(ok.headers.get('access-control-allow-methods')).not.toMatch(/POST/);

    const write = await api.request('/sites/linkedin/reviews', {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(write.headers.get('access-control-allow-origin')).toBeNull();

    const posted = await post('bni', review());
    expect(posted.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is written into _headers for the open data files', () => {
    expect(headersFileBlock()).toMatch(/\/data\/\*\n {2}Access-Control-Allow-Origin: \*/);
  });
});
