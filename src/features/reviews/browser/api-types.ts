/**
 * The reviews API as this feature's browser scripts see it, derived from the
 * API's own type (`AppType`, functions/index.ts): the routers' zod schemas
 * are the one place these shapes are written. Types only: every import here
 * is `import type`, so nothing of functions/ or Hono reaches the bundle.
 * Paths are the API's own (`/sites/:slug/reviews`); src/fetch.ts serves them
 * under `/api`.
 */
import type { hc, InferResponseType } from 'hono/client';
import type { ClientErrorStatusCode, ServerErrorStatusCode } from 'hono/utils/http-status';
import type { AppType } from '#functions/index.ts';

type Api = ReturnType<typeof hc<AppType>>;
type SiteReviews = Api['sites'][':slug']['reviews'];
type Votes = Api['reviews'][':id'];

/** `GET /api/sites/{slug}/reviews`: the rating summary and one page of approved reviews. */
export type ApiReviewPage = InferResponseType<SiteReviews['$get'], 200>;

/** One approved review in {@link ApiReviewPage}. */
export type ApiReview = ApiReviewPage['reviews'][number];

/** `POST /api/reviews/{id}/helpful`: the review's helpful count after the vote. */
export type ApiHelpfulCount = InferResponseType<Votes['helpful']['$post'], 200>;

/** Any error answer of the routes the review page calls: problem+json (RFC 9457). */
export type ApiProblem = InferResponseType<
  SiteReviews['$post'] | Votes['helpful']['$post'] | Votes['report']['$post'],
  ClientErrorStatusCode | ServerErrorStatusCode
>;
