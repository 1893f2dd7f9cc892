/**
 * Picks the candidates for a query from the candidate index, so Fuse.js never
 * scans the whole catalogue. The candidate score imitates how Fuse ranks (an
 * exact substring match far above any fuzzy one, fields multiplied by weight
 * and field length), so the entries Fuse would rank first are almost always
 * among the candidates. It also says, for long fields, where the query's
 * words sit, so those fields can be cut down before Fuse reads them.
 */
import type { CandidateIndex } from './candidate-index.ts';
import { THRESHOLD, createWordExpander } from './expand.ts';
import { wordsOf } from './text.ts';

/** Fuse matches long patterns in chunks of 32 characters: no match reaches further. */
const CHUNK = 32;
/*
 * How Fuse scores a field, as the candidate score estimates it. Fuse scores
 * each field 0 (perfect) to 1 and multiplies `score ** (weight × norm)` over
 * fields, so a doc's candidate score is the sum of `weight × norm × −ln(score)`
 * over its fields, with the field's score estimated as below.
 */
/** The whole field is the query: Fuse scores 0, counted as ε. */
const EQUAL = -Math.log(Number.EPSILON);
/** The query is a substring of the field: Fuse's floor score, 0.001. */
const EXACT = -Math.log(0.001);
/** Estimated typos per missing letter: letters line up by chance, so fewer than one. */
const TYPO_RATE = 0.8;
/** What a field counts when the estimate says it will not match: a little, to order near misses. */
const FAINT = 0.01;
/** Coverage assumed for a field that has every word of the query, but not as one phrase. */
const SCATTERED = 0.6;

/**
 * −ln of the score Fuse will likely give a field holding `coverage` of the
 * query's letters; `rate` is the typos per missing letter (1 when counted).
 */
function fuzzyStrength(coverage: number, patternLength: number, rate = TYPO_RATE): number {
  // A pick asks for every slot it scores, mostly with the coverage it asked for last (a typo's matches cover the
  // same few shares of it): the logarithm is the cost, so the last answer is kept (issue 16).
  if (coverage === lastStrength.coverage && patternLength === lastStrength.length && rate === lastStrength.rate)
    return lastStrength.strength;
  const score = Math.max(1 / patternLength, (1 - coverage) * rate);
  const strength = score <= THRESHOLD ? -Math.log(score) : FAINT * coverage;
  lastStrength.coverage = coverage;
  lastStrength.length = patternLength;
  lastStrength.rate = rate;
  lastStrength.strength = strength;
  return strength;
}
/** {@link fuzzyStrength}'s last answer (`NaN` matches nothing). */
const lastStrength = { coverage: NaN, length: 0, rate: NaN, strength: 0 };

/** Most words of a query looked up in the index. */
const MAX_LOOKUPS = 6;
/** Most fields read per query to confirm a match of the whole query, by default. */
export const MAX_TEXT_CHECKS = 1000;

/** What a candidate's field holds of the query. */
export interface FieldHits {
  /** Share of the query's letters found: a word containing a query word counts it fully, a word holding it with typos by the share it covers. */
  coverage: number;
  /**
   * Flat `[start, end, …]`: around every occurrence of a query word (or a
   * similar word), the stretch a match of the whole query containing it would
   * cover, not counting typos. May run past the text. Only for fields longer
   * than `WHOLE_FIELD_MAX` (they have a forward index).
   */
  spans: number[];
}

/** The outcome of picking; valid until the next pick (its {@link Candidates.kept} copy stays valid). */
export interface Candidates {
  /** Doc ids, best candidate first (ties by id). */
  docs: number[];
  /** Their candidate scores (an estimate of −ln of Fuse's score), in the same order. */
  scores: number[];
  /** What a field of a candidate holds of the query, or `undefined` for none of it. */
  hits(doc: number, field: number): FieldHits | undefined;
  /**
   * A copy that later picks leave as it is (to be made before the next pick): the same docs, scores and `hits`
   * for every field of these docs (`undefined` for any other doc), holding what `hits` reads of the picker's
   * buffers for them alone.
   */
  kept(): Candidates;
}

/** A word's expansion (`expand.ts`: word id → share of the query word it covers) as two arrays, in the map's order. */
interface FlatExpansion {
  ids: Int32Array;
  shares: Float64Array;
}

const flatExpansions = new WeakMap<ReadonlyMap<number, number>, FlatExpansion>();

/**
 * An expansion as {@link FlatExpansion}, made once per expansion (the expander hands back the same map for a word
 * it remembers). A pick loops over the arrays: a loop over the map's entries makes an iterator result and an
 * entry per word met until the engine optimises it, a cost that falls on an isolate's first queries (issue 16).
 */
function flatOf(matched: ReadonlyMap<number, number>): FlatExpansion {
  let flat = flatExpansions.get(matched);
  if (!flat) {
    const ids = new Int32Array(matched.size);
    const shares = new Float64Array(matched.size);
    let k = 0;
    matched.forEach((share, id) => {
      ids[k] = id;
      shares[k++] = share;
    });
    flatExpansions.set(matched, (flat = { ids, shares }));
  }
  return flat;
}

/** Stands in for a word's postings that are not loaded yet (see `missing` below). */
const NONE: readonly number[] = [];

/**
 * Picks candidates for a query. `textOf(slot)` gives a field's normalised
 * text (to confirm exact phrases and whole-field matches). When the index is
 * loaded in parts (`shards.ts`), a word's postings may be absent: they count
 * as empty and `missing(id)` is told, so the caller can load them and ask
 * again (an answer given with parts missing is never kept). Scratch buffers
 * are sized for one index and reused, so a pick allocates little; not safe to
 * share across concurrent callers (an isolate runs one synchronous search at
 * a time). `forwardOf(slot)` gives a slot's forward index (by default
 * `index.forward`; an index in parts derives it from the slot's text).
 */
export function createCandidatePicker(
  index: CandidateIndex,
  textOf: (slot: number) => string | readonly string[] | undefined,
  missing?: (wordId: number) => void,
  textChecks = MAX_TEXT_CHECKS,
  forwardOf: (slot: number) => readonly number[] | undefined = (slot) => index.forward[slot],
) {
  const { fields, long, words, postings, longPostings, trigrams, weights } = index;
  const slotCount = weights.length;
  const docCount = slotCount / fields;
  /** 0 untouched, 1 accepted, 2 refused by the filter. */
  const slotState = new Uint8Array(slotCount);
  /** For the current query word: its best match in the slot (1 contained, else the share covered). */
  const slotBest = new Float64Array(slotCount);
  /** Letters of the query covered in the slot. */
  const slotLetters = new Float64Array(slotCount);
  /** How many query words the slot contains. */
  const slotContains = new Uint16Array(slotCount);
  /** Letters of the query's best-covered word in the slot. */
  const slotTopWord = new Float64Array(slotCount);
  const docScore = new Float64Array(docCount);
  const expand = createWordExpander(words, trigrams);
  const short = (id: number): readonly number[] => postings[id] ?? (missing?.(id), NONE);
  const longer = (id: number): readonly number[] => longPostings[id] ?? (missing?.(id), NONE);
  /** Per word id: how far a match of the query can reach before and after it (+1; 0 = not matched). */
  const reachBefore = new Int32Array(words.length);
  const reachAfter = new Int32Array(words.length);
  /** The slots the query met (the first `touchedCount`), each once, in the order met: a buffer reused by every pick. */
  const touched = new Int32Array(slotCount);
  let touchedCount = 0;
  /** The slots the current query word met with a better match than before (the first `wordSlotCount`). */
  const wordSlots = new Int32Array(slotCount);
  let wordSlotCount = 0;
  /** The docs of the slots scored (the first `touchedDocCount`): once each, but for docs still scoring 0, once per slot. */
  const touchedDocs = new Int32Array(slotCount);
  let matchedIds: number[] = [];

  function reset(): void {
    for (let k = 0; k < touchedCount; k++) {
      const slot = touched[k]!;
      slotState[slot] = 0;
      slotLetters[slot] = 0;
      slotContains[slot] = 0;
      slotTopWord[slot] = 0;
    }
    for (const id of matchedIds) reachBefore[id] = reachAfter[id] = 0;
    touchedCount = 0;
    matchedIds = [];
  }

  /** Meets the slots of a word's postings: each slot once per query, each better match once per query word. */
  function meet(slots: readonly number[], strength: number, accept: ((doc: number) => boolean) | undefined): void {
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k]!;
      let state = slotState[slot]!;
      if (state === 0) {
        state = slotState[slot] = accept && !accept((slot / fields) | 0) ? 2 : 1;
        touched[touchedCount++] = slot;
      }
      if (state !== 1 || strength <= slotBest[slot]!) continue;
      if (slotBest[slot] === 0) wordSlots[wordSlotCount++] = slot;
      slotBest[slot] = strength;
    }
  }

  /** Whether a field holds the pattern: 2 as its whole text, 1 within it, 0 not at all. */
  function holds(slot: number, pattern: string): 0 | 1 | 2 {
    const text = textOf(slot);
    if (text === undefined) return 0;
    if (typeof text === 'string') return text === pattern ? 2 : text.includes(pattern) ? 1 : 0;
    let found: 0 | 1 | 2 = 0;
    for (const item of text) {
      if (item === pattern) return 2;
      if (item.includes(pattern)) found = 1;
    }
    return found;
  }

  /*
   * The steps of a pick over the slots, each its own function: a loop inside `pick`'s loop over the query's words
   * was compiled on its own (on-stack replacement), and leaving it threw that code away, on every pick until the
   * engine optimised `pick` as a whole, which at first took it hundreds of queries (issue 16: an isolate's first
   * queries are the ones measured).
   */

  /** Meets the slots of a query word's matches (word ids and strengths), those of long fields unless `assumed`. */
  function meetWord(
    matched: FlatExpansion,
    before: number,
    after: number,
    assumed: boolean,
    accept: ((doc: number) => boolean) | undefined,
  ): void {
    wordSlotCount = 0;
    const { ids, shares } = matched;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const strength = shares[k]!;
      if (reachBefore[id] === 0) matchedIds.push(id);
      reachBefore[id] = Math.max(reachBefore[id]!, before);
      reachAfter[id] = Math.max(reachAfter[id]!, after);
      meet(short(id), strength, accept);
      if (!assumed) meet(longer(id), strength, accept);
    }
  }

  /** Counts, in each slot the query word met, the letters of its best match there (`length`: the word's). */
  function tallyWord(length: number): void {
    for (let k = 0; k < wordSlotCount; k++) {
      const slot = wordSlots[k]!;
      const best = slotBest[slot]!;
      slotLetters[slot]! += length * best;
      slotTopWord[slot] = Math.max(slotTopWord[slot]!, length * best);
      if (best === 1) slotContains[slot]!++;
      slotBest[slot] = 0;
    }
  }

  /** Counts the words not looked up as present in every slot met (the assumed ones only in long fields). */
  function addPresumed(
    skippedLetters: number,
    skippedWords: number,
    assumedLetters: number,
    assumedWords: number,
  ): void {
    for (let k = 0; k < touchedCount; k++) {
      const slot = touched[k]!;
      const isLong = long[slot % fields];
      slotLetters[slot]! += skippedLetters + (isLong ? assumedLetters : 0);
      slotContains[slot]! += skippedWords + (isLong ? assumedWords : 0);
    }
  }

  /** The accepted slots met that hold every one of the query's `wordCount` words. */
  function holdingEvery(wordCount: number): number[] {
    const whole: number[] = [];
    for (let k = 0; k < touchedCount; k++) {
      const slot = touched[k]!;
      if (slotState[slot] === 1 && slotContains[slot] === wordCount) whole.push(slot);
    }
    return whole;
  }

  /**
   * Adds each accepted slot's strength to its doc's score (`docScore`), reading the texts of slots holding every
   * word and weighing at least `readFrom`; the docs scored go to `touchedDocs`, whose length it returns.
   */
  function scoreSlots(query: string, wordCount: number, letters: number, readFrom: number): number {
    let touchedDocCount = 0;
    for (let k = 0; k < touchedCount; k++) {
      const slot = touched[k]!;
      if (slotState[slot] !== 1) continue;
      let strength: number;
      if (slotContains[slot] === wordCount) {
        const found = weights[slot]! >= readFrom ? holds(slot, query) : wordCount === 1 ? 1 : 0;
        strength = found === 2 ? EQUAL : found === 1 ? EXACT : fuzzyStrength(SCATTERED, query.length);
      } else {
        // Words of a query found apart cannot all line up in one alignment:
        // count the best-covered word fully and the others by half.
        const top = slotTopWord[slot]!;
        strength =
          wordCount === 1
            ? fuzzyStrength(slotLetters[slot]! / letters, query.length, 1)
            : fuzzyStrength((top + (slotLetters[slot]! - top) / 2) / letters, query.length);
      }
      const doc = (slot / fields) | 0;
      if (docScore[doc] === 0) touchedDocs[touchedDocCount++] = doc;
      docScore[doc]! += weights[slot]! * strength;
    }
    return touchedDocCount;
  }

  /**
   * At most `max` docs most likely to match `query` (a normalised text);
   * `accept` filters docs.
   */
  function pick(query: string, max: number, accept?: (doc: number) => boolean): Candidates {
    reset();
    const queryWords = [...new Set(wordsOf(query))];
    const letters = queryWords.reduce((n, w) => n + w.length, 0);
    // A long query is looked up by its first few words of three letters or
    // more; the rest ("a", "of", the tail of a pasted paragraph) are assumed
    // present, which only makes the candidates more generous.
    const lookedUp = queryWords
      .filter((w) => w.length >= 3 || queryWords.every((v) => v.length < 3))
      .slice(0, MAX_LOOKUPS);
    const skipped = queryWords.filter((w) => !lookedUp.includes(w));
    const expansions = lookedUp.map((word) => {
      const matched = flatOf(expand(word));
      let total = 0;
      for (let k = 0; k < matched.ids.length; k++) total += longer(matched.ids[k]!).length;
      return { word, matched, total };
    });
    // In a query of several words, a word found in nearly every description
    // ("and") is assumed present in the long fields rather than looked up
    // there: the rarest word finds those, and the exact-phrase check below
    // still confirms them. Short fields (names) are always looked up.
    const rarest = Math.min(...expansions.map((e) => e.total));
    const assumed: boolean[] = expansions.map((e) => expansions.length > 1 && e.total > docCount && e.total > rarest);
    let assumedLetters = 0;
    let assumedWords = 0;
    let from = 0;
    for (const [n, { word, matched }] of expansions.entries()) {
      const at = query.indexOf(word, from);
      from = at + word.length;
      const before = Math.min(CHUNK, at) + 1;
      const after = Math.min(CHUNK, query.length - from) + 1;
      if (assumed[n]) {
        assumedLetters += word.length;
        assumedWords++;
      }
      meetWord(matched, before, after, assumed[n]!, accept);
      tallyWord(word.length);
    }
    const skippedLetters = skipped.reduce((n, w) => n + w.length, 0);
    if (assumedWords > 0 || skipped.length > 0)
      addPresumed(skippedLetters, skipped.length, assumedLetters, assumedWords);

    // Fields holding every word: whether Fuse sees the query whole, as a
    // substring, or (several words) scattered, only reading the text says.
    // Read the heaviest fields; the rest count as scattered, which costs them little.
    const readFrom = cutoff(holdingEvery(queryWords.length), weights, textChecks);
    const met = touchedDocs.subarray(0, scoreSlots(query, queryWords.length, letters, readFrom));
    const docs = topDocs(met, docScore, max);
    const scores = docs.map((doc) => docScore[doc]!);
    // An index, not `for…of`: iterating a typed array's view made an iterator whose steps cost a typo's pick
    // a tenth of its time (issue 16).
    for (let k = 0; k < met.length; k++) docScore[met[k]!] = 0;

    return {
      docs,
      scores,
      hits(doc, field) {
        const slot = doc * fields + field;
        if (slotState[slot] !== 1) return undefined;
        const spans: number[] = [];
        const entries = forwardOf(slot) ?? NONE;
        for (let k = 0; k < entries.length; k += 2) {
          const id = entries[k]!;
          if (reachBefore[id] === 0) continue;
          const offset = entries[k + 1]!;
          spans.push(offset - reachBefore[id]! + 1, offset + words[id]!.length + reachAfter[id]! - 1);
        }
        return { coverage: slotLetters[slot]! / letters, spans };
      },
      kept() {
        // Per field of each candidate, its coverage, or -1 where `hits` says nothing; the reach of each word matched.
        const coverage = new Float64Array(docs.length * fields).fill(-1);
        const place = new Map<number, number>();
        docs.forEach((doc, k) => {
          place.set(doc, k);
          for (let field = 0; field < fields; field++) {
            const slot = doc * fields + field;
            if (slotState[slot] === 1) coverage[k * fields + field] = slotLetters[slot]! / letters;
          }
        });
        // As `reachBefore` and `reachAfter` hold them (before + 1 and after + 1), for the words matched only.
        const reach = new Map<number, readonly [number, number]>();
        for (const id of matchedIds) reach.set(id, [reachBefore[id]!, reachAfter[id]!]);
        const copy: Candidates = {
          docs: [...docs],
          scores: [...scores],
          hits(doc, field) {
            const k = place.get(doc);
            const covered = k === undefined ? -1 : coverage[k * fields + field]!;
            if (covered < 0) return undefined;
            const spans: number[] = [];
            const entries = forwardOf(doc * fields + field) ?? NONE;
            for (let n = 0; n < entries.length; n += 2) {
              const around = reach.get(entries[n]!);
              if (around === undefined) continue;
              const offset = entries[n + 1]!;
              spans.push(offset - around[0] + 1, offset + words[entries[n]!]!.length + around[1] - 1);
            }
            return { coverage: covered, spans };
          },
          kept: () => copy,
        };
        return copy;
      },
    };
  }

  // The expander too: a name search asks which of its spelling variants come nearer a word of the index.
  return Object.assign(pick, { expand });
}

/**
 * A value such that at least `k` of `items` have `values[item]` at or above
 * it, and not many more: a histogram, not a sort, so it costs one pass.
 */
function cutoff(items: ArrayLike<number>, values: ArrayLike<number>, k: number): number {
  if (items.length <= k) return 0;
  let high = 0;
  for (let n = 0; n < items.length; n++) high = Math.max(high, values[items[n]!]!);
  if (high === 0) return 0;
  const buckets = new Uint32Array(BUCKETS);
  for (let n = 0; n < items.length; n++)
    buckets[Math.min(BUCKETS - 1, Math.floor((values[items[n]!]! / high) * BUCKETS))]!++;
  let count = 0;
  for (let b = BUCKETS - 1; b >= 0; b--) {
    count += buckets[b]!;
    if (count >= k) return (b / BUCKETS) * high;
  }
  return 0;
}
const BUCKETS = 512;

/** The `max` docs with the highest scores, best first, ties by id, without sorting them all. */
export function topDocs(docs: Int32Array, scores: Float64Array, max: number): number[] {
  const from = cutoff(docs, scores, max);
  const kept: number[] = [];
  for (let n = 0; n < docs.length; n++) if (scores[docs[n]!]! >= from) kept.push(docs[n]!);
  const byScore = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  if (kept.length <= max * TIED) return kept.sort(byScore).slice(0, max);
  // Many docs tie at the cutoff (a common word gives thousands the same score), which sorting them all with a
  // comparator took milliseconds over (issue 16). The same list, made from the `max`-th highest score: the docs
  // above it, sorted, then the lowest ids of those at it, sorted as numbers.
  const values = new Float64Array(kept.length);
  for (let n = 0; n < kept.length; n++) values[n] = scores[kept[n]!]!;
  const nth = nthSmallest(values, kept.length - max);
  const above: number[] = [];
  const at: number[] = [];
  for (const doc of kept)
    if (scores[doc]! > nth) above.push(doc);
    else if (scores[doc] === nth) at.push(doc);
  const tied = Int32Array.from(at)
    .sort()
    .subarray(0, max - above.length);
  return above.sort(byScore).concat(Array.from(tied));
}
/**
 * The `k`-th smallest of `values` (from 0), as `values.sort()[k]` but in linear time on average (quickselect):
 * reorders `values`.
 */
export function nthSmallest(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  while (high > low) {
    // The median of the first, middle and last values as the pivot: sorted or tied runs stay linear.
    const middle = (low + high) >>> 1;
    const a = values[low]!;
    const b = values[middle]!;
    const c = values[high]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    // Three ways: below the pivot, equal to it, above it (ties, common here, end the search at once).
    let lt = low;
    let gt = high;
    let i = low;
    while (i <= gt) {
      const v = values[i]!;
      if (v < pivot) {
        values[i++] = values[lt]!;
        values[lt++] = v;
      } else if (v > pivot) {
        values[i] = values[gt]!;
        values[gt--] = v;
      } else i++;
    }
    if (k < lt) high = lt - 1;
    else if (k > gt) low = gt + 1;
    else return pivot;
  }
  return values[k]!;
}
/** Past this many times the docs asked for, the docs kept by {@link topDocs}' cutoff are mostly ties. */
const TIED = 4;
