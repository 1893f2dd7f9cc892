/**
 * A helpful vote and a report on one review, written once for the JSON API
 * (`POST /api/reviews/{id}/helpful|report`) and the buttons of the
 * no-JavaScript page (actions/form.ts). Callers turn the outcome into a status
 * code or a page; the not-found texts are shared, so a visitor reads the same
 * words with JavaScript on (the API's problem detail) and off.
 */
import { reportReview, voteHelpful } from '../queries/votes.ts';

/** Why a helpful vote was not counted: there is no approved review with that id. */
export const HELPFUL_NOT_FOUND =
  'This review is not published (it may be back with the moderators), so the vote was not counted.';
/** Why a report was not received: there is no review with that id at all. */
export const REPORT_NOT_FOUND = 'There is no such review to report.';

export type NotFound = { kind: 'not-found'; status: 404; message: string };

export type HelpfulOutcome = { kind: 'counted'; helpful: number } | NotFound;
export type ReportOutcome = { kind: 'received' } | NotFound;

/** Counts a client's helpful vote on an approved review (a repeat changes nothing); answers the review's helpful count. */
export async function castHelpfulVote(
  db: D1Database,
  reviewId: string,
  client: string,
  now: Date,
): Promise<HelpfulOutcome> {
  const helpful = await voteHelpful(db, reviewId, client, now);
  if (helpful === null) return { kind: 'not-found', status: 404, message: HELPFUL_NOT_FOUND };
  return { kind: 'counted', helpful };
}

/** Records a client's report on a review for the moderators (see queries/votes.ts for when it unpublishes). */
export async function fileReport(db: D1Database, reviewId: string, client: string, now: Date): Promise<ReportOutcome> {
  if (!(await reportReview(db, reviewId, client, now)))
    return { kind: 'not-found', status: 404, message: REPORT_NOT_FOUND };
  return { kind: 'received' };
}
