/**
 * The search index, built once at build time (`src/integrations/vite-catalogue.ts`)
 * and inlined into the Worker as JSON: for each entry what a result shows,
 * its searchable text normalised, a prebuilt Fuse.js index over that text
 * (`Fuse.createIndex(...).toJSON()`) and the candidate index that lets a
 * query skip most entries (`search-candidate-index.ts`).
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { buildCandidateIndex, type CandidateIndex } from './candidate-index.ts';
import { THRESHOLD } from './expand.ts';
import { PURPOSE_SLUGS, purposeKeywords } from './keywords.ts';
import { normalizeText } from './text.ts';
import type { Kind, Purpose, Score, Status } from '#src/catalogue/taxonomy.ts';

/** What a search result needs from an entry, kept in the index. */
export interface SearchDoc {
  slug: string;
  name: string;
  kind: Kind;
  tagline: string;
  status: Status;
  purposes: Record<Purpose, Score>;
}

/** The prebuilt index: plain JSON, inlined into the Worker at build time. */
export interface SearchIndex {
  version: 1;
  docs: SearchDoc[];
  /** `Fuse.createIndex(...).toJSON()` over the searchable fields. */
  fuse: ReturnType<FuseIndex<FuseDoc>['toJSON']>;
  candidates: CandidateIndex;
}

/** The searchable text of an entry, normalised (lowercase, no diacritics) at build time. */
export interface FuseDoc {
  name: string;
  aliases: string[];
  tagline: string;
  /** Goal words of the purposes the site scores 3 for. */
  core: string;
  /** Goal words of the purposes the site scores 2 for. */
  good: string;
  description: string;
}

/** Fields in index order, with their weights for Fuse and for the candidate index. */
export const FIELDS = [
  { name: 'name', weight: 4, long: false },
  { name: 'aliases', weight: 3, long: false },
  { name: 'tagline', weight: 2, long: false },
  { name: 'core', weight: 3, long: true },
  { name: 'good', weight: 1.5, long: true },
  { name: 'description', weight: 0.5, long: true },
] as const satisfies readonly { name: keyof FuseDoc; weight: number; long: boolean }[];

/**
 * Fuse options, shared with the benchmark's naive baseline. Text is
 * normalised up front, so Fuse can compare case-sensitively without
 * re-lowercasing every field on every query; `ignoreLocation` lets a goal word
 * match anywhere in a tagline; 0.4 tolerates about one typo in three letters.
 */
export const FUSE_OPTIONS = {
  keys: FIELDS.map(({ name, weight }) => ({ name, weight })),
  includeScore: true,
  ignoreLocation: true,
  isCaseSensitive: true,
  threshold: THRESHOLD,
} satisfies IFuseOptions<FuseDoc>;

/** Markdown to plain text, good enough for matching words. */
function plainText(markdown: string): string {
  return markdown.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_#>|~]+/g, ' ');
}

/** The goal words of the purposes an entry scores `score` for: the text of its `core` (3) or `good` (2) field. */
export function goalWords(purposes: Readonly<Record<Purpose, Score>>, score: Score): string {
  return PURPOSE_SLUGS.filter((p) => purposes[p] === score)
    .map(purposeGoalWords)
    .join('; ');
}

/**
 * A purpose's goal words, normalised and joined, made once: the Worker makes the goal-word fields of every docs
 * file it loads (`shards.ts`), and normalising each keyword of each entry again was a third of the time its
 * first queries spent past parsing those files (issue 16).
 */
function purposeGoalWords(purpose: Purpose): string {
  let text = goalWordsOf.get(purpose);
  if (text === undefined) goalWordsOf.set(purpose, (text = purposeKeywords(purpose).map(normalizeText).join('; ')));
  return text;
}
const goalWordsOf = new Map<Purpose, string>();

const purposeScores = (site: SiteEntry) =>
  Object.fromEntries(PURPOSE_SLUGS.map((p) => [p, site.purposes[p].score])) as Record<Purpose, Score>;

/** The searchable fields of an entry. */
export function toFuseDoc(site: SiteEntry): FuseDoc {
  return {
    name: normalizeText(site.name),
    aliases: site.aliases.map(normalizeText),
    tagline: normalizeText(site.tagline),
    core: goalWords(purposeScores(site), 3),
    good: goalWords(purposeScores(site), 2),
    description: normalizeText(plainText(site.body)),
  };
}

/** Builds the search index for a catalogue; the result survives `JSON.stringify`. */
export function buildSearchIndex(sites: readonly SiteEntry[]): SearchIndex {
  const fuseDocs = sites.map(toFuseDoc);
  return {
    version: 1,
    docs: sites.map((s) => ({
      slug: s.slug,
      name: s.name,
      kind: s.kind,
      tagline: s.tagline,
      status: s.status,
      purposes: Object.fromEntries(PURPOSE_SLUGS.map((p) => [p, s.purposes[p].score])) as Record<Purpose, Score>,
    })),
    fuse: Fuse.createIndex(FUSE_OPTIONS.keys, fuseDocs).toJSON(),
    candidates: buildCandidateIndex(
      fuseDocs.map((d) => FIELDS.map((f) => d[f.name])),
      FIELDS.map((f) => f.weight),
      FIELDS.map((f) => f.long),
    ),
  };
}
