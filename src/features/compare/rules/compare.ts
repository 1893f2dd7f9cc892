/**
 * Comparing two to four catalogue entries side by side: reading the `sites`
 * list a visitor asked for, the rows of the comparison with the ones where the
 * sites differ, and the winner per purpose. The compare page, the pair pages
 * and `GET /api/compare` all call these functions, so they always agree.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { FEATURES, PURPOSES, keysOf, labelOf, type Purpose, type Score } from '#src/catalogue/taxonomy.ts';
import { countriesLabel } from '#src/catalogue/countries.ts';

export * from './pairs.ts';
export * from './suggest.ts';
export * from './picker.ts';

/** Fewest sites a comparison shows. */
export const MIN_COMPARE = 2;
/** Most sites a comparison shows: more columns stop fitting a screen. */
export const MAX_COMPARE = 4;

/**
 * The slugs asked for, from one or more `sites` values (`?sites=a,b` or the
 * picker form's repeated `?sites=a&sites=b&sites=`): trimmed, lowercased,
 * empties dropped and repeats collapsed, keeping the first occurrence's order.
 */
export function parseSitesParam(values: readonly (string | null | undefined)[]): string[] {
  const slugs = new Set<string>();
  for (const value of values) {
    for (const part of (value ?? '').split(',')) {
      const slug = part.trim().toLowerCase();
      if (slug) slugs.add(slug);
    }
  }
  return [...slugs];
}

/** The on-demand compare URL for these slugs, in the order given. */
export function compareHref(slugs: readonly string[]): string {
  return `/compare/?sites=${slugs.map(encodeURIComponent).join(',')}`;
}

/** What a `sites` list turned out to be, checked against the catalogue. */
export type Resolution =
  | { status: 'empty' }
  | { status: 'ok'; sites: SiteEntry[] }
  | { status: 'unknown'; unknown: string[]; sites: SiteEntry[] }
  | { status: 'too-few' | 'too-many'; sites: SiteEntry[] };

/**
 * Looks the slugs up. Unknown slugs are reported before the count, so a typo
 * in a single slug gets "did you mean" rather than "pick one more".
 */
export function resolveComparison(catalogue: readonly SiteEntry[], slugs: readonly string[]): Resolution {
  if (slugs.length === 0) return { status: 'empty' };
  const bySlug = new Map(catalogue.map((s) => [s.slug, s]));
  const sites = slugs.flatMap((slug) => bySlug.get(slug) ?? []);
  const unknown = slugs.filter((slug) => !bySlug.has(slug));
  if (unknown.length > 0) return { status: 'unknown', unknown, sites };
  if (sites.length < MIN_COMPARE) return { status: 'too-few', sites };
  if (sites.length > MAX_COMPARE) return { status: 'too-many', sites };
  return { status: 'ok', sites };
}

/** The sentence explaining a wrong count, shared by the page and the API. */
export function countProblem(count: number): string {
  if (count < MIN_COMPARE) {
    return `A comparison needs ${MIN_COMPARE} to ${MAX_COMPARE} sites and you picked ${count}: pick at least one more site.`;
  }
  const extra = count - MAX_COMPARE;
  return `A comparison shows ${MIN_COMPARE} to ${MAX_COMPARE} sites and you picked ${count}: remove ${extra} ${extra === 1 ? 'site' : 'sites'}.`;
}

/** A value in one cell of the comparison, as the API reports it. */
export type CellValue = string | number | boolean | null | string[];

/** Groups of rows, in table order. */
export type RowGroup = 'overview' | 'purposes' | 'facts' | 'features';

/** One compared attribute: a row of the table and a candidate difference. */
export interface CompareRow {
  /** Dotted field name: `kind`, `purposes.contacts`, `features.jobs`. */
  field: string;
  label: string;
  group: RowGroup;
  /** One value per site, in the order the sites were given. */
  values: CellValue[];
  /** True when not every site has the same value. */
  differs: boolean;
}

interface Attribute {
  field: string;
  label: string;
  group: RowGroup;
  value: (site: SiteEntry) => CellValue;
}

/** Sets compare regardless of the order an editor listed them in. */
const sorted = (values: readonly string[]): string[] => [...values].sort();

/** Every compared attribute in table order; labels come from the taxonomy. */
const ATTRIBUTES: readonly Attribute[] = [
  { field: 'kind', label: 'Kind', group: 'overview', value: (s) => s.kind },
  ...keysOf(PURPOSES).map((p): Attribute => ({
    field: `purposes.${p}`,
    label: labelOf(PURPOSES, p),
    group: 'purposes',
    value: (s) => s.purposes[p].score,
  })),
  { field: 'audiences', label: 'Best for audiences', group: 'facts', value: (s) => sorted(s.audiences) },
  { field: 'timeCost', label: 'Time cost', group: 'facts', value: (s) => s.timeCost },
  { field: 'pricing', label: 'Pricing', group: 'facts', value: (s) => s.pricing.model },
  { field: 'revenue', label: 'Makes money from', group: 'facts', value: (s) => sorted(s.revenue) },
  { field: 'countries', label: 'Where it is used', group: 'facts', value: (s) => countriesLabel(s) },
  { field: 'owner', label: 'Owner', group: 'facts', value: (s) => s.owner },
  { field: 'founded', label: 'Founded', group: 'facts', value: (s) => s.founded ?? null },
  { field: 'status', label: 'Status', group: 'facts', value: (s) => s.status },
  ...keysOf(FEATURES).map((f): Attribute => ({
    field: `features.${f}`,
    label: labelOf(FEATURES, f),
    group: 'features',
    value: (s) => s.features.includes(f),
  })),
];

/** True when the values are not all the same (arrays compared element by element). */
export function valuesDiffer(values: readonly CellValue[]): boolean {
  const keys = values.map((v) => JSON.stringify(v));
  return keys.some((k) => k !== keys[0]);
}

/** Every row of the comparison, in table order. */
export function compareRows(sites: readonly SiteEntry[]): CompareRow[] {
  return ATTRIBUTES.map(({ field, label, group, value }) => {
    const values = sites.map(value);
    return { field, label, group, values, differs: valuesDiffer(values) };
  });
}

/** A row where the sites differ, as `GET /api/compare` reports it. */
export interface Difference {
  field: string;
  label: string;
  values: CellValue[];
}

/** The rows where the sites differ, in table order. */
export function differences(sites: readonly SiteEntry[]): Difference[] {
  return compareRows(sites)
    .filter((row) => row.differs)
    .map(({ field, label, values }) => ({ field, label, values }));
}

/** The winner of one purpose among the compared sites. */
export interface BestFor {
  purpose: Purpose;
  label: string;
  /** The top score among the compared sites that are still running (0 when none serves the purpose). */
  score: Score;
  /** Slugs of the sites sharing the top score, in the order given; empty when none suits it (top score 0 or 1). */
  winners: string[];
  tie: boolean;
}

/** The lowest score that can make a site "best" for a purpose: 2 (good). A 1 is incidental, never a recommendation. */
export const MIN_BEST_SCORE = 2;

/**
 * The best site per purpose: the highest score wins, equal top scores are a
 * tie, and nobody wins a purpose where the top score is 0 or 1 (no compared
 * site is good for it). Closed sites never win: they are listed for history
 * and never recommended.
 */
export function bestFor(sites: readonly SiteEntry[]): BestFor[] {
  const open = sites.filter((s) => s.status !== 'closed');
  return keysOf(PURPOSES).map((purpose) => {
    const score = Math.max(0, ...open.map((s) => s.purposes[purpose].score)) as Score;
    const winners =
      score < MIN_BEST_SCORE ? [] : open.filter((s) => s.purposes[purpose].score === score).map((s) => s.slug);
    return { purpose, label: labelOf(PURPOSES, purpose), score, winners, tie: winners.length > 1 };
  });
}

/**
 * "LinkedIn", "Tie: LinkedIn and Xing", or that neither (none) suits it: the
 * best-for verdict in words. `names` holds the compared sites, so its size
 * says whether "neither" (two) or "none of them" (more) reads right.
 */
export function describeBestFor(result: BestFor, names: ReadonlyMap<string, string>): string {
  const named = result.winners.map((slug) => names.get(slug) ?? slug);
  const nobody = names.size === 2 ? 'Neither' : 'None of them';
  if (named.length === 0) {
    return result.score === 0
      ? `${nobody} serves it`
      : `${nobody} suits it: at best it happens there incidentally (a score of 1)`;
  }
  if (named.length === 1) return named[0]!;
  return `Tie: ${named.slice(0, -1).join(', ')} and ${named.at(-1)!}`;
}

/**
 * One sentence on where the compared sites are used, when that differs
 * ("Where they are used differs: LinkedIn worldwide; XING in Germany, Austria,
 * Switzerland."), or undefined when every site is used in the same places.
 */
export function countryDifference(sites: readonly SiteEntry[]): string | undefined {
  const labels = sites.map((s) => countriesLabel(s));
  if (!valuesDiffer(labels)) return undefined;
  const where = (label: string) => (label.startsWith('Worldwide') ? `w${label.slice(1)}` : `in ${label}`);
  return `Where they are used differs: ${sites.map((s, i) => `${s.name} ${where(labels[i]!)}`).join('; ')}.`;
}
