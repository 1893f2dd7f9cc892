import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

describe("readGoal(): someone else's work, over its adjectives", () => {
  it("reads a partner's new or first job as why the writer moved, not a job sought", () => {
    expect(goalsOf("We came to Hull for my husband's new job and I'd like to make friends")).not.toContain('hiring');
    expect(goalsOf('Her first real job took us to Perth; I want to meet other parents')).not.toContain('hiring');
  });

  it('still reads a new job the writer wants', () => {
    expect(goalsOf('I need a new job in Hull')).toEqual(['hiring']);
  });
});
