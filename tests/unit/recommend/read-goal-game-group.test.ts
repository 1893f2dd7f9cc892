import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

/** The goals read from a text, in priority order. */
const goals = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): a group to play a game with, as a group to do a sport with, is people to meet nearby', () => {
  it.each([
    ['English', 'How do you find a board game group to join?'],
    ['English', "I'm into chess, where can I find a chess club?"],
    ['English', 'Looking for a tabletop group to join.'],
    ['German', 'Ich suche eine Gruppe für Brettspiele.'],
    ['Spanish', 'Busco un grupo de juegos de mesa.'],
    ['French', 'Comment trouver un club d’échecs ?'],
  ])('%s: %s', (_language, text) => {
    expect(goals(text).slice(0, 2)).toEqual(['friends', 'local']);
    expect(readGoal(text).answers?.inPerson).toBe('in-person');
  });

  it('a game group asked for online is not read as meeting nearby', () => {
    expect(goals('Is there an online chess club I could join?')).not.toContain('local');
  });

  it('a game studio looking for a board game designer is no group to play with', () => {
    expect(goals('Our studio is hiring a board game designer.')).not.toContain('friends');
  });
});
