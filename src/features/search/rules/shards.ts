/**
 * The search as static files for the Worker (see `src/catalogue/shards.ts`
 * for the rest of the catalogue's files), read through the assets binding,
 * each file at most once per isolate, and only the files a query needs:
 *
 * - `head.json`: the word list and its trigrams (to find the words a query
 *   means, typos included), and per entry its kind, status and purpose scores
 *   (filters and ranking read them for any entry).
 * - `head.bin`: the head's long lists of numbers, read beside it as typed
 *   arrays (`uint-arrays.ts`): each trigram's word ids and each field's
 *   weight. As JSON they were two thirds of the head and most of the time an
 *   isolate's first query spent reading it (issue 16).
 * - `words/<n>.json`: the postings of {@link WORDS_PER_SHARD} consecutive
 *   words (which fields of which entries hold them). Words are sorted, so a
 *   word and its typo-neighbours usually share a file.
 * - `docs/<n>.json`: for {@link DOCS_PER_SHARD} consecutive entries, what a
 *   result shows and the text Fuse.js ranks, less the goal-word fields, which
 *   the Worker makes from the head's purpose scores ({@link goalFields}),
 *   and the same entries as `sites.json` keeps them (to explain a result
 *   without reading its `sites/slugs` file).
 * - `sites.json`: what reading a query's intent needs of every entry
 *   ({@link IntentSite}), without the editors' reasons and notes. Read only
 *   by a query that reads more entries than it shows (a group said, "as a
 *   woman", reads every site's eligibility): recommendations and directories
 *   rank every entry from the columns below (filters included) and read the
 *   entries they show from their `docs/` files.
 * - `own-words.json`: which entries say each word in their own words (name,
 *   aliases, tagline), for the recommendation's text match (`own-words.ts`);
 *   read with the columns.
 * - `columns.json` and `columns.bin`: what would otherwise be made from every
 *   entry of `sites.json` when a query first needs it, made at build time and
 *   read by the first recommendation or directory: every name folded, sorted,
 *   as one string, with where each ends and its entry, and the entries in
 *   the order of their slugs (`LookupColumns`, `site-source.ts`), the
 *   recommender's table, each field's entries and each country's
 *   (`SiteColumns`, `recommend.ts`), as typed arrays, and each audience's
 *   goal (`audienceGoalsOf`, `intent.ts`).
 * - `sites/names/<n>.json`: every name an entry answers to (slug, name,
 *   aliases), folded, with the slug of the first entry answering to it, in
 *   files chosen by a hash of the name: telling a typed name, or the two
 *   sides of "A vs B", reads one small file each.
 * - `sites/slugs/<n>.json`: the entries of `sites.json` in files chosen by a
 *   hash of their slug, for explaining results and listing alternatives.
 *
 * The searcher is the same code as with a whole index (`search.ts`): it runs
 * over an index whose parts fill in as they load, says which parts a query
 * needed and lacked, and {@link ShardedSearch.run} loads them and asks again
 * until nothing is missing, so the answer is exactly the whole index's. A
 * first query reads the head and a few small files, not the catalogue.
 */
import Fuse, { type FuseIndex } from 'fuse.js';
import { PURPOSE_SLUGS } from './keywords.ts';
import { FIELDS, goalWords, type SearchDoc, type SearchIndex } from './index-builder.ts';
import {
  WHOLE_FIELD_MAX,
  packTrigrams,
  trigramRecord,
  weightsFromMilli,
  weightsToMilli,
  wordId,
} from './candidate-index.ts';
import { packUints, unpackUints } from '#src/shared/uint-arrays.ts';
import { WORD } from './text.ts';
import { audienceGoalsOf, useAudienceGoals, type IntentSite } from './intent.ts';
import { createSearcher, useSearcher } from './search.ts';
import type { Audience, Kind, Purpose, Score, Status } from '#src/catalogue/taxonomy.ts';
import { sharedByKey, sharedOnce } from '#src/shared/once.ts';
import { fnv1a } from '#src/shared/hash.ts';
import {
  PartsMissing,
  buildLookupColumns,
  foldedNamesOf,
  foldedSlug,
  siteSource,
  useLookupColumns,
  type SiteSource,
} from './site-source.ts';
import { packSiteColumns, readSiteColumns, useSiteColumns } from '#src/features/recommend/index.ts';
import { buildOwnWordFile, useOwnWordFile, type OwnWordFile } from './own-words.ts';

/** Where the search files sit, under the catalogue's asset folder. */
export const SEARCH_ASSET_DIR = 'search';
/** Words per postings file: about 30 kB each for a catalogue of 10,000 entries. */
export const WORDS_PER_SHARD = 256;
/**
 * Entries per docs file: about 100 kB each at 10,000 entries (the records, without a forward index or the goal-word
 * fields); a query reads the files of its candidates, which are scattered over the catalogue (a typo's are the
 * entries holding words like it), so it reads about one file per candidate whatever their size. Each read through
 * the assets binding costs workerd far more than parsing its bytes: with files of 16 entries, an isolate's first 300
 * searches at 10,000 entries read 449 of them and cost it a third more CPU than its next 300, which read none
 * (issue 16). Files of 64 entries load the same records in a quarter of the reads, and a quarter of the files.
 */
export const DOCS_PER_SHARD = 64;
/** Entries per `sites/names` and `sites/slugs` file, on average (about 6 and 30 kB). */
export const SITES_PER_SHARD = 64;
/**
 * Fields a query reads to tell a whole-phrase match from scattered words
 * (heaviest first), instead of 1,000 with the whole index: each may cost a
 * file. Only the choice of candidates among many near-equal ones can differ;
 * `npm run bench:search` measures agreement with a full Fuse.js scan.
 */
export const SHARDED_TEXT_CHECKS = 64;

type IndexRecord = FuseIndex<unknown>['records'][number];
type FieldRecord = NonNullable<IndexRecord['$']>[number];
const CORE = FIELDS.findIndex((f) => f.name === 'core');
const GOOD = FIELDS.findIndex((f) => f.name === 'good');
/** The fields made of an entry's goal words, each with the purpose score whose goals it lists (`goalWords`). */
const GOAL_FIELDS = [
  [CORE, 3],
  [GOOD, 2],
] as const satisfies readonly (readonly [number, Score])[];

/**
 * The goal-word fields of records, made from the purpose scores rather than read: an entry's `core` and `good`
 * texts are its goal words (`goalWords`), which the head's scores give, so the docs files leave them out (a third
 * of a file at 10,000 entries, issue 16). `of(purposes, score)` is a field as Fuse.js indexes that text (its
 * norm included), or undefined for no text (Fuse keeps no blank field); made once per distinct text.
 */
function goalFields() {
  const made = new Map<string, FieldRecord | undefined>();
  const keys = [{ name: 'goal', weight: 1 }];
  const field = (text: string): FieldRecord | undefined => {
    if (made.has(text)) return made.get(text);
    const record: IndexRecord | undefined = Fuse.createIndex(keys, [{ goal: text }]).toJSON().records[0];
    const value = record?.$?.[0];
    made.set(text, value);
    return value;
  };
  return {
    field,
    of: (purposes: Readonly<Record<Purpose, Score>>, score: Score) => field(goalWords(purposes, score)),
  };
}
/** Rounds of loading one query may take (a query usually takes two or three). */
const MAX_ROUNDS = 50;
type FuseJson = SearchIndex['fuse'];

export interface SearchHead {
  version: 5;
  fuseKeys: FuseJson['keys'];
  fields: number;
  long: boolean[];
  words: string[];
  /** The trigrams, sorted, concatenated (`PackedTrigrams.grams`); their word ids are in `head.bin`. */
  grams: string;
  /**
   * Per entry, {@link META_WIDTH} characters: its kind and its status, each as one character (`0` + its
   * index in `kinds`, `statuses`), then its purpose scores, one digit per purpose in `PURPOSE_SLUGS` order.
   * One string rather than a string per entry: a fresh isolate makes one object of it, not 10,000 (see `MetaDocs`).
   */
  meta: string;
  kinds: Kind[];
  statuses: Status[];
}

interface WordShard {
  postings: number[][];
  longPostings: number[][];
}

/**
 * No forward index (`CandidateIndex.forward`): it is half the size of the
 * records it indexes and a query reads it for a few of a file's entries, so
 * the Worker derives it from a record's text when a query first needs it.
 */
interface DocShard {
  docs: Pick<SearchDoc, 'slug' | 'name' | 'tagline'>[];
  records: IndexRecord[];
  /**
   * The same entries as `sites.json` keeps them: a query that ranks an entry explains it next, and reading its
   * `sites/slugs` file then cost an isolate's first query one more round of loading (issue 16).
   */
  sites: StoredIntentSite[];
}

/** Every field {@link IntentSite} has: the type checks the list is complete. */
const INTENT_FIELDS = {
  slug: true,
  name: true,
  kind: true,
  status: true,
  purposes: true,
  audiences: true,
  timeCost: true,
  pricing: true,
  countries: true,
  absentIn: true,
  littleUsedIn: true,
  features: true,
  fields: true,
  general: true,
  reach: true,
  eligibility: true,
  inPersonBusinessesOnly: true,
  tagline: true,
  aliases: true,
  alternatives: true,
} as const satisfies Record<keyof IntentSite, true>;

/** An entry as `sites.json` keeps it: purpose scores as one digit each, in `PURPOSE_SLUGS` order. */
type StoredIntentSite = Omit<IntentSite, 'purposes'> & { purposes: string };

/**
 * An entry as `sites.json` keeps it: only the intent fields, purpose scores
 * without their reasons (as digits), the price model without its note and the
 * reach band without its source: no ranking reads those.
 */
export function toIntentSite(site: IntentSite): StoredIntentSite {
  const kept = Object.fromEntries(
    Object.keys(INTENT_FIELDS).map((key) => [key, site[key as keyof IntentSite]]),
  ) as unknown as IntentSite;
  return {
    ...kept,
    purposes: PURPOSE_SLUGS.map((p) => site.purposes[p].score).join(''),
    pricing: { model: site.pricing.model },
    reach: site.reach && { band: site.reach.band, measure: site.reach.measure },
    eligibility: site.eligibility && {
      groups: site.eligibility.groups,
      roles: site.eligibility.roles,
      ...(site.eligibility.othersWelcome ? { othersWelcome: true as const } : {}),
    },
  };
}

/**
 * Purpose scores written as one digit each, in `PURPOSE_SLUGS` order (`sites.json`, the head's
 * meta), read back as `make(score)` per purpose. A plain loop: it runs for every entry when an
 * isolate opens the index.
 */
function scoresFromDigits<T>(digits: string, make: (score: Score) => T): Record<Purpose, T> {
  const purposes = {} as Record<Purpose, T>;
  for (let k = 0; k < PURPOSE_SLUGS.length; k++)
    purposes[PURPOSE_SLUGS[k]!] = make((digits.charCodeAt(k) - 48) as Score);
  return purposes;
}

/** A purpose's score as the intent reader takes it, one object per score, shared (frozen: no reader changes it). */
const SCORE_RECORDS = ([0, 1, 2, 3] as const).map((score) => Object.freeze({ score }));

/**
 * An entry of `sites.json` as the intent reader takes it: the parsed object itself (not a copy), its scores read
 * into a record shared by every entry with the same digits (`shared`). At 10,000 entries, copying each entry and
 * making 8 objects per entry cost an isolate's first recommendation as much as parsing the file (issue 16).
 */
function fromIntentSite(site: StoredIntentSite, shared = new Map<string, IntentSite['purposes']>()): IntentSite {
  let purposes = shared.get(site.purposes);
  if (!purposes)
    shared.set(
      site.purposes,
      (purposes = Object.freeze(scoresFromDigits(site.purposes, (score) => SCORE_RECORDS[score]!))),
    );
  return Object.assign(site, { purposes });
}

/** The entries of `sites.json` as the intent reader takes them (the parsed entries themselves, changed). */
export function fromIntentSites(stored: readonly StoredIntentSite[]): IntentSite[] {
  const shared = new Map<string, IntentSite['purposes']>();
  return stored.map((site) => fromIntentSite(site, shared));
}

/** Which `sites/names` or `sites/slugs` file holds a key, for a catalogue of `count` entries. */
function siteShardOf(key: string, count: number): number {
  return fnv1a(key) % Math.max(1, Math.ceil(count / SITES_PER_SHARD));
}

/** Characters per entry in the head's `meta`: kind, status, then a digit per purpose. */
const META_WIDTH = 2 + PURPOSE_SLUGS.length;
/** A kind's or status's character in the head's `meta`: `0` + its index in the head's list. */
const CODE_BASE = 48;

/** The head's `meta`, `kinds` and `statuses` for a catalogue's entries (see {@link SearchHead}). */
function packMeta(docs: readonly SearchDoc[]): Pick<SearchHead, 'meta' | 'kinds' | 'statuses'> {
  const kinds: Kind[] = [];
  const statuses: Status[] = [];
  const code = <T>(list: T[], value: T) => {
    let at = list.indexOf(value);
    if (at < 0) at = list.push(value) - 1;
    // Kept to digits and letters, so the text needs no escaping.
    if (at > 40) throw new Error(`search head: more than 40 kinds or statuses`);
    return String.fromCharCode(CODE_BASE + at);
  };
  const meta = docs
    .map((d) => code(kinds, d.kind) + code(statuses, d.status) + PURPOSE_SLUGS.map((p) => d.purposes[p]).join(''))
    .join('');
  return { meta, kinds, statuses };
}

/**
 * The index's docs for the head's `meta`, one per entry, each reading its kind, status or scores from
 * the shared text when a query first asks for them: an isolate's first query (a name, say) reads a few
 * entries, and decoding all 10,000 up front cost it 5-10 ms. A doc holds its place and its scores once
 * read, nothing else; its name, slug and tagline ('' until then, from the prototype) are set on it when
 * its `docs/` file loads. Few and small objects (one string for all entries, two fields per doc) are
 * what a fresh isolate's young heap copies least: at 10,000 entries, a string and an object of seven
 * fields per entry were a third of what the head left to copy (issue 16).
 */
function metaDocs(head: Pick<SearchHead, 'meta' | 'kinds' | 'statuses'>): SearchDoc[] {
  const { meta, kinds, statuses } = head;
  class MetaDoc implements SearchDoc {
    declare slug: string;
    declare name: string;
    declare tagline: string;
    readonly #at: number;
    #purposes?: Record<Purpose, Score>;
    constructor(doc: number) {
      this.#at = doc * META_WIDTH;
    }
    get kind(): Kind {
      return kinds[meta.charCodeAt(this.#at) - CODE_BASE]!;
    }
    get status(): Status {
      return statuses[meta.charCodeAt(this.#at + 1) - CODE_BASE]!;
    }
    get purposes(): Record<Purpose, Score> {
      return (this.#purposes ??= scoresFromDigits(meta.slice(this.#at + 2, this.#at + META_WIDTH), (score) => score));
    }
  }
  // Writable, so that setting them on a doc (`Object.assign`) makes them its own.
  for (const key of ['slug', 'name', 'tagline'] as const)
    Object.defineProperty(MetaDoc.prototype, key, { value: '', writable: true, enumerable: false, configurable: true });
  return Array.from({ length: meta.length / META_WIDTH }, (_, doc) => new MetaDoc(doc));
}

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * JSON text with every character beyond ASCII escaped (`"é"` as `"\u00e9"`): the same value once parsed, but
 * a file whose UTF-8 is one byte per character, which the Worker decodes into a one-byte string. A few
 * names in other scripts made the whole text two bytes per character, and slower to decode: at 10,000
 * entries, 10 ms rather than 6 for the head in Node (issue 16). The files grow by a few bytes per such letter.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A search file's content: JSON text (ASCII: {@link asciiJson}) for a `.json` file, bytes for a `.bin` one.
 * How a reader given to {@link openShardedSearch} hands each back: {@link parseSearchFile}.
 */
export type SearchFile = string | Uint8Array;

/** A search file as {@link openShardedSearch}'s reader gives it: parsed JSON, or a `.bin` file's bytes as they are. */
export function parseSearchFile(path: string, content: SearchFile | ArrayBuffer): unknown {
  if (path.endsWith('.bin')) {
    if (typeof content === 'string') throw new Error(`search file ${path}: bytes expected, not text`);
    return content;
  }
  return JSON.parse(typeof content === 'string' ? content : new TextDecoder().decode(content));
}

/** Every file of the search, by path under {@link SEARCH_ASSET_DIR} ({@link SearchFile}). */
export function searchShards(index: SearchIndex, sites: readonly IntentSite[]): Map<string, SearchFile> {
  return new Map(searchShardFiles(index, sites));
}

/**
 * {@link searchShards} one file at a time, each made when asked for: the build writes each and lets it go,
 * rather than holding every file's text at once (issue 16: build memory at 10,000 entries).
 */
export function* searchShardFiles(index: SearchIndex, sites: readonly IntentSite[]): Generator<[string, SearchFile]> {
  const { candidates: c, docs, fuse } = index;
  const trigrams = packTrigrams(c.trigrams);
  yield [
    'head.json',
    asciiJson({
      version: 5,
      fuseKeys: fuse.keys,
      fields: c.fields,
      long: c.long,
      words: c.words,
      grams: trigrams.grams,
      ...packMeta(docs),
    } satisfies SearchHead),
  ];
  // In this order, which `openShardedSearch` reads them in: where each trigram's ids end, the ids, the weights.
  yield ['head.bin', packUints([trigrams.ends, trigrams.ids, weightsToMilli(c.weights)])];
  const stored = sites.map(toIntentSite);
  yield ['sites.json', asciiJson(stored)];
  yield ['own-words.json', asciiJson(buildOwnWordFile(sites))];
  const lookups = buildLookupColumns(sites);
  const columns = packSiteColumns(sites);
  yield [
    'columns.json',
    asciiJson({
      names: lookups.text,
      countries: columns.countries,
      audienceGoals: [...audienceGoalsOf(sites)],
    } satisfies ColumnsFile),
  ];
  // In this order, which `shardedSites` reads them in: where each name ends, its entry, the slugs' order, then the
  // recommender's.
  yield ['columns.bin', packUints([lookups.ends, lookups.sites, lookups.bySlug, ...columns.lists])];
  const shards = Math.max(1, Math.ceil(sites.length / SITES_PER_SHARD));
  const nameShards = Array.from({ length: shards }, (): Record<string, string> => ({}));
  const slugs = Array.from({ length: shards }, (): Record<string, StoredIntentSite> => ({}));
  sites.forEach((site, k) => {
    for (const name of foldedNamesOf(site)) nameShards[siteShardOf(name, sites.length)]![name] ??= site.slug;
    slugs[siteShardOf(site.slug, sites.length)]![site.slug] = stored[k]!;
  });
  for (const [n, shard] of nameShards.entries()) yield [`sites/names/${n}.json`, asciiJson(shard)];
  for (const [n, shard] of slugs.entries()) yield [`sites/slugs/${n}.json`, asciiJson(shard)];
  for (let from = 0, n = 0; from < c.words.length; from += WORDS_PER_SHARD, n++) {
    const shard: WordShard = {
      postings: c.postings.slice(from, from + WORDS_PER_SHARD),
      longPostings: c.longPostings.slice(from, from + WORDS_PER_SHARD),
    };
    yield [`words/${n}.json`, asciiJson(shard)];
  }
  const goals = goalFields();
  for (let from = 0, n = 0; from < docs.length; from += DOCS_PER_SHARD, n++) {
    const shard: DocShard = {
      docs: docs.slice(from, from + DOCS_PER_SHARD).map(({ slug, name, tagline }) => ({ slug, name, tagline })),
      records: fuse.records.slice(from, from + DOCS_PER_SHARD).map((record, k) => {
        const fields = { ...record.$ };
        for (const [field, score] of GOAL_FIELDS) {
          const made = goals.of(docs[from + k]!.purposes, score);
          // Left out only where the Worker makes exactly the same field; a field Fuse left out must be made as none.
          if (JSON.stringify(made) === JSON.stringify(fields[field])) delete fields[field];
          else if (fields[field] === undefined)
            throw new Error(`search: entry ${from + k} has no ${FIELDS[field]!.name} field but goal words`);
        }
        return { ...record, $: fields };
      }),
      sites: stored.slice(from, from + DOCS_PER_SHARD),
    };
    yield [`docs/${n}.json`, asciiJson(shard)];
  }
}

/**
 * `columns.json`: the names one after another (`LookupColumns.text`), the country codes of the recommender's columns,
 * and each audience's goal (`audienceGoalsOf`).
 */
interface ColumnsFile {
  names: string;
  countries: string[];
  audienceGoals: [Audience, Purpose][];
}

/** A search index read in parts. */
export interface ShardedSearch {
  /**
   * Runs `ask` (which searches `index` through `search.ts`, any number of
   * times) until it needs nothing that is not loaded, loading what it lacked
   * between runs; returns the last run's answer.
   */
  run<T>(ask: (index: SearchIndex) => T): Promise<T>;
  /**
   * The sites for the intent reader, read in parts like the index: a lookup
   * whose file is missing throws {@link PartsMissing}, which {@link run}
   * catches, loading the file before asking again.
   */
  sites: SiteSource;
  /**
   * Loads up to `max` of the index's `words/` and `docs/` files that no query has asked for yet, one after another
   * (words first, each kind in order), and resolves with how many it loaded: 0 once every one is in. Meant for the
   * time between queries (`waitUntil` after a response), so that later queries find their parts loaded rather than
   * wait a round for them. Answers stay the same: a file loaded early fills the part of the index a query would
   * have loaded it into, and the isolate holds no more than every query's reads would come to (issue 16: at
   * 10,000 entries, an isolate's first 11 searches read 96 of the 110 words files and 102 of the 157 docs files;
   * in its next 300, 14 searches read the other 68, and those were a first pass's slowest).
   */
  prefetch(max: number): Promise<number>;
}

/**
 * Most `docs/` files one query may read for the entries of the list it ranks ({@link shardedSites}) before the whole
 * `sites.json` is read instead: a recommendation reads those of the sites it shows (ten or so), a ranking that read
 * every site would otherwise read every file, one round of loading at a time.
 */
const LISTED_DOC_FILES = 48;
/** Rounds of loading one query may spend on the list's entries before the whole `sites.json` is read instead. */
const LISTED_ROUNDS = 4;

/** What {@link shardedSites} reads from the `docs/` files: the sites they brought, by position, and their loader. */
interface DocSites {
  /** The sites of the `docs/` files loaded so far, by catalogue position. */
  byPosition: (IntentSite | undefined)[];
  /** Called with each site a `docs/` file brings, by position, once the list exists. */
  onLoad?: (at: number, site: IntentSite) => void;
  load: (file: number) => Promise<unknown>;
}

/** The lookups {@link openShardedSearch} gives the intent reader, and when a query starts its next round. */
interface ShardedSites extends SiteSource {
  /** A query's run starts a round (`first`: its first): the list's loading is bounded per query. */
  round(first: boolean): void;
}

/**
 * The sites of `sites.json`, looked up through the small files; `known` holds those a `docs/` file brought (the
 * entries a query read to rank), which need no file of their own. The whole list (`all`) is, at first, the build's
 * columns (`columns.json`, `columns.bin`: what ranking every site reads, `SiteColumns`) and the own-words index, with
 * an entry per position that loads when a query first reads it: its `docs/` file, which holds the same entry as
 * `sites.json` (issue 16: at 10,000 entries `sites.json` is 4.4 MB, and parsing it cost a first recommendation
 * 35-50 ms, for the ten sites it shows). A query that reads more of the list than it shows (a group said: more than
 * {@link LISTED_DOC_FILES} files or {@link LISTED_ROUNDS} rounds) loads `sites.json` instead, and every query after it
 * reads that.
 */
function shardedSites(
  read: (path: string) => Promise<unknown>,
  count: number,
  known: ReadonlyMap<string, IntentSite>,
  docs: DocSites,
): ShardedSites {
  let whole: SiteSource | undefined;
  const loadWhole = sharedOnce(async () => {
    // The own-words index and the columns come with the list: every recommendation reads them, and they are only
    // parsed (the columns not even that: typed arrays view the file's bytes).
    const [stored, parts] = await Promise.all([read('sites.json'), loadParts()]);
    const list = fromIntentSites(stored as StoredIntentSite[]);
    parts.use(list);
    whole = siteSource(list);
  });
  const loadParts = sharedOnce(async () => {
    const [ownWords, columnsFile, columnsBytes] = await Promise.all([
      read('own-words.json'),
      read('columns.json'),
      read('columns.bin'),
    ]);
    const { names, countries, audienceGoals } = columnsFile as ColumnsFile;
    const [ends, sites, bySlug, ...lists] = unpackUints(columnsBytes as ArrayBuffer | Uint8Array);
    if (!ends || !sites || !bySlug) throw new Error('search: columns.bin lacks the lookups');
    const columns = readSiteColumns(countries, lists, bySlug);
    return {
      /** Gives a list of the sites (in catalogue order) what the build made of them. */
      use(list: readonly IntentSite[]) {
        useOwnWordFile(list, ownWords as OwnWordFile);
        useLookupColumns(list, { text: names, ends, sites, bySlug });
        useSiteColumns(list, columns);
        useAudienceGoals(list, audienceGoals);
      },
    };
  });
  // The list by position before `sites.json` is read: each entry its `docs/` file's, or until then one that loads it.
  let listed: IntentSite[] | undefined;
  const loadListed = sharedOnce(async () => {
    const parts = await loadParts();
    const list = Array.from({ length: count }, (_, at) => docs.byPosition[at] ?? unloadedSite(at));
    parts.use(list);
    docs.onLoad = (at, site) => (list[at] = site);
    listed = list;
  });
  // Per query: the `docs/` files its entries asked for, and the rounds they took.
  const asked = new Set<number>();
  let rounds = 0;
  let roundCounted = false;
  /** Loads the `docs/` file of the entry at `at`, or `sites.json` once a query has read too much of the list. */
  const loadEntry = (at: number) => {
    if (!roundCounted) {
      roundCounted = true;
      rounds++;
    }
    asked.add(Math.floor(at / DOCS_PER_SHARD));
    return asked.size > LISTED_DOC_FILES || rounds > LISTED_ROUNDS
      ? loadWhole()
      : docs.load(Math.floor(at / DOCS_PER_SHARD));
  };
  /** A stand-in for the entry at `at` until its file loads: reading anything of it throws {@link PartsMissing}. */
  const unloadedSite = (at: number): IntentSite => {
    const missing = (): never => {
      throw new PartsMissing(() => loadEntry(at));
    };
    return new Proxy({} as IntentSite, {
      get: missing,
      has: missing,
      ownKeys: missing,
      getOwnPropertyDescriptor: missing,
      set: missing,
      defineProperty: missing,
      deleteProperty: missing,
      getPrototypeOf: missing,
    });
  };
  const names = new Map<number, Readonly<Record<string, string>>>();
  const loadNames = sharedByKey(async (n: number) => {
    names.set(n, (await read(`sites/names/${n}.json`)) as Record<string, string>);
  });
  const slugs = new Map<number, ReadonlyMap<string, IntentSite>>();
  const loadSlugs = sharedByKey(async (n: number) => {
    const shard = (await read(`sites/slugs/${n}.json`)) as Record<string, StoredIntentSite>;
    slugs.set(n, new Map(Object.entries(shard).map(([slug, site]) => [slug, fromIntentSite(site)])));
  });
  const bySlug = (slug: string): IntentSite | undefined => {
    if (whole) return whole.bySlug(slug);
    const brought = known.get(slug);
    if (brought) return brought;
    if (listed) {
      // The list's entry answering to the slug's name, when it is this site (reading it loads its `docs/` file).
      const site = siteSource(listed).named(foldedSlug(slug));
      if (site?.slug === slug) return site;
    }
    const n = siteShardOf(slug, count);
    const shard = slugs.get(n);
    if (!shard) throw new PartsMissing(() => loadSlugs(n));
    return shard.get(slug);
  };
  return {
    count,
    // A small file already loaded first, even once the whole list is: the same answer. Else the list, if loaded,
    // rather than one more round of loading: it looks names up in the build's column, folding none.
    named(folded) {
      const n = siteShardOf(folded, count);
      const shard = names.get(n);
      if (shard) return Object.hasOwn(shard, folded) ? bySlug(shard[folded]!) : undefined;
      if (whole) return whole.named(folded);
      // The list's entry, by the build's column of names, as the whole list's lookup finds it (reading it loads its
      // `docs/` file, which a search for the name has often loaded already).
      if (listed) {
        const site = siteSource(listed).named(folded);
        // Read here, so that lookups made together (`lookUpAll`) load their files in one round.
        void site?.slug;
        return site;
      }
      throw new PartsMissing(() => loadNames(n));
    },
    bySlug,
    all() {
      if (whole) return whole.all();
      if (!listed) throw new PartsMissing(loadListed);
      return listed;
    },
    round(first) {
      if (first) {
        asked.clear();
        rounds = 0;
      }
      roundCounted = false;
    },
  };
}

/**
 * A field's forward index made from its record, as `buildCandidateIndex`
 * makes it from the same text (a record holds the field's text as given):
 * `[wordId, offset, …]` for a text longer than `WHOLE_FIELD_MAX`, else empty.
 * `idOf(word)` is the word's id in `words` (by default a binary search).
 */
export function forwardIndex(
  record: IndexRecord,
  field: number,
  words: readonly string[],
  idOf: (word: string) => number = (word) => wordId(words, word),
): number[] {
  const value = record.$?.[field];
  if (!value || Array.isArray(value) || value.v.length <= WHOLE_FIELD_MAX) return [];
  const text = value.v;
  const entries: number[] = [];
  if (!PRINTABLE_ASCII.test(text)) {
    for (const w of text.matchAll(WORD)) entries.push(idOf(w[0]), w.index);
    return entries;
  }
  // The words `WORD` matches, found without a match object per word (most descriptions are printable ASCII).
  for (let i = 0; i < text.length;) {
    if (!isAsciiWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (++i < text.length && isAsciiWordCode(text.charCodeAt(i)));
    entries.push(idOf(text.slice(start, i)), start);
  }
  return entries;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Whether an ASCII code is a letter or a digit: within ASCII, what {@link WORD} matches. */
const isAsciiWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);

/**
 * A word's id in a sorted word list, remembered: descriptions share most of their words (3,933 distinct in all
 * 10,000 at that size), and a binary search of the 26,000 words for each word of each description read was a third
 * or more of making its forward index (issue 16). Holds only the words asked for.
 */
function rememberedIds(words: readonly string[]): (word: string) => number {
  const ids = new Map<string, number>();
  return (word) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = wordId(words, word)));
    return id;
  };
}

/**
 * Opens the sharded index: reads `head.json` and `head.bin` now and the rest as queries need it. `read(path)`
 * gives a file parsed ({@link parseSearchFile}): a JSON file's value, a `.bin` file's bytes.
 */
export async function openShardedSearch(read: (path: string) => Promise<unknown>): Promise<ShardedSearch> {
  const [head, bytes] = (await Promise.all([read('head.json'), read('head.bin')])) as [
    SearchHead,
    ArrayBuffer | Uint8Array,
  ];
  if ((head.version as number) !== 5)
    throw new Error(`search: head.json is version ${String(head.version)}, not 5 (a stale build?)`);
  // As `searchShardFiles` writes them: where each trigram's ids end, the ids, the weights in thousandths.
  const [ends, ids, milli] = unpackUints(bytes);
  if (!ends || !ids || !milli) throw new Error('search: head.bin lacks a list');
  const docCount = head.meta.length / META_WIDTH;
  const index: SearchIndex = {
    version: 1,
    docs: metaDocs(head),
    fuse: { keys: head.fuseKeys, records: new Array<IndexRecord>(docCount) },
    candidates: {
      fields: head.fields,
      long: head.long,
      words: head.words,
      postings: new Array<number[]>(head.words.length),
      longPostings: new Array<number[]>(head.words.length),
      trigrams: trigramRecord({ grams: head.grams, ends, ids }),
      weights: weightsFromMilli(milli),
      forward: new Array<number[]>(docCount * head.fields),
    },
  };
  const goalTexts = new Map<number, string>();
  /**
   * An entry's goal words for a score (the text of its `core` or `good` field), made once per set of purposes
   * given that score, which is all the text depends on; the key is a number read from the head's digits (the
   * score, then a bit per purpose), not a string cut from them. Keyed by all the scores, a text was made anew
   * for most entries at 10,000 (issue 16).
   */
  const goalText = (doc: number, score: Score): string => {
    const at = doc * META_WIDTH + 2;
    let key = score;
    for (let k = 0; k < PURPOSE_SLUGS.length; k++) if (head.meta.charCodeAt(at + k) - 48 === score) key |= 1 << (k + 2);
    let text = goalTexts.get(key);
    if (text === undefined) goalTexts.set(key, (text = goalWords(index.docs[doc]!.purposes, score)));
    return text;
  };
  const goals = goalFields();
  const idOf = rememberedIds(head.words);
  /** The sites the `docs/` files loaded so far brought, by slug, their purpose scores shared as `sites.json`'s are. */
  const sitesFromDocs = new Map<string, IntentSite>();
  const sharedScores = new Map<string, IntentSite['purposes']>();
  const docSites: DocSites = { byPosition: new Array<IntentSite | undefined>(docCount), load: (n) => loadDocs(n) };
  const missingWords = new Set<number>();
  const missingDocs = new Set<number>();
  const searcher = createSearcher(index, {
    textChecks: SHARDED_TEXT_CHECKS,
    // The goal-word fields are made from the purpose scores, which the head holds: no file needed to read them.
    knownText: (doc, field) => {
      const score = field === CORE ? 3 : field === GOOD ? 2 : undefined;
      // Many entries share their scores: each text is made once.
      return score === undefined ? undefined : goalText(doc, score);
    },
    missing: { word: (id) => missingWords.add(Math.floor(id / WORDS_PER_SHARD)), doc: (i) => missingDocs.add(i) },
    forwardOf: (slot) => {
      const forward = index.candidates.forward;
      if (forward[slot] !== undefined) return forward[slot];
      const record = index.fuse.records[(slot / head.fields) | 0];
      return record && (forward[slot] = forwardIndex(record, slot % head.fields, head.words, idOf));
    },
  });
  // A search that lacked parts stops the run at once: what the caller would do with its incomplete answer
  // (try spelling variants of a name that seemed not to match, say) would only load files it does not need.
  useSearcher(index, {
    ...searcher,
    search(query) {
      const answer = searcher.search(query);
      if (missingWords.size > 0 || missingDocs.size > 0) throw new PartsMissing(loadMissing);
      return answer;
    },
    // Searches asked together (a name's spelling variants) all run before the run stops, so what they
    // lack loads in one round, not one round per search.
    searchAll(queries) {
      const answers = queries.map((query) => searcher.search(query));
      if (missingWords.size > 0 || missingDocs.size > 0) throw new PartsMissing(loadMissing);
      return answers;
    },
  });
  // Each file is read at most once (a failed read is retried by the next query) and fills its part of the index.
  const loadWords = sharedByKey(async (n: number) => {
    const shard = (await read(`words/${n}.json`)) as WordShard;
    shard.postings.forEach((slots, k) => (index.candidates.postings[n * WORDS_PER_SHARD + k] = slots));
    shard.longPostings.forEach((slots, k) => (index.candidates.longPostings[n * WORDS_PER_SHARD + k] = slots));
  });
  const loadDocs = sharedByKey(async (n: number) => {
    const shard = (await read(`docs/${n}.json`)) as DocShard;
    const from = n * DOCS_PER_SHARD;
    shard.docs.forEach((shown, k) => Object.assign(index.docs[from + k]!, shown));
    shard.sites.forEach((stored, k) => {
      const site = fromIntentSite(stored, sharedScores);
      sitesFromDocs.set(site.slug, site);
      docSites.byPosition[from + k] = site;
      docSites.onLoad?.(from + k, site);
    });
    shard.records.forEach((record, k) => {
      // The goal-word fields the file leaves out (a field it holds stays as it is).
      const fields = (record.$ ??= {});
      for (const [field, score] of GOAL_FIELDS) {
        if (fields[field] !== undefined) continue;
        const made = goals.field(goalText(from + k, score));
        if (made) fields[field] = made;
      }
      index.fuse.records[from + k] = record;
    });
  });
  /** Loads what the searches of this run lacked. */
  const loadMissing = () => {
    const docShards = new Set([...missingDocs].map((i) => Math.floor(i / DOCS_PER_SHARD)));
    return Promise.all([...[...missingWords].map(loadWords), ...[...docShards].map(loadDocs)]);
  };
  const sites = shardedSites(read, docCount, sitesFromDocs, docSites);
  const wordFiles = Math.ceil(head.words.length / WORDS_PER_SHARD);
  const docFiles = Math.ceil(docCount / DOCS_PER_SHARD);
  /** Where {@link ShardedSearch.prefetch} goes on looking for a file not asked for yet (words, then docs). */
  let nextWords = 0;
  let nextDocs = 0;
  return {
    sites,
    async prefetch(max) {
      let loaded = 0;
      while (loaded < max) {
        while (nextWords < wordFiles && loadWords.has(nextWords)) nextWords++;
        while (nextWords >= wordFiles && nextDocs < docFiles && loadDocs.has(nextDocs)) nextDocs++;
        if (nextWords < wordFiles) await loadWords(nextWords);
        else if (nextDocs < docFiles) await loadDocs(nextDocs);
        else break;
        loaded++;
      }
      return loaded;
    },
    async run(ask) {
      // Each round loads at least one more file, and there are finitely many; the bound only guards against a bug.
      for (let round = 0; round < MAX_ROUNDS; round++) {
        sites.round(round === 0);
        missingWords.clear();
        missingDocs.clear();
        let answer: ReturnType<typeof ask>;
        try {
          answer = ask(index);
        } catch (error) {
          if (!(error instanceof PartsMissing)) throw error;
          // A search or a site lookup stopped the run: load what it lacked, then ask again.
          await Promise.all([error.load(), loadMissing()]);
          continue;
        }
        if (missingWords.size === 0 && missingDocs.size === 0) return answer;
        await loadMissing();
      }
      throw new Error(`search: still missing parts of the index after ${MAX_ROUNDS} rounds`);
    },
  };
}
