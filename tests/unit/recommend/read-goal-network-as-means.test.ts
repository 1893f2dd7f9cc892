/**
 * The free-text reader on people networking among themselves for another goal ("we network with each other to share
 * tips"): the goal is what they network for, read from its own words; networking adds contacts when it is the goal
 * itself, or the writer's ties with others. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goals = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

describe('readGoal(): people networking among themselves for another goal', () => {
  it('reads the goal they network for, not contacts', () => {
    expect(goals('We would like to network with each other to share tips on cataloguing')).not.toContain('contacts');
    expect(goals('The growers in our valley want to connect with one another to exchange ideas')).not.toContain(
      'contacts',
    );
  });

  it('keeps contacts where networking is the goal itself', () => {
    expect(goals('I want to network with people in shipping')).toContain('contacts');
    expect(goals('How do I start networking as a shy junior analyst?')).toContain('contacts');
  });

  it('keeps contacts where the writer networks with others for a goal', () => {
    expect(goals('Where can I connect with other midwives to swap tips?')).toContain('contacts');
  });
});
