import { createRoute, z } from '@hono/zod-openapi';
import {
  MAX_TEXT_LENGTH,
  answersQuerySchema,
  answersSchema,
  normalizeAnswers,
  readGoal,
  recommend,
  type Answers,
  type ParsedAnswerFields,
  type Understood,
} from '#src/features/recommend/index.ts';
import { allSites, siteBySlug } from '#src/catalogue/index.ts';
import { siteSource } from '#src/features/search/index.ts';
import { createRouter, problemResponses } from '../http/router.ts';
import { SiteSummarySchema, siteSummary } from '../http/site-summary.ts';
import { fieldErrors, summarizeFieldErrors } from '#src/shared/validation.ts';
import { Problem } from '#src/server/problem.ts';
import { jsonBody } from '#src/server/body-limit.ts';

const MAX_LIMIT = 100;
const limitMessage = `must be a whole number from 1 to ${MAX_LIMIT}`;
const limit = z
  .number({ error: limitMessage })
  .int(limitMessage)
  .min(1, limitMessage)
  .max(MAX_LIMIT, limitMessage)
  .optional()
  .describe('How many results to return (default: every active site)');

const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`)
  .optional()
  .describe(
    'Your goal in your own words ("I\'m a nurse and want to swap ideas with other nurses"); answers given as parameters override what is read from it',
  )
  .openapi({ example: "I'm a wedding photographer in Porto looking for clients" });

const QuerySchema = answersQuerySchema.partial({ goals: true }).extend({
  text,
  limit: z.preprocess((v) => (v === undefined || v === '' ? undefined : Number(v)), limit),
});
const BodySchema = answersSchema.partial({ goals: true }).extend({ text, limit }).openapi('RecommendRequest');

const reading = <T extends z.ZodType>(value: T) =>
  z.object({ value, words: z.string().describe('The words it was read from') });
const UnderstoodSchema = z
  .object({
    goals: z
      .array(reading(z.string()))
      .describe(
        'Goals, most important first: specific goal words in the order the text names them, vague ones ("networking") after; how the reader works: /methodology/reader/',
      ),
    audience: reading(z.string()).optional(),
    field: reading(z.string()).optional(),
    country: reading(z.string()).optional(),
    inPerson: reading(z.string()).optional(),
    budget: reading(z.string()).optional(),
    time: reading(z.string()).optional(),
    work: reading(z.string())
      .optional()
      .describe(
        'With a hiring goal, the market the words say: employment ("find a job", "hire staff") or client-work ("gigs", "hire a photographer")',
      ),
    groups: z
      .array(reading(z.string()))
      .optional()
      .describe('Groups the text says the person belongs to ("as a woman", "I\'m 29"), for sites that admit only them'),
    role: reading(z.string())
      .optional()
      .describe(
        'The role in their field the text says the person holds: practitioner ("I\'m a vet") or support-staff ("I work as a vet tech"), for networks that admit one role',
      ),
    sites: z
      .array(
        reading(z.string().describe("The site's slug (`/api/sites/{slug}`)")).extend({
          name: z.string().describe("The site's name in the catalogue"),
        }),
      )
      .optional()
      .describe(
        'Sites the text names ("XING oder LinkedIn?"), in the order named; a name that is also an ordinary word ("Band", "Indeed") only when written as the site\'s. They do not change the ranking: the goal decides it',
      ),
  })
  .openapi('Understood', { description: 'What the free text was read as, each part with the words that gave it' });

const RecommendationSchema = z
  .object({
    answers: answersSchema
      .omit({ region: true })
      .describe('The answers as understood (region given as country), unanswered questions left out'),
    verdict: z.object({
      kind: z.enum(['business', 'social', 'mixed']),
      text: z.string().describe('One sentence on what kind of networking the goals are'),
    }),
    results: z
      .array(
        SiteSummarySchema.extend({
          score: z.number().int().min(0).max(100),
          rank: z.number().int().min(1).describe('Position; sites that tie on score, fit and reach share a rank'),
          reasons: z
            .array(z.object({ text: z.string(), points: z.number().int() }))
            .describe('The terms of the score; their points sum to it'),
          warnings: z.array(
            z.object({
              type: z.enum(['wrong-kind', 'time-cost', 'declining', 'little-used', 'eligibility']),
              text: z.string(),
            }),
          ),
        }),
      )
      .describe('Every site that is not closed (and, for a country, available there), best first'),
    understood: UnderstoodSchema.optional().describe('Only when `text` was given'),
  })
  .openapi('Recommendation');

/** Bad answers are a 400 (not the JSON default 422) whatever carried them: query or body. */
function badAnswers(result: { success: true } | { success: false; error: z.ZodError }): undefined {
  if (result.success) return undefined;
  const errors = fieldErrors(result.error);
  throw new Problem(400, `Invalid answers: ${summarizeFieldErrors(errors)}`, { errors });
}

const GOALS_REQUIRED = answersSchema.shape.goals.safeParse(undefined).error?.issues[0]?.message ?? 'is required';

/**
 * The answers to use: those given, on top of what the text was read as. With
 * neither goals nor a text, or a text in which no goal can be found, the
 * caller is asked for a goal instead of being shown random sites.
 */
function answersFrom(
  input: Omit<Partial<ParsedAnswerFields>, 'goals'> & {
    goals?: ParsedAnswerFields['goals'] | undefined;
    text?: string | undefined;
  },
): {
  answers: Answers;
  understood?: Understood;
} {
  const { text: typed, goals, ...rest } = input;
  if (typed === undefined) {
    if (goals === undefined)
      throw new Problem(400, `Invalid answers: goals: ${GOALS_REQUIRED}`, {
        errors: [{ field: 'goals', message: GOALS_REQUIRED }],
      });
    return { answers: normalizeAnswers({ ...rest, goals }) };
  }
  const read = readGoal(typed, siteSource(allSites()));
  const merged = normalizeAnswers({
    ...read.answers,
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    goals: goals ?? read.answers?.goals ?? [],
  });
  if (merged.goals.length === 0) {
    const message =
      'says no goal we recognise: say what you want to do, e.g. "find clients", "meet investors", "swap ideas with other nurses" or "make friends"';
    throw new Problem(422, `We could not tell what you want to achieve from your text. It ${message}.`, {
      errors: [{ field: 'text', message }],
    });
  }
  return { answers: merged, understood: read.understood };
}

/** What the text was read as, each site named with its name beside its slug. */
function withSiteNames(understood: Understood) {
  const { sites, ...rest } = understood;
  if (sites === undefined) return rest;
  return { ...rest, sites: sites.map((s) => ({ ...s, name: siteBySlug(s.value)!.name })) };
}

function respond(input: Parameters<typeof answersFrom>[0] & { limit?: number | undefined }) {
  const { limit: count, ...given } = input;
  const { answers, understood } = answersFrom(given);
  // Only the sites shown are explained.
  const { verdict, results } = recommend(answers, allSites(), count);
  return {
    answers,
    verdict,
    results: results.map((r) => ({ ...r, ...siteSummary(siteBySlug(r.slug)!) })),
    ...(understood ? { understood: withSiteNames(understood) } : {}),
  };
}

const ok = {
  description: 'Sites ranked for the answers, with the reasons for each score',
  content: { 'application/json': { schema: RecommendationSchema } },
};
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
      responses: { 200: ok, ...problemResponses(400, 422) },
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
      responses: { 200: ok, ...problemResponses(400, 403, 413, 415, 422) },
    }),
    (c) => c.json(respond(c.req.valid('json')), 200, headers),
    badAnswers,
  );
