/**
 * A helpful vote and a report on one review, written once for the JSON API
 * (`POST /api/reviews/{id}/helpful|report`) and the buttons of the
 * no-JavaScript page (actions/form.ts). Callers turn the outcome into a status
 * code or a page; the not-found texts are shared, so a visitor reads the same
 * words with JavaScript on (the API's problem detail) and off.
 */
import { reportReview, voteHelpful } from '../queries/votes.ts';
import { hitRateLimit } from '#src/server/rate-limits.ts';
import { waitText } from './submit.ts';

/**
 * Helpful votes and reports one client may cast in a day, counted in D1 (the
 * first-line limiter only catches bursts). One vote per review per day stays
 * the rule; this stops one client voting on everything.
 */
export const VOTES_PER_DAY = 30;
const VOTE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The message when a client has used up the day's votes and reports. */
export function votesLimitedDetail(retryAfterSeconds: number): string {
  return `You have already voted or reported ${VOTES_PER_DAY} times today. Please wait ${waitText(retryAfterSeconds)} before voting again.`;
}

/** Why a helpful vote was not counted: there is no approved review with that id. */
export const HELPFUL_NOT_FOUND =
  'This review is not published (it may be back with the moderators), so the vote was not counted.';
/** Why a report was not received: there is no review with that id at all. */
export const REPORT_NOT_FOUND = 'There is no such review to report.';

export type NotFound = { kind: 'not-found'; status: 404; message: string };

export type VotesLimited = { kind: 'rate-limited'; status: 429; retryAfterSeconds: number; message: string };

export type HelpfulOutcome = { kind: 'counted'; helpful: number } | NotFound | VotesLimited;
export type ReportOutcome = { kind: 'received' } | NotFound | VotesLimited;

/** Counts one vote or report against the client's daily allowance; the refusal when it is used up. */
async function overDailyLimit(db: D1Database, client: string, now: Date): Promise<VotesLimited | null> {
  const decision = await hitRateLimit(
    db,
    { bucket: `vote:${client}`, limit: VOTES_PER_DAY, windowMs: VOTE_WINDOW_MS },
    now,
  );
  if (decision.allowed) return null;
  return {
    kind: 'rate-limited',
    status: 429,
    retryAfterSeconds: decision.retryAfterSeconds,
    message: votesLimitedDetail(decision.retryAfterSeconds),
  };
}

/** Counts a client's helpful vote on an approved review (a repeat changes nothing); answers the review's helpful count. */
export async function castHelpfulVote(
  db: D1Database,
  reviewId: string,
  client: string,
  now: Date,
): Promise<HelpfulOutcome> {
  const limited = await overDailyLimit(db, client, now);
  if (limited) return limited;
  const helpful = await voteHelpful(db, reviewId, client, now);
  if (helpful === null) return { kind: 'not-found', status: 404, message: HELPFUL_NOT_FOUND };
  return { kind: 'counted', helpful };
}

/** Why a visitor reports a review, at most this many characters. */
export const REPORT_REASON_MAX = 500;

/**
 * Records a client's report on a review, with an optional reason, for the
 * moderators. A report never unpublishes a review: it raises it in the queue.
 */
export async function fileReport(
  db: D1Database,
  reviewId: string,
  client: string,
  now: Date,
  reason: string | null = null,
): Promise<ReportOutcome> {
  const limited = await overDailyLimit(db, client, now);
  if (limited) return limited;
  if (!(await reportReview(db, reviewId, client, now, reason)))
    return { kind: 'not-found', status: 404, message: REPORT_NOT_FOUND };
  return { kind: 'received' };
}
