import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const audienceOf = (text: string) => readGoal(text).understood.audience?.value;

describe('readGoal(): an artist who says so and wants backers or an audience for their work is a creator', () => {
  it('reads a musician, an author or a game maker funding or promoting their own work as a creator', () => {
    expect(audienceOf('We play in a band in Berlin and want to fund our first album.')).toBe('creators');
    expect(audienceOf("I'm a musician and want to promote my new EP.")).toBe('creators');
    expect(audienceOf('Our band needs more listeners, where should we promote it?')).toBe('creators');
    expect(audienceOf("I'm a novelist looking for crowdfunding for my next book.")).toBe('creators');
  });

  it('reads "we are a (small) band", "wir sind eine kleine Band", "unsere Band" as the writers’ own', () => {
    expect(audienceOf('We are a small band from Leeds and want to crowdfund our first album')).toBe('creators');
    expect(
      audienceOf('Wir sind eine kleine Band aus Leipzig und wollen unser erstes Album per Crowdfunding finanzieren.'),
    ).toBe('creators');
    expect(audienceOf('Unsere Band will ihr erstes Album per Crowdfunding finanzieren.')).toBe('creators');
  });

  it('reads no creator from a band the writer only names', () => {
    expect(audienceOf('They are a small band and I want to crowdfund a film about them')).not.toBe('creators');
  });

  it('reads no creator from someone seeking an artist, nor from client work in a creative field', () => {
    expect(audienceOf('I want to hire a band for my wedding.')).not.toBe('creators');
    expect(audienceOf("I'm a copywriter looking for new clients.")).not.toBe('creators');
    expect(audienceOf('How do I promote my bakery with local musicians?')).not.toBe('creators');
  });
});
