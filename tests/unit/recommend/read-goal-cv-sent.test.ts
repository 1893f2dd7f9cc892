import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

describe('readGoal(): a CV or résumé sent out is a job search', () => {
  it("reads sending one's CV or résumé as looking for work", () => {
    expect(goalsOf('I send my CV everywhere but hear nothing back')).toEqual(['hiring']);
    expect(goalsOf("I've sent my résumé to 40 companies and got two interviews")).toEqual(['hiring']);
    expect(goalsOf('Been sending out CVs for months, which sites actually work?')).toEqual(['hiring']);
  });
});
