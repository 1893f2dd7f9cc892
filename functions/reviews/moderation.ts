/**
 * Moderation, mounted at `/admin`: list reviews by status and approve or
 * reject one. Every route needs `Authorization: Bearer <ADMIN_TOKEN>`
 * (401 without, 403 wrong; compared in constant time). The decision and
 * its outcomes are src/features/reviews/actions/moderation.ts, which the page
 * /admin/reviews/ uses too.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { env } from 'cloudflare:workers';
import { keysOf, PURPOSES } from '#src/catalogue/index.ts';
import {
  listReportedReviews,
  listReviewsByStatus,
  moderate,
  type ModerationDecision,
} from '#src/features/reviews/index.ts';
import { requireAdmin } from '#src/server/admin-auth.ts';
import { createRouter, problemResponses } from '../http/router.ts';
import { Problem } from '#src/server/problem.ts';

const ModeratedReviewSchema = z
  .object({
    id: z.string(),
    siteSlug: z.string(),
    rating: z.number().int(),
    title: z.string(),
    body: z.string(),
    author: z.string(),
    usedFor: z.enum(keysOf(PURPOSES)).nullable(),
    status: z.enum(['pending', 'approved', 'rejected']),
    createdAt: z.string().openapi({ format: 'date-time' }),
    helpful: z.number().int(),
    reports: z.number().int().openapi({ description: 'Reports since the last approval' }),
    reportReasons: z
      .array(z.string())
      .optional()
      .openapi({ description: 'With status=reported: the reasons visitors gave, oldest first' }),
  })
  .openapi('ModeratedReview');

const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path', example: 'seed-linkedin-1' }, example: 'seed-linkedin-1' }),
});
const security = [{ moderatorToken: [] }];

function decisionRoute(action: ModerationDecision) {
  return createRoute({
    method: 'post',
    path: `/reviews/{id}/${action}`,
    operationId: action === 'approve' ? 'approveReview' : 'rejectReview',
    summary: action === 'approve' ? 'Publish a review (clears its reports)' : 'Reject a review; it is never shown',
    security,
    request: { params: IdParam },
    responses: {
      200: {
        description: 'The review after the decision',
        content: { 'application/json': { schema: z.object({ review: ModeratedReviewSchema }) } },
      },
      ...problemResponses(400, 401, 403, 404, 429, 503),
    },
  });
}

const admin = createRouter();
admin.openAPIRegistry.registerComponent('securitySchemes', 'moderatorToken', {
  type: 'http',
  scheme: 'bearer',
  description: 'The ADMIN_TOKEN secret',
});
admin.use(
  '*',
  requireAdmin(() => env.ADMIN_TOKEN),
);

/** Moderation of reviews, mounted at `/admin` by the reviews router. */
export const moderationRoutes = admin
  .openapi(
    createRoute({
      method: 'get',
      path: '/reviews',
      operationId: 'listModerationQueue',
      summary:
        'Reviews with a status: the pending queue oldest first; reported (published reviews visitors reported) most reported first; others newest first',
      security,
      request: {
        query: z.object({
          status: z
            .enum(['pending', 'reported', 'approved', 'rejected'], {
              error: 'must be pending, reported, approved or rejected',
            })
            .default('pending'),
          limit: z.coerce.number({ error: 'must be a whole number from 1 to 200' }).int().min(1).max(200).default(100),
        }),
      },
      responses: {
        200: {
          description: 'The reviews',
          content: { 'application/json': { schema: z.object({ reviews: z.array(ModeratedReviewSchema) }) } },
        },
        ...problemResponses(400, 401, 403, 429, 503),
      },
    }),
    async (c) => {
      const { status, limit } = c.req.valid('query');
      if (status === 'reported') return c.json({ reviews: await listReportedReviews(env.DB, limit) }, 200);
      return c.json({ reviews: await listReviewsByStatus(env.DB, status, limit) }, 200);
    },
  )
  .openapi(decisionRoute('approve'), async (c) => {
    const outcome = await moderate(env.DB, c.req.valid('param').id, 'approve');
    if (outcome.kind === 'not-found') throw new Problem(outcome.status, outcome.message);
    return c.json({ review: outcome.review }, 200);
  })
  .openapi(decisionRoute('reject'), async (c) => {
    const outcome = await moderate(env.DB, c.req.valid('param').id, 'reject');
    if (outcome.kind === 'not-found') throw new Problem(outcome.status, outcome.message);
    return c.json({ review: outcome.review }, 200);
  });
