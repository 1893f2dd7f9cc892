import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '#src/catalogue/languages.ts';
import {
  LISTED_FIELD_WORDS,
  LISTED_GOAL_WORDS,
  LISTED_GROUP_NOUNS,
  LISTED_WEAK_GOAL_WORDS,
  foldWords,
} from '#src/catalogue/lexicon.ts';
import { COUNTRY_CODES, PURPOSES, keysOf } from '#src/catalogue/taxonomy.ts';
import type { LanguageWords } from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';

/** Every string of a language's lists but its country and city names, as the search reads them for a cue. */
function wordsOf(words: LanguageWords): string[] {
  const { countries: _countries, cities: _cities, ...lists } = words;
  return strings(lists);
}

/** Every string in a value: the value itself, or its items' or properties' strings. */
function strings(value: unknown): string[] {
  return typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

describe('the registry of languages', () => {
  it.each(LANGUAGES.map((l) => [l.name, l] as const))(
    '%s is spoken in countries the catalogue knows by their ISO 3166-1 codes',
    (_, language) => {
      expect(language.countries.length).toBeGreaterThan(0);
      for (const country of language.countries) expect(COUNTRY_CODES.has(country), country).toBe(true);
      expect(new Set(language.countries).size).toBe(language.countries.length);
    },
  );

  it.each(LANGUAGES.map((l) => [l.name, l] as const))('%s has ISO 639-1 codes', (_, language) => {
    expect(language.codes.length).toBeGreaterThan(0);
    for (const code of language.codes) {
      expect(code).toMatch(/^[a-z]{2}$/);
      // A code no language has comes back as itself.
      expect(LANGUAGE_NAMES.of(code), code).not.toBe(code);
    }
  });

  it('names each language once, and gives each language its own word lists', () => {
    expect(new Set(LANGUAGES.map((l) => l.name)).size).toBe(LANGUAGES.length);
    const lists = LANGUAGES.flatMap((l) => (l.words ? [l.words] : []));
    expect(new Set(lists).size).toBe(lists.length);
  });

  it.each(LANGUAGES.filter((l) => l.words).map((l) => [l.name, l.words!] as const))(
    '%s has words for every goal and for professions, none of them blank',
    (_, words) => {
      for (const goal of keysOf(PURPOSES)) expect(words.goals[goal].length, goal).toBeGreaterThan(0);
      const fields = Object.entries(words.fields);
      expect(fields.length).toBeGreaterThan(0);
      for (const [field, list] of fields) expect(list.length, field).toBeGreaterThan(0);
      for (const word of wordsOf(words)) expect(word.trim(), JSON.stringify(word)).not.toBe('');
    },
  );

  it('lets the search tell every language it reads as a cue, by its words or its letters', () => {
    for (const language of LANGUAGES.filter((l) => l.searchCue))
      expect(language.words !== undefined || language.letters !== undefined, language.name).toBe(true);
  });

  it.each(LANGUAGES.filter((l) => l.letters).map((l) => [l.name, l] as const))(
    "%s's own letters are in no other language's words (a script entry aside for the languages it lists)",
    (_, language) => {
      for (const other of LANGUAGES) {
        if (other === language || !other.words || other.codes.some((c) => language.codes.includes(c))) continue;
        const written = wordsOf(other.words).filter((w) => language.letters!.test(w));
        expect(written, other.name).toEqual([]);
      }
    },
  );

  it('builds the letters of a way of writing a language drawn from a table when first read, not at load, and keeps them (issue #16)', () => {
    // Chinese's two ways of writing are drawn from its table of Simplified/Traditional pairs; a set written out
    // letter by letter (German's ß) costs nothing to build.
    const scripts = LANGUAGES.filter((l) => l.codes.includes('zh')).flatMap((l) => l.scripts ?? []);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      // An accessor, not a value set when the module loaded.
      expect(Object.getOwnPropertyDescriptor(script, 'letters'), script.countries.join()).toHaveProperty('get');
      expect(script.letters.size, script.countries.join()).toBeGreaterThan(0);
      expect(script.letters, script.countries.join()).toBe(script.letters);
    }
  });

  it.each(LANGUAGES.filter((l) => l.cueWords).map((l) => [l.name, l] as const))(
    "%s's cue words are words of the reader's own lists, and of no other language's here",
    (_, language) => {
      const folded = (list: readonly string[]) => new Set(list.flatMap((s) => foldWords(s).split(' ')));
      const read = folded(strings([LISTED_GOAL_WORDS, LISTED_WEAK_GOAL_WORDS, LISTED_FIELD_WORDS, LISTED_GROUP_NOUNS]));
      const others = folded(LANGUAGES.flatMap((l) => (l.words ? wordsOf(l.words) : [])));
      for (const word of language.cueWords!) {
        expect(read.has(foldWords(word)), word).toBe(true);
        expect(others.has(foldWords(word)), word).toBe(false);
      }
    },
  );
});
