import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).understood.goals.map((g) => g.value);

describe('readGoal(): German everyday goals', () => {
  it('reads a kind of contact written as one word with "Kontakte" as contacts', () => {
    expect(goalsOf('Wo knüpft man am besten Geschäftskontakte?')).toEqual(['contacts']);
    expect(goalsOf('Berufskontakte in der Pflege aufbauen')).toContain('contacts');
  });

  it('reads "Leute zum" and what they would do as people to do it with: friends', () => {
    expect(goalsOf('Neu in der Stadt, suche Leute zum Klettern')).toContain('friends');
  });

  it('keeps "Kunden" a search for customers', () => {
    expect(goalsOf('Wie gewinne ich neue Kunden für mein Nagelstudio?')).toContain('referrals');
  });
});
