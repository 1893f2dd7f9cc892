/**
 * The catalogue, the one way every page and router reads it: the entries of
 * `content/sites/`, validated once at build time by the Vite plugin in
 * `src/integrations/vite-catalogue.ts` and served from
 * `virtual:networkwise/catalogue`. Synchronous, because the data is already
 * in memory; prerendered pages, on-demand pages and the API cannot disagree.
 */
import { descriptions, sites } from 'virtual:networkwise/catalogue';
import type { SiteEntry } from './entry-file.ts';

export type { SiteEntry } from './entry-file.ts';
export * from './taxonomy.ts';
export {
  availableIn,
  countriesLabel,
  countriesShort,
  isGlobal,
  listedCountries,
  type SiteCountries,
} from './countries.ts';
export { filterSites, purposeScores, servedPurposes } from './site-filter.ts';
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
export { RECHECK_MONTHS } from './editor/content-checks.ts';

const byName = [...sites].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
const bySlug = new Map(sites.map((s) => [s.slug, s]));

/** Every entry, closed ones included, sorted by name (case-insensitive). */
export function allSites(): readonly SiteEntry[] {
  return byName;
}

/** One entry by slug, or undefined. */
export function siteBySlug(slug: string): SiteEntry | undefined {
  return bySlug.get(slug);
}

/** An entry's description as HTML, rendered from its Markdown at build time. */
export function descriptionHtml(slug: string): string {
  return descriptions[slug] ?? '';
}

/** When the catalogue module was built (ISO date); ties ETags to the build. */
export { builtAt as catalogueBuiltAt } from 'virtual:networkwise/catalogue';
export {
  COUNTRY_PHRASES,
  GOAL_WORDS,
  PURPOSE_KEYWORDS,
  WORLDWIDE_WORDS,
  foldWords,
  purposeKeywords,
} from './lexicon.ts';
