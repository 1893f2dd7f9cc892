/**
 * Every phrase the free-text reader knows, folded, with everything it means ({@link PHRASES}): the table
 * `read-phrases-build.ts` builds from the lexicon and the reader's own tables, as `reader-tables.ts` holds it.
 */
import { READER_TABLES } from './reader-tables.ts';

/**
 * Phrases that are also common words (the pronouns "us", "it"; the article "la"; "sf" for sci-fi): they count
 * only where that very word is written in capitals.
 */
export const CAPITALS_ONLY: ReadonlySet<string> = new Set(['us', 'it', 'la', 'sf']);

export type Kind =
  | 'goal'
  | 'field'
  | 'country'
  | 'worldwide'
  | 'audience'
  | 'inPerson'
  | 'budget'
  | 'time'
  | 'moved'
  | 'place'
  /** A place to talk with peers ("forum"): ideas with peers when the text names no goal. */
  | 'talkPlace'
  /** A reason ("give back"): meeting people nearby when the text names no goal ({@link GIVING_BACK_WORDS}). */
  | 'motive'
  /** Words that say nothing the quiz asks, read so their parts do not count ("at school" is not teaching). */
  | 'none'
  /** A wish no goal covers ({@link NOT_COVERED_WORDS}). */
  | 'notCovered'
  /** How someone works ("I work from home"): online only when they say they want it ("want to work remotely"). */
  | 'workSetting';

export interface Entry {
  kind: Kind;
  value: string;
  /** A vague goal word: it counts after the specific ones. */
  weak?: boolean;
  /** A goal from the reader's everyday goal words: it stays a goal even where it also names who someone is. */
  explicit?: boolean;
  /** The singular of a plural goal word ("contact" of "contacts"): a goal only after an article, "a new contact". */
  singular?: boolean;
}

/** Every phrase the reader knows, folded, with everything it means (`buildPhrases()` in `read-phrases-build.ts`). */
export const PHRASES: ReadonlyMap<string, readonly Entry[]> = READER_TABLES.phrases;

/** The most words a phrase of {@link PHRASES} has. */
export const LONGEST: number = READER_TABLES.longest;
