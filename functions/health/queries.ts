/**
 * The health check's read of a real table: a corrupt or missing database
 * file fails here, where `SELECT 1` would still answer.
 */
const READ_REVIEWS = 'SELECT count(*) AS n FROM (SELECT id FROM reviews LIMIT 1)';

export async function pingDatabase(db: D1Database): Promise<void> {
  const row = await db.prepare(READ_REVIEWS).first<{ n: number }>();
  if (typeof row?.n !== 'number') throw new Error('The reviews table could not be read');
}
