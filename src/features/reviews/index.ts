/**
 * Reviews: what pages and routers may use. Pages never reach into
 * `queries/` themselves: they call the operations exported here (actions/),
 * which the API routers call too, so each outcome and its text is written once.
 */
export * from './actions/form.ts';
export { listReviewPage, type ReviewPageOutcome, type ReviewPageQuery } from './actions/list.ts';
export {
  handleModerationPost,
  moderate,
  MODERATION_NOT_FOUND,
  MODERATION_QUEUE_SIZE,
  type ModerationBindings,
  type ModerationDecision,
  type ModerationOutcome,
  type ModerationPageResult,
} from './actions/moderation.ts';
export { identifyClient, submitReview } from './actions/submit.ts';
export {
  castHelpfulVote,
  fileReport,
  VOTES_PER_DAY,
  HELPFUL_NOT_FOUND,
  REPORT_NOT_FOUND,
  type HelpfulOutcome,
  type ReportOutcome,
} from './actions/votes.ts';
export { getReviewSummary, listReviewsByStatus } from './queries/reviews.ts';
export { listReportedReviews, type ReportedReview } from './queries/votes.ts';
export type { PublicReview, Review, ReviewSort, ReviewStatus } from './queries/reviews.ts';
export * from './rules/fields.ts';
export * from './rules/summary.ts';
export * from './rules/review-rules.ts';
