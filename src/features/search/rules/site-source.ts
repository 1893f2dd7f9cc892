/**
 * The sites a search's intent reads, behind three lookups, so that reading
 * an intent costs what the query needs rather than one pass over the
 * catalogue: a name typed exactly, a slug, and (only for recommendations and
 * directories, which rank everything) the whole list.
 *
 * Over an array (build time, development, tests) the lookups are maps built
 * once per array. In the Worker the sites are static files read on demand
 * (`shards.ts`): a lookup whose file is not loaded yet throws
 * {@link PartsMissing}, and the sharded search loads the part and asks again,
 * as it does for the index's own parts.
 */
import { findSorted } from '#src/shared/sorted.ts';
import { foldWords } from '#src/catalogue/lexicon.ts';
import type { IntentSite } from './intent.ts';
import { perCatalogue } from '#src/shared/per-catalogue.ts';

/** What the intent reader looks sites up by. */
export interface SiteSource {
  /** How many sites the catalogue holds. */
  readonly count: number;
  /**
   * The first site (in catalogue order) whose slug (dashes as spaces), name
   * or an alias is `folded` once folded with `foldWords`.
   */
  readonly named: (folded: string) => IntentSite | undefined;
  readonly bySlug: (slug: string) => IntentSite | undefined;
  /** Every site, in catalogue order. */
  readonly all: () => readonly IntentSite[];
}

/** The names a site answers to, folded: its slug with spaces, its name and its aliases. */
export function foldedNamesOf(site: Pick<IntentSite, 'slug' | 'name' | 'aliases'>): string[] {
  return [foldedSlug(site.slug), ...[site.name, ...site.aliases].map(foldWords)];
}

/** The first of {@link foldedNamesOf}: a slug with spaces for its dashes, folded. */
export function foldedSlug(slug: string): string {
  return foldWords(slug.replace(/-/g, ' '));
}

/**
 * Thrown by a lookup that needs a part not loaded yet: `load()` loads it.
 * Whoever runs the intent reader (`ShardedSearch.run`) catches it, awaits
 * `load()` and runs the reader again.
 */
export class PartsMissing extends Error {
  readonly load: () => Promise<unknown>;
  constructor(load: () => Promise<unknown>) {
    super('search: a part of the sites is not loaded yet');
    this.load = load;
  }
}

/**
 * `look` for each item, in order; where lookups lack parts, every item is
 * still tried and one {@link PartsMissing} loads what they all lacked, so a
 * list of lookups costs one round of loading rather than one per item.
 */
export function lookUpAll<T, R>(items: readonly T[], look: (item: T) => R): R[] {
  const loads: (() => Promise<unknown>)[] = [];
  const found = items.map((item) => {
    try {
      return look(item);
    } catch (error) {
      if (!(error instanceof PartsMissing)) throw error;
      loads.push(error.load);
      return undefined as R;
    }
  });
  if (loads.length > 0) throw new PartsMissing(() => Promise.all(loads.map((load) => load())));
  return found;
}

/**
 * What looking a site up in the whole list needs, made at build time into the search's `columns.json` (the names)
 * and `columns.bin` (the numbers): every name the sites answer to, folded ({@link foldedNamesOf}), sorted (by UTF-16
 * code units, as `<` compares), each once, with the position of the first site answering to it; and the sites'
 * positions in the order of their slugs. The Worker then looks a name or a slug up in the whole list by a binary
 * search, not by first folding every name (issue 16: 70-110 ms at 10,000 entries, paid by the first name looked up
 * after a recommendation loaded the list) or making a map of every slug (4-8 ms).
 */
export interface LookupColumns {
  /** The names, one after another. */
  text: string;
  /** Per name, where it ends in `text` (where the next one starts). */
  ends: ArrayLike<number>;
  /** Per name, the catalogue position of the first site answering to it. */
  sites: ArrayLike<number>;
  /** The catalogue positions of the sites, in the order of their slugs (by UTF-16 code units). */
  bySlug: ArrayLike<number>;
}

/** The {@link LookupColumns} of `sites` (in their order), as the build writes them. */
export function buildLookupColumns(sites: readonly Pick<IntentSite, 'slug' | 'name' | 'aliases'>[]): {
  text: string;
  ends: number[];
  sites: number[];
  bySlug: number[];
} {
  const first = new Map<string, number>();
  sites.forEach((site, k) => {
    for (const name of foldedNamesOf(site)) if (!first.has(name)) first.set(name, k);
  });
  const names = [...first.keys()].sort();
  const ends: number[] = [];
  let at = 0;
  for (const name of names) ends.push((at += name.length));
  const bySlug = sites.map((_, k) => k).sort((a, b) => (sites[a]!.slug < sites[b]!.slug ? -1 : 1));
  return { text: names.join(''), ends, sites: names.map((name) => first.get(name)!), bySlug };
}

/** The position of the site whose slug is `slug` among `sites`, by a binary search of `order` ({@link LookupColumns.bySlug}), or -1. */
function slugIn(sites: readonly Pick<IntentSite, 'slug'>[], order: ArrayLike<number>, slug: string): number {
  const found = findSorted(order.length, (mid) => {
    const other = sites[order[mid]!]!.slug;
    return other === slug ? 0 : other < slug ? -1 : 1;
  });
  return found < 0 ? -1 : order[found]!;
}

/** The position of the first site answering to `folded` in {@link LookupColumns}, or -1: a binary search, no string made. */
function nameIn(column: LookupColumns, folded: string): number {
  const { text, ends } = column;
  const found = findSorted(ends.length, (mid) => compareTo(text, mid === 0 ? 0 : ends[mid - 1]!, ends[mid]!, folded));
  return found < 0 ? -1 : column.sites[found]!;
}

/** How `text` from `start` to `end` sorts against `key`, by UTF-16 code units as `<` does: negative, 0 or positive. */
function compareTo(text: string, start: number, end: number, key: string): number {
  const length = end - start;
  const shorter = Math.min(length, key.length);
  for (let i = 0; i < shorter; i++) {
    const d = text.charCodeAt(start + i) - key.charCodeAt(i);
    if (d !== 0) return d;
  }
  return length - key.length;
}

/** Lookup columns read from the build's file, by the list of sites they were made from. */
const givenColumns = new WeakMap<readonly object[], LookupColumns>();

/** Says that `columns` are the {@link LookupColumns} of `sites` (as read from the build's files), so no name is folded. */
export function useLookupColumns(sites: readonly IntentSite[], columns: LookupColumns): void {
  if (columns.ends.length !== columns.sites.length || columns.bySlug.length !== sites.length)
    throw new Error(`search: lookup columns that are not those of ${sites.length} sites`);
  givenColumns.set(sites, columns);
}

/**
 * The lookups over an array of sites, once per array; each lookup's map is built when first asked (issue 16:
 * folding every name of 10,000 entries cost tens of milliseconds, which a recommendation need not pay), names
 * by a binary search of the build's {@link LookupColumns} where they were given.
 */
export function siteSource(sites: readonly IntentSite[] | SiteSource): SiteSource {
  if (!Array.isArray(sites)) return sites as SiteSource;
  const list = sites as readonly IntentSite[];
  return perCatalogue(list, 'search:siteSource', (): SiteSource => {
    let names: Map<string, IntentSite> | undefined;
    let slugs: Map<string, IntentSite> | undefined;
    return {
      count: list.length,
      named(folded) {
        const given = givenColumns.get(list);
        if (given) {
          const at = nameIn(given, folded);
          return at < 0 ? undefined : list[at];
        }
        if (!names) {
          names = new Map();
          for (const site of list) for (const name of foldedNamesOf(site)) if (!names.has(name)) names.set(name, site);
        }
        return names.get(folded);
      },
      bySlug(slug) {
        const given = givenColumns.get(list);
        if (given) {
          const at = slugIn(list, given.bySlug, slug);
          return at < 0 ? undefined : list[at];
        }
        return (slugs ??= new Map(list.map((s) => [s.slug, s]))).get(slug);
      },
      all: () => list,
    };
  });
}
