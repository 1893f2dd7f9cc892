/**
 * Which words of the index a query word stands for, as Fuse.js would see it:
 * words containing it (an exact substring match for Fuse) and words holding it
 * with typos within Fuse's threshold, counted the way Bitap counts them.
 * Candidates are words sharing a trigram with the query word, or, for a word
 * the index does not know (a typo), a bigram.
 */
import { wordId, type WordIds } from './candidate-index.ts';
import { createTypoCounter, trigramsOf } from './text.ts';

/** Fuse's threshold: more typos than 40% of the pattern and a field does not match. */
export const THRESHOLD = 0.4;
/**
 * Most similar words an unknown query word (likely a typo) expands to, closest first (ties by id). A typo is most
 * likely one or two typos from the word meant, and the words at the fewest typos come first: past a few dozen, the
 * list adds mostly words at the threshold, each of whose postings the pick walks and whose docs crowd the pool and
 * Fuse's work budget, so that the name meant can be left out of the candidates. Chosen by measurement (issue 16,
 * `bench:names --typos=200` at 10,000 entries, typo queries graded by the name typed): 16, 32, 48, 64 and 128 found
 * the name first for 164, 166, 163, 161 and 161 of 215, within the first three for 174, 177, 176, 174 and 172.
 * What the visitor typed and meant is the measure; agreeing with an exhaustive Fuse pass (`bench:search`, 96.0 % at
 * 128, 93.4 % at 32) is a fidelity check: of 45 typos whose first result differs from Fuse's at 32, Fuse's first was
 * the name typed for 3, ours for 3, and neither for 39 (a visitor sees the name typed in the top three for 29 of the
 * 45 at 32, 28 at 128).
 */
const MAX_EXPANSIONS = 32;
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
/** A bigram as a number: the word's code units at `i` and `i + 1`. */
function pairCode(word: string, i: number): number {
  return word.charCodeAt(i) * 65536 + word.charCodeAt(i + 1);
}

/** A word's letters as bits: a–z one bit each, then one for any digit, one for anything else. */
function presenceOf(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    bits |= 1 << (code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? 26 : 27);
  }
  return bits;
}

/** The letters a–z a word holds twice or more, as bits (as {@link presenceOf}'s). */
function twiceOf(word: string): number {
  let once = 0;
  let twice = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) continue;
    const bit = 1 << (code - 97);
    twice |= once & bit;
    once |= bit;
  }
  return twice;
}

/** Whether a word's letters are all a–z, none three times or more: {@link presenceOf} and {@link twiceOf} count all it holds. */
function atMostTwice(word: string): boolean {
  const counts = new Uint8Array(26);
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122 || ++counts[code - 97]! > 2) return false;
  }
  return true;
}

/** Set bits of a 32-bit number. */
function bitCount(bits: number): number {
  bits -= (bits >>> 1) & 0x55555555;
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

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
export function createWordExpander(words: readonly string[], trigrams: Readonly<Record<string, WordIds>>) {
  /** Trigrams looked up so far: over the Worker's packed head (`trigramRecord`), each look is a binary search. */
  const lookedUp = new Map<string, WordIds | undefined>();
  function wordsWith(gram: string): WordIds | undefined {
    if (lookedUp.has(gram)) return lookedUp.get(gram);
    const ids = Object.hasOwn(trigrams, gram) ? trigrams[gram] : undefined;
    lookedUp.set(gram, ids);
    return ids;
  }
  const mark = new Uint16Array(words.length);
  /** The words met so far by one expansion as bits, 32 words to a number (bit `id % 32` of number `id >> 5`). */
  const metBits = new Int32Array((words.length + 31) >>> 5);
  /** Per word met by the current expansion, its place in the order met (words holding the query word keep it). */
  const metAt = new Int32Array(words.length);
  const typos = createTypoCounter();
  /**
   * Bigram → ids of the words containing it (ascending), as one array of ids and where each bigram's run starts
   * and ends; built on the first typo, as most queries never need it. Bigrams are numbered by their two
   * UTF-16 code units ({@link pairCode}), so building it makes no string, set or list per word (at 10,000
   * entries it took a first typo query 30-100 ms as a map of lists).
   */
  let bigrams: { slotOf: (code: number) => number; starts: Int32Array; ids: Int32Array } | undefined;
  function bigramIndex(): NonNullable<typeof bigrams> {
    if (bigrams) return bigrams;
    // A bigram's slot: ASCII pairs (nearly all) in a table, others in a map; -1 for a bigram no word has.
    const ascii = new Int32Array(128 * 128).fill(-1);
    const others = new Map<number, number>();
    const slotOf = (code: number): number =>
      code < 128 * 65536 && code % 65536 < 128
        ? ascii[(code >>> 16) * 128 + (code & 0xffff)]!
        : (others.get(code) ?? -1);
    const sizes: number[] = [];
    /** Per bigram, the last word counted for it (a word counts each bigram once). */
    const last: number[] = [];
    for (let id = 0; id < words.length; id++) {
      const word = words[id]!;
      for (let i = 0; i + 2 <= word.length; i++) {
        const code = pairCode(word, i);
        let slot = slotOf(code);
        if (slot < 0) {
          slot = sizes.length;
          if (code < 128 * 65536 && code % 65536 < 128) ascii[(code >>> 16) * 128 + (code & 0xffff)] = slot;
          else others.set(code, slot);
          sizes.push(0);
          last.push(-1);
        }
        if (last[slot] === id) continue;
        last[slot] = id;
        sizes[slot]!++;
      }
    }
    const starts = new Int32Array(sizes.length + 1);
    for (let slot = 0; slot < sizes.length; slot++) starts[slot + 1] = starts[slot]! + sizes[slot]!;
    const ids = new Int32Array(starts[sizes.length]!);
    const next = starts.slice(0, sizes.length);
    last.fill(-1);
    for (let id = 0; id < words.length; id++) {
      const word = words[id]!;
      for (let i = 0; i + 2 <= word.length; i++) {
        const slot = slotOf(pairCode(word, i));
        if (last[slot] === id) continue;
        last[slot] = id;
        ids[next[slot]!++] = id;
      }
    }
    return (bigrams = { slotOf, starts, ids });
  }
  /**
   * Every word's UTF-16 code units end to end (word `id` from `ends[id - 1]`, or 0, to `ends[id]`), made the first
   * time a word's typos are counted. The typo counter reads a word there rather than from its string: each string
   * is an object of its own somewhere in the heap, while the words a scan meets, by ascending id, lie here in that
   * order (issue 16: about a tenth off the expansions of `bench:warm`'s words at 10,000 entries, measured in one
   * process against reading the strings; the typos counted are the same).
   */
  let spelled: { codes: Uint16Array; ends: Int32Array } | undefined;
  function spelling(): NonNullable<typeof spelled> {
    if (spelled) return spelled;
    const ends = new Int32Array(words.length);
    let total = 0;
    for (let id = 0; id < words.length; id++) ends[id] = total += words[id]!.length;
    const codes = new Uint16Array(total);
    for (let id = 0, at = 0; id < words.length; id++) {
      const word = words[id]!;
      for (let i = 0; i < word.length; i++) codes[at++] = word.charCodeAt(i);
    }
    return (spelled = { codes, ends });
  }
  let letters: Uint8Array | undefined;
  /** Per word, whether its row of {@link letters} is filled yet. */
  let lettered: Uint8Array | undefined;
  /**
   * How many of each letter a word holds (up to 255), as a table with a row per word. Each row is filled the
   * first time a query asks about its word, not all at once: a fresh isolate's first query would otherwise
   * count the letters of every word of the catalogue (28,000 at 10,000 entries) before answering. Only a query
   * word the bits of {@link presence} and {@link twice} cannot tell about reads it (and makes it, 1 MB at 10,000
   * entries): a row per word read at random was a cache miss per word, the costliest line of a typo's expansion (issue 16).
   */
  function letterCounts(): Uint8Array {
    if (!letters) {
      letters = new Uint8Array(words.length * BUCKETS);
      lettered = new Uint8Array(words.length);
    }
    return letters;
  }
  function fillLetters(id: number): void {
    if (lettered![id]) return;
    lettered![id] = 1;
    const word = words[id]!;
    for (let i = 0; i < word.length; i++) {
      const at = id * BUCKETS + bucketOf(word.charCodeAt(i));
      if (letters![at]! < 255) letters![at]!++;
    }
  }
  /**
   * Per word, whether it lacks too many of the letters of the query words last counted against ({@link
   * lettersFor}): 0 not known yet, 1 no, 2 yes. A name's spelling variants (`intent.ts`) have the same
   * letters, so each word is tested once for them all.
   */
  const lacking = new Uint8Array(words.length);
  /**
   * Per word, {@link presenceOf} it (0: not known yet; a word has a letter), filled as queries meet it: the
   * query's letters absent from a word, each missing at least once, are a first, cheap count of what it lacks.
   */
  const presence = new Int32Array(words.length);
  /** Per word, {@link twiceOf} it, filled with {@link presence}. */
  const twice = new Int32Array(words.length);
  let lackingKey = '';
  /** Makes {@link lacking} hold the answers for query words of these letters, allowed this many typos. */
  function lettersFor(queryWord: string, maxTypos: number): void {
    const key = `${maxTypos} ${[...queryWord].sort().join('')}`;
    if (key === lackingKey) return;
    lackingKey = key;
    lacking.fill(0);
  }

  /**
   * Words matching one query word, each with the share of the query word it
   * covers: 1 for words containing it, `1 − typos / length` for words holding
   * it with typos (as Fuse counts them, within its threshold).
   */
  const remembered = new Map<string, ReadonlyMap<number, number>>();
  /**
   * With `least`, only the words covering at least that share of the query word: those of `expand(queryWord)`,
   * found with fewer typos counted, which tests fewer words (a name's spelling variants are asked only
   * whether they come nearer a word than the name itself does, `search.ts`).
   */
  function expand(queryWord: string, least = 0): ReadonlyMap<number, number> {
    const length = queryWord.length;
    const maxTypos = length > MAX_FUZZY_LENGTH ? 0 : Math.floor(THRESHOLD * length);
    // The most typos a word covering `least` of the query word has (its share is `1 − typos / length`).
    let most = maxTypos;
    while (most > 0 && 1 - most / length < least) most--;
    // Expansions are remembered by word, and by the typos counted when fewer than all (words have no spaces).
    const key = most === maxTypos ? queryWord : `${most} ${queryWord}`;
    let matched = remembered.get(key);
    if (!matched) {
      matched = expandAfresh(queryWord, maxTypos, most);
      remembered.set(key, matched);
      if (remembered.size > EXPANSIONS_KEPT) remembered.delete(remembered.keys().next().value!);
    }
    return matched;
  }

  /** `maxTypos`: the typos Fuse's threshold allows; `most`: the typos counted (fewer for {@link expand}'s `least`). */
  function expandAfresh(queryWord: string, maxTypos: number, most: number): Map<number, number> {
    const matched = new Map<number, number>();
    const length = queryWord.length;
    // Looked up in the sorted list (`CandidateIndex.words`): no set of 26,000 words to build on an isolate's first query.
    const queryId = wordId(words, queryWord);
    const isKnown = queryId >= 0;
    // Words sharing a trigram with the query word are the usual suspects;
    // for a word we do not know (a typo), so are words sharing a bigram.
    let met = 0;
    const grams = new Set(trigramsOf(queryWord));
    const byBigrams = !isKnown && length > 2 && maxTypos > 0;
    // A word containing the query word has every gram inside it (its trigrams without the padding, its
    // bigrams): a word sharing fewer cannot contain it, and is not searched for it.
    let inside: number;
    // Fewest grams a word within `most` typos shares with the query word (the q-gram lemma): each typo spoils at most
    // two of the query's bigram positions, so at least `length − 1 − 2 × most` of them are found intact in the
    // word, which makes at least that many distinct shared bigrams, less the positions repeating a bigram.
    let fewest = 0;
    if (byBigrams) {
      // Every word sharing a trigram shares a bigram inside it (a padded one, `" ab"`, the word's first two
      // letters): the bigrams alone find every suspect, and count the grams that decide (the lemma's, and all of
      // them for a word holding the query word). The trigrams' long lists are not read.
      const { slotOf, starts, ids } = bigramIndex();
      // The query's distinct bigrams (in the order they first occur).
      const pairs = new Set<number>();
      for (let i = 0; i + 2 <= length; i++) pairs.add(pairCode(queryWord, i));
      inside = pairs.size;
      fewest = pairs.size - 2 * most;
      for (const code of pairs) {
        const slot = slotOf(code);
        if (slot < 0) continue;
        for (let k = starts[slot]!, end = starts[slot + 1]!; k < end; k++) {
          const id = ids[k]!;
          if (mark[id]!++ === 0) {
            met++;
            metBits[id >>> 5]! |= 1 << (id & 31);
          }
        }
      }
    } else {
      for (const gram of grams) {
        // By index: in the Worker a trigram's ids are a typed array's view (`trigramRecord`), which `for…of`
        // walks through an iterator, a step's cost many times a read's (issue 16).
        const ids = wordsWith(gram);
        if (ids === undefined) continue;
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k]!;
          if (mark[id]!++ === 0) {
            metAt[id] = met++;
            metBits[id >>> 5]! |= 1 << (id & 31);
          }
        }
      }
      inside = [...grams].filter((gram) => !gram.includes(' ')).length;
    }
    const similar: [number, number][] = [];
    const holding: number[] = [];
    typos.use(queryWord);
    // The query's letters a word lacks are typos it cannot avoid (each typo supplies at most one letter),
    // so a word lacking more than `most` of them is not worth counting: a cheap test before the count.
    const wanted = new Uint8Array(BUCKETS);
    for (let i = 0; i < length; i++) wanted[bucketOf(queryWord.charCodeAt(i))]!++;
    // The letters it holds and how many of each (no arrays made and filtered per word asked: a call's
    // own cost, most of a known word's).
    const buckets: number[] = [];
    const needs: number[] = [];
    for (let b = 0; b < BUCKETS; b++)
      if (wanted[b]! > 0) {
        buckets.push(b);
        needs.push(wanted[b]!);
      }
    const tested = maxTypos > 0 && met > 0;
    if (tested) lettersFor(queryWord, most);
    /** Whether a word lacks more than `most` of the query's letters. */
    const wantedBits = presenceOf(queryWord);
    const wantedTwice = twiceOf(queryWord);
    // The letters a word lacks, counted from its bits alone: all of them when the query holds each letter (a–z) at
    // most twice, else at least those, the rest counted from its row of `counts`.
    const bitsTell = atMostTwice(queryWord);
    const lacksTooMany = (id: number): boolean => {
      const state = lacking[id]!;
      if (state !== 0) return state === 2;
      let bits = presence[id]!;
      if (bits === 0) {
        const word = words[id]!;
        presence[id] = bits = presenceOf(word);
        twice[id] = twiceOf(word);
      }
      const lacks = bitCount(wantedBits & ~bits) + bitCount(wantedTwice & ~twice[id]!);
      if (lacks > most) {
        lacking[id] = 2;
        return true;
      }
      if (bitsTell) {
        lacking[id] = 1;
        return false;
      }
      // Its row of letter counts is made only here, for a query holding a letter thrice or one that is not a–z.
      const counts = letterCounts();
      fillLetters(id);
      const base = id * BUCKETS;
      let missing = 0;
      for (let k = 0; k < buckets.length; k++) {
        const short = needs[k]! - counts[base + buckets[k]!]!;
        if (short > 0 && (missing += short) > most) {
          lacking[id] = 2;
          return true;
        }
      }
      lacking[id] = 1;
      return false;
    };
    // Only the `kept` similar words with the fewest typos are kept (ties by id): met by id, once `kept` words are
    // within `cap` typos, a later word within as many ranks after them all, so it must be within `cap − 1` (−1:
    // none is kept, only words holding the query word are looked for). The typos counted go down as the list fills.
    const kept = isKnown ? KNOWN_EXPANSIONS : MAX_EXPANSIONS;
    const atTypos = new Int32Array(most + 1);
    const { codes, ends } = tested ? spelling() : { codes: new Uint16Array(0), ends: new Int32Array(0) };
    let cap = most;
    let within = 0;
    // The fewest grams a word within `cap` typos shares (as `fewest`, for `most`), or, with none counted, a word holding it.
    let fewestNow = fewest;
    // The words met, by id: a pass over their bits, a number per 32 words (each cleared as read), neither a
    // list of them nor a sort (writing and sorting the list of thousands a typo's bigrams meet was a fifth of
    // its expansion, issue 16). `continue` goes on to the next word.
    for (let at = 0, m = 0; m < met; at++) {
      let bits = metBits[at]!;
      if (bits === 0) continue;
      metBits[at] = 0;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        m++;
        const id = (at << 5) + 31 - Math.clz32(low);
        const shared = mark[id]!;
        mark[id] = 0;
        // These tests do not read the word (cheap, before its text): sharing too few grams, a word is neither
        // within `cap` typos nor holds the query word (which shares all `inside` grams, at least `fewestNow`); one
        // that cannot hold it and is not counted (below) is left; lacking more than `most` of its letters, a
        // word is not within them either, nor holds it (holding it lacks none).
        if (shared < fewestNow) continue;
        // A known word is rarely a typo: only words sharing most of its trigrams are worth counting.
        const counted = cap >= 0 && maxTypos > 0 && !(isKnown && shared * 2 < length);
        if ((!counted && shared < inside) || (tested && lacksTooMany(id))) continue;
        // The word's text is read only when it may hold the query word or be counted: each one read is a
        // string of its own, far from the last in memory.
        if (id === queryId || (length > 1 && shared >= inside && words[id]!.includes(queryWord))) {
          holding.push(id);
          continue;
        }
        if (!counted) continue;
        // Lacking more than `cap` of the query's letters (at least those its bits tell, filled by `lacksTooMany`).
        if (cap < most && bitCount(wantedBits & ~presence[id]!) + bitCount(wantedTwice & ~twice[id]!) > cap) continue;
        const count = typos.countCodes(codes, id === 0 ? 0 : ends[id - 1]!, ends[id]!, cap);
        if (count > cap) continue;
        similar.push([id, 1 - count / length]);
        atTypos[count]!++;
        if (++within < kept) continue;
        // Full: the words within `cap` typos number `within`; while they fill the list without those at `cap`, one
        // typo fewer still does.
        within -= atTypos[cap]!;
        cap--;
        while (cap >= 0 && within >= kept) within -= atTypos[cap--]!;
        fewestNow = cap < 0 ? inside : byBigrams ? inside - 2 * cap : fewest;
      }
    }
    // Words holding the query word come first, in the order the trigram lists meet them (ascending ids per list,
    // lists in the query's trigram order): those starting with its first two letters (in the list of its first,
    // padded trigram), then the rest (in the list of its second trigram, which they all hold).
    if (byBigrams) {
      const start = queryWord.slice(0, 2);
      const first = (id: number) => (words[id]!.startsWith(start) ? 0 : 1);
      holding.sort((a, b) => first(a) - first(b) || a - b);
    } else holding.sort((a, b) => metAt[a]! - metAt[b]!);
    for (const id of holding) matched.set(id, 1);
    similar.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [id, share] of similar.slice(0, kept)) matched.set(id, share);
    return matched;
  }

  return expand;
}
