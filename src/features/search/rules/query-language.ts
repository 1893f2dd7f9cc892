/**
 * Where a search's language is spoken, as a soft cue for a search that names no place: "situs lowongan kerja" is
 * Indonesian, and a job site made for Indonesia answers it as well as one used worldwide. Never a filter (the reader's
 * country is one): a language points to the few countries where it is the national language, and the sites made for
 * them are not put behind the worldwide ones as foreign.
 *
 * Only languages spoken mainly in one country or a few count. English, Spanish, French, Portuguese, Arabic, German and
 * Italian are read by the reader's own lists (`lexicon.ts`), which hold their words together: their words point
 * nowhere, and a word they share with a language here is no cue either. Catalan is left out: most of its words are
 * Spanish words too ("buscar", "gent"), and Spanish is spoken in twenty countries. Japanese,
 * Korean, Thai and Sinhala are read by their scripts as a country already (`read-language.ts`).
 *
 * A word says its language when it is in the reader's lists of exactly the languages it points to
 * (`lexicon-*.ts`), it is not a word of the catalogue's own (English) text ("online", "freelance" and "media" are in
 * several languages' lists because those languages borrowed them), nor of the lists of the widely spoken languages;
 * or when it holds a letter only one such language writes (Vietnamese "ư", Turkish "ı", Russian "ы"). The language
 * most of a query's words say is its language; a tie says none.
 */
import {
  LISTED_FIELD_WORDS,
  LISTED_GOAL_WORDS,
  LISTED_GROUP_NOUNS,
  LISTED_WEAK_GOAL_WORDS,
  foldWords,
} from '#src/catalogue/lexicon.ts';
import { INDONESIAN, POLISH, TURKISH, type LanguageWords } from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';
import { DUTCH, HINDI, RUSSIAN } from '#src/catalogue/lexicon-dutch-russian-korean-hindi.ts';
import { VIETNAMESE } from '#src/catalogue/lexicon-vietnamese.ts';
import { BANGLA, GREEK, MALAY, ROMANIAN } from '#src/catalogue/lexicon-bangla-thai-greek-romanian-malay.ts';
import {
  AFRIKAANS,
  CZECH,
  HEBREW,
  NORDIC,
  UKRAINIAN,
} from '#src/catalogue/lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts';
import { AMHARIC, FINNISH, HUNGARIAN, SWAHILI } from '#src/catalogue/lexicon-finnish-hungarian-amharic-swahili.ts';
import { SLOVAK } from '#src/catalogue/lexicon-catalan-slovak.ts';
import { PERSIAN, TAGALOG } from '#src/catalogue/lexicon-persian-tagalog.ts';
import { CHINESE, SIMPLIFIED_TRADITIONAL } from '#src/catalogue/lexicon-chinese.ts';

/** A language spoken mainly in a few countries: its name, those countries, its words, and letters only it writes. */
interface Spoken {
  name: string;
  /** ISO 3166-1 alpha-2 codes of the countries where it is a national language. */
  countries: readonly string[];
  words?: LanguageWords;
  /** Letters (or a script) no other language read here writes. */
  letters?: RegExp;
  /** Letters that, anywhere in the query, say it is another language. */
  notWith?: RegExp;
  /** Ways of writing it used in some of its countries: a query written in one of them alone is from those. */
  scripts?: readonly { letters: ReadonlySet<string>; countries: readonly string[] }[];
}

/** One side of each of {@link SIMPLIFIED_TRADITIONAL}'s pairs. */
const sideOf = (side: 0 | 1): ReadonlySet<string> => new Set(SIMPLIFIED_TRADITIONAL.map((pair) => [...pair][side]!));

const SPOKEN: readonly Spoken[] = [
  { name: 'Turkish', countries: ['TR', 'CY'], words: TURKISH, letters: /[ğı]/u },
  { name: 'Indonesian', countries: ['ID'], words: INDONESIAN },
  { name: 'Malay', countries: ['MY', 'BN', 'SG'], words: MALAY },
  { name: 'Polish', countries: ['PL'], words: POLISH, letters: /[łąę]/u },
  { name: 'Dutch', countries: ['NL', 'BE', 'SR'], words: DUTCH },
  // The official language of Russia, Belarus, Kazakhstan and Kyrgyzstan; ы, э and ъ are no Ukrainian letters.
  { name: 'Russian', countries: ['RU', 'BY', 'KZ', 'KG'], words: RUSSIAN, letters: /[ыэъ]/u },
  { name: 'Ukrainian', countries: ['UA'], words: UKRAINIAN, letters: /[єїґ]/u },
  { name: 'Hindi', countries: ['IN'], words: HINDI },
  // Devanagari is also Marathi's (India) and Nepali's.
  { name: 'Devanagari script', countries: ['IN', 'NP'], letters: /\p{Script=Devanagari}/u },
  { name: 'Vietnamese', countries: ['VN'], words: VIETNAMESE, letters: /[ơưđ\u1EA0-\u1EF9]/u },
  { name: 'Bangla', countries: ['BD', 'IN'], words: BANGLA, letters: /\p{Script=Bengali}/u },
  { name: 'Greek', countries: ['GR', 'CY'], words: GREEK, letters: /\p{Script=Greek}/u },
  { name: 'Romanian', countries: ['RO', 'MD'], words: ROMANIAN, letters: /[șț]/u },
  { name: 'Swedish, Norwegian or Danish', countries: ['SE', 'NO', 'DK'], words: NORDIC, letters: /[æø]/u },
  { name: 'Czech', countries: ['CZ'], words: CZECH, letters: /[řůě]/u },
  { name: 'Slovak', countries: ['SK'], words: SLOVAK },
  { name: 'Hungarian', countries: ['HU'], words: HUNGARIAN, letters: /[őű]/u },
  { name: 'Finnish', countries: ['FI'], words: FINNISH },
  { name: 'Hebrew', countries: ['IL'], words: HEBREW, letters: /\p{Script=Hebrew}/u },
  { name: 'Afrikaans', countries: ['ZA', 'NA'], words: AFRIKAANS },
  { name: 'Amharic', countries: ['ET'], words: AMHARIC, letters: /\p{Script=Ethiopic}/u },
  { name: 'Swahili', countries: ['KE', 'TZ', 'UG'], words: SWAHILI },
  // Chinese characters in a text with no kana: with kana they are Japanese, which the reader reads as Japan.
  {
    name: 'Chinese',
    countries: ['CN', 'TW', 'HK', 'MO', 'SG'],
    words: CHINESE,
    letters: /\p{Script=Han}/u,
    notWith: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
    // Simplified characters are the mainland's and Singapore's, Traditional ones Taiwan's, Hong Kong's and Macau's.
    scripts: [
      { letters: sideOf(0), countries: ['CN', 'SG'] },
      { letters: sideOf(1), countries: ['TW', 'HK', 'MO'] },
    ],
  },
  // Persian's own letters (پ چ ژ گ) are Urdu's too, so only its words say it; Tajik Persian is written in Cyrillic.
  { name: 'Persian', countries: ['IR', 'AF'], words: PERSIAN },
  { name: 'Tagalog', countries: ['PH'], words: TAGALOG },
  // ß is German's alone, and Switzerland's German does not write it.
  { name: 'German', countries: ['DE', 'AT', 'LI', 'LU'], letters: /ß/u },
];

/** Shortest word that may say its language: shorter ones are shared by chance ("pro", "kit"). */
const SHORTEST_WORD = 4;

/** Every string in a language's lists (country and city names aside: a place named is the reader's to read). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

const wordsIn = (strings: readonly string[]) =>
  strings.flatMap((s) => foldWords(s).split(' ')).filter((w) => w.length >= SHORTEST_WORD);

/**
 * Per folded word of the narrow languages' lists, the languages listing it, minus the widely spoken ones' words.
 * Made on the first query that needs it, not at load: folding every list costs 10–20 ms of a cold start (issue #16),
 * which the quiz, the pages and searches naming a country never need.
 */
let languagesOf: ReadonlyMap<string, readonly Spoken[]> | undefined;
const LANGUAGES_OF = (): ReadonlyMap<string, readonly Spoken[]> => (languagesOf ??= wordLanguages());
function wordLanguages(): ReadonlyMap<string, readonly Spoken[]> {
  const wide = new Set(
    wordsIn(stringsOf([LISTED_GOAL_WORDS, LISTED_WEAK_GOAL_WORDS, LISTED_FIELD_WORDS, LISTED_GROUP_NOUNS])),
  );
  const map = new Map<string, Spoken[]>();
  for (const language of SPOKEN) {
    if (!language.words) continue;
    const { countries: _countries, cities: _cities, ...lists } = language.words;
    for (const w of new Set(wordsIn(stringsOf(lists)))) {
      if (wide.has(w)) continue;
      const listing = map.get(w);
      if (listing) listing.push(language);
      else map.set(w, [language]);
    }
  }
  return map;
}

/** The language a query is in when it is one spoken mainly in a few countries, and the words that said so. */
export interface QueryLanguage {
  name: string;
  countries: readonly string[];
  words: string;
}

/**
 * The narrow language most of the query's words say ({@link SPOKEN}), or undefined (no such word, or a tie).
 * `sharedWord`: whether a folded word is one the catalogue's own text uses (borrowed, so it says no language).
 */
export function queryLanguage(q: string, sharedWord: (word: string) => boolean): QueryLanguage | undefined {
  const votes = new Map<Spoken, string[]>();
  const vote = (language: Spoken, word: string) => {
    const said = votes.get(language);
    if (said) said.push(word);
    else votes.set(language, [word]);
  };
  for (const raw of q.toLowerCase().split(/\s+/).filter(Boolean)) {
    const folded = foldWords(raw);
    const byLetter = SPOKEN.filter((l) => l.letters?.test(raw) && !l.notWith?.test(q));
    const byList = folded.length >= SHORTEST_WORD && !sharedWord(folded) ? (LANGUAGES_OF().get(folded) ?? []) : [];
    for (const language of new Set([...byLetter, ...byList])) vote(language, raw);
  }
  const ranked = [...votes].sort((a, b) => b[1].length - a[1].length);
  const [first, second] = ranked;
  if (!first || (second && second[1].length === first[1].length)) return undefined;
  // Written in one of its scripts only, it is from that script's countries; in both, or in letters they share, any.
  const letters = [...q];
  const scripts = first[0].scripts?.filter((script) => letters.some((c) => script.letters.has(c))) ?? [];
  const countries = scripts.length === 1 ? scripts[0]!.countries : first[0].countries;
  return { name: first[0].name, countries, words: first[1].join(' ') };
}
