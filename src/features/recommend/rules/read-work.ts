/**
 * Which hiring market a text's hiring goal is about, from the words that made it a goal and the words after them
 * (see `hiring-market.ts`): "find a job", "hire staff", "hiring line cooks" are employment; "freelance work",
 * "gigs", "hire a photographer", "hire a freelancer" are client work. The reader calls it once it knows the
 * goals and who the writer is.
 */
import type { Audience } from '#src/catalogue/taxonomy.ts';
import { FREELANCE_MARKETPLACE_WORDS, GOAL_WORDS, foldWords, withPlural } from '#src/catalogue/lexicon.ts';
import { AUDIENCE_MARKETS, type WorkMarket } from './hiring-market.ts';

/** A reading of the market, with the words that say it (the reader's `Reading<WorkMarket>`). */
export interface WorkReading {
  value: WorkMarket;
  words: string;
}

/**
 * Hiring words that ask for work from clients. Besides these, every word for winning clients in the lexicon's
 * referrals goal ("Kunden", "clientes", "klienci", "more business"): the reader makes a freelancer's clients a hiring
 * goal in those very words, in any language it reads; a referral itself ("referrals") is no client.
 */
const CLIENT_WORK_WORDS: ReadonlySet<string> = new Set([
  'gig',
  'gigs',
  'freelance work',
  // Freelance work in Arabic (the lexicon's hiring words), as "freelance work" is.
  'عمل حر',
  'العمل الحر',
  ...FREELANCE_MARKETPLACE_WORDS.flatMap((w) => withPlural(foldWords(w))),
  'clients',
  'client',
  'projects',
  'commissions',
  // Polish commissions and gigs.
  'zlecenia',
  'zlecen',
  'zlecenie',
  'fuchy',
  ...GOAL_WORDS.referrals.filter((w) => !w.includes('referral')).map(foldWords),
]);

/** Whether `phrase` (folded) asks for work from clients ("gigs", "zleceń"): someone looking for it is a freelancer. */
export function asksForClientWork(phrase: string): boolean {
  return CLIENT_WORK_WORDS.has(phrase);
}

/** People hired for a job or project rather than employed: "hire a photographer", "hire a freelancer". */
export const HIRED_PROS: ReadonlySet<string> = new Set([
  'freelancer',
  'freelancers',
  'freelance',
  'contractor',
  'contractors',
  'consultant',
  'consultants',
  'agency',
  'agencies',
  'pro',
  'pros',
  'professional',
  'tradesperson',
  'tradespeople',
  'tradesman',
  'tradesmen',
  'plumber',
  'plumbers',
  'electrician',
  'electricians',
  'builder',
  'builders',
  'handyman',
  'photographer',
  'photographers',
  'videographer',
  'caterer',
  'caterers',
  'florist',
  'tutor',
  'lawyer',
  'attorney',
  'accountant',
  'project',
]);

/** People employed as staff: "hire staff", "recruit nurses for our clinic" needs none of these, but they settle it. */
const STAFF: ReadonlySet<string> = new Set(['staff', 'employees', 'employee', 'team', 'talent', 'candidates']);

/** Most words after a hiring word that can name whom to hire: "hire a wedding photographer". */
const HIRED_REACH = 3;

/**
 * The market of the hiring goal read from `phrase` at word `at`: a client word is client work; any other word of
 * looking for work is employment (for a freelancer, whose "jobs" are clients', their audience decides); an
 * employing word ("hire", "hiring", in `employing`) is client work when it names a hired professional or one
 * follows it in its clause, employment when it names staff ("need staff"), staff follow or nothing says who the
 * writer is, and is left to the writer's audience otherwise (the public "hiring someone" is hiring a pro).
 * Undefined when the words do not say.
 */
export function readWork(
  words: readonly string[],
  clauses: readonly number[],
  at: number,
  phrase: string,
  employing: ReadonlySet<string>,
  audience: Audience | undefined,
): WorkReading | undefined {
  if (CLIENT_WORK_WORDS.has(phrase)) return { value: 'client-work', words: phrase };
  // A professional sought for a job ("find a contractor", "need a plumber"): a pro for a project.
  if (HIRED_PROS.has(phrase.split(' ').at(-1)!) && !employing.has(phrase))
    return { value: 'client-work', words: phrase };
  // Looking for work ("find a job", "studios to notice my portfolio"): a job, unless the writer is a freelancer.
  if (!employing.has(phrase)) return audience === 'freelancers' ? undefined : { value: 'employment', words: phrase };
  if (HIRED_PROS.has(phrase)) return { value: 'client-work', words: phrase };
  // The hiring words that name staff ("need staff", "recruiting talent") say employment on their own.
  if (STAFF.has(phrase)) return { value: 'employment', words: phrase };
  const end = at + phrase.split(' ').length;
  for (let k = end; k < Math.min(words.length, end + HIRED_REACH) && clauses[k] === clauses[at]; k++) {
    const said = words.slice(at, k + 1).join(' ');
    if (HIRED_PROS.has(words[k]!)) return { value: 'client-work', words: said };
    if (STAFF.has(words[k]!)) return { value: 'employment', words: said };
  }
  if (audience !== undefined && AUDIENCE_MARKETS[audience] !== undefined) return undefined;
  return { value: 'employment', words: phrase };
}
