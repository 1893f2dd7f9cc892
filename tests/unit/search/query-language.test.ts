import { describe, expect, it } from 'vitest';
import { searchIndex, sites } from 'virtual:networkwise/catalogue';
import { queryLanguage } from '#src/features/search/rules/query-language.ts';
import { searchWithIntent } from '#src/features/search/rules/intent.ts';

const noneShared = () => false;
const ask = (q: string) => searchWithIntent(searchIndex, sites, { q, limit: 10 });
const bySlug = new Map(sites.map((s) => [s.slug, s]));
const usedIn = (slug: string, country: string) => {
  const countries = bySlug.get(slug)!.countries;
  return countries !== 'global' && countries.includes(country);
};

describe('the language of a search, as a soft cue to where it is from', () => {
  it('reads a language spoken in one country from its words or from a letter only it writes', () => {
    expect(queryLanguage('avoimet työpaikat', noneShared)).toMatchObject({ name: 'Finnish', countries: ['FI'] });
    expect(queryLanguage('tìm việc làm', noneShared)).toMatchObject({ name: 'Vietnamese', countries: ['VN'] });
    expect(queryLanguage('iş ilanları', noneShared)?.countries).toContain('TR');
  });

  it('reads Persian and Tagalog from their words (Persian letters are Urdu’s too, so they alone say nothing)', () => {
    expect(queryLanguage('دنبال کار هستم', noneShared)).toMatchObject({ name: 'Persian', countries: ['IR', 'AF'] });
    expect(queryLanguage('naghahanap ng trabaho', noneShared)).toMatchObject({ name: 'Tagalog', countries: ['PH'] });
    expect(queryLanguage('گ', noneShared)).toBeUndefined();
  });

  it('reads no country from English, nor from a word the catalogue’s own text uses where other languages borrowed it', () => {
    expect(queryLanguage('job sites for graduates', noneShared)).toBeUndefined();
    // "online" is in the Dutch, Vietnamese and Malay lists: borrowed, so it says none of them.
    expect(queryLanguage('online', (w) => w === 'online')).toBeUndefined();
  });

  it('reads no country from Japanese written with Chinese characters: kana say it is not Chinese', () => {
    expect(queryLanguage('転職 ビジネスSNS', noneShared)).toBeUndefined();
    expect(queryLanguage('找工作', noneShared)?.name).toBe('Chinese');
  });

  it('reads no country from a word a widely spoken language shares with a narrow one (Spanish "buscar" is Catalan too)', () => {
    expect(queryLanguage('buscar trabajo', noneShared)).toBeUndefined();
  });

  it.each([
    ['iş ilanları', 'TR', 'Turkish'],
    ['tìm việc làm', 'VN', 'Vietnamese'],
  ])(
    '"%s" names no country, yet lists the sites made for %s among the worldwide ones, and says why',
    (q, country, language) => {
      const answer = ask(q);
      expect(answer.intent.understood?.country).toBeUndefined();
      const national = answer.results.filter((r) => usedIn(r.slug, country));
      expect(national.length).toBeGreaterThan(0);
      for (const r of national) expect(r.why).toContain(`where ${language} is spoken`);
      // A cue, not a filter: worldwide sites stay, and lead.
      expect(bySlug.get(answer.results[0]!.slug)!.countries).toBe('global');
    },
  );

  it('gives no language reason to a search that names its country, nor to one in English', () => {
    for (const q of ['iş ilanları Türkiye', 'job sites'])
      for (const r of ask(q).results) expect(r.why, `${q}: ${r.slug}`).not.toMatch(/is spoken/);
  });
});
