/**
 * Fuzzing: fast-check drives 10,000 malformed requests across every API route
 * (wrong types, missing and extra fields, huge and odd strings, broken JSON and
 * UTF-8, bad query values, odd content types). Every answer must be 2xx or a
 * 4xx problem+json, never a 5xx, and a refused request must leave the stored
 * reviews, votes, suggestions and corrections exactly as they were (seeded
 * first, so there is something to change).
 */
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { api, openApiDocument } from '#functions/index.ts';

const RUNS = 10_000;
const routes = Object.entries(openApiDocument().paths ?? {}).flatMap(([path, item]) =>
  Object.keys(item as object)
    .filter((m) => ['get', 'post'].includes(m))
    .map((method) => ({ method: method.toUpperCase(), path })),
);

const oddString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '../../etc/passwd',
    '%00',
    '%E0%A4%A',
    '☃'.repeat(300),
    'linkedin',
    'referrals',
  ),
  fc.nat({ max: 300 }).map((n) => 'x'.repeat(n * 70)),
);
const anyValue = fc.oneof(
  oddString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(oddString, { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
);
const reviewish = fc.record(
  {
    rating: anyValue,
    title: anyValue,
    body: anyValue,
    author: anyValue,
    usedFor: anyValue,
    website: anyValue,
    goals: anyValue,
    extra: anyValue,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.constant(undefined),
  reviewish.map((o) => JSON.stringify(o)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.constantFrom('{', '{"rating":', '[1,2', 'not json', '{"rating": 5,}', '\u0000', 'null'),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Uint8Array.from([0xff, 0xfe, ...b])),
  fc.nat({ max: 30 }).map((n) => JSON.stringify({ title: 'x'.repeat(n * 1000), body: 'y'.repeat(n * 1000) })),
);
const contentType = fc.constantFrom(
  undefined,
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/problem+json',
  '*/*',
  'garbage',
);
const query = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom(
        'q',
        'kind',
        'purpose',
        'limit',
        'cursor',
        'sort',
        'sites',
        'goals',
        'time',
        'budget',
        'region',
        'inPerson',
        'audience',
        'status',
      ),
      fc.string({ maxLength: 8 }),
    ),
    oddString,
  ),
  { maxLength: 6 },
);

const request = fc.record({
  route: fc.constantFrom(...routes),
  param: fc.oneof(oddString, fc.constantFrom('linkedin', 'bni', 'seed-linkedin-1', 'seed-bni-1')),
  query,
  body,
  contentType,
  auth: fc.constantFrom(undefined, 'Bearer test-admin-token', 'Bearer wrong', 'Basic abc', 'Bearer ', ''),
  ip: fc.ipV4(),
});

/**
 * What the requests must find and may not change when refused: a review of each status the routes act on (the
 * generator names 'seed-linkedin-1' and 'seed-bni-1' as review ids), votes of both kinds on them, and a pending
 * suggestion and correction. Without them "changes no data" would compare empty tables.
 */
async function seed(): Promise<void> {
  const at = '2026-11-26T00:00:00.000Z';
  const review = env.DB.prepare(
    `INSERT OR IGNORE INTO reviews (id, site_slug, rating, title, body, author, used_for, status, created_at, client_hash, content_hash)
     VALUES (?1, ?2, ?3, 'A fair title', 'Twenty or more characters of body text.', 'Tester', NULL, ?4, ?5, 'client', ?6)`,
  );
  const vote = env.DB.prepare(
    `INSERT OR IGNORE INTO votes (review_id, client_hash, kind, created_at, reason) VALUES (?1, ?2, ?3, ?4, ?5)`,
  );
  await env.DB.batch([
    review.bind('seed-linkedin-1', 'linkedin', 4, 'approved', at, 'seed-hash-1'),
    review.bind('seed-bni-1', 'bni', 2, 'pending', at, 'seed-hash-2'),
    review.bind('seed-bni-2', 'bni', 5, 'approved', at, 'seed-hash-3'),
    vote.bind('seed-linkedin-1', 'voter-a', 'helpful', at, null),
    vote.bind('seed-bni-2', 'voter-b', 'report', at, 'spam'),
    env.DB.prepare(
      `INSERT OR IGNORE INTO suggestions (id, name, url, why, purposes, status, created_at, client_hash, url_key, name_key)
       VALUES ('seed-suggestion-1', 'Example Club', 'https://example.org/club', 'A club for fuzzing.', '[]', 'pending', ?1, 'client', 'example.org/club', 'example club')`,
    ).bind(at),
    env.DB.prepare(
      `INSERT OR IGNORE INTO corrections (id, site_slug, field, correction, source, status, created_at, client_hash, content_key)
       VALUES ('seed-correction-1', 'linkedin', 'owner', 'Owned by someone else.', NULL, 'pending', ?1, 'client', 'linkedin owner owned by someone else')`,
    ).bind(at),
  ]);
}

/** The stored reviews, votes, suggestions and corrections, read in one round trip to D1 (after most of the requests). */
async function snapshot(): Promise<string> {
  const results = await env.DB.batch([
    env.DB.prepare(
      'SELECT id, site_slug, rating, title, body, author, used_for, status, helpful_count, report_count FROM reviews ORDER BY id',
    ),
    env.DB.prepare('SELECT review_id, client_hash, kind, reason FROM votes ORDER BY review_id, client_hash, kind'),
    env.DB.prepare('SELECT id, name, url, why, purposes, status, decided_at FROM suggestions ORDER BY id'),
    env.DB.prepare('SELECT id, site_slug, field, correction, source, status, decided_at FROM corrections ORDER BY id'),
  ]);
  return JSON.stringify(results.map((r) => r.results));
}

describe('fuzzing every API route', () => {
  it(
    `answers ${RUNS} malformed requests with 2xx or 4xx problem+json and never changes data when refusing`,
    { timeout: 600_000 },
    async () => {
      await seed();
      let stored = await snapshot();
      // The comparison below has something to compare: every table holds the seeded rows.
      const [reviews, votes, suggestions, corrections] = JSON.parse(stored) as unknown[][];
      expect([reviews!.length, votes!.length, suggestions!.length, corrections!.length]).toEqual([3, 2, 1, 1]);
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const path = r.route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(r.param));
          const search = new URLSearchParams(r.query).toString();
          const headers: Record<string, string> = { 'cf-connecting-ip': r.ip };
          if (r.contentType) headers['content-type'] = r.contentType;
          if (r.auth !== undefined) headers['authorization'] = r.auth;
          const body = r.route.method !== 'GET' ? r.body : undefined;
          const res = await api.request(`${path}${search ? `?${search}` : ''}`, {
            method: r.route.method,
            headers,
            ...(body !== undefined ? { body } : {}),
          });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, `${r.route.method} ${path}`).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
            const problem = await res.json<Record<string, unknown>>();
            expect(problem).toMatchObject({
              status: res.status,
              title: expect.any(String),
              detail: expect.any(String),
              type: expect.any(String),
            });
            expect(await snapshot(), `refused ${r.route.method} ${path} changed stored data`).toBe(stored);
          } else {
            await res.arrayBuffer();
            stored = await snapshot();
          }
        }),
        { numRuns: RUNS, seed: 20261126 },
      );
      const total = [...statuses.values()].reduce((a, b) => a + b, 0);
      expect(total).toBe(RUNS);
      // Most fuzzed requests must be refused, or the generator is not malformed enough to test anything.
      expect([...statuses].filter(([s]) => s >= 400).reduce((a, [, n]) => a + n, 0)).toBeGreaterThan(RUNS / 2);
    },
  );
});
