/**
 * The free-text reader's tables (`reader-tables-build.ts`) as text a build writes into the Worker and the Worker reads
 * back cheaply (issue 16): one `JSON.parse` and a loop, where building them runs every lexicon phrase through folding,
 * plurals and case forms. The phrase table has about 12,000 phrases but a few hundred distinct lists of meanings of a
 * few hundred distinct meanings, so each meaning and each list is written once, each list naming its meanings by
 * number and each phrase its list: phrases with the same meanings share one list, and lists one meaning object, where
 * a table built at load has its own of each. Every table keeps its order.
 */
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import type { Entry } from './read-phrases.ts';
import type { ReaderTables } from './reader-tables-build.ts';

/** What {@link encodeReaderTables} writes. */
interface EncodedTables {
  /** The distinct meanings. */
  meanings: Entry[];
  /** The distinct lists of meanings, each by the meanings' places in `meanings`. */
  lists: number[][];
  /** The phrases, in the table's order. */
  phrases: string[];
  /** Each phrase's list of meanings, by its place in `lists`. */
  of: number[];
  longest: number;
  fieldPhraseGoals: [string, Purpose][];
  runTogetherPhrases: string[];
  arabicWords: string[];
  hebrewWords: string[];
  ethiopicWords: string[];
  placeForms: [string, string][];
}

/** The place of `key`'s value in `values`, added when it is not there yet. */
function placeOf<T>(index: Map<string, number>, values: T[], key: string, value: T): number {
  let at = index.get(key);
  if (at === undefined) {
    at = values.push(value) - 1;
    index.set(key, at);
  }
  return at;
}

/** The tables as JSON text for {@link decodeReaderTables}. */
export function encodeReaderTables(tables: ReaderTables): string {
  const meanings: Entry[] = [];
  const meaningAt = new Map<string, number>();
  const lists: number[][] = [];
  const listAt = new Map<string, number>();
  const of: number[] = [];
  for (const entries of tables.phrases.values()) {
    const list = entries.map((e) => placeOf(meaningAt, meanings, JSON.stringify(e), e));
    of.push(placeOf(listAt, lists, JSON.stringify(list), list));
  }
  const encoded: EncodedTables = {
    meanings,
    lists,
    phrases: [...tables.phrases.keys()],
    of,
    longest: tables.longest,
    fieldPhraseGoals: [...tables.fieldPhraseGoals],
    runTogetherPhrases: [...tables.runTogetherPhrases],
    arabicWords: [...tables.arabicWords],
    hebrewWords: [...tables.hebrewWords],
    ethiopicWords: [...tables.ethiopicWords],
    placeForms: [...tables.placeForms],
  };
  return JSON.stringify(encoded);
}

/** The tables {@link encodeReaderTables} wrote. The reader only reads them, so shared lists and meanings are safe. */
export function decodeReaderTables(text: string): ReaderTables {
  const encoded = JSON.parse(text) as EncodedTables;
  const lists = encoded.lists.map((list) => list.map((at) => encoded.meanings[at]!));
  const phrases = new Map<string, readonly Entry[]>();
  for (let i = 0; i < encoded.phrases.length; i++) phrases.set(encoded.phrases[i]!, lists[encoded.of[i]!]!);
  return {
    phrases,
    longest: encoded.longest,
    fieldPhraseGoals: new Map(encoded.fieldPhraseGoals),
    runTogetherPhrases: encoded.runTogetherPhrases,
    arabicWords: new Set(encoded.arabicWords),
    hebrewWords: new Set(encoded.hebrewWords),
    ethiopicWords: new Set(encoded.ethiopicWords),
    placeForms: new Map(encoded.placeForms),
  };
}
