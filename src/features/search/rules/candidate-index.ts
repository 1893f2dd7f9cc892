/** Ascending word ids: a list, or a view of a binary file's bytes. */
export type WordIds = readonly number[] | Uint16Array | Uint32Array;

/**
 * The candidate index, built at build time next to the Fuse index: every
 * word of every field with the fields (slots) it occurs in, padded trigrams
 * of the words for typo-tolerant lookup, each slot's weight × field-length
 * norm, and, for long fields, where each word sits. Plain JSON.
 */
import { findSorted } from '#src/shared/sorted.ts';
import { WORD, trigramsOf } from './text.ts';

/** Fields up to this long are given to Fuse whole, so they need no forward index. */
export const WHOLE_FIELD_MAX = 160;

/** A JSON-serialisable candidate index over `docs × fields`; a slot is `doc * fields + field`. */
export interface CandidateIndex {
  fields: number;
  /** Per field: whether it holds prose (its postings are in `longPostings`). */
  long: boolean[];
  /** Distinct words, sorted. */
  words: string[];
  /** For each word, the ascending slots of short fields it occurs in. */
  postings: number[][];
  /** The same for long fields (those flagged `long` when building): the bulk of common words' occurrences. */
  longPostings: number[][];
  /**
   * Each padded trigram → the ascending ids of the words that contain it: a list, or in the Worker a view of
   * the head's binary file ({@link trigramRecord}).
   */
  trigrams: Readonly<Record<string, WordIds>>;
  /**
   * Field weight × field-length norm (summed over the items of a list), per slot, rounded to thousandths
   * (in the Worker, read from the head's binary file as thousandths: {@link weightsFromMilli}).
   */
  weights: readonly number[] | Float64Array;
  /** Per slot, for texts longer than {@link WHOLE_FIELD_MAX}: `[wordId, offset, …]` in text order; else empty. */
  forward: number[][];
}

/**
 * Builds the index. `docs[d][f]` is the normalised text of field `f` of doc
 * `d` (an array for list fields); `fieldWeights[f]` its weight and `long[f]`
 * whether it holds prose (descriptions, keyword lists) rather than names.
 */
export function buildCandidateIndex(
  docs: readonly (readonly (string | readonly string[])[])[],
  fieldWeights: readonly number[],
  long: readonly boolean[],
): CandidateIndex {
  const fields = fieldWeights.length;
  // Long texts by slot, for the forward index; their words are found again then rather than kept as matches
  // (issue 16: holding a match object for every word of every description was most of the build's index memory).
  const occurrences: { slot: number; text: string }[] = [];
  const slotsByWord = new Map<string, number[]>();
  const weights: number[] = [];
  docs.forEach((doc, d) => {
    for (let f = 0; f < fields; f++) {
      const slot = d * fields + f;
      const value = doc[f] ?? '';
      // Fuse multiplies the scores of every matching item of a list; most
      // aliases share the words that match, so a list weighs its items' sum.
      let norm = 0;
      const seen = new Set<string>();
      for (const text of typeof value === 'string' ? [value] : value) {
        const words = [...text.matchAll(WORD)];
        if (words.length === 0) continue;
        norm += 1 / Math.sqrt(words.length);
        for (const w of words) seen.add(w[0]);
        if (typeof value === 'string' && text.length > WHOLE_FIELD_MAX) occurrences.push({ slot, text });
      }
      weights.push(Math.round(fieldWeights[f]! * norm * 1000) / 1000);
      for (const word of seen) {
        let slots = slotsByWord.get(word);
        if (!slots) slotsByWord.set(word, (slots = []));
        slots.push(slot);
      }
    }
  });
  const words = [...slotsByWord.keys()].sort();
  const ids = new Map(words.map((w, id) => [w, id]));
  const trigrams: Record<string, number[]> = {};
  words.forEach((word, id) => {
    for (const gram of new Set(trigramsOf(word))) (trigrams[gram] ??= []).push(id);
  });
  const forward: number[][] = weights.map(() => []);
  for (const { slot, text } of occurrences) {
    const entries: number[] = [];
    for (const w of text.matchAll(WORD)) entries.push(ids.get(w[0])!, w.index);
    forward[slot] = entries;
  }
  const split = (w: string, wantLong: boolean) =>
    slotsByWord.get(w)!.filter((slot) => long[slot % fields] === wantLong);
  return {
    fields,
    long: [...long],
    words,
    postings: words.map((w) => split(w, false)),
    longPostings: words.map((w) => split(w, true)),
    trigrams,
    weights,
    forward,
  };
}

/**
 * Ascending ids as text: the gaps between them in base 36, joined by commas
 * (`[3, 40, 41]` → `"3,10,1"`). About half the size of the JSON list, and a
 * string to JSON.parse rather than an array of numbers.
 */
export function packIds(ids: readonly number[]): string {
  let previous = 0;
  return ids
    .map((id) => {
      const gap = id - previous;
      previous = id;
      return gap.toString(36);
    })
    .join(',');
}

/**
 * A trigram index (`CandidateIndex.trigrams`) as the Worker keeps it: the trigrams sorted and concatenated
 * in `grams` (each exactly 3 UTF-16 code units, as `trigramsOf` cuts them; in `head.json`), and every
 * trigram's word ids one after another in `ids`, trigram `i`'s ending at `ends[i]` (both in the head's
 * binary file, `head.bin`, read as typed arrays: `uint-arrays.ts`).
 *
 * Why not a JSON object of 7,000 keys: parsing one makes a string per key and per value and an object
 * of 7,000 named properties, all of which a fresh isolate then copies as its young heap fills; and ids
 * as JSON text (even packed as base-36 gaps, as they were) must be decoded and parsed before a query
 * reads a few of them. At 10,000 entries the ids are 196,000 numbers: as a binary file they cost an
 * isolate nothing to read, and a query looks up only its own trigrams (a binary search of `grams`),
 * each a view of the file's bytes: {@link trigramRecord}.
 */
export interface PackedTrigrams {
  grams: string;
  ends: ArrayLike<number>;
  ids: ArrayLike<number>;
}

/** Packs a trigram index ({@link PackedTrigrams}). */
export function packTrigrams(trigrams: Readonly<Record<string, WordIds>>): {
  grams: string;
  ends: number[];
  ids: number[];
} {
  // Sorted by UTF-16 code units, as `<` compares: the order the binary search in `trigramRecord` expects.
  const grams = Object.keys(trigrams).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ends: number[] = [];
  const ids: number[] = [];
  for (const gram of grams) {
    if (gram.length !== 3) throw new Error(`packTrigrams: ${JSON.stringify(gram)} is not a trigram`);
    for (const id of trigrams[gram]!) ids.push(id);
    ends.push(ids.length);
  }
  return { grams: grams.join(''), ends, ids };
}

/**
 * Packed trigrams ({@link PackedTrigrams}) read as the record the word expander takes (`expand.ts`:
 * `Object.hasOwn(trigrams, gram)`, then `trigrams[gram]`), without making it: a read-only view that
 * finds a trigram by a binary search of `grams` when asked for it, and gives its ids as a view of
 * `ids` (a typed array's `subarray`; a copy where `ids` is a plain list). Keys, `in`, `Object.keys`
 * and copies see the same entries as the record it was packed from.
 */
export function trigramRecord(packed: PackedTrigrams): Readonly<Record<string, WordIds>> {
  const { grams, ends, ids } = packed;
  const count = ends.length;
  /** The trigram's index, or -1. */
  const find = (key: string | symbol): number => {
    if (typeof key !== 'string' || key.length !== 3) return -1;
    return findSorted(count, (mid) => {
      const at = grams.slice(mid * 3, mid * 3 + 3);
      return at === key ? 0 : at < key ? -1 : 1;
    });
  };
  const idsAt = (i: number): WordIds => {
    const from = i === 0 ? 0 : ends[i - 1]!;
    return ids instanceof Uint16Array || ids instanceof Uint32Array
      ? ids.subarray(from, ends[i])
      : Array.prototype.slice.call(ids, from, ends[i]);
  };
  const refuse = () => false;
  return new Proxy(Object.create(null) as Record<string, WordIds>, {
    get: (_, key) => {
      const i = find(key);
      return i < 0 ? undefined : idsAt(i);
    },
    has: (_, key) => find(key) >= 0,
    getOwnPropertyDescriptor: (_, key) => {
      const i = find(key);
      return i < 0 ? undefined : { value: idsAt(i), writable: false, enumerable: true, configurable: true };
    },
    ownKeys: () => Array.from({ length: count }, (_, i) => grams.slice(i * 3, i * 3 + 3)),
    set: refuse,
    defineProperty: refuse,
    deleteProperty: refuse,
  });
}

/** Weights as thousandths, for the head's binary file (they are rounded to thousandths: `buildCandidateIndex`). */
export function weightsToMilli(weights: ArrayLike<number>): number[] {
  return Array.from(weights, (w) => Math.round(w * 1000));
}

/**
 * Weights from thousandths: each the same number as the weight written ({@link weightsToMilli}), as
 * `n / 1000` and the weight itself (`Math.round(x * 1000) / 1000`) are the same correctly rounded division.
 */
export function weightsFromMilli(milli: ArrayLike<number>): Float64Array {
  const weights = new Float64Array(milli.length);
  for (let i = 0; i < milli.length; i++) weights[i] = milli[i]! / 1000;
  return weights;
}

/** The ids {@link packIds} packed. */
export function unpackIds(text: string): number[] {
  const ids: number[] = [];
  let id = 0;
  for (const gap of text.split(',')) ids.push((id += parseInt(gap, 36)));
  return ids;
}

/** The id of a word in a sorted word list (`CandidateIndex.words`), or -1: a binary search, no set to build. */
export function wordId(words: readonly string[], word: string): number {
  return findSorted(words.length, (mid) => {
    const at = words[mid]!;
    return at === word ? 0 : at < word ? -1 : 1;
  });
}
