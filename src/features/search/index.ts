/**
 * Search: what pages and routers may use. The index is built at build time
 * beside the catalogue (`src/integrations/vite-catalogue.ts`): inline where
 * the code runs at build time, in development and in tests; read from the
 * catalogue's static assets, once per isolate, in the deployed Worker.
 */
import { searchIndex as inlineIndex, sites as inlineSites } from 'virtual:networkwise/catalogue-runtime';
import { readCatalogueAsset } from '#src/catalogue/index.ts';
import type { IntentSite } from './rules/intent.ts';
import type { SearchIndex } from './rules/search.ts';
import { SEARCH_ASSET_DIR } from './rules/shards.ts';

let loading: Promise<SearchIndex> | undefined;
let loadingSites: Promise<readonly IntentSite[]> | undefined;

/** The search index, loaded on first use (concurrent callers share the read; a failed read is retried). */
export function loadSearchIndex(): Promise<SearchIndex> {
  if (inlineIndex) return Promise.resolve(inlineIndex);
  loading ??= readCatalogueAsset<SearchIndex>(`${SEARCH_ASSET_DIR}/index.json`).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * What reading a search's intent needs of every entry: the entries themselves
 * where they are inline, else `sites.json`, which is much smaller than the
 * catalogue (a search never loads the whole catalogue).
 */
export function loadSearchSites(): Promise<readonly IntentSite[]> {
  if (inlineSites) return Promise.resolve(inlineSites);
  loadingSites ??= readCatalogueAsset<IntentSite[]>(`${SEARCH_ASSET_DIR}/sites.json`).catch((error: unknown) => {
    loadingSites = undefined;
    throw error;
  });
  return loadingSites;
}

export * from './rules/search.ts';
export * from './rules/params.ts';
export * from './rules/intent.ts';
