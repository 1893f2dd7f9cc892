/**
 * The writer's own work made known, for the free-text reader: being seen or found ("get my work seen", "customers
 * find me"), an outlet grown, a project funded, a product made for users, referrals and customers.
 */
import { NOT_FUNDS_RAISED, RAISED_FILLERS } from '#src/catalogue/lexicon.ts';
import type { Field } from '#src/catalogue/taxonomy.ts';
import { setBefore } from './read-clause-walk.ts';
import { ARTICLES, ME, OWN_TRADE, POSSESSIVES } from './read-shared-words.ts';

/** "get my work seen", "getting the product noticed": being seen, with what is seen in between. */
const GETTING: ReadonlySet<string> = new Set(['get', 'getting', 'gets']);

const BEING_SEEN: ReadonlySet<string> = new Set(['seen', 'noticed', 'discovered', 'known', 'heard']);

/** Most words between "get" and "seen": "get your product seen". */
const SEEN_GAP = 3;

/** The words from "get" to "seen" in "get your product seen" at `i`, or undefined. */
export function seenAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (!GETTING.has(words[i]!)) return undefined;
  for (let k = i + 2; k <= i + 1 + SEEN_GAP && k < words.length && clauses[k] === clauses[i]; k++) {
    if (BEING_SEEN.has(words[k]!)) return words.slice(i, k + 1).join(' ');
    // "get feedback and get discovered": a second "get" starts its own want.
    if (GETTING.has(words[k]!)) return undefined;
  }
  return undefined;
}

/** "grow my YouTube channel", "building our podcast": making an outlet reach more people. */
const GROWING: ReadonlySet<string> = new Set(['grow', 'growing', 'grows', 'build', 'building', 'boost', 'boosting']);

/** Outlets that people follow: growing one is reaching an audience. */
const OUTLETS: ReadonlySet<string> = new Set([
  'channel',
  'channels',
  'podcast',
  'podcasts',
  'blog',
  'newsletter',
  'account',
  'accounts',
  'page',
  'following',
  'followers',
  'subscribers',
  'audience',
  'fanbase',
]);

/** Most words between "grow" and the outlet: "grow my small YouTube cooking channel". */
const OUTLET_GAP = 4;

/** Verbs of funding a project: "fund our album", "finance my startup", "crowdfund my game". */
const FUNDING_VERBS: ReadonlySet<string> = new Set(['fund', 'finance', 'crowdfund', 'bankroll']);

/** Whose project is funded: the writer's ("my", "our") or the people asked about ("their"). */
const FUNDING_OWNERS: ReadonlySet<string> = new Set(['my', 'our', 'their']);

/**
 * Projects that backers or investors fund: a record, a film, a book, a game, a company. Not studies, travels or a
 * life, which people pay for with work ("a job to fund my studies").
 */
const FUNDED_PROJECTS: ReadonlySet<string> = new Set([
  ...['album', 'albums', 'ep', 'record', 'tour', 'film', 'films', 'movie', 'documentary'],
  ...['book', 'books', 'novel', 'comic', 'game', 'games', 'podcast', 'project', 'projects', 'invention', 'product'],
  ...['startup', 'company', 'business', 'venture', 'app', 'idea', 'prototype', 'production', 'show', 'festival'],
]);

/** Most words between the owner and the project: "fund our| first full length| album". */
const FUNDED_GAP = 3;

/**
 * The words from a verb of funding to a project of the writer's ("fund our first album", "finance my startup") at
 * `i`, or undefined: meeting backers or investors, as "raise money for our album" reads.
 */
export function fundedAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (!FUNDING_VERBS.has(words[i]!) || !FUNDING_OWNERS.has(words[i + 1] ?? '')) return undefined;
  for (let k = i + 2; k <= Math.min(words.length - 1, i + 2 + FUNDED_GAP) && clauses[k] === clauses[i]; k++)
    if (FUNDED_PROJECTS.has(words[k]!)) return words.slice(i, k + 1).join(' ');
  return undefined;
}

/** The words from a verb of growing to an outlet ("grow my youtube channel") at `i`, or undefined. */
export function outletGrownAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (!GROWING.has(words[i]!) || !POSSESSIVES.has(words[i + 1] ?? '')) return undefined;
  for (let k = i + 2; k <= i + 1 + OUTLET_GAP && k < words.length && clauses[k] === clauses[i]; k++)
    if (OUTLETS.has(words[k]!)) return words.slice(i, k + 1).join(' ');
  return undefined;
}

/** "couples find and book me", "customers to find me": the people one serves finding the writer is promotion. */
const FINDING_ME: ReadonlySet<string> = new Set(['find', 'book', 'discover', 'contact']);

/** Words that join two verbs of finding: "find and book me". */
const VERB_JOINS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * The words from a verb of finding to "me" in "couples find and book me" at `i`, or undefined. Not "find me a job"
 * (an article after "me": finding something for the writer); an employer finding the writer ("recruiters find me") is
 * read as hiring before this is asked.
 */
export function foundAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (!FINDING_ME.has(words[i]!)) return undefined;
  let k = i + 1;
  while (k + 1 < words.length && VERB_JOINS.has(words[k]!) && FINDING_ME.has(words[k + 1]!)) k += 2;
  if (!ME.has(words[k] ?? '') || clauses[k] !== clauses[i] || ARTICLES.has(words[k + 1] ?? '')) return undefined;
  return words.slice(i, k + 1).join(' ');
}

/**
 * Professions whose clients come by introduction from other professionals (a lawyer's from another lawyer or an
 * accountant, a clinician's from a referring doctor, an adviser's from a client's other advisers): for them clients
 * wanted are referrals, as the referral networks built for them say. Not sellers to the public (a shop, a trade, a
 * studio), who reach their customers by promotion.
 */
export const REFERRED_FIELDS: ReadonlySet<Field> = new Set([
  'law',
  'accounting',
  'finance',
  'consulting',
  'healthcare',
  'medicine',
  'dentistry',
  'veterinary',
]);

/**
 * The nouns of a referral ("referral", German "Empfehlung", Polish "polecenie"), and "refer" with its forms: what a
 * writer who wants referrals says. Not the verbs of recommending, which ask the readers for advice ("what do you
 * recommend?", "co polecacie?").
 */
const REFERRING_STEMS: readonly string[] = ['refer', 'empfehlung', 'polecen'];

/** Verbs of handing work on between peers: "pass each other clients", "send each other referrals". */
const PASSING: ReadonlySet<string> = new Set(['pass', 'passing', 'send', 'sending', 'swap', 'trade', 'trading']);

/** "each other", "one another", one word after the other. */
const RECIPROCAL: readonly (readonly [string, string])[] = [
  ['each', 'other'],
  ['one', 'another'],
];

/** Most words between a verb of passing and "each other": "pass work to each other". */
const PASSING_REACH = 3;

/** Whether "each other" ({@link RECIPROCAL}) follows the verb of passing at `i` within its clause. */
function passedBetweenAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  for (let k = i + 1; k <= i + 1 + PASSING_REACH && k + 1 < words.length; k++)
    if (clauses[k + 1] === clauses[i] && RECIPROCAL.some(([a, b]) => words[k] === a && words[k + 1] === b)) return true;
  return false;
}

/**
 * Whether the text speaks of referring: a word of {@link REFERRING_STEMS}, or work passed between peers ("send each
 * other clients"; Italian "passarci clienti" and French "se passer des clients", whose verb carries "each other").
 */
export function referringIn(words: readonly string[], clauses: readonly number[]): boolean {
  return words.some(
    (w, i) =>
      REFERRING_STEMS.some((s) => w.startsWith(s)) ||
      w === 'passarci' ||
      (w === 'passer' && words[i - 1] === 'se') ||
      (PASSING.has(w) && passedBetweenAt(words, clauses, i)),
  );
}

/** Customers wanted, not referrals asked for: "more customers", "leads", but not "referrals" or "refer clients". */
export function isCustomerWord(phrase: string): boolean {
  return !/refer|send me/.test(phrase);
}

/** Verbs of making software: "building an app", "working on a mobile app". */
const MAKING: ReadonlySet<string> = new Set([
  'build',
  'building',
  'built',
  'make',
  'making',
  'made',
  'develop',
  'developing',
  'developed',
  'code',
  'coding',
  'coded',
  'launch',
  'launching',
  'launched',
  'ship',
  'shipping',
  'shipped',
  'create',
  'creating',
  'created',
  'design',
  'designing',
  'designed',
  'working',
]);

/** Most words from a verb of making to the app: "building a new mobile app". */
const MAKING_REACH = 3;

/** Things a writer makes for users: "an app", "a product", "a budgeting tool", "a platform". */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  ...['app', 'apps', 'product', 'products', 'tool', 'tools', 'platform', 'website', 'site', 'service', 'game'],
  ...['extension', 'plugin', 'saas', 'startup'],
]);

/** Hindi (in Latin letters) verbs of making, after what is made: "app bana raha hoon" (I'm making an app). */
const MAKING_AFTER: ReadonlySet<string> = new Set(['bana', 'banaya', 'banayi', 'banai', 'banate', 'banana']);

/** Most words from "for" back to the product, or from "ke liye" on to it: "a budgeting tool| for". */
const PRODUCT_FOR_REACH = 3;

/**
 * Whether the people of a field at `i` (`n` words) are who a product the writer makes is for: "launching a product for
 * students", "a budgeting tool I built for teachers", "students ke liye ek app bana raha hoon". They are its users, not
 * the writer's trade ("is there an app for nurses" is asked by one).
 */
export function productUsersAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  const made = (k: number) =>
    OWN_TRADE.has(words[k - 1] ?? '') ||
    setBefore(words, clauses, k, MAKING_REACH, MAKING) ||
    (MAKING_AFTER.has(words[k + 1] ?? '') && clauses[k + 1] === clauses[k]);
  if (words[i - 1] === 'for' && clauses[i - 1] === clauses[i])
    for (let k = i - 2; k >= Math.max(0, i - 1 - PRODUCT_FOR_REACH) && clauses[k] === clauses[i]; k--)
      if (PRODUCT_NOUNS.has(words[k]!)) return made(k);
  if (words[i + n] === 'ke' && words[i + n + 1] === 'liye')
    for (let k = i + n + 2; k <= i + n + 1 + PRODUCT_FOR_REACH && clauses[k] === clauses[i]; k++)
      if (PRODUCT_NOUNS.has(words[k]!)) return made(k);
  return false;
}

/** Whether the app named at `i` is one someone makes: the writer's own ("my app") or after a verb of making. */
export function appMadeAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return OWN_TRADE.has(words[i] ?? '') || setBefore(words, clauses, i, MAKING_REACH, MAKING);
}

export const RAISE_WORDS: ReadonlySet<string> = new Set(['raise', 'raising', 'raised', 'raises']);

const NOT_FUNDS: ReadonlySet<string> = new Set(NOT_FUNDS_RAISED);

const RAISED_FILLER: ReadonlySet<string> = new Set(RAISED_FILLERS);

/** Whether "raise" at `i`, of `n` words, raises something other than money: "raising children", "raise awareness". */
export function raisesNoFunds(words: readonly string[], i: number, n: number): boolean {
  if (n !== 1 || !RAISE_WORDS.has(words[i]!)) return false;
  let k = i + 1;
  while (k < words.length && RAISED_FILLER.has(words[k]!)) k++;
  return NOT_FUNDS.has(words[k] ?? '');
}
