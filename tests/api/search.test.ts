import { describe, expect, it } from 'vitest';
import { searchIndex, sites } from 'virtual:networkwise/catalogue';
import { api } from '#functions/index.ts';
import worker from '#src/fetch.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';

interface Results {
  query: string;
  total: number;
  results: {
    slug: string;
    name: string;
    kind: string;
    tagline: string;
    url: string;
    score: number;
    purposes: string[];
  }[];
}
interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

const get = (query: string, init?: RequestInit) => api.request(`/search?${query}`, init);
const q = (text: string) => new URLSearchParams({ q: text }).toString();

async function results(query: string): Promise<Results> {
  const res = await get(query);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return await res.json<Results>();
}

async function problem(query: string): Promise<ProblemBody> {
  const res = await get(query);
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = await res.json<ProblemBody>();
  expect(body).toMatchObject({ status: 400, title: 'Bad request' });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  return body;
}

describe('GET /api/search', () => {
  it('finds a misspelt name first, with every result field', async () => {
    const body = await results(q('linkdin'));
    expect(body.query).toBe('linkdin');
    expect(body.total).toBeGreaterThanOrEqual(body.results.length);
    const linkedin = sites.find((s) => s.slug === 'linkedin')!;
    expect(body.results[0]).toEqual({
      slug: 'linkedin',
      name: linkedin.name,
      kind: linkedin.kind,
      tagline: linkedin.tagline,
      url: '/sites/linkedin/',
      score: expect.any(Number),
      purposes: expect.arrayContaining(['contacts', 'hiring']),
      why: expect.any(String),
    });
  });

  it('answers exactly what the search module answers', async () => {
    for (const text of ['faceboook', 'angel investors', 'find a job']) {
      expect(await results(`${q(text)}&limit=5`)).toEqual(
        JSON.parse(JSON.stringify(searchWithIntent(searchIndex, sites, { q: text, limit: 5 }))),
      );
    }
  });

  it('says when it assumed the goal of a profession named alone, with one search per goal to pick it', async () => {
    const body = (await results(`${q('accountants')}&limit=50`)) as Results & {
      intent: { kind: string; text: string; goals?: { goal: string; label: string; href: string }[] };
      results: { why: string }[];
    };
    expect(body.intent.text).toMatch(/no goal, so we assumed ideas with peers/);
    expect(body.total).toBe(body.results.length);
    for (const r of body.results) expect(r.why).not.toMatch(/your goal/);
    const goals = body.intent.goals ?? [];
    expect(goals.map((g) => g.goal)).toEqual(expect.arrayContaining(['peer-ideas', 'hiring', 'referrals']));
    for (const g of goals) expect(g.href).toMatch(/^\/search\/\?q=accountants\+/);
    // A goal said in the query is not assumed: no choices.
    const said = (await results(q('accountants looking for a job'))) as Results & { intent: { goals?: unknown } };
    expect(said.intent.goals).toBeUndefined();
  });

  it('answers words it can neither name nor read with no sites, saying so, and one search per goal', async () => {
    const body = (await results(q('origami'))) as Results & {
      intent: { kind: string; text: string; goals?: { goal: string; href: string }[] };
    };
    // A hobby no site is named after ("chess" was, until Chess.com and Lichess were listed): no faint match is listed.
    expect(body).toMatchObject({ total: 0, results: [], intent: { kind: 'names' } });
    expect(body.intent.text).toMatch(/No site matches/);
    expect(body.intent.goals?.length).toBeGreaterThan(0);
    for (const g of body.intent.goals!) expect(g.href).toMatch(/^\/search\/\?q=origami\+/);
  });

  it('answers a budget alone ("free") with a directory of the sites free to use or join', async () => {
    const body = (await results(`${q('free')}&limit=50`)) as Results & { intent: { kind: string } };
    expect(body.intent.kind).toBe('directory');
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results)
      expect(['free', 'freemium']).toContain(sites.find((s) => s.slug === r.slug)!.pricing.model);
  });

  it('finds sites by goal', async () => {
    const body = await results(`${q('business referrals')}&limit=5`);
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) expect(r.purposes).toContain('referrals');
  });

  it('keeps only the kind and purpose asked for, combined with the query', async () => {
    const body = await results(`${q('network')}&kind=business&purpose=investors&limit=50`);
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) {
      expect(r.kind).toBe('business');
      expect(r.purposes).toContain('investors');
    }
  });

  it('treats empty filters as no filter', async () => {
    expect(await results(`${q('linkdin')}&kind=&purpose=&limit=`)).toEqual(await results(q('linkdin')));
  });

  it('returns 10 results by default and at most `limit`', async () => {
    expect((await results(q('network'))).results).toHaveLength(10);
    expect((await results(`${q('network')}&limit=3`)).results).toHaveLength(3);
    expect((await results(`${q('network')}&limit=50`)).results.length).toBeLessThanOrEqual(50);
  });

  it('answers a query that matches nothing with 200 and no results', async () => {
    expect(await results(q('zzqxj'))).toMatchObject({
      query: 'zzqxj',
      total: 0,
      results: [],
      intent: { kind: 'names' },
    });
  });

  it.each(['<script>alert(1)</script>', "' OR 1=1 --", '"; DROP TABLE reviews; --', '{{7*7}} ${7*7} %00 \\u0000'])(
    'treats %s as plain text: JSON back, echoed unchanged',
    async (text) => {
      const body = await results(q(text));
      expect(body.query).toBe(text.trim());
      for (const r of body.results) expect(sites.map((s) => s.slug)).toContain(r.slug);
    },
  );

  it('still serves reviews after hostile queries (the database is never touched)', async () => {
    await get(q("'; DELETE FROM reviews; --"));
    expect((await api.request('/health')).status).toBe(200);
  });
});

describe('GET /api/search: errors name the parameter', () => {
  it('refuses a missing q', async () => {
    const body = await problem('');
    expect(body.errors).toEqual([{ field: 'q', message: expect.stringContaining('is required') }]);
    expect(body.detail).toContain('q:');
  });

  it.each([
    ['q=', 'is empty'],
    ['q=%20%20%20', 'is empty'],
    [q('a'.repeat(201)), 'at most 200 characters'],
    ['q=a&q=b', 'once'],
  ])('refuses %s naming q', async (query, message) => {
    const body = await problem(query);
    expect(body.errors).toEqual([{ field: 'q', message: expect.stringContaining(message) }]);
  });

  it('accepts a query of exactly 200 characters', async () => {
    await results(q('a'.repeat(200)));
  });

  it('refuses an unknown kind, listing the allowed values', async () => {
    const body = await problem(`${q('x')}&kind=corporate`);
    expect(body.errors).toEqual([{ field: 'kind', message: 'must be one of business, social, hybrid' }]);
    expect(body.detail).toContain('kind: must be one of business, social, hybrid');
  });

  it('refuses an unknown purpose, listing the allowed values', async () => {
    const body = await problem(`${q('x')}&purpose=dating`);
    expect(body.errors).toEqual([
      {
        field: 'purpose',
        message: 'must be one of contacts, peer-ideas, referrals, investors, promotion, hiring, local, friends',
      },
    ]);
  });

  it.each(['0', '51', '-1', '2.5', 'ten', '1e3'])('refuses limit=%s', async (limit) => {
    const body = await problem(`${q('x')}&limit=${limit}`);
    expect(body.errors).toEqual([{ field: 'limit', message: 'must be a whole number from 1 to 50' }]);
  });

  it('reports every invalid parameter at once', async () => {
    const body = await problem('kind=x&purpose=y&limit=0');
    expect(body.errors?.map((e) => e.field).sort()).toEqual(['kind', 'limit', 'purpose', 'q']);
  });
});

describe('GET /api/search: caching', () => {
  it('sends Cache-Control and an ETag tied to the build and the query', async () => {
    const a = await get(q('linkdin'));
    const again = await get(q('linkdin'));
    const other = await get(q('xing'));
    expect(a.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const etag = a.headers.get('etag');
    expect(etag).toMatch(/^W\/"[0-9a-f]{8}-[0-9a-f]{8}"$/);
    expect(again.headers.get('etag')).toBe(etag);
    expect(other.headers.get('etag')).not.toBe(etag);
    // Same build, so the build part is shared.
    expect(other.headers.get('etag')!.slice(0, 11)).toBe(etag!.slice(0, 11));
  });

  it('answers 304 with no body when If-None-Match has the current ETag', async () => {
    const etag = (await get(q('linkdin'))).headers.get('etag')!;
    for (const header of [etag, etag.replace(/^W\//, ''), `"nope", ${etag}`, '*']) {
      const res = await get(q('linkdin'), { headers: { 'if-none-match': header } });
      expect(res.status, header).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect(res.headers.get('cache-control')).toMatch(/max-age/);
      expect(await res.text()).toBe('');
    }
    expect((await get(q('linkdin'), { headers: { 'if-none-match': 'W/"stale-etag"' } })).status).toBe(200);
  });

  it('says how long the Worker took in Server-Timing, on answers and on errors', async () => {
    for (const res of [await get(q('find investors')), await get('q=')]) {
      const timing = /^app;dur=(\d+\.\d{2})$/.exec(res.headers.get('server-timing') ?? '');
      expect(timing, res.headers.get('server-timing') ?? 'no Server-Timing').not.toBeNull();
      expect(Number(timing![1])).toBeGreaterThanOrEqual(0);
    }
  });

  it('does not cache errors', async () => {
    const res = await get('q=');
    expect(res.headers.get('etag')).toBeNull();
  });
});

describe('GET /api/search through the whole Worker', () => {
  it('is served at /api/search with the security headers', async () => {
    const res = await worker.fetch(new Request(`https://networkwise.example/api/search?${q('faceboook')}`));
    expect(res.status).toBe(200);
    expect((await res.json<Results>()).results[0]?.slug).toBe('facebook');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('is documented in the OpenAPI document with its four parameters', async () => {
    const doc = await (
      await api.request('/openapi.json')
    ).json<{
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    }>();
    const params = doc.paths['/search']?.get?.parameters?.map((p) => p.name);
    expect(params?.sort()).toEqual(['kind', 'limit', 'purpose', 'q']);
  });
});
