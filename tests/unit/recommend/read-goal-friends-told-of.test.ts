import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): friends told of as buyers or supporters are no wish for friends', () => {
  it('reads "Friends and family bought it", "my friends ordered" as people told of', () => {
    expect(
      goalsOf(
        'Self-published my first novel. Friends and family bought it and now sales are zero. Where do I find readers?',
      ),
    ).toEqual(['promotion']);
    expect(goalsOf('My friends ordered a few cakes, but how do I reach more customers?')).not.toContain('friends');
  });

  it('still reads friends wished for at the start of a sentence', () => {
    expect(goalsOf('Friends are hard to make in a new city, where do people meet?')).toContain('friends');
    expect(goalsOf('Friends wanted: where do adults make friends?')).toContain('friends');
  });
});

describe('readGoal(): "tips on" asks the readers', () => {
  it('reads "Any tips on apps?" and "Tips on apps or groups?" as asking, not peers wanted', () => {
    expect(goalsOf('How do I find new friends here? Tips on apps or groups?')).not.toContain('peer-ideas');
    expect(goalsOf('I want to share tips with other nurses.')).toContain('peer-ideas');
  });
});
