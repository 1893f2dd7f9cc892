/**
 * Search: what pages and routers may use. The index is built at build time
 * beside the catalogue (`src/integrations/vite-catalogue.ts`): inline where
 * the code runs at build time, in development and in tests; in the deployed
 * Worker, read from the catalogue's static assets in parts, only those a
 * query needs (`rules/shards.ts`).
 */
import { searchIndex as inlineIndex, sites as inlineSites } from 'virtual:networkwise/catalogue-runtime';
import { readCatalogueAsset, readCatalogueBytes } from '#src/catalogue/index.ts';
import { sharedOnce } from '#src/shared/once.ts';
import type { IntentSite } from './rules/intent.ts';
import type { SearchIndex } from './rules/search.ts';
import type { SiteSource } from './rules/site-source.ts';
import { SEARCH_ASSET_DIR, openShardedSearch, type ShardedSearch } from './rules/shards.ts';

const openIndex: () => Promise<ShardedSearch> = sharedOnce(() =>
  openShardedSearch((path) =>
    path.endsWith('.bin')
      ? readCatalogueBytes(`${SEARCH_ASSET_DIR}/${path}`)
      : readCatalogueAsset(`${SEARCH_ASSET_DIR}/${path}`),
  ),
);

/**
 * Runs `ask`, which may search the index any number of times (through
 * `search`, `searchWithIntent`, `siteSuggest`…), with the index loaded:
 * `await withSearchIndex((index) => searchWithIntent(index, sites, query))`.
 * In the Worker, the parts a query lacked are loaded and `ask` runs again,
 * so it must only compute (no side effects).
 */
export async function withSearchIndex<T>(ask: (index: SearchIndex) => T): Promise<T> {
  if (inlineIndex) return ask(inlineIndex);
  return (await openIndex()).run(ask);
}

/** Starts reading the index's head, so it can load beside other files (a no-op where the index is inline). */
export async function prepareSearchIndex(): Promise<void> {
  if (!inlineIndex) await openIndex();
}

/**
 * Loads up to `max` more of the index's files that no query has read yet (`ShardedSearch.prefetch`), for the
 * time after a response (`waitUntil`); a no-op where the index is inline. A failed read is left to the query
 * that needs the file.
 */
export async function prefetchSearchIndex(max: number): Promise<void> {
  if (inlineIndex) return;
  try {
    await (await openIndex()).prefetch(max);
  } catch {
    // The next query that needs the file reads it again.
  }
}

/**
 * What reading a search's intent needs of the entries: the entries themselves
 * where they are inline, else lookups that read the search's small site
 * files as a query needs them; recommendations and directories rank every
 * entry from build-time columns and read the entries they show, and only a
 * query reading more than it shows loads `sites.json` (every entry, much
 * smaller than the catalogue): a search never loads the whole catalogue.
 * Use inside {@link withSearchIndex}, which loads what a lookup lacked and
 * asks again.
 */
export async function loadSearchSites(): Promise<readonly IntentSite[] | SiteSource> {
  return inlineSites ?? (await openIndex()).sites;
}

export * from './rules/search.ts';
export * from './rules/params.ts';
export * from './rules/intent.ts';
