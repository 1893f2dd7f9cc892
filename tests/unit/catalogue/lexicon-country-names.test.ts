import { describe, expect, it } from 'vitest';
import { searchIndex, sites } from 'virtual:networkwise/catalogue';
import { COUNTRY_PHRASES, foldWords } from '#src/catalogue/lexicon.ts';
import { OTHER_LANGUAGES_COUNTRY_WORDS } from '#src/catalogue/lexicon-country-names.ts';
import { countryName } from '#src/catalogue/taxonomy.ts';
import { readGoal } from '#src/features/recommend/rules/read-goal.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';

const LANGUAGES = ['fr', 'es', 'pt', 'de', 'it'];

describe('countries as French, Spanish, Portuguese, German and Italian name them', () => {
  it('takes each name from the runtime’s CLDR data in one of those languages, where it differs from the English', () => {
    for (const [code, words] of Object.entries(OTHER_LANGUAGES_COUNTRY_WORDS)) {
      const cldr = LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region' }).of(code));
      for (const w of words) {
        expect(cldr, `${code} ${w}`).toContain(w);
        expect(foldWords(w), `${code} ${w}`).not.toBe(foldWords(countryName(code)));
      }
    }
  });

  it('reads each as its country', () => {
    for (const [code, words] of Object.entries(OTHER_LANGUAGES_COUNTRY_WORDS))
      for (const w of words) expect(COUNTRY_PHRASES.get(foldWords(w)), w).toBe(code);
  });

  it('reads a country named in those languages in a goal and in a search (made-up texts)', () => {
    expect(readGoal('je cherche un emploi au Maroc').understood.country?.value).toBe('MA');
    expect(readGoal('busco clientes en Alemania').understood.country?.value).toBe('DE');
    expect(readGoal('cerco lavoro in Svizzera').understood.country?.value).toBe('CH');
    const search = searchWithIntent(searchIndex, sites, { q: 'empleo Marruecos', limit: 5 });
    expect(search.intent.understood?.country?.value).toBe('MA');
  });

  it('leaves out a name that is also an everyday word or a first name', () => {
    expect(readGoal('my friend Mauricio wants a job').understood.country).toBeUndefined();
    expect(readGoal('selling my island photos').understood.country).toBeUndefined();
  });
});
