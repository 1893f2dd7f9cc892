/**
 * The catalogue as pages see it: the same validated entries the API gets from
 * `virtual:networkwise/catalogue` (built from content/sites/ by
 * src/integrations/vite-catalogue.ts), so prerendered pages, on-demand pages and the
 * API can never disagree. The `sites` content collection checks the same files
 * with the same schema and renders their Markdown (see the detail page).
 */
import { sites } from 'virtual:networkwise/catalogue';
import type { SiteEntry } from './entry-file.ts';

const byName = [...sites].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
const bySlug = new Map(sites.map((s) => [s.slug, s]));

/** Every entry, sorted by name (case-insensitive). */
export async function allSites(): Promise<SiteEntry[]> {
  return byName;
}

/** One entry by slug, or undefined. */
export function siteBySlug(slug: string): SiteEntry | undefined {
  return bySlug.get(slug);
}
