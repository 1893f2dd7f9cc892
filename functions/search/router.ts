import { createRoute, z } from '@hono/zod-openapi';
import {
  loadSearchSites,
  prefetchSearchIndex,
  prepareSearchIndex,
  searchParamsSchema,
  searchWithIntent,
  withSearchIndex,
} from '#src/features/search/index.ts';
import { catalogueBuiltAt, keysOf, PURPOSES } from '#src/catalogue/index.ts';
import { fnv1a } from '#src/shared/hash.ts';
import { createRouter, problemResponses } from '../http/router.ts';
import { SiteSummarySchema } from '../http/site-summary.ts';

const SearchResponseSchema = z
  .object({
    query: z.string().describe('The query as received, trimmed'),
    total: z
      .number()
      .int()
      .describe(
        'How many sites matched, before `limit` (the weakest candidates are never ranked, so this is a floor on a large catalogue)',
      ),
    results: z
      .array(
        SiteSummarySchema.extend({
          score: z
            .number()
            .min(0)
            .max(1)
            .describe('Relevance, 0 (weak) to 1 (exact); closed and declining sites are marked down'),
          purposes: z
            .array(z.enum(keysOf(PURPOSES)))
            .describe('Purposes the site scores 2 (good) or 3 (core) for, core first'),
          why: z
            .string()
            .describe('Why this site is in the answer: its name, an alias, a goal it serves, a field it is built for…'),
        }),
      )
      .describe('Best first'),
    intent: z
      .object({
        kind: z.enum(['compare', 'alternatives', 'recommend', 'directory', 'names']),
        text: z.string().describe('One sentence on how the query was understood'),
        href: z
          .string()
          .optional()
          .describe('The page that answers the question best (a comparison, alternatives, quiz results)'),
        understood: z
          .unknown()
          .optional()
          .describe('For recommend and directory: what the words were read as (see Understood)'),
        goals: z
          .array(
            z.object({
              goal: z.enum(keysOf(PURPOSES)),
              label: z.string(),
              href: z.string().describe('The same search with this goal said, e.g. /search/?q=nurses+jobs+and+hiring'),
            }),
          )
          .optional()
          .describe(
            'When no goal was said: one search per goal, to pick the real one. Given when the goal was assumed (a profession named alone, answered for ideas with peers), for a directory of how or for whom ("free", "online only", "as a woman"), and when nothing was named or read (then with no results)',
          ),
      })
      .describe(
        'What the query was taken to mean: "A vs B" a comparison, "A alternatives" alternatives, goal words a recommendation, a profession, country, audience, budget, online or in person, or a group without a goal a directory (a profession\'s own sites first, then the general platforms with large groups where its people swap ideas, the goal assumed and said so), else names (a site named among other words first; a fuzzy match only when the site says each word, whole or a typo away). For peers of a field (ideas, contacts, referrals), a recommendation lists the field\'s own networks and general platforms with large groups, in the recommender\'s order',
      ),
  })
  .openapi('SearchResults');

/**
 * The index's files a search loads in the background after answering (`prefetchSearchIndex`): each is one read
 * through the assets binding and one parse (about 30 kB of postings or 100 kB of records at 10,000 entries), so
 * a response leaves its isolate little work, and the index is in after a few dozen searches, not hundreds.
 */
const PREFETCH_FILES = 8;

// Answers change only when the catalogue does, i.e. with a new build.
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

/** FNV-1a, 32 bits, as 8 hex digits: short, stable ETags. */
function hash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

const BUILD = hash(catalogueBuiltAt);

/** Whether an `If-None-Match` header names this ETag (weak comparison, RFC 9110). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === bare;
  });
}

/** `GET /api/search?q=&kind=&purpose=&limit=`: typo-tolerant search by name or goal. */
export const searchRouter = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'Search sites by name (typos are fine) or by goal, e.g. "angel investors"',
    request: { query: searchParamsSchema },
    responses: {
      200: {
        description: 'Matches, best first; an empty list when nothing matches',
        content: { 'application/json': { schema: SearchResponseSchema } },
      },
      304: { description: 'Not modified: the `If-None-Match` ETag is still current' },
      ...problemResponses(400),
    },
  }),
  async (c) => {
    const { q, kind, purpose, limit } = c.req.valid('query');
    const etag = `W/"${BUILD}-${hash(JSON.stringify([q, kind, purpose, limit]))}"`;
    const headers = { 'cache-control': CACHE_CONTROL, etag };
    if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
    // The intent file and the index's head load side by side, then the parts the query needs.
    const [sites] = await Promise.all([loadSearchSites(), prepareSearchIndex()]);
    const answer = await withSearchIndex((index) => searchWithIntent(index, sites, { q, kind, purpose, limit }));
    // After the answer, a few more of the index's files load while the isolate waits for its next request.
    const prefetch = prefetchSearchIndex(PREFETCH_FILES);
    try {
      c.executionCtx.waitUntil(prefetch);
    } catch {
      // No execution context (the API asked directly, as its tests do): the prefetch runs on by itself.
    }
    return c.json(answer, 200, headers);
  },
);
