/**
 * What visitors contribute besides reviews: `POST /api/suggestions` (a site
 * for the catalogue) and `POST /api/sites/{slug}/corrections` (a mistake in an
 * entry), both stored as pending; and their moderation under `/admin`
 * (bearer ADMIN_TOKEN). The rules, outcomes and texts live in
 * src/features/community/, shared with the pages /suggest/,
 * /sites/{slug}/corrections/ and /admin/suggestions/.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { env } from 'cloudflare:workers';
import { keysOf, PURPOSES, siteBySlug } from '#src/catalogue/index.ts';
import {
  communityFieldErrors,
  correctionInputSchema,
  decide,
  ENTRY_FIELD_KEYS,
  listCorrections,
  listSuggestions,
  MAX_COMMUNITY_BODY_BYTES,
  submitCorrection,
  submitSuggestion,
  suggestionInputSchema,
  TOO_LARGE_DETAIL,
  type ContributionDecision,
  type ContributionKind,
  type ContributionOutcome,
} from '#src/features/community/index.ts';
import { identifyClient } from '#src/features/reviews/index.ts';
import { requireAdmin } from '#src/server/admin-auth.ts';
import { jsonBody } from '#src/server/body-limit.ts';
import { Problem } from '#src/server/problem.ts';
import { fieldErrors, summarizeFieldErrors } from '#src/shared/validation.ts';
import { createRouter, problemResponses } from '../http/router.ts';

type ClientEnv = { Variables: { client: string } };

/** The daily client hash (never the IP) and the first-line limiter; cross-site posts were refused before (functions/index.ts). */
const identify: MiddlewareHandler<ClientEnv> = async (c, next) => {
  const who = await identifyClient(
    c.req.raw.headers,
    { clientKey: env.CLIENT_HASH_KEY, limiter: env.REVIEW_RATE_LIMITER },
    new Date(),
  );
  if (!who.ok) throw new Problem(who.status, who.message, who.headers ? { headers: who.headers } : {});
  c.set('client', who.client);
  await next();
};

const readJsonBody = jsonBody(MAX_COMMUNITY_BODY_BYTES);
/** A JSON body of at most 8 kB (413 with words about suggestions, not reviews), 415 for other types, 400 unparsable. */
const readJson: MiddlewareHandler<ClientEnv> = async (c, next) => {
  let reached = false;
  try {
    await readJsonBody(c, async () => {
      reached = true;
      await next();
    });
  } catch (error) {
    if (!reached && error instanceof Problem && error.status === 413) throw new Problem(413, TOO_LARGE_DETAIL);
    throw error;
  }
};

/** 404 for a slug that is not in the catalogue, before any body is read. */
const knownSite: MiddlewareHandler<ClientEnv> = async (c, next) => {
  const slug = c.req.param('slug') ?? '';
  if (!siteBySlug(slug))
    throw new Problem(404, `There is no site "${slug}" in the catalogue. See /sites/ for the list.`);
  await next();
};

/** 422 with one message per field for the JSON body; 400 for path parameters. */
function validationHook(known: readonly string[]) {
  return (result: { success: true } | { success: false; target: string; error: z.ZodError }): undefined => {
    if (result.success) return;
    if (result.target !== 'json') {
      const errors = fieldErrors(result.error);
      throw new Problem(400, `Invalid ${result.target} parameters: ${summarizeFieldErrors(errors)}`, { errors });
    }
    const errors = communityFieldErrors(result.error, known);
    throw new Problem(
      422,
      `Please fix ${errors.length === 1 ? 'this field' : `these ${errors.length} fields`}: ${summarizeFieldErrors(errors, ' ')}`,
      { errors },
    );
  };
}

function answer(outcome: ContributionOutcome): { id: string; status: 'pending' } {
  if (outcome.kind === 'rate-limited')
    throw new Problem(429, outcome.detail, { headers: { 'retry-after': String(outcome.retryAfterSeconds) } });
  if (outcome.kind === 'duplicate') throw new Problem(409, outcome.detail);
  return { id: outcome.id, status: 'pending' };
}

const Receipt = z.object({ id: z.string(), status: z.literal('pending') }).openapi('ContributionReceipt');
const SlugParam = z.object({ slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'linkedin' }) });
const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' }, example: '7b1e4c2a-0d7f-4a56-9a51-3f4a9c1e2b10' }),
});
const Status = z.enum(['pending', 'accepted', 'rejected']);
const SuggestionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string(),
    why: z.string(),
    purposes: z.array(z.enum(keysOf(PURPOSES))),
    status: Status,
    createdAt: z.string().openapi({ format: 'date-time' }),
    decidedAt: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('Suggestion');
const CorrectionSchema = z
  .object({
    id: z.string(),
    siteSlug: z.string(),
    field: z.enum(ENTRY_FIELD_KEYS),
    correction: z.string(),
    source: z.string().nullable(),
    status: Status,
    createdAt: z.string().openapi({ format: 'date-time' }),
    decidedAt: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('Correction');
const security = [{ moderatorToken: [] }];
const admin = requireAdmin(() => env.ADMIN_TOKEN);
const LIMITS_TEXT =
  'At most 5 suggestions and corrections per client in 10 minutes (429 with Retry-After). Bodies over 8 kB are refused (413). A filled-in `website` field (a spam trap) is answered 202 and discarded.';

function decisionRoute(what: ContributionKind, decision: ContributionDecision) {
  const plural = what === 'suggestion' ? 'suggestions' : 'corrections';
  return createRoute({
    method: 'post',
    path: `/admin/${plural}/{id}/${decision}`,
    summary: `${decision === 'accept' ? 'Accept' : 'Reject'} a ${what}`,
    security,
    middleware: [admin] as const,
    request: { params: IdParam },
    responses: {
      200: {
        description: `The ${what} after the decision`,
        content: {
          'application/json': {
            schema:
              what === 'suggestion'
                ? z.object({ suggestion: SuggestionSchema })
                : z.object({ correction: CorrectionSchema }),
          },
        },
      },
      ...problemResponses(400, 401, 403, 404, 429, 503),
    },
  });
}

async function decidedSuggestion(id: string, decision: ContributionDecision) {
  const outcome = await decide(env.DB, 'suggestion', id, decision);
  if (outcome.kind === 'not-found') throw new Problem(outcome.status, outcome.message);
  if (outcome.kind !== 'suggestion') throw new Error('A suggestion decision answered a correction');
  return { suggestion: outcome.suggestion };
}

async function decidedCorrection(id: string, decision: ContributionDecision) {
  const outcome = await decide(env.DB, 'correction', id, decision);
  if (outcome.kind === 'not-found') throw new Problem(outcome.status, outcome.message);
  if (outcome.kind !== 'correction') throw new Error('A correction decision answered a suggestion');
  return { correction: outcome.correction };
}

/** Suggestions, corrections and their moderation. */
export const communityRouter = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/suggestions',
      summary: 'Suggest a site for the catalogue; an editor adds it after a moderator accepts it',
      description: `${LIMITS_TEXT} A site already in the catalogue, or already suggested and pending or accepted (the same address, host and path, or the same name), is refused (409).`,
      middleware: [identify, readJson] as const,
      request: { body: { required: true, content: { 'application/json': { schema: suggestionInputSchema } } } },
      responses: {
        202: { description: 'Received; pending moderation', content: { 'application/json': { schema: Receipt } } },
        ...problemResponses(400, 403, 409, 413, 415, 422, 429, 503),
      },
    }),
    async (c) => {
      const outcome = await submitSuggestion(env.DB, {
        suggestion: c.req.valid('json'),
        client: c.get('client'),
        now: new Date(),
      });
      return c.json(answer(outcome), 202);
    },
    validationHook(['name', 'url', 'why', 'purposes']),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sites/{slug}/corrections',
      summary: "Report a mistake in a site's entry; an editor checks it after a moderator accepts it",
      description: `${LIMITS_TEXT} The same correction (field and text) of the same site, pending or accepted, is refused (409).`,
      middleware: [identify, knownSite, readJson] as const,
      request: {
        params: SlugParam,
        body: { required: true, content: { 'application/json': { schema: correctionInputSchema } } },
      },
      responses: {
        202: { description: 'Received; pending moderation', content: { 'application/json': { schema: Receipt } } },
        ...problemResponses(400, 403, 404, 409, 413, 415, 422, 429, 503),
      },
    }),
    async (c) => {
      const site = siteBySlug(c.req.valid('param').slug)!;
      const outcome = await submitCorrection(env.DB, {
        site,
        correction: c.req.valid('json'),
        client: c.get('client'),
        now: new Date(),
      });
      return c.json(answer(outcome), 202);
    },
    validationHook(['field', 'correction', 'source']),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/suggestions',
      summary: 'Suggestions and corrections with a status: the pending queues oldest first, others newest first',
      security,
      middleware: [admin] as const,
      request: {
        query: z.object({
          status: Status.default('pending').openapi({ description: 'pending, accepted or rejected' }),
          limit: z.coerce.number({ error: 'must be a whole number from 1 to 200' }).int().min(1).max(200).default(100),
        }),
      },
      responses: {
        200: {
          description: 'The suggestions and corrections',
          content: {
            'application/json': {
              schema: z.object({ suggestions: z.array(SuggestionSchema), corrections: z.array(CorrectionSchema) }),
            },
          },
        },
        ...problemResponses(400, 401, 403, 429, 503),
      },
    }),
    async (c) => {
      const { status, limit } = c.req.valid('query');
      const [suggestions, corrections] = await Promise.all([
        listSuggestions(env.DB, status, limit),
        listCorrections(env.DB, status, limit),
      ]);
      return c.json({ suggestions, corrections }, 200);
    },
  )
  .openapi(decisionRoute('suggestion', 'accept'), async (c) =>
    c.json(await decidedSuggestion(c.req.valid('param').id, 'accept'), 200),
  )
  .openapi(decisionRoute('suggestion', 'reject'), async (c) =>
    c.json(await decidedSuggestion(c.req.valid('param').id, 'reject'), 200),
  )
  .openapi(decisionRoute('correction', 'accept'), async (c) =>
    c.json(await decidedCorrection(c.req.valid('param').id, 'accept'), 200),
  )
  .openapi(decisionRoute('correction', 'reject'), async (c) =>
    c.json(await decidedCorrection(c.req.valid('param').id, 'reject'), 200),
  );
