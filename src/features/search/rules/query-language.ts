/**
 * Where a search's language is spoken, as a soft cue for a search that names no place: "situs lowongan kerja" is
 * Indonesian, and a job site made for Indonesia answers it as well as one used worldwide. Never a filter (the reader's
 * country is one): a language points to the few countries where it is the national language, and the sites made for
 * them are not put behind the worldwide ones as foreign.
 *
 * Only languages spoken mainly in one country or a few count: those the registry of languages marks as a search cue
 * (`src/catalogue/languages.ts`, which says why not Catalan, Korean, Thai and Sinhala). English, Spanish, French,
 * Portuguese, Arabic, German and Italian are read by the reader's own lists (`lexicon.ts`), which hold their words
 * together: their words point nowhere, and a word they share with a language here is no cue either. German, spoken
 * in a few countries, is the exception: the registry picks from those lists words only German writes
 * ({@link Language.cueWords}), and they say German, even where a German site's name holds them. Japanese is read
 * by its script as a country already (`read-language.ts`).
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
import { LANGUAGES, type Language } from '#src/catalogue/languages.ts';

/** The languages spoken mainly in a few countries ({@link Language.searchCue}): their words and letters are cues. */
const SPOKEN: readonly Language[] = LANGUAGES.filter((language) => language.searchCue);

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
let languagesOf: ReadonlyMap<string, readonly Language[]> | undefined;
const LANGUAGES_OF = (): ReadonlyMap<string, readonly Language[]> => (languagesOf ??= wordLanguages());
function wordLanguages(): ReadonlyMap<string, readonly Language[]> {
  const wide = new Set(
    wordsIn(stringsOf([LISTED_GOAL_WORDS, LISTED_WEAK_GOAL_WORDS, LISTED_FIELD_WORDS, LISTED_GROUP_NOUNS])),
  );
  const map = new Map<string, Language[]>();
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

/**
 * Per folded cue word ({@link Language.cueWords}: German's, picked from the widely spoken languages' lists as only
 * its own), its language. Not dropped when the catalogue's text holds it: those words were picked as no English, and
 * a German site's name holding one ("Jobsuche", "Netzwerk") is German, not a borrowing.
 */
let cueLanguageOf: ReadonlyMap<string, Language> | undefined;
const CUE_LANGUAGE_OF = (): ReadonlyMap<string, Language> =>
  (cueLanguageOf ??= new Map(SPOKEN.flatMap((language) => wordsIn(language.cueWords ?? []).map((w) => [w, language]))));

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
  const votes = new Map<Language, string[]>();
  const vote = (language: Language, word: string) => {
    const said = votes.get(language);
    if (said) said.push(word);
    else votes.set(language, [word]);
  };
  for (const raw of q.toLowerCase().split(/\s+/).filter(Boolean)) {
    const folded = foldWords(raw);
    const byLetter = SPOKEN.filter((l) => l.letters?.test(raw) && !l.notWith?.test(q));
    const byList = folded.length >= SHORTEST_WORD && !sharedWord(folded) ? (LANGUAGES_OF().get(folded) ?? []) : [];
    const byCue = CUE_LANGUAGE_OF().get(folded);
    const said = new Set([...byList, ...(byCue ? [byCue] : [])]);
    // A script read as a group of languages (Devanagari: Hindi, Marathi, Nepali) says no more than a word of one of
    // them in it does: the word votes for its language, not for both (which would tie, and say none).
    const saidBy = (l: Language) => [...said].some((s) => s !== l && s.codes.some((c) => l.codes.includes(c)));
    for (const language of byLetter) if (!(language.codes.length > 1 && saidBy(language))) said.add(language);
    for (const language of said) vote(language, raw);
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
