import { createRoute, z } from '@hono/zod-openapi';
import { env } from 'cloudflare:workers';
import { createRouter, problemResponses } from '../http/router.ts';
import { Problem } from '#src/server/problem.ts';
import { RATINGS_MAX_AGE, ratingsBySlug } from '#src/features/ratings/index.ts';

const RatingSchema = z
  .object({
    count: z.number().int().describe('Approved reviews'),
    average: z.number().describe('Mean stars (1–5), one decimal place'),
  })
  .openapi('RatingSummary');

const RatingsSchema = z
  .record(z.string(), RatingSchema)
  .openapi('Ratings', { example: { linkedin: { count: 12, average: 4.1 } } });

/**
 * `GET /api/ratings`: every site's approved-review count and average, for the
 * lists (prerendered pages fill their ratings in from it). Sites without
 * approved reviews are absent. Cached publicly for five minutes.
 */
export const ratingsRouter = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'Rating summaries of every site with approved reviews',
    responses: {
      200: {
        description: 'Slug → count and average of approved reviews; sites without any are absent',
        content: { 'application/json': { schema: RatingsSchema } },
      },
      ...problemResponses(503),
    },
  }),
  async (c) => {
    let ratings;
    try {
      ratings = await ratingsBySlug(env.DB);
    } catch {
      throw new Problem(503, 'The review database did not answer. Try again in a minute.');
    }
    return c.json(ratings, 200, { 'cache-control': `public, max-age=${RATINGS_MAX_AGE}` });
  },
);
