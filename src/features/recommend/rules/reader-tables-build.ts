/**
 * The free-text reader's tables drawn from its lexicon ({@link buildReaderTables}): the phrase table and what is drawn
 * from it (the longest phrase, the phrases of scripts written without spaces, the words of Arabic, Hebrew and Ge'ez
 * script, the field words that name a goal) and the case forms of place names. Building them runs every lexicon phrase
 * through folding, plurals and case forms, most of what evaluating the reader cost at every cold start (issue 16), so
 * a build computes them once (`src/integrations/vite-reader-tables.ts`) and the Worker bundles neither this module
 * nor the builders it calls; plain Node, the tests and `astro dev` build them at load (`reader-tables.ts`).
 */
import { GOAL_WORDS, PURPOSE_KEYWORDS, foldWords } from '#src/catalogue/lexicon.ts';
import { PURPOSES, keysOf, type Purpose } from '#src/catalogue/taxonomy.ts';
import type { Entry } from './read-phrases.ts';
import { buildPhrases } from './read-phrases-build.ts';
import { buildPlaceForms } from './read-place-endings.ts';
import { ARABIC, ETHIOPIC, HEBREW, RUN_TOGETHER } from './read-scripts.ts';

/** Each table the reader draws from its lexicon, as `reader-tables.ts` holds them. */
export interface ReaderTables {
  /** Every phrase the reader knows, folded, with its meanings (`buildPhrases()`). */
  phrases: ReadonlyMap<string, readonly Entry[]>;
  /** The most words a phrase has. */
  longest: number;
  /** Field words that the goal lists name too, with the goal they name. */
  fieldPhraseGoals: ReadonlyMap<string, Purpose>;
  /** The phrases in scripts written without spaces (Japanese, Chinese, Korean, Thai), longest first. */
  runTogetherPhrases: readonly string[];
  /** The single words of the phrases in Arabic script, places included. */
  arabicWords: ReadonlySet<string>;
  /** The single words of the phrases in Hebrew script, places included. */
  hebrewWords: ReadonlySet<string>;
  /** The single words of the phrases in Ge'ez script (Amharic). */
  ethiopicWords: ReadonlySet<string>;
  /** Each inflected form of a place name's words, with the word it is of (`buildPlaceForms()`). */
  placeForms: ReadonlyMap<string, string>;
}

/** The most words a phrase of `phrases` has. */
function longestOf(phrases: ReadonlyMap<string, unknown>): number {
  return Math.max(...[...phrases.keys()].map((p) => p.split(' ').length));
}

/**
 * Field words that the goal lists name too ("marketing" is a profession and promoting): the goal they name, for when
 * the writer's own trade is another field ("marketing ideas for my plumbing business").
 */
function fieldPhraseGoalsOf(phrases: ReadonlyMap<string, readonly Entry[]>): Map<string, Purpose> {
  const goals = new Map<string, Purpose>();
  for (const purpose of keysOf(PURPOSES))
    for (const w of [...PURPOSE_KEYWORDS[purpose], ...GOAL_WORDS[purpose]]) {
      const folded = foldWords(w);
      if (!goals.has(folded) && phrases.get(folded)?.some((e) => e.kind === 'field')) goals.set(folded, purpose);
    }
  return goals;
}

/** The phrases of `phrases` in scripts written without spaces ("転職", "人脈", "หางาน"), longest first. */
function runTogetherPhrasesOf(phrases: ReadonlyMap<string, unknown>): string[] {
  return [...phrases.keys()]
    .filter((p) => !p.includes(' ') && [...p].every((c) => RUN_TOGETHER.test(c)))
    .sort((a, b) => b.length - a.length);
}

/** The single words of the phrases of `phrases` with a letter of `script`, in the order first met. */
function scriptWordsOf(phrases: ReadonlyMap<string, unknown>, script: RegExp): Set<string> {
  return new Set([...phrases.keys()].flatMap((p) => p.split(' ')).filter((w) => script.test(w)));
}

/** Every table the reader draws from its lexicon, built now. */
export function buildReaderTables(): ReaderTables {
  const phrases = buildPhrases();
  return {
    phrases,
    longest: longestOf(phrases),
    fieldPhraseGoals: fieldPhraseGoalsOf(phrases),
    runTogetherPhrases: runTogetherPhrasesOf(phrases),
    arabicWords: scriptWordsOf(phrases, ARABIC),
    hebrewWords: scriptWordsOf(phrases, HEBREW),
    ethiopicWords: scriptWordsOf(phrases, ETHIOPIC),
    placeForms: buildPlaceForms(),
  };
}
