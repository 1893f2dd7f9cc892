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
  return [site.slug.replace(/-/g, ' '), site.name, ...site.aliases].map(foldWords);
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
 * The lookups over an array of sites, once per array; each lookup's map is built when first asked (issue 16:
 * folding every name of 10,000 entries cost tens of milliseconds, which a recommendation need not pay).
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
        if (!names) {
          names = new Map();
          for (const site of list) for (const name of foldedNamesOf(site)) if (!names.has(name)) names.set(name, site);
        }
        return names.get(folded);
      },
      bySlug: (slug) => (slugs ??= new Map(list.map((s) => [s.slug, s]))).get(slug),
      all: () => list,
    };
  });
}
