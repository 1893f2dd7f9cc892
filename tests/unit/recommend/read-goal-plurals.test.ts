import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { withPlural } from '#src/catalogue/lexicon.ts';

describe('readGoal(): professions in "-man" read in their "-men" plural', () => {
  it('reads "handymen" as the trades, as "plumbers" is', () => {
    expect(readGoal('Where do handymen get customers?').understood.field?.value).toBe('trades');
    expect(readGoal('Where do plumbers get customers?').understood.field?.value).toBe('trades');
  });

  it('makes "-men" of an English "-man" noun, and leaves other words in "-man" to take an "s"', () => {
    expect(withPlural('handyman')).toEqual(['handyman', 'handymen']);
    expect(withPlural('human')).toEqual(['human', 'humans']);
    expect(withPlural('german')).toEqual(['german', 'germans']);
  });
});
