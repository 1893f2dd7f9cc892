/**
 * Moderation of suggestions and corrections, written once for the API
 * (`POST /api/admin/suggestions|corrections/{id}/accept|reject`,
 * functions/community/router.ts) and the page /admin/suggestions/:
 * {@link decide} is the decision and its outcomes; {@link handleCommunityModerationPost}
 * is the page's whole form post (body limit, the pasted token, the decision,
 * the queues). The token is checked by the same `checkAdminAttempt` as the
 * API's bearer check and the reviews page: constant-time, and wrong tokens
 * limited per client.
 */
import { siteBySlug } from '#src/catalogue/index.ts';
import { ADMIN_MESSAGES, checkAdminAttempt, type TokenCheck } from '#src/server/admin-auth.ts';
import { DB_BUSY_MESSAGE, DB_RETRY_HEADERS, isTransientDbError } from '#src/server/db-errors.ts';
import { readTextWithin } from '#src/server/body-limit.ts';
import { Problem } from '#src/server/problem.ts';
import { entryFieldLabel } from '../rules/community-rules.ts';
import {
  decideCorrection,
  decideSuggestion,
  listCorrections,
  listSuggestions,
  type Correction,
  type Suggestion,
} from '../queries/community.ts';

export type ContributionKind = 'suggestion' | 'correction';
export type ContributionDecision = 'accept' | 'reject';

/** How many pending items of each kind the page shows at once, oldest first. */
export const COMMUNITY_QUEUE_SIZE = 100;

export type DecisionOutcome =
  | { kind: 'suggestion'; suggestion: Suggestion; message: string }
  | { kind: 'correction'; correction: Correction; message: string }
  | { kind: 'not-found'; status: 404; message: string };

/** Accepts or rejects a suggestion or a correction. */
export async function decide(
  db: D1Database,
  what: ContributionKind,
  id: string,
  decision: ContributionDecision,
  now = new Date(),
): Promise<DecisionOutcome> {
  const status = decision === 'accept' ? 'accepted' : 'rejected';
  if (what === 'suggestion') {
    const suggestion = await decideSuggestion(db, id, status, now);
    if (!suggestion)
      return {
        kind: 'not-found',
        status: 404,
        message: 'There is no suggestion with this id, so nothing was changed.',
      };
    return {
      kind: 'suggestion',
      suggestion,
      message:
        decision === 'accept'
          ? `Accepted the suggestion “${suggestion.name}”. npm run import:suggestions writes its content file for an editor.`
          : `Rejected the suggestion “${suggestion.name}”.`,
    };
  }
  const correction = await decideCorrection(db, id, status, now);
  if (!correction)
    return { kind: 'not-found', status: 404, message: 'There is no correction with this id, so nothing was changed.' };
  const where = `${entryFieldLabel(correction.field)} of ${siteBySlug(correction.siteSlug)?.name ?? correction.siteSlug}`;
  return {
    kind: 'correction',
    correction,
    message:
      decision === 'accept'
        ? `Accepted the correction to ${where}. npm run import:suggestions lists it for an editor.`
        : `Rejected the correction to ${where}.`,
  };
}

/** The pending queues, oldest first. */
export async function pendingContributions(
  db: D1Database,
  limit = COMMUNITY_QUEUE_SIZE,
): Promise<{ suggestions: Suggestion[]; corrections: Correction[] }> {
  const [suggestions, corrections] = await Promise.all([
    listSuggestions(db, 'pending', limit),
    listCorrections(db, 'pending', limit),
  ]);
  return { suggestions, corrections };
}

/** What /admin/suggestions/ shows after a post. */
export interface CommunityModerationPageResult {
  status: number;
  message?: { text: string; kind: 'error' | 'done' };
  /** Present once the token is right: it goes back into the page's forms, with the pending queues. */
  signedIn?: { token: string; suggestions: Suggestion[]; corrections: Correction[] };
  /** Response headers (Retry-After on 429 and 503). */
  headers?: Record<string, string>;
}

const TOKEN_REFUSALS: Record<Exclude<TokenCheck, 'ok'>, { status: number; text: string }> = {
  unconfigured: { status: 503, text: ADMIN_MESSAGES.unconfigured },
  missing: { status: 401, text: 'Paste the moderator token to see the queues.' },
  wrong: { status: 403, text: ADMIN_MESSAGES.wrong },
};

/** Handles a POST to /admin/suggestions/: the token form, "Refresh", and every accept and reject button. */
export async function handleCommunityModerationPost(
  request: Request,
  bindings: { db: D1Database; adminToken: string | undefined; clientKey: string | undefined },
): Promise<CommunityModerationPageResult> {
  try {
    return await moderationPost(request, bindings);
  } catch (error) {
    if (!isTransientDbError(error)) throw error;
    console.warn('Database trouble on the suggestions moderation page', error);
    return { status: 503, message: { text: DB_BUSY_MESSAGE, kind: 'error' }, headers: { ...DB_RETRY_HEADERS } };
  }
}

async function moderationPost(
  request: Request,
  bindings: { db: D1Database; adminToken: string | undefined; clientKey: string | undefined },
): Promise<CommunityModerationPageResult> {
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(await readTextWithin(request));
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return { status: error.status, message: { text: error.detail, kind: 'error' } };
  }
  const token = form.get('token');
  const attempt = await checkAdminAttempt(request.headers, token, bindings);
  if (attempt.check === 'blocked')
    return {
      status: 429,
      message: { text: ADMIN_MESSAGES.blocked(attempt.retryAfterSeconds), kind: 'error' },
      headers: { 'retry-after': String(attempt.retryAfterSeconds) },
    };
  const check = attempt.check;
  if (check !== 'ok') {
    const { status, text } = TOKEN_REFUSALS[check];
    return { status, message: { text, kind: 'error' } };
  }
  let status = 200;
  let message: CommunityModerationPageResult['message'];
  const intent = form.get('intent');
  const what = form.get('kind');
  if ((intent === 'accept' || intent === 'reject') && (what === 'suggestion' || what === 'correction')) {
    const outcome = await decide(bindings.db, what, form.get('id') ?? '', intent);
    if (outcome.kind === 'not-found') {
      status = outcome.status;
      message = { text: outcome.message, kind: 'error' };
    } else message = { text: outcome.message, kind: 'done' };
  }
  const queues = await pendingContributions(bindings.db);
  return { status, ...(message ? { message } : {}), signedIn: { token: token!, ...queues } };
}
