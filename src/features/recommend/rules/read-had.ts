/**
 * What the writer already has, for the free-text reader: people had or counted ("our café has loyal customers",
 * "none of my colleagues"), a business or practice of their own, a small staff, where work comes from now.
 */
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import { AUDIENCE_WORDS } from './read-goal-words.ts';
import { lookBack, pastFillers, setBefore } from './read-clause-walk.ts';
import {
  DESIRE_WORDS,
  HAVING,
  MEETING_WORDS,
  NEGATORS,
  OWN_TRADE,
  POSSESSIVES,
  SEEK_WORDS,
  WISHING,
  WISH_REACH,
  OWNING,
} from './read-shared-words.ts';
import { PHRASES } from './read-phrases.ts';
import { CURRENT_JOB } from './read-jobs.ts';
import { ASKING_READERS } from './read-whose-wish.ts';
import { RAISE_WORDS } from './read-promotion.ts';

/**
 * Goals whose words name people one can have ("customers", "friends", "investors"): "having" them tells of them. Not
 * questions or ideas ("I have questions about nursing" asks them), nor a job step ("I have a job interview").
 */
export const PEOPLE_HAD: ReadonlySet<Purpose> = new Set(['referrals', 'friends', 'contacts', 'investors', 'promotion']);

/** Words between having and what is had that say it is lacking or too little: "have no clients", "has few friends". */
const LACKING: ReadonlySet<string> = new Set(['no', 'few', 'fewer', 'enough', 'more', 'any', 'zero', 'less', 'little']);

/**
 * Most words between a verb of having and what is had: "has a few loyal customers", "has a big devoted following"
 * (an article and two words saying what kind, as English noun phrases often have).
 */
const HELD_GAP = 3;

/**
 * Whether the goal words at `i` name what the writer or their venture already has ("our brewery has loyal customers",
 * "I have friends but no contacts"): a verb of having ({@link HAVING}) shortly before, over words that say no lack
 * ({@link LACKING}), with neither a negator nor a word of wanting before it in the clause ("I don't have friends",
 * "would love to have customers" want them).
 */
export function heldAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const held = (w: string, k: number) => {
    // "have to find clients", "have been looking for customers": a verb between, the having is no possession.
    if (LACKING.has(w) || NEGATORS.has(w) || w === 'to' || WISHING.has(w) || SEEK_WORDS.has(w)) return false;
    // "we are a startup with paying customers": "with" after the writer saying what they are is having.
    if (w === 'with') return selfStatedBefore(words, clauses, k) || undefined;
    if (!HAVING.has(w)) return undefined;
    // "does anyone have investors to recommend", "do you have clients": asked of others, still wanted.
    const unheld = (v: string) =>
      NEGATORS.has(v) || WISHING.has(v) || v === 'to' || ASKING_READERS.has(v) || v === 'you' ? false : undefined;
    return lookBack(words, clauses, k, WISH_REACH, unheld) ?? true;
  };
  return lookBack(words, clauses, i, HELD_GAP + 1, held) === true;
}

/** Words that open a clause about the people just named: "colleagues that office workers have". */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom']);

/** Verbs of having known people: "the friends I already knew". */
const HAD_PEOPLE: ReadonlySet<string> = new Set([...HAVING, 'knew', 'know', 'built']);

/** Most words between the opener and its verb of having: "that people working a day job usually have". */
const HAD_BY_REACH = 8;

/**
 * Whether the people read at `i` (`n` words) are told of as had by someone: a relative clause right after them whose
 * verb is one of having ({@link HAD_PEOPLE}), after a subject of its own and with no negator, lack or wish before it
 * ("colleagues that office workers normally have", "the contacts which their managers had built"). "Contacts that I never had" and
 * "colleagues that I can have lunch with" are still wanted.
 */
export function hadByAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  const opener = i + n;
  if (!RELATIVE_OPENERS.has(words[opener] ?? '') || clauses[opener] !== clauses[i]) return false;
  // "contacts that know the industry", "contacts who already have experience": the people are the subject, and what
  // they have is theirs; a subject of its own must open the clause ("that office workers have", "that I knew").
  const first = words[opener + 1] ?? '';
  if (HAD_PEOPLE.has(first) || HABIT_WORDS.has(first) || ['also', 'really', 'actually'].includes(first)) return false;
  for (let k = opener + 1; k <= opener + HAD_BY_REACH && k < words.length && clauses[k] === clauses[i]; k++) {
    const w = words[k]!;
    if (NEGATORS.has(w) || LACKING.has(w) || WISHING.has(w) || w === 'can' || w === 'could' || w === 'to') return false;
    if (HAD_PEOPLE.has(w)) return words[k + 1] !== 'to';
  }
  return false;
}

/** Verbs of spending time with people: "I talk to friends", "we hang out with friends". */
export const SPENDING_TIME: ReadonlySet<string> = new Set(['talk', 'chat', 'hang', 'spend', 'speak']);

/** Words before the writer that make their verb a question or a wish: "how do I talk to …", "can we hang out …". */
const ASKING_VERB: ReadonlySet<string> = new Set(['do', 'can', 'could', 'should', 'would', 'will', 'how', 'where']);

/**
 * Whether people of a trade or kind, in the plural ("researchers", "nurses", "freelancers"), are the subject of the
 * verb at `i`, right before it or over habit words ("where do UX researchers actually hang out").
 */
export function tradePeopleBefore(words: readonly string[], clauses: readonly number[], i: number): boolean {
  let k = i - 1;
  while (HABIT_WORDS.has(words[k] ?? '') || ['actually', 'really', 'generally', 'all'].includes(words[k] ?? '')) k--;
  const w = words[k] ?? '';
  return (
    clauses[k] === clauses[i] &&
    w.endsWith('s') &&
    (PHRASES.get(w) ?? []).some((e) => e.kind === 'field' || e.kind === 'audience')
  );
}

/** Words that may stand between the writer and their verb: "I mostly talk to …", "we just hang out with …". */
const HABIT_WORDS: ReadonlySet<string> = new Set(['mostly', 'only', 'just', 'usually', 'already', 'often', 'mainly']);

/**
 * Whether the friends at `i` (or the verb of spending time read as friends, "hang out") are ones the writer spends
 * time with now: "I talk to friends", "we mostly hang out with our friends". The writer ("i", "we") right before the verb, over habit words ({@link HABIT_WORDS}) only, so "I
 * would love to talk to friends" and "friends to hang out with" still want them.
 */
export function friendsSeenAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  // The verb itself read as friends ("we hang out with …"), or the friends after it.
  let k = i;
  if (!SPENDING_TIME.has(words[i]!)) {
    k = ['my', 'our'].includes(words[i - 1] ?? '') ? i - 2 : i - 1;
    if (!['to', 'with'].includes(words[k] ?? '')) return false;
    k--;
    if (words[k] === 'out') k--;
    if (!SPENDING_TIME.has(words[k] ?? '')) return false;
  }
  k--;
  while (HABIT_WORDS.has(words[k] ?? '')) k--;
  return ['i', 'we'].includes(words[k] ?? '') && clauses[k] === clauses[i] && !ASKING_VERB.has(words[k - 1] ?? '');
}

/** Verbs of spending time: "I spend every evening networking". */
const SPENDING: ReadonlySet<string> = new Set(['spend', 'spends', 'spent', 'spending']);

/** Most words between spending and what the time goes on: "spent whole weekends networking". */
const SPENT_REACH = 4;

/**
 * Whether the vague networking word at `i` is what someone spends time on ("I spend every evening networking", "you
 * spent whole weekends networking"): an activity told of, not a wish. Spending wished for ("want to spend more time
 * networking") is still one.
 */
export function timeSpentOnAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const spent = (w: string, k: number) => {
    if (!SPENDING.has(w)) return undefined;
    const wished = (v: string) => (WISHING.has(v) || v === 'to' ? false : undefined);
    return lookBack(words, clauses, k, WISH_REACH, wished) ?? true;
  };
  return lookBack(words, clauses, i, SPENT_REACH + 1, spent) === true;
}

/** The writer saying what they are: "we are", "we're", "I am", "I'm", as the text's words give them. */
const SELF_STATED: readonly (readonly [string, string])[] = [
  ['we', 'are'],
  ['we', 're'],
  ['i', 'am'],
  ['i', 'm'],
];

/** Most words from a "with" back to the writer saying what they are: "we are a two-founder SaaS startup in Pune with". */
const SELF_STATED_REACH = 10;

/**
 * Whether the "with" at `k` follows, in its clause, the writer saying what they are ("we're a studio with …", "I'm a
 * bookkeeper with …"), with no verb of wanting, seeking or connecting between ("I'm looking to connect with …").
 */
function selfStatedBefore(words: readonly string[], clauses: readonly number[], k: number): boolean {
  const stated = (w: string, j: number) =>
    WISHING.has(w) || SEEK_WORDS.has(w) || MEETING_WORDS.has(w) || NEGATORS.has(w) || w === 'to'
      ? false
      : w === 'im' || SELF_STATED.some(([a, b]) => w === b && words[j - 1] === a && clauses[j - 1] === clauses[j])
        ? true
        : undefined;
  return lookBack(words, clauses, k, SELF_STATED_REACH, stated) === true;
}

/** Words that count people out of a group: "none of my colleagues", "most of our clients". */
const COUNTING: ReadonlySet<string> = new Set([
  'none',
  'all',
  'most',
  'some',
  'many',
  'few',
  'several',
  'half',
  'both',
]);

/**
 * Whether the goal words at `i` are people the writer has, counted ("none of my colleagues get it", "most of my
 * friends were work friends"): told of, as people had are, not wished for.
 */
export function countedAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return (
    OWN_TRADE.has(words[i - 1] ?? '') &&
    words[i - 2] === 'of' &&
    COUNTING.has(words[i - 3] ?? '') &&
    clauses[i - 3] === clauses[i]
  );
}

/** Nouns for the people a business employs, counted: "7 employees", "12 staff". */
const STAFF_COUNTED: ReadonlySet<string> = new Set(['employees', 'employee', 'staff', 'workers']);

/** The writer, or the writer's firm, who has the staff: "we have 7 employees", "our 12 staff", "I employ 3 workers". */
const STAFF_OWNERS: ReadonlySet<string> = new Set(['we', 'our', 'i', 'my']);

/** Fewer employees than this is a small business (the EU's and the UK's line for a small enterprise). */
const SMALL_STAFF = 50;

/** Words between the owner and the number: "we (currently) have", "I employ". */
const STAFF_VERBS: ReadonlySet<string> = new Set([
  'have',
  'has',
  'currently',
  'now',
  'employ',
  'only',
  'about',
  'around',
]);

/** Most words from the owner to the number: "we| currently have 7 employees". */
const STAFF_OWNER_REACH = 4;

/**
 * The words counting a small staff the writer has ("we have 7 employees", "our 12 staff", "I employ 3 workers"): a
 * number under {@link SMALL_STAFF} before a noun for staff, the writer or their firm a few words before it in the clause;
 * or undefined. "The company I applied to has 20 employees" is someone else's staff: the owner must start the clause
 * part the number is in, with no other noun between.
 */
export function smallStaffAt(words: readonly string[], clauses: readonly number[]): string | undefined {
  for (let k = 1; k < words.length; k++) {
    if (!STAFF_COUNTED.has(words[k]!) || !/^\d+$/.test(words[k - 1]!)) continue;
    const count = Number(words[k - 1]);
    if (count < 1 || count >= SMALL_STAFF) continue;
    for (let j = k - 2; j >= Math.max(0, k - 1 - STAFF_OWNER_REACH) && clauses[j] === clauses[k]; j--) {
      if (STAFF_OWNERS.has(words[j]!)) return words.slice(j, k + 1).join(' ');
      if (!STAFF_VERBS.has(words[j]!)) break;
    }
  }
  return undefined;
}

/** Premises a business serves its customers on: a business with one is found online but serves there. */
export const PREMISES: ReadonlySet<string> = new Set([
  ...['shop', 'shops', 'store', 'stores', 'salon', 'cafe', 'restaurant', 'bakery', 'boutique', 'brewery', 'bar'],
  ...['bookshop', 'bookstore', 'studio', 'showroom', 'gallery', 'clinic', 'premises', 'storefront'],
]);

/**
 * Nouns for a business of one's own: "a handyman business", "our little bakery shop"; and the premises a business
 * trades from, which someone who started, opened or runs one owns ("I started a home bakery", "we opened a cafe").
 */
const OWN_BUSINESS: ReadonlySet<string> = new Set([
  ...['business', 'company', 'shop', 'store', 'firm'],
  ...['bakery', 'cafe', 'restaurant', 'salon', 'boutique', 'brewery', 'bookshop', 'bookstore', 'agency'],
]);

/** The nouns of {@link OWN_BUSINESS} that are the writer's own after "my" or "our" ("our company" is an employer). */
const OWNED_AFTER_MY: ReadonlySet<string> = new Set(['business', 'shop', 'store']);

/** Verbs of starting or having a business, before "a": "I (just) started a", "we opened a", "I set up a". */
const BUSINESS_VERBS: ReadonlySet<string> = new Set([
  'started',
  'start',
  'opened',
  'launched',
  'founded',
  'have',
  'own',
  'run',
  'set',
]);

/** Words between the writer and the verb, or the verb and "a": "I just started", "I recently set up a". */
const BUSINESS_VERB_FILLERS: ReadonlySet<string> = new Set(['just', 'recently', 'finally', 'also', 'now', 'up']);

/** Most words naming the kind of business: "a| one man handyman| business". */
const BUSINESS_KIND_REACH = 3;

/**
 * Words that end a description of a business: a preposition or article ("a job at a company"), a possessive's "s" or
 * a person ("my friend's shop", "my sister has a shop"), a verb of having.
 */
const NOT_A_BUSINESS_KIND: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'at', 'in', 'for', 'with', 'of', 'on', 'to', 'from', 'by', 's', 'has', 'have', 'had'],
  ...['friend', 'friends', 'family', 'mom', 'mum', 'dad', 'mother', 'father', 'parents', 'brother', 'sister'],
  ...['wife', 'husband', 'partner', 'boss', 'uncle', 'aunt', 'cousin', 'neighbour', 'neighbor', 'client', 'job'],
]);

/** Nouns after "business" that make it a subject or a plan, not a business run: "a business course". */
const BUSINESS_NOT_RUN: ReadonlySet<string> = new Set([
  ...['course', 'courses', 'class', 'classes', 'degree', 'school', 'studies', 'student', 'students', 'major'],
  ...['plan', 'idea', 'ideas', 'card', 'cards', 'trip', 'administration', 'english', 'analyst', 'interview'],
  // "I have a salon appointment": a visit, not premises run.
  ...['appointment', 'appointments', 'booking', 'visit'],
]);

/**
 * The words saying the writer has a business of their own ("I just started a one-man handyman business", "we opened a
 * small clothing shop", "my handyman business"): a noun for a business, a few words for its kind before it, after
 * "my"/"our", or after "a" with a verb of starting or having that the writer ("I", "we") or the clause starts; or
 * undefined. Someone else's business ("my friend's shop"), a job at one ("a job at a company") and a subject ("a
 * business course") are not.
 */
export function ownBusinessAt(words: readonly string[], clauses: readonly number[]): string | undefined {
  for (let k = 1; k < words.length; k++) {
    if (!OWN_BUSINESS.has(words[k]!) || BUSINESS_NOT_RUN.has(words[k + 1] ?? '')) continue;
    for (let j = k - 1; j >= Math.max(0, k - 1 - BUSINESS_KIND_REACH) && clauses[j] === clauses[k]; j--) {
      const w = words[j]!;
      // "Our company" is mostly the writer's employer: only a business or a shop is theirs after "my"/"our".
      if (w === 'my' || w === 'our') {
        if (OWNED_AFTER_MY.has(words[k]!)) return words.slice(j, k + 1).join(' ');
        break;
      }
      if (w === 'a' || w === 'an') {
        const v = pastFillers(words, clauses, j, BUSINESS_VERB_FILLERS);
        if (v < 0 || !BUSINESS_VERBS.has(words[v]!)) break;
        const s = pastFillers(words, clauses, v, BUSINESS_VERB_FILLERS);
        if (s < 0) return words.slice(v, k + 1).join(' ');
        if (words[s] === 'i' || words[s] === 'we') return words.slice(s, k + 1).join(' ');
        break;
      }
      if (NOT_A_BUSINESS_KIND.has(w)) break;
    }
  }
  return undefined;
}

/** Verbs of work or people coming to the writer: "my work comes by word of mouth". */
const COMING: ReadonlySet<string> = new Set(['come', 'comes', 'came', 'coming']);

/** Words between coming and the goal words: "comes by", "come mostly through", "came from". */
const COMING_BY: ReadonlySet<string> = new Set(['by', 'from', 'through', 'via', 'mostly', 'mainly', 'largely', 'only']);

/** Most words from a verb of coming back to the writer's "my" or "our": "nearly all of our business comes". */
const COMING_REACH = 4;

/**
 * Whether the goal words at `i` say where the writer's work or people come from now ("most of my work comes by word of
 * mouth", "our clients come through referrals"): a verb of coming right before them (over "by", "from", "mostly"),
 * with "my" or "our" shortly before it in the clause and no word of wanting ("I want more of my work to come from
 * referrals" wishes it).
 */
export function comesFromAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && COMING_BY.has(words[k]!) && clauses[k] === clauses[i]) k--;
  if (k === i - 1 || k < 0 || !COMING.has(words[k]!) || clauses[k] !== clauses[i]) return false;
  const owner = (w: string) =>
    WISHING.has(w) || SEEK_WORDS.has(w) || w === 'to' ? false : OWN_TRADE.has(w) ? true : undefined;
  return lookBack(words, clauses, k, COMING_REACH, owner) === true;
}

/** Words of money sought before "from": "raise money from", "borrow from", "funding from". */
const MONEY_FROM: ReadonlySet<string> = new Set([
  ...RAISE_WORDS,
  'borrow',
  'borrowing',
  'money',
  'funds',
  'funding',
  'capital',
  'investment',
  'loan',
  'loans',
]);

/** Most words from "from" back to its word of money ("raise a little money from"), and on to the people. */
const FROM_REACH = 4;

/**
 * Whether the people at `i` are whom money is raised from ("raise money from our own customers", "borrow from friends
 * and family"): "from" shortly before them in the clause, with a word of money shortly before it, and no wanting
 * between ("raise money and find more customers from …" wants them).
 */
export function fundersAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const from = (w: string, k: number) =>
    DESIRE_WORDS.has(w) || SEEK_WORDS.has(w)
      ? false
      : w === 'from'
        ? setBefore(words, clauses, k, FROM_REACH, MONEY_FROM)
        : undefined;
  return lookBack(words, clauses, i, FROM_REACH, from) === true;
}

/**
 * A practice the writer calls theirs ("my practice", "our practice" in the small-business words), with words between
 * ("my dental practice", "my own small animal practice"): a dentist's, lawyer's or vet's own firm, a small business
 * as "my bakery" is. Only a practice: a studio or an agency with words between ("my design studio") is as often a
 * freelancer's.
 */
const OWNED_PRACTICE: ReadonlySet<string> = new Set(
  AUDIENCE_WORDS['small-business'].filter((w) => /^(?:my|our) practice$/.test(w)),
);

/** Most words between "my" and the practice: "my own small animal practice". */
const PRACTICE_GAP = 3;

/**
 * The words of a practice the writer calls theirs with words between ({@link OWNED_PRACTICE}), or undefined. Not one
 * they had ("my old practice") nor someone else's ("my wife's practice").
 */
export function ownedPracticeIn(words: readonly string[], clauses: readonly number[]): string | undefined {
  for (let k = 0; k < words.length; k++) {
    if (!OWNING.has(words[k]!)) continue;
    for (let end = k + 2; end <= Math.min(words.length - 1, k + 1 + PRACTICE_GAP); end++) {
      if (words.slice(k + 1, end).some((w) => w === 's' || CURRENT_JOB.has(w) || POSSESSIVES.has(w))) break;
      if (clauses[end] === clauses[k] && OWNED_PRACTICE.has(`${words[k]} ${words[end]}`))
        return words.slice(k, end + 1).join(' ');
    }
  }
  return undefined;
}
