/**
 * The field directory: for each profession or industry, the running sites
 * strong for it (each with the editor's reason), best first, and the popular
 * general platforms that are not, each with one line saying why.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { POPULAR_SITES } from '#src/catalogue/popular.ts';
import { servedPurposes, purposeScores } from '#src/catalogue/site-filter.ts';
import { FIELDS, PURPOSES, labelOf, type Field } from '#src/catalogue/taxonomy.ts';
import { directoryOrder } from './order.ts';

/**
 * Who works in each field, as the page titles say it ("Best networking sites
 * for nurses"). A Record, so a field added to the taxonomy fails the type check
 * until it has its people.
 */
export const FIELD_PEOPLE: Readonly<Record<Field, string>> = {
  healthcare: 'healthcare workers',
  dentistry: 'dentists and dental teams',
  medicine: 'doctors',
  nursing: 'nurses',
  veterinary: 'vets',
  pharmacy: 'pharmacists',
  'research-academia': 'researchers and academics',
  education: 'teachers',
  libraries: 'librarians and library staff',
  law: 'lawyers',
  software: 'software developers',
  'product-management': 'product managers',
  engineering: 'engineers',
  architecture: 'architects',
  'design-creative': 'designers and artists',
  'photography-video': 'photographers and filmmakers',
  music: 'musicians',
  writing: 'writers',
  translation: 'translators and interpreters',
  media: 'journalists and media people',
  marketing: 'marketers and salespeople',
  finance: 'people in finance',
  accounting: 'accountants',
  'real-estate': 'estate agents and property investors',
  trades: 'builders and tradespeople',
  hospitality: 'hospitality workers',
  tourism: 'tour guides and travel agents',
  agriculture: 'farmers',
  'retail-ecommerce': 'shops and online sellers',
  'hr-recruiting': 'HR people and recruiters',
  nonprofit: 'nonprofits and volunteers',
  'social-work': 'social workers',
  religion: 'clergy and church leaders',
  'public-sector': 'public-sector workers',
  military: 'service members and veterans',
  students: 'students and graduates',
  gaming: 'gamers and game developers',
  'events-weddings': 'wedding and event professionals',
  'fitness-wellness': 'fitness and wellness professionals',
  beauty: 'hairdressers, barbers and beauticians',
  consulting: 'consultants',
  executives: 'business owners and executives',
};

/** URL path of a field's page. */
export function fieldPath(field: Field): string {
  return `/fields/${field}/`;
}

/** The page title for a field: "Best networking sites for nurses". */
export function fieldTitle(field: Field): string {
  return `Best networking sites for ${FIELD_PEOPLE[field]}`;
}

/** True when the site names the field among those it is strong for. */
export function servesField(site: Pick<SiteEntry, 'fields'>, field: Field): boolean {
  return site.fields[field] !== undefined;
}

/** Fields that at least one entry (closed ones included) names, in taxonomy order: the fields that get a page. */
export function fieldsWithSites(sites: readonly SiteEntry[]): Field[] {
  return [...FIELDS.keys()].filter((f) => sites.some((s) => servesField(s, f)));
}

export interface WrongSite {
  site: SiteEntry;
  /** One line on why it is the wrong tool here. */
  why: string;
}

export interface FieldRanking {
  /** Running sites strong for the field, in the directory order (rules/order.ts). */
  serving: SiteEntry[];
  /** Closed sites that were strong for it: history, never recommended. */
  closed: SiteEntry[];
  /**
   * Popular general platforms (src/catalogue/popular.ts), still running, that
   * are not strong for the field, in the order of the popular list.
   */
  popularButWrong: WrongSite[];
}

const list = (words: readonly string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;

/** Why a popular site is not the tool for a field, from its own entry. */
export function whyNotForField(site: SiteEntry, field: Field): string {
  const own = (Object.keys(site.fields) as Field[])
    .filter((f) => f !== field)
    .map((f) => labelOf(FIELDS, f).toLowerCase());
  const good = servedPurposes(purposeScores(site)).map((p) => labelOf(PURPOSES, p).toLowerCase());
  const start =
    own.length > 0
      ? `Strong for ${list(own)}, not for ${FIELD_PEOPLE[field]}`
      : `A general platform with nothing built for ${FIELD_PEOPLE[field]}`;
  return good.length > 0 ? `${start}; better for ${list(good)}.` : `${start}.`;
}

/** Ranks the catalogue for one field. Pure; sorts copies. */
export function rankForField(field: Field, sites: readonly SiteEntry[]): FieldRanking {
  const strong = sites.filter((s) => servesField(s, field));
  const serving = strong.filter((s) => s.status !== 'closed').sort(directoryOrder);
  const closed = strong.filter((s) => s.status === 'closed').sort(directoryOrder);
  const bySlug = new Map(sites.map((s) => [s.slug, s]));
  const popularButWrong = POPULAR_SITES.map((slug) => bySlug.get(slug))
    .filter((s): s is SiteEntry => s !== undefined && s.status !== 'closed' && !servesField(s, field))
    .map((site) => ({ site, why: whyNotForField(site, field) }));
  return { serving, closed, popularButWrong };
}
