import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

describe('readGoal(): a hair or beauty salon, a barber shop is a small business', () => {
  it('reads the salon owner wanting clients as a small business promoting itself', () => {
    const { answers } = readGoal('How do I get more clients for my hair salon?');
    expect(answers?.audience).toBe('small-business');
    expect(answers?.goals[0]).toBe('promotion');
    expect(readGoal('We have a barber shop and need customers').answers?.audience).toBe('small-business');
  });
});
