import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goals = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): an apprenticeship or traineeship is a job, and an apprentice asked for is staff', () => {
  it('reads an apprenticeship or traineeship sought as hiring, as an internship is', () => {
    expect(goals('Where can school leavers find apprenticeships in carpentry?')).toEqual(['hiring']);
    expect(goals('My son is 16 and wants an apprenticeship as a mechanic.')).toEqual(['hiring']);
    expect(goals('Looking for a traineeship in accounting after uni.')).toEqual(['hiring']);
  });

  it('reads an employer asking for an apprentice or trainee as hiring for employment', () => {
    const read = readGoal('I run a small roofing crew and want to take on an apprentice next year.').answers;
    expect(read?.goals).toEqual(['hiring']);
    expect(read?.work).toBe('employment');
    expect(goals('We need a second-year trainee for our bakery.')).toEqual(['hiring']);
  });

  it('does not read an apprentice the writer is, or peers who are apprentices, as hiring', () => {
    expect(goals("I'm an apprentice electrician and want to swap tips with other apprentices.")).not.toContain(
      'hiring',
    );
    expect(goals('As a trainee nurse I would love to talk with others on the ward.')).not.toContain('hiring');
  });

  it('does not read an apprenticeship someone has or had ("my apprenticeship") as one sought', () => {
    expect(goals('I did my apprenticeship in Leeds and now want to swap ideas with other joiners.')).not.toContain(
      'hiring',
    );
    expect(goals('Her traineeship ends in June and she wants to meet other young bakers.')).not.toContain('hiring');
    expect(goals('Where do I look for my first apprenticeship in plumbing?')).toEqual(['hiring']);
  });
});
