import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { api, openApiDocument } from '#functions/index.ts';

type Doc = ReturnType<typeof openApiDocument>;
const doc = openApiDocument() as Doc & {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat(
  'date-time',
  (s: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)),
);
ajv.addSchema({ $id: 'openapi', components: doc.components ?? {} });
const ADMIN = { authorization: 'Bearer test-admin-token' };
const JSON_HEADERS = { 'content-type': 'application/json' };

/** `/sites/:slug/reviews` → `/sites/{slug}/reviews`, the OpenAPI spelling. */
const toTemplate = (path: string) => path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}');

/** Checks one real response against the documented schema for its path, method and status. */
async function conforms(template: string, method: string, res: Response): Promise<string[]> {
  const op = doc.paths[template]?.[method];
  if (!op) return [`${method.toUpperCase()} ${template} is not documented`];
  const documented = op.responses[String(res.status)];
  if (!documented) return [`${method.toUpperCase()} ${template} answered ${res.status}, which is not documented`];
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const media = documented.content?.[type];
  if (!media) return documented.content ? [`${res.status} with content type ${type} is not documented`] : [];
  const schema = JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', '"openapi#/components/'));
  const validate = ajv.compile(schema);
  const body = await res.json();
  return validate(body)
    ? []
    : [`${method.toUpperCase()} ${template} ${res.status}: ${ajv.errorsText(validate.errors)}`];
}

describe('the OpenAPI document at /api/openapi.json', () => {
  it('is served as OpenAPI 3.1', async () => {
    const res = await api.request('/openapi.json');
    expect(res.status).toBe(200);
    const body = await res.json<{ openapi: string; paths: object }>();
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths).length).toBeGreaterThan(5);
  });

  it('documents every route the API registers', () => {
    const registered = api.routes
      .filter((r) => r.method !== 'ALL' && r.path !== '/openapi.json')
      .map((r) => `${r.method.toLowerCase()} ${toTemplate(r.path)}`);
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m} ${path}`),
    );
    expect(registered.length).toBeGreaterThan(8);
    expect(registered.filter((r) => !documented.includes(r))).toEqual([]);
  });

  it('describes real responses of every route, successes and problems alike', async () => {
    const failures: string[] = [];
    const check = async (template: string, method: string, path: string, init: RequestInit = {}) =>
      failures.push(
        ...(await conforms(template, method, await api.request(path, { method: method.toUpperCase(), ...init }))),
      );

    await check('/health', 'get', '/health');
    await check('/search', 'get', '/search?q=linkdin');
    await check('/search', 'get', '/search?q=');
    await check('/search', 'get', '/search?q=referrals&kind=alien');
    await check('/recommend', 'get', '/recommend?goals=investors,contacts&time=light');
    await check('/recommend', 'get', '/recommend?goals=flying');
    await check('/recommend', 'get', `/recommend?${new URLSearchParams({ text: 'XING oder LinkedIn for a job?' })}`);
    await check('/recommend', 'post', '/recommend', {
      headers: JSON_HEADERS,
      body: JSON.stringify({ goals: ['friends'] }),
    });
    await check('/compare', 'get', '/compare?sites=linkedin,xing');
    await check('/compare', 'get', '/compare?sites=linkedin,nosuchsite');
    await check('/compare', 'get', '/compare?sites=linkedin');

    const review = {
      rating: 4,
      title: 'Documented review',
      body: 'A review body long enough to be accepted by the rules.',
      author: 'OpenAPI test',
    };
    const post = (body: object, ip: string) =>
      api.request('/sites/linkedin/reviews', {
        method: 'POST',
        headers: { ...JSON_HEADERS, 'cf-connecting-ip': ip },
        body: JSON.stringify(body),
      });
    const created = await post(review, '192.0.2.10');
    const { id } = await created.clone().json<{ id: string }>();
    failures.push(...(await conforms('/sites/{slug}/reviews', 'post', created)));
    failures.push(
      ...(await conforms('/sites/{slug}/reviews', 'post', await post({ ...review, rating: 6 }, '192.0.2.11'))),
    );
    await check('/sites/{slug}/reviews', 'get', '/sites/linkedin/reviews?sort=helpful&limit=5');
    await check('/sites/{slug}/reviews', 'get', '/sites/nope/reviews');
    await check('/admin/reviews', 'get', '/admin/reviews?status=pending', { headers: ADMIN });
    await check('/admin/reviews', 'get', '/admin/reviews');
    await check('/admin/reviews/{id}/approve', 'post', `/admin/reviews/${id}/approve`, { headers: ADMIN });
    await check('/admin/reviews/{id}/reject', 'post', '/admin/reviews/no-such-id/reject', { headers: ADMIN });
    await check('/reviews/{id}/helpful', 'post', `/reviews/${id}/helpful`, {
      headers: { 'cf-connecting-ip': '192.0.2.12' },
    });
    await check('/reviews/{id}/report', 'post', `/reviews/${id}/report`, {
      headers: { 'cf-connecting-ip': '192.0.2.13' },
    });
    await check('/reviews/{id}/helpful', 'post', '/reviews/no-such-id/helpful', {
      headers: { 'cf-connecting-ip': '192.0.2.14' },
    });

    expect(failures).toEqual([]);
  });
});
