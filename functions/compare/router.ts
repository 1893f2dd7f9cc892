import { createRoute, z } from '@hono/zod-openapi';
import {
  bestFor,
  countProblem,
  differences,
  MAX_COMPARE,
  MIN_COMPARE,
  parseSitesParam,
  quoteSlug,
  resolveComparison,
  siteSuggest,
  suggestionsFor,
  unknownProblem,
} from '#src/features/compare/index.ts';
import {
  allSites,
  withBodies,
  AUDIENCES,
  ELIGIBILITY_GROUPS,
  FACT_CHECKS,
  FEATURES,
  type Field,
  FIELDS,
  keysOf,
  KINDS,
  PRICING_MODELS,
  type Purpose,
  PURPOSES,
  REACH_BANDS,
  REVENUE_MODELS,
  ROLES,
  STATUSES,
  TIME_COSTS,
  toOpenData,
} from '#src/catalogue/index.ts';
import { createRouter, problemResponses } from '../http/router.ts';
import { Problem } from '#src/server/problem.ts';
import { withSearchIndex } from '#src/features/search/index.ts';

const QuerySchema = z.object({
  sites: z
    .union([
      z.string().max(1000, 'must be at most 1000 characters'),
      z.array(z.string().max(1000, 'must be at most 1000 characters')),
    ])
    .optional()
    .openapi({
      example: 'linkedin,xing',
      description: `${MIN_COMPARE} to ${MAX_COMPARE} site slugs, comma-separated, in column order; repeats are collapsed`,
    }),
});

const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

const SourceSchema = z
  .object({
    title: z.string().describe('What the source is'),
    url: z.string().describe('Where the fact can be checked (https)'),
  })
  .openapi('Source');

const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('ISO 3166-1 alpha-2 code, e.g. "DE"');
const year = z.number().int();

/** One catalogue entry as `toOpenData` publishes it, the shape of /data/sites.json. */
const SiteSchema = z
  .object({
    slug: z.string().describe('Identifier and last part of the page address, e.g. "linkedin"'),
    name: z.string().describe('Brand name'),
    url: z.string().describe('Home page (https)'),
    tagline: z.string().describe('One line on what the site is for'),
    kind: z.enum(keysOf(KINDS)).describe('business, social or hybrid'),
    purposes: z
      .object(
        Object.fromEntries(
          keysOf(PURPOSES).map((p) => [
            p,
            z.object({
              score: z.number().int().min(0).max(3).describe('0 none, 1 incidental, 2 good, 3 core'),
              reason: z.string().nullable().describe('Why; present for scores of 2 and 3'),
            }),
          ]),
        ) as Record<Purpose, z.ZodObject<{ score: z.ZodNumber; reason: z.ZodNullable<z.ZodString> }>>,
      )
      .describe('Every purpose scored 0–3'),
    audiences: z.array(z.enum(keysOf(AUDIENCES))).describe('Who gets most from it'),
    timeCost: z.enum(keysOf(TIME_COSTS)).describe('Time to get value: light, moderate or heavy'),
    pricing: z
      .object({ model: z.enum(keysOf(PRICING_MODELS)), note: z.string().nullable() })
      .describe('What it costs the user'),
    revenue: z.array(z.enum(keysOf(REVENUE_MODELS))).describe('How the site makes money, main source first'),
    revenueNote: z.string().nullable().describe('One line on the business model'),
    owner: z.string().describe('The ultimate owner'),
    operator: z.string().nullable().describe('The company that runs the site, where it differs from the owner'),
    countries: z
      .union([z.literal('global'), z.array(countryCode)])
      .describe('Where the site is available and used: "global", or ISO 3166-1 alpha-2 codes'),
    absentIn: z.array(countryCode).describe('For a global site: where it is blocked or not available'),
    fields: z
      .partialRecord(z.enum([...FIELDS.keys()] as [Field, ...Field[]]), z.string())
      .describe(
        'Professions or industries it is strong for, each with a one-line reason; empty for a general platform',
      ),
    reach: z
      .object({
        band: z
          .enum(keysOf(REACH_BANDS))
          .describe('Order of magnitude: 1b, 100m, 10m, 1m, 100k, 10k or 1k (fewer than 10,000)'),
        measure: z.string().describe('What was counted, e.g. "monthly active users"'),
        year: year.nullable().describe('The year the figure is for'),
        source: SourceSchema,
      })
      .nullable()
      .describe(
        'Audience as an order of magnitude with its source, never a precise number; null when no source gives it',
      ),
    eligibility: z
      .object({
        groups: z
          .array(z.enum(keysOf(ELIGIBILITY_GROUPS)))
          .describe('Every group a member must belong to; empty when only roles restrict who may join'),
        roles: z
          .array(z.enum(keysOf(ROLES)))
          .describe(
            'The roles in its field a member must hold, one of them (practitioner, support-staff); empty when every role may join',
          ),
        othersWelcome: z
          .boolean()
          .describe(
            'true when the site is made for these groups and welcomes others too (a fathers’ network); false when it admits no one else',
          ),
        rule: z.string().describe('The rule in one line, as the source states it'),
        source: SourceSchema,
      })
      .nullable()
      .describe(
        'Who may join, for a site that admits only some people (women, men, aged 18 to 40, mothers, fathers) or one role in its field (veterinarians, their support staff), or who it is made for when others are welcome too; null when open',
      ),
    founded: year.nullable().describe('Year the organisation behind the site was founded'),
    launched: year.nullable().describe('Year the site or app went live'),
    status: z.enum(keysOf(STATUSES)).describe('active, declining or closed'),
    closed: year.nullable().describe('Year it shut down (closed sites)'),
    features: z.array(z.enum(keysOf(FEATURES))),
    pros: z.array(z.string()),
    cons: z.array(z.string()),
    aliases: z.array(z.string()).describe('Other names people search for'),
    alternatives: z.array(z.string()).describe('Slugs of similar entries'),
    sources: z.array(SourceSchema),
    lastChecked: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .describe('When an editor last checked the facts, YYYY-MM-DD'),
    factCheck: z.enum(keysOf(FACT_CHECKS)).describe('sources (the cited sources were re-read) or editor-knowledge'),
    notes: z.string().nullable().describe('Editor notes: gaps and uncertain facts'),
    description: z.string().describe('The description, as Markdown'),
  })
  .openapi('Site');

const CompareSchema = z
  .object({
    sites: z.array(SiteSchema).openapi({
      description: 'Full catalogue entries in the order asked for, in the open-data shape of /data/sites.json',
    }),
    differences: z.array(z.object({ field: z.string(), label: z.string(), values: z.array(CellValueSchema) })).openapi({
      description: 'Attributes where the sites differ, one value per site in order, e.g. field "purposes.hiring"',
    }),
    bestFor: z
      .array(
        z.object({
          purpose: z.string(),
          label: z.string(),
          score: z.number().int(),
          winners: z.array(z.string()),
          tie: z.boolean(),
        }),
      )
      .openapi({
        description:
          'Per purpose, the slugs with the top score (several on a tie, none when no site serves it; closed sites never win)',
      }),
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
  async (c) => {
    const slugs = parseSitesParam(c.req.queries('sites') ?? []);
    const sites = allSites();
    const result = resolveComparison(sites, slugs);
    switch (result.status) {
      case 'empty':
        throw new Problem(
          400,
          `Name the sites to compare: ?sites=a,b with ${MIN_COMPARE} to ${MAX_COMPARE} slugs, e.g. ?sites=linkedin,xing.`,
          {
            errors: [{ field: 'sites', message: `needs ${MIN_COMPARE} to ${MAX_COMPARE} site slugs` }],
          },
        );
      case 'unknown': {
        const unknown = await withSearchIndex((index) =>
          suggestionsFor(result.unknown, slugs, siteSuggest(sites, index)),
        );
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
          errors: [
            { field: 'sites', message: `needs ${MIN_COMPARE} to ${MAX_COMPARE} sites, got ${result.sites.length}` },
          ],
        });
    }
    return c.json(
      {
        sites: (await withBodies(result.sites)).map(toOpenData),
        differences: differences(result.sites),
        bestFor: bestFor(result.sites),
      },
      200,
      { 'cache-control': 'public, max-age=300' },
    );
  },
);
