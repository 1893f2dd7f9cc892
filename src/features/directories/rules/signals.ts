/**
 * The short decision signals list cards carry: price in a few words and the
 * catalogue's sort orders (best, rating, name, newest). Pure.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { PRICING_MODELS, labelOf, type Purpose } from '#src/catalogue/taxonomy.ts';
import { directoryOrder } from './order.ts';
import { worldwideFirst } from '#src/catalogue/countries.ts';
import { defaultSort, splitByCountry, type SiteFilter, type Sort } from '#src/catalogue/site-filter.ts';
import { compareNames } from '#src/shared/collate.ts';

/** Longest short price note, in characters, before it is cut at a word. */
export const PRICE_NOTE_MAX = 48;

/** The price note's first clause, cut at a word to {@link PRICE_NOTE_MAX} characters; undefined without a note. */
export function shortPriceNote(note: string | undefined): string | undefined {
  if (!note) return undefined;
  const clause = note.split(/(?<=[^\d])[.;](?:\s|$)/)[0]!.trim();
  if (clause.length <= PRICE_NOTE_MAX) return clause;
  const cut = clause.slice(0, PRICE_NOTE_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut.slice(0, PRICE_NOTE_MAX)).replace(/[,;:(\s]+$/, '')}…`;
}

/** "Freemium: Free accounts, paid memberships add…": the model, and the short note when there is one. */
export function priceLine(pricing: SiteEntry['pricing']): string {
  const note = shortPriceNote(pricing.note);
  return note ? `${labelOf(PRICING_MODELS, pricing.model)}: ${note}` : labelOf(PRICING_MODELS, pricing.model);
}

export { SORTS, defaultSort, type Sort } from '#src/catalogue/site-filter.ts';

/** The year a site went live (or its organisation was founded); undefined when no source gives either. */
export const startYear = (s: SiteEntry) => s.launched ?? s.founded;

/**
 * Sorts a filtered list. `best`: with a purpose, its score first, then
 * worldwide sites before those used in listed countries only, then the
 * directory order (best purpose score, worldwide first, reach, status, name); `name`: A–Z;
 * `newest`: latest launch year first (founding year when no launch year is
 * known; neither known last), then the most recently checked; `rating`: by
 * `compareRating` (the ratings from D1), then best. Closed sites always last.
 * Stable, and never mutates the input.
 */
export function sortSites(
  sites: readonly SiteEntry[],
  sort: Sort,
  purpose: Purpose | undefined,
  compareRating?: (a: SiteEntry, b: SiteEntry) => number,
): SiteEntry[] {
  const closedLast = (a: SiteEntry, b: SiteEntry) => Number(a.status === 'closed') - Number(b.status === 'closed');
  // The purpose's score is the fit; at equal fit, worldwide sites first, as in the directory order.
  const best = (a: SiteEntry, b: SiteEntry) =>
    (purpose ? b.purposes[purpose].score - a.purposes[purpose].score || worldwideFirst(a, b) : 0) ||
    directoryOrder(a, b);
  const byName = (a: SiteEntry, b: SiteEntry) => compareNames(a.name, b.name);
  const newest = (a: SiteEntry, b: SiteEntry) => {
    const ya = startYear(a);
    const yb = startYear(b);
    if (ya === undefined || yb === undefined) return Number(ya === undefined) - Number(yb === undefined);
    return yb - ya || b.lastChecked.getTime() - a.lastChecked.getTime();
  };
  const order: Record<Sort, (a: SiteEntry, b: SiteEntry) => number> = {
    best,
    name: byName,
    newest: (a, b) => newest(a, b) || byName(a, b),
    rating: (a, b) => (compareRating ? compareRating(a, b) : 0) || best(a, b),
  };
  return [...sites].sort((a, b) => closedLast(a, b) || order[sort](a, b));
}

/**
 * A filtered list in the order its page shows it: sorted by the view's sort
 * (its default when none is chosen, see {@link sortSites}) and, with a
 * country, split into the sites made for it and then the others used there.
 * The page's cards and its JSON-LD both take `shown`, so they always agree.
 */
export function viewOrder(
  filtered: readonly SiteEntry[],
  { purpose, country, sort }: Pick<SiteFilter, 'purpose' | 'country' | 'sort'>,
  compareRating?: (a: SiteEntry, b: SiteEntry) => number,
): { shown: SiteEntry[]; groups?: { national: SiteEntry[]; worldwide: SiteEntry[] } | undefined } {
  const sorted = sortSites(filtered, sort ?? defaultSort(purpose), purpose, compareRating);
  if (!country) return { shown: sorted };
  const groups = splitByCountry(sorted, country);
  return { shown: [...groups.national, ...groups.worldwide], groups };
}

/** Sites per page of the prerendered catalogue (`/sites/`, `/sites/page/2/`, …), to keep each page light. */
export const CATALOGUE_PAGE_SIZE = 24;

/** Address of page n of the catalogue: page 1 is `/sites/`. */
export const cataloguePageHref = (page: number) => (page <= 1 ? '/sites/' : `/sites/page/${page}/`);

/** Address of page n of a prerendered kind-and-purpose view: page 1 is the view's own address, then `<view>page/<n>/`. */
export const filterPageHref = (view: string, page: number) => (page <= 1 ? view : `${view}page/${page}/`);

/** How many catalogue pages `count` sites make. */
export const cataloguePages = (count: number) => Math.max(1, Math.ceil(count / CATALOGUE_PAGE_SIZE));
