/**
 * The catalogue's filters and sort as a query string
 * (`/sites/filter/?kind=&purpose=&country=&field=&price=&time=&status=&sort=`, what the filter form sends
 * with JavaScript off): read and checked here, for the on-demand page.
 */
import { filterHref, type SiteFilter } from '#src/catalogue/site-filter.ts';
import { SORTS, defaultSort, type Sort } from '#src/catalogue/site-filter.ts';
import {
  COUNTRY_CODES,
  FIELDS,
  KINDS,
  PRICING_MODELS,
  PURPOSES,
  STATUSES,
  TIME_COSTS,
  keysOf,
} from '#src/catalogue/taxonomy.ts';

export { filterHref, type SiteFilter };

/** The query parameters {@link parseSiteFilter} reads. */
export const FILTER_PARAMS = ['kind', 'purpose', 'country', 'field', 'price', 'time', 'status', 'sort'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export type ParsedFilter =
  { ok: true; filter: SiteFilter } | { ok: false; errors: { field: FilterParam; message: string }[] };

/** A value as the page may echo it: trimmed and cut short. */
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * Reads `kind`, `purpose`, `country`, `field`, `price` (pricing model), `time`
 * (time cost), `status` and `sort`. An empty value (the form's "Any") means
 * "not given"; a country code may be in either case; a sort equal to the
 * view's default is dropped (so each view has one address); other parameters
 * are ignored.
 */
export function parseSiteFilter(params: URLSearchParams): ParsedFilter {
  const errors: { field: FilterParam; message: string }[] = [];
  const one = (name: FilterParam): string | undefined => {
    const values = params
      .getAll(name)
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (new Set(values).size > 1) errors.push({ field: name, message: 'must be given once' });
    return values[0];
  };
  const pick = <K extends string>(name: FilterParam, keys: readonly K[], what: string): K | undefined => {
    const value = one(name);
    if (value === undefined) return undefined;
    if ((keys as readonly string[]).includes(value)) return value as K;
    errors.push({ field: name, message: `must be ${what}, not “${shown(value)}”` });
    return undefined;
  };
  const kind = pick('kind', keysOf(KINDS), `one of ${keysOf(KINDS).join(', ')}`);
  const purpose = pick('purpose', keysOf(PURPOSES), `one of ${keysOf(PURPOSES).join(', ')}`);
  const countryValue = one('country');
  const country = countryValue?.toUpperCase();
  if (countryValue !== undefined && !COUNTRY_CODES.has(country!)) {
    errors.push({
      field: 'country',
      message: `must be a two-letter country code like DE or GB, not “${shown(countryValue)}”`,
    });
  }
  const field = pick('field', [...FIELDS.keys()], 'a field from the list, like nursing or software');
  const price = pick('price', keysOf(PRICING_MODELS), `one of ${keysOf(PRICING_MODELS).join(', ')}`);
  const time = pick('time', keysOf(TIME_COSTS), `one of ${keysOf(TIME_COSTS).join(', ')}`);
  const status = pick('status', keysOf(STATUSES), `one of ${keysOf(STATUSES).join(', ')}`);
  const sortKeys = Object.keys(SORTS) as Sort[];
  const sortValue = pick('sort', sortKeys, `one of ${sortKeys.join(', ')}`);
  const sort = sortValue === defaultSort(purpose) ? undefined : sortValue;
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, filter: { kind, purpose, country, field, price, time, status, sort } };
}

/** The query string exactly as {@link filterHref} writes it for this filter, to redirect untidy ones. */
export function isTidy(url: URL, filter: SiteFilter): boolean {
  return `${url.pathname}${url.search}` === filterHref(filter);
}
