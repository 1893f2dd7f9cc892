import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const goalsOf = (text: string) => readGoal(text).answers?.goals ?? [];

describe('readGoal(): friends and family told of as the only ones who buy or come want a wider audience', () => {
  it('reads "only my friends and family come to our gigs" as promotion, not friends', () => {
    const goals = goalsOf('We put out our first EP but only my friends and family come to our gigs.');
    expect(goals).toContain('promotion');
    expect(goals).not.toContain('friends');
  });

  it('reads the same in Italian, Portuguese and Spanish, with the verb before or after the people', () => {
    for (const text of [
      'Abbiamo appena fatto uscire il nostro primo EP e ai live vengono solo amici e parenti.',
      'Abri uma lojinha de roupa faz 5 meses. O movimento tá fraco, quase só amigas e vizinhas compram.',
      'Hago pulseras a mano pero solo me compran mis amigos.',
    ]) {
      const goals = goalsOf(text);
      expect(goals, text).toContain('promotion');
      expect(goals, text).not.toContain('friends');
    }
  });

  it('reads friends counted among the readers or users ("mostly friends", "half are my family") as told of', () => {
    expect(goalsOf('I write a weekly newsletter, stuck at 180 subs, mostly friends and coworkers.')).not.toContain(
      'friends',
    );
    expect(goalsOf('I shipped my first app. 40 downloads and half are my family.')).not.toContain('friends');
  });

  it('reads friends or family something came from as told of ("word of mouth from family got me started")', () => {
    expect(
      goalsOf('I run a small catering business. Word of mouth from family got me started but it is slowing down.'),
    ).not.toContain('friends');
    expect(goalsOf('Got my portfolio built from friends babies, now my calendar is empty.')).not.toContain('friends');
  });

  it('still reads friends wished for', () => {
    expect(goalsOf('Not looking to date, just friends.')).toContain('friends');
    expect(goalsOf('I would love to find friends who come to gigs with me.')).toContain('friends');
    expect(goalsOf('Vorrei trovare nuovi amici che vengono ai concerti.')).toContain('friends');
    expect(goalsOf('I want support from friends in a new city')).toContain('friends');
    expect(goalsOf('I just want friends who come to gigs with me.')).toContain('friends');
  });
});

describe('readGoal(): family naming a kind of work is no wish for friends', () => {
  it('reads "I do newborn + family sessions" and "a family law practice" without the friends goal', () => {
    expect(
      readGoal('I do newborn + family sessions out of a home studio. How do photographers find paying clients?').answers
        ?.goals,
    ).not.toContain('friends');
    expect(goalsOf('I run a small family law practice and want more clients')).not.toContain('friends');
  });

  it('still reads family wished for', () => {
    expect(goalsOf('I want to keep in touch with family abroad')).toContain('friends');
  });
});
