/** Ratings: the star summaries lists show, from approved reviews (D1), and the order "by rating". */
export * from './rules/ratings.ts';
export { ratingsBySlug } from './queries/ratings.ts';
