/**
 * Classes of misreading known from the dev probe sets (issue #13, wt-reader8), each tested in words other than the
 * probe text that showed it, so the test holds the class, not the case. Every sentence here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRY_PHRASES, NATIVE_NAME_COUNTRY_WORDS, foldWords } from '#src/catalogue/lexicon.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';

const understood = (text: string) => readGoal(text).understood;
const goalsOf = (text: string) => understood(text).goals.map((g) => g.value);

describe('readGoal(): looking for work in Chinese as Hong Kong and Taiwan write it', () => {
  it('reads the Cantonese words for looking for work and changing jobs, inside a run of Chinese', () => {
    for (const text of ['有冇人知邊度搵工好？', '我諗緊轉工', '琴日開始揾工']) {
      const read = understood(text);
      expect(
        read.goals.map((g) => g.value),
        text,
      ).toEqual(['hiring']);
      expect(read.work?.value, text).toBe('employment');
    }
  });

  it('reads changing jobs in Mandarin, simplified and traditional, with the place named', () => {
    expect(goalsOf('想换工作，有什么网站推荐')).toEqual(['hiring']);
    const read = understood('我在台北想換工作');
    expect(read.goals.map((g) => g.value)).toEqual(['hiring']);
    expect(read.country?.value).toBe('TW');
  });
});

describe('readGoal(): a country named in its own language', () => {
  it('reads the name the country gives itself, in Latin letters, after a preposition of any language', () => {
    expect(understood('Naghahanap ako ng trabaho sa Pilipinas').country?.value).toBe('PH');
    expect(understood('Looking for a job in Magyarország').country?.value).toBe('HU');
    expect(understood('freelance work in Việt Nam').country?.value).toBe('VN');
    expect(understood('networking events in Hrvatska').country?.value).toBe('HR');
    expect(understood('jobs in Slovensko').country?.value).toBe('SK');
  });

  it('takes each name from the country’s own language in the runtime’s CLDR data, not from memory', () => {
    const names = new Map<string, string>();
    for (const [code, words] of Object.entries(NATIVE_NAME_COUNTRY_WORDS)) {
      const language = new Intl.Locale(`und-${code}`).maximize().baseName;
      const own = new Intl.DisplayNames([language], { type: 'region' }).of(code)!;
      expect(words, code).toContain(own);
      for (const w of words) names.set(foldWords(w), code);
    }
    for (const [name, code] of names) expect(COUNTRY_PHRASES.get(name), name).toBe(code);
  });

  it('leaves out an own name that is also an everyday word or a name ("Perú" is "peru", as the English is)', () => {
    expect(understood('friends in Perú').country).toBeUndefined();
    expect(understood('my friend Maurice wants a job').country).toBeUndefined();
  });
});
