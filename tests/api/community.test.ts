/**
 * Suggestions and corrections inside workerd against real local D1: every rule
 * of POST /api/suggestions and POST /api/sites/{slug}/corrections (202, 422 per
 * field, 409, 413, 415, the honeypot, 429, cross-site 403), their moderation
 * API (auth, accept, reject) and the no-JavaScript page posts, which answer
 * with the same rules and texts. Each test uses its own simulated clients.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { api as app, openApiDocument } from '#functions/index.ts';
import {
  handleCommunityModerationPost,
  handleCorrectionPost,
  handleSuggestionPost,
} from '#src/features/community/index.ts';
import { siteBySlug } from '#src/catalogue/index.ts';

const uid = () => crypto.randomUUID();

/** Every status these tests saw, per operation: each must be documented in the OpenAPI document (checked last). */
const seen = new Set<string>();
const TEMPLATES: [RegExp, string][] = [
  [/^\/suggestions$/, '/suggestions'],
  [/^\/sites\/[^/]+\/corrections$/, '/sites/{slug}/corrections'],
  [/^\/admin\/suggestions$/, '/admin/suggestions'],
  [/^\/admin\/(suggestions|corrections)\/[^/]+\/(accept|reject)$/, ''],
];
const api = {
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const res = await app.request(path, init);
    const bare = path.split('?')[0]!;
    for (const [pattern, template] of TEMPLATES) {
      if (!pattern.test(bare)) continue;
      const t = template || bare.replace(/^\/admin\/(\w+)\/[^/]+\/(\w+)$/, '/admin/$1/{id}/$2');
      seen.add(`${(init.method ?? 'GET').toLowerCase()} ${t} ${res.status}`);
    }
    return res;
  },
};

afterAll(() => {
  const doc = openApiDocument() as unknown as {
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  };
  const undocumented = [...seen].filter((key) => {
    const [method, template, status] = key.split(' ') as [string, string, string];
    return !doc.paths[template]?.[method]?.responses[status];
  });
  expect(undocumented).toEqual([]);
  expect(seen.size).toBeGreaterThan(15);
});
const newIp = () => `community-${uid()}`;
const ADMIN = { authorization: 'Bearer test-admin-token' };

interface Problem {
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

/** A suggestion of a site that is in no catalogue, unique per call. */
function suggestion(overrides: Record<string, unknown> = {}) {
  const tag = uid().slice(0, 8);
  return {
    name: `Guild of Makers ${tag}`,
    url: `https://makers-${tag}.example.org/`,
    why: 'A forum where hardware founders swap supplier contacts and ideas.',
    purposes: ['peer-ideas', 'contacts'],
    ...overrides,
  };
}

function correction(overrides: Record<string, unknown> = {}) {
  return {
    field: 'founded',
    correction: `The company was founded in 2003, not 2002. ${uid()}`,
    source: 'https://about.example.com/history',
    ...overrides,
  };
}

function post(path: string, body: unknown, { ip = newIp(), headers = {} } = {}) {
  return api.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function expectProblem(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = await res.json<Problem>();
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(20);
  return body;
}

const suggestionRow = (id: string) =>
  env.DB.prepare('SELECT * FROM suggestions WHERE id = ?1').bind(id).first<Record<string, unknown>>();
const correctionRow = (id: string) =>
  env.DB.prepare('SELECT * FROM corrections WHERE id = ?1').bind(id).first<Record<string, unknown>>();
const countSuggestions = async (name: string) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM suggestions WHERE name = ?1').bind(name).first<{ n: number }>())!.n;

describe('POST /api/suggestions', () => {
  it('stores a valid suggestion as pending and answers 202 with its id, never storing the IP', async () => {
    const ip = '203.0.113.77';
    const body = suggestion({ name: '  Guild  of Makers X ' + uid().slice(0, 4) });
    const res = await post('/suggestions', body, { ip });
    expect(res.status).toBe(202);
    const receipt = await res.json<{ id: string; status: string }>();
    expect(receipt).toEqual({ id: expect.any(String), status: 'pending' });
    const row = await suggestionRow(receipt.id);
    expect(row).toMatchObject({
      name: body.name.trim(),
      url: body.url,
      status: 'pending',
      purposes: '["peer-ideas","contacts"]',
    });
    expect(JSON.stringify(row)).not.toContain(ip);
    expect(row!['client_hash']).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('accepts a suggestion without purposes', async () => {
    const { purposes: _, ...body } = suggestion();
    expect((await post('/suggestions', body)).status).toBe(202);
  });

  it('answers 422 with one error per invalid field, naming the field', async () => {
    const res = await post('/suggestions', { name: '   ', url: 'ftp://nowhere', why: 'short', purposes: ['flying'] });
    const body = await expectProblem(res, 422);
    const fields = body.errors!.map((e) => e.field).sort();
    expect(fields).toEqual(['name', 'purposes', 'url', 'why']);
    expect(body.errors!.find((e) => e.field === 'url')!.message).toContain('https://');
    expect(body.errors!.find((e) => e.field === 'why')!.message).toBe(
      'Why it belongs is too short: 5 characters, at least 20.',
    );
  });

  it('answers 422 for missing fields, unknown fields, invisible names and broken characters', async () => {
    const missing = await expectProblem(await post('/suggestions', {}), 422);
    expect(missing.errors!.map((e) => e.field).sort()).toEqual(['name', 'url', 'why']);
    const unknown = await expectProblem(await post('/suggestions', suggestion({ rating: 5 })), 422);
    expect(unknown.errors).toEqual([{ field: 'rating', message: expect.stringContaining('not a field') }]);
    const invisible = await expectProblem(await post('/suggestions', suggestion({ name: '\u200b\u3164' })), 422);
    expect(invisible.errors![0]).toMatchObject({ field: 'name', message: expect.stringContaining('invisible') });
    const broken = await expectProblem(await post('/suggestions', suggestion({ name: 'Bad \ud800 name' })), 422);
    expect(broken.errors![0]!.field).toBe('name');
  });

  it('answers 409 to the same site suggested again, by address or by folded name, while pending or accepted', async () => {
    const first = suggestion();
    const res = await post('/suggestions', first);
    expect(res.status).toBe(202);
    const { id } = await res.json<{ id: string }>();
    // The same host and path written differently.
    const sameUrl = suggestion({
      url: first.url.replace('https://', 'http://www.').replace(/\/$/, '') + '/?ref=x',
    });
    await expectProblem(await post('/suggestions', sameUrl), 409);
    // The same name, in another case, with a zero-width space and full-width letters.
    const sameName = suggestion({ name: `\u200b${first.name.toUpperCase().replace('G', 'Ｇ')}` });
    await expectProblem(await post('/suggestions', sameName), 409);
    expect(await countSuggestions(first.name)).toBe(1);
    // Still a duplicate once accepted; suggested again after a rejection, it is stored.
    expect((await api.request(`/admin/suggestions/${id}/accept`, { method: 'POST', headers: ADMIN })).status).toBe(200);
    await expectProblem(await post('/suggestions', first), 409);
    expect((await api.request(`/admin/suggestions/${id}/reject`, { method: 'POST', headers: ADMIN })).status).toBe(200);
    expect((await post('/suggestions', first)).status).toBe(202);
  });

  it('answers 409 to a site that is already in the catalogue, naming its page', async () => {
    const body = await expectProblem(
      await post('/suggestions', suggestion({ name: 'Some Other Name', url: 'https://www.linkedin.com/' })),
      409,
    );
    expect(body.detail).toContain('/sites/linkedin/');
    await expectProblem(await post('/suggestions', suggestion({ name: 'linked in' })), 409);
  });

  it('answers 413 to a body over 8 kB, 415 to a non-JSON body and 400 to broken JSON', async () => {
    const big = await expectProblem(await post('/suggestions', suggestion({ why: 'x'.repeat(9000) })), 413);
    expect(big.detail).toContain('suggestion');
    await expectProblem(await post('/suggestions', 'name=x', { headers: { 'content-type': 'text/plain' } }), 415);
    await expectProblem(await post('/suggestions', '{"name":'), 400);
  });

  it('answers 202 to a filled-in honeypot and stores nothing', async () => {
    const body = suggestion({ website: 'http://spam.example' });
    const res = await post('/suggestions', body);
    expect(res.status).toBe(202);
    expect(await suggestionRow((await res.json<{ id: string }>()).id)).toBeNull();
    expect(await countSuggestions(body.name)).toBe(0);
  });

  it('answers 429 with Retry-After after 5 suggestions and corrections from one client in 10 minutes', async () => {
    const ip = newIp();
    for (let i = 0; i < 3; i++) expect((await post('/suggestions', suggestion(), { ip })).status).toBe(202);
    for (let i = 0; i < 2; i++)
      expect((await post('/sites/linkedin/corrections', correction(), { ip })).status).toBe(202);
    const res = await post('/suggestions', suggestion(), { ip });
    const body = await expectProblem(res, 429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(body.detail).toContain('5 suggestions or corrections');
    await expectProblem(await post('/sites/linkedin/corrections', correction(), { ip }), 429);
    // Another client is not affected.
    expect((await post('/suggestions', suggestion())).status).toBe(202);
  });

  it('refuses cross-site posts with 403 and stores nothing', async () => {
    const body = suggestion();
    const res = await post('/suggestions', body, {
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    await expectProblem(res, 403);
    expect(await countSuggestions(body.name)).toBe(0);
  });
});

describe('POST /api/sites/{slug}/corrections', () => {
  it('stores a valid correction as pending', async () => {
    const body = correction({ field: 'purposes.referrals' });
    const res = await post('/sites/xing/corrections', body);
    expect(res.status).toBe(202);
    const { id, status } = await res.json<{ id: string; status: string }>();
    expect(status).toBe('pending');
    expect(await correctionRow(id)).toMatchObject({
      site_slug: 'xing',
      field: 'purposes.referrals',
      correction: body.correction,
      source: body.source,
      status: 'pending',
    });
  });

  it('stores a correction without a source', async () => {
    const { source: _, ...body } = correction();
    const res = await post('/sites/xing/corrections', body);
    expect(res.status).toBe(202);
    expect((await correctionRow((await res.json<{ id: string }>()).id))!['source']).toBeNull();
  });

  it('answers 422 per field: unknown field, short text, a source that is not https', async () => {
    const res = await post('/sites/xing/corrections', {
      field: 'colour',
      correction: 'wrong',
      source: 'http://a.example',
    });
    const body = await expectProblem(res, 422);
    expect(body.errors!.map((e) => e.field).sort()).toEqual(['correction', 'field', 'source']);
    expect(body.errors!.find((e) => e.field === 'source')!.message).toContain('https://');
  });

  it('answers 404 for a site not in the catalogue', async () => {
    await expectProblem(await post('/sites/no-such-site/corrections', correction()), 404);
  });

  it('answers 409 to the same correction of the same field and site, folded; another site or field is new', async () => {
    const body = correction();
    expect((await post('/sites/xing/corrections', body)).status).toBe(202);
    const again = { ...body, correction: `  ${body.correction.toUpperCase()}\u200b ` };
    await expectProblem(await post('/sites/xing/corrections', again), 409);
    expect((await post('/sites/linkedin/corrections', body)).status).toBe(202);
    expect((await post('/sites/xing/corrections', { ...body, field: 'launched' })).status).toBe(202);
  });

  it('answers 413 to an oversized body and 202 (storing nothing) to a filled honeypot', async () => {
    await expectProblem(await post('/sites/xing/corrections', correction({ correction: 'y'.repeat(9000) })), 413);
    const trapped = await post('/sites/xing/corrections', correction({ website: 'x' }));
    expect(trapped.status).toBe(202);
    expect(await correctionRow((await trapped.json<{ id: string }>()).id)).toBeNull();
  });

  it('refuses cross-site posts with 403', async () => {
    await expectProblem(
      await post('/sites/xing/corrections', correction(), { headers: { origin: 'https://evil.example' } }),
      403,
    );
  });
});

describe('moderation of suggestions and corrections', () => {
  const routes: [string, string][] = [
    ['GET', '/admin/suggestions'],
    ['POST', '/admin/suggestions/x/accept'],
    ['POST', '/admin/suggestions/x/reject'],
    ['POST', '/admin/corrections/x/accept'],
    ['POST', '/admin/corrections/x/reject'],
  ];
  it.each(routes)('answers 401 without a token and 403 with a wrong one: %s %s', async (method, path) => {
    await expectProblem(await api.request(path, { method }), 401);
    await expectProblem(
      await api.request(path, { method, headers: { authorization: 'Bearer wrong', 'cf-connecting-ip': newIp() } }),
      403,
    );
  });

  it('answers 429 with Retry-After after too many wrong tokens from one client', async () => {
    const ip = newIp();
    const wrong = { authorization: 'Bearer wrong', 'cf-connecting-ip': ip };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await api.request('/admin/suggestions', { headers: wrong })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(403));
    const blocked = await api.request('/admin/suggestions', { headers: wrong });
    await expectProblem(blocked, 429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('lists pending items, accepts and rejects them, and answers 404 for an unknown id', async () => {
    const s = await (await post('/suggestions', suggestion())).json<{ id: string }>();
    const c = await (await post('/sites/xing/corrections', correction())).json<{ id: string }>();
    const list = await api.request('/admin/suggestions?limit=200', { headers: ADMIN });
    expect(list.status).toBe(200);
    const queues = await list.json<{ suggestions: { id: string }[]; corrections: { id: string }[] }>();
    expect(queues.suggestions.map((x) => x.id)).toContain(s.id);
    expect(queues.corrections.map((x) => x.id)).toContain(c.id);

    const accepted = await api.request(`/admin/suggestions/${s.id}/accept`, { method: 'POST', headers: ADMIN });
    expect(accepted.status).toBe(200);
    expect((await accepted.json<{ suggestion: { status: string } }>()).suggestion.status).toBe('accepted');
    const rejected = await api.request(`/admin/corrections/${c.id}/reject`, { method: 'POST', headers: ADMIN });
    expect((await rejected.json<{ correction: { status: string } }>()).correction.status).toBe('rejected');
    expect((await suggestionRow(s.id))!['decided_at']).toEqual(expect.any(String));

    const after = await (
      await api.request('/admin/suggestions?limit=200', { headers: ADMIN })
    ).json<{
      suggestions: { id: string }[];
      corrections: { id: string }[];
    }>();
    expect(after.suggestions.map((x) => x.id)).not.toContain(s.id);
    expect(after.corrections.map((x) => x.id)).not.toContain(c.id);
    const acceptedList = await (
      await api.request('/admin/suggestions?status=accepted&limit=200', { headers: ADMIN })
    ).json<{ suggestions: { id: string }[] }>();
    expect(acceptedList.suggestions.map((x) => x.id)).toContain(s.id);

    await expectProblem(await api.request('/admin/suggestions/nope/accept', { method: 'POST', headers: ADMIN }), 404);
    await expectProblem(await api.request('/admin/corrections/nope/reject', { method: 'POST', headers: ADMIN }), 404);
    await expectProblem(await api.request('/admin/suggestions?status=maybe', { headers: ADMIN }), 400);
  });

  it('the moderation page checks the token and decides with the same action', async () => {
    const s = await (await post('/suggestions', suggestion())).json<{ id: string }>();
    const form = (fields: Record<string, string>) =>
      new Request('http://localhost/admin/suggestions/', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': newIp() },
        body: new URLSearchParams(fields).toString(),
      });
    const bindings = { db: env.DB, adminToken: 'test-admin-token', clientKey: 'test-client-key' };
    expect((await handleCommunityModerationPost(form({ token: 'wrong' }), bindings)).status).toBe(403);
    const listed = await handleCommunityModerationPost(form({ token: 'test-admin-token', intent: 'list' }), bindings);
    expect(listed.signedIn!.suggestions.map((x) => x.id)).toContain(s.id);
    const done = await handleCommunityModerationPost(
      form({ token: 'test-admin-token', intent: 'reject', kind: 'suggestion', id: s.id }),
      bindings,
    );
    expect(done).toMatchObject({ status: 200, message: { kind: 'done' } });
    expect((await suggestionRow(s.id))!['status']).toBe('rejected');
  });
});

describe('the no-JavaScript pages', () => {
  const bindings = { db: env.DB, clientKey: 'test-client-key', limiter: undefined };
  const formPost = (path: string, fields: [string, string][], ip = newIp()) =>
    new Request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': ip },
      body: new URLSearchParams(fields).toString(),
    });

  it('/suggest/ stores a valid post and answers 422 with input kept and one message per field', async () => {
    const s = suggestion();
    const ok = await handleSuggestionPost(
      formPost('/suggest/', [
        ['name', s.name],
        ['url', s.url],
        ['why', s.why],
        ['purposes', 'contacts'],
        ['purposes', 'hiring'],
        ['website', ''],
      ]),
      bindings,
    );
    expect(ok).toEqual({ kind: 'thanks' });
    expect(await countSuggestions(s.name)).toBe(1);

    const bad = await handleSuggestionPost(
      formPost('/suggest/', [
        ['name', 'Fine name'],
        ['url', 'not a url'],
        ['why', 'too short'],
        ['purposes', 'hiring'],
      ]),
      bindings,
    );
    expect(bad).toMatchObject({
      kind: 'form',
      status: 422,
      values: { name: 'Fine name', url: 'not a url', why: 'too short', purposes: ['hiring'] },
      errors: { url: expect.stringContaining('https://'), why: expect.stringContaining('too short') },
    });
    const dup = await handleSuggestionPost(
      formPost('/suggest/', [
        ['name', s.name],
        ['url', s.url],
        ['why', s.why],
      ]),
      bindings,
    );
    expect(dup).toMatchObject({ kind: 'form', status: 409 });
  });

  it('answers 503 with Retry-After and no driver message when the database is busy', async () => {
    const busy = Object.create(env.DB) as D1Database;
    busy.batch = () => Promise.reject(new Error('D1_ERROR: database is locked: SQLITE_BUSY'));
    const s = suggestion();
    const result = await handleSuggestionPost(
      formPost('/suggest/', [
        ['name', s.name],
        ['url', s.url],
        ['why', s.why],
      ]),
      { ...bindings, db: busy },
    );
    expect(result).toMatchObject({ kind: 'error', status: 503, headers: { 'retry-after': expect.any(String) } });
    expect(JSON.stringify(result)).not.toContain('SQLITE');
    expect(await countSuggestions(s.name)).toBe(0);
  });

  it('/sites/{slug}/corrections/ stores a valid post and refuses a bad one with the API texts', async () => {
    const site = siteBySlug('meetup')!;
    const text = `The free plan no longer allows groups. ${uid()}`;
    const ok = await handleCorrectionPost(
      formPost('/sites/meetup/corrections/', [
        ['field', 'pricing'],
        ['correction', text],
        ['source', ''],
      ]),
      site,
      bindings,
    );
    expect(ok).toEqual({ kind: 'thanks' });
    const bad = await handleCorrectionPost(
      formPost('/sites/meetup/corrections/', [
        ['field', ''],
        ['correction', text],
        ['source', 'http://x.example'],
      ]),
      site,
      bindings,
    );
    expect(bad).toMatchObject({
      kind: 'form',
      status: 422,
      errors: { field: 'Choose what is wrong from the list.', source: expect.stringContaining('https://') },
      values: { correction: text },
    });
    const big = await handleCorrectionPost(
      formPost('/sites/meetup/corrections/', [['correction', 'z'.repeat(9000)]]),
      site,
      bindings,
    );
    expect(big).toMatchObject({ kind: 'error', status: 413 });
  });
});
