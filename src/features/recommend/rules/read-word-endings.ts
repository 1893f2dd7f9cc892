/**
 * Turkish, Indonesian, Bangla and Sinhala words with endings, for the free-text reader: "arkadaşlarımla" (with my
 * friends) is the listed "arkadaş", "temanku" (my friend) the listed "teman", "চাকরির" (of a job) the listed "চাকরি",
 * "රැකියාවක්" (a job) the listed "රැකියාව". Only words of the Turkish and Indonesian lists
 * (`lexicon-turkish-indonesian-polish.ts`), the Bangla ones (`lexicon-bangla-thai-greek-romanian-malay.ts`) and the
 * Sinhala ones (`lexicon-sinhala.ts`) are read so, and only with the endings listed there, so a listed word
 * found inside an unrelated one ("Temanggung", a town; "reklamation") stays what it is.
 */
import { phraseAt } from './read-negation-after.ts';
import { foldWords } from '#src/catalogue/lexicon.ts';
import {
  INDONESIAN,
  INDONESIAN_ENCLITICS,
  MOST_TURKISH_ENDINGS,
  SHORTEST_INDONESIAN_STEM,
  SHORTEST_TURKISH_STEM,
  TURKISH,
  TURKISH_ENDINGS,
  TURKISH_NOT,
  TURKISH_NOT_SOUGHT,
  TURKISH_NO_NEED,
  TURKISH_ONLY,
  type LanguageWords,
} from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';
import {
  BANGLA,
  BANGLA_ENDINGS,
  FIVE_LANGUAGES_IN_PERSON_WORDS,
  MOST_BANGLA_ENDINGS,
  SHORTEST_BANGLA_STEM,
} from '#src/catalogue/lexicon-bangla-thai-greek-romanian-malay.ts';
import {
  MOST_SINHALA_ENDINGS,
  SHORTEST_SINHALA_STEM,
  SINHALA,
  SINHALA_ENDINGS,
} from '#src/catalogue/lexicon-sinhala.ts';

/** Every single word, folded, of a language's lists. */
function wordsOf(language: LanguageWords, shortest: number): ReadonlySet<string> {
  const lists = [
    ...Object.values(language.goals),
    ...Object.values(language.weakGoals),
    ...Object.values(language.fields),
    ...Object.values(language.audiences),
    ...Object.values(language.groups),
    ...Object.values(language.countries),
    ...Object.values(language.cities),
    language.relocation,
    language.places,
    language.peerTalkPlaces,
  ] as (readonly string[])[];
  return new Set(
    lists.flatMap((list) => list.flatMap((phrase) => foldWords(phrase).split(' '))).filter((w) => w.length >= shortest),
  );
}

const TURKISH_WORDS = wordsOf(TURKISH, SHORTEST_TURKISH_STEM);
const INDONESIAN_WORDS = wordsOf(INDONESIAN, SHORTEST_INDONESIAN_STEM);
const ENDINGS: ReadonlySet<string> = new Set(TURKISH_ENDINGS);
const LONGEST_ENDING = Math.max(...TURKISH_ENDINGS.map((e) => e.length));

/** Whether `rest` is made of at most `most` Turkish endings, one after another. */
function endingsOnly(rest: string, most: number): boolean {
  return madeOf(rest, most, ENDINGS, LONGEST_ENDING);
}

/** Whether `rest` is made of at most `most` of `endings` (the longest `longest` characters), one after another. */
function madeOf(rest: string, most: number, endings: ReadonlySet<string>, longest: number): boolean {
  if (rest === '') return true;
  if (most === 0) return false;
  for (let n = Math.min(longest, rest.length); n >= 1; n--)
    if (endings.has(rest.slice(0, n)) && madeOf(rest.slice(n), most - 1, endings, longest)) return true;
  return false;
}

/**
 * A language written in a script of its own whose listed words take endings (Bangla, Sinhala): its listed words
 * (folded, at least `shortest` characters), its endings (the longest `longest` characters) and the most of them a word
 * takes one after another.
 */
interface ScriptEndings {
  script: RegExp;
  words: ReadonlySet<string>;
  shortest: number;
  endings: ReadonlySet<string>;
  longest: number;
  most: number;
}

function scriptEndings(
  script: RegExp,
  words: ReadonlySet<string>,
  shortest: number,
  endings: readonly string[],
  most: number,
): ScriptEndings {
  const folded: ReadonlySet<string> = new Set(endings.map(foldWords));
  return { script, words, shortest, endings: folded, longest: Math.max(...[...folded].map((e) => e.length)), most };
}

/** The listed word the folded `word` is with `language`'s endings, the longest listed word first; undefined if none. */
function listedWordIn(word: string, language: ScriptEndings): string | undefined {
  if (!language.script.test(word)) return undefined;
  for (let k = word.length - 1; k >= language.shortest; k--)
    if (
      language.words.has(word.slice(0, k)) &&
      madeOf(word.slice(k), language.most, language.endings, language.longest)
    )
      return word.slice(0, k);
  return undefined;
}

const BANGLA_SCRIPT = /\p{Script=Bengali}/u;
const SINHALA_SCRIPT = /\p{Script=Sinhala}/u;
const SCRIPT_ENDINGS: readonly ScriptEndings[] = [
  scriptEndings(
    BANGLA_SCRIPT,
    // The Bangla words of the lists, and its word for online ("অনলাইনে" is "অনলাইন" with "in"), folded.
    new Set([
      ...wordsOf(BANGLA, SHORTEST_BANGLA_STEM),
      ...FIVE_LANGUAGES_IN_PERSON_WORDS.online
        .map(foldWords)
        .filter((w) => BANGLA_SCRIPT.test(w) && w.length >= SHORTEST_BANGLA_STEM),
    ]),
    SHORTEST_BANGLA_STEM,
    BANGLA_ENDINGS,
    MOST_BANGLA_ENDINGS,
  ),
  // The Sinhala words of the lists, folded: "රැකියාවක්" (a job) is "රැකියාව" with "ක්".
  scriptEndings(
    SINHALA_SCRIPT,
    wordsOf(SINHALA, SHORTEST_SINHALA_STEM),
    SHORTEST_SINHALA_STEM,
    SINHALA_ENDINGS,
    MOST_SINHALA_ENDINGS,
  ),
];

/**
 * The listed Turkish, Indonesian, Bangla or Sinhala word that the folded `word` is with endings ("arkadaslarimla" →
 * "arkadas", "temanku" → "teman"), the longest listed word first; `word` itself when it is no such word.
 */
export function listedWordOf(word: string): string {
  if (TURKISH_WORDS.has(word) || INDONESIAN_WORDS.has(word)) return word;
  for (let k = word.length - 1; k >= SHORTEST_TURKISH_STEM; k--)
    if (TURKISH_WORDS.has(word.slice(0, k)) && endingsOnly(word.slice(k), MOST_TURKISH_ENDINGS))
      return word.slice(0, k);
  for (const enclitic of INDONESIAN_ENCLITICS) {
    const rest = word.slice(0, -enclitic.length);
    if (word.endsWith(enclitic) && rest.length >= SHORTEST_INDONESIAN_STEM && INDONESIAN_WORDS.has(rest)) return rest;
  }
  for (const language of SCRIPT_ENDINGS) {
    const listed = listedWordIn(word, language);
    if (listed !== undefined) return listed;
  }
  return word;
}

const NOT = foldWords(TURKISH_NOT);
const ONLY: ReadonlySet<string> = new Set(TURKISH_ONLY.map(foldWords));
const NO_NEED: readonly string[][] = TURKISH_NO_NEED.map((p) => foldWords(p).split(' '));
/** Most words between a Turkish goal's first word and its negated verb: "arkadaş bulmak istemiyorum". */
const NOT_SOUGHT_REACH = 3;
/** Most words between it and "değil": "yeni müşteri değil" (not new customers), not "bulmak kolay değil" (not easy). */
const NOT_REACH = 2;

/**
 * Whether the goal whose first word is at `i` is said, in Turkish, not to be sought: a negated verb of looking for or
 * wanting after it ("yatırımcı aramıyorum", "müşteri istemiyoruz"), "no need" ("yatırımcıya ihtiyacım yok") or "not"
 * ("müşteri değil"), in its clause. "Sadece" (only) before the goal adds rather than removes ("sadece arkadaş değil").
 */
export function notSoughtInTurkishAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  if (ONLY.has(words[i - 1] ?? '')) return false;
  for (let k = i + 1; k <= i + NOT_SOUGHT_REACH && k < words.length && clauses[k] === clauses[i]; k++) {
    if (TURKISH_NOT_SOUGHT.test(words[k]!)) return true;
    if (words[k] === NOT && k - i <= NOT_REACH) return true;
    if (NO_NEED.some((p) => phraseAt(words, clauses, k, clauses[i]!, p))) return true;
  }
  return false;
}
