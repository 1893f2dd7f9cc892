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
import { availableIn, countriesShort, isGlobal } from '#src/catalogue/countries.ts';
import { ADJUSTMENTS, SCORE_RANGE, goalPoints, type AdjustmentId } from './formula.ts';
import { AUDIENCES, BUSINESS_PURPOSES, GOOD_SCORE, KINDS, labelOf, type Kind, type Purpose, type Score } from '#src/catalogue/taxonomy.ts';

export * from './formula.ts';

/** The fields of an entry the recommender reads. */
export type RecommendableSite = Pick<SiteEntry, 'slug' | 'name' | 'kind' | 'status' | 'purposes' | 'audiences' | 'timeCost' | 'pricing' | 'countries' | 'absentIn' | 'features'>;

/** One term of a score; a result's reasons' points sum to its score. */
export interface Reason {
  text: string;
  points: number;
}

/** Something to know before choosing a site, beyond its score. */
export interface Warning {
  type: 'wrong-kind' | 'time-cost';
  text: string;
}

export interface Result {
  slug: string;
  name: string;
  kind: Kind;
  score: number;
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
  /** Every site that is not closed, best first. */
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
const TIME_HAVE: Readonly<Record<TimeBudget, string>> = { light: 'under an hour a week', moderate: 'a few hours a week', heavy: 'plenty of time' };

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
    return { kind: 'business', text: `Your goals (${list(business)}) are business networking. Choose sites built for work: social networks cost time without reaching these goals.` };
  }
  if (business.length === 0) {
    return { kind: 'social', text: `Your goals (${list(social)}) are social networking. Social networks and communities fit; business networks add little here.` };
  }
  const first = BUSINESS_PURPOSES.has(goals[0]!) ? 'business' : 'social';
  return {
    kind: 'mixed',
    text: `Your goals mix business networking (${list(business)}) with social networking (${list(social)}), and your first goal is ${first}. Expect to use one site for each, or a hybrid that does both.`,
  };
}

/** Recommends sites for a set of answers: every site that is not closed, scored and explained, best first. */
export function recommend(answers: Answers, sites: readonly RecommendableSite[]): Recommendation {
  const verdict = verdictFor(answers.goals);
  const scored = sites.filter((s) => s.status !== 'closed').map((site) => scoreSite(answers, site, verdict));
  scored.sort((a, b) => b.result.score - a.result.score || b.goalPoints - a.goalPoints || (a.result.slug < b.result.slug ? -1 : a.result.slug > b.result.slug ? 1 : 0));
  return { answers, verdict, results: scored.map((s) => s.result) };
}

function scoreSite(answers: Answers, site: RecommendableSite, verdict: Verdict): { result: Result; goalPoints: number } {
  const reasons: Reason[] = [];
  const add = (id: AdjustmentId, text: string) => reasons.push({ text, points: ADJUSTMENTS[id].points });

  const { goals } = answers;
  goals.forEach((goal, position) => {
    const score = site.purposes[goal].score as Score;
    const which = goals.length === 1 ? 'your goal' : `your ${POSITIONS[position]} goal`;
    reasons.push({ text: `${SCORE_WORDS[score]} for ${GOAL_PHRASES[goal]}, ${which}`, points: goalPoints(goals.length, position, score) });
  });
  const fromGoals = reasons.reduce((sum, r) => sum + r.points, 0);

  if (answers.audience !== undefined) {
    const who = labelOf(AUDIENCES, answers.audience).toLowerCase();
    if (site.audiences.includes(answers.audience)) add('audienceMatch', `made for ${who}`);
    else reasons.push({ text: `not aimed at ${who}`, points: 0 });
  }

  if (answers.time !== undefined) {
    const over = TIME_ORDER[site.timeCost] - TIME_ORDER[answers.time];
    const have = TIME_HAVE[answers.time];
    if (over <= 0) add('timeFits', `${site.timeCost} time cost fits ${have}`);
    else add(over === 1 ? 'timeOneStepOver' : 'timeTwoStepsOver', `${site.timeCost} time cost, you have ${have}`);
  }

  if (answers.budget !== undefined) {
    const model = site.pricing.model;
    const budget = answers.budget;
    if (model === 'membership' && budget === 'free') add('duesOnFree', 'membership dues, you want to pay nothing');
    else if (model === 'membership' && budget === 'some') add('duesOnSome', 'membership dues, your budget stops at paid plans');
    else if (model === 'paid' && budget === 'free') add('paidOnFree', 'needs a paid plan, you want to pay nothing');
    else add('budgetFits', `${PRICE_PHRASES[model]}, within your budget`);
  }

  if (answers.region !== undefined) {
    const region = answers.region;
    const where = countriesShort(site);
    if (region === 'global') {
      if (isGlobal(site)) add('regionAvailable', 'open worldwide');
      else add('regionNotWorldwide', `only used in ${where}, you network worldwide`);
    } else if (!isGlobal(site) && availableIn(site, region)) add('regionAvailable', `used in ${region}`);
    else if (availableIn(site, region)) add('regionAvailable', `open worldwide, including ${region}`);
    else add('regionMissing', isGlobal(site) ? `not available in ${region}` : `not used in ${region} (only ${where})`);
  }

  const meetings = site.features.includes('in-person-meetings');
  if (answers.inPerson === 'in-person') {
    if (meetings) add('meetsInPerson', 'holds regular in-person meetings');
    else if (site.purposes.local.score >= GOOD_SCORE) add('meetsNearby', 'good for meeting people nearby');
    else add('onlineOnly', 'online only, you want to meet in person');
  } else if (answers.inPerson === 'online') {
    if (meetings) add('meetingsRequired', 'built around in-person meetings, you prefer online');
    else add('worksOnline', 'works online, no meetings needed');
  }

  if (site.status === 'declining') add('declining', 'declining: losing users or features');

  const sum = reasons.reduce((total, r) => total + r.points, 0);
  if (sum < SCORE_RANGE.min) reasons.push({ text: `floor: a score cannot go below ${SCORE_RANGE.min}`, points: SCORE_RANGE.min - sum });
  if (sum > SCORE_RANGE.max) reasons.push({ text: `cap: a score cannot go above ${SCORE_RANGE.max}`, points: SCORE_RANGE.max - sum });
  const score = Math.min(SCORE_RANGE.max, Math.max(SCORE_RANGE.min, sum));

  return {
    result: { slug: site.slug, name: site.name, kind: site.kind, score, reasons, warnings: warningsFor(answers, site, verdict) },
    goalPoints: fromGoals,
  };
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
  const opposite = (verdict.kind === 'business' && site.kind === 'social') || (verdict.kind === 'social' && site.kind === 'business');
  return opposite && goals.every((g) => site.purposes[g].score < GOOD_SCORE);
}

function warningsFor(answers: Answers, site: RecommendableSite, verdict: Verdict): Warning[] {
  const warnings: Warning[] = [];
  if (isPopular(site.slug) && isWrongKind(site, verdict, answers.goals)) {
    const kind = labelOf(KINDS, site.kind).toLowerCase();
    const scores = answers.goals.map((g) => `${GOAL_PHRASES[g]} ${site.purposes[g].score}/3`).join(', ');
    warnings.push({ type: 'wrong-kind', text: `Popular, but it is ${kind} and serves none of your goals well (${scores}): being big does not make it the right place for this.` });
  }
  const heavy = 'it rewards daily use and can take over your life';
  if (answers.time !== undefined && TIME_ORDER[site.timeCost] > TIME_ORDER[answers.time]) {
    const cost = site.timeCost === 'heavy' ? `Heavy time cost: ${heavy}` : 'Moderate time cost: it takes a few hours a week to get value';
    warnings.push({ type: 'time-cost', text: `${cost}, and you have ${TIME_HAVE[answers.time]}.` });
  } else if (answers.time === undefined && site.timeCost === 'heavy') {
    warnings.push({ type: 'time-cost', text: `Heavy time cost: ${heavy}. Decide how much time you will give it before you start.` });
  }
  return warnings;
}
