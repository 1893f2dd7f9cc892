/** The rating summaries of every site with approved reviews, in one grouped query. */
import { roundAverage, type RatingsBySlug } from '../rules/ratings.ts';

const RATINGS_SQL = `SELECT site_slug, count(*) AS count, avg(rating) AS average
  FROM reviews WHERE status = 'approved' GROUP BY site_slug`;

interface Row {
  site_slug: string;
  count: number;
  average: number;
}

/** Slug → `{ count, average }` for sites with at least one approved review. */
export async function ratingsBySlug(db: D1Database): Promise<RatingsBySlug> {
  const { results } = await db.prepare(RATINGS_SQL).all<Row>();
  return Object.fromEntries(
    results.map((r) => [r.site_slug, { count: Number(r.count), average: roundAverage(Number(r.average)) }]),
  );
}
