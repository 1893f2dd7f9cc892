/**
 * A text cut into the words the free-text reader reads: folded, each with its clause and sentence, runs of
 * Japanese, Chinese, Korean and Thai split at known phrases, Arabic and Hebrew prefixes taken off; and the
 * writer's own words for a folded phrase.
 */
import { foldWords } from '#src/catalogue/lexicon.ts';
import { listedWordOf } from './read-word-endings.ts';
import {
  HEBREW_PREFIXES,
  MOST_HEBREW_PREFIXES,
  SHORTEST_HEBREW_WORD_BEHIND_PREFIX,
} from '#src/catalogue/lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts';
import { amharicWithoutAffixes } from './read-amharic-affixes.ts';
import { CAPITALS_ONLY, PHRASES } from './read-phrases.ts';
import { READER_TABLES } from './reader-tables.ts';
import { ARABIC, HEBREW, RUN_TOGETHER } from './read-scripts.ts';

/**
 * Words that end a clause: a negation or a "who with" does not reach past them. With the stops and commas of
 * Japanese and Chinese (。、 and the full-width forms), of Arabic (، ؛ ؟) and of Ethiopic (። ፣ ፤ ፥ ፦ ፧ ፨; not ፡, which
 * parts words).
 */
const CLAUSE_END = /[.,;:!?()\u2014\u2013。、，；：！？،؛؟\u1362-\u1368]|\s-\s/;

/** A word as written: letters, digits and marks, with the zero-width joiner of a Sinhala conjunct ("ශ්‍රී") inside. */
const WORD_RUN = /[\p{L}\p{N}\p{M}\u200D]+/gu;

/** Words in brackets: an aside, read after the rest so the words around it stay one clause. */
const ASIDE = /\(([^()]*)\)|\[([^[\]]*)\]/g;

/** Punctuation that ends a sentence (a clause ends at any of {@link CLAUSE_END}). */
const SENTENCE_END = /[.!?。！？؟።፧]/;

/** The phrases the reader knows in scripts written without spaces ({@link RUN_TOGETHER}), longest first. */
const CJK_PHRASES: readonly string[] = READER_TABLES.runTogetherPhrases;

/**
 * A word in Japanese, Chinese, Korean or Thai script split at the phrases the reader knows, which a sentence in those
 * scripts runs together with the rest ("転職を考えています" is "転職" and "を考えています"); any other word as it is.
 */
function splitCjk(word: string): string[] {
  if (!RUN_TOGETHER.test(word) || PHRASES.has(word)) return [word];
  const parts: string[] = [];
  let rest = '';
  for (let k = 0; k < word.length;) {
    const known = CJK_PHRASES.find((p) => word.startsWith(p, k));
    if (known === undefined) {
      rest += word[k];
      k++;
      continue;
    }
    if (rest !== '') parts.push(rest);
    rest = '';
    parts.push(known);
    k += known.length;
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

/** The single words of the phrases the reader knows in Arabic script, places included ("وظيفة", "الرياض"). */
const ARABIC_WORDS: ReadonlySet<string> = READER_TABLES.arabicWords;

/**
 * What Arabic writes joined to the front of a word: "and" (و, ف), "in"/"with" (ب), "for" (ل), "like" (ك) and "the"
 * (ال), alone or together ("بالرياض" is "in Riyadh"; "للبحث" is "for the search", ل and ال run into لل). Longest first.
 */
const ARABIC_PREFIXES: readonly string[] = [
  'وال',
  'بال',
  'فال',
  'كال',
  'ولل',
  'وب',
  'ول',
  'لل',
  'ال',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  // Folded as the words are (`foldWords` writes ك as the Persian ک).
].map(foldWords);

/**
 * An Arabic word with what is joined to its front taken off, when what is left (or it with "the", ال, which لل
 * swallows) is a word the reader knows ("بوظيفة" → "وظيفة", "بالرياض" → "الرياض"); any other word as it is.
 */
function stripArabic(word: string): string {
  if (!ARABIC.test(word) || ARABIC_WORDS.has(word)) return word;
  for (const prefix of ARABIC_PREFIXES) {
    const rest = word.slice(prefix.length);
    if (!word.startsWith(prefix) || rest.length < 2) continue;
    const known = [rest, `ال${rest}`].find((w) => ARABIC_WORDS.has(w));
    if (known !== undefined) return known;
  }
  return word;
}

/** The single words of the phrases the reader knows in Hebrew script, places included ("לקוחות", "תל", "אביב"). */
const HEBREW_WORDS: ReadonlySet<string> = READER_TABLES.hebrewWords;

const HEBREW_PREFIX_LETTERS: ReadonlySet<string> = new Set(HEBREW_PREFIXES);

/**
 * A Hebrew word with the letters written on to its front taken off ({@link HEBREW_PREFIXES}: "ולקוחות" → "לקוחות",
 * "בתל" → "תל"), when what is left is a word the reader knows; the fewest letters first, "and" (ו) only first and
 * "the" (ה) only last. What is left must be long enough to be no other word
 * ({@link SHORTEST_HEBREW_WORD_BEHIND_PREFIX}) unless it is read only inside a longer phrase ("תל" of "תל אביב"):
 * "בצלם" (in the image of) is not "צלם" (a photographer). Any other word as it is.
 */
function stripHebrew(word: string): string {
  if (!HEBREW.test(word) || HEBREW_WORDS.has(word)) return word;
  for (let n = 1; n <= MOST_HEBREW_PREFIXES && word.length - n >= 2; n++) {
    const prefix = word.slice(0, n);
    const rest = word.slice(n);
    if (
      ![...prefix].every((c, k) => HEBREW_PREFIX_LETTERS.has(c) && (c !== 'ו' || k === 0) && (c !== 'ה' || k === n - 1))
    )
      return word;
    if (HEBREW_WORDS.has(rest) && (rest.length >= SHORTEST_HEBREW_WORD_BEHIND_PREFIX || !PHRASES.has(rest)))
      return rest;
  }
  return word;
}

/** An Amharic word without its preposition and endings ("ከጓደኞቼ" → "ጓደኞች"), when what is left is a word the reader knows. */
const stripAmharic = amharicWithoutAffixes(READER_TABLES.ethiopicWords);

/**
 * The listed place name a folded word is with a case ending ("москвы" → "москва", "россии" → "россия", "krakowie" →
 * "krakow", "петербурге" → "петербург"; `read-place-endings.ts` says which), or undefined when it is none.
 */
export function placeNameOf(word: string): string | undefined {
  return READER_TABLES.placeForms.get(word);
}

/**
 * A word the reader knows as it is, the place name it is with a case ending (`read-place-endings.ts`), or the Turkish
 * or Indonesian word it is with endings (`read-word-endings.ts`).
 */
function withoutEndings(word: string): string {
  return PHRASES.has(word) ? word : (placeNameOf(word) ?? listedWordOf(word));
}

/**
 * The text's words, folded, each with the number of its clause (clauses end at
 * punctuation) and of its sentence. An aside in brackets is taken out of its
 * sentence, which reads on across it ("other (junior) nurses"), and read after
 * the rest of the text as clauses of its own; a lone bracket ends a clause.
 */
export function tokenize(raw: string): { words: string[]; clauses: number[]; sentences: number[]; written: string[] } {
  const asides: string[] = [];
  const main = raw.replace(ASIDE, (_, round?: string, square?: string) => {
    asides.push(round ?? square ?? '');
    return ' ';
  });
  const words: string[] = [];
  const written: string[] = [];
  const clauses: number[] = [];
  const sentences: number[] = [];
  let clause = 0;
  let sentence = 0;
  for (const part of [main, ...asides]) {
    // With the separators kept (odd places), so a full stop can end the sentence too.
    part.split(new RegExp(`(${CLAUSE_END.source})`)).forEach((piece, k) => {
      if (k % 2 === 1) {
        clause++;
        if (SENTENCE_END.test(piece)) sentence++;
        return;
      }
      // Each folded word with the word it was written as ("US", "Denver"), so capitals count where they are.
      for (const m of piece.matchAll(WORD_RUN))
        for (const w of foldWords(m[0])
          .split(' ')
          .filter(Boolean)
          .flatMap(splitCjk)
          .map(stripArabic)
          .map(stripHebrew)
          .map(stripAmharic)
          .map(withoutEndings)) {
          words.push(w);
          written.push(m[0]);
          clauses.push(clause);
          sentences.push(sentence);
        }
    });
    clause++;
    sentence++;
  }
  return { words, clauses, sentences, written };
}

/** A word of the text as the reader folds it, with where the word it is part of is written. */
export interface FoldedWord {
  word: string;
  start: number;
  end: number;
}

/** The text's words as the reader folds them, each with where it is written: made once per read (issue #16). */
export function foldedWordsOf(raw: string): FoldedWord[] {
  const folded: FoldedWord[] = [];
  for (const m of raw.matchAll(WORD_RUN))
    // A Turkish or Indonesian word with endings as the reader read it ("arkadaşım" as "arkadaş"), shown whole.
    for (const word of foldWords(m[0]).split(' ').filter(Boolean).map(stripHebrew).map(withoutEndings))
      folded.push({ word, start: m.index, end: m.index + m[0].length });
  return folded;
}

/**
 * The writer's own words for a folded phrase read from `raw` ("I'm a 45 year
 * old man" for "i m a 45 year old man"): the first stretch of the text whose
 * words fold to the phrase's, from its first word to its last, as written; the
 * folded phrase when no such stretch is there (a phrase read across an aside).
 */
export function inOwnWords(raw: string, phrase: string, folded: readonly FoldedWord[] = foldedWordsOf(raw)): string {
  // Words read from two places ("meet … nurses"): each place in the writer's words.
  if (phrase.includes(' … '))
    return phrase
      .split(' … ')
      .map((part) => inOwnWords(raw, part, folded))
      .join(' … ');
  const wanted = phrase.split(' ');
  for (let k = 0; k + wanted.length <= folded.length; k++)
    if (wanted.every((w, j) => folded[k + j]!.word === w)) {
      const written = raw.slice(folded[k]!.start, folded[k + wanted.length - 1]!.end);
      // "lend us money … in the US": a word read only in capitals is shown where it is written so, not as the pronoun.
      if (CAPITALS_ONLY.has(phrase) && written !== phrase.toUpperCase()) continue;
      return written;
    }
  return writtenInside(raw, phrase) ?? phrase;
}

/** Most characters a stretch of text may have beyond its folded phrase (accents and marks folded away). */
const FOLDED_SLACK = 4;

/**
 * The stretch of `raw` that folds to `phrase` inside a longer word: a word found inside a Japanese run
 * ("友だち" in "友だちがいない", whose kana fold to other code points) or an Arabic word with what is joined to its
 * front ("أصدقاء" in "وأصدقاء"); undefined when there is none.
 */
function writtenInside(raw: string, phrase: string): string | undefined {
  for (let a = 0; a < raw.length; a++) {
    // From a letter: "。顧客" folds to "顧客" too, but the stop is not the writer's word for it.
    if (!/[\p{L}\p{N}]/u.test(raw[a]!)) continue;
    for (let b = a + 1; b <= Math.min(raw.length, a + phrase.length + FOLDED_SLACK); b++)
      if (foldWords(raw.slice(a, b)) === phrase) return raw.slice(a, b);
  }
  return undefined;
}
