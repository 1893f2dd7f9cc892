/**
 * The one registry of the languages read beside English and the widely spoken languages of `lexicon.ts` (whose words
 * that file holds together, not one language at a time): each language's name, ISO 639-1 code, the countries where it
 * is spoken, the letters only it writes, and its word lists (`lexicon-*.ts`). The reader merges the word lists into its
 * tables ({@link withMoreLanguages}), the search reads a query's language from the words and letters
 * (`src/features/search/rules/query-language.ts`), and the tests walk the same list: adding a language is its word
 * file and one entry here.
 */
import { INDONESIAN, POLISH, TURKISH, type LanguageWords } from './lexicon-turkish-indonesian-polish.ts';
import { DUTCH, HINDI, KOREAN, RUSSIAN } from './lexicon-dutch-russian-korean-hindi.ts';
import { VIETNAMESE } from './lexicon-vietnamese.ts';
import { BANGLA, GREEK, MALAY, ROMANIAN, THAI } from './lexicon-bangla-thai-greek-romanian-malay.ts';
import { AFRIKAANS, CZECH, HEBREW, NORDIC, UKRAINIAN } from './lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts';
import { SINHALA } from './lexicon-sinhala.ts';
import { AMHARIC, FINNISH, HUNGARIAN, SWAHILI } from './lexicon-finnish-hungarian-amharic-swahili.ts';
import { CATALAN, SLOVAK } from './lexicon-catalan-slovak.ts';
import { CHINESE, SIMPLIFIED_TRADITIONAL } from './lexicon-chinese.ts';
import { PERSIAN, TAGALOG } from './lexicon-persian-tagalog.ts';
import { URDU } from './lexicon-urdu.ts';
import { GERMAN_CUE_WORDS } from './lexicon-german.ts';
import type { Audience } from './taxonomy.ts';

/** The letters of each side of {@link SIMPLIFIED_TRADITIONAL}, once built. */
const sides: (ReadonlySet<string> | undefined)[] = [];

/**
 * One side of each of {@link SIMPLIFIED_TRADITIONAL}'s pairs of characters (0: Simplified, 1: Traditional), built when
 * first read and kept: only a search in Chinese reads them, not the reader's cold start, which loads this registry for
 * its word lists (issue #16).
 */
const sideOf = (side: 0 | 1): ReadonlySet<string> =>
  (sides[side] ??= new Set(SIMPLIFIED_TRADITIONAL.map((pair) => [...pair][side]!)));

/** A way of writing Chinese, read in `countries`, whose letters ({@link sideOf}) are built when first read. */
const chineseScript = (side: 0 | 1, countries: readonly string[]) => ({
  get letters() {
    return sideOf(side);
  },
  countries,
});

/** A language (or a group of them read as one), as the reader and the search read it. */
export interface Language {
  /** Its English name, as the search says it ("made for Poland, where Polish is spoken"). */
  name: string;
  /** Its ISO 639-1 code; a group read as one (Swedish, Norwegian, Danish; a script) has each member's. */
  codes: readonly string[];
  /** ISO 3166-1 alpha-2 codes of the countries where it is a national language. */
  countries: readonly string[];
  /** Letters (or a script) no other language read here writes: in a query they say the language. */
  letters?: RegExp;
  /** Letters that, anywhere in the query, say it is another language. */
  notWith?: RegExp;
  /** Ways of writing it used in some of its countries: a query written in one of them alone is from those. */
  scripts?: readonly { letters: ReadonlySet<string>; countries: readonly string[] }[];
  /** Its word lists; none for a language the reader reads in `lexicon.ts`'s own lists, or only by its letters. */
  words?: LanguageWords;
  /**
   * Words that say it in a search, for a language the reader reads in `lexicon.ts`'s own lists (German): there its
   * words sit with other languages', so they are picked from them, each one only it writes.
   */
  cueWords?: readonly string[];
  /**
   * Whether a search in it points to its countries (`query-language.ts`): only a language spoken mainly in one country
   * or a few. Not Korean, Thai and Sinhala, which the reader reads by their scripts as a country already
   * (`read-language.ts`), nor Catalan, most of whose words are Spanish words too ("buscar", "gent"), and Spanish is
   * spoken in twenty countries.
   */
  searchCue: boolean;
}

/**
 * Every language, in the order the reader merges their words (a phrase listed in two takes the first one's meaning):
 * those with word lists, then the ones read by their letters alone.
 */
export const LANGUAGES: readonly Language[] = [
  { name: 'Turkish', codes: ['tr'], countries: ['TR', 'CY'], letters: /[ğı]/u, words: TURKISH, searchCue: true },
  { name: 'Indonesian', codes: ['id'], countries: ['ID'], words: INDONESIAN, searchCue: true },
  { name: 'Polish', codes: ['pl'], countries: ['PL'], letters: /[łąę]/u, words: POLISH, searchCue: true },
  { name: 'Dutch', codes: ['nl'], countries: ['NL', 'BE', 'SR'], words: DUTCH, searchCue: true },
  // The official language of Russia, Belarus, Kazakhstan and Kyrgyzstan; ы, э and ъ are no Ukrainian letters.
  {
    name: 'Russian',
    codes: ['ru'],
    countries: ['RU', 'BY', 'KZ', 'KG'],
    letters: /[ыэъ]/u,
    words: RUSSIAN,
    searchCue: true,
  },
  { name: 'Korean', codes: ['ko'], countries: ['KR', 'KP'], words: KOREAN, searchCue: false },
  { name: 'Hindi', codes: ['hi'], countries: ['IN'], words: HINDI, searchCue: true },
  {
    name: 'Vietnamese',
    codes: ['vi'],
    countries: ['VN'],
    letters: /[ơưđ\u1EA0-\u1EF9]/u,
    words: VIETNAMESE,
    searchCue: true,
  },
  {
    name: 'Bangla',
    codes: ['bn'],
    countries: ['BD', 'IN'],
    letters: /\p{Script=Bengali}/u,
    words: BANGLA,
    searchCue: true,
  },
  { name: 'Thai', codes: ['th'], countries: ['TH'], words: THAI, searchCue: false },
  {
    name: 'Greek',
    codes: ['el'],
    countries: ['GR', 'CY'],
    letters: /\p{Script=Greek}/u,
    words: GREEK,
    searchCue: true,
  },
  { name: 'Romanian', codes: ['ro'], countries: ['RO', 'MD'], letters: /[șț]/u, words: ROMANIAN, searchCue: true },
  { name: 'Malay', codes: ['ms'], countries: ['MY', 'BN', 'SG'], words: MALAY, searchCue: true },
  {
    name: 'Swedish, Norwegian or Danish',
    codes: ['sv', 'no', 'da'],
    countries: ['SE', 'NO', 'DK'],
    letters: /[æø]/u,
    words: NORDIC,
    searchCue: true,
  },
  { name: 'Czech', codes: ['cs'], countries: ['CZ'], letters: /[řůě]/u, words: CZECH, searchCue: true },
  { name: 'Ukrainian', codes: ['uk'], countries: ['UA'], letters: /[єїґ]/u, words: UKRAINIAN, searchCue: true },
  { name: 'Hebrew', codes: ['he'], countries: ['IL'], letters: /\p{Script=Hebrew}/u, words: HEBREW, searchCue: true },
  { name: 'Afrikaans', codes: ['af'], countries: ['ZA', 'NA'], words: AFRIKAANS, searchCue: true },
  { name: 'Sinhala', codes: ['si'], countries: ['LK'], words: SINHALA, searchCue: false },
  { name: 'Finnish', codes: ['fi'], countries: ['FI'], words: FINNISH, searchCue: true },
  { name: 'Hungarian', codes: ['hu'], countries: ['HU'], letters: /[őű]/u, words: HUNGARIAN, searchCue: true },
  {
    name: 'Amharic',
    codes: ['am'],
    countries: ['ET'],
    letters: /\p{Script=Ethiopic}/u,
    words: AMHARIC,
    searchCue: true,
  },
  { name: 'Swahili', codes: ['sw'], countries: ['KE', 'TZ', 'UG'], words: SWAHILI, searchCue: true },
  // The national language of Andorra, and spoken in Spain's Catalonia, Valencia and Balearic Islands.
  { name: 'Catalan', codes: ['ca'], countries: ['AD', 'ES'], words: CATALAN, searchCue: false },
  { name: 'Slovak', codes: ['sk'], countries: ['SK'], words: SLOVAK, searchCue: true },
  // Chinese characters in a text with no kana: with kana they are Japanese, which the reader reads as Japan.
  {
    name: 'Chinese',
    codes: ['zh'],
    countries: ['CN', 'TW', 'HK', 'MO', 'SG'],
    letters: /\p{Script=Han}/u,
    notWith: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
    // Simplified characters are the mainland's and Singapore's, Traditional ones Taiwan's, Hong Kong's and Macau's.
    scripts: [chineseScript(0, ['CN', 'SG']), chineseScript(1, ['TW', 'HK', 'MO'])],
    words: CHINESE,
    searchCue: true,
  },
  // Persian's own letters (پ چ ژ گ) are Urdu's too, so only its words say it; Tajik Persian is written in Cyrillic.
  { name: 'Persian', codes: ['fa'], countries: ['IR', 'AF'], words: PERSIAN, searchCue: true },
  { name: 'Tagalog', codes: ['tl'], countries: ['PH'], words: TAGALOG, searchCue: true },
  // Urdu: Pakistan's national language, and one of India's. Not a search cue: most of its everyday words are Persian's
  // and Arabic's too, and a word two cue languages list votes for both (`query-language.ts`), so a Persian search
  // ("سرمایه", "تلاش") would tie with Urdu and point nowhere instead of Iran and Afghanistan. Its own letters
  // (ٹ ڈ ڑ ں ے ھ, which `foldWords` keeps; ہ and ۃ fold to Persian's ه) could say it, but the search reads a cue
  // language's words and letters together: reading Urdu by its letters alone is left to a change there.
  { name: 'Urdu', codes: ['ur'], countries: ['PK', 'IN'], letters: /[ٹڈڑںےھ]/u, words: URDU, searchCue: false },
  // Devanagari is Hindi's script, and also Marathi's (India) and Nepali's.
  {
    name: 'Devanagari script',
    codes: ['hi', 'mr', 'ne'],
    countries: ['IN', 'NP'],
    letters: /\p{Script=Devanagari}/u,
    searchCue: true,
  },
  // German's words are `lexicon.ts`'s, its cue words picked from them. German is a national language of Germany,
  // Austria, Switzerland, Liechtenstein and Luxembourg; ß is German's alone, and Switzerland's German does not write
  // it: a search with ß is from the others.
  {
    name: 'German',
    codes: ['de'],
    countries: ['DE', 'AT', 'CH', 'LI', 'LU'],
    letters: /ß/u,
    scripts: [{ letters: new Set(['ß']), countries: ['DE', 'AT', 'LI', 'LU'] }],
    cueWords: GERMAN_CUE_WORDS,
    searchCue: true,
  },
];

/** The word lists of every language that has them, in the order the reader merges them. */
export const MORE_LANGUAGES: readonly LanguageWords[] = LANGUAGES.flatMap((language) =>
  language.words ? [language.words] : [],
);

/** `table` with each key's words from every language of {@link MORE_LANGUAGES} added after its own. */
export function withMoreLanguages<K extends string>(
  table: Readonly<Partial<Record<K, readonly string[]>>>,
  pick: (language: LanguageWords) => Readonly<Partial<Record<K, readonly string[]>>>,
): Record<K, readonly string[]> {
  const merged = { ...table } as Record<K, readonly string[]>;
  for (const language of MORE_LANGUAGES)
    for (const [key, words] of Object.entries(pick(language)) as [K, readonly string[]][])
      merged[key] = [...(merged[key] ?? []), ...words];
  return merged;
}

/** Who someone is, in every language of {@link MORE_LANGUAGES}: the reader reads these beside its own audience words. */
export const MORE_AUDIENCE_WORDS: Readonly<Partial<Record<Audience, readonly string[]>>> = withMoreLanguages(
  {},
  (language) => language.audiences,
);
