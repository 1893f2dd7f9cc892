/**
 * What a search means before it is a list of names: "A vs B" is a comparison,
 * "A alternatives" asks for A's alternatives, goal, profession and country
 * words ask for a recommendation, a name asks for that site. Each answer says
 * why every result is there. Pure: the catalogue and the index come in as
 * arguments.
 */
import type { SiteEntry } from '#src/catalogue/entry-file.ts';
import { countriesInText, isGlobal } from '#src/catalogue/countries.ts';
import { CITY_PHRASES, PLACE_WORDS, foldWords, purposeKeywords } from '#src/catalogue/lexicon.ts';
import { filterHref, purposeScores, servedPurposes } from '#src/catalogue/site-filter.ts';
import {
  AUDIENCES,
  FIELDS,
  GOOD_SCORE,
  KINDS,
  PRICING_MODELS,
  PURPOSES,
  countryInText,
  countryName,
  keysOf,
  labelOf,
  type Audience,
  type EligibilityGroup,
  type Field,
  type Kind,
  type Purpose,
} from '#src/catalogue/taxonomy.ts';
import { compareHref, editDistance, MAX_COMPARE } from '#src/features/compare/index.ts';
import {
  ADJUSTMENTS,
  MAX_GOALS,
  OUTWARD_GOALS,
  answersToQuery,
  builtForAnswersAt,
  PURPOSE_KEYS,
  SCORE_RANGE,
  SITE_FLAGS,
  WORK_MARKETS,
  compareAt,
  AVAILABLE,
  MADE_FOR,
  LITTLE_USED,
  audienceBit,
  countryColumn,
  decliningAt,
  explainSite,
  fieldColumn,
  fieldSites,
  groupsPhrase,
  whoPhrase,
  narrowingQuery,
  rankColumns,
  siteTable,
  slugRankOf,
  KIND_KEYS,
  asksForClientWork,
  readGoal,
  rolesPhrase,
  saidGroupsMask,
  unmetGroups,
  verdictFor,
  type Answers,
  type RankColumns,
  type SiteTable,
  type recommend,
  type Understood,
} from '#src/features/recommend/index.ts';
import {
  LIMITS,
  nearerSpellings,
  search,
  searchAll,
  type SearchIndex,
  type SearchQuery,
  type SearchResponse,
  type SearchResult,
} from './search.ts';
import { normalizeText, sameWord, stemOf, wordsOf } from './text.ts';
import { foldedNamesOf, lookUpAll, siteSource, type SiteSource } from './site-source.ts';
import { ownWordIndex, type OwnWordIndex } from './own-words.ts';
import { queryLanguage } from './query-language.ts';
/** The lookups over the catalogue's sites, names among them: the free-text reader reads site names with it. */
export { siteSource, type SiteSource } from './site-source.ts';
import { perCatalogue } from '#src/shared/per-catalogue.ts';
import { smallest } from '#src/shared/top-k.ts';

/** The sites an intent reads: the recommender's fields plus what names a site. */
export type IntentSite = Parameters<typeof recommend>[1][number] &
  Pick<SiteEntry, 'tagline' | 'aliases' | 'alternatives'>;

/** What the search was taken to mean, with a sentence and a link to the page that answers it best. */
export interface SearchIntent {
  kind: 'compare' | 'alternatives' | 'recommend' | 'directory' | 'names';
  /** One sentence for the visitor: "Comparing LinkedIn and XING." */
  text: string;
  /** The page that answers the question, when there is one. */
  href?: string | undefined;
  /** For `recommend` and `directory`: what the words were read as. */
  understood?: Understood | undefined;
  /** When the goal was assumed (a profession alone): the same search with each goal said, to pick one. */
  goals?: { goal: Purpose; label: string; href: string }[] | undefined;
}

/** A search result that says why it is there. */
export interface ExplainedResult extends SearchResult {
  why: string;
}

export interface IntentResponse extends Omit<SearchResponse, 'results'> {
  intent: SearchIntent;
  results: ExplainedResult[];
}

/**
 * Points (of a 0–100 recommendation score) a recommended site gains in search
 * when its name or tagline holds every word of the query, in proportion to
 * how much of the query (weighted by how rare each word is) it holds.
 */
export const TEXT_MATCH_POINTS = 20;

/** The full, explained ranking a recommendation links to: the quiz's results for the same answers. */
const QUIZ_RESULTS = '/quiz/results/?';

/** Name matches below this relevance (0–1) are noise: dropped. */
export const MIN_NAME_RELEVANCE = 0.4;
/** Name matches read before the faint ones are dropped and near names put first. */
const NAME_POOL = 10;
/**
 * Name matches checked for the count: as many as a search may list, so the total said is of the matches kept,
 * not of every match Fuse ranked (faint ones included).
 */
const NAME_COUNTED = LIMITS.max;
/** A name match this strong means the visitor typed a site's name. */
const NAMED = 0.85;
/**
 * Once a site is named, others stay only with at least this share of its relevance: "twiter" is X, and
 * Twitch or ZipRecruiter, a few letters alike, are noise.
 */
const NAMED_SHARE = 0.6;

const ALTERNATIVES = [
  /^(?:alternatives?|competitors?|substitutes?)\s+(?:to|for|of)\s+(.+)$/i,
  /^(?:sites?|apps?|platforms?|networks?)\s+(?:like|similar to)\s+(.+)$/i,
  /^(?:similar to|like)\s+(.+)$/i,
  /^(.+?)\s+(?:alternatives?|competitors?|replacement|substitutes?)$/i,
];

/** Words before "alternatives" that ask nothing of their own: "best alternatives to A", "top A alternatives". */
const LEADING_PRAISE = /^(?:(?:the|best|top|good|great|better)\s+)+/i;
/** What says a comparison around its sides: "compare A and B", "A and B comparison", "which is better, A or B". */
const COMPARE_LEAD = /^(?:compare|comparing|comparison of|differences? between|which is better,?|what is better,?)\s+/i;
const COMPARE_TAIL = /\s+(?:comparison|compared|differences?)$/i;
const COMPARE_SEPARATOR = /\s+(?:vs\.?|versus|v\.?|or|compared to|compared with)\s+/i;
/** Words after a site's name that say for whom or where ("A or B for beginners"), not which site. */
const SIDE_CONTEXT = /\s+(?:for|in|with|near|to|that|but)\s+.*$/i;

/** The sides of a comparison (two to four), or undefined when the query is none. */
function compareSides(q: string): string[] | undefined {
  const framed = COMPARE_LEAD.test(q) || COMPARE_TAIL.test(q);
  const inner = q.replace(COMPARE_LEAD, '').replace(COMPARE_TAIL, '');
  const split = inner.split(COMPARE_SEPARATOR);
  const sides = split.length >= 2 ? split : framed ? inner.split(/\s+and\s+|\s*,\s*/i) : [];
  return sides.length >= 2 && sides.length <= MAX_COMPARE && sides.every((x) => x.trim().length > 0)
    ? sides.map((x) => x.trim())
    : undefined;
}

/** The site one side of a comparison or an alternatives query names: whole, else before the words that say for whom. */
function siteOfSide(side: string, sites: SiteSource, index: SearchIndex): IntentSite | undefined {
  const whole = resolveSite(side, sites, index);
  if (whole) return whole;
  const head = side.replace(SIDE_CONTEXT, '');
  return head !== side && head.length > 0 ? resolveSite(head, sites, index) : undefined;
}

function summary(site: IntentSite, score: number, why: string, purposes: SearchResult['purposes']): ExplainedResult {
  return {
    slug: site.slug,
    name: site.name,
    kind: site.kind,
    tagline: site.tagline,
    url: `/sites/${site.slug}/`,
    score,
    purposes,
    why,
  };
}

const served = (site: IntentSite) => servedPurposes(purposeScores(site));

/** Most letters (spaces not counted) of a query whose swapped letters are tried: a longer one is not mended. */
export const LONGEST_SWAPPED = 24;

/** Every adjacent-letter swap of a short query: "linkedni" → "linkedin". */
function transpositions(text: string): string[] {
  const letters = text.replace(/ /g, '').length;
  if (letters < 4 || letters > LONGEST_SWAPPED) return [];
  const out: string[] = [];
  for (let i = 0; i < text.length - 1; i++)
    if (text[i] !== text[i + 1]) out.push(text.slice(0, i) + text[i + 1]! + text[i]! + text.slice(i + 2));
  return out;
}

/** Name search with typos and swapped letters, faint matches dropped. */
function byName(index: SearchIndex, query: SearchQuery): SearchResponse {
  let best = search(index, query);
  if ((best.results[0]?.score ?? 0) < NAMED) {
    // Two neighbouring letters swapped, or a letter and a space ("xoeyn etwork" for "xoey network"): of those
    // variants, the ones that bring a word of the index nearer (the others look up no better words). Searched
    // together, an index loaded in parts loads their parts at once.
    const folded = foldWords(query.q);
    const variants = nearerSpellings(index, folded, transpositions(folded));
    // Only a variant scoring more than 0.05 above the best so far is taken: one that cannot is not ranked.
    const above = (best.results[0]?.score ?? 0) + 0.05;
    for (const tried of searchAll(
      index,
      variants.map((q) => ({ ...query, q, above })),
    )) {
      if ((tried.results[0]?.score ?? 0) > (best.results[0]?.score ?? 0) + 0.05) best = { ...tried, query: best.query };
    }
  }
  const top = best.results[0]?.score ?? 0;
  const floor = top >= NAMED ? Math.max(MIN_NAME_RELEVANCE, top * NAMED_SHARE) : MIN_NAME_RELEVANCE;
  const results = best.results.filter((r) => r.score >= floor);
  return {
    ...best,
    total: Math.min(best.total, results.length === best.results.length ? best.total : results.length),
    results,
  };
}

/**
 * The site a piece of text names: its slug, name or an alias exactly; else the one site named whole among its words
 * ("facebook groups"); else a strong name match that is a whole name typed with a typo or two ("linkdin"). Fuse
 * also scores high a word that a long name merely contains ("books" in Facebook, "mentors" in MentorCity): that
 * names nothing, so "LinkedIn or books for beginners" is a question, not a comparison.
 */
export function resolveSite(
  text: string,
  sites: readonly IntentSite[] | SiteSource,
  index: SearchIndex,
): IntentSite | undefined {
  const source = siteSource(sites);
  const exact = source.named(foldWords(text));
  if (exact) return exact;
  const within = namedIn(text, source);
  if (within.length === 1) return within[0];
  if (within.length > 1) return undefined;
  const top = byName(index, { q: text, limit: 1 }).results[0];
  const site = top && top.score >= NAMED - 0.15 ? source.bySlug(top.slug) : undefined;
  return site && typedAsName(site, text) ? site : undefined;
}

/** Whether `text` is one of the site's names (slug, name, aliases) typed whole with a typo or two, spaces aside. */
function typedAsName(site: IntentSite, text: string): boolean {
  const typed = foldWords(text).replace(/ /g, '');
  const max = typosAllowed(typed.length);
  return foldedNames(site).some((n) => editDistance(typed, n.replace(/ /g, ''), max) <= max);
}

/** Most words of a site's name looked for among a query's words ("product hunt", "angel investment network"). */
const LONGEST_NAME = 4;

/**
 * The sites named by runs of `words` that start at one of `starts`, of at most `longest` words: every run that is
 * exactly a site's name, slug or alias (three letters or more, so a word like "x" names nothing), longest first.
 */
function sitesInRuns(
  words: readonly string[],
  starts: readonly number[],
  longest: number,
  sites: SiteSource,
): (IntentSite | undefined)[] {
  const runs: string[] = [];
  for (let n = longest; n >= 1; n--)
    for (const i of starts) {
      const run = i + n <= words.length ? words.slice(i, i + n).join(' ') : '';
      if (run.length >= 3) runs.push(run);
    }
  return lookUpAll(runs, (run) => sites.named(run));
}

/** The sites a query names whole among other words ({@link sitesInRuns} from every word), each site once. */
function namedIn(q: string, sites: SiteSource): IntentSite[] {
  const words = foldWords(q).split(' ').filter(Boolean);
  if (words.length < 2) return [];
  const found = sitesInRuns(
    words,
    words.map((_, i) => i),
    Math.min(LONGEST_NAME, words.length - 1),
    sites,
  );
  return [...new Map(found.flatMap((site) => (site ? [[site.slug, site] as const] : []))).values()];
}

/** Words that say a site named next is the visitor's own: "my etsy shop", "our youtube channel". */
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our']);

/** The sites a query names right after a possessive ("promote my etsy shop"): the visitor's own presence there. */
function yoursNamed(q: string, sites: SiteSource): IntentSite[] {
  const words = foldWords(q).split(' ').filter(Boolean);
  const afterMine = words.flatMap((w, i) => (POSSESSIVES.has(w) ? [i + 1] : []));
  return sitesInRuns(words, afterMine, LONGEST_NAME, sites).filter((site): site is IntentSite => site !== undefined);
}

function whyName(site: Pick<IntentSite, 'slug' | 'name' | 'aliases'>, query: string): string {
  const q = foldWords(query);
  if (foldWords(site.name) === q) return 'its name';
  const alias = site.aliases.find((a) => foldWords(a) === q || foldWords(a).includes(q));
  if (alias) return `also known as “${alias}”`;
  if (foldWords(site.name).includes(q)) return `its name contains “${query.trim()}”`;
  if (foldedNamesOf(site).some((n) => ` ${q} `.includes(` ${n} `))) return 'named in your search';
  return 'a name or description close to what you typed';
}

/**
 * Answers a search by what it means; `kind` and `purpose` narrow every kind of answer.
 * `sites`: every entry, or lookups over them that load what a query needs (`site-source.ts`).
 */
export function searchWithIntent(
  index: SearchIndex,
  sites: readonly IntentSite[] | SiteSource,
  query: SearchQuery,
): IntentResponse {
  const source = siteSource(sites);
  const { kind, purpose } = query;
  if (kind === undefined && purpose === undefined) return answer(index, source, query);
  // Filters apply after the intent is understood. Recommendations and directories narrow their ranking and
  // explain only the first `limit` sites kept; the other answers are asked for more, then narrowed.
  const narrow: Narrowed = { kind, purpose, limit: query.limit ?? 10 };
  const wide = answer(index, source, { ...query, limit: Math.max(source.count, 50) }, narrow);
  if (wide.intent.kind === 'recommend' || wide.intent.kind === 'directory') {
    // The full ranking it links to is narrowed the same way, so it leads with the same sites.
    const href = wide.intent.href?.startsWith(QUIZ_RESULTS)
      ? `${wide.intent.href}${narrowingQuery({ kind, purpose })}`
      : wide.intent.href;
    return { ...wide, intent: { ...wide.intent, href } };
  }
  const kept = wide.results.filter((r) => (!kind || r.kind === kind) && (!purpose || r.purposes.includes(purpose)));
  return {
    ...wide,
    total: wide.intent.kind === 'names' ? Math.min(wide.total, kept.length) : kept.length,
    results: kept.slice(0, query.limit ?? 10),
  };
}

/** A filter on the sites of an answer (a kind, a purpose they serve well), and how many of the sites it keeps to list. */
interface Narrowed {
  kind: Kind | undefined;
  purpose: Purpose | undefined;
  limit: number;
}

/**
 * A narrowing's test of the site at a position of `sites` (of its kind, good for the purpose: `servedPurposes`), from
 * the recommender's table: a filtered ranking tests every site it ranks, and reads none (issue #16). None without one.
 */
function keepOf(
  narrow: Narrowed | undefined,
  sites: readonly IntentSite[],
): ((site: IntentSite, at: number) => boolean) | undefined {
  if (!narrow) return undefined;
  const { kind, scores } = siteTable(sites);
  const kindAt = narrow.kind === undefined ? -1 : KIND_KEYS.indexOf(narrow.kind);
  const purposeAt = narrow.purpose === undefined ? -1 : PURPOSE_KEYS.indexOf(narrow.purpose);
  const width = PURPOSE_KEYS.length;
  return (_, k) =>
    (kindAt < 0 || kind[k] === kindAt) && (purposeAt < 0 || scores[k * width + purposeAt]! >= GOOD_SCORE);
}

/** `narrow`: for a recommendation or a directory, the answer is narrowed to it (the others ignore it). */
function answer(index: SearchIndex, sites: SiteSource, query: SearchQuery, narrow?: Narrowed): IntentResponse {
  const q = query.q.trim();
  const limit = query.limit ?? 10;

  // "A vs B" (or "compare A and B", "A vs B vs C"): every side must name a site, each a different one.
  const sides = compareSides(q);
  if (sides) {
    // Every side at once: what any lacks loads in the same round.
    const named = lookUpAll(sides, (side) => siteOfSide(side, sites, index));
    const slugs = new Set(named.map((s) => s?.slug));
    if (named.every((s) => s !== undefined) && slugs.size === named.length) {
      const names = named.map((s) => s.name);
      return {
        query: q,
        total: named.length,
        intent: {
          kind: 'compare',
          text: `Comparing ${names.slice(0, -1).join(', ')} and ${names.at(-1)!}.`,
          href: compareHref(named.map((s) => s.slug)),
        },
        results: named.map((s) => summary(s, 1, 'named in your comparison', served(s))),
      };
    }
  }

  // "alternatives to A", "sites like A", "A alternatives".
  const plain = q.replace(LEADING_PRAISE, '');
  for (const pattern of ALTERNATIVES) {
    const m = pattern.exec(plain);
    const site = m ? siteOfSide(m[1]!, sites, index) : undefined;
    if (site) {
      const alternatives = lookUpAll(site.alternatives, (slug) => sites.bySlug(slug)).filter(
        (s): s is IntentSite => s !== undefined && s.status !== 'closed',
      );
      return {
        query: q,
        total: alternatives.length,
        intent: {
          kind: 'alternatives',
          text: `Alternatives to ${site.name}.`,
          href: `/sites/${site.slug}/alternatives/`,
        },
        results: alternatives
          .slice(0, limit)
          .map((s) => summary(s, 1, `an alternative to ${site.name} listed by our editors`, served(s))),
      };
    }
  }

  const read = readGoal(q);
  /**
   * Answers that name nothing, by the text searched: the goals to pick from are read (eight readings, issue 16) only
   * for the one an answer shows ({@link withGoals}), not for those a later step drops or answers otherwise.
   */
  const unnamed = new WeakMap<IntentResponse, string>();
  const withGoals = (names: IntentResponse): IntentResponse => {
    const said = unnamed.get(names);
    return said === undefined ? names : { ...names, intent: { ...names.intent, goals: goalChoices(said) } };
  };
  // Searched only when the answer is names: recommendations and directories do not show them. An answer naming nothing
  // comes without its goals to pick: whoever shows it adds them (`withGoals`).
  const explainNames = (): IntentResponse => {
    const whole = namesFor(q);
    // Words that say nothing of a site ("find a language exchange partner": find, a, partner) can sink a fuzzy match
    // of the rest below the noise floor: with nothing kept, the words that name something are searched alone. Not
    // with a place word ("book club"): a club or group of something is answered as where people who share it meet.
    if (whole.results.length > 0 || wordsOf(foldWords(q)).some((w) => PLACES.has(w))) return whole;
    const naming = namingWords(q).join(' ');
    if (naming.length === 0 || naming === wordsOf(normalizeText(q)).join(' ')) return whole;
    const named = namesFor(naming);
    // The answer says which words it matched ("Sites whose name or description matches “language exchange”").
    return named.results.length > 0 ? { ...named, query: whole.query } : whole;
  };
  const namesFor = (q: string): IntentResponse => {
    // A few more than asked for: the ones left after dropping faint matches and putting near names first are cut to size.
    // The matches past the pool are only counted, with the same test as those listed.
    const counted = byName(index, { ...query, q, limit: Math.max(limit, NAME_POOL, NAME_COUNTED) });
    const pool = Math.max(limit, NAME_POOL);
    const names = { ...counted, results: counted.results.slice(0, pool) };
    // The results' sites are looked up together: their files load in one round.
    const found = lookUpAll(counted.results, (r) => sites.bySlug(r.slug));
    // A faint fuzzy match ("chess" for Checkatrade, "book club" for Lions Clubs) says nothing: each word that names
    // something must be in the site's own words, whole or nearly ({@link holdsWords}).
    const wanted = namingWords(q);
    const said = ` ${foldWords(q)} `;
    // The query's letters run together, and the typos a name may differ from them by.
    const typed = wordsOf(normalizeText(q)).join('');
    const max = typosAllowed(typed.length);
    const keeps = (site: IntentSite | undefined) =>
      // A site named whole among other words ("youtube collabs") is what the visitor means, whatever the rest says.
      site === undefined ||
      foldedNames(site).some((n) => n.length >= 2 && said.includes(` ${n} `)) ||
      holdsWords(site, wanted) ||
      // Its name typed with a space moved or a typo or two ("hackern ews"): a piece of a word names nothing alone.
      (typed.length >= 4 && ownTextWords(site).names.some((n) => editDistance(typed, n, max) <= max));
    const kept = names.results.flatMap((r, k) => {
      const site = found[k];
      if (!keeps(site)) return [];
      // A result whose site is not in the list (an index out of step with it) is explained by its own name and slug.
      return [{ ...r, why: whyName(site ?? { slug: r.slug, name: r.name, aliases: [] }, q) }];
    });
    // A name a typo or two from the query ("shaechat") goes ahead of names Fuse finds nearer by a letter or two
    // in common ("snapchat"): the fewer edits, the more likely the site meant.
    const edits = (slug: string) => {
      const site = found[names.results.findIndex((r) => r.slug === slug)];
      if (!site) return max + 1;
      return Math.min(...ownTextWords(site).names.map((n) => editDistance(typed, n, max)));
    };
    const distance = new Map(kept.map((r) => [r.slug, edits(r.slug)]));
    kept.sort((a, b) => Math.min(distance.get(a.slug)!, max + 1) - Math.min(distance.get(b.slug)!, max + 1));
    // A site named whole among other words ("youtube collabs", "facebook groups") is listed first, found by Fuse or not.
    const inQuery = namedIn(q, sites).filter((site) => !kept.some((r) => r.slug === site.slug));
    kept.unshift(...inQuery.map((site) => summary(site, 1, whyName(site, q), served(site))));
    const listed = new Set(kept.map((r) => r.slug));
    const keptPast = counted.results.slice(pool).filter((r, k) => !listed.has(r.slug) && keeps(found[pool + k])).length;
    // Matches Fuse ranked past those read (more than a search lists) are counted as they are.
    const unread = counted.total - counted.results.length;
    const response: IntentResponse = {
      ...names,
      total: kept.length === 0 ? 0 : kept.length + keptPast + unread,
      intent:
        kept.length > 0
          ? { kind: 'names', text: `Sites whose name or description matches “${q}”.` }
          : {
              kind: 'names',
              // Nothing named and nothing read: no sites, but the ways to say what is wanted.
              text: `No site matches “${q}”, and we could not tell what you want to do. Say it in a few words, or pick a goal.`,
            },
      results: kept.slice(0, limit),
    };
    if (kept.length === 0) unnamed.set(response, q);
    return response;
  };
  // "nursing app": a profession and a place, no goal; answered like the profession alone, its own networks first.
  const placeOnly = read.understood.goals.every((g) => PLACES.has(foldWords(g.words)));
  const recommends = read.answers !== undefined && !(placeOnly && read.answers.field);
  const { field, country, audience } = read.understood;
  // A site's own name ("Angel Investment Network", "Friendster") beats the goal words inside it. Asked only
  // when the words read as a goal or a directory: else the answer is names anyway, and with the sites in parts
  // the search need not wait for the file of names.
  // Only how or for whom ("free", "online only", "as a woman"): a directory of the sites that fit, unless a site is
  // named. A reading that narrows nothing ("membership": dues are fine; "online or in person") is no directory.
  const constrained = constraintsOf(read.understood).length > 0;
  // No site named and no goal read, but a kind of networking said ("social network", "hybrid sites"): the sites of
  // that kind, as the catalogue's kind filter lists them, rather than nothing.
  const namesOrKind = (): IntentResponse => {
    const names = explainNames();
    // A kind said outweighs sites whose descriptions only use its words ("a social network turned magazine"): a site
    // is meant only when its name is typed (a strong name match).
    const named = names.results.some((r) => r.score >= NAMED) ? undefined : kindNamed(q);
    if (named === undefined) {
      // Nothing named and nothing read, but a club or a group of something ("chess club", "knitting group"): where
      // people who share it talk, as "a chess forum" reads, the goal said as assumed, with the others to pick.
      const place = names.results.length === 0 ? groupOfSomething(q) : undefined;
      if (place === undefined) return withGoals(names);
      const understood: Understood = { ...read.understood, goals: [{ value: FIELD_GOALS[0]!, words: place }] };
      const all = sites.all();
      const shown = recommended(
        { goals: FIELD_GOALS },
        understood,
        all,
        q,
        narrow?.limit ?? limit,
        `No site is named “${q}”: we read “${place}” as where people who share an interest meet, so we assumed ${ASSUMED}. Pick yours for another ranking.`,
        true,
        keepOf(narrow, all),
        true,
      );
      return { ...shown, intent: { ...shown.intent, goals: goalChoices(q) } };
    }
    const all = sites.all();
    // The kind from the table's column: every site is tested, none read but those a filter asks of.
    const kinds = siteTable(all).kind;
    const kindAt = KIND_KEYS.indexOf(named);
    const filter = keepOf(narrow, all);
    const keep = (s: IntentSite, k: number) => kinds[k] === kindAt && (filter?.(s, k) ?? true);
    const listed = directory(undefined, undefined, undefined, read.understood, all, q, narrow?.limit ?? limit, keep);
    const { label, description } = KINDS.get(named)!;
    return {
      ...listed,
      intent: {
        kind: 'directory',
        text: `${label} sites (${description.replace(/\.$/, '').toLowerCase()}), worldwide ones first. Say what you want to do (find clients, swap ideas, a job…) for a ranked recommendation.`,
        href: filterHref({ kind: named }),
        understood: read.understood,
        // The directory has read them already when the query says how or for whom ("free", "as a woman").
        goals: listed.intent.goals ?? goalChoices(q),
      },
    };
  };
  // A wish no goal covers ("dating sites", "soulmate club"): said so, as the results page says it, with the ways to
  // say a goal; not a group of an interest, nor the sites of a place or a field it also names. A site named still is.
  const notCovered = read.understood.notCovered;
  if (notCovered && !sites.named(foldWords(q))) {
    const names = explainNames();
    if (names.results.length > 0) return names;
    return {
      ...names,
      total: 0,
      intent: {
        kind: 'names',
        text: `“${notCovered.words}” is not something we cover: we compare networking sites, for work, ideas and friendship, not ${notCovered.value}. If you meant something else, say what you want to do, or pick a goal.`,
        goals: goalChoices(q),
      },
      results: [],
    };
  }
  if (!(recommends || field || country || audience || constrained) || sites.named(foldWords(q))) return namesOrKind();
  if (!(recommends || field || country || audience)) {
    const names = explainNames();
    const top = names.results[0];
    if (top !== undefined && top.score >= NAMED && typedWhole(sites.bySlug(top.slug), q)) return names;
  }

  // Recommendations and directories rank every site: only they read the whole list.
  if (recommends && read.answers) {
    const all = sites.all();
    const work = customersWork(read.understood, read.answers, all);
    const understood = work?.understood ?? read.understood;
    return recommended(
      work?.answers ?? read.answers,
      understood,
      all,
      q,
      narrow?.limit ?? limit,
      work && `Recommended for what you described (${describe(understood)}). ${work.note}`,
      false,
      keepOf(narrow, all),
      wordsOf(foldWords(q)).some((w) => PLACES.has(w)),
    );
  }
  // Here the words name a field, a country or an audience, without a goal.
  const all = sites.all();
  // A site's name and a country, nothing else ("linkedin china"): that site, and whether it is used there, first;
  // then the sites used there, as the country alone lists them.
  const there =
    !field && !audience && country ? sites.named(foldWords(withoutCountryName(q, read.understood))) : undefined;
  if (there !== undefined && country !== undefined) {
    const listed = directory(undefined, country.value, undefined, read.understood, all, q, limit, keepOf(narrow, all));
    const where = countryInText(country.value);
    const usedThere = availabilityIn(there, country.value, all);
    return {
      ...listed,
      intent: {
        kind: 'names',
        text: `${there.name}: ${usedThere}. After it, the sites used in ${where}.`,
        href: `/sites/${there.slug}/`,
        understood: read.understood,
      },
      results: [
        summary(there, 1, `named in your search; ${usedThere}`, served(there)),
        ...listed.results.filter((r) => r.slug !== there.slug),
      ].slice(0, narrow?.limit ?? limit),
    };
  }
  return directory(
    field?.value,
    country?.value,
    audience?.value,
    read.understood,
    all,
    q,
    narrow?.limit ?? limit,
    keepOf(narrow, all),
  );
}

const PLACES: ReadonlySet<string> = new Set(PLACE_WORDS.map(foldWords));

/** Each kind by the first word of its label ("social" for "Social networking"). */
const KIND_WORDS: ReadonlyMap<string, Kind> = new Map(
  keysOf(KINDS).map((k) => [wordsOf(foldWords(KINDS.get(k)!.label))[0]!, k]),
);

/** The one kind of networking a query names by its label's word ("social network"), if exactly one. */
function kindNamed(q: string): Kind | undefined {
  const named = new Set(wordsOf(foldWords(q)).flatMap((w) => KIND_WORDS.get(w) ?? []));
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The place word of a query that asks for a club or a group of something ("chess club"): one of its words is a
 * place word ({@link PLACES}) and another says what of (three letters or more, not generic, not a place word).
 */
function groupOfSomething(q: string): string | undefined {
  const words = wordsOf(foldWords(q));
  const place = words.find((w) => PLACES.has(w));
  return place !== undefined && namingWords(q).length > 0 ? place : undefined;
}

/** The words of a query that say what is sought: three letters or more, neither generic ("app", "best") nor a place ("group", "club"). */
function namingWords(q: string): string[] {
  return [...new Set(wordsOf(normalizeText(q)))].filter(
    (w) => w.length >= 3 && !GENERIC_WORDS.has(stemOf(w)) && !PLACES.has(w),
  );
}

/** Most letters a site's word may have past a query word it begins with: an ending ("clubs", "networking"), not a second word ("free" in "freelancer"). */
const MAX_ENDING = 4;

/** Typos a word of this length may hold and still name a site: one per four letters, none under four. */
const typosAllowed = (length: number) => Math.floor(length / 4);

/** Words, each with its {@link stemOf} (in the same order): what a query's words are compared to. */
interface Stemmed {
  words: readonly string[];
  stems: readonly string[];
}

const stemmed = (words: readonly string[]): Stemmed => ({ words, stems: words.map(stemOf) });

/**
 * A site's own words, made once per site rather than per query (issue 16: a name search tests each of up to 50
 * results): those of its name, aliases, tagline and the fields it is built for (`own`), and apart, the goals it
 * serves well, whose words ({@link goalWordsOf}, most of a site's) every site serving them shares; its names' words
 * (also run together), and the words a typo may name (`near`: those, then the tagline's).
 */
interface OwnText {
  own: Stemmed;
  goals: readonly Purpose[];
  names: string[];
  near: string[];
}

function ownTextWords(site: IntentSite): OwnText {
  let known = ownTextKept.get(site);
  if (!known) ownTextKept.set(site, (known = ownTextWordsAfresh(site)));
  return known;
}
const ownTextKept = new WeakMap<IntentSite, OwnText>();

/**
 * The words of a goal's keywords (each once), made once per goal. Normalised apart from a site's own text and from
 * the other goals', which finds the same words: joined, a space parted them.
 */
function goalWordsOf(goal: Purpose): Stemmed {
  let words = goalWordsKept.get(goal);
  if (!words)
    goalWordsKept.set(goal, (words = stemmed([...new Set(wordsOf(normalizeText(purposeKeywords(goal).join(' '))))])));
  return words;
}
const goalWordsKept = new Map<Purpose, Stemmed>();

/** The names a site answers to, folded (`foldedNamesOf`), made once per site: a name search tests each result's. */
function foldedNames(site: IntentSite): readonly string[] {
  let folded = foldedKept.get(site);
  if (!folded) foldedKept.set(site, (folded = foldedNamesOf(site)));
  return folded;
}
const foldedKept = new WeakMap<IntentSite, readonly string[]>();

function ownTextWordsAfresh(site: IntentSite): OwnText {
  const names = [site.name, ...site.aliases].map(normalizeText);
  const fields = Object.entries(site.fields).flatMap(([key, note]) => [
    FIELDS.get(key as Field)?.label ?? '',
    note ?? '',
  ]);
  const named = [...new Set([...names.flatMap(wordsOf), ...names.map((n) => wordsOf(n).join(''))])];
  return {
    own: stemmed([...new Set(wordsOf(normalizeText([...names, site.tagline, ...fields].join(' '))))]),
    goals: served(site),
    names: named,
    near: [...named, ...wordsOf(normalizeText(site.tagline))],
  };
}

/** Whether some of `list` begins with `w` (past it, an ending at most) or is a form of it (its stem `stem`). */
const formOf = (list: Stemmed, w: string, stem: string): boolean =>
  list.words.some((x, k) => (x.startsWith(w) && x.length - w.length <= MAX_ENDING) || sameWord(list.stems[k]!, stem));

/**
 * Whether the query is a site's name typed whole ("fresha", "meetup groups") or a whole name within a typo or two
 * ("fresah", "catho onlin"), not only the start of one or one word of it: "free" begins "Freelance Network" and
 * "online" ends "Catho Online", but each says how, as the reader reads it.
 */
function typedWhole(site: IntentSite | undefined, q: string): boolean {
  if (site === undefined) return true;
  const names = foldedNames(site);
  const said = ` ${foldWords(q)} `;
  if (names.some((n) => n.length >= 2 && said.includes(` ${n} `))) return true;
  const typed = wordsOf(normalizeText(q)).join('');
  const max = typosAllowed(typed.length);
  return names.some((n) => editDistance(typed, n.replace(/ /g, ''), max) <= max);
}

/**
 * Whether a site holds every one of `wanted` (query words): a word of its own that begins with it or is a form
 * of it ("clubs", "promotion" for "promote"), or, in its name, tagline or aliases, a word a typo or two away
 * ("linkdin", "twiter", "instagarm"). With no such word wanted, any site does.
 */
function holdsWords(site: IntentSite, wanted: readonly string[]): boolean {
  if (wanted.length === 0) return true;
  const { own, goals, near } = ownTextWords(site);
  return wanted.every((w) => {
    const stem = stemOf(w);
    if (formOf(own, w, stem) || goals.some((goal) => formOf(goalWordsOf(goal), w, stem))) return true;
    const max = typosAllowed(w.length);
    return max > 0 && near.some((x) => editDistance(w, x, max) <= max);
  });
}

/** Words any site's tagline may hold and any query may say: they tell sites apart by nothing. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(
  [
    'site',
    'app',
    'platform',
    'website',
    // A site that gathers what the visitor looks for ("job portal", "portales de empleo"), as "site" says.
    'portal',
    'network',
    'networking',
    'social',
    'online',
    'find',
    'best',
    'good',
    'top',
    'people',
    'meet',
    'make',
    'new',
    'get',
    'want',
    'need',
    'looking',
    'way',
    'place',
    'where',
    'how',
    'what',
    'which',
    'who',
    'for',
    'the',
    'and',
    'with',
    'from',
    'into',
    'your',
    'our',
    'near',
    'group',
    'community',
    'join',
    'city',
    'town',
    'area',
    'world',
    'country',
    // How many or which others ("other nurses", "more friends"): said of whoever is sought, never what a site is.
    'other',
    'another',
    'more',
    'some',
    'any',
    'many',
    'each',
    'every',
    // Whoever is sought, by the part they would play ("a language exchange partner", "running buddies"): said of
    // people, never what a site is, as "people" is.
    'partner',
    'buddy',
    'buddies',
    // Prepositions, pronouns and linking words: they say how the other words relate, never what a site is; in a
    // tagline they match by chance ("jobs for over 55" lifted a site saying "over").
    'over',
    'under',
    'after',
    'before',
    'about',
    'above',
    'below',
    'between',
    'without',
    'within',
    'through',
    'during',
    'since',
    'until',
    'than',
    'then',
    'also',
    'just',
    'only',
    'very',
    'like',
    'via',
    'per',
    'all',
    'not',
    'but',
    'can',
    'why',
    'when',
    'this',
    'that',
    'these',
    'those',
    'there',
    'here',
    'they',
    'them',
    'their',
    'you',
    'are',
    'was',
    'were',
    'have',
    'has',
    'does',
    'will',
    'would',
    'should',
    'could',
    'while',
    'across',
    'around',
    'among',
    // Verbs that only begin or carry another ("how to start angel investing", "stay in touch"): the other word says
    // what is sought; "start" alone is a form of "startup" to the word matching.
    'start',
    'begin',
    'stay',
    'keep',
    'try',
  ].map(stemOf),
);

/** Most letters a form of a generic word may have past it and still be generic: a plural or a gender ("sociales"). */
const GENERIC_ENDING = 2;

/**
 * Whether a stem is a generic word ({@link GENERIC_WORDS}) or a form of one with a short ending: "sociales" in
 * "redes sociales" says no more of a site than "social" does (Idealist's "social-impact" is no answer to it).
 */
const GENERIC_LIST: readonly string[] = [...GENERIC_WORDS];
const isGeneric = (stem: string): boolean =>
  GENERIC_WORDS.has(stem) || GENERIC_LIST.some((g) => stem.length - g.length <= GENERIC_ENDING && sameWord(g, stem));

/** The words of every purpose's label and keywords: the recommendation already weighs them, so they do not count twice. */
const PURPOSE_WORDS: ReadonlySet<string> = new Set(
  keysOf(PURPOSES).flatMap((p) => purposeKeywords(p).flatMap((k) => wordsOf(normalizeText(k)).map(stemOf))),
);

/** The sites whose own words hold some of a query's words: where they are in the catalogue, in order, and their shares. */
export interface TextMatches {
  /** Positions in the catalogue, ascending. */
  at: number[];
  /** Per site of `at`, how much of the query its own words hold, 0–1. */
  shares: number[];
  /** The query's words the site at position `k` holds, if any (written for the results shown alone). */
  words(k: number): string[] | undefined;
}

/**
 * How much of a query a site's own words hold, 0–1, each query word weighted
 * by how rare it is among the sites (inverse document frequency), so "expats"
 * counts and "for" hardly does; with the words it holds. A common word is held
 * by thousands of sites at 10,000 entries: each is marked with the words it
 * holds (bits), and a share is summed once per set of words held (issue #16).
 */
export function textMatch(
  queryWords: readonly string[],
  sites: readonly IntentSite[],
  profession?: Profession,
): TextMatches {
  const none: TextMatches = { at: [], shares: [], words: () => undefined };
  if (queryWords.length === 0) return none;
  const index = ownWordIndex(sites);
  const holding = queryWords.map((word) => sitesSaying(index, sites, word, profession));
  const weights = holding.map((held) => (held.size === 0 ? 0 : Math.log((sites.length + 1) / held.size)));
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return none;
  const words = (k: number) => {
    const held = queryWords.filter((_, i) => holding[i]!.has(k));
    return held.length > 0 ? held : undefined;
  };
  // Each site holding a word, once, in catalogue order, with the words it holds as bits (a query's words are
  // fewer than 31: `MAX_QUERY_LENGTH`; more, and each site is asked of each word).
  const at: number[] = [];
  const shares: number[] = [];
  const shareOf = (held: (i: number) => boolean) => {
    let sum = 0;
    for (let i = 0; i < queryWords.length; i++) if (held(i)) sum += weights[i]!;
    return sum / total;
  };
  if (queryWords.length > 30) {
    for (const k of [...new Set(holding.flatMap((held) => [...held]))].sort((a, b) => a - b)) {
      at.push(k);
      shares.push(shareOf((i) => holding[i]!.has(k)));
    }
    return { at, shares, words };
  }
  const bits = new Int32Array(sites.length);
  holding.forEach((held, i) => held.forEach((k) => (bits[k] = bits[k]! | (1 << i))));
  const byBits = new Map<number, number>();
  for (let k = 0; k < sites.length; k++) {
    const held = bits[k]!;
    if (held === 0) continue;
    let share = byBits.get(held);
    if (share === undefined) byBits.set(held, (share = shareOf((i) => (held & (1 << i)) !== 0)));
    at.push(k);
    shares.push(share);
  }
  return { at, shares, words };
}

/** The profession a query was read as naming, and the stems of the words it was read from ("software engineers"). */
interface Profession {
  field: Field;
  words: readonly string[];
}

const professionOf = (understood: Understood | undefined): Profession | undefined =>
  understood?.field && {
    field: understood.field.value,
    words: wordsOf(normalizeText(understood.field.words)).map(stemOf),
  };

/**
 * The positions of the sites whose own words hold `word` (a stem). A word read as the profession is weighed already
 * (a site built for it ranks so): it says something more only of the profession's own sites ("developers" among
 * those for software), and a general site saying it, loosely ("accounts" for "accountants", "search engine" for
 * "engineers", a video call for "video"), is not lifted.
 */
function sitesSaying(
  index: OwnWordIndex,
  sites: readonly IntentSite[],
  word: string,
  profession: Profession | undefined,
): Set<number> {
  const held = index.sitesHolding(word);
  if (profession === undefined || !profession.words.some((x) => sameWord(x, word))) return held;
  // The field's column, not each site's entry: a common word is held by thousands of sites.
  const own = fieldColumn(sites, profession.field);
  return new Set([...held].filter((k) => own[k] === 1));
}

/** Points a site described by every word of the query gains, on top of {@link TEXT_MATCH_POINTS}. */
const DESCRIBED_POINTS = TEXT_MATCH_POINTS;

/**
 * The sites whose own words (name, aliases, tagline) hold every word of a query that says two or more (three letters
 * or more, not generic), goal words included: the sites the query describes ("public speaking club"). With the words;
 * the sites by their positions in the catalogue. Words read as the profession describe only its own sites
 * ({@link sitesSaying}).
 */
function describedBy(
  q: string,
  sites: readonly IntentSite[],
  profession?: Profession,
): { words: string[]; at: Set<number> } {
  const words = [...new Set(wordsOf(normalizeText(q)))].filter((w) => w.length >= 3 && !isGeneric(stemOf(w)));
  if (words.length < 2) return { words: [], at: new Set() };
  const index = ownWordIndex(sites);
  let held: Set<number> | undefined;
  for (const w of words) {
    const holding = sitesSaying(index, sites, stemOf(w), profession);
    held = held ? new Set([...held].filter((k) => holding.has(k))) : holding;
    if (held.size === 0) return { words: [], at: new Set() };
  }
  return { words, at: held! };
}

/**
 * The query without the words read as a country when they are the country's name ("job sites Australia" → "job
 * sites"): a filter, not a description. A city read as its country ("Berlin") stays: a site that names the city is
 * made for it; a city-state's name ("Singapore") is the country's.
 */
function withoutCountryName(q: string, understood: Understood | undefined): string {
  const country = understood?.country;
  if (country === undefined) return q;
  // A city-state's name is its country's ("Singapore").
  const folded = foldWords(country.words);
  if (CITY_PHRASES.has(folded) && folded !== foldWords(countryName(country.value))) return q;
  const drop = wordsOf(normalizeText(country.words));
  const words = wordsOf(normalizeText(q));
  for (let i = 0; drop.length > 0 && i + drop.length <= words.length; i++)
    if (drop.every((w, j) => words[i + j] === w))
      return [...words.slice(0, i), ...words.slice(i + drop.length)].join(' ');
  return q;
}

/**
 * With no country named, the sites made for a country where the query's language is spoken (one spoken mainly in a
 * few: {@link queryLanguage}), by catalogue position, and the language: a soft cue, not a filter. Those sites are not
 * put behind the worldwide ones as foreign; the worldwide sites absent (`absent`) from the country where most of its
 * speakers live are; every other site keeps its place. Undefined with a country named or no such language.
 */
function spokenThere(
  q: string,
  sites: readonly IntentSite[],
  country: string | undefined,
):
  | {
      language: string;
      words: string;
      madeFor: Uint8Array;
      absent: Uint8Array;
      why(k: number): string;
      whyAbsent: string;
    }
  | undefined {
  if (country !== undefined) return undefined;
  // A word the catalogue's own (English) text uses is borrowed where other languages list it ("online", "freelance").
  const own = ownWordIndex(sites);
  const spoken = queryLanguage(q, (word) => own.sitesHolding(stemOf(word)).size > 0);
  if (spoken === undefined) return undefined;
  const madeFor = new Uint8Array(sites.length);
  for (const c of spoken.countries) {
    const column = countryColumn(sites, c);
    for (let k = 0; k < sites.length; k++) if (column[k]! & MADE_FOR) madeFor[k] = 1;
  }
  // The first country listed is where most of the language's speakers (in its script, if it has several) live: a
  // worldwide site absent there (`absentIn`: LinkedIn in China) is no place to find anyone for most people searching
  // in it. It comes after the sites used there, as a foreign site does, but stays listed: the visitor may live
  // elsewhere (Chinese is Taiwan's language too).
  const main = countryColumn(sites, spoken.countries[0]!);
  const { flags } = siteTable(sites);
  const absent = new Uint8Array(sites.length);
  for (let k = 0; k < sites.length; k++) if (flags[k]! & SITE_FLAGS.global && !(main[k]! & AVAILABLE)) absent[k] = 1;
  const why = (k: number) => {
    const where = spoken.countries.filter((c) => countryColumn(sites, c)[k]! & MADE_FOR).map(countryInText);
    return `made for ${where.join(', ')}, where ${spoken.name} is spoken, the language of your search (“${spoken.words}”)`;
  };
  const whyAbsent = `not available in ${countryInText(spoken.countries[0]!)}, where most searches in ${spoken.name} like yours come from: placed after the sites used there`;
  return { language: spoken.name, words: spoken.words, madeFor, absent, why, whyAbsent };
}

/**
 * Rankings remembered per list of sites, for the most recent sets of answers:
 * about 0.2 MB each at 10,000 entries (a Worker isolate has 128 MB), and a new
 * one costs a pass over the numbers of every site, not their sentences.
 */
const RANKINGS_KEPT = 16;

/**
 * What a search lists for a set of answers, before the query's own words move sites up. Only numbers, by position:
 * no object per site (issue #16: a key object for each of thousands of listed sites was most of a new ranking's
 * time, and of its memory).
 */
interface Ranking {
  verdict: ReturnType<typeof verdictFor>;
  /** Every site's numbers for the answers ({@link rankColumns}): what orders them ({@link compareAt}). */
  cols: RankColumns;
  /**
   * The position in the catalogue of the site the recommendation puts first because the best ones ahead of it are
   * declining (see `recommend`), or −1.
   */
  lead: number;
  /** The scores of the listed sites, in the order of `at` (copied before a query adds its points). */
  scores: Float64Array;
  /** The positions in the catalogue of the sites a search lists (they serve a goal well or are built for the field), ascending. */
  at: Int32Array;
  /**
   * Per position in the catalogue, where the site is in `at` (−1: not listed), made by the first search whose
   * words a site says (most say none): its text matches then add points to those sites alone.
   */
  row?: Int32Array;
}

/**
 * The ranking of every site for a set of answers, remembered: many searches
 * ("local business", "business contacts") read as the same answers. Only the
 * numbers: the sentences are written for the results shown. Never changed by
 * its readers, but for `position`, made once when first needed.
 */
function rankingOnce(answers: Answers, sites: readonly IntentSite[]): Ranking {
  const kept = perCatalogue(sites, 'search:rankings', () => new Map<string, Ranking>());
  const key = JSON.stringify(answers);
  let ranking = kept.get(key);
  if (ranking) kept.delete(key);
  else {
    // Only numbers per site, no object (issue #16).
    const cols = rankColumns(answers, sites);
    const { listed, restricted } = cols;
    const { scores, flags } = cols.table;
    const n = sites.length;
    // The recommendation's first site: the best that is not declining and as open to the visitor as any.
    let open = 1;
    for (let k = 0; k < n; k++) if (listed[k] && restricted[k]! < open) open = restricted[k]!;
    let lead = -1;
    for (let k = 0; k < n; k++)
      if (
        listed[k] &&
        !decliningAt(cols.table, k) &&
        restricted[k] === open &&
        (lead < 0 || compareAt(cols, k, lead) < 0)
      )
        lead = k;
    // A search lists only sites that serve a goal well (or are built for the field); the quiz ranks everything.
    // Peers of a field meet where its people are: a general site is listed for them only with large groups, the
    // recommendation's concrete reason to expect the field there ("search its groups for nursing").
    // Referrals are the exception: they come from people of other trades (a referral club seats one per trade).
    // One pass over the numbers: at 10,000 sites this runs once per new set of answers (issue #16).
    const { field, goals } = answers;
    // The first goal is met only among the field's own people (ideas, contacts): not customers, employers or
    // investors (outward), nor referrals (across fields).
    const onlyAmongFieldPeers = field !== undefined && !OUTWARD_GOALS.has(goals[0]!) && !ACROSS_FIELDS.has(goals[0]!);
    const acrossFields = field !== undefined && ACROSS_FIELDS.has(goals[0]!);
    const own = field === undefined ? undefined : fieldColumn(sites, field);
    const at = goals.map((g) => PURPOSE_KEYS.indexOf(g));
    const fittingAt = new Int32Array(n);
    let fitting = 0;
    const width = PURPOSE_KEYS.length;
    for (let k = 0; k < n; k++) {
      if (!listed[k]) continue;
      let fits = own !== undefined && own[k] === 1;
      if (!fits) {
        let good = false;
        for (let g = 0; g < at.length; g++) if (scores[k * width + at[g]!]! >= GOOD_SCORE) good = true;
        const specialist = (flags[k]! & SITE_FLAGS.specialist) !== 0;
        // Referrals across trades come from general clubs and platforms, not from another profession's own network.
        fits =
          good &&
          !(acrossFields && specialist) &&
          (!onlyAmongFieldPeers || (!specialist && (flags[k]! & GROUPS_AND_LARGE) === GROUPS_AND_LARGE));
      }
      if (fits) fittingAt[fitting++] = k;
    }
    const fittingScores = new Float64Array(fitting);
    for (let i = 0; i < fitting; i++) fittingScores[i] = cols.score[fittingAt[i]!]!;
    ranking = {
      verdict: verdictFor(answers.goals),
      cols,
      lead,
      scores: fittingScores,
      at: fittingAt.slice(0, fitting),
    };
  }
  kept.set(key, ranking);
  if (kept.size > RANKINGS_KEPT) kept.delete(kept.keys().next().value!);
  return ranking;
}

/** A general platform with groups and a sourced audience large enough to hold a field's (`hasLargeGroups`). */
const GROUPS_AND_LARGE = SITE_FLAGS.groups | SITE_FLAGS.largeGroups;

/** Goals met among people of every field, not a field's own: a search lists every site that serves them well. */
const ACROSS_FIELDS: ReadonlySet<Purpose> = new Set(['referrals']);

/** Per position in a catalogue of `size` sites, where it is among `at` (−1: not there). */
function rowsOf(at: Int32Array, size: number): Int32Array {
  const row = new Int32Array(size).fill(-1);
  at.forEach((k, i) => (row[k] = i));
  return row;
}

/**
 * The sites at positions of the list, each read (its slug): where the list's entries load on demand (`shards.ts`),
 * what they lack loads in one round ({@link lookUpAll}), not one per site.
 */
function sitesAt(sites: readonly IntentSite[], at: readonly number[]): IntentSite[] {
  return lookUpAll(at, (k) => {
    const site = sites[k]!;
    void site.slug;
    return site;
  });
}

/** A recommendation for a search: how many sites it lists, and its best ones, explained. */
interface Recommended {
  total: number;
  href: string;
  /**
   * The first `count` results, leaving out the sites `skip` names (they keep their places for the rest); `skip` is
   * also told where the site is in the catalogue.
   */
  top(count: number, skip?: (site: IntentSite, at: number) => boolean): ExplainedResult[];
  /** How many of the listed sites `which` names (told where each is in the catalogue too). */
  count(which: (site: IntentSite, at: number) => boolean): number;
  /** Where in the catalogue the first `count` sites are, in order, leaving out those `skip` names, without explaining them. */
  order(count: number, skip?: (site: IntentSite, at: number) => boolean): number[];
}

/**
 * `assumed`: the visitor named no goal and the answers' goal was assumed, so
 * the sentences say "the goal we assumed", not "your goal".
 * `read`: the query's language cue for `answers.country` ({@link spokenThere}), when the caller has read it already:
 * it costs a pass over every site's countries, so a directory query reads it once, not again here.
 */
function recommendedFor(
  answers: Answers,
  sites: readonly IntentSite[],
  q: string,
  assumed = false,
  builtFor = false,
  understood?: Understood,
  read?: { spoken: ReturnType<typeof spokenThere> },
): Recommended {
  const ranking = rankingOnce(answers, sites);
  const { verdict, lead, cols } = ranking;
  const { restricted, fieldTier } = cols;
  // With no country named, a site used only in some countries comes after the worldwide ones (tier 1), unless it is
  // made for a country where the query's language is spoken; a worldwide site absent from the country most of the
  // language's speakers live in comes after them (`spokenThere`).
  const spoken = read ? read.spoken : spokenThere(q, sites, answers.country);
  const lifted = (k: number) => spoken !== undefined && cols.tier[k] === 1 && spoken.madeFor[k] === 1;
  // A site made for where the query's language is spoken loses no points for being used only there (the formula's
  // `notWorldwide`): with that country named it would lose none either. These points order it and are the score shown.
  const liftedPoints = (k: number, points: number) => (lifted(k) ? points - ADJUSTMENTS.notWorldwide.points : points);
  const tier = spoken ? cols.tier.map((t, k) => (lifted(k) ? 0 : spoken.absent[k] === 1 ? 1 : t)) : cols.tier;
  // A kind of place asked for ("referral group", "networking app"): the sites built for one of the goals read (core
  // for it: "networking groups" asks for ideas and contacts alike) or for the field, when there are any; the ones
  // merely good for them are not what was asked for.
  // A site the query describes in its own words ("public speaking club") is one of them, whatever its scores.
  const profession = answers.field === undefined ? undefined : professionOf(understood);
  // A country named by its name filters the list and earns the national sites their bonus; every one of them names
  // its country, so as words a site says it would count twice, and for those whose text happens to name it.
  const said = withoutCountryName(q, understood);
  const described = describedBy(said, sites, profession);
  // Where each of them is in the ranking's list, to read its score there.
  const builtAt: number[] = [];
  if (builtFor) {
    // From the columns: every listed site is tested, none read.
    const own = answers.field === undefined ? undefined : fieldColumn(sites, answers.field);
    ranking.at.forEach((k, i) => {
      if (builtForAnswersAt(answers, cols.table, own, k) || described.at.has(k)) builtAt.push(i);
    });
  }
  const built = builtAt.length > 0;
  // Where each site listed is in the catalogue.
  const siteAt = built ? Int32Array.from(builtAt, (i) => ranking.at[i]!) : ranking.at;
  // A field named and a first goal met among people (not customers, employers or investors): a general platform
  // is listed for its groups, so that reason is said first.
  const groupsReasonFirst = answers.field !== undefined && !OUTWARD_GOALS.has(answers.goals[0]!);
  // A site that says in its own words what the visitor typed ("expats", "launch") goes up within its tier.
  const queryWords = [...new Set(wordsOf(normalizeText(said)).map(stemOf))].filter(
    (w) => w.length >= 3 && !isGeneric(w) && !PURPOSE_WORDS.has(w),
  );
  // For an outward first goal (customers, employers, investors) the profession says who the visitor is, not who they
  // seek: the field's own sites earn their field points but are not put ahead of sites that serve the goal better
  // (`OUTWARD_GOALS`), so its words lift none of them ("promote my music": listeners are on the general platforms).
  const sought =
    profession && OUTWARD_GOALS.has(answers.goals[0]!)
      ? queryWords.filter((w) => !profession.words.some((x) => sameWord(x, w)))
      : queryWords;
  const matches = textMatch(sought, sites, profession);
  // A site the visitor says is theirs ("my etsy shop") is where they already are, not where the query sends them:
  // its name in the query lifts it no more than another's would.
  const theirs = new Set(yoursNamed(q, siteSource(sites)).map((site) => positionsOf(sites).get(site) ?? -1));
  // The scores, and for the few sites the query's words match, their points added: a lookup per match, not per
  // listed site (issue #16). A site whose own words hold every word of a query of two or more ("public speaking
  // club"), goal words included, is one it describes: it gains as much again as the words' share gives. The sites
  // built for what was asked then copy their points by position, not by a lookup of each one's slug (issue #16).
  let points = ranking.scores.slice();
  if (matches.at.length > 0 || described.at.size > 0) {
    const row = (ranking.row ??= rowsOf(ranking.at, sites.length));
    matches.at.forEach((k, m) => {
      const i = row[k]!;
      if (i >= 0 && !theirs.has(k)) points[i] = points[i]! + TEXT_MATCH_POINTS * matches.shares[m]!;
    });
    for (const k of described.at) {
      const i = row[k]!;
      if (i >= 0 && !theirs.has(k)) points[i] = points[i]! + DESCRIBED_POINTS;
    }
  }
  // A lifted site's points without `notWorldwide` ({@link liftedPoints}). Of two that fit as well, it goes first
  // (below), as a site made for a country named goes ahead of a worldwide one on its national points.
  if (spoken !== undefined)
    ranking.at.forEach((k, i) => {
      points[i] = liftedPoints(k, points[i]!);
    });
  if (built) points = Float64Array.from(builtAt, (i) => points[i]!);
  // Within its tiers by points, then in the recommendation's order (where `lead` comes first).
  const before = (i: number, j: number) => {
    const a = siteAt[i]!;
    const b = siteAt[j]!;
    return (
      restricted[a]! - restricted[b]! ||
      tier[a]! - tier[b]! ||
      fieldTier[a]! - fieldTier[b]! ||
      points[j]! - points[i]! ||
      (spoken === undefined ? 0 : spoken.madeFor[b]! - spoken.madeFor[a]!) ||
      (a === lead ? -1 : b === lead ? 1 : compareAt(cols, a, b))
    );
  };
  // As in the recommendation, a declining site is never first: the best one that is not goes ahead.
  let steady: number | undefined;
  let open = 1;
  for (const k of siteAt) open = Math.min(open, restricted[k]!);
  const positions: number[] = [];
  siteAt.forEach((k, i) => {
    positions.push(i);
    if (!decliningAt(cols.table, k) && restricted[k] === open && (steady === undefined || before(i, steady) < 0))
      steady = i;
  });
  const explain = (i: number): ExplainedResult => {
    const site = sites[siteAt[i]!]!;
    const r = explainSite(answers, site, verdict);
    const whole = described.at.has(siteAt[i]!);
    const said = theirs.has(siteAt[i]!) ? undefined : whole ? described.words : matches.words(siteAt[i]!);
    const match = said && { words: said };
    const why = [
      ...(match ? [`says “${match.words.join(' ')}” in its description`] : []),
      ...r.reasons
        .filter((x) => x.points > 0)
        // For peers of a field, a general platform is listed for its groups: that reason is always said.
        .sort(
          (a, b) =>
            Number(groupsReasonFirst && isGroups(b)) - Number(groupsReasonFirst && isGroups(a)) || b.points - a.points,
        )
        .slice(0, match ? 1 : 2)
        .sort((a, b) => b.points - a.points)
        .map((x) => (assumed ? x.text.replace(/, your goal$/, ', the goal we assumed') : x.text)),
      // A site used only in some countries, listed when none was named, says where it is used, as its result does;
      // one made for where the query's language is spoken says that instead.
      ...(lifted(siteAt[i]!)
        ? [spoken!.why(siteAt[i]!)]
        : spoken?.absent[siteAt[i]!] === 1
          ? [spoken.whyAbsent]
          : r.reasons.filter(isOnlySome).map((x) => x.text)),
    ].join('; ');
    // A site lifted by the query's language shows the score it is ordered by, within the formula's range.
    const score = Math.min(SCORE_RANGE.max, liftedPoints(siteAt[i]!, r.score));
    return summary(site, score / 100, why || 'the best of what is left for these answers', served(site));
  };
  return {
    total: siteAt.length,
    // The full ranking shows first what this list is: the sites built for what was asked, when it was narrowed to them.
    href: `${QUIZ_RESULTS}${answersToQuery(answers)}${narrowingQuery({ built: built ? true : undefined })}`,
    top(count, skip) {
      if (count <= 0) return [];
      const kept = (i: number) => !skip?.(sites[siteAt[i]!]!, siteAt[i]!);
      const first = steady !== undefined && kept(steady) ? [steady] : [];
      const rest = smallest(positions, count - first.length, before, (i) => i !== steady && kept(i));
      const shown = [...first, ...rest];
      sitesAt(
        sites,
        shown.map((i) => siteAt[i]!),
      );
      return shown.map(explain);
    },
    count: (which) => siteAt.reduce((n, k) => n + (which(sites[k]!, k) ? 1 : 0), 0),
    order(count, skip) {
      if (count <= 0) return [];
      const kept = (i: number) => !skip?.(sites[siteAt[i]!]!, siteAt[i]!);
      const first = steady !== undefined && kept(steady) ? [steady] : [];
      const rest = smallest(positions, count - first.length, before, (i) => i !== steady && kept(i));
      return [...first, ...rest].map((i) => siteAt[i]!);
    },
  };
}

function recommended(
  answers: Answers,
  understood: Understood,
  sites: readonly IntentSite[],
  q: string,
  limit: number,
  lead?: string,
  assumed = false,
  keep?: (site: IntentSite, at: number) => boolean,
  builtFor = false,
): IntentResponse {
  const ranked = recommendedFor(answers, sites, q, assumed, builtFor, understood);
  return {
    query: q,
    total: keep ? ranked.count(keep) : ranked.total,
    intent: {
      kind: 'recommend',
      text: lead ?? `Recommended for what you described (${describe(understood)}).`,
      href: ranked.href,
      understood,
    },
    results: ranked.top(limit, keep && ((s, k) => !keep(s, k))),
  };
}

/** The recommendation's reason for a general platform's groups ("search its groups for nursing"). */
const isGroups = (reason: { text: string }) => reason.text.includes('search its groups for');
/** The recommendation's reason for a site used only in some countries when none was named ("only used in US: …"). */
const isOnlySome = (reason: { text: string }) => reason.text.startsWith('only used in ');

/** What a profession named without a goal is taken to want: its people, to swap ideas with (the goal most bound to a field). */
const FIELD_GOALS: Answers['goals'] = ['peer-ideas'];
/** The assumed goal, as the sentences say it. */
const ASSUMED = labelOf(PURPOSES, FIELD_GOALS[0]!).toLowerCase();

/** Each goal with its label, and the label as the search's address writes it after the query ("+jobs+and+hiring"). */
const GOAL_SAYINGS = keysOf(PURPOSES).map((goal) => {
  const label = labelOf(PURPOSES, goal);
  const said = label.toLowerCase();
  return { goal, label, said, encoded: new URLSearchParams({ q: said }).toString().slice('q='.length) };
});

/**
 * The search again with each goal said ("nurses jobs and hiring"), kept where the reader reads that goal first.
 * The same as building each kept goal's address from its whole text (issue #16): form encoding goes code point by code
 * point, so the address is the query's encoding, made once, "+" for the space, and the label's.
 */
export function goalChoices(q: string): SearchIntent['goals'] {
  let head: string | undefined;
  return GOAL_SAYINGS.flatMap(({ goal, label, said, encoded }) => {
    if (readGoal(`${q} ${said}`).answers?.goals[0] !== goal) return [];
    head ??= new URLSearchParams({ q }).toString();
    return [{ goal, label, href: `/search/?${head}+${encoded}` }];
  });
}

function directory(
  field: Field | undefined,
  country: string | undefined,
  audience: Audience | undefined,
  understood: Understood,
  sites: readonly IntentSite[],
  q: string,
  limit: number,
  keep?: (site: IntentSite, at: number) => boolean,
): IntentResponse {
  // Who the visitor is ("freelancer platform") narrows the list when no profession does.
  const who = field === undefined && audience !== undefined ? audience : undefined;
  // How or for whom ("free", "online only", "as a woman") narrows the list when no profession does.
  const fits = field === undefined ? constraintsOf(understood) : [];
  // One pass over the catalogue's columns; a constraint's own test runs only on the sites the rest keeps.
  const table = siteTable(sites);
  const ownField = field ? fieldColumn(sites, field) : undefined;
  const inCountry = country && country !== 'global' ? countryColumn(sites, country) : undefined;
  const whoBit = who ? audienceBit(who) : 0;
  const fitColumns = fits.map((c) => constraintColumns(sites, c));
  const builtAt: number[] = [];
  sites: for (let k = 0; k < sites.length; k++) {
    if (table.flags[k]! & SITE_FLAGS.closed) continue;
    // Used there: available, and not little used per a cited source.
    if (inCountry && (inCountry[k]! & (AVAILABLE | LITTLE_USED)) !== AVAILABLE) continue;
    if (ownField ? !ownField[k] : whoBit !== 0 && !(table.audiences[k]! & whoBit)) continue;
    for (const column of fitColumns) if (!column.keeps[k]) continue sites;
    builtAt.push(k);
  }
  const label = field ? FIELDS.get(field)!.label.toLowerCase() : undefined;
  const whoLabel = who ? AUDIENCES.get(who)!.label.toLowerCase() : undefined;
  // A profession named without a goal: where its people talk and meet, as the recommendation would say.
  const generalAnswers: Answers | undefined = field
    ? { goals: FIELD_GOALS, field, ...(country ? { country } : {}) }
    : undefined;
  const goals = field || fits.length > 0 ? goalChoices(q) : undefined;
  // Nothing is built for this field: say so, then show general networks with a reason.
  if (generalAnswers && builtAt.length === 0) {
    const general = recommended(
      generalAnswers,
      understood,
      sites,
      q,
      limit,
      `No site in the catalogue is built for ${label} yet. You named no goal, so we assumed ${ASSUMED}: these general networks come closest. Pick yours for a ranked recommendation.`,
      true,
      keep,
    );
    return { ...general, intent: { ...general.intent, goals } };
  }
  // The query's language cue, read once: the general platforms' ranking reads it too, unless their answers name a
  // country ("global" included), where it has none.
  const spoken = spokenThere(q, sites, inCountry ? country : undefined);
  const general =
    generalAnswers &&
    recommendedFor(generalAnswers, sites, q, true, false, understood, {
      spoken: generalAnswers.country === undefined ? spoken : undefined,
    });
  // With a country, the networks made for it first (madeFor, as country pages and the recommender's national bonus
  // mean it); with none, as in the recommendation, sites used only in some countries last.
  // With none named but a language spoken in a few countries, the sites made for those are not foreign either.
  const national = (k: number) =>
    inCountry
      ? inCountry[k]! & MADE_FOR
        ? 0
        : 1
      : table.flags[k]! & SITE_FLAGS.global || spoken?.madeFor[k] === 1
        ? 0
        : 1;
  // A filter (`kind`, `purpose`) narrows the list; the general platforms still skip every site built for the field.
  const listed = keep ? builtAt.filter((k) => keep(sites[k]!, k)) : builtAt;
  // A profession's own sites, where they are used alike, in the order the recommendation for the goal the answer says
  // it assumed puts them (a photo community before a portfolio site, for ideas with peers), not by their best goal.
  const isListed = new Uint8Array(sites.length);
  for (const k of listed) isListed[k] = 1;
  // Each listed site's place in that order, looked up once per site rather than at every comparison (issue #16).
  const byAssumed = new Int32Array(general ? sites.length : 0);
  if (general) {
    byAssumed.fill(listed.length);
    general.order(listed.length, (_, k) => isListed[k] === 0).forEach((k, i) => (byAssumed[k] = i));
  }
  const firstOf = (k: number) => fitColumns.reduce((d, c) => d + c.first[k]!, 0);
  // Who the visitor is, with no goal: the sites for what that audience's sites mostly serve first (work, for
  // freelancers), by their score for it.
  const whoGoal = who ? audienceGoals(sites).get(who) : undefined;
  const whoAt = whoGoal ? PURPOSE_KEYS.indexOf(whoGoal) : -1;
  const whoScore = (k: number) => (whoAt < 0 ? 0 : table.scores[k * PURPOSE_KEYS.length + whoAt]!);
  const slugRank = slugRankOf(sites);
  // A profession's site for a group the visitor did not say they are in (mothers, women) comes after every open site,
  // the general platforms too, as in the recommendation; with no field, the groups said are a constraint (`fits`).
  const said = saidGroupsMask((understood.groups ?? []).map((g) => g.value));
  const forOthers = (k: number) => (field !== undefined && (table.groups[k]! & ~said) !== 0 ? 1 : 0);
  const rankedAt = smallest(
    listed,
    limit,
    // What was said ("as a woman": those only for women first) before where, as the answer's text promises.
    // With no country named, every site used worldwide first, as in the recommendation: a site used only in some
    // countries is no answer for most visitors, whatever else it fits ("groups for retired people": a US-only network
    // for people aged 55 and over after the worldwide sites open to them).
    (a, b) =>
      forOthers(a) - forOthers(b) ||
      (inCountry ? 0 : national(a) - national(b)) ||
      (fitColumns.length > 0 ? firstOf(a) - firstOf(b) : 0) ||
      national(a) - national(b) ||
      (general ? byAssumed[a]! - byAssumed[b]! : 0) ||
      whoScore(b) - whoScore(a) ||
      table.best[b]! - table.best[a]! ||
      table.reach[a]! - table.reach[b]! ||
      (slugRank ? slugRank[a]! - slugRank[b]! : sites[a]!.slug < sites[b]!.slug ? -1 : 1),
  );
  // The sites shown, read together: where their files are loaded on demand, in one round.
  const ranked = sitesAt(sites, rankedAt);
  const where = country && country !== 'global' ? countryInText(country) : undefined;
  const own = ranked.map((s, i) =>
    summary(
      s,
      1,
      field
        ? forOthers(rankedAt[i]!)
          ? `${whoPhrase(s)}: placed after the sites ${s.eligibility!.othersWelcome ? 'made for' : 'open to'} everyone, as you did not say you are one of them; ${builtForWhy(label!, s.fields[field]!, where === undefined && !isGlobal(s) ? countriesInText(s) : undefined)}`
          : builtForWhy(label!, s.fields[field]!, where === undefined && !isGlobal(s) ? countriesInText(s) : undefined)
        : [
            ...(whoLabel ? [`made for ${whoLabel}`] : []),
            ...fits.map((c) => c.why(s)),
            ...(where === undefined && fits.length > 0 && !isGlobal(s)
              ? [
                  national(rankedAt[i]!) === 0
                    ? spoken!.why(rankedAt[i]!)
                    : `used only in ${countriesInText(s)}: placed after the sites used worldwide, as you named no country`,
                ]
              : []),
            ...(where || (!whoLabel && fits.length === 0)
              ? [
                  where === undefined
                    ? isGlobal(s)
                      ? 'used worldwide'
                      : `used in ${countriesInText(s)}`
                    : !isGlobal(s)
                      ? `used in ${where}`
                      : `open worldwide, including ${where}`,
                ]
              : []),
          ].join('; '),
      served(s),
    ),
  );
  // After the profession's own sites, the general platforms where its people gather, each with its reason.
  // Marked by position, not looked up by slug for every listed site (issue #16).
  const ownAt = new Uint8Array(sites.length);
  for (const k of builtAt) ownAt[k] = 1;
  const skip = (s: IntentSite, k: number) => ownAt[k] === 1 || (keep !== undefined && !keep(s, k));
  const openCount = rankedAt.filter((k) => !forOthers(k)).length;
  const followers = general ? general.top(Math.max(0, limit - openCount), skip) : [];
  const followerCount = general ? general.total - general.count(skip) : 0;
  return {
    query: q,
    total: listed.length + followerCount,
    intent: {
      kind: 'directory',
      text: `Sites ${label ? `built for ${label}, then general networks where its people talk and meet` : [...(whoLabel ? [`made for ${whoLabel}`] : []), ...(whoGoal ? [`those for ${labelOf(PURPOSES, whoGoal).toLowerCase()} first`] : []), ...fits.map((c) => c.text)].join(', ') || 'used'}${where ? ` in ${where}` : !label && fits.length > 0 ? '; those used worldwide before those used only in some countries' : ''}. ${label ? `You named no goal, so we assumed ${ASSUMED}: pick yours for a ranked recommendation.` : 'Say what you want to do (find clients, swap ideas, a job…) for a ranked recommendation.'}`,
      href: general?.href,
      understood,
      goals,
    },
    results: [...own.slice(0, openCount), ...followers, ...own.slice(openCount)].slice(0, limit),
  };
}

/** Each site's position in `sites` (its first, as `indexOf` finds it), built once per catalogue. */
function positionsOf(sites: readonly IntentSite[]): ReadonlyMap<IntentSite, number> {
  return perCatalogue(sites, 'search:positions', () => {
    const at = new Map<IntentSite, number>();
    sites.forEach((site, k) => {
      if (!at.has(site)) at.set(site, k);
    });
    return at;
  });
}

/** Whether a site is used in a country, as the country's directory says it: "not available in China". */
function availabilityIn(site: IntentSite, country: string, sites: readonly IntentSite[]): string {
  const where = countryInText(country);
  const at = positionsOf(sites).get(site) ?? -1;
  const flags = at < 0 ? 0 : countryColumn(sites, country)[at]!;
  if (!(flags & AVAILABLE)) return `not available in ${where}`;
  if (flags & LITTLE_USED) return `open in ${where}, but few people there use it`;
  if (flags & MADE_FOR) return `made for ${where}`;
  return isGlobal(site) ? `open worldwide, including ${where}` : `used in ${where}`;
}

/**
 * Per audience, the purpose the open sites made for it score highest on, summed over them (the first in the taxonomy's
 * order on a tie): what people of that audience mostly come to a network for (work, for freelancers), derived from
 * the catalogue, once per catalogue. A directory of who someone is, with no goal, lists those sites first.
 */
function audienceGoals(sites: readonly IntentSite[]): ReadonlyMap<Audience, Purpose> {
  return givenAudienceGoals.get(sites) ?? perCatalogue(sites, 'search:audienceGoals', () => audienceGoalsOf(sites));
}

/** {@link audienceGoals} read from the build's file ({@link useAudienceGoals}), by the list of sites they are of. */
const givenAudienceGoals = new WeakMap<object, ReadonlyMap<Audience, Purpose>>();

/**
 * Says that `goals` (each audience with its purpose, as {@link audienceGoalsOf} makes them) are those of `sites`: the
 * Worker reads them from the build's `columns.json` (`shards.ts`) rather than reading every site's audiences.
 */
export function useAudienceGoals(sites: readonly IntentSite[], goals: readonly (readonly [Audience, Purpose])[]): void {
  givenAudienceGoals.set(sites, new Map(goals));
}

/** {@link audienceGoals} made from the sites: at build time for the Worker's file, else once per catalogue. */
export function audienceGoalsOf(sites: readonly IntentSite[]): Map<Audience, Purpose> {
  // The status and scores from the recommender's table (which the Worker reads from the build's file, issue #16):
  // only each open site's audiences are read, as listed (an audience listed twice counts twice).
  const { flags, scores } = siteTable(sites);
  const purposes = PURPOSE_KEYS;
  const count = purposes.length;
  const totals = new Map<Audience, number[]>();
  for (let k = 0; k < sites.length; k++) {
    if ((flags[k]! & SITE_FLAGS.closed) !== 0) continue;
    for (const audience of sites[k]!.audiences) {
      let sums = totals.get(audience);
      if (!sums) totals.set(audience, (sums = purposes.map(() => 0)));
      for (let i = 0; i < count; i++) sums[i] = sums[i]! + scores[k * count + i]!;
    }
  }
  return new Map([...totals].map(([audience, sums]) => [audience, purposes[sums.indexOf(Math.max(...sums))]!]));
}

/**
 * Why a site built for a profession is listed: its reason and, with no country named, where it is used when that is
 * only some countries ("Used in United States only."), as the general networks after it say.
 */
function builtForWhy(label: string, reason: string, usedIn: string | undefined): string {
  const why = `built for ${label}: ${reason}`;
  return usedIn === undefined ? why : `${why}${/[.!?]$/.test(reason) ? '' : '.'} Used in ${usedIn} only.`;
}

/** Words for work that comes from customers when said by someone who works for themself: "plumbing jobs", "gigs". */
const WORK_WORDS = /\b(?:jobs?|work|gigs?|projects?|commissions?)\b/;
/**
 * Words for customers: "clients", "leads" ("referral" itself asks for referrals, whoever says it). Besides these, the
 * words the reader reads as clients wanted in every language it reads ("clientes", "Kunden": {@link asksForClientWork}).
 */
const CUSTOMER_WORDS = /\b(?:clients?|customers?|leads?|buyers?)\b/;

/** Per field, how many of its open sites there are and how many are made for professionals, or for freelancers. */
interface FieldAudiences {
  all: number;
  professionals: number;
  freelancers: number;
}

/**
 * {@link FieldAudiences} of a field, counted once per catalogue and field from the recommender's columns (the field's
 * sites, their status and audiences), not from every site's fields: at 10,000 entries that walk cost an isolate's
 * first reading of a field 20 ms or more (issue 16).
 */
function fieldAudiences(sites: readonly IntentSite[], field: Field): FieldAudiences {
  return perCatalogue(sites, `search:fieldAudiences:${field}`, () => {
    const { flags, audiences } = siteTable(sites);
    const members = fieldSites(sites, field);
    const professionals = audienceBit('professionals');
    const freelancers = audienceBit('freelancers');
    const c: FieldAudiences = { all: 0, professionals: 0, freelancers: 0 };
    for (let i = 0; i < members.length; i++) {
      const k = members[i]!;
      if ((flags[k]! & SITE_FLAGS.closed) !== 0) continue;
      c.all++;
      if ((audiences[k]! & professionals) !== 0) c.professionals++;
      if ((audiences[k]! & freelancers) !== 0) c.freelancers++;
    }
    return c;
  });
}

/**
 * Whether most of a field's own networks are made for people who sell their work (tradespeople, photographers,
 * musicians) rather than for professionals at an employer: the share of its open sites whose audiences include
 * professionals is under a half. Derived from the catalogue, per field.
 */
function sellsOwnWork(field: Field, sites: readonly IntentSite[]): boolean {
  const c = fieldAudiences(sites, field);
  return c.professionals * 2 < c.all;
}

/**
 * Whether more than half of a field's own open networks are made for freelancers (translators, designers,
 * consultants): its people sell their work as client work, found where freelancers are hired, more than to
 * customers reached by promotion (a plumber's, a wedding photographer's). Derived from the catalogue, per field.
 */
function freelancersField(field: Field, sites: readonly IntentSite[]): boolean {
  const c = fieldAudiences(sites, field);
  return c.freelancers * 2 > c.all;
}

/**
 * A profession whose people mostly work for themselves, with words for work or customers ("plumbing jobs",
 * "electrician clients"), asks for customers: promotion (reaching them, who are outside the field) first, then
 * the goal read, and no "professionals" audience read from the work words alone (that reading assumes an
 * employee). When most of its own networks are made for freelancers ("translator clients"), the customers are
 * client work instead: hiring on the freelance market, for a freelancer, as the reader reads "freelance translator
 * clients" (unless the visitor said they run a business). So does a business the visitor says they run ("my shop", "small business") with words for customers
 * ("more clients", "leads"): customers are reached by promoting it, then by referrals; its work words ("jobs") are
 * staff to hire. Undefined when the reading stays as it is. The note says what was assumed.
 */
function customersWork(
  understood: Understood,
  answers: Answers,
  sites: readonly IntentSite[],
): { understood: Understood; answers: Answers; note: string } | undefined {
  const field = understood.field?.value;
  const selfEmployed = field !== undefined && sellsOwnWork(field, sites);
  const business = understood.audience?.value === 'small-business' ? understood.audience : undefined;
  if (!selfEmployed && business === undefined) return undefined;
  const first = understood.goals[0];
  if (!first || understood.goals.some((g) => g.value === 'promotion')) return undefined;
  const words = foldWords(first.words);
  const customers =
    first.value === 'referrals' &&
    (CUSTOMER_WORDS.test(words) || asksForClientWork(words)) &&
    !words.includes('referr');
  const asks = customers || (selfEmployed && first.value === 'hiring' && WORK_WORDS.test(words));
  if (!asks) return undefined;
  const inferred = understood.audience !== undefined && understood.audience.words === first.words;
  if (selfEmployed && field !== undefined && (business === undefined || inferred) && freelancersField(field, sites)) {
    // A freelancer's clients are client work, as the reader reads "freelance translator clients": hiring in the
    // place of the words read, on the freelance market, for a freelancer (an audience read from them assumed an
    // employee).
    const hiring = { value: 'hiring' as const, words: first.words };
    const rest = understood.goals.slice(1).filter((g) => g.value !== 'hiring');
    const audience =
      understood.audience === undefined || inferred
        ? { value: 'freelancers' as const, words: first.words }
        : understood.audience;
    const read: Understood = {
      ...understood,
      goals: [hiring, ...rest].slice(0, MAX_GOALS),
      audience,
      work: { value: 'client-work', words: first.words },
    };
    return {
      understood: read,
      answers: { ...answers, goals: read.goals.map((g) => g.value), audience: audience.value, work: 'client-work' },
      note: `We read “${first.words}” as client work: most networks for ${FIELDS.get(field)!.label.toLowerCase()} are made for freelancers.`,
    };
  }
  const goals = [{ value: 'promotion' as const, words: first.words }, ...understood.goals].slice(0, MAX_GOALS);
  const read: Understood = { ...understood, goals };
  if (inferred) delete read.audience;
  const next: Answers = { ...answers, goals: goals.map((g) => g.value) };
  if (inferred) delete next.audience;
  return {
    understood: read,
    answers: next,
    note:
      selfEmployed && field !== undefined
        ? `We read “${first.words}” as work from customers: most networks for ${FIELDS.get(field)!.label.toLowerCase()} are made for people who work for themselves.`
        : `We read “${first.words}” as customers to reach: you said you run a business (“${business!.words}”).`,
  };
}

/** A way or a group the visitor named without a goal ("free", "online only", "as a woman"): which sites fit it, which go first, and why. */
interface Constraint {
  /**
   * What `keeps` and `first` depend on ("budget:free", "groups:women"): one key, one answer of each for every site,
   * so their answers are remembered per catalogue ({@link constraintColumns}).
   */
  key: string;
  /** For the intent's sentence: "that are free to use or free to join". */
  text: string;
  keeps(site: IntentSite): boolean;
  /** Lower goes first: 0 for the sites made for what was said, 1 for the others, 2 for a group left unsaid. */
  first(site: IntentSite): number;
  /**
   * `keeps` and `first` for every site at once from the recommender's table, where the table holds what they read
   * (the pricing model, the meetings flag, the purpose scores): no site read (issue #16).
   */
  fromTable?: (table: SiteTable) => { keeps: Uint8Array; first: Uint8Array };
  why(site: IntentSite): string;
}

const PRICE_WHY: Readonly<Record<IntentSite['pricing']['model'], string>> = {
  free: 'free to use',
  freemium: 'free to join',
  paid: 'needs a paid plan',
  membership: 'membership dues',
};

/**
 * Groups no one belongs to along with the key: whoever says they are a woman is not in a men-only group. A site made
 * for a group that welcomes others (`othersWelcome`) is never left out for it.
 */
const OTHER_GROUP: Readonly<Partial<Record<EligibilityGroup, readonly EligibilityGroup[]>>> = {
  women: ['men', 'fathers'],
  men: ['women', 'mothers'],
  // Someone who says they are 63 is not in a group for people aged 18 to 40, nor someone of 29 in one for 55 and over.
  'age-18-40': ['age-55-plus'],
  'age-55-plus': ['age-18-40'],
};

/**
 * Per site, whether it fits a constraint (`keeps`, 1 or 0) and its `first`, by catalogue position: made once per
 * catalogue and {@link Constraint.key}, so a directory of "free" sites reads a column rather than asking each of
 * 10,000 sites (issue #16).
 */
function constraintColumns(sites: readonly IntentSite[], c: Constraint): { keeps: Uint8Array; first: Uint8Array } {
  return perCatalogue(sites, `search:constraint:${c.key}`, () =>
    c.fromTable
      ? c.fromTable(siteTable(sites))
      : {
          keeps: Uint8Array.from(sites, (s) => (c.keeps(s) ? 1 : 0)),
          first: Uint8Array.from(sites, (s) => c.first(s)),
        },
  );
}

/** The pricing models in the recommender's table order ({@link SiteTable.price}). */
const PRICE_KEYS = keysOf(PRICING_MODELS);
const LOCAL_AT = PURPOSE_KEYS.indexOf('local');

/** A constraint's columns from the table: `keeps` and `first` of each site's position. */
function tableColumns(
  table: SiteTable,
  keeps: (k: number) => boolean,
  first: (k: number) => number = () => 0,
): { keeps: Uint8Array; first: Uint8Array } {
  const n = table.flags.length;
  const columns = { keeps: new Uint8Array(n), first: new Uint8Array(n) };
  for (let k = 0; k < n; k++) {
    columns.keeps[k] = keeps(k) ? 1 : 0;
    columns.first[k] = first(k);
  }
  return columns;
}

/** The constraints a reading names, in a fixed order: budget, in person or online, groups. */
function constraintsOf(understood: Understood): Constraint[] {
  const out: Constraint[] = [];
  const budget = understood.budget?.value;
  if (budget === 'free' || budget === 'some') {
    const allowed = budget === 'free' ? ['free', 'freemium'] : ['free', 'freemium', 'paid'];
    out.push({
      key: `budget:${budget}`,
      text: budget === 'free' ? 'free to use or to join' : 'without membership dues',
      keeps: (s) => allowed.includes(s.pricing.model),
      first: () => 0,
      fromTable: (table) => tableColumns(table, (k) => allowed.includes(PRICE_KEYS[table.price[k]!]!)),
      why: (s) => PRICE_WHY[s.pricing.model],
    });
  }
  const inPerson = understood.inPerson?.value;
  const meets = (s: IntentSite) => s.features.includes('in-person-meetings');
  const meetsAt = (table: SiteTable, k: number) => (table.flags[k]! & SITE_FLAGS.meetings) !== 0;
  if (inPerson === 'online')
    out.push({
      key: 'online',
      text: 'that work online',
      keeps: (s) => !meets(s),
      first: () => 0,
      fromTable: (table) => tableColumns(table, (k) => !meetsAt(table, k)),
      why: () => 'works online, no meetings needed',
    });
  if (inPerson === 'in-person')
    out.push({
      key: 'in-person',
      text: 'where people meet in person',
      keeps: (s) => meets(s) || s.purposes.local.score >= 2,
      first: (s) => (meets(s) ? 0 : 1),
      fromTable: (table) =>
        tableColumns(
          table,
          (k) => meetsAt(table, k) || table.scores[k * PURPOSE_KEYS.length + LOCAL_AT]! >= 2,
          (k) => (meetsAt(table, k) ? 0 : 1),
        ),
      why: (s) => (meets(s) ? 'holds regular in-person meetings' : 'good for meeting people nearby'),
    });
  const groups = (understood.groups ?? []).map((g) => g.value);
  if (groups.length > 0) {
    const phrase = groupsPhrase(groups);
    const saidOther = (g: EligibilityGroup) => (OTHER_GROUP[g] ?? []).some((other) => groups.includes(other));
    // A site admitting only a role (not a group of people) is open to every group.
    const rank = (s: IntentSite) =>
      (s.eligibility?.groups ?? []).length === 0 ? 1 : unmetGroups({ groups }, s).length === 0 ? 0 : 2;
    out.push({
      key: `groups:${groups.join(',')}`,
      text: `open to ${phrase}, those only for them first`,
      // Left out only when the visitor said they are in a group the site excludes ("as a man", a women-only site);
      // a group they did not mention may still be theirs, so its sites come after the open ones, as in the recommender.
      keeps: (s) => s.eligibility?.othersWelcome === true || !(s.eligibility?.groups ?? []).some(saidOther),
      first: rank,
      why: (s) =>
        rank(s) === 0
          ? `${whoPhrase(s)}, as you said you are`
          : rank(s) === 2
            ? `${whoPhrase(s)}: placed after the sites ${s.eligibility!.othersWelcome ? 'made for' : 'open to'} everyone, as you did not say you are one of them`
            : (s.eligibility?.roles ?? []).length > 0
              ? `open to ${phrase}, but only for ${rolesPhrase(s)}`
              : `open to everyone, including ${phrase}`,
    });
  }
  return out;
}

/**
 * "referrals; nursing; Portugal": what the reader understood, for one sentence, in the site's words for each goal;
 * the hiring goal with the market read, as the results page's "Hiring for" ("jobs and hiring: a job, or staff to
 * employ").
 */
function describe(understood: Understood): string {
  const goal = (g: Purpose) =>
    g === 'hiring' && understood.work
      ? `${labelOf(PURPOSES, g).toLowerCase()}: ${labelOf(WORK_MARKETS, understood.work.value).toLowerCase()}`
      : labelOf(PURPOSES, g).toLowerCase();
  const parts = [
    understood.goals.map((g) => goal(g.value)).join(', '),
    understood.field && FIELDS.get(understood.field.value)!.label.toLowerCase(),
    understood.country && (understood.country.value === 'global' ? 'worldwide' : countryName(understood.country.value)),
  ];
  return parts.filter(Boolean).join('; ');
}
