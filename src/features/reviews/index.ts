/**
 * Reviews: what pages and routers may use. Pages never reach into
 * `queries/` themselves: they call the operations exported here, which the
 * API routers call too.
 */
export * from './actions/form.ts';
export { identifyClient, submitReview } from './actions/submit.ts';
export { InvalidCursorError, getReviewSummary, listApprovedReviews, listReviewsByStatus, moderateReview } from './queries/reviews.ts';
export type { Review, ReviewSort } from './queries/reviews.ts';
export { reportReview, voteHelpful } from './queries/votes.ts';
export * from './rules/fields.ts';
export * from './rules/summary.ts';
export * from './rules/review-rules.ts';
