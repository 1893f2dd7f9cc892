/**
 * Amharic words with the preposition written on to their front taken off, for the free-text reader: "ከጓደኞች" (from
 * friends) is the listed "ጓደኞች", "ለሥራ" (for work) the "ሥራ" of "ሥራ ፈላጊ" (a job seeker). Only a word the reader does
 * not know as it is, and only when what is left is a word of a phrase it knows, so a word that merely starts with the
 * same letter ("በጣም", very) stays what it is.
 */
import { AMHARIC_PREFIXES } from '#src/catalogue/lexicon-finnish-hungarian-amharic-swahili.ts';
import { foldWords } from '#src/catalogue/lexicon.ts';

const ETHIOPIC = /\p{Script=Ethiopic}/u;
const PREFIXES: readonly string[] = AMHARIC_PREFIXES.map(foldWords);
/** Shortest word, in Ge'ez letters (each a syllable), read behind a preposition: one letter is too often another word. */
const SHORTEST_WORD_BEHIND_PREFIX = 2;

/**
 * The function that takes a preposition off a folded Amharic word when what is left is one of `known` (the folded
 * single words of the phrases the reader knows); any other word it returns as it is.
 */
export function amharicWithoutPrefix(known: ReadonlySet<string>): (word: string) => string {
  const words: ReadonlySet<string> = new Set([...known].filter((w) => ETHIOPIC.test(w)));
  return (word) => {
    if (!ETHIOPIC.test(word) || words.has(word)) return word;
    for (const prefix of PREFIXES) {
      const rest = word.slice(prefix.length);
      if (word.startsWith(prefix) && rest.length >= SHORTEST_WORD_BEHIND_PREFIX && words.has(rest)) return rest;
    }
    return word;
  };
}
