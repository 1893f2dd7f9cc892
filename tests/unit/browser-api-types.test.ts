/**
 * The browser scripts' API types are derived from `AppType` (functions/index.ts)
 * rather than written by hand. These checks are types only: `npm run check`
 * (astro check) fails when a route's schema drifts from what a script reads:
 * a field renamed, retyped or dropped, a path or status changed, or a
 * response that has become `any`/`unknown`. The `it`s only give vitest
 * something to run; `expectTypeOf` does nothing at run time.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { hc, InferRequestType, InferResponseType } from 'hono/client';
import type { AppType } from '#functions/index.ts';
import type { SearchQuery, SearchResult, SearchResults } from '#src/features/search/browser/instant-search.ts';
import type { ApiHelpfulCount, ApiProblem, ApiReview, ApiReviewPage } from '#src/features/reviews/browser/api-types.ts';
import type { ReviewPage as CompareReviewPage } from '#src/features/compare/browser/compare-reviews.ts';
import type { ReviewSummary } from '#src/features/reviews/rules/summary.ts';
import type { HONEYPOT_FIELD, ReviewField } from '#src/features/reviews/rules/fields.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';

type Api = ReturnType<typeof hc<AppType>>;

describe('browser types derived from AppType', () => {
  it('instant search: the query it sends and the result fields it shows', () => {
    expectTypeOf<SearchResults>().not.toBeAny();
    expectTypeOf<SearchResult>().not.toBeAny();
    expectTypeOf<SearchResult>()
      .pick<'slug' | 'name' | 'tagline' | 'url'>()
      .toEqualTypeOf<{ slug: string; name: string; tagline: string; url: string }>();
    expectTypeOf<SearchResults['results']>().toEqualTypeOf<SearchResult[]>();
    // It sends `{ q, limit }` (and checks that with `satisfies SearchQuery`).
    expectTypeOf<SearchQuery>().toHaveProperty('q').toEqualTypeOf<string>();
    expectTypeOf<SearchQuery>().toHaveProperty('limit');
  });

  it('reviews teaser and compare table: the page and summary they render', () => {
    expectTypeOf<ApiReviewPage>().not.toBeAny();
    expectTypeOf<ApiReviewPage['summary']>().toEqualTypeOf<{
      count: number;
      average: number | null;
      distribution: { '1': number; '2': number; '3': number; '4': number; '5': number };
    }>();
    // describeSummary, shareOf and starGlyphs take the shared rules' summary.
    expectTypeOf<ApiReviewPage['summary']>().toExtend<ReviewSummary>();
    expectTypeOf<ApiReviewPage['reviews']>().toEqualTypeOf<ApiReview[]>();
    expectTypeOf<CompareReviewPage>().toEqualTypeOf<ApiReviewPage>();
  });

  it('review render: the fields of one review it fills in', () => {
    expectTypeOf<ApiReview>().not.toBeAny();
    expectTypeOf<ApiReview>().toEqualTypeOf<{
      id: string;
      rating: number;
      title: string;
      body: string;
      author: string;
      usedFor: Purpose | null;
      createdAt: string;
      helpful: number;
    }>();
  });

  it('review page: the form it posts, the 202 it expects, the vote count and the problems it shows', () => {
    type PostReview = Api['sites'][':slug']['reviews']['$post'];
    // The form's fields (and the spam trap) are exactly the body's keys; success is a 202.
    expectTypeOf<keyof InferRequestType<PostReview>['json']>().toEqualTypeOf<ReviewField | typeof HONEYPOT_FIELD>();
    expectTypeOf<InferResponseType<PostReview, 202>>().not.toBeNever();
    expectTypeOf<ApiHelpfulCount>().toEqualTypeOf<{ helpful: number }>();
    expectTypeOf<ApiProblem>().not.toBeAny();
    expectTypeOf<ApiProblem>()
      .pick<'detail' | 'errors'>()
      .toEqualTypeOf<{ detail: string; errors?: { field: string; message: string }[] | undefined }>();
  });
});
