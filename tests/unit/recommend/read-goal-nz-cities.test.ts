import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

describe('readGoal(): New Zealand by its larger cities', () => {
  it('reads Tauranga, Dunedin and Palmerston North as New Zealand', () => {
    for (const text of [
      'Need to hire two baristas for my cafe in Tauranga.',
      'Just moved to Dunedin and want to make friends.',
      'Looking for a job in Palmerston North.',
    ])
      expect(readGoal(text).understood.country?.value, text).toBe('NZ');
  });
});
