import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): clients sought through social media are reached by promotion', () => {
  it('reads "best social media for real estate agents to get clients" as promotion first', () => {
    expect(goalsOf('Best social media for real estate agents to get clients')[0]).toBe('promotion');
    expect(goalsOf('Which social networks actually bring clients to a photographer?')[0]).toBe('promotion');
  });

  it('keeps clients sought without social media, or away from it, as they were read', () => {
    expect(goalsOf('Where can real estate agents get clients?')).not.toContain('promotion');
    expect(goalsOf('How do I get clients without social media?')).not.toContain('promotion');
  });
});
