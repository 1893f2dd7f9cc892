/**
 * Moderation, written once for the API (`POST /api/admin/reviews/{id}/approve|reject`,
 * functions/reviews/moderation.ts) and the page /admin/reviews/:
 * {@link moderate} is the decision and its outcomes; {@link handleModerationPost}
 * is the page's whole form post (body limit, the pasted token, the decision,
 * the queue), so the page itself needs nothing from src/server/. The API
 * checks its bearer token with the same constant-time `checkAdminToken`.
 * Takes the Request and the bindings, so the api tests can drive it directly.
 */
import { siteBySlug } from '#src/catalogue/index.ts';
import { listReviewsByStatus, moderateReview, type Review } from '../queries/reviews.ts';
import { ADMIN_MESSAGES, checkAdminAttempt, type TokenCheck } from '#src/server/admin-auth.ts';
import { DB_BUSY_MESSAGE, DB_RETRY_HEADERS, isTransientDbError } from '#src/server/db-errors.ts';
import { listReportedReviews, type ReportedReview } from '../queries/votes.ts';
import { readTextWithin } from '#src/server/body-limit.ts';
import { Problem } from '#src/server/problem.ts';

/** What a moderator can decide about a review. */
export type ModerationDecision = 'approve' | 'reject';

/** There is no review with the id a moderator decided on. */
export const MODERATION_NOT_FOUND = 'There is no review with this id, so nothing was changed.';

/** How many pending reviews the page shows at once, oldest first. */
export const MODERATION_QUEUE_SIZE = 100;

export type ModerationOutcome =
  /** Done: the review after the decision, and what to tell the moderator. */
  { kind: 'moderated'; review: Review; message: string } | { kind: 'not-found'; status: 404; message: string };

/** Approves (publishes, clearing its reports) or rejects (never shown) a review. */
export async function moderate(
  db: D1Database,
  reviewId: string,
  decision: ModerationDecision,
): Promise<ModerationOutcome> {
  const review = await moderateReview(db, reviewId, decision === 'approve' ? 'approved' : 'rejected');
  if (!review) return { kind: 'not-found', status: 404, message: MODERATION_NOT_FOUND };
  const where = siteBySlug(review.siteSlug)?.name ?? review.siteSlug;
  const message =
    decision === 'approve'
      ? `Approved “${review.title}” (${where}). It is now public.`
      : `Rejected “${review.title}” (${where}). It will never be shown.`;
  return { kind: 'moderated', review, message };
}

export interface ModerationBindings {
  db: D1Database;
  /** The ADMIN_TOKEN secret; undefined or empty switches moderation off. */
  adminToken: string | undefined;
  /** The CLIENT_HASH_KEY secret: wrong tokens are counted per client hash. */
  clientKey?: string | undefined;
}

/** What /admin/reviews/ shows after a post. */
export interface ModerationPageResult {
  status: number;
  message?: { text: string; kind: 'error' | 'done' };
  /** Present once the token is right: it goes back into the page's forms, with the reported reviews and the pending queue. */
  signedIn?: { token: string; reported: ReportedReview[]; queue: Review[] };
  /** Response headers (Retry-After on 429 and 503). */
  headers?: Record<string, string>;
}

/** A pasted token that is not right, as the page says it (the API's bearer texts are in src/server/admin-auth.ts). */
const TOKEN_REFUSALS: Record<Exclude<TokenCheck, 'ok'>, { status: number; text: string }> = {
  unconfigured: {
    status: 503,
    text: ADMIN_MESSAGES.unconfigured,
  },
  missing: { status: 401, text: 'Paste the moderator token to see the queue.' },
  wrong: {
    status: 403,
    text: 'That token is not right. Check the moderator token you were given and paste it again.',
  },
};

/** Handles a POST to /admin/reviews/: the token form, "Refresh the queue", and every approve and reject button. */
export async function handleModerationPost(
  request: Request,
  bindings: ModerationBindings,
): Promise<ModerationPageResult> {
  try {
    return await moderationPost(request, bindings);
  } catch (error) {
    if (!isTransientDbError(error)) throw error;
    console.warn('Database trouble on the moderation page', error);
    return { status: 503, message: { text: DB_BUSY_MESSAGE, kind: 'error' }, headers: { ...DB_RETRY_HEADERS } };
  }
}

async function moderationPost(request: Request, bindings: ModerationBindings): Promise<ModerationPageResult> {
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(await readTextWithin(request));
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return { status: error.status, message: { text: error.detail, kind: 'error' } };
  }
  const token = form.get('token');
  const attempt = await checkAdminAttempt(request.headers, token, {
    db: bindings.db,
    adminToken: bindings.adminToken,
    clientKey: bindings.clientKey,
  });
  if (attempt.check === 'blocked') {
    return {
      status: 429,
      message: { text: ADMIN_MESSAGES.blocked(attempt.retryAfterSeconds), kind: 'error' },
      headers: { 'retry-after': String(attempt.retryAfterSeconds) },
    };
  }
  const check = attempt.check;
  if (check !== 'ok') {
    const { status, text } = TOKEN_REFUSALS[check];
    return { status, message: { text, kind: 'error' } };
  }

  let status = 200;
  let message: ModerationPageResult['message'];
  const intent = form.get('intent');
  if (intent === 'approve' || intent === 'reject') {
    const outcome = await moderate(bindings.db, form.get('review') ?? '', intent);
    if (outcome.kind === 'not-found') {
      status = outcome.status;
      message = { text: outcome.message, kind: 'error' };
    } else {
      message = { text: outcome.message, kind: 'done' };
    }
  }
  const [reported, queue] = await Promise.all([
    listReportedReviews(bindings.db, MODERATION_QUEUE_SIZE),
    listReviewsByStatus(bindings.db, 'pending', MODERATION_QUEUE_SIZE),
  ]);
  return { status, ...(message ? { message } : {}), signedIn: { token: token!, reported, queue } };
}
