import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

describe('readGoal(): plain words into quiz answers', () => {
  it('reads a goal, a profession and a country from a sentence, with the words behind each', () => {
    const { answers, understood } = readGoal("I'm a nurse in Ohio and want to swap ideas with other nurses");
    expect(answers).toEqual({ goals: ['peer-ideas'], field: 'nursing', country: 'US' });
    expect(understood.goals[0]).toEqual({ value: 'peer-ideas', words: 'swap ideas' });
    expect(understood.field?.words).toBe('nurse');
    expect(understood.country?.words).toBe('ohio');
  });

  it('maps a city to its country, accents and case ignored', () => {
    expect(readGoal('Freelance designer in LISBOA looking for clients').answers).toMatchObject({
      country: 'PT',
      audience: 'freelancers',
      goals: ['referrals'],
    });
    expect(readGoal('new job in München').answers?.country).toBe('DE');
  });

  it('keeps the goals in the order the text names them, vague words last', () => {
    expect(readGoal('I just moved to Berlin and want to make friends and find a job').answers?.goals).toEqual([
      'friends',
      'hiring',
      'local',
    ]);
  });

  it('reads "other <profession>" as wanting peers', () => {
    expect(readGoal('pharmacist who wants to talk to other pharmacists').answers?.goals).toContain('peer-ideas');
  });

  it('does not take a profession for a goal ("a marketing agency" is not promotion)', () => {
    const { answers } = readGoal('I run a small marketing agency and want referrals');
    expect(answers?.goals).toEqual(['referrals']);
    expect(answers?.field).toBe('marketing');
  });

  it('reads "US" only in capitals: "us" is a pronoun', () => {
    expect(readGoal('angel investors in the US').answers?.country).toBe('US');
    expect(readGoal('help us find investors').answers?.country).toBeUndefined();
  });

  it('prefers a named profession to the stage of life before it', () => {
    expect(readGoal('college student who wants to network with bankers').answers?.field).toBe('finance');
  });

  it('reads settings: budget, time, in person or online', () => {
    expect(readGoal('meet investors in person, I have little time and want it free').answers).toMatchObject({
      inPerson: 'in-person',
      time: 'light',
      budget: 'free',
    });
  });

  it('finds no goal in words that name none, and says so instead of guessing', () => {
    for (const text of ['hello there', 'Porto', 'nurse', '']) expect(readGoal(text).answers).toBeUndefined();
    expect(readGoal('nurse in Porto').understood).toMatchObject({
      goals: [],
      field: { value: 'nursing' },
      country: { value: 'PT' },
    });
  });

  it('is deterministic and never reads more than three goals', () => {
    const text = 'find clients, investors, a job, friends and peers to swap ideas with';
    expect(readGoal(text)).toEqual(readGoal(text));
    expect(readGoal(text).answers?.goals).toHaveLength(3);
  });
});
