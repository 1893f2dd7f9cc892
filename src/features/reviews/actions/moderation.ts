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
import { checkAdminToken, type TokenCheck } from '#src/server/admin-auth.ts';
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
}

/** What /admin/reviews/ shows after a post. */
export interface ModerationPageResult {
  status: number;
  message?: { text: string; kind: 'error' | 'done' };
  /** Present once the token is right: it goes back into the page's forms, with the pending queue. */
  signedIn?: { token: string; queue: Review[] };
}

/** A pasted token that is not right, as the page says it (the API's bearer texts are in src/server/admin-auth.ts). */
const TOKEN_REFUSALS: Record<Exclude<TokenCheck, 'ok'>, { status: number; text: string }> = {
  unconfigured: {
    status: 503,
    text: 'Moderation is switched off: the server has no ADMIN_TOKEN secret. Set it with `npx wrangler secret put ADMIN_TOKEN` (locally it is created in .dev.vars by npm start).',
  },
  missing: { status: 401, text: 'Paste the moderator token to see the queue.' },
  wrong: {
    status: 403,
    text: 'That token is not right. Locally it is ADMIN_TOKEN in .dev.vars; in production, ask whoever set the secret.',
  },
};

/** Handles a POST to /admin/reviews/: the token form, "Refresh the queue", and every approve and reject button. */
export async function handleModerationPost(
  request: Request,
  bindings: ModerationBindings,
): Promise<ModerationPageResult> {
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(await readTextWithin(request));
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return { status: error.status, message: { text: error.detail, kind: 'error' } };
  }
  const token = form.get('token');
  const check = await checkAdminToken(token, bindings.adminToken);
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
  const queue = await listReviewsByStatus(bindings.db, 'pending', MODERATION_QUEUE_SIZE);
  return { status, ...(message ? { message } : {}), signedIn: { token: token!, queue } };
}
