/**
 * Reviews of a site: `POST` and `GET /api/sites/{slug}/reviews` ({@link siteReviews},
 * mounted at `/sites`), and helpful votes and reports on one review
 * ({@link reviewVotes}, mounted at `/reviews`). The review rules live in
 * src/features/reviews/rules/review-rules.ts; the submission, listing, vote and
 * report outcomes in src/features/reviews/actions/, shared with the page
 * /sites/{slug}/reviews/ and its no-JavaScript forms.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { env } from 'cloudflare:workers';
import {
  castHelpfulVote,
  fileReport,
  identifyClient,
  listReviewPage,
  reviewFieldErrors,
  reportInputSchema,
  reviewInputSchema,
  submitReview,
} from '#src/features/reviews/index.ts';
import { keysOf, PURPOSES, siteBySlug } from '#src/catalogue/index.ts';
import { jsonBody } from '#src/server/body-limit.ts';
import { createRouter, problemResponses } from '../http/router.ts';
import { fieldErrors, summarizeFieldErrors } from '#src/shared/validation.ts';
import { Problem } from '#src/server/problem.ts';
import { moderationRoutes } from './moderation.ts';

type ClientEnv = { Variables: { client: string } };

/**
 * Identifies the client (daily-salted hash, never the IP) and applies the
 * first-line rate limit. Cross-site requests never get here: the API refuses
 * them for every route (functions/index.ts).
 */
const identify: MiddlewareHandler<ClientEnv> = async (c, next) => {
  const who = await identifyClient(
    c.req.raw.headers,
    { db: env.DB, clientKey: env.CLIENT_HASH_KEY, limiter: env.REVIEW_RATE_LIMITER },
    new Date(),
  );
  if (!who.ok) throw new Problem(who.status, who.message, who.headers ? { headers: who.headers } : {});
  c.set('client', who.client);
  await next();
};

/** 404 for a slug that is not in the catalogue, before any body is read. */
const knownSite: MiddlewareHandler<ClientEnv> = async (c, next) => {
  const slug = c.req.param('slug') ?? '';
  if (!siteBySlug(slug))
    throw new Problem(
      404,
      `There is no site "${slug}" in the catalogue. See /api/openapi.json, or /sites/ for the list.`,
    );
  await next();
};

// Typed with the same env as `identify`, so the handler sees `c.get('client')`.
const readJson: MiddlewareHandler<ClientEnv> = jsonBody();

/** An optional JSON body: read and checked like {@link readJson} when the request has one, skipped when it has none. */
const readOptionalJson: MiddlewareHandler<ClientEnv> = async (c, next) => {
  if (!c.req.header('content-type') && !Number(c.req.header('content-length') ?? 0)) return next();
  return readJson(c, next);
};

const SlugParam = z.object({
  slug: z.string().openapi({ param: { name: 'slug', in: 'path', example: 'linkedin' }, example: 'linkedin' }),
});
const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path', example: 'seed-linkedin-1' }, example: 'seed-linkedin-1' }),
});

const SummarySchema = z
  .object({
    count: z.number().int(),
    average: z.number().nullable().openapi({ description: 'Mean rating, two decimals; null without reviews' }),
    distribution: z.object({
      '1': z.number().int(),
      '2': z.number().int(),
      '3': z.number().int(),
      '4': z.number().int(),
      '5': z.number().int(),
    }),
  })
  .openapi('ReviewSummary');

const PublicReviewSchema = z
  .object({
    id: z.string(),
    rating: z.number().int().min(1).max(5),
    title: z.string(),
    body: z.string(),
    author: z.string(),
    usedFor: z.enum(keysOf(PURPOSES)).nullable(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    helpful: z.number().int(),
  })
  .openapi('Review', { description: 'An approved review. Text is plain text: escape it when you render it as HTML.' });

const ListQuery = z.object({
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 50' })
    .int('must be a whole number from 1 to 50')
    .min(1, 'must be a whole number from 1 to 50')
    .max(50, 'must be a whole number from 1 to 50')
    .default(10),
  sort: z.enum(['recent', 'helpful'], { error: 'must be "recent" or "helpful"' }).default('recent'),
  cursor: z.string().max(500).optional().openapi({ description: 'nextCursor from the previous page' }),
});

const siteReviews = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/reviews',
      operationId: 'submitReview',
      security: [],
      summary: 'Submit a review; it is published after a moderator approves it',
      description:
        'At most 5 submissions per client in 10 minutes (429 with Retry-After); the same text for the same site within 24 hours is refused (409). Bodies over 16 kB are refused (413).',
      middleware: [identify, knownSite, readJson] as const,
      request: {
        params: SlugParam,
        body: { required: true, content: { 'application/json': { schema: reviewInputSchema } } },
      },
      responses: {
        202: {
          description: 'Received; pending moderation',
          content: {
            'application/json': {
              schema: z.object({ id: z.string(), status: z.literal('pending') }).openapi('ReviewReceipt'),
            },
          },
        },
        ...problemResponses(400, 403, 404, 409, 413, 415, 422, 429, 503),
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const site = siteBySlug(slug)!;
      const outcome = await submitReview(env.DB, {
        siteSlug: slug,
        siteName: site.name,
        review: c.req.valid('json'),
        client: c.get('client'),
        now: new Date(),
      });
      if (outcome.kind === 'rate-limited')
        throw new Problem(429, outcome.detail, { headers: { 'retry-after': String(outcome.retryAfterSeconds) } });
      if (outcome.kind === 'duplicate') throw new Problem(409, outcome.detail);
      return c.json({ id: outcome.id, status: 'pending' as const }, 202);
    },
    (result) => {
      if (result.success) return;
      if (result.target !== 'json') {
        const errors = fieldErrors(result.error);
        throw new Problem(400, `Invalid ${result.target} parameters: ${summarizeFieldErrors(errors)}`, { errors });
      }
      const errors = reviewFieldErrors(result.error);
      throw new Problem(
        422,
        `Please fix ${errors.length === 1 ? 'this field' : `these ${errors.length} fields`}: ${summarizeFieldErrors(errors, ' ')}`,
        { errors },
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/reviews',
      operationId: 'listReviews',
      security: [],
      summary: "A site's rating summary and approved reviews, newest or most helpful first",
      middleware: [knownSite] as const,
      request: { params: SlugParam, query: ListQuery },
      responses: {
        200: {
          description: 'One page of approved reviews',
          content: {
            'application/json': {
              schema: z
                .object({
                  summary: SummarySchema,
                  reviews: z.array(PublicReviewSchema),
                  nextCursor: z.string().nullable(),
                })
                .openapi('ReviewPage'),
            },
          },
        },
        ...problemResponses(400, 404, 503),
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { limit, sort, cursor } = c.req.valid('query');
      const listed = await listReviewPage(env.DB, slug, { sort, limit, cursor });
      if (listed.kind === 'bad-cursor')
        throw new Problem(listed.status, listed.message, {
          errors: [{ field: listed.field, message: listed.message }],
        });
      return c.json({ summary: listed.summary, ...listed.page }, 200, { 'cache-control': 'no-cache' });
    },
  );

const reviewVotes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/helpful',
      operationId: 'markReviewHelpful',
      security: [],
      summary: 'Mark an approved review as helpful (one vote per client; a repeat changes nothing)',
      description:
        'Helpful votes and reports together are limited per client per day (429 with Retry-After), besides a short-term limit per connection.',
      middleware: [identify] as const,
      request: { params: IdParam },
      responses: {
        200: {
          description: 'The helpful count',
          content: { 'application/json': { schema: z.object({ helpful: z.number().int() }) } },
        },
        ...problemResponses(400, 403, 404, 429, 503),
      },
    }),
    async (c) => {
      const outcome = await castHelpfulVote(env.DB, c.req.valid('param').id, c.get('client'), new Date());
      if (outcome.kind === 'not-found') throw new Problem(outcome.status, outcome.message);
      if (outcome.kind === 'rate-limited')
        throw new Problem(429, outcome.message, { headers: { 'retry-after': String(outcome.retryAfterSeconds) } });
      return c.json({ helpful: outcome.helpful }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/report',
      operationId: 'reportReview',
      security: [],
      summary: 'Report a review to the moderators, with an optional reason',
      description:
        'A report never unpublishes a review: it raises it in the moderation queue with the number of reports and their reasons, and a moderator decides. The body is optional. Helpful votes and reports together are limited per client per day (429 with Retry-After).',
      middleware: [identify, readOptionalJson] as const,
      request: {
        params: IdParam,
        body: { required: false, content: { 'application/json': { schema: reportInputSchema } } },
      },
      responses: {
        202: {
          description: 'Report received',
          content: { 'application/json': { schema: z.object({ status: z.literal('received') }) } },
        },
        ...problemResponses(400, 403, 404, 413, 415, 422, 429, 503),
      },
    }),
    async (c) => {
      const body = c.req.header('content-type') ? c.req.valid('json') : undefined;
      const outcome = await fileReport(
        env.DB,
        c.req.valid('param').id,
        c.get('client'),
        new Date(),
        body?.reason ? body.reason : null,
      );
      if (outcome.kind === 'not-found') throw new Problem(outcome.status, outcome.message);
      if (outcome.kind === 'rate-limited')
        throw new Problem(429, outcome.message, { headers: { 'retry-after': String(outcome.retryAfterSeconds) } });
      return c.json({ status: 'received' as const }, 202);
    },
  );

/** Every reviews route: a site's reviews, votes and reports, and moderation under `/admin`. */
export const reviewsRouter = createRouter()
  .route('/sites', siteReviews)
  .route('/reviews', reviewVotes)
  .route('/admin', moderationRoutes);
