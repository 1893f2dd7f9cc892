/**
 * Every resource router is an `OpenAPIHono`: its zod schemas validate the
 * request *and* document the route in `/api/openapi.json`. A failed
 * validation is thrown as a {@link Problem} so the app's one error handler
 * answers it: 400 for query/path/header problems, 422 for invalid JSON fields.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { Problem } from '#src/server/problem.ts';
import { fieldErrors, summarizeFieldErrors } from '#src/shared/validation.ts';

/** A new resource router that reports validation failures as problems. */
export function createRouter() {
  return new OpenAPIHono({
    defaultHook: (result) => {
      if (result.success) return;
      const errors = fieldErrors(result.error);
      const status = result.target === 'json' || result.target === 'form' ? 422 : 400;
      const summary = summarizeFieldErrors(errors);
      throw new Problem(
        status,
        `Invalid ${result.target === 'json' ? 'fields' : `${result.target} parameters`}: ${summary}`,
        { errors },
      );
    },
  });
}

/** The problem+json schema, for documenting error responses. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** Documents problem+json responses for the given statuses. */
export function problemResponses<const S extends number>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: `Problem (${s})`, content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  ) as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }>;
}
