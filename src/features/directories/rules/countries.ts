/**
 * The country directory: for each country an entry lists (or excludes), the
 * running sites used there, those made for it first (national and regional
 * ones, `madeFor`), then the worldwide and international ones, each group best first; the popular sites (src/catalogue/popular.ts, the one
 * definition of popular) that are absent or not used there; and the worldwide
 * sites a cited source says few people there use, with that source.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import {
  availableIn,
  countriesInText,
  isGlobal,
  listedCountries,
  littleUsedIn,
  madeFor,
  usedIn,
} from '#src/catalogue/countries.ts';
import { POPULAR_SITES } from '#src/catalogue/popular.ts';
import { COUNTRY_CODES, countryInText, countryName } from '#src/catalogue/taxonomy.ts';
import { directoryOrder } from './order.ts';

/**
 * How many worldwide sites a country's page lists, best first, before a link to
 * the filtered catalogue ("every site used in …"). The worldwide list is nearly
 * the same on every country's page and grows with the catalogue (116 sites in
 * December 2026); the page is about the sites for that country, so it keeps
 * the worldwide ones to the strongest and stays within the 14 kB first-flight
 * budget (tests/e2e/quality/budgets.test.ts) as the catalogue grows.
 */
export const WORLDWIDE_LISTED = 40;

/**
 * How many sites made for a country its page lists, best first, before the same link to the filtered catalogue.
 * The page lists them all while they are few; the United States' list (94 in December 2026) took its page past the
 * 14 kB first-flight budget, and every country's list grows with the catalogue, so the page's size must not. Fifty
 * leaves room: the United Kingdom's page, with 54 and a long list of closed sites, weighed 13.4 kB at 60.
 */
export const NATIONAL_LISTED = 50;

/** URL path of a country's page (the code in lower case). */
export function countryPath(code: string): string {
  return `/countries/${code.toLowerCase()}/`;
}

/** The ISO code a URL segment or query value stands for ("de" → "DE"), or undefined. */
export function countryCode(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  return COUNTRY_CODES.has(code) ? code : undefined;
}

/** The page title for a country: "Networking sites used in Germany". */
export function countryTitle(code: string): string {
  return `Networking sites used in ${countryInText(code)}`;
}

/** True when the site lists the country itself (a national, regional or international site, not a worldwide one). */
export function isNationalIn(site: SiteEntry, code: string): boolean {
  return listedCountries(site).includes(code);
}

/**
 * Countries that at least one entry (closed ones included) is made for, excludes or says is little used, by
 * English name: the countries that get a page. A country only international sites list (among many others) has
 * none of its own: the catalogue's country filter lists what is used there.
 */
export function countriesWithPages(sites: readonly SiteEntry[]): string[] {
  const madeForSome = (s: SiteEntry) => listedCountries(s).filter((code) => madeFor(s, code));
  const codes = new Set(
    sites.flatMap((s) => [...madeForSome(s), ...s.absentIn, ...(s.littleUsedIn ?? []).map((l) => l.country)]),
  );
  return [...codes].sort((a, b) => countryName(a).localeCompare(countryName(b), 'en'));
}

export interface WrongThere {
  site: SiteEntry;
  /**
   * `absent`: a worldwide site blocked or unavailable there; `elsewhere`: used in other countries only;
   * `little-used`: a worldwide site open there that a cited source says few people there use.
   */
  reason: 'absent' | 'elsewhere' | 'little-used';
  /** One line on why, for the page. */
  why: string;
  /** For `little-used`: the source that says so. */
  source?: { title: string; url: string } | undefined;
}

export interface CountryRanking {
  /** Running sites made for the country (`madeFor`: they list it among a few), in the directory order (rules/order.ts). */
  national: SiteEntry[];
  /**
   * The other running sites used there, in the same order: worldwide ones not absent there nor little used there,
   * and international ones that list it among many countries.
   */
  global: SiteEntry[];
  /** Closed sites that listed the country: history, never recommended. */
  closed: SiteEntry[];
  /**
   * Running popular sites not available there (absent ones first, then those used elsewhere only), then every
   * running worldwide site that a cited source says is little used there, popular or not.
   */
  wrongThere: WrongThere[];
}

/** Ranks the catalogue for one country. Pure; sorts copies. */
export function rankForCountry(code: string, sites: readonly SiteEntry[]): CountryRanking {
  const running = sites.filter((s) => s.status !== 'closed');
  const national = running.filter((s) => madeFor(s, code)).sort(directoryOrder);
  const global = running.filter((s) => !madeFor(s, code) && usedIn(s, code)).sort(directoryOrder);
  const closed = sites.filter((s) => s.status === 'closed' && isNationalIn(s, code)).sort(directoryOrder);
  const name = countryInText(code);
  const wrong = running.filter((s) => POPULAR_SITES.includes(s.slug) && !availableIn(s, code)).sort(directoryOrder);
  const wrongThere: WrongThere[] = [
    ...wrong
      .filter(isGlobal)
      .map((site) => ({ site, reason: 'absent' as const, why: `Blocked or not available in ${name}.` })),
    ...wrong
      .filter((s) => !isGlobal(s))
      .map((site) => ({
        site,
        reason: 'elsewhere' as const,
        why: `Used in ${countriesInText(site)}, not in ${name}.`,
      })),
    ...running
      .filter((s) => isGlobal(s) && availableIn(s, code))
      .sort(directoryOrder)
      .flatMap((site) => {
        const few = littleUsedIn(site, code);
        return few
          ? [
              {
                site,
                reason: 'little-used' as const,
                why: `Open in ${name}, but few people there use it: ${few.note}`,
                source: few.source,
              },
            ]
          : [];
      }),
  ];
  return { national, global, closed, wrongThere };
}
