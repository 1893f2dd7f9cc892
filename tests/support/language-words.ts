/** Checks shared by the reader's tests of each group of languages (`lexicon-*.ts` modules). */
import { expect } from 'vitest';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { keysOf, PURPOSES } from '#src/catalogue/taxonomy.ts';
import type { LanguageWords } from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';

/**
 * Each language has words for every goal, and every word it lists, read alone, is what it is listed for: its goal
 * (first), its field, or, for a place, its country.
 */
export function expectEveryWordRead(languages: readonly LanguageWords[]): void {
  const understood = (text: string) => readGoal(text).understood;
  for (const language of languages) {
    for (const purpose of keysOf(PURPOSES)) {
      expect(language.goals[purpose].length, purpose).toBeGreaterThan(0);
      for (const w of language.goals[purpose]) expect(understood(w).goals[0]?.value, w).toBe(purpose);
    }
    for (const [field, words] of Object.entries(language.fields))
      for (const w of words) expect(understood(w).field?.value, w).toBe(field);
    for (const [code, places] of [...Object.entries(language.countries), ...Object.entries(language.cities)])
      for (const place of places) expect(understood(place).country?.value, place).toBe(code);
  }
}
