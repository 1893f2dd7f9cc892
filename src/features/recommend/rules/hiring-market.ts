/**
 * The two markets the `hiring` purpose mixes: employment (job listings; someone looks for a job, an employer hires
 * staff) and client work (clients hire a professional for a project or job; freelancers and tradespeople find
 * clients). Which one a visitor's hiring goal is about comes from the `work` answer, or else from who they are; a
 * site's markets come from its `jobs` and `client-work` features.
 */
import { IN_PERSON_FIELDS, type Audience, type Feature, type Field, type Vocabulary } from '#src/catalogue/taxonomy.ts';

export type WorkMarket = 'employment' | 'client-work';

/** The `work` answer's vocabulary: which kind of hiring a visitor means. */
export const WORK_MARKETS: Vocabulary<WorkMarket> = new Map([
  [
    'employment',
    { label: 'A job, or staff to employ', description: 'Job listings: you look for a job, or hire employees.' },
  ],
  [
    'client-work',
    {
      label: 'Clients, or a pro for a project',
      description: 'Freelance and trade work: you look for clients, or hire a professional for a project.',
    },
  ],
]);

/**
 * The market each audience's hiring goal is about when the visitor did not say: freelancers look for clients, the
 * public hires a professional for a job, while professionals look for a job and businesses of every size hire
 * staff. Creators (commissions and studio jobs alike) and investors (who hire no one through these sites) say
 * nothing either way.
 */
export const AUDIENCE_MARKETS: Readonly<Partial<Record<Audience, WorkMarket>>> = {
  freelancers: 'client-work',
  consumers: 'client-work',
  professionals: 'employment',
  'small-business': 'employment',
  startups: 'employment',
  enterprises: 'employment',
};

/** The feature that shows a site serves each market. */
export const MARKET_FEATURES: Readonly<Record<WorkMarket, Feature>> = {
  employment: 'jobs',
  'client-work': 'client-work',
};

/**
 * The feature of a site whose hiring is founders finding co-founders: neither market's. It serves a visitor who said
 * they are a startup founder; for anyone else's hiring goal (a job, staff, clients) a site whose only hiring it is
 * serves the goal no better than one with only the other market.
 */
export const CO_FOUNDER_FEATURE: Feature = 'co-founder-matching';

/** The other market. */
export function otherMarket(market: WorkMarket): WorkMarket {
  return market === 'employment' ? 'client-work' : 'employment';
}

/**
 * The market of a hiring goal when the visitor said neither which market nor who they are: employment, the usual
 * sense of "jobs and hiring" (someone looking for a job, or for staff). Saying who they are or which market replaces it.
 */
export const DEFAULT_MARKET: WorkMarket = 'employment';

/**
 * Which market a visitor's hiring goal is about: none without a hiring goal; else the `work` answer, or the one
 * their audience implies ({@link AUDIENCE_MARKETS}), or, with no audience either, {@link DEFAULT_MARKET}; none for
 * an audience that implies neither (creators, investors).
 */
export function hiringMarket(answers: {
  goals: readonly string[];
  work?: WorkMarket | undefined;
  audience?: Audience | undefined;
}): WorkMarket | undefined {
  if (!answers.goals.includes('hiring')) return undefined;
  return answers.work ?? (answers.audience === undefined ? DEFAULT_MARKET : AUDIENCE_MARKETS[answers.audience]);
}

/**
 * Whether a visitor's hiring goal is clients for work done in person: the market is client work and the field they
 * named is one whose work is done on the client or at their place ({@link IN_PERSON_FIELDS}). For them a site whose
 * client work has nothing local about it counts as incidental for hiring (`IN_PERSON_CLIENT_WORK_RULE`).
 */
export function inPersonClientWork(answers: {
  goals: readonly string[];
  work?: WorkMarket | undefined;
  audience?: Audience | undefined;
  field?: Field | undefined;
}): boolean {
  return hiringMarket(answers) === 'client-work' && answers.field !== undefined && IN_PERSON_FIELDS.has(answers.field);
}

/**
 * The audiences that sell work rather than buy it: a freelancer or a business looking for clients (not one of the
 * public, who hires a professional).
 */
const SELLERS: ReadonlySet<Audience> = new Set<Audience>(['freelancers', 'small-business']);

/**
 * Whether a visitor sells work done in person and wants clients for it ({@link inPersonClientWork}, and they said they
 * are a freelancer or a business): their clients find them where they promote themselves, so a site good for
 * promotion counts as good for their hiring goal (`IN_PERSON_CLIENT_WORK_RULE`).
 */
export function sellsInPerson(answers: Parameters<typeof inPersonClientWork>[0]): boolean {
  return inPersonClientWork(answers) && answers.audience !== undefined && SELLERS.has(answers.audience);
}
