import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goals = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): a co-founder or mentor role the writer holds is who they are, not whom they seek', () => {
  it('reads "I\'m the (lead) cofounder of …" and "as a co-founder" as a founder, with no contacts goal', () => {
    const read = readGoal(
      "I'm the lead cofounder of a small fintech and we need to hire our first salesperson.",
    ).answers;
    expect(read?.audience).toBe('startups');
    expect(read?.goals).toEqual(['hiring']);
    expect(goals('As a co-founder of a tiny agency I want more clients.')).not.toContain('contacts');
    expect(goals('I am a mentor for junior developers and want to find more clients for my consulting.')).not.toContain(
      'contacts',
    );
  });

  it('reads a signature opening with the role ("Co-founder at …") and "my co-founder and I" as held', () => {
    expect(goals('Co-founder at a climate startup here; we want to meet angel investors.')).toEqual(['investors']);
    expect(goals('My co-founder and I are building a booking app and want to find seed investors.')).toEqual([
      'investors',
    ]);
  });

  it('still reads a co-founder or mentor sought as contacts', () => {
    expect(goals("I'm a designer looking for a co-founder for my app idea.")).toContain('contacts');
    expect(goals("I'm a junior analyst and I'd love a mentor in finance.")).toContain('contacts');
    expect(goals('Where do I find my future business partner?')).toContain('contacts');
  });
});
