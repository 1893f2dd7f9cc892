import { describe, expect, it } from 'vitest';
import { searchIndex, sites } from 'virtual:networkwise/catalogue';
import { queryLanguage } from '#src/features/search/rules/query-language.ts';
import { SIMPLIFIED_TRADITIONAL } from '#src/catalogue/lexicon-chinese.ts';
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

  it('reads German from its words, not only from ß; Switzerland too unless ß is written, which Swiss German is not', () => {
    expect(queryLanguage('Jobsuche', noneShared)).toMatchObject({
      name: 'German',
      countries: ['DE', 'AT', 'CH', 'LI', 'LU'],
    });
    expect(queryLanguage('Netzwerk für Gründer', noneShared)?.name).toBe('German');
    expect(queryLanguage('Kunden finden', noneShared)?.name).toBe('German');
    expect(queryLanguage('Stellenangebote Straße', noneShared)?.countries).toEqual(['DE', 'AT', 'LI', 'LU']);
    // English words the German lists also hold ("startup", "team") say no language.
    expect(queryLanguage('startup team', noneShared)).toBeUndefined();
  });

  it('"Jobsuche" lists the sites made for a German-speaking country among the worldwide ones, and says why', () => {
    const answer = ask('Jobsuche');
    expect(answer.intent.understood?.country).toBeUndefined();
    const national = answer.results.filter((r) => ['DE', 'AT', 'CH'].some((c) => usedIn(r.slug, c)));
    expect(national.length).toBeGreaterThan(0);
    for (const r of national) expect(r.why).toContain('where German is spoken');
  });

  it('reads Hindi from a word of its lists, which the Devanagari script, read as several languages, does not outvote', () => {
    expect(queryLanguage('नौकरी', noneShared)).toMatchObject({ name: 'Hindi', countries: ['IN'] });
    // A Devanagari word of no list: Hindi, Marathi or Nepali, so India or Nepal.
    expect(queryLanguage('नया काम', noneShared)).toMatchObject({ countries: ['IN', 'NP'] });
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
      // A cue, not a filter: worldwide sites stay.
      expect(answer.results.some((r) => bySlug.get(r.slug)!.countries === 'global')).toBe(true);
    },
  );

  it.each([
    ['iş ilanları', 'TR'],
    ['tìm việc làm', 'VN'],
    ['поиск работы', 'RU'],
  ])(
    '"%s": a site made for %s that serves the goal as well as the worldwide ones goes first, as with the country named',
    (q, country) => {
      const [first] = ask(q).results;
      expect(usedIn(first!.slug, country)).toBe(true);
      expect(first!.why).toMatch(/is spoken, the language of your search/);
    },
  );

  it.each(['iş ilanları', 'поиск работы'])(
    '"%s": the score a national site shows counts the points it no longer loses, so a result never shows less than one after it for the same goal',
    (q) => {
      const { results } = ask(q);
      const [first, second] = results;
      expect(first!.why).toMatch(/is spoken, the language of your search/);
      expect(first!.score).toBeGreaterThanOrEqual(second!.score);
    },
  );

  it('reads where Chinese is from by its characters: Simplified ones are the mainland’s, Traditional ones Taiwan’s', () => {
    expect(queryLanguage('网上推广', noneShared)?.countries).toEqual(['CN', 'SG']);
    expect(queryLanguage('網上推廣', noneShared)?.countries).toEqual(['TW', 'HK', 'MO']);
    // 找工作 is written alike in both: any of the places where Chinese is spoken.
    expect(queryLanguage('找工作', noneShared)?.countries).toEqual(['CN', 'TW', 'HK', 'MO', 'SG']);
  });

  it('pairs characters that differ, none written on both sides', () => {
    const simplified = new Set(SIMPLIFIED_TRADITIONAL.map((pair) => [...pair][0]));
    for (const pair of SIMPLIFIED_TRADITIONAL) {
      expect([...pair], pair).toHaveLength(2);
      expect(simplified.has([...pair][1]), pair).toBe(false);
    }
  });

  const absentIn = (slug: string, country: string) => bySlug.get(slug)!.absentIn?.includes(country) ?? false;
  const availableIn = (slug: string, country: string) =>
    bySlug.get(slug)!.countries === 'global' ? !absentIn(slug, country) : usedIn(slug, country);
  it('puts a worldwide site absent from the country where most of a language’s speakers live after the sites used there, with the reason', () => {
    for (const q of ['职场人脉', 'поиск работы']) {
      const main = queryLanguage(q, noneShared)!.countries[0]!;
      const { results } = searchWithIntent(searchIndex, sites, { q, limit: 50 });
      const firstAbsent = results.findIndex((r) => absentIn(r.slug, main));
      expect(firstAbsent, q).toBeGreaterThan(0);
      for (const r of results.slice(firstAbsent)) {
        expect(availableIn(r.slug, main), `${q}: ${r.slug}`).toBe(false);
        if (absentIn(r.slug, main)) expect(r.why).toContain(`not available in`);
      }
    }
  });

  it('does not put a worldwide site absent from China after the others for a search in Traditional characters', () => {
    const results = ask('網上推廣').results;
    expect(results.slice(0, 3).some((r) => absentIn(r.slug, 'CN'))).toBe(true);
    for (const r of results) expect(r.why).not.toContain('not available in');
  });

  it('gives no language reason to a search that names its country, nor to one in English', () => {
    for (const q of ['iş ilanları Türkiye', 'job sites'])
      for (const r of ask(q).results) expect(r.why, `${q}: ${r.slug}`).not.toMatch(/is spoken/);
  });
});
