/**
 * The search as static files for the Worker (see `src/catalogue/shards.ts`
 * for the rest of the catalogue's files), read through the assets binding on
 * the first search of an isolate:
 * - `index.json`: the search index (`index-builder.ts`);
 * - `sites.json`: what reading a query's intent needs of every entry
 *   ({@link IntentSite}), without the editors' reasons and notes, which no
 *   ranking reads: a search never parses the full catalogue.
 */
import type { IntentSite } from './intent.ts';
import type { SearchIndex } from './index-builder.ts';

/** Where the search files sit, under the catalogue's asset folder. */
export const SEARCH_ASSET_DIR = 'search';

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
  features: true,
  fields: true,
  reach: true,
  tagline: true,
  aliases: true,
  alternatives: true,
} as const satisfies Record<keyof IntentSite, true>;

/** An entry as `sites.json` keeps it: the intent fields, purpose scores without their reasons, the price model without its note. */
export function toIntentSite(site: IntentSite): IntentSite {
  const kept = Object.fromEntries(
    Object.keys(INTENT_FIELDS).map((key) => [key, site[key as keyof IntentSite]]),
  ) as unknown as IntentSite;
  return {
    ...kept,
    purposes: Object.fromEntries(
      Object.entries(site.purposes).map(([p, { score }]) => [p, { score }]),
    ) as IntentSite['purposes'],
    pricing: { model: site.pricing.model },
  };
}

/** Every file of the search, by path under {@link SEARCH_ASSET_DIR}, as JSON text. */
export function searchShards(index: SearchIndex, sites: readonly IntentSite[]): Map<string, string> {
  return new Map([
    ['index.json', JSON.stringify(index)],
    ['sites.json', JSON.stringify(sites.map(toIntentSite))],
  ]);
}
