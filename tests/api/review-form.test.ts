/**
 * The no-JavaScript form posts of /sites/{slug}/reviews/ (src/features/reviews/actions/form.ts)
 * inside workerd against real D1: the same rules, messages and limits as the
 * JSON API, answered as a page would need them.
 */
import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { sites } from 'virtual:networkwise/catalogue';
import { api } from '#functions/index.ts';
import { moderateReview } from '#src/features/reviews/queries/reviews.ts';
import { handleReviewPost, reviewsPath } from '#src/features/reviews/actions/form.ts';

const site = sites.find((s) => s.slug === 'wellfound')!;
const uid = () => crypto.randomUUID();
const bindings = { db: env.DB, clientKey: 'test-client-key', limiter: undefined };

function formPost(
  fields: Record<string, string>,
  { ip = `form-${uid()}`, type = 'application/x-www-form-urlencoded' } = {},
) {
  return new Request(`http://localhost/sites/${site.slug}/reviews/`, {
    method: 'POST',
    headers: { 'content-type': type, 'cf-connecting-ip': ip },
    body: new URLSearchParams(fields).toString(),
  });
}

const valid = () => ({
  intent: 'review',
  rating: '5',
  title: 'Met my co-founder',
  body: `Posted in the founders channel, met my co-founder. ${uid()}`,
  author: 'Ana',
  usedFor: 'investors',
  website: '',
});

async function countBody(body: string) {
  return (await env.DB.prepare('SELECT count(*) AS n FROM reviews WHERE body = ?1').bind(body).first<{ n: number }>())!
    .n;
}

describe('handleReviewPost: the review form', () => {
  it('stores a valid review as pending and answers with the thank-you page', async () => {
    const fields = valid();
    expect(await handleReviewPost(formPost(fields), site, bindings)).toEqual({ kind: 'thanks' });
    const row = await env.DB.prepare('SELECT status, rating, used_for FROM reviews WHERE body = ?1')
      .bind(fields.body)
      .first();
    expect(row).toEqual({ status: 'pending', rating: 5, used_for: 'investors' });
  });

  it('answers 422 with the input kept and one message per invalid field', async () => {
    const fields = { ...valid(), rating: '', title: '  ab ', body: 'short', usedFor: '' };
    const result = await handleReviewPost(formPost(fields), site, bindings);
    expect(result).toMatchObject({
      kind: 'form',
      status: 422,
      values: { rating: '', title: '  ab ', body: 'short', author: 'Ana', usedFor: '' },
    });
    if (result.kind !== 'form') throw new Error('expected the form');
    expect(Object.keys(result.errors).sort()).toEqual(['body', 'rating', 'title']);
  });

  it('gives exactly the messages the JSON API gives for the same input', async () => {
    const fields = {
      ...valid(),
      rating: '9',
      title: 'x'.repeat(130),
      body: 'Bell \u0007 in a body that is long enough',
      author: '',
      usedFor: 'dating',
    };
    const page = await handleReviewPost(formPost(fields), site, bindings);
    const res = await api.request(`/sites/${site.slug}/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': `form-${uid()}` },
      body: JSON.stringify({ rating: 9, title: fields.title, body: fields.body, author: '', usedFor: 'dating' }),
    });
    const { errors } = await res.json<{ errors: { field: string; message: string }[] }>();
    if (page.kind !== 'form') throw new Error('expected the form');
    expect(page.errors).toEqual(Object.fromEntries(errors.map((e) => [e.field, e.message])));
  });

  it('answers a filled-in honeypot with the thank-you page and stores nothing', async () => {
    const fields = { ...valid(), website: 'http://spam.example' };
    expect(await handleReviewPost(formPost(fields), site, bindings)).toEqual({ kind: 'thanks' });
    expect(await countBody(fields.body)).toBe(0);
  });

  it('answers 409 with the API’s message for the same text within 24 hours', async () => {
    const fields = valid();
    await handleReviewPost(formPost(fields), site, bindings);
    const again = await handleReviewPost(formPost(fields), site, bindings);
    expect(again).toMatchObject({
      kind: 'form',
      status: 409,
      values: { title: fields.title },
      message: expect.stringContaining('already received'),
    });
    expect(await countBody(fields.body)).toBe(1);
  });

  it('answers the 6th review in 10 minutes with 429, Retry-After and the input kept', async () => {
    const ip = `form-${uid()}`;
    for (let i = 0; i < 5; i++)
      expect((await handleReviewPost(formPost(valid(), { ip }), site, bindings)).kind).toBe('thanks');
    const sixth = valid();
    const result = await handleReviewPost(formPost(sixth, { ip }), site, bindings);
    expect(result).toMatchObject({
      kind: 'form',
      status: 429,
      values: { body: sixth.body },
      message: expect.stringContaining('kept below'),
    });
    if (result.kind !== 'form') throw new Error('expected the form');
    expect(Number(result.headers?.['retry-after'])).toBeGreaterThan(0);
  });

  it('answers 429 when the first-line binding refuses', async () => {
    const result = await handleReviewPost(formPost(valid()), site, {
      ...bindings,
      limiter: { limit: async () => ({ success: false }) },
    });
    expect(result).toMatchObject({ kind: 'error', status: 429, headers: { 'retry-after': '60' } });
  });

  it('answers 415 to a post that is not a plain form, and 413 to one over 16 kB', async () => {
    expect(await handleReviewPost(formPost(valid(), { type: 'application/json' }), site, bindings)).toMatchObject({
      kind: 'error',
      status: 415,
    });
    const big = await handleReviewPost(formPost({ ...valid(), body: 'x'.repeat(17 * 1024) }), site, bindings);
    expect(big).toMatchObject({ kind: 'error', status: 413 });
  });

  it('answers 400 to a post without a known intent', async () => {
    expect(await handleReviewPost(formPost({ intent: 'delete' }), site, bindings)).toMatchObject({
      kind: 'error',
      status: 400,
    });
  });

  it('answers 503 when the client-hash secret is missing', async () => {
    expect(await handleReviewPost(formPost(valid()), site, { ...bindings, clientKey: undefined })).toMatchObject({
      kind: 'error',
      status: 503,
    });
  });
});

describe('handleReviewPost: helpful and report buttons', () => {
  async function published(): Promise<string> {
    const res = await api.request(`/sites/${site.slug}/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': `form-${uid()}` },
      body: JSON.stringify({
        rating: 4,
        title: 'Published one',
        body: `Long enough published body ${uid()}`,
        author: 'P',
      }),
    });
    const { id } = await res.json<{ id: string }>();
    await moderateReview(env.DB, id, 'approved');
    return id;
  }

  it('counts a helpful vote and redirects back to the same list position with thanks', async () => {
    const id = await published();
    const cursor = 'abc';
    const result = await handleReviewPost(
      formPost({ intent: 'helpful', review: id, sort: 'helpful', cursor }),
      site,
      bindings,
    );
    expect(result).toEqual({
      kind: 'redirect',
      location: `/sites/${site.slug}/reviews/?sort=helpful&cursor=abc&thanks=helpful&review=${id}#review-${id}`,
    });
    const { helpful_count } = (await env.DB.prepare('SELECT helpful_count FROM reviews WHERE id = ?1')
      .bind(id)
      .first<{ helpful_count: number }>())!;
    expect(helpful_count).toBe(1);
  });

  it('records a report and redirects with thanks', async () => {
    const id = await published();
    const result = await handleReviewPost(formPost({ intent: 'report', review: id, sort: 'recent' }), site, bindings);
    expect(result).toEqual({ kind: 'redirect', location: reviewsPath(site.slug, { review: id, thanks: 'report' }) });
    const { report_count } = (await env.DB.prepare('SELECT report_count FROM reviews WHERE id = ?1')
      .bind(id)
      .first<{ report_count: number }>())!;
    expect(report_count).toBe(1);
  });

  it('answers 404 for a vote on a review that is not published', async () => {
    expect(await handleReviewPost(formPost({ intent: 'helpful', review: 'nope' }), site, bindings)).toMatchObject({
      kind: 'error',
      status: 404,
    });
    expect(await handleReviewPost(formPost({ intent: 'report', review: 'nope' }), site, bindings)).toMatchObject({
      kind: 'error',
      status: 404,
    });
  });

  it('builds return paths only from a known sort and an encoded cursor', () => {
    expect(reviewsPath('bni', { sort: 'javascript:alert(1)', cursor: 'a&b=c' })).toBe(
      '/sites/bni/reviews/?cursor=a%26b%3Dc',
    );
  });
});
