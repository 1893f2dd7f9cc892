/**
 * Site search, shared by `GET /api/search`, the `/search/` page and the
 * header's instant results. Fuse.js ranks (typo tolerant, over name, aliases,
 * tagline, goal words and, lightly, the description) over the index built at
 * build time (`search-index.ts`), but never the whole catalogue: the
 * candidate index (`search-candidates.ts`) hands it only the entries worth
 * ranking, with long fields cut to the passages that matter
 * (`search-passages.ts`), within a fixed work budget. Answers are memoised
 * per isolate.
 */
import Fuse, { type FuseIndex } from 'fuse.js';
import { wordId } from './candidate-index.ts';
import { createCandidatePicker, type Candidates } from './candidates.ts';
import { FIELDS, FUSE_OPTIONS, type FuseDoc, type SearchDoc, type SearchIndex } from './index-builder.ts';
import { THRESHOLD } from './expand.ts';
import { trimRecord } from './passages.ts';
import { createTypoCounter, normalizeText, wordsOf } from './text.ts';
import { servedPurposes } from '#src/catalogue/site-filter.ts';
import { GOOD_SCORE, type Kind, type Purpose, type Status } from '#src/catalogue/taxonomy.ts';

export { buildSearchIndex, type SearchIndex } from './index-builder.ts';

type IndexRecord = FuseIndex['records'][number];

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** Result count bounds and default. */
export const LIMITS = { min: 1, max: 50, default: 10 } as const;
/** At most this many candidates are handed to Fuse. */
export const DEFAULT_POOL = 200;
/**
 * Fuse's work per query (characters read × typo levels tried), past which no
 * more candidates are added: about 2 ms. Bitap's cost grows with the
 * pattern, so long multi-word queries get fewer candidates than short ones.
 */
const WORK_BUDGET = 70_000;
/**
 * Candidates handed to Fuse even past the budget or the stop ratio. The
 * candidates never depend on `limit`, so neither do `total` and the order.
 */
const MIN_CANDIDATES = 16;
/** Unless that takes this many budgets (very long queries): then fewer results, but a bounded cost. */
const HARD_BUDGET = 2;
/** Candidates scoring under this share of the best one are not worth ranking once there are enough. */
const STOP_RATIO = 0.2;
/**
 * Picks remembered per searcher (least recently used go first): a name's pattern and its spelling variants,
 * asked again in each round of loading (`shards.ts`) and with each limit.
 */
const PICKS_KEPT = 64;

/** A search request. `kind` and `purpose` narrow the matches; `limit` defaults to 10 (1–50). */
export interface SearchQuery {
  q: string;
  kind?: Kind | undefined;
  purpose?: Purpose | undefined;
  limit?: number | undefined;
  /**
   * Only an answer whose first result scores above this matters (a name's spelling variant, `intent.ts`): one that
   * provably cannot (no candidate Fuse would rank can, `mostScore` in {@link createSearcher}) is answered with no
   * results, and not memoised.
   */
  above?: number | undefined;
}

/** One match, best first. */
export interface SearchResult {
  slug: string;
  name: string;
  kind: Kind;
  tagline: string;
  /** Path of the detail page, e.g. `/sites/linkedin/`. */
  url: string;
  /** Relevance from 0 (weak) to 1 (exact), 3 decimals; closed and declining sites are marked down. */
  score: number;
  /** Purposes the site scores 2 (good) or 3 (core) for, core first. */
  purposes: Purpose[];
}

/** The answer to a search: the query as given (trimmed), how many matched, and the first `limit`. */
export interface SearchResponse {
  query: string;
  /** How many sites matched, before `limit`: all of them that Fuse ranked (the weakest candidates are never ranked). */
  total: number;
  results: SearchResult[];
}

/**
 * Sites that are no longer (fully) active rank below active ones at equal
 * relevance: their Fuse score (0 best, 1 worst) is raised to this power, which
 * keeps it within 0–1 and keeps an exact name match near the top.
 */
const STATUS_EXPONENT: Record<Status, number> = { active: 1, declining: 0.8, closed: 0.5 };
/**
 * Fuse scores at or above this are dropped: they come from a faint fuzzy
 * match in a long, lightly weighted field (a few letters of the description)
 * and would only add noise under the real answers.
 */
const MAX_FUSE_SCORE = 0.98;

/** A Fuse match turned into a ranked one. */
export interface RankedMatch {
  /** Index of the doc in `index.docs`. */
  i: number;
  /** 0 best, 1 worst, status included. */
  score: number;
}

/**
 * Orders Fuse matches the way every search answer is ordered: faint matches
 * dropped, status applied, best first, ties by catalogue order. Exported so
 * the benchmark's naive baseline ranks exactly like the real module.
 */
export function rankMatches(
  matches: readonly { refIndex: number; score?: number }[],
  docs: readonly SearchDoc[],
): RankedMatch[] {
  const ranked: RankedMatch[] = [];
  for (const m of matches) {
    const raw = m.score ?? 1;
    if (raw >= MAX_FUSE_SCORE) continue;
    ranked.push({ i: m.refIndex, score: raw ** STATUS_EXPONENT[docs[m.refIndex]!.status] });
  }
  return ranked.sort((a, b) => a.score - b.score || a.i - b.i);
}

/**
 * Most typos Fuse's Bitap accepts in a pattern of this length: the most `i` with `i / length <= THRESHOLD`,
 * its own test (`ignoreLocation`: a match's score is its typos over the pattern's length).
 */
function fuseTypos(length: number): number {
  let most = 0;
  while (most + 1 < length && (most + 1) / length <= THRESHOLD) most++;
  return most;
}

/** Fuse's keys' weights as it uses them: each over their sum (its `KeyStore`). */
const FUSE_WEIGHTS = FIELDS.map((f) => f.weight / FIELDS.reduce((sum, g) => sum + g.weight, 0));

/**
 * Kept clear of an answer's `above` by a bound before Fuse is skipped: more than the rounding of a score to 3
 * decimals and the order Fuse multiplies in can move it.
 */
const BOUND_MARGIN = 0.002;

/**
 * Longest pattern whose texts are ruled out before Fuse: Fuse matches longer ones in chunks of 32 letters
 * (any chunk may match), and the typo counter's fast path takes 31.
 */
const MAX_RULED_OUT = 31;

/**
 * Rules out texts as `trimRecord`'s `canMatch` does (no substring of the text within `most` typos of the pattern, of
 * `length` letters, as `count(text, most)` counts them: more than `most` when it is sure there are more), and bounds
 * the score of the record the texts it lets through make: `take()` is the most that record's score (1 − its Fuse score,
 * status applied, 3 decimals) can be, and starts the next record. Fuse's score of a doc is the product, over the
 * texts it matches, of the text's score raised to its field's weight × the text's norm; a text's score is at least its
 * typos over the pattern's length (Bitap's typos are never fewer than the edit distance counted, ignoring location),
 * and a text it does not match adds nothing (1). The status raises the product to a power of at most 1, which only
 * makes it larger (worse). One count per text both rules it out and bounds it: the texts of the records a name's
 * spelling variant reads were counted twice, once to rule them out and again to bound them (issue 16).
 */
export function boundingMatch(count: (text: string, most: number) => number, length: number, most: number) {
  let least = 1;
  return {
    canMatch: (text: string, field: number, norm = 1): boolean => {
      const typos = count(text, most);
      if (typos > most) return false;
      least *= (typos / length) ** (FUSE_WEIGHTS[field]! * norm);
      return true;
    },
    take: (): number => {
      const bound = Math.round((1 - least) * 1000) / 1000;
      least = 1;
      return bound;
    },
  };
}

/** Clamps a requested limit to {@link LIMITS}. */
function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return LIMITS.default;
  return Math.min(LIMITS.max, Math.max(LIMITS.min, Math.trunc(limit)));
}

export interface SearcherOptions {
  /** How many answers to remember (least recently used go first); 0 turns memoisation off. */
  cacheSize?: number;
  /** Most candidates handed to Fuse. */
  pool?: number;
  /** Fuse's work per query (characters × typo levels) past which no more candidates are added. */
  budget?: number;
  /**
   * For an index loaded in parts (`shards.ts`): told of each word's postings
   * and each doc's record the query needed but the index does not hold yet.
   * Answers given while anything was missing are not memoised.
   */
  missing?: { word(id: number): void; doc(i: number): void };
  /**
   * Most fields read per query to tell a whole-phrase match from scattered
   * words (the heaviest first; the rest count as scattered). Reading a field
   * costs nothing with the whole index in memory, but a file with the index
   * in parts, so that one reads fewer.
   */
  textChecks?: number;
  /** A field's text when it can be known without its record (an index in parts), else undefined. */
  knownText?: (doc: number, field: number) => string | undefined;
  /** A slot's forward index, when the index does not hold them all (see `CandidateIndex.forward`). */
  forwardOf?: (slot: number) => readonly number[] | undefined;
}

/** A loaded index, ready to answer queries. */
export interface Searcher {
  search(query: SearchQuery): SearchResponse;
  /**
   * Several searches, answered in order; the same answers as `search` one by
   * one. An index loaded in parts (`shards.ts`) runs them all before saying
   * what they lacked, so their parts load together, not one search at a time.
   */
  searchAll?(queries: readonly SearchQuery[]): SearchResponse[];
  /**
   * Of a text's spelling variants (letters swapped, say), those worth searching. A variant that changes one
   * word is, if it brings some word of the index nearer than the typed word does (fewer typos, as Fuse
   * counts them, or held whole): else the words a search looks it up by (`expand.ts`) are no better than
   * the typed word's, so searching it cannot find a name the text itself misses. A variant that moves a
   * space is, if every word it makes is a word of the index. Reads only the word list (an index in parts
   * has it).
   */
  nearerSpellings(text: string, variants: readonly string[]): string[];
  /** Forgets memoised answers (the benchmark measures cold queries). */
  clearCache(): void;
}

type CachedAnswer = Omit<SearchResponse, 'query'>;

/** Loads an index once: parses the Fuse index and prepares the candidate picker. */
export function createSearcher(index: SearchIndex, options: SearcherOptions = {}): Searcher {
  const {
    cacheSize = 500,
    pool = DEFAULT_POOL,
    budget = WORK_BUDGET,
    missing,
    textChecks,
    knownText,
    forwardOf,
  } = options;
  const { docs } = index;
  const fuseIndex = Fuse.parseIndex<FuseDoc>(index.fuse);
  // The same array as `index.fuse.records`, so records loaded later are seen (`shards.ts`).
  const allRecords = fuseIndex.records;
  // Fuse only reads `_docs[i]` to hand back the matched item; the search doc is all we need back.
  const fuse = new Fuse<FuseDoc>(docs as unknown as FuseDoc[], FUSE_OPTIONS, fuseIndex);
  /** Misses so far; an answer is memoised only if it added none. */
  let misses = 0;
  const recordOf = (doc: number): IndexRecord | undefined => {
    const record = allRecords[doc];
    if (!record) {
      misses++;
      missing?.doc(doc);
    }
    return record;
  };
  /** Each slot's text, read from its record on first use (a packed array: fast to index). */
  const UNREAD = 0;
  const texts: (string | readonly string[] | undefined | typeof UNREAD)[] = new Array<typeof UNREAD>(
    docs.length * FIELDS.length,
  ).fill(UNREAD);
  const textOf = (slot: number) => {
    const known = texts[slot];
    if (known !== UNREAD) return known;
    const doc = (slot / FIELDS.length) | 0;
    const derived = knownText?.(doc, slot % FIELDS.length);
    if (derived !== undefined) return (texts[slot] = derived);
    const record = recordOf(doc);
    if (!record) return undefined;
    const value = record.$?.[slot % FIELDS.length];
    return (texts[slot] = Array.isArray(value) ? value.map((item) => item.v) : value?.v);
  };
  const pick = createCandidatePicker(
    index.candidates,
    textOf,
    (id) => {
      misses++;
      missing?.word(id);
    },
    textChecks,
    forwardOf,
  );
  const cache = new Map<string, CachedAnswer>();
  /**
   * Picks made with no part of the index missing, by pattern (unfiltered picks only): a pick reads only postings
   * and texts, which never change once loaded, so with none missing it is the same pick every time it is asked
   * for. An answer is memoised only once nothing it read was missing, but its pick often was complete a round
   * earlier: at 10,000 entries a typo's pick scores most of the catalogue's entries (issue 16).
   */
  const picks = new Map<string, Candidates>();
  /**
   * Rules out texts before Fuse reads them: Bitap's typos (insertions, deletions, substitutions, each one
   * of them) are never fewer than the edit distance this counts, so a text farther than Fuse's threshold
   * from every substring has no match, and leaving it out changes no score (Fuse multiplies the scores of
   * the texts that match). Counting is one pass over the text; Bitap makes one per typo level.
   */
  const typos = createTypoCounter();

  function run(
    pattern: string,
    kind: Kind | undefined,
    purpose: Purpose | undefined,
    limit: number,
    above: number | undefined,
  ): CachedAnswer | undefined {
    const accept =
      kind || purpose
        ? (i: number) => (!kind || docs[i]!.kind === kind) && (!purpose || docs[i]!.purposes[purpose] >= GOOD_SCORE)
        : undefined;
    const missedBefore = misses;
    let kept = accept ? undefined : picks.get(pattern);
    let candidates: Candidates;
    if (kept) {
      candidates = kept;
      picks.delete(pattern);
    } else {
      candidates = pick(pattern, pool, accept);
      if (accept === undefined && misses === missedBefore) kept = candidates.kept();
    }
    if (kept) {
      picks.set(pattern, kept);
      if (picks.size > PICKS_KEPT) picks.delete(picks.keys().next().value!);
    }
    // Bitap's work per character read: typo levels tried × 32-character chunks of the pattern.
    const levels = (Math.ceil(Math.min(pattern.length, 32) * THRESHOLD) + 1) * Math.ceil(pattern.length / 32);
    const best = candidates.scores[0] ?? 0;
    const records: IndexRecord[] = [];
    /** Records read, those with nothing Fuse could match (left out of `records`) included. */
    let read = 0;
    const most = fuseTypos(pattern.length);
    typos.use(pattern);
    // Only an answer scoring above `above` matters: each record's texts are bounded as they are ruled out.
    const bounded = above === undefined ? undefined : boundingMatch(typos.count, pattern.length, most);
    const canMatch = bounded ? bounded.canMatch : (text: string) => typos.within(text, most);
    /** Whether some record read may score above `above` (every text tested), as far as the bound tells. */
    let mayBeat = false;
    let work = 0;
    /** The work of the records read (loaded), of `work`. */
    let readWork = 0;
    for (const [k, i] of candidates.docs.entries()) {
      // Past the budget, or far behind the best candidate, Fuse is unlikely to rank it first.
      if (read >= MIN_CANDIDATES && (work >= budget || candidates.scores[k]! < best * STOP_RATIO)) break;
      if (work >= budget * HARD_BUDGET) break;
      const record = recordOf(i);
      if (!record) {
        // Not loaded yet (an index in parts): this answer is thrown away; count what the records read so
        // far cost on average (before any, a typical share of the budget), so that the next round loads
        // about the records it will read, not every candidate's, nor a few more each round.
        work += read > 0 ? readWork / read : budget / MIN_CANDIDATES;
        continue;
      }
      // Texts Fuse cannot match are left out (it would find nothing in them), unless this answer is thrown away.
      const trimmed = trimRecord(
        record,
        FIELDS.length,
        pattern.length,
        (f) => candidates.hits(i, f),
        misses === missedBefore && pattern.length <= MAX_RULED_OUT ? canMatch : undefined,
      );
      work += trimmed.length * levels;
      readWork += trimmed.length * levels;
      read++;
      const bound = bounded?.take() ?? 0;
      if (trimmed.empty) continue;
      records.push(trimmed.record);
      if (above !== undefined && bound + BOUND_MARGIN > above) mayBeat = true;
    }
    records.sort((a, b) => a.i - b.i);
    // Parts missing (an index in parts, `shards.ts`): this answer is not memoised and the run asks again
    // once they are loaded, so Fuse need not rank it.
    // No record left (none could match): Fuse would find nothing.
    if (records.length === 0 || misses > missedBefore) return { total: 0, results: [] };
    // Every text was tested (`canMatch`, nothing missing): no record can score above `above`, so Fuse need not rank them.
    if (above !== undefined && pattern.length <= MAX_RULED_OUT && !mayBeat) return undefined;
    let matches;
    try {
      fuseIndex.setIndexRecords(records);
      matches = fuse.search(pattern);
    } finally {
      fuseIndex.setIndexRecords(allRecords);
    }
    const ranked = rankMatches(matches, docs);
    return {
      total: ranked.length,
      results: ranked.slice(0, limit).map(({ i, score }) => {
        const doc = docs[i]!;
        return Object.freeze({
          slug: doc.slug,
          name: doc.name,
          kind: doc.kind,
          tagline: doc.tagline,
          url: `/sites/${doc.slug}/`,
          score: Math.round((1 - score) * 1000) / 1000,
          purposes: servedPurposes(doc.purposes),
        });
      }),
    };
  }

  /**
   * Whether a word's spelling variant brings some word of the index nearer than the word itself does (fewer
   * typos, or held whole), and at least as near as the word's nearest: only words the variant covers that well
   * are looked for.
   */
  const nearer = (word: string, variant: string): boolean => {
    const own = pick.expand(word);
    const nearest = Math.max(0, ...own.values());
    for (const [id, share] of pick.expand(variant, nearest))
      if (share >= nearest && share > (own.get(id) ?? 0)) return true;
    return false;
  };
  const { words: indexWords } = index.candidates;

  return {
    nearerSpellings(text, variants) {
      const words = wordsOf(normalizeText(text));
      const typed = new Set(words);
      return variants.filter((variant) => {
        const swapped = wordsOf(normalizeText(variant));
        const changed = swapped.flatMap((w, k) => (w === words[k] ? [] : [k]));
        // Letters swapped within one word: the others are looked up as before. Among several words, a word of
        // the index is taken as typed ("market" in "oxnenzenon market leran"): the typo is in another.
        if (swapped.length === words.length && changed.length === 1) {
          const word = words[changed[0]!]!;
          return !(words.length > 1 && wordId(indexWords, word) >= 0) && nearer(word, swapped[changed[0]!]!);
        }
        // A space moved ("xoeyn etwork"): only if every word it makes is a word of the index ("xoey network"); a
        // piece of a word ("th eopen") is held whole by many words, which says nothing of the name meant.
        return swapped.every((w) => typed.has(w) || wordId(indexWords, w) >= 0);
      });
    },
    search({ q, kind, purpose, limit, above }) {
      const query = q.trim();
      const pattern = normalizeText(query).slice(0, MAX_QUERY_LENGTH);
      if (!pattern) return { query, total: 0, results: [] };
      const n = clampLimit(limit);
      const key = `${kind ?? ''}|${purpose ?? ''}|${n}|${pattern}`;
      let answer = cache.get(key);
      const before = misses;
      if (answer) {
        cache.delete(key);
      } else {
        answer = run(pattern, kind, purpose, n, above);
        // It cannot score above `above`: answered with nothing, which is not its answer, so not memoised.
        if (answer === undefined) return { query, total: 0, results: [] };
      }
      if (cacheSize > 0 && misses === before) {
        cache.set(key, answer);
        if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
      }
      return { query, total: answer.total, results: [...answer.results] };
    },
    clearCache() {
      cache.clear();
      picks.clear();
    },
  };
}

const searchers = new WeakMap<SearchIndex, Searcher>();

/** Makes `search(index, …)` use this searcher for this index (an index loaded in parts, `shards.ts`). */
export function useSearcher(index: SearchIndex, searcher: Searcher): void {
  searchers.set(index, searcher);
}

/**
 * Searches an index, loading it on first use and memoising answers for the
 * life of the isolate: `search(searchIndex, { q: 'linkdin', limit: 3 })`.
 */
export function search(index: SearchIndex, query: SearchQuery): SearchResponse {
  let searcher = searchers.get(index);
  if (!searcher) searchers.set(index, (searcher = createSearcher(index)));
  return searcher.search(query);
}

/** Of a text's spelling variants, those worth searching (see {@link Searcher.nearerSpellings}). */
export function nearerSpellings(index: SearchIndex, text: string, variants: readonly string[]): string[] {
  let searcher = searchers.get(index);
  if (!searcher) searchers.set(index, (searcher = createSearcher(index)));
  return searcher.nearerSpellings(text, variants);
}

/** Several searches of one index, answered in order: `search` for each (see {@link Searcher.searchAll}). */
export function searchAll(index: SearchIndex, queries: readonly SearchQuery[]): SearchResponse[] {
  let searcher = searchers.get(index);
  if (!searcher) searchers.set(index, (searcher = createSearcher(index)));
  const one = searcher;
  return one.searchAll ? one.searchAll(queries) : queries.map((query) => one.search(query));
}
