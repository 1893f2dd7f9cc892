import { describe, expect, it } from 'vitest';
import { sites } from 'virtual:networkwise/catalogue';
import { api } from '#functions/index.ts';

describe('GET /api/health', () => {
  it('reports the catalogue size and a working database', async () => {
    const res = await api.request('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', sites: sites.length, db: 'ok' });
    expect(sites.length).toBeGreaterThan(0);
  });
});

describe('unknown API routes', () => {
  it('answer 404 problem+json with type, title, status and detail', async () => {
    const res = await api.request('/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await res.json<Record<string, unknown>>();
    expect(body).toMatchObject({ status: 404, title: 'Not found' });
    expect(body['type']).toEqual(expect.any(String));
    expect(body['detail']).toContain('/no-such-thing');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('a known API path with the wrong method', () => {
  it('answers 405 problem+json with an Allow header naming the methods it takes', async () => {
    const res = await api.request('/health', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await res.json<{ detail: string }>()).detail).toContain('GET');
  });

  it('matches paths with parameters too', async () => {
    const res = await api.request('/sites/linkedin/reviews', { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')?.split(', ').sort()).toEqual(['GET', 'POST']);
  });
});

describe('state changes from another site', () => {
  it('are refused with 403 problem+json on every route, before the route runs', async () => {
    for (const [path, init] of [
      [
        '/recommend',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
          body: '{"goals":["friends"]}',
        },
      ],
      [
        '/admin/reviews/seed-linkedin-1/reject',
        { method: 'POST', headers: { authorization: 'Bearer test-admin-token', 'sec-fetch-site': 'cross-site' } },
      ],
      [
        '/reviews/seed-linkedin-1/report',
        { method: 'POST', headers: { 'cf-connecting-ip': '192.0.2.99', origin: 'null' } },
      ],
    ] as const) {
      const res = await api.request(path, init);
      expect(res.status, path).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('do not stop reads from anywhere', async () => {
    expect(
      (
        await api.request('/health', {
          headers: { origin: 'https://elsewhere.example', 'sec-fetch-site': 'cross-site' },
        })
      ).status,
    ).toBe(200);
  });
});
