/** Recommend (the quiz): what pages and routers may use. */
export * from './rules/answers.ts';
export * from './rules/hiring-market.ts';
export * from './rules/narrowing.ts';
export * from './rules/recommend.ts';
export * from './rules/read-goal.ts';
export { asksForClientWork } from './rules/read-work.ts';
