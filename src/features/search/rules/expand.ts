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

  /**
   * Words matching one query word, each with the share of the query word it
   * covers: 1 for words containing it, `1 − typos / length` for words holding
   * it with typos (as Fuse counts them, within its threshold).
   */
  function expand(queryWord: string): Map<number, number> {
    const matched = new Map<number, number>();
    const length = queryWord.length;
    const isKnown = known.has(queryWord);
    const maxTypos = length > MAX_FUZZY_LENGTH ? 0 : Math.floor(THRESHOLD * length);
    // Words sharing a trigram with the query word are the usual suspects;
    // for a word we do not know (a typo), so are words sharing a bigram.
    const seen: number[] = [];
    for (const gram of new Set(trigramsOf(queryWord))) {
      for (const id of wordsWith(gram) ?? []) if (mark[id]!++ === 0) seen.push(id);
    }
    if (!isKnown && length > 2 && maxTypos > 0) {
      const index = bigramIndex();
      for (const gram of new Set(bigramsOf(queryWord)))
        for (const id of index.get(gram) ?? []) if (mark[id]!++ === 0) seen.push(id);
    }
    const similar: [number, number][] = [];
    typos.use(queryWord);
    for (const id of seen) {
      const shared = mark[id]!;
      mark[id] = 0;
      const word = words[id]!;
      if (word === queryWord || (length > 1 && word.includes(queryWord))) {
        matched.set(id, 1);
        continue;
      }
      // A known word is rarely a typo: only words sharing most of its trigrams are worth counting.
      if (maxTypos === 0 || (isKnown && shared * 2 < length)) continue;
      const count = typos.count(word, maxTypos);
      if (count <= maxTypos) similar.push([id, 1 - count / length]);
    }
    similar.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [id, share] of similar.slice(0, isKnown ? KNOWN_EXPANSIONS : MAX_EXPANSIONS)) matched.set(id, share);
    return matched;
  }

  return expand;
}
