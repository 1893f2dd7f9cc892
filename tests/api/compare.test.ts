import { describe, expect, it } from 'vitest';
import { sites } from 'virtual:networkwise/catalogue';
import { api } from '#functions/index.ts';
import { toOpenData } from '#src/catalogue/open-data.ts';

interface Comparison {
  sites: { slug: string; name: string; lastChecked: string; purposes: Record<string, { score: number }> }[];
  differences: { field: string; label: string; values: unknown[] }[];
  bestFor: { purpose: string; winners: string[]; tie: boolean }[];
}
interface ProblemBody {
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

async function problem(path: string, status: number): Promise<ProblemBody> {
  const res = await api.request(path);
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return await res.json<ProblemBody>();
}

describe('GET /api/compare', () => {
  it('returns the full entries in the order asked for, with their differences', async () => {
    const res = await api.request('/compare?sites=xing,linkedin');
    expect(res.status).toBe(200);
    const body = await res.json<Comparison>();
    expect(body.sites.map((s) => s.slug)).toEqual(['xing', 'linkedin']);
    const xing = sites.find((s) => s.slug === 'xing')!;
    expect(body.sites[0]).toEqual(toOpenData(xing));
    expect(body.differences.length).toBeGreaterThan(0);
    for (const d of body.differences) {
      expect(d.values).toHaveLength(2);
      expect(JSON.stringify(d.values[0])).not.toBe(JSON.stringify(d.values[1]));
    }
    expect(body.differences.map((d) => d.field)).toContain('owner');
  });

  it('reports each purpose score difference with the scores in site order', async () => {
    const body = await (await api.request('/compare?sites=linkedin,facebook')).json<Comparison>();
    const friends = body.differences.find((d) => d.field === 'purposes.friends')!;
    expect(friends.values).toEqual([
      body.sites[0]!.purposes['friends']!.score,
      body.sites[1]!.purposes['friends']!.score,
    ]);
    expect(body.bestFor.find((b) => b.purpose === 'friends')!.winners).toEqual(['facebook']);
  });

  it('collapses repeated and differently cased slugs', async () => {
    const body = await (await api.request('/compare?sites=LinkedIn,xing,linkedin,%20xing%20')).json<Comparison>();
    expect(body.sites.map((s) => s.slug)).toEqual(['linkedin', 'xing']);
  });

  it('accepts four sites and reads repeated sites parameters too', async () => {
    const res = await api.request('/compare?sites=linkedin,xing&sites=bni&sites=meetup');
    expect(res.status).toBe(200);
    expect((await res.json<Comparison>()).sites.map((s) => s.slug)).toEqual(['linkedin', 'xing', 'bni', 'meetup']);
  });

  it('answers 404 naming an unknown slug and suggesting the closest entry', async () => {
    const body = await problem('/compare?sites=linkedin,xnig', 404);
    expect(body.detail).toContain('"xnig" is not in the catalogue');
    const xing = sites.find((s) => s.slug === 'xing')!;
    expect(body.detail).toContain(`closest: ${xing.name} = xing`);
    expect(body.errors).toEqual([{ field: 'sites', message: expect.stringContaining('did you mean xing') }]);
  });

  it('refuses a single site with 400 saying to pick one more', async () => {
    const body = await problem('/compare?sites=linkedin', 400);
    expect(body.detail).toMatch(/pick at least one more site/);
    expect(body.errors?.[0]?.field).toBe('sites');
  });

  it('refuses five sites with 400 saying how many to remove', async () => {
    const body = await problem('/compare?sites=linkedin,xing,bni,meetup,reddit', 400);
    expect(body.detail).toMatch(/you picked 5: remove 1 site/);
  });

  it('refuses a missing sites parameter with 400 and an example', async () => {
    const body = await problem('/compare', 400);
    expect(body.detail).toContain('?sites=linkedin,xing');
  });

  it('refuses a two-site list that repeats one site', async () => {
    await problem('/compare?sites=linkedin,linkedin', 400);
  });

  it('refuses an absurdly long parameter with a 400 naming the field', async () => {
    const body = await problem(`/compare?sites=${'a'.repeat(1200)}`, 400);
    expect(body.errors?.[0]?.field).toBe('sites');
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = await (await api.request('/openapi.json')).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toContain('/compare');
  });
});
