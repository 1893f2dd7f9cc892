/**
 * Which words of the index a query word stands for, as Fuse.js would see it:
 * words containing it (an exact substring match for Fuse) and words holding it
 * with typos within Fuse's threshold, counted the way Bitap counts them.
 * Candidates are words sharing a trigram with the query word, or, for a word
 * the index does not know (a typo), a bigram.
 */
import { unpackIds } from './candidate-index.ts';
import { bigramsOf, createTypoCounter, trigramsOf } from './text.ts';

/** Fuse's threshold: more typos than 40% of the pattern and a field does not match. */
export const THRESHOLD = 0.4;
/** Most similar words an unknown query word (likely a typo) expands to, closest first. */
const MAX_EXPANSIONS = 128;
/** A query word that is itself a known word expands to at most this many similar words. */
const KNOWN_EXPANSIONS = 16;
/** Longer query words are only matched whole: counting their typos against every word would cost too much. */
const MAX_FUZZY_LENGTH = 31;
/**
 * Expansions remembered per expander: a search loaded in parts runs again
 * once its parts are in (`shards.ts`), and a name search tries the query's
 * spelling variants, so the same words come back within one query.
 */
const EXPANSIONS_KEPT = 256;
/** Letter counts per word: a–z, 0–9, then everything else together. */
const BUCKETS = 37;

function bucketOf(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : 36;
}

/**
 * An expander over a word list and its trigram index. `expand(word)` maps
 * word ids to the share of the query word they cover: 1 for words containing
 * it, `1 − typos / length` for words holding it with typos. Reuses scratch
 * buffers: one caller at a time.
 */
export function createWordExpander(
  words: readonly string[],
  trigrams: Readonly<Record<string, readonly number[] | string>>,
) {
  const known = new Set(words);
  /** Trigrams given packed (the Worker's head), unpacked once each, when a query word first has them. */
  const unpacked = new Map<string, readonly number[]>();
  function wordsWith(gram: string): readonly number[] | undefined {
    if (!Object.hasOwn(trigrams, gram)) return undefined;
    const ids = trigrams[gram]!;
    if (typeof ids !== 'string') return ids;
    let list = unpacked.get(gram);
    if (!list) unpacked.set(gram, (list = unpackIds(ids)));
    return list;
  }
  const mark = new Uint16Array(words.length);
  const typos = createTypoCounter();
  let bigrams: Map<string, number[]> | undefined;
  /** Bigram → ids of the words containing it; built on the first typo, as most queries never need it. */
  function bigramIndex(): Map<string, number[]> {
    if (bigrams) return bigrams;
    bigrams = new Map();
    words.forEach((word, id) => {
      for (const gram of new Set(bigramsOf(word))) {
        let ids = bigrams!.get(gram);
        if (!ids) bigrams!.set(gram, (ids = []));
        ids.push(id);
      }
    });
    return bigrams;
  }
  let letters: Uint8Array | undefined;
  /** How many of each letter every word holds (up to 255), built on the first typo like the bigrams. */
  function letterCounts(): Uint8Array {
    if (letters) return letters;
    letters = new Uint8Array(words.length * BUCKETS);
    words.forEach((word, id) => {
      for (let i = 0; i < word.length; i++) {
        const at = id * BUCKETS + bucketOf(word.charCodeAt(i));
        if (letters![at]! < 255) letters![at]!++;
      }
    });
    return letters;
  }

  /**
   * Words matching one query word, each with the share of the query word it
   * covers: 1 for words containing it, `1 − typos / length` for words holding
   * it with typos (as Fuse counts them, within its threshold).
   */
  const remembered = new Map<string, ReadonlyMap<number, number>>();
  function expand(queryWord: string): ReadonlyMap<number, number> {
    let matched = remembered.get(queryWord);
    if (!matched) {
      matched = expandAfresh(queryWord);
      remembered.set(queryWord, matched);
      if (remembered.size > EXPANSIONS_KEPT) remembered.delete(remembered.keys().next().value!);
    }
    return matched;
  }

  function expandAfresh(queryWord: string): Map<number, number> {
    const matched = new Map<number, number>();
    const length = queryWord.length;
    const isKnown = known.has(queryWord);
    const maxTypos = length > MAX_FUZZY_LENGTH ? 0 : Math.floor(THRESHOLD * length);
    // Words sharing a trigram with the query word are the usual suspects;
    // for a word we do not know (a typo), so are words sharing a bigram.
    const seen: number[] = [];
    const grams = new Set(trigramsOf(queryWord));
    for (const gram of grams) {
      for (const id of wordsWith(gram) ?? []) if (mark[id]!++ === 0) seen.push(id);
    }
    // A word containing the query word has every gram inside it (its trigrams without the padding, its
    // bigrams): a word sharing fewer cannot contain it, and is not searched for it.
    let inside = [...grams].filter((gram) => !gram.includes(' ')).length;
    if (!isKnown && length > 2 && maxTypos > 0) {
      const index = bigramIndex();
      const pairs = new Set(bigramsOf(queryWord));
      inside += pairs.size;
      for (const gram of pairs) for (const id of index.get(gram) ?? []) if (mark[id]!++ === 0) seen.push(id);
    }
    const similar: [number, number][] = [];
    typos.use(queryWord);
    // The query's letters a word lacks are typos it cannot avoid (each typo supplies at most one letter),
    // so a word lacking more than `maxTypos` of them is not worth counting: a cheap test before the count.
    const wanted = new Uint8Array(BUCKETS);
    for (let i = 0; i < length; i++) wanted[bucketOf(queryWord.charCodeAt(i))]!++;
    const buckets = Int32Array.from([...wanted.keys()].filter((b) => wanted[b]! > 0));
    const needs = Int32Array.from(buckets, (b) => wanted[b]!);
    const counts = maxTypos > 0 && seen.length > 0 ? letterCounts() : undefined;
    /** Whether a word lacks more than `maxTypos` of the query's letters. */
    const lacksTooMany = (id: number): boolean => {
      const base = id * BUCKETS;
      let missing = 0;
      for (let k = 0; k < buckets.length; k++) {
        const short = needs[k]! - counts![base + buckets[k]!]!;
        if (short > 0 && (missing += short) > maxTypos) return true;
      }
      return false;
    };
    for (const id of seen) {
      const shared = mark[id]!;
      mark[id] = 0;
      const word = words[id]!;
      if (word === queryWord || (length > 1 && shared >= inside && word.includes(queryWord))) {
        matched.set(id, 1);
        continue;
      }
      // A known word is rarely a typo: only words sharing most of its trigrams are worth counting.
      if (maxTypos === 0 || (isKnown && shared * 2 < length) || lacksTooMany(id)) continue;
      const count = typos.count(word, maxTypos);
      if (count <= maxTypos) similar.push([id, 1 - count / length]);
    }
    similar.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [id, share] of similar.slice(0, isKnown ? KNOWN_EXPANSIONS : MAX_EXPANSIONS)) matched.set(id, share);
    return matched;
  }

  return expand;
}
