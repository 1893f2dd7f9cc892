import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryName } from '#src/catalogue/taxonomy.ts';
import { COUNTRY_PHRASES, foldWords } from '#src/catalogue/lexicon.ts';
import { LISTED_CITIES } from '#src/catalogue/lexicon-cities.ts';
import { MORE_LANGUAGES } from '#src/catalogue/languages.ts';

/** Every lexicon module, to find the words it gives a meaning other than a place. */
const MODULES = import.meta.glob<Record<string, unknown>>('/src/catalogue/lexicon*.ts', { eager: true });

/** Exports that are places, or the words around places, not other meanings. */
const PLACE_EXPORTS = new Set([
  'LISTED_CITIES',
  'COUNTRY_PHRASES',
  'CITY_PHRASES',
  'NATIVE_NAME_COUNTRY_WORDS',
  'OTHER_LANGUAGES_COUNTRY_WORDS',
  'DEMONYM_WORDS',
  'US_STATE_CODES',
  'LANGUAGE_NAMES',
]);
/** The fields of a language's words that are places. */
const PLACE_FIELDS = new Set(['countries', 'cities']);

function strings(value: unknown, into: Set<string>, skip: ReadonlySet<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(foldWords(value));
  else if (value instanceof Map || value instanceof Set) for (const v of value.keys()) strings(v, into);
  else if (Array.isArray(value)) for (const v of value) strings(v, into, skip);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!skip.has(k)) strings(v, into, skip);
  return into;
}

/** Each city form, folded, with the countries that list it, from this table and each language's. */
const CITY_CODES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const codes = new Map<string, Set<string>>();
  for (const table of [LISTED_CITIES, ...MORE_LANGUAGES.map((l) => l.cities)])
    for (const [code, names] of Object.entries(table))
      for (const name of names) codes.set(foldWords(name), (codes.get(foldWords(name)) ?? new Set()).add(code));
  return codes;
})();

describe('the cities the reader maps to a country', () => {
  it('give no city form a word the lexicon already gives another meaning', () => {
    const other = new Set<string>();
    for (const module of Object.values(MODULES))
      for (const [name, value] of Object.entries(module))
        if (!PLACE_EXPORTS.has(name)) strings(value, other, PLACE_FIELDS);
    // "LA", which the reader reads as Los Angeles only when written in capitals (French and Spanish "la").
    const readInCapitalsOnly = new Set(['la']);
    expect([...CITY_CODES.keys()].filter((city) => other.has(city) && !readInCapitalsOnly.has(city))).toEqual([]);
  });

  it('list each city form for one country only, and never as another country’s name', () => {
    const names = new Map<string, string>();
    for (const code of COUNTRY_CODES) names.set(foldWords(countryName(code)), code);
    for (const language of MORE_LANGUAGES)
      for (const [code, words] of Object.entries(language.countries))
        for (const w of words) names.set(foldWords(w), code);
    const clashes = [...CITY_CODES].filter(
      ([city, codes]) => codes.size > 1 || (names.has(city) && !codes.has(names.get(city)!)),
    );
    expect(clashes.map(([city]) => city)).toEqual([]);
    for (const [city, codes] of CITY_CODES) expect(COUNTRY_PHRASES.get(city), city).toBe([...codes][0]);
  });

  it('reads a sample of cities in each script, with and without their marks, as their own country', () => {
    for (const [city, code] of [
      ['košice', 'SK'],
      ['kosice', 'SK'],
      ['københavn', 'DK'],
      ['kobenhavn', 'DK'],
      ['odense', 'DK'],
      ['kraków', 'PL'],
      ['irbid', 'JO'],
      ['إربد', 'JO'],
      ['львів', 'UA'],
      ['成都', 'CN'],
      ['杭州', 'CN'],
      ['高雄', 'TW'],
      ['臺南', 'TW'],
      ['広島', 'JP'],
      ['창원', 'KR'],
      ['בני ברק', 'IL'],
      ['пловдив', 'BG'],
      ['لاہور', 'PK'],
      ['นนทบุรี', 'TH'],
      ['नागपुर', 'IN'],
    ] as const)
      expect(COUNTRY_PHRASES.get(foldWords(city)), city).toBe(code);
  });
});
