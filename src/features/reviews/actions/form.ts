/**
 * The no-JavaScript side of /sites/{slug}/reviews/: the page's own form posts
 * (a review, a helpful vote, a report) handled with the same rules, limits
 * and actions as the JSON API, and turned into what the page should show.
 * Takes the Request and the bindings, so the api tests can drive it directly.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { INPUT_KEPT, REVIEW_FIELDS, reviewFromForm } from '../rules/fields.ts';
import { validateReportReason, validateReview } from '../rules/review-rules.ts';
import { readTextWithin } from '#src/server/body-limit.ts';
import { Problem } from '#src/server/problem.ts';
import { DB_BUSY_MESSAGE, DB_RETRY_HEADERS, isTransientDbError } from '#src/server/db-errors.ts';
import { identifyClient, submitReview } from './submit.ts';
import { castHelpfulVote, fileReport } from './votes.ts';

/** What a visitor typed, echoed back into the form when something is wrong. */
export type FormValues = Partial<Record<(typeof REVIEW_FIELDS)[number], string>>;

export interface FormBindings {
  db: D1Database;
  clientKey: string | undefined;
  limiter: RateLimit | undefined;
}

export type ReviewPostResult =
  /** The review was received (or silently trapped): show the thank-you page. */
  | { kind: 'thanks' }
  /** Show the form again with these values, field errors and/or a message, with this status. */
  | {
      kind: 'form';
      status: number;
      values: FormValues;
      errors: Record<string, string>;
      message?: string;
      headers?: Record<string, string>;
    }
  /** A vote or report was counted: redirect (303) so a reload does not post again. */
  | { kind: 'redirect'; location: string }
  /** Something other than the form went wrong: show this message with this status. */
  | { kind: 'error'; status: number; message: string; headers?: Record<string, string> };

const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;

/** The list address to go back to after a vote, keeping the visitor's sort and page. */
export function reviewsPath(
  slug: string,
  params: { sort?: string | null; cursor?: string | null; thanks?: string; review?: string } = {},
): string {
  const query = new URLSearchParams();
  if (params.sort === 'helpful') query.set('sort', 'helpful');
  if (params.cursor) query.set('cursor', params.cursor);
  if (params.thanks) query.set('thanks', params.thanks);
  if (params.review) query.set('review', params.review);
  const search = query.toString();
  return `/sites/${slug}/reviews/${search ? `?${search}` : ''}${params.review ? `#review-${encodeURIComponent(params.review)}` : ''}`;
}

function valuesOf(form: URLSearchParams): FormValues {
  const values: FormValues = {};
  for (const field of REVIEW_FIELDS) values[field] = form.get(field) ?? '';
  return values;
}

/** Handles a POST to /sites/{slug}/reviews/; database trouble becomes 503 "try again in a moment". */
export async function handleReviewPost(
  request: Request,
  site: SiteEntry,
  bindings: FormBindings,
  now = new Date(),
): Promise<ReviewPostResult> {
  try {
    return await reviewPost(request, site, bindings, now);
  } catch (error) {
    if (!isTransientDbError(error)) throw error;
    console.warn('Database trouble on a review form post', error);
    return { kind: 'error', status: 503, message: DB_BUSY_MESSAGE, headers: { ...DB_RETRY_HEADERS } };
  }
}

async function reviewPost(
  request: Request,
  site: SiteEntry,
  bindings: FormBindings,
  now: Date,
): Promise<ReviewPostResult> {
  const who = await identifyClient(request.headers, bindings, now);
  if (!who.ok)
    return {
      kind: 'error',
      status: who.status,
      message: who.message,
      ...(who.headers ? { headers: who.headers } : {}),
    };
  const { client } = who;
  if (!FORM_TYPE.test(request.headers.get('content-type') ?? '')) {
    return {
      kind: 'error',
      status: 415,
      message: 'This page accepts only its own forms. Go back to the reviews page and use the form there.',
    };
  }
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(await readTextWithin(request));
  } catch (error) {
    if (error instanceof Problem) return { kind: 'error', status: error.status, message: error.detail };
    throw error;
  }

  const intent = form.get('intent');
  if (intent === 'helpful' || intent === 'report') {
    const id = form.get('review') ?? '';
    const back = { sort: form.get('sort'), cursor: form.get('cursor'), review: id };
    let reason: string | null = null;
    if (intent === 'report') {
      const checked = validateReportReason(form.get('reason') ?? undefined);
      if (!checked.ok) return { kind: 'error', status: 422, message: checked.message };
      reason = checked.reason;
    }
    const outcome =
      intent === 'helpful'
        ? await castHelpfulVote(bindings.db, id, client, now)
        : await fileReport(bindings.db, id, client, now, reason);
    if (outcome.kind === 'not-found') return { kind: 'error', status: outcome.status, message: outcome.message };
    if (outcome.kind === 'rate-limited')
      return {
        kind: 'error',
        status: 429,
        message: outcome.message,
        headers: { 'retry-after': String(outcome.retryAfterSeconds) },
      };
    return { kind: 'redirect', location: reviewsPath(site.slug, { ...back, thanks: intent }) };
  }
  if (intent !== 'review')
    return {
      kind: 'error',
      status: 400,
      message: 'This form post was not understood. Go back to the reviews page and try again.',
    };

  const values = valuesOf(form);
  const checked = validateReview(reviewFromForm(form));
  if (!checked.ok) {
    const errors: Record<string, string> = {};
    // One message per field, the first.
    for (const { field, message } of checked.errors) errors[field] ??= message;
    return { kind: 'form', status: 422, values, errors };
  }
  const outcome = await submitReview(bindings.db, {
    siteSlug: site.slug,
    siteName: site.name,
    review: checked.review,
    client,
    now,
  });
  if (outcome.kind === 'accepted') return { kind: 'thanks' };
  if (outcome.kind === 'duplicate') return { kind: 'form', status: 409, values, errors: {}, message: outcome.detail };
  return {
    kind: 'form',
    status: 429,
    values,
    errors: {},
    message: `${outcome.detail} ${INPUT_KEPT}`,
    headers: { 'retry-after': String(outcome.retryAfterSeconds) },
  };
}
