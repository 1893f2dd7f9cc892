/** Alternatives: other sites ranked by similarity of purpose, field and country, each with a reason. */
export * from './rules/similarity.ts';
