import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): funding a project said with the verb', () => {
  it('reads funding one\'s own project ("fund our first album", "fund my film") as meeting investors or backers', () => {
    expect(goalsOf('We play in a band in Berlin and want to fund our first album.')).toContain('investors');
    expect(goalsOf('How do indie developers fund their game?')).toContain('investors');
    expect(goalsOf('Where can I fund my documentary?')).toContain('investors');
    expect(goalsOf('I need to finance my startup.')).toContain('investors');
  });

  it('reads no investors from paying one\'s way with work ("a job to fund my studies")', () => {
    expect(goalsOf('Looking for a part-time job to fund my studies.')).not.toContain('investors');
    expect(goalsOf('I freelance to fund my travels.')).not.toContain('investors');
  });
});
