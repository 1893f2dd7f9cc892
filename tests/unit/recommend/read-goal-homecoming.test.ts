/**
 * The free-text reader on a place left for home ("after five years in England I moved back home"): the place left is
 * no place to network in, and the home gone back to is not named. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

describe('readGoal(): a place left for home', () => {
  it('reads no country from a place named before moving back home, in English, German and Hungarian', () => {
    expect(understood('After five years in England I moved back home and I am looking for a job').country).toBe(
      undefined,
    );
    expect(understood('Nach fünf Jahren in England bin ich zurück nach Hause gezogen').country).toBe(undefined);
    expect(understood('Öt év Anglia után hazaköltöztem és állást keresek').country).toBe(undefined);
    expect(goals('Öt év Anglia után hazaköltöztem és állást keresek')).toEqual(['hiring']);
  });

  it('keeps the home the writer names, and a place in another sentence or someone else’s move', () => {
    expect(
      understood("I'm Kenyan and moved back home after five years in the UK; looking for a job").country?.value,
    ).toBe('KE');
    expect(understood("I'm from Nigeria and recently moved back home. Looking for a job in tech").country?.value).toBe(
      'NG',
    );
    expect(
      understood('I live in Ireland. My sister moved back home last year. I want new friends').country?.value,
    ).toBe('IE');
  });

  it('still reads a place named after the move home', () => {
    expect(understood('I moved back home to Lagos and need a job').country?.value).toBe('NG');
  });
});
