/**
 * The goal-based recommender: every active site scored 0–100 for a visitor's
 * answers, with the terms that make the score, a verdict on whether the goals
 * are business or social networking, and warnings. Pure and deterministic:
 * the same answers and catalogue always give the same result, in any input
 * order. The numbers live in `recommend-formula.ts` (re-exported here), which
 * the methodology page renders.
 */
import type { Answers, TimeBudget } from './answers.ts';
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { isPopular } from '#src/catalogue/popular.ts';
import { perCatalogue } from '#src/shared/per-catalogue.ts';
import { smallest } from '#src/shared/top-k.ts';
import { availableIn, countriesShort, isGlobal, littleUsedIn, madeFor } from '#src/catalogue/countries.ts';
import type { UintList } from '#src/shared/uint-arrays.ts';
import {
  DISTANCE_FIELDS,
  FIELDS,
  REACH_BANDS,
  countryInText,
  fieldKinship,
  groupsPhrase,
  reachRank,
  roleTerms,
  withWiderGroups,
  type EligibilityGroup,
  type Field,
  type FieldKinship,
  type Role,
} from '#src/catalogue/taxonomy.ts';
import {
  CO_FOUNDER_FEATURE,
  MARKET_FEATURES,
  hiringMarket,
  inPersonClientWork,
  sellsInPerson,
  type WorkMarket,
} from './hiring-market.ts';
import {
  ADJUSTMENTS,
  CROWD_REACH,
  LARGE_REACH,
  OUTWARD_GOALS,
  SCORE_RANGE,
  goalPoints,
  type AdjustmentId,
} from './formula.ts';
import {
  AUDIENCES,
  BUSINESS_PURPOSES,
  ELIGIBILITY_GROUPS,
  PRICING_MODELS,
  PURPOSES,
  ROLES,
  keysOf,
  GOOD_SCORE,
  KINDS,
  labelOf,
  type Audience,
  type Kind,
  type Purpose,
  type Score,
} from '#src/catalogue/taxonomy.ts';

export * from './formula.ts';

/** The fields of an entry the recommender reads (of its reach, only the band and what it counts, not the source). */
export type RecommendableSite = Pick<
  SiteEntry,
  | 'slug'
  | 'name'
  | 'kind'
  | 'status'
  | 'purposes'
  | 'audiences'
  | 'timeCost'
  | 'pricing'
  | 'countries'
  | 'absentIn'
  | 'littleUsedIn'
  | 'features'
  | 'fields'
  | 'general'
  | 'inPersonBusinessesOnly'
> & {
  reach?: Pick<NonNullable<SiteEntry['reach']>, 'band' | 'measure'> | undefined;
  /** Of who may join, only the groups and roles: the rule and its source are on the site's page. */
  eligibility?:
    | { groups: readonly EligibilityGroup[]; roles?: readonly Role[] | undefined; othersWelcome?: true | undefined }
    | undefined;
};

/** One term of a score; a result's reasons' points sum to its score. */
export interface Reason {
  text: string;
  points: number;
}

/** Something to know before choosing a site, beyond its score. */
export interface Warning {
  type: 'wrong-kind' | 'time-cost' | 'declining' | 'little-used' | 'eligibility';
  text: string;
}

export interface Result {
  slug: string;
  name: string;
  kind: Kind;
  score: number;
  /** 1-based position; results that tie on score, fit and reach share a rank. */
  rank: number;
  reasons: Reason[];
  warnings: Warning[];
}

export interface Verdict {
  kind: 'business' | 'social' | 'mixed';
  text: string;
}

export interface Recommendation {
  answers: Answers;
  verdict: Verdict;
  /** Every site that is not closed (and, for a country, available there), best first. */
  results: Result[];
}

/** How each purpose reads inside a sentence ("core for …"). */
export const GOAL_PHRASES: Readonly<Record<Purpose, string>> = {
  contacts: 'professional contacts',
  'peer-ideas': 'ideas with peers',
  referrals: 'referrals',
  investors: 'meeting investors',
  promotion: 'promotion',
  hiring: 'jobs and hiring',
  local: 'meeting people nearby',
  friends: 'friends and family',
};

const SCORE_WORDS: Readonly<Record<Score, string>> = { 0: 'no use', 1: 'incidental', 2: 'good', 3: 'core' };
const POSITIONS = ['first', 'second', 'third'] as const;
const TIME_ORDER: Readonly<Record<TimeBudget, number>> = { light: 0, moderate: 1, heavy: 2 };
const TIME_HAVE: Readonly<Record<TimeBudget, string>> = {
  light: 'under an hour a week',
  moderate: 'a few hours a week',
  heavy: 'plenty of time',
};

/** "+36", "−12", "0": points as the UI prints them (with a real minus sign). */
export function formatPoints(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0';
}

/** Whether the goals are business, social or mixed networking, with a sentence saying so. */
export function verdictFor(goals: readonly Purpose[]): Verdict {
  const business = goals.filter((g) => BUSINESS_PURPOSES.has(g)).map((g) => GOAL_PHRASES[g]);
  const social = goals.filter((g) => !BUSINESS_PURPOSES.has(g)).map((g) => GOAL_PHRASES[g]);
  // "then" keeps the priority order visible and avoids "… and friends and family".
  const list = (items: string[]) => items.join(', then ');
  if (social.length === 0) {
    return {
      kind: 'business',
      text: `Your goals (${list(business)}) are business networking. Choose sites built for work: social networks cost time without reaching these goals.`,
    };
  }
  if (business.length === 0) {
    return {
      kind: 'social',
      text: `Your goals (${list(social)}) are social networking. Social networks and communities fit; business networks add little here.`,
    };
  }
  const first = BUSINESS_PURPOSES.has(goals[0]!) ? 'business' : 'social';
  return {
    kind: 'mixed',
    text: `Your goals mix business networking (${list(business)}) with social networking (${list(social)}), and your first goal is ${first}. Expect to use one site for each, or a hybrid that does both.`,
  };
}

/** What orders a site for a set of answers, before its sentences are written. */
export interface RankKey {
  site: RecommendableSite;
  /** The 0–100 score. */
  score: number;
  /** 0 for sites open to the visitor, 1 for sites that admit only a group they have not said they belong to, or only a role other than the one they said they hold. */
  restricted: number;
  /** 0 for sites that may come first; 1 for national sites when no country is named, and, when one is, for worldwide sites a cited source says few people there use. */
  tier: number;
  /** With a field: 0 built for it and good for the first goal (or core for any and of some use for the first), 1 general (or built for it and weaker), 2 general with no groups when the first goal is ideas with peers, 3 built for other fields (open to everyone too, unless the first goal is outward) or for a part of it. */
  fieldTier: number;
  /** The sum of the terms before the 0–100 clamp: orders sites the clamp makes equal. */
  raw: number;
  goalPoints: number;
  /** The points for the way of meeting the visitor asked for (in person or online; 0 when they said neither): orders equal scores after the goal points. */
  modePoints: number;
  /** {@link reachRank}: 0 is the largest audience band; a site with no sourced reach comes after every band. */
  reach: number;
  declining: boolean;
}

/**
 * The recommendation's order of two sites (before a declining site gives way): a total order, the slug decides last.
 * At an equal score a site that is not declining comes first: the goal points that order equal scores next do not
 * hold the decline's cost, so a declining site strong on the goals would otherwise win back the place it lost.
 */
export function compareRankKeys(a: RankKey, b: RankKey): number {
  return (
    a.restricted - b.restricted ||
    a.tier - b.tier ||
    a.fieldTier - b.fieldTier ||
    b.score - a.score ||
    b.raw - a.raw ||
    Number(a.declining) - Number(b.declining) ||
    b.goalPoints - a.goalPoints ||
    b.modePoints - a.modePoints ||
    a.reach - b.reach ||
    (a.site.slug < b.site.slug ? -1 : a.site.slug > b.site.slug ? 1 : 0)
  );
}

/**
 * What orders every listed site for a set of answers, in catalogue order,
 * without the sentences: ranking all sites costs their numbers only, and
 * {@link explainSite} writes the result of those that are shown. Sorting by
 * {@link compareRankKeys}, then moving the first site that is not declining
 * to the front, gives {@link recommend}'s order.
 */
export function rankKeys(answers: Answers, sites: readonly RecommendableSite[]): RankKey[] {
  const cols = rankColumns(answers, sites);
  const keys: RankKey[] = [];
  for (let k = 0; k < sites.length; k++) if (cols.listed[k]) keys.push(keyAt(cols, k));
  return keys;
}

function resultOf(answers: Answers, key: RankKey, reasons: Reason[], verdict: Verdict, rank: number): Result {
  const { site, score } = key;
  return {
    slug: site.slug,
    name: site.name,
    kind: site.kind,
    score,
    rank,
    reasons,
    warnings: warningsFor(answers, site, verdict),
  };
}

/** One site's result for a set of answers, with its reasons and warnings (rank 0: its place is the caller's). */
export function explainSite(answers: Answers, site: RecommendableSite, verdict = verdictFor(answers.goals)): Result {
  const { cols, rankAt } = columnRanker(answers, [site]);
  const terms: Term[] = [];
  rankAt(0, terms);
  return resultOf(answers, keyAt(cols, 0), reasonsFor(answers, site, terms), verdict, 0);
}

/**
 * Recommends sites for a set of answers: every site that is not closed, scored and explained, best first; with
 * `limit`, only the first `limit` of them. Sites are ordered by their numbers ({@link rankColumns}), and only
 * those returned are explained, from the terms the same ranker records for them (issue #16: at 10,000 entries,
 * writing every site's sentences to show ten of them was most of the API's time); the same results as explaining
 * all and cutting the list.
 */
export function recommend(
  answers: Answers,
  sites: readonly RecommendableSite[],
  limit: number = Number.POSITIVE_INFINITY,
): Recommendation {
  const verdict = verdictFor(answers.goals);
  const { cols, rankAt } = rankedColumns(answers, sites);
  const listed: number[] = [];
  for (let k = 0; k < sites.length; k++) if (cols.listed[k]) listed.push(k);
  const before = (a: number, b: number) => compareAt(cols, a, b);
  // A declining site is never first: the best site that is not declining (and as open to the visitor) goes ahead
  // of it. Its place in the full order says which ranks may tie (none before it).
  let best = -1;
  for (const k of listed) if (best < 0 || before(k, best) < 0) best = k;
  let steady = -1;
  for (const k of listed)
    if (
      !decliningAt(cols.table, k) &&
      cols.restricted[k] === cols.restricted[best]! &&
      (steady < 0 || before(k, steady) < 0)
    )
      steady = k;
  let firstSteady = -1;
  if (steady >= 0) {
    firstSteady = 0;
    for (const k of listed) if (before(k, steady) < 0) firstSteady++;
  }
  // Only the first `limit` are ordered when that is fewer than all.
  const top = smallest(listed, Math.min(limit, listed.length), before);
  const order = firstSteady > 0 ? [steady, ...top.filter((k) => k !== steady)].slice(0, limit) : top;
  const { restricted, tier, fieldTier, score, raw, goalPoints: fromGoals, modePoints } = cols;
  const reach = cols.table.reach;
  const results: Result[] = [];
  let rank = 0;
  for (let i = 0; i < order.length && i < limit; i++) {
    const k = order[i]!;
    const j = order[i - 1];
    const tied =
      j !== undefined &&
      i > firstSteady &&
      restricted[j] === restricted[k] &&
      tier[j] === tier[k] &&
      fieldTier[j] === fieldTier[k] &&
      score[j] === score[k] &&
      raw[j] === raw[k] &&
      decliningAt(cols.table, j) === decliningAt(cols.table, k) &&
      fromGoals[j] === fromGoals[k] &&
      modePoints[j] === modePoints[k] &&
      reach[j] === reach[k];
    rank = tied ? rank : i + 1;
    // The site's terms, recorded by the ranker that ordered it (the same numbers again), become its sentences.
    const terms: Term[] = [];
    rankAt(k, terms);
    results.push(resultOf(answers, keyAt(cols, k), reasonsFor(answers, sites[k]!, terms), verdict, rank));
  }
  return { answers, verdict, results };
}

export { groupsPhrase };

/**
 * Who a site admits, for a sentence: "only for women", or "made for fathers, others welcome" for a site made for its
 * groups that welcomes others (`othersWelcome`).
 */
export function whoPhrase(site: Pick<RecommendableSite, 'eligibility'>): string {
  const groups = groupsPhrase(site.eligibility?.groups ?? []);
  return site.eligibility?.othersWelcome ? `made for ${groups}, others welcome` : `only for ${groups}`;
}

/** "support staff (technicians, nurses, assistants) in veterinary": the roles a site admits, in its fields. */
export function rolesPhrase(site: Pick<RecommendableSite, 'eligibility' | 'fields'>): string {
  const fields = (Object.keys(site.fields) as Field[]).map(fieldLabel).join(', ');
  const roles = (site.eligibility?.roles ?? []).map((r) => roleTerms(r).onlyFor).join(' or ');
  return fields === '' ? roles : `${roles} in ${fields}`;
}

/** Whether a site admits only roles other than the one the visitor said they hold ({@link ROLES}). */
export function closedToRole(answers: Pick<Answers, 'role'>, site: Pick<RecommendableSite, 'eligibility'>): boolean {
  const roles = site.eligibility?.roles ?? [];
  return answers.role !== undefined && roles.length > 0 && !roles.includes(answers.role);
}

/**
 * The groups a site admits exclusively (or is made for) that the visitor has not said they
 * belong to, counting the wider groups theirs lie within: none for a site open to everyone, or to them.
 */
export function unmetGroups(
  answers: Pick<Answers, 'groups'>,
  site: Pick<RecommendableSite, 'eligibility'>,
): EligibilityGroup[] {
  const said = withWiderGroups(answers.groups ?? []);
  return (site.eligibility?.groups ?? []).filter((g) => !said.includes(g));
}

const fieldLabel = (field: Field) => FIELDS.get(field)!.label.toLowerCase();

/**
 * A site built around the fields it lists: it has some, and is not a general platform that is merely strong for them
 * (`general`: Instagram for photographers). Only such a site loses points when no field is named, and counts as
 * another profession's network when a different field is.
 */
export function builtAroundFields(site: Pick<RecommendableSite, 'fields' | 'general'>): boolean {
  return hasKeys(site.fields) && site.general !== true;
}

/** A site whose audience includes everyone (the general public): built around some fields, but not closed to others. */
export function openToEveryone(site: Pick<RecommendableSite, 'audiences'>): boolean {
  return site.audiences.includes('consumers');
}

/**
 * A site aimed at other people than the visitor: they said who they are, and its audience lists neither them nor
 * everyone. Built for their field, it serves that field's other side (estate agents, for a property investor).
 */
export function aimedAtOthers(answers: Pick<Answers, 'audience'>, site: Pick<RecommendableSite, 'audiences'>): boolean {
  return answers.audience !== undefined && !site.audiences.includes(answers.audience) && !openToEveryone(site);
}

/** A sourced audience of at least {@link LARGE_REACH}: enough people that most fields have groups of their own there. */
export function hasLargeGroups(site: Pick<RecommendableSite, 'reach'>): boolean {
  return site.reach !== undefined && reachRank(site) <= reachRank({ reach: { band: LARGE_REACH } });
}

/**
 * What a term of a score is: a goal's points, one row of {@link ADJUSTMENTS}, a note worth no points (a general
 * platform with no space for the field, a worldwide site open in the country, who a site admits) or the clamp.
 */
export type TermId =
  | 'goal'
  | 'goalFieldJobs'
  | 'goalAtADistance'
  | 'goalViaPromotion'
  | 'goalInPersonBusinesses'
  | AdjustmentId
  | 'noFieldSpace'
  | 'openWorldwide'
  | 'openInternational'
  | 'onlyForOthers'
  | 'onlyForYou'
  | 'onlyForOtherRoles'
  | 'floor'
  | 'cap';

/** One term as the ranker picks it, before its sentence is written; `position` is the goal's, for a goal's term. */
export interface Term {
  id: TermId;
  points: number;
  position?: number;
}

/** The points of each adjustment, read once from {@link ADJUSTMENTS}. */
const P = Object.fromEntries(Object.entries(ADJUSTMENTS).map(([id, a]) => [id, a.points])) as Record<
  AdjustmentId,
  number
>;

/** An adjustment's points, recorded as a term when the caller wants the terms. */
function picked(terms: Term[] | undefined, id: AdjustmentId): number {
  const points = P[id];
  terms?.push({ id, points });
  return points;
}

/** The purposes in {@link SiteTable.scores} order. */
export const PURPOSE_KEYS = keysOf(PURPOSES);
const PURPOSE_COUNT = PURPOSE_KEYS.length;
const AUDIENCE_KEYS = keysOf(AUDIENCES);
const GROUP_KEYS = keysOf(ELIGIBILITY_GROUPS);
const ROLE_KEYS = keysOf(ROLES);
const PRICE_KEYS = keysOf(PRICING_MODELS);
/** The kinds in {@link SiteTable.kind} order. */
export const KIND_KEYS = keysOf(KINDS);

/** Bits of {@link SiteTable.flags}. */
export const SITE_FLAGS = {
  /** {@link builtAroundFields}: lists fields and is not a general platform. */
  specialist: 1,
  /** {@link openToEveryone}. */
  everyone: 2,
  /** {@link isGlobal}. */
  global: 4,
  /** Has groups (the `groups` feature). */
  groups: 8,
  /** Holds in-person meetings. */
  meetings: 16,
  declining: 32,
  closed: 64,
  /** {@link hasLargeGroups}. */
  largeGroups: 128,
  /** Has job listings (the `jobs` feature): serves the employment market. */
  jobs: 256,
  /** Has client work (the `client-work` feature): serves the client-work market. */
  clientWork: 512,
  /** Has co-founder matching ({@link CO_FOUNDER_FEATURE}): founders find co-founders. */
  coFounders: 1024,
  /** Lists events (the `events` feature): one way people who do not know each other yet meet ({@link meetsNewFriends}). */
  events: 2048,
  /** Lists for promotion only businesses that meet customers in person (`inPersonBusinessesOnly`). */
  inPersonBusinesses: 4096,
} as const;
const {
  specialist: SPECIALIST,
  everyone: EVERYONE,
  global: GLOBAL,
  groups: GROUPS,
  meetings: MEETINGS,
  declining: DECLINING,
  closed: CLOSED,
  largeGroups: LARGE_GROUPS,
  jobs: JOBS,
  clientWork: CLIENT_WORK,
  coFounders: CO_FOUNDERS,
  events: EVENTS,
  inPersonBusinesses: IN_PERSON_BUSINESSES,
} = SITE_FLAGS;

/** A bit per audience (`AUDIENCES` order), per eligibility group (`ELIGIBILITY_GROUPS` order). */
const bitOf = <K extends string>(keys: readonly K[], key: K) => {
  const at = keys.indexOf(key);
  return at < 0 ? 0 : 1 << at;
};
const maskOf = <K extends string>(keys: readonly K[], list: readonly K[]) => {
  let mask = 0;
  for (const key of list) mask |= bitOf(keys, key);
  return mask;
};

/**
 * What the ranker reads of every site, one typed array per fact, made once per catalogue: a site's facts are
 * at its position in the catalogue. Ranking 10,000 sites for a new set of answers then reads numbers, not
 * objects of many shapes by name (issue #16). Facts that depend on a question's answer (a field, a country)
 * are {@link fieldColumn} and {@link countryColumn}, made when one is first asked for.
 */
export interface SiteTable {
  /** Purpose scores, {@link PURPOSES} order, one row of `PURPOSES.length` per site. */
  scores: Uint8Array;
  /** Bit flags: built for some field, open to everyone, worldwide, has groups, holds meetings, declining, closed, large groups, job listings, client work, co-founder matching, events. */
  flags: Uint16Array;
  /** A bit per audience the site lists ({@link AUDIENCES} order). */
  audiences: Uint8Array;
  /** The groups the site admits exclusively ({@link ELIGIBILITY_GROUPS} order). */
  groups: Uint8Array;
  /** The roles the site admits exclusively ({@link ROLES} order); 0 for a site open to every role. */
  roles: Uint8Array;
  /** {@link TIME_ORDER} of its time cost. */
  time: Uint8Array;
  /** Its pricing model ({@link PRICING_MODELS} order). */
  price: Uint8Array;
  /** {@link reachRank}. */
  reach: Uint8Array;
  /** The site's best purpose score. */
  best: Uint8Array;
  /** Its kind ({@link KINDS} order): what a search's kind filter reads of every site. */
  kind: Uint8Array;
}

/** The {@link SiteTable} of a catalogue: the build's, where it was given ({@link useSiteColumns}), else made on first use, once per list of sites. */
export function siteTable(sites: readonly RecommendableSite[]): SiteTable {
  const given = givenColumns.get(sites);
  if (given) return given.table;
  return perCatalogue(sites, 'recommend:table', () => {
    const n = sites.length;
    const table: SiteTable = {
      scores: new Uint8Array(n * PURPOSE_COUNT),
      flags: new Uint16Array(n),
      audiences: new Uint8Array(n),
      groups: new Uint8Array(n),
      roles: new Uint8Array(n),
      time: new Uint8Array(n),
      price: new Uint8Array(n),
      reach: new Uint8Array(n),
      best: new Uint8Array(n),
      kind: new Uint8Array(n),
    };
    for (let i = 0; i < n; i++) {
      const site = sites[i]!;
      for (let j = 0; j < PURPOSE_COUNT; j++) {
        const score = site.purposes[PURPOSE_KEYS[j]!].score;
        table.scores[i * PURPOSE_COUNT + j] = score;
        if (score > table.best[i]!) table.best[i] = score;
      }
      table.flags[i] =
        (builtAroundFields(site) ? SPECIALIST : 0) |
        (openToEveryone(site) ? EVERYONE : 0) |
        (isGlobal(site) ? GLOBAL : 0) |
        (site.features.includes('groups') ? GROUPS : 0) |
        (site.features.includes('in-person-meetings') ? MEETINGS : 0) |
        (site.status === 'declining' ? DECLINING : 0) |
        (site.status === 'closed' ? CLOSED : 0) |
        (hasLargeGroups(site) ? LARGE_GROUPS : 0) |
        (site.features.includes(MARKET_FEATURES.employment) ? JOBS : 0) |
        (site.features.includes(MARKET_FEATURES['client-work']) ? CLIENT_WORK : 0) |
        (site.features.includes(CO_FOUNDER_FEATURE) ? CO_FOUNDERS : 0) |
        (site.features.includes('events') ? EVENTS : 0) |
        (site.inPersonBusinessesOnly !== undefined ? IN_PERSON_BUSINESSES : 0);
      table.audiences[i] = maskOf(AUDIENCE_KEYS, site.audiences);
      table.groups[i] = maskOf(GROUP_KEYS, site.eligibility?.groups ?? []);
      table.roles[i] = maskOf(ROLE_KEYS, site.eligibility?.roles ?? []);
      table.time[i] = TIME_ORDER[site.timeCost];
      table.price[i] = PRICE_KEYS.indexOf(site.pricing.model);
      table.reach[i] = reachRank(site);
      table.kind[i] = KIND_KEYS.indexOf(site.kind);
    }
    return table;
  });
}

/** The bit of an audience in {@link SiteTable.audiences}. */
export function audienceBit(audience: Audience): number {
  return bitOf(AUDIENCE_KEYS, audience);
}

/**
 * The bits in {@link SiteTable.groups} of the groups a visitor said they belong to, with the wider groups theirs lie
 * within: a site whose groups have a bit outside it admits a group they did not say (the recommendation's `restricted`).
 */
export function saidGroupsMask(groups: readonly EligibilityGroup[]): number {
  return maskOf(GROUP_KEYS, withWiderGroups(groups));
}

/** Per site, 1 when it is built for the field (`fields[field]` is set), else 0; made once per catalogue and field. */
export function fieldColumn(sites: readonly RecommendableSite[], field: Field): Uint8Array {
  return perCatalogue(sites, `recommend:field:${field}`, () => {
    const column = new Uint8Array(sites.length);
    const members = fieldSites(sites, field);
    for (let i = 0; i < members.length; i++) column[members[i]!] = 1;
    return column;
  });
}

/**
 * Per site not built for the field, 1 when it is built for a part of it and 2 when built for the wider field it is part
 * of ({@link fieldKinship}: dentistry or healthcare, for healthcare or nursing), else 0; made once per catalogue and field.
 */
export function kinFieldColumn(sites: readonly RecommendableSite[], field: Field): Uint8Array {
  return perCatalogue(sites, `recommend:kinField:${field}`, () => {
    const column = new Uint8Array(sites.length);
    for (const other of FIELD_KEYS) {
      const kin = fieldKinship(field, other);
      if (kin === undefined) continue;
      const members = fieldSites(sites, other);
      for (let i = 0; i < members.length; i++) column[members[i]!] ||= kin === 'narrower' ? KIN_NARROWER : KIN_BROADER;
    }
    return column;
  });
}
/** Values of {@link kinFieldColumn}. */
const KIN_NARROWER = 1;
const KIN_BROADER = 2;

/** The fields in the order the build's columns list them. */
const FIELD_KEYS = [...FIELDS.keys()];

/**
 * The positions of the sites built for a field (`fields[field]` is set), ascending: the build's ({@link useSiteColumns}),
 * else made for every field in one pass over the catalogue, once per list of sites.
 */
export function fieldSites(sites: readonly RecommendableSite[], field: Field): ArrayLike<number> {
  const given = givenColumns.get(sites);
  if (given) return given.fieldSites(field);
  return perCatalogue(sites, 'recommend:fieldSites', () => fieldSitesOf(sites)).get(field) ?? [];
}

function fieldSitesOf(sites: readonly RecommendableSite[]): Map<Field, number[]> {
  const lists = new Map<Field, number[]>();
  sites.forEach((site, k) => {
    for (const field of Object.keys(site.fields) as Field[]) {
      if (site.fields[field] === undefined) continue;
      const list = lists.get(field);
      if (list) list.push(k);
      else lists.set(field, [k]);
    }
  });
  return lists;
}

/** Bits of {@link countryColumn}. */
export const AVAILABLE = 1;
export const LITTLE_USED = 2;
export const MADE_FOR = 4;

/**
 * Per site, for one country: {@link AVAILABLE} ({@link availableIn}), {@link LITTLE_USED} (a cited source says
 * few people there use it, {@link littleUsedIn}) and {@link MADE_FOR} (a national or regional network listing it,
 * {@link madeFor}, as country pages mean it); made once per catalogue and country.
 */
export function countryColumn(sites: readonly RecommendableSite[], country: string): Uint8Array {
  return perCatalogue(sites, `recommend:country:${country}`, () => {
    const given = givenColumns.get(sites);
    if (given) return countryColumnOf(given, country);
    const column = new Uint8Array(sites.length);
    for (let i = 0; i < sites.length; i++) {
      const site = sites[i]!;
      column[i] =
        (availableIn(site, country) ? AVAILABLE : 0) |
        (littleUsedIn(site, country) !== undefined ? LITTLE_USED : 0) |
        (madeFor(site, country) ? MADE_FOR : 0);
    }
    return column;
  });
}

/**
 * The sites a country's column sets apart, by catalogue position, ascending: the sites listing it (not worldwide), of
 * those the ones made for it ({@link madeFor}), the worldwide sites absent there (`absentIn`) and the sites little
 * used there ({@link littleUsedIn}). Every other site is available there when worldwide, else not.
 */
interface CountrySites {
  listed: ArrayLike<number>;
  madeFor: ArrayLike<number>;
  absent: ArrayLike<number>;
  littleUsed: ArrayLike<number>;
}
const COUNTRY_LISTS = ['listed', 'madeFor', 'absent', 'littleUsed'] as const satisfies readonly (keyof CountrySites)[];

/**
 * What the recommender reads of every site, made at build time: the {@link SiteTable}, the sites of each field and
 * each country's {@link CountrySites}. The Worker reads them from the search's `columns.bin` when it loads the whole
 * list (`shards.ts`) and gives them to the list ({@link useSiteColumns}): at 10,000 entries, making the table from
 * the sites cost an isolate's first recommendation 30-50 ms, and each field's or country's column 1-11 ms (issue 16).
 */
export interface SiteColumns {
  table: SiteTable;
  fieldSites: (field: Field) => ArrayLike<number>;
  countrySites: (code: string) => CountrySites | undefined;
  /**
   * Per position, the site's place in the order of the slugs (by UTF-16 code units, as `<` compares them), where the
   * build's columns give it (`LookupColumns.bySlug`): the last tie-break reads it rather than each site's slug, so a
   * ranking reads no site but the ones it shows (their files loaded on demand, `shards.ts`).
   */
  slugRank?: ArrayLike<number>;
}

/** Columns given ({@link useSiteColumns}), by the list of sites they were made from. */
const givenColumns = new WeakMap<object, SiteColumns>();

/** Says that `columns` are those of `sites` (as read from the build's file), so they are not made again. */
export function useSiteColumns(sites: readonly RecommendableSite[], columns: SiteColumns): void {
  if (columns.table.flags.length !== sites.length)
    throw new Error(`recommend: columns for ${columns.table.flags.length} sites given to ${sites.length}`);
  givenColumns.set(sites, columns);
}

/** The table's columns in the order {@link packSiteColumns} writes them. */
const TABLE_KEYS = [
  'scores',
  'flags',
  'audiences',
  'groups',
  'roles',
  'time',
  'price',
  'reach',
  'best',
  'kind',
] as const satisfies readonly (keyof SiteTable)[];

/** Lists of positions as one list of ends (one per key) and one of positions, for {@link packUints}. */
function packLists(lists: readonly (readonly number[] | undefined)[]): [number[], number[]] {
  const ends: number[] = [];
  const all: number[] = [];
  for (const list of lists) {
    if (list) all.push(...list);
    ends.push(all.length);
  }
  return [ends, all];
}

/** The `k`th list of a {@link packLists} pair. */
function listAt(ends: ArrayLike<number>, all: Uint16Array | Uint32Array | Uint8Array, k: number): ArrayLike<number> {
  return all.subarray(k === 0 ? 0 : ends[k - 1]!, ends[k]);
}

/**
 * A catalogue's {@link SiteColumns} as the build writes them: the country codes any site names (for a JSON file) and
 * the lists of numbers (for `packUints`), the table's typed arrays at their own width.
 */
export function packSiteColumns(sites: readonly RecommendableSite[]): { countries: string[]; lists: UintList[] } {
  const table = siteTable(sites);
  const fields = fieldSitesOf(sites);
  const byCountry = new Map<string, Record<keyof CountrySites, number[]>>();
  const add = (code: string, list: keyof CountrySites, k: number) => {
    let lists = byCountry.get(code);
    if (!lists) byCountry.set(code, (lists = { listed: [], madeFor: [], absent: [], littleUsed: [] }));
    if (lists[list].at(-1) !== k) lists[list].push(k);
  };
  sites.forEach((site, k) => {
    if (site.countries === 'global') for (const code of site.absentIn) add(code, 'absent', k);
    else
      for (const code of site.countries) {
        add(code, 'listed', k);
        if (madeFor(site, code)) add(code, 'madeFor', k);
      }
    for (const little of site.littleUsedIn ?? []) add(little.country, 'littleUsed', k);
  });
  const countries = [...byCountry.keys()].sort();
  return {
    countries,
    lists: [
      ...TABLE_KEYS.map((key) => table[key]),
      ...packLists(FIELD_KEYS.map((field) => fields.get(field))),
      ...COUNTRY_LISTS.flatMap((list) => packLists(countries.map((code) => byCountry.get(code)![list]))),
    ],
  };
}

/**
 * The {@link SiteColumns} of {@link packSiteColumns}'s lists, read back (views of them, nothing copied); with
 * `bySlug`, the positions in the order of the slugs (`LookupColumns.bySlug`), their {@link SiteColumns.slugRank}.
 */
export function readSiteColumns(
  countries: readonly string[],
  lists: readonly (Uint8Array | Uint16Array | Uint32Array)[],
  bySlug?: ArrayLike<number>,
): SiteColumns {
  // The table's columns, then a pair of lists (ends, positions) for the fields and one for each country list.
  const expected = TABLE_KEYS.length + 2 + 2 * COUNTRY_LISTS.length;
  if (lists.length !== expected)
    throw new Error(`recommend: ${lists.length} lists of columns, not the ${expected} expected`);
  const table = Object.fromEntries(TABLE_KEYS.map((key, k) => [key, lists[k]])) as unknown as SiteTable;
  const n = table.flags.length;
  for (const key of TABLE_KEYS) {
    const expected = key === 'flags' ? Uint16Array : Uint8Array;
    const length = key === 'scores' ? n * PURPOSE_COUNT : n;
    if (!(table[key] instanceof expected) || table[key].length !== length)
      throw new Error(`recommend: the column ${key} is not what the table holds`);
  }
  const [fieldEnds, fieldAll] = lists.slice(TABLE_KEYS.length, TABLE_KEYS.length + 2) as [
    Uint16Array | Uint32Array,
    Uint16Array | Uint32Array,
  ];
  if (fieldEnds.length !== FIELD_KEYS.length) throw new Error('recommend: the columns list other fields');
  const fieldAt = new Map(FIELD_KEYS.map((field, k) => [field, k]));
  const countryAt = new Map(countries.map((code, k) => [code, k]));
  const countryLists = COUNTRY_LISTS.map((_, c) =>
    lists.slice(TABLE_KEYS.length + 2 + 2 * c, TABLE_KEYS.length + 4 + 2 * c),
  );
  let slugRank: Uint32Array | undefined;
  if (bySlug) {
    if (bySlug.length !== n) throw new Error(`recommend: ${bySlug.length} slugs in order for ${n} sites`);
    slugRank = new Uint32Array(n);
    for (let i = 0; i < n; i++) slugRank[bySlug[i]!] = i;
  }
  return {
    table,
    ...(slugRank ? { slugRank } : {}),
    fieldSites: (field) => {
      const k = fieldAt.get(field);
      return k === undefined ? [] : listAt(fieldEnds, fieldAll, k);
    },
    countrySites: (code) => {
      const k = countryAt.get(code);
      if (k === undefined) return undefined;
      const [listed, madeFor, absent, littleUsed] = countryLists.map(([ends, all]) => listAt(ends!, all!, k));
      return { listed: listed!, madeFor: madeFor!, absent: absent!, littleUsed: littleUsed! };
    },
  };
}

/** A {@link countryColumn} from given columns: every worldwide site available, then each list's sites set apart. */
function countryColumnOf(given: SiteColumns, country: string): Uint8Array {
  const { flags } = given.table;
  const column = new Uint8Array(flags.length);
  for (let i = 0; i < flags.length; i++) if ((flags[i]! & GLOBAL) !== 0) column[i] = AVAILABLE;
  const lists = given.countrySites(country);
  if (!lists) return column;
  const set = (list: ArrayLike<number>, on: number, off = 0) => {
    for (let i = 0; i < list.length; i++) column[list[i]!] = (column[list[i]!]! & ~off) | on;
  };
  set(lists.absent, 0, AVAILABLE);
  set(lists.listed, AVAILABLE);
  set(lists.madeFor, MADE_FOR);
  set(lists.littleUsed, LITTLE_USED);
  return column;
}

/**
 * Per position, the site's place in the order of the slugs, where the build's columns gave it ({@link useSiteColumns}),
 * else undefined (compare the slugs): the same order, as slugs are distinct.
 */
export function slugRankOf(sites: readonly RecommendableSite[]): ArrayLike<number> | undefined {
  return givenColumns.get(sites)?.slugRank;
}

/** Whether an object has an own key (a site's `fields`), without building the list of keys. */
function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/**
 * Every site's {@link RankKey} numbers for one set of answers, as columns (a site's at its catalogue position),
 * and which sites are listed. Made by {@link columnRanker}, the recommender's formula.
 */
export interface RankColumns {
  sites: readonly RecommendableSite[];
  table: SiteTable;
  /** {@link SiteColumns.slugRank}, where the columns were given: else the last tie-break reads the slugs. */
  slugRank: ArrayLike<number> | undefined;
  /** 1 for the sites listed for the answers (not closed and, for a country, available there), else 0. */
  listed: Uint8Array;
  score: Uint8Array;
  raw: Int16Array;
  goalPoints: Int16Array;
  modePoints: Int8Array;
  restricted: Uint8Array;
  tier: Uint8Array;
  fieldTier: Uint8Array;
}

/** A ranker for one set of answers over one catalogue: see {@link columnRanker}. */
interface ColumnRanker {
  cols: RankColumns;
  /**
   * Works out the numbers of the site at position `k` into `cols` (all but `listed`); with `terms`, also pushes
   * there the terms that make its score, which {@link reasonsFor} turns into sentences.
   */
  rankAt: (k: number, terms?: Term[]) => void;
}

/**
 * The recommender's formula, once: a ranker for one set of answers that gives a site its numbers and, when asked
 * (`terms`), the terms that make its score. What depends only on the answers (the goal points table, the
 * question's branches, the budget's points per pricing model) is worked out once; per site only numbers of its
 * {@link siteTable} row (and the field's and country's columns) are read, so ranking every site costs no
 * sentences, closures, lists or objects (issue #16: ranking every site for a new set of answers, at 10,000
 * sites). {@link explainSite} runs it on a catalogue of one site; `tests/unit/recommend/rank-keys.test.ts`
 * checks both give every site the same numbers and that a site's terms add up to its score.
 */
function columnRanker(answers: Answers, sites: readonly RecommendableSite[]): ColumnRanker {
  const { goals, field, audience, time, budget, country, inPerson } = answers;
  const table = siteTable(sites);
  const { scores, flags } = table;
  const n = sites.length;
  const at = goals.map((g) => PURPOSE_KEYS.indexOf(g));
  const outward = goals.map((g) => OUTWARD_GOALS.has(g));
  const localAt = PURPOSE_KEYS.indexOf('local');
  const hiringAt = PURPOSE_KEYS.indexOf('hiring');
  // With a hiring goal whose market is known, a site whose hiring serves only the other market loses points.
  const market = hiringMarket(answers);
  const [wanted, other, otherTerm]: [number, number, AdjustmentId] =
    market === 'employment' ? [JOBS, CLIENT_WORK, 'hiringClientWorkOnly'] : [CLIENT_WORK, JOBS, 'hiringJobsOnly'];
  // Co-founder matching is a startup founder's hiring: for anyone else's hiring goal, a site whose only hiring it is
  // (no job listings, no client work) serves the goal as little as one with only the other market.
  const coFoundersOff = market !== undefined && audience !== 'startups';
  // For the same reason, a site made only for startup founders whose contacts are founders finding co-founders (it
  // has co-founder matching) serves a contacts goal as little as incidentally, unless the visitor said they are a
  // founder (wanting a co-founder says so).
  const contactsAt = PURPOSE_KEYS.indexOf('contacts');
  const founders = bitOf(AUDIENCE_KEYS, 'startups');
  const contactsCoFoundersOff = goals.includes('contacts') && audience !== 'startups';
  // A job or staff in a named field (any hiring but clients): a job board built for the field, good for hiring, earns
  // core's goal points for it (FIELD_JOB_BOARD_RULE).
  const fieldJobsCount = field !== undefined && market !== 'client-work';
  // Clients for work done in person: a site whose client work has nothing local about it earns incidental's goal
  // points for hiring (IN_PERSON_CLIENT_WORK_RULE).
  const inPersonClients = inPersonClientWork(answers);
  // Selling such work, their clients find them where they promote themselves: a site good for promotion counts as good
  // for the hiring goal (IN_PERSON_CLIENT_WORK_RULE).
  const clientsViaPromotion = sellsInPerson(answers);
  const promotionAt = PURPOSE_KEYS.indexOf('promotion');
  // Working online, a visitor's business may not list on a site whose listings are only for businesses that meet their
  // customers in person: its promotion counts as incidental (IN_PERSON_BUSINESSES_RULE). So with a field whose work is
  // handed over at a distance (code, a design, a translation), unless they said they meet in person: such a business
  // has no place customers visit and serves no area.
  const worksOnline =
    inPerson === 'online' || (inPerson !== 'in-person' && field !== undefined && DISTANCE_FIELDS.has(field));
  const points = goals.map((_, position) => ([0, 1, 2, 3] as const).map((s) => goalPoints(goals.length, position, s)));
  const outwardFirst = OUTWARD_GOALS.has(goals[0]!);
  // Meeting people nearby after a first goal met outside the field is meeting the customers, employers or investors
  // nearby (a plumber's second goal after promotion is customers in town, not fellow plumbers): for a field's network,
  // it counts as met outside the field too (fieldMatchOutward).
  const metOutside = goals.map((g, i) => outward[i]! || (outwardFirst && g === 'local'));
  // Every goal met outside the field (customers, employers, investors): a general platform's groups for the field hold
  // its own people, not those wanted, so they earn no field points.
  const allOutward = outward.every(Boolean);
  const ideasFirst = goals[0] === 'peer-ideas';
  // Meeting people nearby as a goal: a site good (2) for it whose large groups hold the people wanted counts as core (3)
  // for it, earning what core earns beyond good at the goal's position (core already earns the full points).
  const nearbyAt = goals.indexOf('local');
  const nearbyGroups = nearbyAt < 0 ? 0 : points[nearbyAt]![3]! - points[nearbyAt]![GOOD_SCORE]!;
  // Meeting people nearby as a goal, in person: a field's online-only networks do not come first (ORDER_RULES).
  const nearbyInPerson = nearbyAt >= 0 && inPerson === 'in-person';
  const hiringGoal = goals.includes('hiring');
  const newFriendsOn = wantsNewFriends(goals);
  // Friends as a goal, in person: a site good for meeting people nearby whose events are where its people meet counts
  // as a way of meeting in person as much as a club's meetings (meetsAtEvents). For business goals a club's regular
  // meetings, the same people week after week, are what the in-person way adds, so events do not count there.
  const friendsGoal = goals.includes('friends');
  // Promotion as a goal, with a field named: the general platforms whose audience holds the field's customers
  // (fieldCrowd). Those customers are there whoever promotes to them: a platform must be made for the audience the
  // visitor said they are, and with none said, as everywhere else in the formula, no site is aimed at someone else.
  const crowdOn = goals.includes('promotion') && field !== undefined;
  const crowdRank = reachRank({ reach: { band: CROWD_REACH } });
  const named = country !== undefined && country !== 'global';
  const where = named ? countryColumn(sites, country) : undefined;
  const own = field === undefined ? undefined : fieldColumn(sites, field);
  const kin = field === undefined ? undefined : kinFieldColumn(sites, field);
  const who = audience === undefined ? 0 : bitOf(AUDIENCE_KEYS, audience);
  // The audience that keeps a profession's network with the open sites when no field is named: not professionals,
  // whom every profession's network serves (see setAsideNoField).
  const ownAudience = audience === undefined || audience === EVERY_PROFESSIONS_AUDIENCE ? 0 : who;
  // For the same reason a profession's network listing professionals is made for the visitor only in its own field.
  const otherProfessionals = audience === EVERY_PROFESSIONS_AUDIENCE;
  // A qualified practitioner running a small business in their field runs a practice (a doctor's private practice, a
  // solo lawyer's firm): a network built for the field and aimed at its professionals is theirs too. Someone who only
  // works for a small business (its IT person) is not thereby one of a field's practitioners.
  const practice =
    audience === 'small-business' && own !== undefined && answers.role === 'practitioner'
      ? bitOf(AUDIENCE_KEYS, 'professionals')
      : 0;
  const haveTime = time === undefined ? 0 : TIME_ORDER[time];
  const said = saidGroupsMask(answers.groups ?? []);
  const role = answers.role === undefined ? 0 : bitOf(ROLE_KEYS, answers.role);
  const membership = PRICE_KEYS.indexOf('membership');
  const paid = PRICE_KEYS.indexOf('paid');
  // The budget's adjustment per pricing model.
  const budgetTerm = PRICE_KEYS.map((_, model): AdjustmentId =>
    model === membership && budget === 'free'
      ? 'duesOnFree'
      : model === membership && budget === 'some'
        ? 'duesOnSome'
        : model === paid && budget === 'free'
          ? 'paidOnFree'
          : 'budgetFits',
  );
  // A national site earns its country bonus when built for the field named (for people like the visitor: an estate
  // agents' network is not a property investor's), or good (2–3) for one of the goals, unless those are ideas,
  // contacts or referrals among the peers of a named field: a national general forum is no nearer to a profession's
  // people than a worldwide one.
  const nationalByGoals = field === undefined || outwardFirst;
  const cols: RankColumns = {
    sites,
    table,
    slugRank: slugRankOf(sites),
    listed: new Uint8Array(n),
    score: new Uint8Array(n),
    raw: new Int16Array(n),
    goalPoints: new Int16Array(n),
    modePoints: new Int8Array(n),
    restricted: new Uint8Array(n),
    tier: new Uint8Array(n),
    fieldTier: new Uint8Array(n),
  };
  const rankAt = (k: number, terms?: Term[]): void => {
    const flag = flags[k]!;
    const base = k * PURPOSE_COUNT;
    let sum = 0;
    let servesLater = false;
    // Outward points only when every goal the site is good for is met outside the field (customers, employers,
    // investors). Depending on the goals the site serves, not only on the first, keeps raising a goal from
    // ever lowering a site that is core on it.
    let outwardOnly = true;
    let core = false;
    let good = false;
    // A site whose hiring is only the other market (the hiring adjustment below) earns its goal points, but for the
    // field's points and order its hiring is incidental: a field's freelance marketplace is not where its people
    // find a job.
    const otherMarketOnly = market !== undefined && (flag & other) !== 0 && (flag & wanted) === 0;
    const coFoundersOnly = coFoundersOff && (flag & CO_FOUNDERS) !== 0 && (flag & (JOBS | CLIENT_WORK)) === 0;
    const specialist = (flag & SPECIALIST) !== 0;
    const everyone = (flag & EVERYONE) !== 0;
    const audiences = table.audiences[k]!;
    const contactsCoFoundersOnly = contactsCoFoundersOff && (flag & CO_FOUNDERS) !== 0 && audiences === founders;
    const ownPractice = practice !== 0 && own![k] === 1 && (audiences & practice) !== 0 && !(audiences & who);
    const aimed = who !== 0 && !everyone && !(audiences & who) && !ownPractice;
    // The field's own job board, for the people it is made for: its listings are the field's jobs.
    const ownJobBoard = fieldJobsCount && own![k] === 1 && (flag & JOBS) !== 0 && !aimed;
    // A site built for the visitor's field is its own people's: its client work is the field's, wherever it is done.
    const atADistance = inPersonClients && own![k] !== 1 && clientWorkAtADistance(flag, scores[base + localAt]!);
    const notListed = worksOnline && (flag & IN_PERSON_BUSINESSES) !== 0;
    const promotion = notListed ? Math.min(scores[base + promotionAt]!, 1) : scores[base + promotionAt]!;
    let firstFit = 0;
    for (let i = 0; i < goals.length; i++) {
      const asNotListed = notListed && at[i] === promotionAt && scores[base + at[i]!]! > 1;
      const score = asNotListed ? promotion : scores[base + at[i]!]!;
      const asCore = ownJobBoard && at[i] === hiringAt && score === GOOD_SCORE;
      const asIncidental = atADistance && at[i] === hiringAt && score > 1;
      const asGood = clientsViaPromotion && at[i] === hiringAt && viaPromotion(score, asIncidental, promotion);
      const goalTerm = points[i]![asCore ? 3 : asGood ? GOOD_SCORE : asIncidental ? 1 : score]!;
      sum += goalTerm;
      terms?.push({
        id: asCore
          ? 'goalFieldJobs'
          : asGood
            ? 'goalViaPromotion'
            : asIncidental
              ? 'goalAtADistance'
              : asNotListed
                ? 'goalInPersonBusinesses'
                : 'goal',
        points: goalTerm,
        position: i,
      });
      if (score >= GOOD_SCORE) good = true;
      const fit =
        ((otherMarketOnly || coFoundersOnly || atADistance) && at[i] === hiringAt) ||
        (contactsCoFoundersOnly && at[i] === contactsAt)
          ? Math.min(score, 1)
          : score;
      if (i === 0) firstFit = fit;
      if (fit >= GOOD_SCORE) {
        if (i > 0) servesLater = true;
        if (!metOutside[i]) outwardOnly = false;
      }
      if (fit === 3) core = true;
    }
    cols.goalPoints[k] = sum;
    const global = (flag & GLOBAL) !== 0;
    const few = where !== undefined && (where[k]! & LITTLE_USED) !== 0;
    // With a field: 0 built for it and good for the first goal (or core for any and of some use for the first: a job
    // board with nothing for contacts does not lead a search for contacts, then jobs), 1 general (or built for it and
    // weaker), 2 general with no groups for ideas with peers, 3 built for other fields or a part of it (see below). See ORDER_RULES.
    let fieldTier = 0;
    if (own !== undefined) {
      const servesFirst = firstFit >= GOOD_SCORE;
      if (own[k]) {
        if (aimed) sum += picked(terms, 'fieldMatchOtherAudience');
        else if (servesFirst && !outwardOnly) sum += picked(terms, 'fieldMatch');
        else if (servesFirst) sum += picked(terms, 'fieldMatchOutward');
        else if (servesLater) sum += picked(terms, 'fieldMatchLater');
        else sum += picked(terms, 'fieldMatchWeak');
        // When the first goal is met outside the field (customers, employers, investors), the field does not
        // order; a field's network aimed at other people than the visitor is not their peers' network.
        // Wanting to meet people nearby in person, a field's network that is online only (of no use for meeting people
        // nearby, holding no meetings) is not where they meet: it ranks with the general platforms, on its score.
        const onlineOnlyHere = nearbyInPerson && scores[base + localAt]! === 0 && (flag & MEETINGS) === 0;
        fieldTier = outwardFirst || (!aimed && !onlineOnlyHere && (servesFirst || (core && firstFit > 0))) ? 0 : 1;
      } else if (specialist && kin![k] !== 0) {
        // Built for a field one step off the visitor's (a part of it, or the wider field it is part of): never another
        // profession's loss, and for the wider field a general platform's groups' points when made for the visitor and
        // good for the first goal. The wider field's network ranks with the general platforms on its score (it is not
        // their own field's); a part's comes after them, ahead of other professions' networks, as the visitor more
        // likely works in another part (a physiotherapist in healthcare is no dentist).
        sum += picked(
          terms,
          aimed || !servesFirst ? 'fieldKinWeak' : kin![k] === KIN_NARROWER ? 'fieldNarrower' : 'fieldBroader',
        );
        fieldTier = outwardFirst ? 0 : kin![k] === KIN_NARROWER ? 3 : 1;
      } else if (specialist) {
        // Open to everyone, it is still no place for the field's jobs and clients: with a hiring goal, they are its
        // own fields'.
        sum += picked(terms, everyone ? (hiringGoal ? 'fieldOtherOpenHiring' : 'fieldOtherOpen') : 'fieldOther');
        // Networks built for other professions or pastimes come last: whatever the goal when they admit only
        // those people; when anyone may join, unless the first goal is met outside the field (customers,
        // employers, investors may be anywhere). A food lovers' forum is not where nurses swap ideas.
        fieldTier = everyone && outwardFirst ? 0 : 3;
      } else {
        // Promotion as a goal: a general platform core for it and good for the first goal, made for the visitor (any
        // platform, when they did not say who they are), whose billion users hold the field's customers, earns what a
        // field's own network earns for promotion (fieldCrowd).
        // Asking it to serve the first goal, not promotion to be first, keeps raising a goal it is core on from ever
        // taking the points away.
        if (
          crowdOn &&
          (at[0] === promotionAt ? promotion : scores[base + at[0]!]!) >= GOOD_SCORE &&
          (who === 0 || (audiences & who) !== 0) &&
          promotion === 3 &&
          table.reach[k]! <= crowdRank
        )
          sum += picked(terms, 'fieldCrowd');
        else if (flag & GROUPS)
          sum += picked(
            terms,
            allOutward ? 'fieldGroupsOutward' : flag & LARGE_GROUPS ? 'fieldGroups' : 'fieldGroupsSmall',
          );
        else terms?.push({ id: 'noFieldSpace', points: 0 });
        // Ideas are swapped where the field's people gather: for ideas with peers first, a general platform with
        // no groups comes after those that have them, whatever else it is made for.
        fieldTier = outwardFirst ? 0 : ideasFirst && !(flag & GROUPS) ? 2 : 1;
      }
    } else if (specialist) {
      sum += picked(terms, everyone ? 'specialistNoField' : 'specialistOnlyNoField');
      // With no field named, a network built only for particular professions (not open to everyone) is for their
      // people: when the first goal is met among peers and it is not made for the audience the visitor said they
      // are, it comes after the sites open to them (a farmers' forum is not where a founder finds peers). When it is
      // hiring, every network built around particular professions comes after the sites built around none, whatever
      // the audience and though anyone may join, since its jobs and clients are those professions' (a designers'
      // marketplace is not where a freelance translator finds clients, nor are a tour guides' marketplace's
      // travellers: the public it is open to are its clients, not a field the visitor works in).
      if (setsAsideWithoutField(goals[0]!, (audiences & ownAudience) !== 0, everyone)) fieldTier = 1;
    }
    // Its local groups hold the people it serves: everyone's groups hold anyone you may want to meet nearby; a network
    // made for particular people (small businesses) holds only them, so they count only when you are one of them and
    // your first goal is met among peers, not customers, employers or investors (a restaurant's diners are not in a
    // small businesses' network).
    if (
      nearbyGroups > 0 &&
      scores[base + localAt]! === GOOD_SCORE &&
      (flag & (GROUPS | LARGE_GROUPS)) === (GROUPS | LARGE_GROUPS) &&
      (everyone || (!outwardFirst && (audiences & who) !== 0))
    ) {
      sum += nearbyGroups;
      terms?.push({ id: 'nearbyGroups', points: nearbyGroups });
    }
    if (newFriendsOn && meetsNewFriends(scores[base + FRIENDS_AT]!, scores[base + localAt]!, flag))
      sum += picked(terms, 'newFriends');
    if (who !== 0)
      sum += picked(
        terms,
        audiences & who
          ? // A profession's network made for professionals is made for its own field's: for a professional of
            // another field, or who named none, being a professional does not make them one of its people.
            otherProfessionals && specialist && (own === undefined || own[k] === 0)
            ? 'audienceOtherProfessionals'
            : 'audienceMatch'
          : ownPractice
            ? 'audienceFieldProfessionals'
            : everyone
              ? 'audienceEveryone'
              : 'audienceOther',
      );
    if (market !== undefined && scores[base + hiringAt]! >= 1 && flag & other && !(flag & wanted))
      sum += picked(terms, otherTerm);
    else if (coFoundersOnly && scores[base + hiringAt]! >= 1) sum += picked(terms, 'hiringCoFoundersOnly');
    if (contactsCoFoundersOnly && scores[base + contactsAt]! >= 1) sum += picked(terms, 'contactsCoFoundersOnly');
    if (time !== undefined) {
      const over = table.time[k]! - haveTime;
      sum += picked(terms, over <= 0 ? 'timeFits' : over === 1 ? 'timeOneStepOver' : 'timeTwoStepsOver');
    }
    if (budget !== undefined) sum += picked(terms, budgetTerm[table.price[k]!]!);
    if (named) {
      // Only a site made for the country (madeFor: it lists it among a few) is national there; an international
      // site listing many countries is open there like a worldwide one, with no bonus.
      if (where !== undefined && (where[k]! & MADE_FOR) !== 0)
        sum += picked(
          terms,
          (own !== undefined && own[k] && !aimed) || (nationalByGoals && good)
            ? 'countryNational'
            : 'countryNationalOther',
        );
      else if (few) sum += picked(terms, 'littleUsed');
      else terms?.push({ id: global ? 'openWorldwide' : 'openInternational', points: 0 });
    } else if (!global) sum += picked(terms, 'notWorldwide');
    const meetings = (flag & MEETINGS) !== 0;
    let mode = 0;
    if (inPerson === 'in-person')
      mode = picked(
        terms,
        meetings
          ? 'meetsInPerson'
          : scores[base + localAt]! >= GOOD_SCORE
            ? friendsGoal && (flag & EVENTS) !== 0
              ? 'meetsAtEvents'
              : 'meetsNearby'
            : 'onlineOnly',
      );
    else if (inPerson === 'online') mode = picked(terms, meetings ? 'meetingsRequired' : 'worksOnline');
    sum += mode;
    cols.modePoints[k] = mode;
    if (flag & DECLINING) sum += picked(terms, 'declining');
    const otherGroups = table.groups[k]! & ~said;
    // A network for one role in its field (veterinarians; their support staff) is closed to a visitor who said
    // they hold another; one who said nothing of their role may hold either, so it ranks as usual.
    const otherRole = role !== 0 && table.roles[k]! !== 0 && !(table.roles[k]! & role);
    const restricted = otherGroups || otherRole ? 1 : 0;
    if (terms !== undefined && table.groups[k]! !== 0)
      terms.push({ id: otherGroups ? 'onlyForOthers' : 'onlyForYou', points: 0 });
    if (terms !== undefined && otherRole) terms.push({ id: 'onlyForOtherRoles', points: 0 });
    const score = Math.min(SCORE_RANGE.max, Math.max(SCORE_RANGE.min, sum));
    if (score !== sum) terms?.push({ id: sum < score ? 'floor' : 'cap', points: score - sum });
    cols.restricted[k] = restricted;
    cols.score[k] = score;
    cols.raw[k] = sum;
    cols.tier[k] = named ? (few ? 1 : 0) : global ? 0 : 1;
    cols.fieldTier[k] = fieldTier;
  };
  return { cols, rankAt };
}

/** The position of friends in a {@link SiteTable.scores} row. */
const FRIENDS_AT = PURPOSE_KEYS.indexOf('friends');

/**
 * Whether the goals ask for new friends ({@link ADJUSTMENTS.newFriends}): friends is one of them, and meeting people
 * nearby is not (that goal already pays a site for being where people meet).
 */
export function wantsNewFriends(goals: readonly Purpose[]): boolean {
  return goals.includes('friends') && !goals.includes('local');
}

/**
 * Whether a site is a place to make new friends ({@link ADJUSTMENTS.newFriends}), from its {@link SiteTable} row: good
 * (2–3) for friends, and core (3) for meeting people nearby, or good (2) for it with events or in-person meetings, where
 * people who do not know each other yet meet. A messenger good for local life (neighbourhood chats) has neither.
 */
export function meetsNewFriends(friends: number, local: number, flag: number): boolean {
  return friends >= GOOD_SCORE && (local === 3 || (local >= GOOD_SCORE && (flag & (EVENTS | MEETINGS)) !== 0));
}

/**
 * Whether a site's client work is done at a distance, from its {@link SiteTable} flags and its score for meeting people
 * nearby: it has client work, is of no more than incidental use (0–1) for meeting people nearby and holds no meetings,
 * so its clients buy work delivered from anywhere (a logo, an article, code), not a trainer's session or a plumber's
 * visit. Incidental counts too: a site whose local use is incidental (LinkedIn's local groups) is no place where
 * clients book someone nearby, which editors score good (2) for meeting people nearby (Bark, Thumbtack, Checkatrade).
 */
function clientWorkAtADistance(flag: number, local: number): boolean {
  return (flag & CLIENT_WORK) !== 0 && (flag & MEETINGS) === 0 && local < GOOD_SCORE;
}

/**
 * Whether a site good (2–3) for promotion earns good's points for the hiring goal of someone selling work done in
 * person: when its hiring counts for less (its score below good, or counted as incidental, its client work being at a
 * distance). Clients for a trainer or a plumber find them where they promote themselves.
 */
function viaPromotion(hiring: number, atADistance: boolean, promotion: number): boolean {
  return promotion >= GOOD_SCORE && (hiring < GOOD_SCORE || atADistance);
}

/** {@link columnRanker} with every listed site ranked (not closed and, for a country, available there). */
function rankedColumns(answers: Answers, sites: readonly RecommendableSite[]): ColumnRanker {
  const ranker = columnRanker(answers, sites);
  const { cols, rankAt } = ranker;
  const where =
    answers.country !== undefined && answers.country !== 'global' ? countryColumn(sites, answers.country) : undefined;
  const flags = cols.table.flags;
  for (let k = 0; k < sites.length; k++) {
    if (flags[k]! & CLOSED || (where !== undefined && !(where[k]! & AVAILABLE))) continue;
    cols.listed[k] = 1;
    rankAt(k);
  }
  return ranker;
}

/** Every site's numbers for a set of answers, as columns, and which are listed: the formula of {@link columnRanker}. */
export function rankColumns(answers: Answers, sites: readonly RecommendableSite[]): RankColumns {
  return rankedColumns(answers, sites).cols;
}

/** Whether the site at a position is declining (from its {@link siteTable} row). */
export function decliningAt(table: SiteTable, k: number): boolean {
  return (table.flags[k]! & DECLINING) !== 0;
}

/** The {@link RankKey} of the site at a position, from its columns. */
export function keyAt(cols: RankColumns, k: number): RankKey {
  return {
    site: cols.sites[k]!,
    score: cols.score[k]!,
    restricted: cols.restricted[k]!,
    tier: cols.tier[k]!,
    fieldTier: cols.fieldTier[k]!,
    raw: cols.raw[k]!,
    goalPoints: cols.goalPoints[k]!,
    modePoints: cols.modePoints[k]!,
    reach: cols.table.reach[k]!,
    declining: decliningAt(cols.table, k),
  };
}

/** {@link compareRankKeys} of the sites at two positions, from their columns, without making their keys. */
export function compareAt(cols: RankColumns, a: number, b: number): number {
  const by =
    cols.restricted[a]! - cols.restricted[b]! ||
    cols.tier[a]! - cols.tier[b]! ||
    cols.fieldTier[a]! - cols.fieldTier[b]! ||
    cols.score[b]! - cols.score[a]! ||
    cols.raw[b]! - cols.raw[a]! ||
    Number(decliningAt(cols.table, a)) - Number(decliningAt(cols.table, b)) ||
    cols.goalPoints[b]! - cols.goalPoints[a]! ||
    cols.modePoints[b]! - cols.modePoints[a]! ||
    cols.table.reach[a]! - cols.table.reach[b]!;
  if (by !== 0) return by;
  if (cols.slugRank) return cols.slugRank[a]! - cols.slugRank[b]!;
  const slugA = cols.sites[a]!.slug;
  const slugB = cols.sites[b]!.slug;
  return slugA < slugB ? -1 : slugA > slugB ? 1 : 0;
}

/**
 * A site's key worked out alone, with its terms, as {@link explainSite} does: what {@link rankKeys} must equal
 * for every site of a catalogue (its property test compares the two).
 */
export function explainedKey(answers: Answers, site: RecommendableSite): RankKey {
  const { cols, rankAt } = columnRanker(answers, [site]);
  rankAt(0, []);
  return keyAt(cols, 0);
}

/**
 * The audience every profession's network serves (employed people managing a career): saying you are one of them does
 * not say which profession, so it never keeps a profession's network with the open sites when no field is named.
 */
export const EVERY_PROFESSIONS_AUDIENCE: Audience = 'professionals';

/**
 * Whether a network built around particular professions is set aside with no field named ({@link columnRanker}):
 * the first goal is hiring, or, for one built only for them (not open to everyone), it is met among peers and the
 * site is not made for the audience the visitor said they are (other than {@link EVERY_PROFESSIONS_AUDIENCE}).
 */
function setAsideNoField(answers: Answers, site: RecommendableSite): boolean {
  const { audience } = answers;
  const madeForVisitor =
    audience !== undefined && audience !== EVERY_PROFESSIONS_AUDIENCE && site.audiences.includes(audience);
  return answers.field === undefined && setsAsideWithoutField(answers.goals[0]!, madeForVisitor, openToEveryone(site));
}

/**
 * The rule of {@link setAsideNoField} once no field is named, shared with {@link columnRanker} (which knows whether
 * the site is made for the visitor's audience from its audience bits): hiring first sets aside whatever the
 * audience, even a site open to everyone (the public it serves are its professions' clients, not fellow workers); a
 * goal met among peers sets aside a site built only for its professions unless it is made for the audience the
 * visitor said they are.
 */
function setsAsideWithoutField(firstGoal: Purpose, madeForVisitor: boolean, everyone: boolean): boolean {
  return firstGoal === 'hiring' || (!everyone && !OUTWARD_GOALS.has(firstGoal) && !madeForVisitor);
}

/**
 * "built for dentistry, a part of healthcare: <the editor's reason>", or "built for healthcare, which takes in nursing":
 * the site's first field one step off the visitor's (of the kinship given, or either), in taxonomy order.
 */
function kinReason(site: RecommendableSite, field: Field, want: FieldKinship | undefined, tail: string): string {
  const kinOf = (f: Field) => fieldKinship(field, f);
  const siteField = FIELD_KEYS.find((f) => site.fields[f] !== undefined && (want ? kinOf(f) === want : kinOf(f)))!;
  const how =
    kinOf(siteField) === 'narrower' ? `, a part of ${fieldLabel(field)}` : `, which takes in ${fieldLabel(field)}`;
  return `built for ${fieldLabel(siteField)}${how}${tail}: ${site.fields[siteField]}`;
}

/** What a site is built for, in words: "nursing, law". */
const siteFieldsPhrase = (site: RecommendableSite) => (Object.keys(site.fields) as Field[]).map(fieldLabel).join(', ');
const audiencePhrase = (audience: Audience) => labelOf(AUDIENCES, audience).toLowerCase();
const countryOf = (answers: Answers) => countryInText(answers.country!);

/** Why the visitor's hiring goal is about a market: what they said, or who they are. */
function marketBecause(answers: Answers, market: WorkMarket): string {
  const want = market === 'employment' ? 'a job or staff to employ' : 'clients, or a professional for a project';
  if (answers.work !== undefined) return `you want ${want}`;
  return answers.audience === undefined
    ? `you did not say who you are or which hiring you mean, so we take it to be ${want}, the usual sense (say which in the quiz if not)`
    : `you are “${labelOf(AUDIENCES, answers.audience)}”, so we take your hiring goal to be ${want} (say which in the quiz if not)`;
}

/** "your goal", or "your second goal" when there are several. */
const whichGoal = (goals: readonly Purpose[], position: number) =>
  goals.length === 1 ? 'your goal' : `your ${POSITIONS[position]} goal`;

/** The sentence of each kind of term: every term the ranker can pick has one. */
const TERM_TEXT: Readonly<Record<TermId, (answers: Answers, site: RecommendableSite, term: Term) => string>> = {
  goal: ({ goals }, site, { position = 0 }) => {
    const goal = goals[position]!;
    return `${SCORE_WORDS[site.purposes[goal].score as Score]} for ${GOAL_PHRASES[goal]}, ${whichGoal(goals, position)}`;
  },
  goalAtADistance: ({ goals, field }, site, { position = 0 }) =>
    `${SCORE_WORDS[site.purposes.hiring.score as Score]} for ${GOAL_PHRASES.hiring}, ${whichGoal(goals, position)}, counted as incidental: its clients buy work delivered at a distance, and ${fieldLabel(field!)} is work done in person`,
  goalViaPromotion: ({ goals, field }, site, { position = 0 }) =>
    `${SCORE_WORDS[site.purposes.hiring.score as Score]} for ${GOAL_PHRASES.hiring}, ${whichGoal(goals, position)}, counted as good: ${SCORE_WORDS[site.purposes.promotion.score as Score]} for promotion, and clients for ${fieldLabel(field!)} (work done in person) find the people they book where those promote themselves`,
  goalInPersonBusinesses: ({ goals, inPerson, field }, site, { position = 0 }) =>
    `${SCORE_WORDS[site.purposes.promotion.score as Score]} for ${GOAL_PHRASES.promotion}, ${whichGoal(goals, position)}, counted as incidental: its listings are for businesses customers visit or that serve an area, and ${inPerson === 'online' ? 'you said you work online' : `${fieldLabel(field!)} is work handed over at a distance`}`,
  goalFieldJobs: ({ goals, field }, _, { position = 0 }) =>
    `good for ${GOAL_PHRASES.hiring}, ${whichGoal(goals, position)}, counted as core: a job board built for ${fieldLabel(field!)}, whose listings are your field’s jobs`,
  fieldMatchOtherAudience: ({ field, audience }, site) =>
    `built for ${fieldLabel(field!)}, but for other people in it than ${audiencePhrase(audience!)}: ${site.fields[field!]}`,
  fieldMatch: ({ field }, site) => `built for ${fieldLabel(field!)}: ${site.fields[field!]}`,
  fieldMatchOutward: ({ field }, site) =>
    `built for ${fieldLabel(field!)}, whose people are only part of those you want to reach: ${site.fields[field!]}`,
  fieldMatchLater: ({ field }, site) =>
    `built for ${fieldLabel(field!)}, good for a later goal: ${site.fields[field!]}`,
  fieldMatchWeak: ({ field }, site) =>
    `built for ${fieldLabel(field!)}, but weak on your goals: ${site.fields[field!]}`,
  fieldNarrower: ({ field }, site) => kinReason(site, field!, 'narrower', ''),
  fieldBroader: ({ field }, site) => kinReason(site, field!, 'broader', ''),
  fieldKinWeak: ({ field }, site) =>
    kinReason(site, field!, undefined, ', but not made for you or not good for your first goal'),
  fieldOtherOpen: ({ field }, site) =>
    `built around ${siteFieldsPhrase(site)}, not ${fieldLabel(field!)}, but open to everyone`,
  fieldOtherOpenHiring: ({ field }, site) =>
    `built around ${siteFieldsPhrase(site)}, not ${fieldLabel(field!)}: open to everyone, but its jobs and clients are theirs`,
  fieldOther: ({ field }, site) => `built for ${siteFieldsPhrase(site)}, not ${fieldLabel(field!)}`,
  fieldGroups: ({ field }, site) =>
    `general platform with groups and ${REACH_BANDS.get(site.reach!.band)!.label.toLowerCase()} ${site.reach!.measure}: search its groups for ${fieldLabel(field!)}`,
  nearbyGroups: (_, site) =>
    `counted as core for meeting people nearby: groups and ${REACH_BANDS.get(site.reach!.band)!.label.toLowerCase()} ${site.reach!.measure}: your area likely has groups of its own there`,
  fieldCrowd: ({ audience, field }, site) =>
    `general platform core for promotion, ${audience === undefined ? '' : `made for ${audiencePhrase(audience)}, `}with ${REACH_BANDS.get(site.reach!.band)!.label.toLowerCase()} ${site.reach!.measure}: the audience that networks built for ${fieldLabel(field!)} reach is there too`,
  fieldGroupsSmall: ({ field }) =>
    `general platform with groups, but no sourced audience of a million or more to expect groups for ${fieldLabel(field!)}`,
  fieldGroupsOutward: ({ field }) =>
    `general platform with groups, but your goals are met outside ${fieldLabel(field!)}: its groups hold the field’s own people, not those you want to reach`,
  noFieldSpace: ({ field, goals }) =>
    `general platform with no space set aside for ${fieldLabel(field!)}${goals[0] === 'peer-ideas' ? ': placed after the platforms with groups, where ideas with peers are swapped' : ''}`,
  specialistNoField: (answers, site) =>
    `built for ${siteFieldsPhrase(site)}${
      setAsideNoField(answers, site)
        ? ', so its jobs and clients are theirs, though anyone may join: placed after the sites built for no particular field'
        : ''
    }: choose your field if that is you`,
  specialistOnlyNoField: (answers, site) =>
    `built only for ${siteFieldsPhrase(site)}${
      !setAsideNoField(answers, site)
        ? ''
        : answers.goals[0] === 'hiring'
          ? ', so its jobs and clients are theirs: placed after the sites built for no particular field'
          : answers.audience === undefined
            ? ': placed after the sites open to everyone'
            : answers.audience === EVERY_PROFESSIONS_AUDIENCE
              ? ', and every profession’s network is made for professionals: placed after the sites open to everyone'
              : `, not made for ${audiencePhrase(answers.audience)}: placed after the sites open to everyone`
    }: choose your field if that is you`,
  hiringClientWorkOnly: (answers) =>
    `its hiring is clients hiring a professional for a project, not job listings, and ${marketBecause(answers, 'employment')}`,
  hiringJobsOnly: (answers) =>
    `its hiring is job listings, not client work, and ${marketBecause(answers, 'client-work')}`,
  hiringCoFoundersOnly: (answers) =>
    `its hiring is founders finding co-founders, not job listings or client work, and ${marketBecause(answers, hiringMarket(answers)!)}`,
  contactsCoFoundersOnly: () =>
    'made only for startup founders, its contacts are founders finding co-founders, and you did not say you are a founder',
  audienceMatch: ({ audience }) => `made for ${audiencePhrase(audience!)}`,
  audienceOtherProfessionals: ({ field }, site) =>
    field === undefined
      ? `made for professionals in ${siteFieldsPhrase(site)}, not every professional, and you named no field`
      : `made for professionals in ${siteFieldsPhrase(site)}, not ${fieldLabel(field)}`,
  audienceEveryone: ({ audience }) => `open to everyone, not aimed at ${audiencePhrase(audience!)} in particular`,
  audienceFieldProfessionals: ({ field }) =>
    `made for professionals in ${fieldLabel(field!)}, which takes in a practice of your own`,
  audienceOther: ({ audience }, site) =>
    `aimed at ${site.audiences.map(audiencePhrase).join(', ')}, not ${audiencePhrase(audience!)}`,
  timeFits: ({ time }, site) => `${site.timeCost} time cost fits ${TIME_HAVE[time!]}`,
  timeOneStepOver: ({ time }, site) => `${site.timeCost} time cost, you have ${TIME_HAVE[time!]}`,
  timeTwoStepsOver: ({ time }, site) => `${site.timeCost} time cost, you have ${TIME_HAVE[time!]}`,
  budgetFits: (_, site) => `${PRICE_PHRASES[site.pricing.model]}, within your budget`,
  paidOnFree: () => 'needs a paid plan, you want to pay nothing',
  duesOnFree: () => 'membership dues, you want to pay nothing',
  duesOnSome: () => 'membership dues, your budget stops at paid plans',
  countryNational: (answers) => `used in ${countryOf(answers)}`,
  countryNationalOther: (answers) => `used in ${countryOf(answers)}, but not a network for what you asked`,
  littleUsed: (answers, site) =>
    `few users in ${countryOf(answers)}, per ${littleUsedIn(site, answers.country!)!.source.title}`,
  openWorldwide: (answers) => `open worldwide, including ${countryOf(answers)}`,
  openInternational: (answers) => `open in many countries, including ${countryOf(answers)}, not made for it`,
  notWorldwide: ({ country }, site) =>
    country === 'global'
      ? `only used in ${countriesShort(site)}, you network worldwide`
      : `only used in ${countriesShort(site)}: tell us your country if it is one of these`,
  newFriends: (_, site) =>
    site.purposes.local.score === 3
      ? 'built for meeting people nearby: a place to make new friends, not only to keep up with those you have'
      : `good for meeting people nearby, with ${site.features.includes('events') ? 'events' : 'in-person meetings'}: a place to make new friends, not only to keep up with those you have`,
  meetsInPerson: () => 'holds regular in-person meetings',
  meetsAtEvents: () => 'good for meeting people nearby, with events where they meet in person',
  meetsNearby: () => 'good for meeting people nearby',
  onlineOnly: () => 'online only, you want to meet in person',
  worksOnline: () => 'works online, no meetings needed',
  meetingsRequired: () => 'built around in-person meetings, you prefer online',
  declining: () => 'declining: losing users or features',
  onlyForOthers: (_, site) =>
    `${whoPhrase(site)}: placed after the sites ${site.eligibility!.othersWelcome ? 'made for' : 'open to'} everyone, as you did not say you are one of them`,
  onlyForYou: (_, site) => `${whoPhrase(site)}, as you said you are`,
  onlyForOtherRoles: ({ role }, site) =>
    `only for ${rolesPhrase(site)}: placed after the sites open to you, as you said you are ${roleTerms(role!).youAre}`,
  floor: () => `floor: a score cannot go below ${SCORE_RANGE.min}`,
  cap: () => `cap: a score cannot go above ${SCORE_RANGE.max}`,
};

/** A site's reasons: the ranker's terms, each with its sentence; their points sum to the site's score. */
function reasonsFor(answers: Answers, site: RecommendableSite, terms: readonly Term[]): Reason[] {
  return terms.map((term) => ({ text: TERM_TEXT[term.id](answers, site, term), points: term.points }));
}

const PRICE_PHRASES: Readonly<Record<RecommendableSite['pricing']['model'], string>> = {
  free: 'free to use',
  freemium: 'free to join',
  paid: 'paid plan',
  membership: 'membership dues',
};

/**
 * A popular site is the wrong kind when the goals are all business and it is
 * a social network (or the other way round) and it serves none of the goals
 * well. Hybrid sites and mixed goals never trigger it.
 */
function isWrongKind(site: RecommendableSite, verdict: Verdict, goals: readonly Purpose[]): boolean {
  const opposite =
    (verdict.kind === 'business' && site.kind === 'social') || (verdict.kind === 'social' && site.kind === 'business');
  return opposite && goals.every((g) => site.purposes[g].score < GOOD_SCORE);
}

function warningsFor(answers: Answers, site: RecommendableSite, verdict: Verdict): Warning[] {
  const warnings: Warning[] = [];
  if (isPopular(site.slug) && isWrongKind(site, verdict, answers.goals)) {
    const kind = labelOf(KINDS, site.kind).toLowerCase();
    const scores = answers.goals.map((g) => `${GOAL_PHRASES[g]} ${site.purposes[g].score}/3`).join(', ');
    warnings.push({
      type: 'wrong-kind',
      text: `Popular, but it is ${kind} and serves none of your goals well (${scores}): being big does not make it the right place for this.`,
    });
  }
  const few = answers.country === undefined ? undefined : littleUsedIn(site, answers.country);
  if (few) {
    warnings.push({
      type: 'little-used',
      text: `Few users in ${countryInText(few.country)}: ${few.note} (source: ${few.source.title}). It comes after every site used there.`,
    });
  }
  if (closedToRole(answers, site)) {
    warnings.push({
      type: 'eligibility',
      text: `Only for ${rolesPhrase(site)}: it admits no one else, and you said you are ${roleTerms(answers.role!).youAre}. It comes after the sites open to you; if that is not your role, change it in the quiz.`,
    });
  }
  const unmet = unmetGroups(answers, site);
  if (unmet.length > 0) {
    warnings.push({
      type: 'eligibility',
      text: site.eligibility!.othersWelcome
        ? `Made for ${groupsPhrase(site.eligibility!.groups)}; others are welcome, but it is built around them. If that is you, say so in the quiz and it is ranked with the others.`
        : `Only for ${groupsPhrase(site.eligibility!.groups)}: it admits no one else. If that is you, say so in the quiz and it is ranked with the others.`,
    });
  }
  if (site.status === 'declining') {
    warnings.push({
      type: 'declining',
      text: 'Declining: it is losing users or features, so check it is still lively before you invest time in it.',
    });
  }
  const heavy = 'it rewards daily use, so expect it to take time every day';
  if (answers.time !== undefined && TIME_ORDER[site.timeCost] > TIME_ORDER[answers.time]) {
    const cost =
      site.timeCost === 'heavy'
        ? `Heavy time cost: ${heavy}`
        : 'Moderate time cost: it takes a few hours a week to get value';
    warnings.push({ type: 'time-cost', text: `${cost}, and you have ${TIME_HAVE[answers.time]}.` });
  } else if (answers.time === undefined && site.timeCost === 'heavy') {
    warnings.push({
      type: 'time-cost',
      text: `Heavy time cost: ${heavy}. Decide how much time you will give it before you start.`,
    });
  }
  return warnings;
}
