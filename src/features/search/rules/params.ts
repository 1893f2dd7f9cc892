/**
 * The search request as URL query parameters (`q`, `kind`, `purpose`,
 * `limit`): one zod schema, used by `GET /api/search` to validate and document
 * its query and by the `/search/` page through {@link parseSearchParams}, so a
 * link and an API call accept exactly the same input with the same messages.
 */
import { z } from 'astro/zod';
import { blankToUndefined, queryRecord } from '#src/shared/query-params.ts';
import { fieldErrors } from '#src/shared/validation.ts';
import { LIMITS, MAX_QUERY_LENGTH, type SearchQuery } from './search.ts';
import { KINDS, PURPOSES, keysOf } from '#src/catalogue/taxonomy.ts';

/** What each invalid parameter is told, shared by the page and the API. */
export const SEARCH_MESSAGES = {
  q: `is required: type a site name or a goal, e.g. q=linkedin or q=angel investors`,
  qText: 'must be given once, as text',
  qEmpty: 'is empty: type a site name or a goal, e.g. linkedin or angel investors',
  qLong: `must be at most ${MAX_QUERY_LENGTH} characters`,
  kind: `must be one of ${keysOf(KINDS).join(', ')}`,
  purpose: `must be one of ${keysOf(PURPOSES).join(', ')}`,
  limit: `must be a whole number from ${LIMITS.min} to ${LIMITS.max}`,
} as const;

/** An empty form field (`kind=`) means "any", as when the parameter is left out. */
/** The query parameters of a search, validated and documented (`GET /api/search`). */
export const searchParamsSchema = z.object({
  q: z
    .string({ error: (issue) => (issue.input === undefined ? SEARCH_MESSAGES.q : SEARCH_MESSAGES.qText) })
    .trim()
    .min(1, SEARCH_MESSAGES.qEmpty)
    .max(MAX_QUERY_LENGTH, SEARCH_MESSAGES.qLong)
    .describe(
      `What to look for: a site name (typos are fine) or a goal such as "angel investors"; 1 to ${MAX_QUERY_LENGTH} characters`,
    ),
  kind: z
    .preprocess(blankToUndefined, z.enum(keysOf(KINDS), { error: SEARCH_MESSAGES.kind }).optional())
    .describe('Keep only sites of this kind'),
  purpose: z
    .preprocess(blankToUndefined, z.enum(keysOf(PURPOSES), { error: SEARCH_MESSAGES.purpose }).optional())
    .describe('Keep only sites scoring 2 (good) or 3 (core) for this purpose'),
  limit: z
    .preprocess(
      (value) =>
        value === undefined || value === ''
          ? undefined
          : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
            ? Number(value)
            : NaN,
      z
        .number({ error: SEARCH_MESSAGES.limit })
        .int(SEARCH_MESSAGES.limit)
        .min(LIMITS.min, SEARCH_MESSAGES.limit)
        .max(LIMITS.max, SEARCH_MESSAGES.limit)
        .optional(),
    )
    .describe(`How many results to return, ${LIMITS.min} to ${LIMITS.max} (default ${LIMITS.default})`),
});

/** A validated search request, or what is wrong with it, field by field. */
export type ParsedSearch =
  { ok: true; query: SearchQuery } | { ok: false; errors: { field: string; message: string }[] };

/** Validates a search request from URL query parameters (the `/search/` page's URL). */
export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  const result = searchParamsSchema.safeParse(queryRecord(params));
  if (result.success) return { ok: true, query: result.data };
  return { ok: false, errors: fieldErrors(result.error, '(query)') };
}
