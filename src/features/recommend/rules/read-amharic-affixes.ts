/**
 * Amharic words with what is written on to them taken off, for the free-text reader: a preposition on the front
 * ("ከጓደኞች", from friends, is the listed "ጓደኞች"; "ለሥራ", for work, the "ሥራ" of "ሥራ ፈላጊ", a job seeker) and the
 * endings of "his", "my", "your", "our", "their", "also" and the object on the back ("ጓደኞቼ", my friends; "ደንበኞቻችን", our
 * customers; "ሥራዬን", my job as an object). Only a word the reader does not know as it is, and only when what is left
 * is a word of a phrase it knows, so a word that merely starts or ends with the same letter ("በጣም", very) stays what it
 * is.
 *
 * Ge'ez letters are syllables: an ending that starts with a vowel changes the vowel of the last letter instead of
 * adding one ("ጓደኞች" + "-e", my, is "ጓደኞቼ"; + "-u", the, is "ጓደኞቹ"; + "-aččən", our, is "ጓደኞቻችን"). Those letters
 * are read back in their sixth form, the consonant alone, which is where the listed word ends.
 */
import { AMHARIC_ENDINGS, AMHARIC_PREFIXES } from '#src/catalogue/lexicon-finnish-hungarian-amharic-swahili.ts';
import { foldWords } from '#src/catalogue/lexicon.ts';
import { ETHIOPIC } from './read-scripts.ts';

const PREFIXES: readonly string[] = AMHARIC_PREFIXES.map(foldWords);
const ENDINGS: readonly string[] = AMHARIC_ENDINGS.map(foldWords).sort((a, b) => b.length - a.length);
/** Endings of "our", "your" and "their" that follow a last letter changed to its "a" form ("ደንበኞቻችን", "ደንበኞቻቸው"). */
const AFTER_A: ReadonlySet<string> = new Set(['ችን', 'ችሁ', 'ቸው']);
/** Most endings read on one word: "ሥራ-ዬ-ን" (my job, as an object) has two. */
const MOST_ENDINGS = 2;
/** Shortest word, in Ge'ez letters (each a syllable), read behind a preposition or before an ending. */
const SHORTEST_STEM = 2;
/** The rows of labialised letters (ቈ, ኈ, ኰ, ጐ…), which do not have the seven vowel forms in order. */
const LABIALISED_ROWS: ReadonlySet<number> = new Set([0x1248, 0x1258, 0x1288, 0x12b0, 0x12c0, 0x1310]);

/** The vowel form (0 "ä" to 6 "o", 5 the consonant alone) of a Ge'ez letter of a row of seven; undefined for another. */
function vowelOf(letter: string): number | undefined {
  const code = letter.codePointAt(0)!;
  if (code < 0x1200 || code > 0x1357 || LABIALISED_ROWS.has(code - (code % 8)) || code % 8 === 7) return undefined;
  return code % 8;
}

/** `word` with its last letter in its sixth form, the consonant alone ("ጓደኞቼ" → "ጓደኞች"). */
function lastAsConsonant(word: string): string {
  const code = word.codePointAt(word.length - 1)!;
  return word.slice(0, -1) + String.fromCodePoint(code - (code % 8) + 5);
}

/** What `word` may be without up to `most` endings: itself, and each shorter form, with the changed vowels read back. */
function withoutEndings(word: string, most: number, after?: string): string[] {
  const forms = [word];
  const vowel = vowelOf(word.at(-1)!);
  // "his" (u) and "my" (e) change the vowel of the last letter; "our", "your" (many) and "their" make it "a".
  if (vowel === 1 || vowel === 4 || (vowel === 3 && after !== undefined && AFTER_A.has(after)))
    forms.push(lastAsConsonant(word));
  if (most > 0)
    for (const ending of ENDINGS)
      if (word.endsWith(ending) && word.length - ending.length >= SHORTEST_STEM)
        forms.push(...withoutEndings(word.slice(0, -ending.length), most - 1, ending));
  return forms.filter((w) => w.length >= SHORTEST_STEM);
}

/**
 * The function that takes a preposition and endings off a folded Amharic word when what is left is one of `known`
 * (the folded single words of the phrases the reader knows); any other word it returns as it is.
 */
export function amharicWithoutAffixes(known: ReadonlySet<string>): (word: string) => string {
  const words: ReadonlySet<string> = new Set([...known].filter((w) => ETHIOPIC.test(w)));
  return (word) => {
    if (!ETHIOPIC.test(word) || words.has(word)) return word;
    const fronts = [word, ...PREFIXES.filter((p) => word.startsWith(p)).map((p) => word.slice(p.length))];
    for (const front of fronts) {
      if (front.length < SHORTEST_STEM) continue;
      const stem = withoutEndings(front, MOST_ENDINGS).find((w) => words.has(w));
      if (stem !== undefined) return stem;
    }
    return word;
  };
}
