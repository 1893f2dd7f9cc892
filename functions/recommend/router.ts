import { createRoute, z } from '@hono/zod-openapi';
import { type Answers, answersQuerySchema, answersSchema, recommend, withoutUndefined } from '#src/features/recommend/index.ts';
import { allSites, keysOf, KINDS } from '#src/catalogue/index.ts';
import { createRouter, problemResponses } from '../http/router.ts';
import { fieldErrors, summarizeFieldErrors } from '#src/shared/validation.ts';
import { Problem } from '#src/server/problem.ts';
import { jsonBody } from '#src/server/body-limit.ts';

const sites = allSites();

const MAX_LIMIT = 100;
const limitMessage = `must be a whole number from 1 to ${MAX_LIMIT}`;
const limit = z.number({ error: limitMessage }).int(limitMessage).min(1, limitMessage).max(MAX_LIMIT, limitMessage).optional().describe('How many results to return (default: every active site)');

const QuerySchema = answersQuerySchema.extend({
  limit: z.preprocess((v) => (v === undefined || v === '' ? undefined : Number(v)), limit),
});
const BodySchema = answersSchema.extend({ limit }).openapi('RecommendRequest');

const RecommendationSchema = z
  .object({
    answers: answersSchema.describe('The answers as understood, unanswered questions left out'),
    verdict: z.object({
      kind: z.enum(['business', 'social', 'mixed']),
      text: z.string().describe('One sentence on what kind of networking the goals are'),
    }),
    results: z
      .array(
        z.object({
          slug: z.string(),
          name: z.string(),
          kind: z.enum(keysOf(KINDS)),
          score: z.number().int().min(0).max(100),
          reasons: z.array(z.object({ text: z.string(), points: z.number().int() })).describe('The terms of the score; their points sum to it'),
          warnings: z.array(z.object({ type: z.enum(['wrong-kind', 'time-cost']), text: z.string() })),
        }),
      )
      .describe('Every site that is not closed, best first'),
  })
  .openapi('Recommendation');

/** Bad answers are a 400 (not the JSON default 422) whatever carried them: query or body. */
function badAnswers(result: { success: true } | { success: false; error: z.ZodError }): undefined {
  if (result.success) return undefined;
  const errors = fieldErrors(result.error);
  throw new Problem(400, `Invalid answers: ${summarizeFieldErrors(errors)}`, { errors });
}

function respond(answers: Answers & { limit?: number | undefined }) {
  const { limit: count, ...given } = answers;
  const { verdict, results } = recommend(given, sites);
  return { answers: withoutUndefined(given), verdict, results: count === undefined ? results : results.slice(0, count) };
}

const ok = { description: 'Sites ranked for the answers, with the reasons for each score', content: { 'application/json': { schema: RecommendationSchema } } };
// Same answers, same catalogue build, same answer: safe to cache briefly.
const headers = { 'cache-control': 'public, max-age=300' };

/** `GET` and `POST /api/recommend`: the quiz's recommender, same answers either way. */
export const recommendRouter = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'Recommend sites for goals given as query parameters',
      request: { query: QuerySchema },
      responses: { 200: ok, ...problemResponses(400) },
    }),
    (c) => c.json(respond(c.req.valid('query')), 200, headers),
    badAnswers,
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      summary: 'Recommend sites for goals given as JSON (goals an array)',
      middleware: [jsonBody()] as const,
      request: { body: { required: true, content: { 'application/json': { schema: BodySchema } } } },
      responses: { 200: ok, ...problemResponses(400, 413, 415) },
    }),
    (c) => c.json(respond(c.req.valid('json')), 200, headers),
    badAnswers,
  );
