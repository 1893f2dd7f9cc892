/**
 * The free-text reader on what the writer already has, said with a few words before it ("already has a small loyal
 * customer base", "we have a fairly big online following"): it is told of, not wished for. Every sentence here is
 * made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goals = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

describe('readGoal(): people or an audience had, three words after the having', () => {
  it('reads an audience had over three words as told of, not promotion wished for', () => {
    expect(goals('Our choir already has a big devoted following; now we need a sponsor with money')).not.toContain(
      'promotion',
    );
    expect(goals('The shop has a very loyal following, and I would like to meet other shop owners')).not.toContain(
      'promotion',
    );
  });

  it('still reads an audience wanted after a having verb that is no possession', () => {
    expect(goals('We have to build a much bigger following for the choir')).toContain('promotion');
    expect(goals('I have almost no real following yet')).toContain('promotion');
  });
});
