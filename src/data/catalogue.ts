/**
 * The catalogue as pages see it: the `sites` content collection mapped to the
 * same {@link SiteEntry} shape the API gets from `virtual:networkwise/catalogue`,
 * so `src/lib` functions take one type everywhere.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { SiteEntry } from '../lib/entry-file.ts';

/** Converts one collection entry. */
export function toSiteEntry(entry: CollectionEntry<'sites'>): SiteEntry {
  return { ...entry.data, slug: entry.id, body: entry.body ?? '' };
}

let cache: Promise<SiteEntry[]> | undefined;

/** Every entry, sorted by name (case-insensitive). Loaded once per build or isolate. */
export function allSites(): Promise<SiteEntry[]> {
  cache ??= getCollection('sites').then((entries) =>
    entries.map(toSiteEntry).sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
  );
  return cache;
}
