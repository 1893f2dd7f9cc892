/**
 * The free-text reader on Sinhala text (`lexicon-sinhala.ts`). Before these words a text in Sinhala was read as
 * nothing at all (its vowel signs were also folded away, so its words ran into one another). Every sentence here is
 * made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { expectEveryWordRead } from '../../support/language-words.ts';
import { SINHALA } from '#src/catalogue/lexicon-sinhala.ts';

const understood = (text: string) => readGoal(text).understood;
const goals = (text: string) => understood(text).goals.map((g) => g.value);

/** A sentence per goal, and the goal it asks for first. */
const SENTENCES: readonly [Purpose, string][] = [
  ['contacts', 'මට ව්‍යාපාරික සම්බන්ධතා වැඩි කරගන්න ඕන'],
  ['peer-ideas', 'අනිත් ගුරුවරු එක්ක අත්දැකීම් හුවමාරු කරගන්න ඕන'],
  ['referrals', 'මගේ කඩේට අලුත් ගනුදෙනුකරුවන් ඕන'],
  ['investors', 'අපේ ස්ටාර්ට්අප් එකට ආයෝජකයින් හොයනවා'],
  ['promotion', 'මගේ ව්‍යාපාරයට ප්‍රචාරණය කරන්න ඕන'],
  ['hiring', 'මම රැකියාවක් හොයනවා'],
  ['local', 'ළඟපාත ඉන්න අය හමුවෙන්න ඕන'],
  ['friends', 'කොළඹට ආවට පස්සේ අලුත් යාළුවෝ නෑ'],
];

describe('readGoal(): Sinhala', () => {
  it('has words for every goal, each read as that goal on its own', () => {
    expectEveryWordRead([SINHALA]);
  });

  for (const [purpose, text] of SENTENCES)
    it(`reads a Sinhala sentence asking for ${purpose}: "${text}"`, () => {
      expect(goals(text)[0]).toBe(purpose);
    });

  it('reads a word with its endings: a job (රස්සාවක්), to Colombo (කොළඹට)', () => {
    expect(goals('තාම රස්සාවක් නෑ')).toEqual(['hiring']);
    expect(understood('කොළඹට ආවා').country?.value).toBe('LK');
  });

  it('names Sri Lanka by its script, and by its name written with or without the zero-width joiner', () => {
    expect(understood('මට යාළුවෝ ඕන').country?.value).toBe('LK');
    expect(understood('ශ්‍රී ලංකාවේ රැකියා').country?.value).toBe('LK');
    expect(understood('ශ්රී ලංකාවේ රැකියා').country?.value).toBe('LK');
  });

  it('keeps the vowel signs: a job (රැකියා) is no other word with its signs taken off', () => {
    // Without its vowel signs "රැකියා" would fold to "රකය", as would other words made of those letters.
    expect(goals('රකය')).toEqual([]);
  });

  it('reads online and in person, and meeting people', () => {
    expect(understood('ඔන්ලයින් යාළුවෝ හොයනවා').inPerson?.value).toBe('online');
    expect(understood('මුහුණට මුහුණ හමුවෙන්න ඕන').inPerson?.value).toBe('in-person');
    expect(goals('අලුත් මිනිස්සු හමුවෙන්න ඕන')).toEqual(['friends']);
  });

  it('reads a job not wanted ("රැකියාවක් ඕන නෑ") as not sought, and one lacking ("රැකියාවක් නෑ") as sought', () => {
    expect(goals('රැකියාවක් ඕන නෑ, යාළුවෝ ඕන')).toEqual(['friends']);
    expect(goals('තාම රැකියාවක් නෑ')).toEqual(['hiring']);
  });
});
