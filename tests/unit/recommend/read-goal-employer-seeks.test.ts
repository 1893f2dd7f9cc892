import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): a startup or a business finding people of a profession is hiring', () => {
  it('reads "where to find engineers for an early stage startup", "how do startups find developers" as hiring', () => {
    expect(goalsOf('Where to find engineers for an early stage startup?')).toEqual(['hiring']);
    expect(goalsOf('How do startups find good developers?')).toEqual(['hiring']);
    expect(goalsOf('I run a small bakery and need to find bakers.')).toContain('hiring');
  });

  it('reads no hiring from people found by someone who is no employer, nor from peers found', () => {
    expect(goalsOf('Where can I find other engineers to swap ideas with?')).not.toContain('hiring');
    expect(goalsOf('I am a nurse and want to find nurses near me to chat with.')).not.toContain('hiring');
  });
});

describe("readGoal(): people found who are the writer's peers", () => {
  it('reads "find photographers like me" said by a business owner as peers, not hiring', () => {
    expect(
      goalsOf('I run a small photo studio and want to find photographers like me to help each other grow.'),
    ).not.toContain('hiring');
  });
});
