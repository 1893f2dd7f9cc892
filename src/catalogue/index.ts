/**
 * The catalogue, the one way every page and router reads it: the entries of
 * `content/sites/`, validated at build time (`src/integrations/vite-catalogue.ts`).
 *
 * At build time, in development and in tests the data is inline in
 * `virtual:networkwise/catalogue-runtime`. The deployed Worker holds none of it: it
 * reads `/_catalogue/core.json` through the assets binding once per isolate
 * (`loadCatalogue()`, awaited by `src/fetch.ts` before any route runs), and
 * a description's bucket only when one is shown (`loadDescription()`). After
 * that, the accessors below are synchronous everywhere; prerendered pages,
 * on-demand pages and the API cannot disagree.
 */
import {
  builtAt,
  descriptions as inlineDescriptions,
  prerenderLimit as inlinePrerenderLimit,
  sites as inlineSites,
} from 'virtual:networkwise/catalogue-runtime';
import type { SiteEntry } from './entry-file.ts';
import { prerenderedSites } from './prerender.ts';
import { CATALOGUE_ASSET_DIR, bucketOf, type CoreFile, type EntryBucket } from './shards.ts';
import { sharedByKey, sharedOnce } from '#src/shared/once.ts';
import { compareNames } from '#src/shared/collate.ts';

export type { SiteEntry } from './entry-file.ts';
export * from './taxonomy.ts';
export {
  availableIn,
  countriesLabel,
  countriesShort,
  isGlobal,
  listedCountries,
  madeFor,
  REGIONAL_MAX,
  type SiteCountries,
} from './countries.ts';
export { defaultSort, filterSites, purposeScores, servedPurposes } from './site-filter.ts';
export { itemList, websiteOf } from './json-ld.ts';
export {
  CSV_COLUMNS,
  OPEN_DATA_CONVENTIONS,
  sitesToCsv,
  sitesToJson,
  toOpenData,
  type OpenDataSite,
} from './open-data.ts';
export { POPULAR_RULE, POPULAR_SITES } from './popular.ts';
export { capList, LIST_LIMIT, LONG_TAIL_CACHE_CONTROL, PRERENDER_LIMIT } from './prerender.ts';
export { RECHECK_MONTHS } from './editor/content-checks.ts';

interface Loaded {
  byName: readonly SiteEntry[];
  bySlug: ReadonlyMap<string, SiteEntry>;
  /** Buckets of `entries/<n>.json` (0 when descriptions are inline). */
  buckets: number;
}

function index(sites: readonly SiteEntry[], buckets: number): Loaded {
  return {
    byName: [...sites].sort((a, b) => compareNames(a.name, b.name)),
    bySlug: new Map(sites.map((s) => [s.slug, s])),
    buckets,
  };
}

let loaded: Loaded | undefined = inlineSites ? index(inlineSites, 0) : undefined;

/** One file of the catalogue's assets through the Worker's assets binding; throws unless it is there. */
async function fetchCatalogueAsset(path: string): Promise<Response> {
  const { env } = await import('cloudflare:workers');
  const res = await env.ASSETS.fetch(new Request(`https://assets.invalid/${CATALOGUE_ASSET_DIR}/${path}`));
  if (!res.ok) throw new Error(`catalogue asset /${CATALOGUE_ASSET_DIR}/${path}: HTTP ${res.status}`);
  return res;
}

/**
 * Reads one file of the catalogue's assets through the Worker's assets
 * binding, as JSON. Only the deployed Worker (and `npm start`) gets here.
 */
export async function readCatalogueAsset<T>(path: string): Promise<T> {
  return await (await fetchCatalogueAsset(path)).json();
}

/** Reads one binary file of the catalogue's assets, as {@link readCatalogueAsset} reads a JSON one. */
export async function readCatalogueBytes(path: string): Promise<ArrayBuffer> {
  return await (await fetchCatalogueAsset(path)).arrayBuffer();
}

/** A stand-in for the body, which stays out of `core.json`: reading it is a bug, so it says so. */
const BODY_NOT_LOADED = {
  enumerable: false,
  get(): never {
    throw new Error("An entry's Markdown body is not loaded in the Worker; use loadDescription(slug).");
  },
};

/**
 * Makes the accessors ready: at once where the data is inline, else by
 * reading `core.json` once per isolate (concurrent callers share the read;
 * a failed read is retried by the next caller).
 */
export function loadCatalogue(): Promise<void> {
  return loaded ? Promise.resolve() : readCore();
}

const readCore = sharedOnce(async () => {
  const core = await readCatalogueAsset<CoreFile>('core.json');
  const sites = core.sites.map((s) => {
    const site = { ...s, lastChecked: new Date(s.lastChecked) } as unknown as SiteEntry;
    return Object.defineProperty(site, 'body', BODY_NOT_LOADED);
  });
  loaded = index(sites, core.buckets);
});

function ready(): Loaded {
  if (!loaded) throw new Error('The catalogue is not loaded yet: await loadCatalogue() first (src/fetch.ts does).');
  return loaded;
}

/** Every entry, closed ones included, sorted by name (case-insensitive). */
export function allSites(): readonly SiteEntry[] {
  return ready().byName;
}

/** One entry by slug, or undefined. */
export function siteBySlug(slug: string): SiteEntry | undefined {
  return ready().bySlug.get(slug);
}

/**
 * The entries whose site and alternatives pages are prerendered (every entry
 * up to PRERENDER_LIMIT, else the head by src/catalogue/prerender.ts's rule);
 * for `getStaticPaths`, where the data is inline. The rest render on demand.
 */
export function prerenderedEntries(): readonly SiteEntry[] {
  if (inlinePrerenderLimit === null)
    throw new Error('prerenderedEntries() is for build time: the Worker renders what it is asked.');
  return prerenderedSites(allSites(), inlinePrerenderLimit);
}

/**
 * `/sites/LinkedIn/…` → `/sites/linkedin/…` (the rest of the path keeps its case) when that entry
 * exists, else undefined: a site path in the wrong case is not a miss. The not-found page and the
 * on-demand site pages (src/catalogue/on-demand/) both answer it with a 301.
 */
export function siteCaseRedirect(url: URL): string | undefined {
  const match = /^\/sites\/([^/]+)(\/.*)?$/.exec(url.pathname);
  if (!match) return undefined;
  const lower = match[1]!.toLowerCase();
  return lower !== match[1] && siteBySlug(lower) ? `/sites/${lower}${match[2] ?? '/'}${url.search}` : undefined;
}

const readBucket = sharedByKey((n: number) => readCatalogueAsset<EntryBucket>(`entries/${n}.json`));

/** The body and rendered description of an entry, read from its bucket in the Worker. */
async function bucketEntry(slug: string): Promise<{ body: string; html: string } | undefined> {
  return (await readBucket(bucketOf(slug, ready().buckets)))[slug];
}

/** An entry's description as HTML, wherever the code runs ('' for an unknown slug). */
export async function loadDescription(slug: string): Promise<string> {
  if (inlineDescriptions) return inlineDescriptions[slug] ?? '';
  return (await bucketEntry(slug))?.html ?? '';
}

/** Entries with their Markdown bodies, wherever the code runs (for the few answers that publish them whole). */
export async function withBodies(sites: readonly SiteEntry[]): Promise<SiteEntry[]> {
  if (inlineSites) return [...sites];
  return Promise.all(sites.map(async (site) => ({ ...site, body: (await bucketEntry(site.slug))?.body ?? '' })));
}

/** When the catalogue module was built (ISO date); ties ETags to the build. */
export { builtAt as catalogueBuiltAt };
export {
  COUNTRY_PHRASES,
  GOAL_WORDS,
  PURPOSE_KEYWORDS,
  WORLDWIDE_WORDS,
  foldWords,
  purposeKeywords,
} from './lexicon.ts';
