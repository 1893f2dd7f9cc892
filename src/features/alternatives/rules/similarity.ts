/**
 * Alternatives to a site: every other running site ranked by how alike the two
 * are for a visitor deciding between them. Pure: takes the catalogue as an
 * argument.
 *
 * Similarity (0–1) = 0.5 × cosine of the eight purpose scores, squared so core
 *                    and good count far more than incidental (0, 1, 4, 9)
 *                  + 0.3 × shared fields (Jaccard; two general platforms count as alike)
 *                  + 0.2 × country overlap (Jaccard of where each is used; worldwide meets any country it is open
 *                    in and not, per a cited source, little used in).
 * Closed sites are never offered as alternatives (they are never recommended);
 * a closed site still gets its list of running alternatives. Editors' listed
 * alternatives are always shown (if running) and marked; the rest of the list
 * is the most similar sites, down to a floor.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { isGlobal, listedCountries, usedIn } from '#src/catalogue/countries.ts';
import { GOOD_SCORE, PURPOSES, countryInText, keysOf, type Field, type Purpose } from '#src/catalogue/taxonomy.ts';
import { FIELD_PEOPLE } from '#src/features/directories/index.ts';
import { compareNames } from '#src/shared/collate.ts';
import { perCatalogue } from '#src/shared/per-catalogue.ts';

export const WEIGHTS = { purposes: 0.5, fields: 0.3, countries: 0.2 } as const;
/** How many ranked alternatives a page shows at most (editors' picks come on top of these if they rank lower). */
export const MAX_ALTERNATIVES = 12;
/** Below this similarity a site is not offered unless an editor listed it. */
export const MIN_SIMILARITY = 0.45;

export const ALTERNATIVES_RULE =
  'Ranked by similarity: 50% how alike the two sites’ eight purpose scores are (cosine of the squared scores, so what a site is built for counts most), 30% shared fields or professions, 20% overlap of the countries where they are used. Closed sites are left out; sites our editors list as alternatives are always shown and marked.';

type Scored = Pick<SiteEntry, 'purposes'>;
type Placed = Pick<SiteEntry, 'countries' | 'absentIn'> & Partial<Pick<SiteEntry, 'littleUsedIn'>>;

/** A site's squared purpose scores, in PURPOSES order, and the sum of their squares: what the cosine reads. */
interface PurposeVector {
  squares: number[];
  norm: number;
}

function purposeVector(site: Scored): PurposeVector {
  const squares = keysOf(PURPOSES).map((p) => site.purposes[p].score ** 2);
  let norm = 0;
  for (const x of squares) norm += x * x;
  return { squares, norm };
}

function cosine(a: PurposeVector, b: PurposeVector): number {
  let dot = 0;
  for (let i = 0; i < a.squares.length; i++) dot += a.squares[i]! * b.squares[i]!;
  return a.norm === 0 || b.norm === 0 ? 0 : dot / Math.sqrt(a.norm * b.norm);
}

/** Cosine similarity of two sites' squared purpose scores; 0 when either has none. */
export function purposeSimilarity(a: Scored, b: Scored): number {
  return cosine(purposeVector(a), purposeVector(b));
}

function fieldOverlap(fa: readonly string[], fb: ReadonlySet<string>): number {
  if (fa.length === 0 && fb.size === 0) return 1;
  const shared = fa.filter((f) => fb.has(f)).length;
  return shared / (fa.length + fb.size - shared);
}

/** Jaccard overlap of the fields; two general platforms (no fields) are alike (1), one general one not (0). */
export function fieldSimilarity(a: Pick<SiteEntry, 'fields'>, b: Pick<SiteEntry, 'fields'>): number {
  return fieldOverlap(Object.keys(a.fields), new Set(Object.keys(b.fields)));
}

/**
 * Where both are used: 1 for two worldwide sites; a worldwide site and a
 * national one score the share of the national one's countries the worldwide
 * one is used in (open there and not little used, `usedIn`), halved (a national site is a different offer); two national
 * ones score the Jaccard overlap of their lists.
 */
export function countrySimilarity(a: Placed, b: Placed): number {
  const ga = isGlobal(a);
  const gb = isGlobal(b);
  if (ga && gb) return 1;
  if (ga || gb) {
    const [global, national] = ga ? [a, b] : [b, a];
    const list = listedCountries(national);
    return list.length === 0 ? 0 : (0.5 * list.filter((c) => usedIn(global, c)).length) / list.length;
  }
  const la = listedCountries(a);
  const lb = new Set(listedCountries(b));
  const shared = la.filter((c) => lb.has(c)).length;
  const union = la.length + lb.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The weighted similarity, 0–1. */
export function similarity(a: SiteEntry, b: SiteEntry): number {
  return profileSimilarity(profileOf(a), profileOf(b));
}

const SCORE_WORD: Record<number, string> = { 3: 'core', 2: 'good' };
/** Purpose names short enough to join in one line. */
const SHORT: Record<Purpose, string> = {
  contacts: 'contacts',
  'peer-ideas': 'ideas with peers',
  referrals: 'referrals',
  investors: 'meeting investors',
  hiring: 'hiring',
  promotion: 'promotion',
  friends: 'friends',
  local: 'meeting locally',
};

/**
 * One line saying what the two share, e.g. "also core for referrals; also
 * used in Germany; built for nurses too". Empty when they share nothing worth saying.
 */
export function reasonFor(site: SiteEntry, other: SiteEntry): string {
  const parts: string[] = [];
  const shared = keysOf(PURPOSES)
    .filter((p) => site.purposes[p].score >= GOOD_SCORE && other.purposes[p].score >= GOOD_SCORE)
    .sort(
      (x, y) => other.purposes[y].score - other.purposes[x].score || site.purposes[y].score - site.purposes[x].score,
    );
  const byWord = new Map<string, Purpose[]>();
  for (const p of shared.slice(0, 3)) {
    const word = SCORE_WORD[other.purposes[p].score]!;
    byWord.set(word, [...(byWord.get(word) ?? []), p]);
  }
  for (const [word, purposes] of byWord) parts.push(`also ${word} for ${joinAnd(purposes.map((p) => SHORT[p]))}`);
  const siteCountries = listedCountries(site);
  const otherCountries = listedCountries(other);
  if (isGlobal(site) && isGlobal(other)) parts.push('also used worldwide');
  else if (!isGlobal(site)) {
    const both = siteCountries.filter((c) => (isGlobal(other) ? usedIn(other, c) : otherCountries.includes(c)));
    if (both.length > 0)
      parts.push(
        `${isGlobal(other) ? 'open' : 'also used'} in ${joinAnd(both.slice(0, 2).map(countryInText))}${both.length > 2 ? ' and more' : ''}`,
      );
  }
  const fields = (Object.keys(site.fields) as Field[]).filter((f) => other.fields[f] !== undefined);
  if (fields.length > 0) parts.push(`built for ${joinAnd(fields.slice(0, 2).map((f) => FIELD_PEOPLE[f]))} too`);
  return parts.join('; ');
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export interface Alternative {
  site: SiteEntry;
  /** 0–1, rounded to two places. */
  similarity: number;
  reason: string;
  /** Listed by the editors in the site's `alternatives`. */
  editorsPick: boolean;
}

/**
 * The alternatives to `site` among `sites`, most similar first (ties: editors'
 * picks first, then name). Excludes the site itself and closed sites.
 */
export function rankAlternatives(site: SiteEntry, sites: readonly SiteEntry[]): Alternative[] {
  const picks = new Set(site.alternatives);
  // Each entry's purpose vector and fields are read once per catalogue, not once per pair: the
  // build ranks every site against each prerendered one (10 million pairs at 10,000 entries).
  const profiles = perCatalogue(sites, 'alternatives:profiles', () => new Map(sites.map((s) => [s, profileOf(s)])));
  const mine = profiles.get(site) ?? profileOf(site);
  // Only sites that can be shown are sorted: ranked by similarity, a site under the floor never
  // comes before one above it, so leaving it out moves no one's place among the top ones. The
  // reason is written only for the sites shown. (The long tail's pages and a large catalogue's
  // build rank every site against every prerendered one: issue 16.)
  const ranked = sites
    .filter((s) => s.slug !== site.slug && s.status !== 'closed')
    .map((s) => ({
      site: s,
      exact: profileSimilarity(mine, profiles.get(s) ?? profileOf(s)),
      editorsPick: picks.has(s.slug),
    }))
    .filter((a) => a.editorsPick || a.exact >= MIN_SIMILARITY)
    .sort((a, b) => b.exact - a.exact || Number(b.editorsPick) - Number(a.editorsPick) || byName(a.site, b.site));
  return ranked
    .filter((a, i) => a.editorsPick || i < MAX_ALTERNATIVES)
    .map(({ site: s, exact, editorsPick }) => ({
      site: s,
      similarity: Math.round(exact * 100) / 100,
      reason: reasonFor(site, s),
      editorsPick,
    }));
}

/** What {@link similarity} reads of a site, read once. */
interface Profile {
  site: SiteEntry;
  purposes: PurposeVector;
  fields: string[];
  fieldSet: ReadonlySet<string>;
}

function profileOf(site: SiteEntry): Profile {
  const fields = Object.keys(site.fields);
  return { site, purposes: purposeVector(site), fields, fieldSet: new Set(fields) };
}

/** The weighted similarity of two profiles, 0–1. */
function profileSimilarity(a: Profile, b: Profile): number {
  return (
    WEIGHTS.purposes * cosine(a.purposes, b.purposes) +
    WEIGHTS.fields * fieldOverlap(a.fields, b.fieldSet) +
    WEIGHTS.countries * countrySimilarity(a.site, b.site)
  );
}

const byName = (a: SiteEntry, b: SiteEntry) => compareNames(a.name, b.name);
