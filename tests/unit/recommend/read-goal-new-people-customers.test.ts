import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): new people, to a business that speaks of its customers, are new customers', () => {
  it('reads "I live off my regular clients but need new people" from a shop owner as promotion, not friends', () => {
    const spanish = goalsOf(
      'Tengo una peluquería de barrio, vivo de las clientas de siempre pero necesito gente nueva.',
    );
    expect(spanish[0]).toBe('promotion');
    expect(spanish).not.toContain('friends');
    const english = goalsOf('I run a small bakery. My regular customers are great, but I need new people.');
    expect(english[0]).toBe('promotion');
    expect(english).not.toContain('friends');
  });

  it('keeps new people as friends for a business owner who does not speak of customers', () => {
    expect(goalsOf("I run a bakery and I'm new in town, I want to meet new people.")).toContain('friends');
  });
});
