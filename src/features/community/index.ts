/**
 * Community: visitors suggest sites and report mistakes in entries; moderators
 * accept or reject them. What pages and routers may use: the operations in
 * actions/ (shared by the API router and the no-JavaScript pages), the rules'
 * schemas and labels, and the list queries the moderation API answers with.
 */
export {
  handleCorrectionPost,
  handleSuggestionPost,
  type ContributionBindings,
  type ContributionPostResult,
  type ContributionValues,
} from './actions/form.ts';
export {
  COMMUNITY_QUEUE_SIZE,
  decide,
  handleCommunityModerationPost,
  pendingContributions,
  type CommunityModerationPageResult,
  type ContributionDecision,
  type ContributionKind,
  type DecisionOutcome,
} from './actions/moderation.ts';
export {
  CONTRIBUTION_WINDOW_MS,
  CONTRIBUTIONS_PER_WINDOW,
  submitCorrection,
  submitSuggestion,
  type ContributionOutcome,
} from './actions/submit.ts';
export { listCorrections, listSuggestions } from './queries/community.ts';
export type { ContributionStatus, Correction, Suggestion } from './queries/community.ts';
export * from './rules/fields.ts';
export * from './rules/community-rules.ts';
export * from './rules/suggestion-scaffold.ts';
