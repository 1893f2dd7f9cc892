/** `GET /api/ratings`: counts only approved reviews, averages them, and is cacheable. */
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { api } from '#functions/index.ts';

const uid = () => crypto.randomUUID();
const freshSlug = () => `test-${uid().slice(0, 8)}`;

async function insert(slug: string, rating: number, status: 'pending' | 'approved' | 'rejected') {
  const id = uid();
  await env.DB.prepare(
    `INSERT INTO reviews (id, site_slug, rating, title, body, author, used_for, status, created_at, client_hash, content_hash)
     VALUES (?1, ?2, ?3, 'A fair title', 'Twenty or more characters of body text.', 'Tester', NULL, ?4, ?5, 'client', ?6)`,
  )
    .bind(id, slug, rating, status, new Date().toISOString(), `hash-${id}`)
    .run();
}

describe('GET /api/ratings', () => {
  it('counts and averages approved reviews only, leaving out sites without any', async () => {
    const rated = freshSlug();
    const unrated = freshSlug();
    await insert(rated, 4, 'approved');
    await insert(rated, 5, 'approved');
    await insert(rated, 3, 'approved');
    await insert(rated, 1, 'pending');
    await insert(rated, 1, 'rejected');
    await insert(unrated, 2, 'pending');
    await insert(unrated, 2, 'rejected');
    const res = await api.request('/ratings');
    expect(res.status).toBe(200);
    const body = await res.json<Record<string, { count: number; average: number }>>();
    expect(body[rated]).toEqual({ count: 3, average: 4 });
    expect(body).not.toHaveProperty(unrated);
  });

  it('rounds the average to one decimal place', async () => {
    const slug = freshSlug();
    for (const r of [5, 4, 4]) await insert(slug, r, 'approved');
    const body = await (await api.request('/ratings')).json<Record<string, { average: number }>>();
    expect(body[slug]!.average).toBe(4.3);
  });

  it('is cached publicly for five minutes, as JSON', async () => {
    const res = await api.request('/ratings');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers only GET', async () => {
    const res = await api.request('/ratings', { method: 'POST' });
    expect(res.status).toBe(405);
  });
});
