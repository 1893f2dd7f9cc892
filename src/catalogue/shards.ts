/**
 * The catalogue as the Worker reads it: static files written at build time
 * (`src/integrations/vite-catalogue.ts`) under `/_catalogue/` and fetched
 * through the assets binding on first use (`src/catalogue/store.ts`), so the
 * Worker's code does not grow with the catalogue.
 *
 * Why this split:
 * - `core.json`: every entry without its Markdown body. Listing, filtering,
 *   ranking, comparing and recommending read every entry, so one file, parsed
 *   once per isolate, is cheaper than many; the bodies (the largest field)
 *   are only needed to show one entry's description.
 * - `entries/<n>.json`: bodies and rendered descriptions, in buckets chosen
 *   by a hash of the slug, so showing one description reads one small file
 *   and the file count stays far below the deployment limit.
 * - `search/…`: the search index, written beside these by the integration
 *   (`src/features/search/rules/shards.ts`).
 */
import type { SiteEntry } from './entry-file.ts';
import { fnv1a } from '#src/shared/hash.ts';

/** Where the files are served from, under the site's root. */
export const CATALOGUE_ASSET_DIR = '_catalogue';
/** Entries per description bucket, on average. */
const BUCKET_SIZE = 64;

/** An entry without its Markdown body, as in `core.json`. */
export type CoreEntry = Omit<SiteEntry, 'body' | 'lastChecked'> & { lastChecked: string };

export interface CoreFile {
  version: 1;
  builtAt: string;
  /** How many `entries/<n>.json` buckets there are. */
  buckets: number;
  sites: CoreEntry[];
}

/** One bucket: per slug, the Markdown body and the description rendered from it. */
export type EntryBucket = Record<string, { body: string; html: string }>;

/** The bucket holding a slug's body and description (FNV-1a of the slug). */
export function bucketOf(slug: string, buckets: number): number {
  return fnv1a(slug) % buckets;
}

/** Every file, by path under {@link CATALOGUE_ASSET_DIR}, as JSON text. */
export function catalogueShards(input: CatalogueInput): Map<string, string> {
  return new Map(catalogueShardFiles(input));
}

interface CatalogueInput {
  sites: readonly SiteEntry[];
  descriptions: Readonly<Record<string, string>>;
  builtAt: string;
}

/**
 * {@link catalogueShards} one file at a time, each made when asked for: the build writes each and lets it
 * go, rather than holding every file's text at once (issue 16: build memory at 10,000 entries).
 */
export function* catalogueShardFiles({ sites, descriptions, builtAt }: CatalogueInput): Generator<[string, string]> {
  const buckets = Math.max(1, Math.ceil(sites.length / BUCKET_SIZE));
  // Made inside the expression, so the copy of every entry can go once its text is written.
  yield [
    'core.json',
    JSON.stringify({
      version: 1,
      builtAt,
      buckets,
      sites: sites.map(({ body: _body, lastChecked, ...rest }) => ({
        ...rest,
        lastChecked: lastChecked.toISOString(),
      })),
    } satisfies CoreFile),
  ];
  const bucketed: SiteEntry[][] = Array.from({ length: buckets }, () => []);
  for (const site of sites) bucketed[bucketOf(site.slug, buckets)]!.push(site);
  for (const [n, members] of bucketed.entries()) {
    const bucket: EntryBucket = {};
    for (const site of members) bucket[site.slug] = { body: site.body, html: descriptions[site.slug] ?? '' };
    yield [`entries/${n}.json`, JSON.stringify(bucket)];
  }
}
