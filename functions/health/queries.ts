/** The cheapest real round trip to D1, for the health check. */
export async function pingDatabase(db: D1Database): Promise<void> {
  await db.prepare('SELECT 1 AS ok').first();
}
