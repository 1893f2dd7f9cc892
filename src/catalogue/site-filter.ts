/**
 * The catalogue filters: by kind, by purpose (sites scoring "good" or
 * better), by country (sites available and used there) and by field (sites
 * strong for a profession), the order the list shows them in, and the
 * address of each filtered view. Used by the list pages and their JSON-LD so
 * both always agree.
 */
import type { SiteEntry } from './entry-file.ts';
import { madeFor, usedIn } from './countries.ts';
import {
  GOOD_SCORE,
  PURPOSES,
  keysOf,
  type Field,
  type Kind,
  type PricingModel,
  type Purpose,
  type Status,
  type TimeCost,
} from './taxonomy.ts';

/** The list's sort orders (applied by the directories feature's `sortSites`). */
export const SORTS = {
  best: 'Best for the purpose',
  rating: 'Best rated',
  name: 'Name',
  newest: 'Newest',
} as const;
export type Sort = keyof typeof SORTS;

/** The order a view has when none is chosen: best for its purpose, else by name. */
export const defaultSort = (purpose: Purpose | undefined): Sort => (purpose ? 'best' : 'name');

export interface SiteFilter {
  kind?: Kind | undefined;
  purpose?: Purpose | undefined;
  /** ISO 3166-1 alpha-2 code, upper case. */
  country?: string | undefined;
  field?: Field | undefined;
  price?: PricingModel | undefined;
  time?: TimeCost | undefined;
  status?: Status | undefined;
  /** Left out (undefined) when it is the view's {@link defaultSort}. */
  sort?: Sort | undefined;
}

/**
 * Sites matching the filter. With a country, the sites made for it
 * ({@link madeFor}) come first, then the worldwide and international ones; within that, with a purpose,
 * strongest first; closed sites last.
 */
export function filterSites(
  sites: readonly SiteEntry[],
  { kind, purpose, country, field, price, time, status }: SiteFilter,
): SiteEntry[] {
  return sites
    .filter(
      (s) =>
        (!kind || s.kind === kind) &&
        (!purpose || s.purposes[purpose].score >= GOOD_SCORE) &&
        (!country || usedIn(s, country)) &&
        (!field || s.fields[field] !== undefined) &&
        (!price || s.pricing.model === price) &&
        (!time || s.timeCost === time) &&
        (!status || s.status === status),
    )
    .sort(
      (a, b) =>
        (country ? Number(madeFor(b, country)) - Number(madeFor(a, country)) : 0) ||
        (purpose ? b.purposes[purpose].score - a.purposes[purpose].score : 0) ||
        Number(a.status === 'closed') - Number(b.status === 'closed'),
    );
}

/** The filtered list split for display: with a country, the sites made for it and the others used there. */
export function splitByCountry(
  shown: readonly SiteEntry[],
  country: string,
): { national: SiteEntry[]; worldwide: SiteEntry[] } {
  return {
    national: shown.filter((s) => madeFor(s, country)),
    worldwide: shown.filter((s) => !madeFor(s, country)),
  };
}

/**
 * Address of a filtered view. Kind and purpose alone have prerendered pages
 * (`/sites/filter/<kind>/<purpose>/`); a country, field, price, time cost,
 * status or a sort other than the default needs the
 * on-demand `/sites/filter/?…`, with the parameters in a fixed order so each
 * view has one address.
 */
export function filterHref({ kind, purpose, country, field, price, time, status, sort }: SiteFilter): string {
  if (sort === defaultSort(purpose)) sort = undefined;
  if (!country && !field && !price && !time && !status && !sort)
    return kind || purpose ? `/sites/filter/${kind ?? 'all'}/${purpose ?? 'all'}/` : '/sites/';
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (purpose) params.set('purpose', purpose);
  if (country) params.set('country', country);
  if (field) params.set('field', field);
  if (price) params.set('price', price);
  if (time) params.set('time', time);
  if (status) params.set('status', status);
  if (sort) params.set('sort', sort);
  return `/sites/filter/?${params}`;
}

/** A site's purpose scores as a plain map, the shape search documents store. */
export function purposeScores(site: Pick<SiteEntry, 'purposes'>): Record<Purpose, number> {
  return Object.fromEntries(keysOf(PURPOSES).map((p) => [p, site.purposes[p].score])) as Record<Purpose, number>;
}

/** The purposes a site serves (score ≥ 2), core ones first, then in taxonomy order. */
export function servedPurposes(scores: Readonly<Record<Purpose, number>>): Purpose[] {
  return keysOf(PURPOSES)
    .filter((p) => scores[p] >= GOOD_SCORE)
    .sort((a, b) => scores[b] - scores[a]);
}
