/**
 * Durability in CI: tests/support/durability.mjs serves the built site, submits
 * reviews concurrently, SIGKILLs wrangler and workerd mid-load, restarts on the
 * same state and checks every acknowledged review survived, with SQLite's
 * integrity check passing on the D1 file.
 */
import { describe, expect, it } from 'vitest';
import { durabilityCheck } from '../support/durability.mjs';

describe('a hard kill mid-load', () => {
  it('loses no acknowledged review and leaves the database intact', { timeout: 240_000 }, async () => {
    const result = await durabilityCheck({ total: 400, concurrency: 16, killAfter: 150 });
    expect(result.problems).toEqual([]);
    expect(result.missing).toBe(0);
    // The kill must land mid-load: some reviews acknowledged before it, not all 400.
    expect(result.acknowledged).toBeGreaterThan(50);
    expect(result.acknowledged).toBeLessThan(400);
    expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged);
  });
});
