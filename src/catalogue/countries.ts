/**
 * Where a site is available and used: `countries` is "global" (minus
 * `absentIn`) or a list of ISO 3166-1 alpha-2 codes. Every reader of an
 * entry's countries goes through these functions.
 */
import { countryInText, countryName } from './taxonomy.ts';

/** The part of an entry that says where it is used. */
export interface SiteCountries {
  countries: 'global' | readonly string[];
  absentIn: readonly string[];
}

/** True when the site is open (and used) worldwide. */
export function isGlobal(site: SiteCountries): boolean {
  return site.countries === 'global';
}

/** True when the site is available and used in the country with this ISO code. */
export function availableIn(site: SiteCountries, code: string): boolean {
  return site.countries === 'global' ? !site.absentIn.includes(code) : site.countries.includes(code);
}

/** A country where a worldwide site is open but, per a cited source, little used (`littleUsedIn`). */
export interface LittleUsed {
  country: string;
  note: string;
  source: { title: string; url: string };
}

/**
 * The sourced note saying few people in the country use the site, or
 * undefined when none does. Open there (see {@link availableIn}) but not a
 * place to meet people from there.
 */
export function littleUsedIn(
  site: { littleUsedIn?: readonly LittleUsed[] | undefined },
  code: string,
): LittleUsed | undefined {
  return site.littleUsedIn?.find((l) => l.country === code);
}

/**
 * True when the site is available in the country and not, per a cited source,
 * little used there: what "used in" means on country pages, in the catalogue's
 * country filter and in the similarity of alternatives.
 */
export function usedIn(
  site: SiteCountries & { littleUsedIn?: readonly LittleUsed[] | undefined },
  code: string,
): boolean {
  return availableIn(site, code) && littleUsedIn(site, code) === undefined;
}

/** The codes of a national or multi-country site; empty for a global one. */
export function listedCountries(site: SiteCountries): readonly string[] {
  return site.countries === 'global' ? [] : site.countries;
}

/**
 * Most countries a site may list and still be made for each of them: a
 * national network, or a regional one (Xing in Germany, Austria and
 * Switzerland; Bayt in the Gulf). A site listing more is an international one
 * that is open in each of those countries, like a worldwide site, but not made
 * for any one of them.
 */
export const REGIONAL_MAX = 10;

/**
 * True when the site is made for the country: it lists it among at most
 * {@link REGIONAL_MAX} countries. Country pages and the catalogue's country
 * filter put these sites first, as "sites for" the country; every other site
 * used there ({@link usedIn}) comes after them.
 */
export function madeFor(site: SiteCountries, code: string): boolean {
  const listed = listedCountries(site);
  return listed.length <= REGIONAL_MAX && listed.includes(code);
}

/**
 * Orders worldwide sites before those used in listed countries only: in a
 * list for no country in particular, a site used in one country (or a few)
 * never comes above a worldwide one that fits as well.
 */
export function worldwideFirst(a: SiteCountries, b: SiteCountries): number {
  return Number(!isGlobal(a)) - Number(!isGlobal(b));
}

/** "Worldwide", "Worldwide except China" or "Germany, Austria, Switzerland". */
export function countriesLabel(site: SiteCountries): string {
  if (site.countries === 'global') {
    return site.absentIn.length === 0 ? 'Worldwide' : `Worldwide except ${site.absentIn.map(countryName).join(', ')}`;
  }
  return site.countries.map(countryName).join(', ');
}

/** Where a site is used, inside a sentence: "worldwide except China", "the United States, the United Kingdom". */
export function countriesInText(site: SiteCountries): string {
  if (site.countries === 'global') {
    return site.absentIn.length === 0 ? 'worldwide' : `worldwide except ${site.absentIn.map(countryInText).join(', ')}`;
  }
  return site.countries.map(countryInText).join(', ');
}

/** Short form for tight places: "Worldwide" or "DE, AT, CH". */
export function countriesShort(site: SiteCountries): string {
  return site.countries === 'global' ? 'Worldwide' : site.countries.join(', ');
}
