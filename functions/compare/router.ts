import { createRoute, z } from '@hono/zod-openapi';
import { bestFor, countProblem, differences, MAX_COMPARE, MIN_COMPARE, parseSitesParam, quoteSlug, resolveComparison, siteSuggest, suggestionsFor, unknownProblem } from '#src/features/compare/index.ts';
import { allSites, toOpenData } from '#src/catalogue/index.ts';
import { createRouter, problemResponses } from '../http/router.ts';
import { Problem } from '#src/server/problem.ts';
import { searchIndex } from '#src/features/search/index.ts';

const sites = allSites();

const QuerySchema = z.object({
  sites: z
    .union([z.string().max(1000, 'must be at most 1000 characters'), z.array(z.string().max(1000, 'must be at most 1000 characters'))])
    .optional()
    .openapi({ example: 'linkedin,xing', description: `${MIN_COMPARE} to ${MAX_COMPARE} site slugs, comma-separated, in column order; repeats are collapsed` }),
});

const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

const CompareSchema = z
  .object({
    sites: z
      .array(z.looseObject({ slug: z.string(), name: z.string(), kind: z.string() }))
      .openapi({ description: 'Full catalogue entries in the order asked for, in the open-data shape of /data/sites.json' }),
    differences: z
      .array(z.object({ field: z.string(), label: z.string(), values: z.array(CellValueSchema) }))
      .openapi({ description: 'Attributes where the sites differ, one value per site in order, e.g. field "purposes.hiring"' }),
    bestFor: z
      .array(z.object({ purpose: z.string(), label: z.string(), score: z.number().int(), winners: z.array(z.string()), tie: z.boolean() }))
      .openapi({ description: 'Per purpose, the slugs with the top score (several on a tie, none when no site serves it; closed sites never win)' }),
  })
  .openapi('Comparison');

/** `GET /api/compare?sites=a,b`: two to four entries side by side and where they differ. */
export const compareRouter = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'Compare 2 to 4 sites: full entries in order, the attributes where they differ and the best per purpose',
    request: { query: QuerySchema },
    responses: {
      200: { description: 'The comparison', content: { 'application/json': { schema: CompareSchema } } },
      ...problemResponses(400, 404),
    },
  }),
  (c) => {
    const slugs = parseSitesParam(c.req.queries('sites') ?? []);
    const result = resolveComparison(sites, slugs);
    switch (result.status) {
      case 'empty':
        throw new Problem(400, `Name the sites to compare: ?sites=a,b with ${MIN_COMPARE} to ${MAX_COMPARE} slugs, e.g. ?sites=linkedin,xing.`, {
          errors: [{ field: 'sites', message: `needs ${MIN_COMPARE} to ${MAX_COMPARE} site slugs` }],
        });
      case 'unknown': {
        const unknown = suggestionsFor(result.unknown, slugs, siteSuggest(sites, searchIndex));
        throw new Problem(404, unknownProblem(unknown, result.unknown.length), {
          errors: unknown.map(({ slug, suggestions }) => ({
            field: 'sites',
            message: `${quoteSlug(slug)} is not in the catalogue${suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => s.slug).join(', ')}?` : ''}`,
          })),
        });
      }
      case 'too-few':
      case 'too-many':
        throw new Problem(400, countProblem(result.sites.length), {
          errors: [{ field: 'sites', message: `needs ${MIN_COMPARE} to ${MAX_COMPARE} sites, got ${result.sites.length}` }],
        });
    }
    return c.json(
      { sites: result.sites.map(toOpenData), differences: differences(result.sites), bestFor: bestFor(result.sites) },
      200,
      { 'cache-control': 'public, max-age=300' },
    );
  },
);
