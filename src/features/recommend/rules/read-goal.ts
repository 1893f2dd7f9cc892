/**
 * The free-text reader: turns what a visitor types ("I'm a nurse in Porto and
 * want to swap ideas with other nurses") into quiz answers, and says which
 * words gave each answer, so the results page can show "We read this as: …".
 * Deterministic and offline: phrase lists over the taxonomy's labels and
 * synonyms (src/catalogue/lexicon.ts), longest phrase first, no model. When it
 * finds no goal it says so instead of guessing.
 */
import {
  ASKING_READERS_WORDS,
  ATTENDED_FIELD_WORDS,
  ATTENDED_PAST_WORDS,
  NOT_COVERED_WORDS,
  GROUP_TOPIC_PLACES,
  GIVING_BACK_WORDS,
  VOLUNTEERING_WORDS,
  TRADE_NOUNS,
  WORKING_IN,
  YOUNG_NOUNS,
  CITY_PHRASES,
  COUNTRY_PHRASES,
  DEMONYM_WORDS,
  STYLE_NOUNS,
  FIELD_WORDS,
  GERMAN_EMPLOYING_WORDS,
  SPANISH_EMPLOYING_WORDS,
  FRENCH_EMPLOYING_WORDS,
  FROM_WORDS,
  GOAL_WORDS,
  INVESTOR_PEOPLE_WORDS,
  LANGUAGE_NAMES,
  LANGUAGE_USE_AFTER,
  LANGUAGE_USE_BEFORE,
  withPlural,
  GROUP_NOUNS,
  GROUP_VERBS,
  GROUP_VERB_ADVERBS,
  GROUP_VERB_SUBJECTS,
  NOT_AGE_AFTER,
  NOT_FUNDS_RAISED,
  RAISED_FILLERS,
  PLACE_WORDS,
  PRIORITY_WORDS,
  PEER_TALK_PLACE_WORDS,
  SPORT_GROUP_WORDS,
  PLAY_WORDS,
  SPORT_WORDS,
  REMOTE_WORDS,
  JOB_WORDS,
  TALK_PLACE_WORDS,
  PURPOSE_KEYWORDS,
  RELOCATION_WORDS,
  ABROAD_WORDS,
  HOMECOMING_WORDS,
  REMOTE_WORKER_WORDS,
  ROLE_WITHOUT_FIELD_WORDS,
  SCHOOL_DAYS_WORDS,
  SELF_MARKERS,
  SITE_KIND_WORDS,
  SPOKEN_AUDIENCE_WORDS,
  TO_WORDS,
  US_STATE_CODES,
  WEAK_GOAL_WORDS,
  WORK_SETTING_WORDS,
  WORLDWIDE_WORDS,
  foldWords,
  MEET_PEOPLE_WORDS,
} from '#src/catalogue/lexicon.ts';
import { SCRIPT_DATING_WORDS, SCRIPT_GOAL_WORDS, SCRIPT_WEAK_GOAL_WORDS } from '#src/catalogue/lexicon-scripts.ts';
import { MORE_AUDIENCE_WORDS, MORE_LANGUAGES } from '#src/catalogue/languages.ts';
import {
  MORE_MEET_PEOPLE_WORDS,
  MORE_NEGATORS_BEFORE_VERB,
  MORE_NOT_ONLY,
  NEGATORS_RIGHT_BEFORE_GOAL,
  NEGATORS_RIGHT_BEFORE_VERB,
  TURKISH,
  TURKISH_TO_ENDINGS,
} from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';
import {
  BUSINESS_PURPOSES,
  ELIGIBILITY_GROUPS,
  FIELDS,
  PURPOSES,
  keysOf,
  type Audience,
  type EligibilityGroup,
  type Field,
  type Purpose,
  type Role,
} from '#src/catalogue/taxonomy.ts';
import { MAX_GOALS, type Answers, type Budget, type InPersonPreference, type TimeBudget } from './answers.ts';
import { sitesNamedIn, type SiteNames } from './named-sites.ts';
import { HIRED_PROS, asksForClientWork, readWork } from './read-work.ts';
import { readRole } from './read-role.ts';
import { countryOfScript } from './read-language.ts';
import { listedWordOf, notSoughtInTurkishAt } from './read-word-endings.ts';
import { placeNameOf } from './read-place-endings.ts';
import { POLISH_PROFESSION_FORMS, germanCaseForms } from './read-profession-endings.ts';
import { notSoughtAfterAt } from './read-negation-after.ts';
import { negatedWantingAt, notSoughtInChineseAt, notSoughtInThaiAt } from './read-negation-before.ts';
import { FIVE_LANGUAGES_ONLY } from '#src/catalogue/lexicon-bangla-thai-greek-romanian-malay.ts';
import { CATALAN_SLOVAK_FREE_WORDS } from '#src/catalogue/lexicon-catalan-slovak.ts';
import { CHINESE_FREE_WORDS } from '#src/catalogue/lexicon-chinese.ts';
import {
  AFRIKAANS_HAVING,
  HEBREW_PREFIXES,
  MOST_HEBREW_PREFIXES,
  MORE_NEGATORS_AFTER_VERB,
  SHORTEST_HEBREW_WORD_BEHIND_PREFIX,
  MORE_SUBJECT_PRONOUNS,
  SEVEN_LANGUAGES_ONLY,
} from '#src/catalogue/lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts';
import {
  FURTHER_IN_PERSON_WORDS,
  FURTHER_MEET_PEOPLE_WORDS,
  FURTHER_NEGATORS_BEFORE_VERB,
  HINDI_TIES_FILLERS,
  HINDI_TIES_POSTPOSITIONS,
} from '#src/catalogue/lexicon-dutch-russian-korean-hindi.ts';
import type { WorkMarket } from './hiring-market.ts';
import { amharicWithoutAffixes } from './read-amharic-affixes.ts';

export type { NamedSite, SiteNames } from './named-sites.ts';

/** One answer and the words it was read from. */
export interface Reading<T> {
  value: T;
  words: string;
}

/** Everything the reader understood, each part with its words. */
export interface Understood {
  /** In the order the text names them: the first is the most important. */
  goals: Reading<Purpose>[];
  audience?: Reading<Audience>;
  field?: Reading<Field>;
  country?: Reading<string>;
  inPerson?: Reading<InPersonPreference>;
  budget?: Reading<Budget>;
  time?: Reading<TimeBudget>;
  /** With a hiring goal, which market the words say: a job or staff, or clients or a pro for a project. */
  work?: Reading<WorkMarket>;
  /** A wish outside networking ("dating app"), read only when no goal was: the page says it is not covered. */
  notCovered?: Reading<keyof typeof NOT_COVERED_WORDS>;
  /** Groups the writer says they belong to ("as a woman", "I'm 29") or asks about ("networks for women"), in the taxonomy's order. */
  groups?: Reading<EligibilityGroup>[];
  /** The writer's role in their field ("I'm a vet tech", "as a paralegal"), for networks that admit one role. */
  role?: Reading<Role>;
  /**
   * The catalogue sites the text names, by slug, in the order named ("XING oder LinkedIn?"); read only when the
   * reader is given the catalogue's names, and never an answer: the goal decides the ranking.
   */
  sites?: Reading<string>[];
}

/** The longest text the reader looks at; the rest is ignored. */
export const MAX_TEXT_LENGTH = 500;

const AUDIENCE_WORDS: Readonly<Record<Audience, readonly string[]>> = {
  freelancers: [
    'freelancer',
    'freelancers',
    'freelance',
    'freelancing',
    // The plural French writes ("un réseau de freelances"); in English, the verb ("she freelances").
    'freelances',
    'self employed',
    'independent consultant',
    'solopreneur',
    // A virtual assistant works remotely for clients, as a contractor: a freelancer, whose "virtual" is no wish to meet
    // online.
    'virtual assistant',
    'virtual assistants',
    'freiberufler',
    'freiberuflerin',
    'selbststandig',
    'autonomo',
    'autonoma',
    // Working for oneself, in Spanish and Portuguese ("trabalho por conta própria").
    'por cuenta propia',
    'trabajo por cuenta propia',
    'por conta propria',
    'trabalho por conta propria',
    'independant',
    'independante',
    'zzp',
    'zzper',
    // A freelancer in Polish, in the forms "I am a …" and "as a …" give it.
    'freelancerem',
    'freelancerka',
    'freelancerki',
    'wolny strzelec',
    'wolnym strzelcem',
  ],
  'small-business': [
    'small business',
    'my business',
    'my shop',
    'my store',
    'local business',
    'sole trader',
    'my restaurant',
    'my salon',
    'my studio',
    'my agency',
    'my practice',
    'our practice',
    // Premises the writer calls theirs: a customer says "my gym", "my hotel" or "my local pub" too, an owner "our".
    ...['bakery', 'cafe', 'coffee shop', 'boutique', 'brewery', 'bookshop', 'bookstore'].map((n) => `my ${n}`),
    ...['restaurant', 'bakery', 'cafe', 'coffee shop', 'shop', 'store', 'salon', 'boutique', 'brewery', 'studio'].map(
      (n) => `our ${n}`,
    ),
    // A practice of one's own, or working alone in a profession: a small firm.
    'small practice',
    'solo practice',
    'own practice',
    'private practice',
    'solo practitioner',
    'solo attorney',
    'solo lawyer',
    'solo lawyers',
    'my firm',
    'my company',
    // A hair or beauty salon, a barber's: a shop that is almost always a small business (as "peluquería" is).
    'hair salon',
    'beauty salon',
    'nail salon',
    'barber shop',
    'barbershop',
    'salon owner',
    // With either article: "I run a bakery", "I own an independent restaurant".
    'i own a',
    'i own an',
    'i run a',
    'i run an',
    'we own a',
    'we own an',
    'we run a',
    'we run an',
    'running a',
    'running my',
    'business owner',
    'business owners',
    'small business owners',
    'owner of a',
    'owner of an',
    'my new business',
    'my own business',
    'our business',
    'my new company',
    'my own company',
  ],
  startups: [
    'startup',
    'start up',
    'startups',
    // Also the software field (`lexicon.ts`): a phrase can mean both.
    'software startup',
    'founder',
    'founders',
    'co founder',
    'cofounder',
    'my venture',
    'entrepreneur',
    'entrepreneurs',
    'grunder',
    'grunderin',
    'fondateur',
    'fondateurs',
    'fundador',
    'fundadores',
    'fondatore',
    'fondatori',
    'oprichter',
    'biotech founder',
    'founding a',
    'saas',
    'my saas',
    'my mvp',
    'side project',
    'bootstrapped',
    'bootstrapping',
    'indie hacker',
    'indie hackers',
    'startup idea',
  ],
  professionals: [
    'professional',
    'professionals',
    'my career',
    'employee',
    'manager',
    'mid career',
    'my boss',
    'my employer',
    'my manager',
    'coworkers',
    'co workers',
    'career change',
    'change careers',
    'switch careers',
    'job seeker',
    'job seekers',
    'jobseeker',
    'berufstatig',
    'berufstatige',
  ],
  // Not "our company": it is mostly the writer's employer or their own small firm, so it says nothing sure.
  enterprises: ['enterprise', 'corporation', 'large company', 'our recruiters'],
  creators: [
    'creator',
    'creators',
    'youtuber',
    'streamer',
    'influencer',
    'my channel',
    'my podcast',
    'my art',
    'my music',
    'my book',
    'my newsletter',
    'my game',
    'my games',
    'my videos',
    'my films',
    'my photos',
    'my songs',
    'my album',
    'my comics',
    'my writing',
    'my artwork',
    'my portfolio',
    'content creator',
    'indie artist',
    'indie musician',
    'indie author',
    'indie developer',
    'indie dev',
    'independent artist',
    'independent musician',
    'self published',
    'self publishing',
  ],
  consumers: [
    'just for fun',
    'personal life',
    'retired',
    'retiree',
    'retirees',
    'retired to',
    'pensioner',
    'pensioners',
    'after retirement',
    'in retirement',
    'since retiring',
    'since retirement',
    'stay at home',
    'sahm',
    'sahd',
    'as a hobby',
    // A home or a wedding of one's own: someone hiring a pro for it is the public ("a contractor for my kitchen").
    'my kitchen',
    'our kitchen',
    'my bathroom',
    'our bathroom',
    'my house',
    'our house',
    'my garden',
    'our garden',
    'my wedding',
    'our wedding',
  ],
  investors: [
    'as an investor',
    'i invest',
    'angel investor looking',
    'deal flow',
    'i m investing',
    'im investing',
    'i am investing',
    'start investing',
    'started investing',
    'new to investing',
    'property investing',
    'real estate investing',
    'property investor',
    'real estate investor',
    'im an investor',
    'i m an investor',
  ],
};

const IN_PERSON_WORDS: Readonly<Record<InPersonPreference, readonly string[]>> = {
  'in-person': [
    'in person',
    'in the flesh',
    'meeting up',
    'face to face',
    'irl',
    'in real life',
    'offline',
    'meet up',
    'meet in person',
    'get together',
    'get togethers',
    ...FURTHER_IN_PERSON_WORDS['in-person'],
  ],
  online: [
    'online',
    'remote',
    'remotely',
    'virtual',
    'virtually',
    'from home',
    'online only',
    'remoto',
    'remota',
    'remotos',
    'remotas',
    'teletrabajo',
    'teletravail',
    'a distance',
    'homeoffice',
    // "Online" in two words: Spanish "en línea", French "en ligne", English "on-line" (its hyphen folds to a space).
    ...['en línea', 'en ligne', 'on-line'],
    ...FURTHER_IN_PERSON_WORDS.online,
  ],
  either: [
    'online or in person',
    'in person or online',
    'online or offline',
    'offline or online',
    'online and offline',
    'offline and online',
    'online and in person',
    'in person and online',
    'either way',
    'both online and offline',
  ],
};

const BUDGET_WORDS: Readonly<Record<Budget, readonly string[]>> = {
  free: [
    'free',
    'for free',
    'no money',
    'without paying',
    'cant afford',
    'can t afford',
    'no budget',
    'dont want to pay',
    'don t want to pay',
    'not pay',
    'cheap',
    // Free, and without paying, in Spanish, Portuguese, French, German, Italian, Polish and Dutch.
    ...['gratis', 'gratuito', 'gratuita', 'gratuitos', 'gratuitas', 'gratuit', 'gratuite', 'gratuitement'],
    ...['kostenlos', 'kostenlose', 'kostenlosen', 'umsonst', 'gratuitamente', 'za darmo', 'darmowy', 'darmowe'],
    // No money, in Portuguese (Brazilian "pra", for), Spanish, French, German, Italian, Dutch and Polish: standard words.
    ...['sem dinheiro', 'nao tenho dinheiro', 'sin dinero', 'no tengo dinero', 'no tengo plata', 'pas d argent'],
    ...['kein geld', 'senza soldi', 'non ho soldi', 'geen geld', 'bez pieniedzy', 'nie mam pieniedzy'],
    ...[
      'sin pagar',
      'sem pagar',
      'sans payer',
      'ohne zu bezahlen',
      'senza pagare',
      'bez placenia',
      'zonder te betalen',
    ],
    ...CATALAN_SLOVAK_FREE_WORDS,
    ...CHINESE_FREE_WORDS,
  ],
  some: [
    'willing to pay',
    'happy to pay',
    'paid plan',
    'subscription',
    'small budget',
    // Paid places, said of the kind of site: "no paid groups", "paid sites are fine".
    'paid group',
    'paid groups',
    'paid site',
    'paid sites',
    'paid app',
    'paid apps',
    'paid network',
    'paid networks',
    'paid platform',
    'paid platforms',
    // Paying a little said of oneself, in English, Spanish, Portuguese, French, German and Italian: standard words.
    ...['i can pay', 'can pay a little', 'can pay a bit', 'can pay something', 'dont mind paying', 'don t mind paying'],
    ...['puedo pagar', 'pagar un poco', 'pagar algo', 'posso pagar', 'pagar um pouco', 'je peux payer', 'payer un peu'],
    ...['kann etwas zahlen', 'kann etwas bezahlen', 'posso pagare', 'pagare qualcosa', 'pagare un po'],
  ],
  membership: ['membership', 'dues', 'join a club', 'membership fee', 'membership fees', 'paid membership'],
};

const TIME_WORDS: Readonly<Record<TimeBudget, readonly string[]>> = {
  light: [
    'little time',
    'not much time',
    'busy',
    'an hour a week',
    'one hour a week',
    'few minutes',
    'limited time',
    'free time',
    'spare time',
    // Little time in Spanish, Portuguese, French, German, Italian, Polish and Dutch.
    ...['poco tiempo', 'pouco tempo', 'peu de temps', 'wenig zeit', 'poco tempo', 'malo czasu', 'weinig tijd'],
  ],
  moderate: ['a few hours', 'few hours a week', 'couple of hours'],
  heavy: [
    'lots of time',
    'every day',
    'daily',
    'daily basis',
    'full time',
    'all day',
    // Every day in Spanish, Portuguese, French, German, Italian, Polish and Dutch.
    ...['todos los dias', 'todos os dias', 'tous les jours', 'jeden tag', 'ogni giorno', 'codziennie', 'elke dag'],
  ],
};

/** Words before a profession that make it a peer group: "other nurses", "fellow lawyers". */
const PEER_MARKERS: ReadonlySet<string> = new Set([
  'other',
  'fellow',
  'like minded',
  'andere',
  'anderen',
  'autres',
  'otros',
  'otras',
  'outros',
  'outras',
  'altri',
  'altre',
  'innymi',
  // "innych lekarzy" (other doctors, genitive), "inni programiści".
  'innych',
  'inni',
]);

/**
 * Phrases that are also common words (the pronouns "us", "it"; the article "la"; "sf" for sci-fi): they count
 * only where that very word is written in capitals.
 */
const CAPITALS_ONLY: ReadonlySet<string> = new Set(['us', 'it', 'la', 'sf']);

/** Plurals after "other" that are not people: "other sites" asks for no peers. */
const NOT_PEOPLE: ReadonlySet<string> = new Set([
  'sites',
  'apps',
  'platforms',
  'networks',
  'ways',
  'things',
  'options',
  'places',
  'countries',
  'cities',
  'people',
]);

/** Endings of plural nouns for things, never people: "experiences", "solutions", "opportunities". */
const ABSTRACT_ENDINGS: readonly string[] = ['ences', 'ances', 'tions', 'sions', 'ments', 'ities', 'nesses'];

/** Words that may stand between a peer marker and a profession: "other young nurses", "us new farmers". */
const PEER_FILLERS: ReadonlySet<string> = new Set([
  'new',
  'young',
  'old',
  'older',
  'experienced',
  'aspiring',
  'junior',
  'senior',
  'local',
  'female',
  'male',
  'independent',
  'small',
  'freelance',
  'retired',
  'and',
]);
/** "us farmers", "we teachers": the writer and others of their profession. */
const WE_MARKERS: ReadonlySet<string> = new Set(['us', 'we']);
/** Most filler words between a peer marker and a profession. */
const PEER_REACH = 5;

/**
 * The one walk behind every "shortly before, in its clause" rule: from the word before `i` back, nearest first, over
 * at most `reach` words and never past the start of `i`'s clause (of its sentence, given `sentences` as `bounds`),
 * asking `look` of each word. `look` answers undefined to walk on; its first other answer is returned (`false` to
 * stop with no), and undefined when the walk ends unanswered.
 */
function lookBack<T>(
  words: readonly string[],
  bounds: readonly number[],
  i: number,
  reach: number,
  look: (word: string, k: number) => T | undefined,
): T | undefined {
  for (let k = i - 1; k >= Math.max(0, i - reach) && bounds[k] === bounds[i]; k--) {
    const answer = look(words[k]!, k);
    if (answer !== undefined) return answer;
  }
  return undefined;
}

/**
 * Whether a word of `set` stands within `reach` words before `i`, in its clause ({@link lookBack}); with `fits`, only a
 * word at a position `fits` accepts counts.
 */
function setBefore(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  reach: number,
  set: ReadonlySet<string>,
  fits?: (k: number) => boolean,
): boolean {
  return lookBack(words, clauses, i, reach, (w, k) => (set.has(w) && (fits?.(k) ?? true)) || undefined) === true;
}

/**
 * Where the words of `fillers` right before word `i` end, looking back at most `reach` words in its clause: the word
 * before them ("started| a home| bakery": "started"), or -1 when the clause starts first.
 */
function pastFillers(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  fillers: ReadonlySet<string>,
  reach = i,
): number {
  let k = i - 1;
  while (k >= Math.max(0, i - reach) && clauses[k] === clauses[i] && fillers.has(words[k]!)) k--;
  return k >= 0 && clauses[k] === clauses[i] ? k : -1;
}

/**
 * The peer marker before the profession at `i` ("other", "fellow", "us"), over
 * at most {@link PEER_REACH} filler words in the same clause, with the words
 * from the marker on; undefined when there is none.
 */
function peerMarkerBefore(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  const marker = lookBack(words, clauses, i, PEER_REACH + 1, (w, j) => {
    // "a US college", "a small US bakery": after an article "us" is the country, never the pronoun.
    const country = w === 'us' && [1, 2].some((back) => ARTICLES.has(words[j - back] ?? ''));
    if (PEER_MARKERS.has(w) || (WE_MARKERS.has(w) && !country)) return words.slice(j, i).join(' ');
    return PEER_FILLERS.has(w) ? undefined : false;
  });
  return marker || undefined;
}

/** Talking, whose "about" names topics: "farmers talk online about grants", "chat about funding rounds". */
const TALKING: ReadonlySet<string> = new Set(['talk', 'talking', 'talks', 'chat', 'chatting', 'chats']);
/** Most words from "about" to a topic ("about tenancies, grants"), and from a word of talking to "about". */
const TOPIC_REACH = 6;
const TALK_ABOUT_GAP = 2;

/**
 * Whether the word at `i` is a topic of talk: after "about" in its sentence, within {@link TOPIC_REACH} words, with
 * a word of talking at most {@link TALK_ABOUT_GAP} words before the "about" ("talk online about").
 */
function talkTopicAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const about = words.lastIndexOf('about', i - 1);
  if (about < 0 || i - about > TOPIC_REACH) return false;
  // The list of topics may run over commas ("tenancies, grants and prices"): no word between is a verb of wanting.
  if (words.slice(about + 1, i).some((w) => DESIRE_WORDS.has(w) || SEEK_WORDS.has(w))) return false;
  return setBefore(words, clauses, about, TALK_ABOUT_GAP, TALKING);
}

/** Most words between a peer marker and staff named among the peers: "other vet techs and practice staff". */
const PEER_STAFF_REACH = 6;

/**
 * Whether the staff word at `i` is named among peers: a peer marker ("other", "fellow") before it in its clause,
 * within {@link PEER_STAFF_REACH} words, with no word of hiring or asking between ("find other staff" is hiring).
 */
function peerStaffAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const peer = (w: string, k: number) =>
    ASKING_FOR.has(w) ? false : PEER_MARKERS.has(w) ? !ASKING_FOR.has(words[k - 1] ?? '') : undefined;
  return lookBack(words, clauses, i, PEER_STAFF_REACH, peer) === true;
}

/** "photographers like me": a profession followed by these asks for its people. */
const LIKE_ME: ReadonlySet<string> = new Set(['me', 'myself', 'us']);

/** Nouns for people in general, which the word before them may name by what they do: "data people", "tech folks". */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['people', 'folks', 'folk', 'peeps']);
/** Words for people by a trait, not by what they do: "other nice people", "other single folks" are not peers. */
const TRAITS: ReadonlySet<string> = new Set([
  'nice',
  'good',
  'great',
  'cool',
  'fun',
  'kind',
  'friendly',
  'interesting',
  'normal',
  'real',
  'random',
  'regular',
  'single',
  'married',
  'lonely',
  'shy',
  'introverted',
  'extroverted',
  'like',
  'likeminded',
  'younger',
  'similar',
  'different',
  'same',
]);

/** "other vets", "fellow hobbyists": people like the visitor whom the lexicon does not name, so peers. */
function peersAt(words: readonly string[], i: number): string | undefined {
  const [marker, next] = [words[i], words[i + 1]];
  if (marker === undefined || next === undefined || !PEER_MARKERS.has(marker)) return undefined;
  // "other data people", "fellow startup folks": people named by what they do are peers; by a trait ("other nice
  // people") they are not.
  const people = words[i + 2];
  if (
    people !== undefined &&
    PEOPLE_NOUNS.has(people) &&
    !PEER_FILLERS.has(next) &&
    !TRAITS.has(next) &&
    !NOT_PEOPLE.has(next) &&
    !PEOPLE_NOUNS.has(next)
  )
    return `${marker} ${next} ${people}`;
  // "other new fathers", "fellow young mothers": a word such as "new" before the people, as before a profession.
  if (PEER_FILLERS.has(next) && people !== undefined && GROUP_BY_NOUN.has(people) && people.endsWith('s'))
    return `${marker} ${next} ${people}`;
  if (next.length < 4 || !next.endsWith('s') || next.endsWith('ss') || NOT_PEOPLE.has(next) || PHRASES.has(next))
    return undefined;
  // "other experiences", "other solutions": plurals of things said or done, not of people.
  if (ABSTRACT_ENDINGS.some((e) => next.endsWith(e))) return undefined;
  return `${marker} ${next}`;
}

/** "get my work seen", "getting the product noticed": being seen, with what is seen in between. */
const GETTING: ReadonlySet<string> = new Set(['get', 'getting', 'gets']);
const BEING_SEEN: ReadonlySet<string> = new Set(['seen', 'noticed', 'discovered', 'known', 'heard']);
/** Most words between "get" and "seen": "get your product seen". */
const SEEN_GAP = 3;

/** The words from "get" to "seen" in "get your product seen" at `i`, or undefined. */
function seenAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
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
function fundedAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (!FUNDING_VERBS.has(words[i]!) || !FUNDING_OWNERS.has(words[i + 1] ?? '')) return undefined;
  for (let k = i + 2; k <= Math.min(words.length - 1, i + 2 + FUNDED_GAP) && clauses[k] === clauses[i]; k++)
    if (FUNDED_PROJECTS.has(words[k]!)) return words.slice(i, k + 1).join(' ');
  return undefined;
}

/** The words from a verb of growing to an outlet ("grow my youtube channel") at `i`, or undefined. */
function outletGrownAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (!GROWING.has(words[i]!) || !POSSESSIVES.has(words[i + 1] ?? '')) return undefined;
  for (let k = i + 2; k <= i + 1 + OUTLET_GAP && k < words.length && clauses[k] === clauses[i]; k++)
    if (OUTLETS.has(words[k]!)) return words.slice(i, k + 1).join(' ');
  return undefined;
}

/** Relocation words that say only where: after the people wanted they say where those people are. */
const ABROAD: ReadonlySet<string> = new Set(ABROAD_WORDS.map(foldWords));

/** Going away: "move abroad", "relocate overseas". */
const AWAY: ReadonlySet<string> = new Set(['abroad', 'overseas']);
/** Verbs of leaving for elsewhere, before {@link AWAY}; not "living abroad", said where one already is. */
const LEAVING_FOR: ReadonlySet<string> = new Set([
  'move',
  'moving',
  'go',
  'going',
  'relocate',
  'relocating',
  'emigrate',
  'emigrating',
  'work',
  'teach',
]);

/** Going back to a home the words do not name ({@link HOMECOMING_WORDS}), each as its words. */
const HOMECOMING: readonly (readonly string[])[] = HOMECOMING_WORDS.map((p) => foldWords(p).split(' '));

/** Where the first word of going back home starts ("after five years in England I moved back home"), or -1. */
function homecomingAt(words: readonly string[]): number {
  return words.findIndex((_, k) => HOMECOMING.some((p) => p.every((w, m) => words[k + m] === w)));
}

/**
 * Whether the country at word `i` (its words `phrase`) is the place left for home ({@link homecomingAt} at `home`): one
 * named in the same sentence, before the going home ("after five years in England I moved back home") or after it as
 * a stay ("moved back home after five years in the UK"). Not one said of the writer ("I'm Kenyan"), nor one come from
 * ("from Nigeria"), which name the home; nor one in another sentence ("I live in Ireland. My sister moved back home").
 */
function leftForHome(
  words: readonly string[],
  sentences: readonly number[],
  i: number,
  phrase: string,
  home: number,
): boolean {
  if (home < 0 || sentences[i] !== sentences[home] || DEMONYM_WORDS.has(phrase)) return false;
  const before = words[i - 1] === 'the' ? words[i - 2] : words[i - 1];
  if (before === 'from') return false;
  return i < home || before === 'in';
}

/** "couples find and book me", "customers to find me": the people one serves finding the writer is promotion. */
const FINDING_ME: ReadonlySet<string> = new Set(['find', 'book', 'discover', 'contact']);
const ME: ReadonlySet<string> = new Set(['me', 'us']);
/** Words that join two verbs of finding: "find and book me". */
const VERB_JOINS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * The words from a verb of finding to "me" in "couples find and book me" at `i`, or undefined. Not "find me a job"
 * (an article after "me": finding something for the writer); an employer finding the writer ("recruiters find me") is
 * read as hiring before this is asked.
 */
function foundAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (!FINDING_ME.has(words[i]!)) return undefined;
  let k = i + 1;
  while (k + 1 < words.length && VERB_JOINS.has(words[k]!) && FINDING_ME.has(words[k + 1]!)) k += 2;
  if (!ME.has(words[k] ?? '') || clauses[k] !== clauses[i] || ARTICLES.has(words[k + 1] ?? '')) return undefined;
  return words.slice(i, k + 1).join(' ');
}

/** Most words from an employer back-referred to by a verb of finding: "recruiters in the UAE find me". */
const EMPLOYER_REACH = 6;

/** The employer word ({@link EMPLOYERS}) shortly before `i` in its clause, the subject of what follows, or undefined. */
function employerBefore(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  return lookBack(words, clauses, i, EMPLOYER_REACH, (w) => (EMPLOYERS.has(w) ? w : undefined));
}

/** Who someone wants company from: "people to run with", "someone to play chess with" asks for friends. */
const COMPANY_WORDS: ReadonlySet<string> = new Set(['people', 'someone', 'somebody', 'others', 'buddies', 'partners']);
/** "someone to help with production work": help wanted, not company. */
const HELPING: ReadonlySet<string> = new Set(['help', 'assist']);
/** "people to team up with", "people to work with": collaborators, read by the goal words, not company. */
const WORKING_TOGETHER: ReadonlySet<string> = new Set(['team', 'work', 'collaborate', 'partner']);
/** Most words between "people to" and "with" in "people to play board games with". */
const COMPANY_GAP = 3;

/**
 * Having retired, like having moved, leaves someone to find people where they live: the words that say it (the
 * consumers' retirement words), with a wish for friends, ask to meet people nearby too.
 */
const RETIRED: ReadonlySet<string> = new Set([
  'retired',
  'retiree',
  'retirees',
  'pensioner',
  'pensioners',
  'after retirement',
  'in retirement',
  'since retiring',
  'since retirement',
]);

/** Goals about meeting people: with one of them, having just moved also means meeting people nearby. */
const PEOPLE_GOALS: ReadonlySet<Purpose> = new Set(['friends', 'contacts', 'peer-ideas', 'local']);

/** "someone I could …", "people we can …": the writer and a verb of being able, before what they would do together. */
const COULD_DO: ReadonlySet<string> = new Set(['could', 'can']);
/** Words after "with" that start what is handed to someone ("trust with my accounts"), not the end of company. */
const ENTRUSTED_BEFORE: ReadonlySet<string> = new Set(['my', 'our', 'the', 'a', 'an', 'your', 'his', 'her', 'their']);
/** Most words between "someone I could" and "with" in "someone I could invite over and drink coffee with". */
const COMPANION_GAP = 6;

/**
 * "people to run with", "someone I could grab a beer with": the words from "people" to "with", when the text has them
 * at `i`, in one clause.
 */
function companyAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (!COMPANY_WORDS.has(words[i]!)) return undefined;
  const writer = ['i', 'we'].includes(words[i + 1] ?? '') && COULD_DO.has(words[i + 2] ?? '');
  const from = writer ? i + 3 : i + 2;
  const activity = words[from] ?? '';
  if ((!writer && words[i + 1] !== 'to') || HELPING.has(activity) || WORKING_TOGETHER.has(activity)) return undefined;
  const end = words.slice(from, from + 1 + (writer ? COMPANION_GAP : COMPANY_GAP)).indexOf('with');
  if (end <= 0 || clauses[from + end] !== clauses[i]) return undefined;
  // "someone I can trust with my accounts": "with" before what is handed over, not the company kept.
  if (writer && ENTRUSTED_BEFORE.has(words[from + end + 1] ?? '')) return undefined;
  return words.slice(i, from + end + 1).join(' ');
}

/**
 * Words that say the visitor does not want what follows: "not looking for a
 * job", "don't need investors", "instead of friends". A goal counts as
 * unwanted only when one of these comes shortly before it in the same clause
 * and is followed by a word of wanting ({@link DESIRE_WORDS}) or directly by
 * the goal, so "I have no contacts here" still asks for contacts.
 */
const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'nor', 'dont', 'doesnt', 'didnt', 'wont', 't']);
/**
 * Negators written before the verb they negate ("no busco trabajo", "não procuro emprego", "non cerco lavoro", "je ne
 * cherche pas", "no longer looking"): they negate a goal only when a word of wanting is among the next two words, so
 * "no tengo amigos" (a lack) still asks for friends and "non-profit" is no negation.
 */
const NEGATORS_BEFORE_VERB: ReadonlySet<string> = new Set([
  ...['no', 'nao', 'non', 'ne', 'nunca', 'jamais', 'nem', 'لا'],
  // Spoken Arabic "not": Levantine and Egyptian مش, Gulf and Iraqi مو ("مش محتاج زباين", not needing customers).
  ...['مش', 'مو'],
  ...MORE_NEGATORS_BEFORE_VERB,
  ...FURTHER_NEGATORS_BEFORE_VERB,
]);
/** Negators of a word of wanting right after them only, and of a goal right after them ("nie", "bukan"). */
const RIGHT_BEFORE_VERB: ReadonlySet<string> = new Set(NEGATORS_RIGHT_BEFORE_VERB);
const RIGHT_BEFORE_GOAL: ReadonlySet<string> = new Set(NEGATORS_RIGHT_BEFORE_GOAL);
/**
 * Negators written after the verb of wanting ("ich suche keinen Job", "ik zoek geen werk", "brauche ich nicht"): they
 * negate what follows only right after such a verb, so "ich habe keine Freunde" (a lack) still asks for friends.
 */
const NEGATORS_AFTER_VERB: ReadonlySet<string> = new Set([
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'keinem',
  'niet',
  'geen',
  'pas',
  // Swedish, Norwegian, Danish and Afrikaans ("jag söker inte jobb", "jeg trenger ikke investorer", "ek soek nie werk nie").
  ...MORE_NEGATORS_AFTER_VERB,
]);
/** Subject pronouns that may stand between a verb of wanting and its negator: "brauche ich keinen Klempner". */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'ich',
  'wir',
  'ik',
  'wij',
  'je',
  'nous',
  ...MORE_SUBJECT_PRONOUNS,
]);
/** Most words between a negator written after the verb and the goal: "suche keinen neuen Job". */
const AFTER_VERB_REACH = 2;
/** Words that negate whatever follows directly, wanting or not: "instead of", "rather than", "other than". */
const NEGATING_PAIRS: readonly (readonly [string, string])[] = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['other', 'than'],
  ['except', 'for'],
  // "apart from his colleagues we know no one": the people the writer already has.
  ['apart', 'from'],
];
const DESIRE_WORDS: ReadonlySet<string> = new Set([
  'want',
  'wanting',
  'need',
  'needing',
  'looking',
  'interested',
  'seeking',
  'after',
  'into',
  'trying',
  'care',
  'like',
  'mean',
  'searching',
  'hoping',
  // The same in the other languages read: Spanish, French, German, Portuguese, Italian, Dutch. Not German "will",
  // which is also English ("not sure I will find friends").
  ...['busco', 'buscando', 'buscamos', 'quiero', 'queremos', 'necesito', 'necesitamos'],
  ...['cherche', 'cherchons', 'veux', 'voulons', 'besoin'],
  ...['suche', 'suchen', 'brauche', 'brauchen', 'mochte', 'mochten'],
  ...['procuro', 'procurando', 'procuramos', 'quero', 'queremos', 'preciso', 'precisamos'],
  ...['cerco', 'cercando', 'cerchiamo', 'voglio', 'vogliamo', 'bisogno'],
  ...['zoek', 'zoeken', 'wil', 'willen'],
  // Being interested, as "interested" is: "no me interesa el networking", "non mi interessano i contatti".
  ...['interesa', 'interesan', 'interessa', 'interessano', 'interessam'],
  // Arabic, folded as the text is (أ to ا): "I/we look for", "I/we want", "I/we need".
  ...['أبحث', 'نبحث', 'أريد', 'نريد', 'أحتاج', 'نحتاج'].map(foldWords),
  // Levantine "I/we want" (بدي, بدنا), Gulf "I/we want" (أبغى, نبغى), and "needing" (محتاج, محتاجة). Not Gulf أبي,
  // which is also "my father".
  ...['بدي', 'بدنا', 'أبغى', 'نبغى', 'محتاج', 'محتاجة'].map(foldWords),
  // Indonesian and Polish (`lexicon-turkish-indonesian-polish.ts`).
  ...MORE_LANGUAGES.flatMap((language) => language.wanting.map(foldWords)),
]);
/** Words of wanting before a way of working ("want to work from home"): then it is asked for, online. */
const WISHING: ReadonlySet<string> = new Set([...DESIRE_WORDS, 'would', 'prefer', 'find', 'finding']);
/** How far back a word of wanting reaches. */
const WISH_REACH = 8;
/** Subjects right before a way of working that make it a statement: "I work from home", "we work remotely". */
const STATING: ReadonlySet<string> = new Set(['i', 'we', 'm', 'im', 'am', 'currently', 'already', 'now', 'also']);

/** Negators that negate the word right after them, with no word of wanting between: "not friends". */
const NOT_DIRECTLY: ReadonlySet<string> = new Set(['not', 'nor']);
/** "can not find": not a negation of the goal. */
const CAN: ReadonlySet<string> = new Set(['can', 'could']);
/** How far back (in words) a negation reaches. */
const NEGATION_REACH = 4;
/** How far "without" reaches: "without using online networks". */
const WITHOUT_REACH = 2;
/** "not just friends": a negation followed by one of these adds rather than removes. */
const NOT_ONLY: ReadonlySet<string> = new Set([
  'just',
  'only',
  'merely',
  'simply',
  // The same in the other languages read ("nicht nur", "no solo", "pas seulement", "não apenas", "non solo"); not
  // Portuguese "só", which folds to English "so" ("not so interested in friends" still negates).
  ...['nur', 'solo', 'solamente', 'seulement', 'uniquement', 'somente', 'apenas', 'soltanto', 'alleen'],
  ...MORE_NOT_ONLY,
  // Romanian, Greek, Swedish, Norwegian, Danish, Czech, Ukrainian and Hebrew ("nu doar", "inte bara", "не тільки").
  ...[...FIVE_LANGUAGES_ONLY, ...SEVEN_LANGUAGES_ONLY].map(foldWords),
]);

/**
 * Words before "job" that make it the job the visitor already has ("talk
 * about the job", "my job is stressful"): not a job search, unless a word of
 * leaving comes first ("quit my job", "lost my job").
 */
const CURRENT_JOB: ReadonlySet<string> = new Set([
  'the',
  'my',
  'our',
  'his',
  'her',
  'their',
  'this',
  'that',
  'current',
  'day',
  'same',
  // A job someone had: "my old jobs", "a former job".
  'old',
  'former',
  'previous',
  'past',
  'last',
]);
const LEAVING_JOB: ReadonlySet<string> = new Set([
  'change',
  'changing',
  'leave',
  'leaving',
  'quit',
  'quitting',
  'lost',
  'lose',
  'losing',
  'replace',
  'hate',
  'switch',
  'switching',
]);
/**
 * Words right before "a (new) job" that make it a job the visitor already has: "I just started a new job",
 * "got a new job in Leeds", "have a new job with lots of presentations". They want something else there.
 */
const JOB_HELD: ReadonlySet<string> = new Set([
  'started',
  'starting',
  'got',
  'have',
  'took',
  'accepted',
  'landed',
  'began',
]);
/** Words after "a job" that make it a step of a search, not a job held: "I have a job interview". */
const JOB_STEPS: ReadonlySet<string> = new Set(['interview', 'interviews']);
/** Words skipped between a verb and its job: "started a new job", "have a remote job", "a stable full time job". */
const JOB_ARTICLES: ReadonlySet<string> = new Set([
  'a',
  'an',
  'new',
  'remote',
  'full',
  'part',
  'time',
  'stable',
  'steady',
  'permanent',
  'good',
  'decent',
  'day',
]);
/** Units of time before "into" a job: "1 year into my first UX job", "six months into the job". */
const TIME_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks']);
/** Words after a job that make it a search: "three months into my job search". */
const JOB_SEARCH_AFTER: ReadonlySet<string> = new Set(['search', 'hunt', 'hunting', 'seeking', 'applications']);
/** Most words between "into" and the job: "into my first UX job". */
const INTO_GAP = 3;
/**
 * Whether the job at `i` is one the writer is some time into ("1 year into my first UX job"): "into" after a unit of
 * time shortly before it, in its clause, and no word of a search after it ("months into my job search").
 */
function jobIntoAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  if (JOB_SEARCH_AFTER.has(words[i + n] ?? '')) return false;
  for (let k = i - 1; k >= Math.max(1, i - INTO_GAP - 1) && clauses[k] === clauses[i]; k--)
    if (words[k] === 'into') return TIME_UNITS.has(words[k - 1]!);
  // "APM, 8 months in, first PM job after …": the time in said just before the job's clause, which opens with the job
  // (over a few words, none of seeking or wanting: "3 months in, looking for a job" still seeks one).
  let start = i;
  while (start > 0 && clauses[start - 1] === clauses[i] && i - start < INTO_GAP) start--;
  if (start === 0 || clauses[start - 1] === clauses[i]) return false;
  if (words.slice(start, i).some((w) => WISHING.has(w) || SEEK_WORDS.has(w) || NEGATORS.has(w))) return false;
  return words[start - 1] === 'in' && TIME_UNITS.has(words[start - 2] ?? '');
}

/** Job words that, after "more" or before "from", mean work from clients: "more jobs from homeowners". */
const WORK_WORDS: ReadonlySet<string> = new Set(['job', 'jobs', 'gig', 'gigs', 'work', 'projects', 'commissions']);

/**
 * Hiring words that mean employing someone; every other hiring word ("a job",
 * "find work") means looking for work, which makes the visitor a professional
 * when nothing else says who they are.
 */
const EMPLOYING_WORDS: ReadonlySet<string> = new Set([
  'hire',
  'hiring',
  'recruit',
  'recruiting',
  'recruitment',
  'staff',
  'staffing',
  'employees',
  'talent',
  'candidates',
  'freelancers',
  ...GERMAN_EMPLOYING_WORDS.map(foldWords),
  ...SPANISH_EMPLOYING_WORDS.map(foldWords),
  ...FRENCH_EMPLOYING_WORDS.map(foldWords),
  // "necesito contratar un mesero": read by {@link personHiredAt} only, with a person hired.
  'contratar un',
  'contratar una',
  'contratar um',
  'contratar uma',
  ...MORE_LANGUAGES.flatMap((language) => language.employing.map(foldWords)),
]);

/**
 * Spanish and Portuguese words of needing or seeking right before "contratar": "necesito contratar", "buscamos
 * contratar", "preciso contratar".
 */
const NEED_TO_HIRE: ReadonlySet<string> = new Set([
  ...['necesito', 'necesitamos', 'busco', 'buscamos', 'buscando', 'quiero', 'queremos', 'quisiera', 'debo'],
  ...['preciso', 'precisamos', 'procuro', 'procuramos', 'quero', 'queremos', 'gostaria'],
]);
/**
 * Endings of Spanish and Portuguese nouns for a person by their work: -ero/-era (mesero, niñera, cocinero), -eiro/-eira
 * (pedreiro, cozinheira), -ista (electricista, recepcionista), -or/-ora (contador, diseñadora, desenvolvedor),
 * -ante/-ente (ayudante, asistente). "Un seguro", "un plan", "una
 * agencia" end otherwise: a service or a firm taken on, not a person.
 */
const PERSON_ENDING = /^\p{L}{3,}(?:er[oa]|eir[oa]|ist[ao]|or|ora|ante|ente|enta)$/u;

/**
 * The words of a Spanish or Portuguese employer hiring one person ("necesito contratar un mesero", "busco contratar una
 * niñera", "preciso contratar um pedreiro"): a word of needing or seeking right before "contratar un(a)" or "um(a)", followed by a person named by their work (a word of a
 * field, or a noun of {@link PERSON_ENDING}); or undefined. Bare "contratar" takes out services too ("contratar un
 * seguro"), so it is read only so.
 */
function personHiredAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (words[i] !== 'contratar' || !['un', 'una', 'um', 'uma'].includes(words[i + 1] ?? '')) return undefined;
  if (!NEED_TO_HIRE.has(words[i - 1] ?? '') || clauses[i - 1] !== clauses[i]) return undefined;
  const person = words[i + 2] ?? '';
  if (clauses[i + 2] !== clauses[i]) return undefined;
  const named = (PHRASES.get(person) ?? []).some((e) => e.kind === 'field') || PERSON_ENDING.test(person);
  return named ? `contratar ${words[i + 1]}` : undefined;
}

/**
 * Hiring words that name people ("hotel staff", "nursing staff"): right after a profession they say who the
 * visitor is, not whom to hire, unless the clause asks for them ({@link ASKING_FOR}: "need hotel staff").
 */
const STAFF_WORDS: ReadonlySet<string> = new Set(['staff', 'employees', 'candidates', 'talent']);
/** Verbs that, right after a staff word, make the staff the ones doing it: "employees find their peers". */
const STAFF_DOING: ReadonlySet<string> = new Set([
  'find',
  'finding',
  'look',
  'looking',
  'seek',
  'seeking',
  'meet',
  'share',
]);
const ASKING_FOR: ReadonlySet<string> = new Set([
  ...EMPLOYING_WORDS,
  'need',
  'needs',
  'needed',
  'find',
  'finding',
  'looking',
  'seeking',
  'want',
  'wanted',
  'short',
  'shortage',
  'attract',
  'retain',
]);

/** Who employs: "want studios to notice my portfolio", "recruiters to find me" is looking for work. */
const EMPLOYERS: ReadonlySet<string> = new Set([
  'employers',
  'employer',
  'companies',
  'studios',
  'recruiters',
  'headhunters',
  'agencies',
  'firms',
  'hiring managers',
]);
/** Being noticed by employers: the words after {@link EMPLOYERS} that ask for work. */
const NOTICE_WORDS: ReadonlySet<string> = new Set([
  'notice',
  'see',
  'find',
  'discover',
  'hire',
  'contact',
  'approach',
  'headhunt',
]);
/** Most words between an employer and "notice": "studios to notice". */
const NOTICE_GAP = 2;

/** "meet experienced landlords", "connect with local bankers": meeting people of a field is wanting contacts. */
const MEETING_WORDS: ReadonlySet<string> = new Set(['meet', 'meeting', 'connect', 'connecting']);
/** How far back from a profession a word of meeting reaches. */
const MEETING_REACH = 3;

/**
 * Words that end a clause: a negation or a "who with" does not reach past them. With the stops and commas of
 * Japanese and Chinese (。、 and the full-width forms), of Arabic (، ؛ ؟) and of Ethiopic (። ፣ ፤ ፥ ፦ ፧ ፨; not ፡, which
 * parts words).
 */
const CLAUSE_END = /[.,;:!?()\u2014\u2013。、，；：！？،؛؟\u1362-\u1368]|\s-\s/;

/** Audiences of people at work: with one of them, "keep in touch" is about contacts, not friends. */
const WORK_AUDIENCES: ReadonlySet<Audience> = new Set([
  'freelancers',
  'small-business',
  'startups',
  'professionals',
  'enterprises',
  'investors',
]);

/** What a freelancer calls clients ("clients", "projects", "gigs"): for them, finding freelance work. */
function isClientWord(phrase: string): boolean {
  return !phrase.includes('referral');
}

/**
 * Professions whose clients come by introduction from other professionals (a lawyer's from another lawyer or an
 * accountant, a clinician's from a referring doctor, an adviser's from a client's other advisers): for them clients
 * wanted are referrals, as the referral networks built for them say. Not sellers to the public (a shop, a trade, a
 * studio), who reach their customers by promotion.
 */
const REFERRED_FIELDS: ReadonlySet<Field> = new Set([
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
function referringIn(words: readonly string[], clauses: readonly number[]): boolean {
  return words.some(
    (w, i) =>
      REFERRING_STEMS.some((s) => w.startsWith(s)) ||
      w === 'passarci' ||
      (w === 'passer' && words[i - 1] === 'se') ||
      (PASSING.has(w) && passedBetweenAt(words, clauses, i)),
  );
}

/** Customers wanted, not referrals asked for: "more customers", "leads", but not "referrals" or "refer clients". */
function isCustomerWord(phrase: string): boolean {
  return !/refer|send me/.test(phrase);
}

type Kind =
  | 'goal'
  | 'field'
  | 'country'
  | 'worldwide'
  | 'audience'
  | 'inPerson'
  | 'budget'
  | 'time'
  | 'moved'
  | 'place'
  /** A place to talk with peers ("forum"): ideas with peers when the text names no goal. */
  | 'talkPlace'
  /** A reason ("give back"): meeting people nearby when the text names no goal ({@link GIVING_BACK_WORDS}). */
  | 'motive'
  /** Words that say nothing the quiz asks, read so their parts do not count ("at school" is not teaching). */
  | 'none'
  /** A wish no goal covers ({@link NOT_COVERED_WORDS}). */
  | 'notCovered'
  /** How someone works ("I work from home"): online only when they say they want it ("want to work remotely"). */
  | 'workSetting';
interface Entry {
  kind: Kind;
  value: string;
  /** A vague goal word: it counts after the specific ones. */
  weak?: boolean;
  /** A goal from the reader's everyday goal words: it stays a goal even where it also names who someone is. */
  explicit?: boolean;
  /** The singular of a plural goal word ("contact" of "contacts"): a goal only after an article, "a new contact". */
  singular?: boolean;
}

/** The word of meeting shortly before `i` in its clause ("meet … nurses", "connect with founders"), or undefined. */
function meetingBefore(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  const from = Math.max(0, i - MEETING_REACH);
  const k = words.slice(from, i).findIndex((w, j) => MEETING_WORDS.has(w) && clauses[from + j] === clauses[i]);
  return k >= 0 ? words[from + k] : undefined;
}

/** Nouns for someone's spouse: a field word before them is the partner's field ("a military spouse"). */
const SPOUSES: ReadonlySet<string> = new Set(['spouse', 'spouses', 'wife', 'wives', 'husband', 'husbands']);

/** Words for a kind of work, between a verb of looking and "work": "part-time work", "remote work", "flexible work". */
const WORK_KINDS: ReadonlySet<string> = new Set([
  'remote',
  'part',
  'full',
  'time',
  'temp',
  'temporary',
  'contract',
  'seasonal',
  'weekend',
  'evening',
  'casual',
  'flexible',
  'paid',
  'online',
  'local',
  'steady',
]);
/** Verbs right before a kind of work that seek it: "find flexible work", "need remote work". */
const SEEKING_WORK: ReadonlySet<string> = new Set(['find', 'finding', 'need', 'seeking', 'get', 'getting']);
/** Most words for a kind of work before "work": "part time", "flexible remote". */
const WORK_KINDS_REACH = 2;

/**
 * The words of a kind of work sought ending at the "work" at `i` ("looking for part-time work", "find flexible
 * work", "need remote work"), or undefined: "work" alone is as often work someone has, so only a kind of work after
 * a verb of looking or needing counts ("I do remote work" tells how they work).
 */
function kindOfWorkSoughtAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (words[i] !== 'work') return undefined;
  // The first word before the kinds of work (at most WORK_KINDS_REACH of them), in the clause.
  const k = lookBack(words, clauses, i, WORK_KINDS_REACH + 1, (w, at) =>
    WORK_KINDS.has(w) && i - at <= WORK_KINDS_REACH ? undefined : at,
  );
  if (k === undefined || k === i - 1) return undefined;
  const verb = words[k] === 'for' && SEEK_WORDS.has(words[k - 1] ?? '') ? k - 1 : SEEKING_WORK.has(words[k]!) ? k : -1;
  return verb < 0 || clauses[verb] !== clauses[i] ? undefined : words.slice(verb, i + 1).join(' ');
}

/** Verbs of posting before a job ("post a job ad", "advertise a job"): someone employing. */
const POSTING: ReadonlySet<string> = new Set([
  'post',
  'posting',
  'place',
  'placing',
  'advertise',
  'advertising',
  'list',
]);
/** Words between a verb of posting and the job: "post a new job ad", "post our job". */
const POSTED_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'new', 'our', 'my', 'some']);
/** Turkish verbs of giving or publishing after a job ad, as the reader folds them: "iş ilanı vermek", "yayınlamak". */
const POSTING_AFTER: readonly string[] = ['ver', 'yayinla', 'yayinli'];

/**
 * Whether the job words at `i` (`n` words) are a job posted ("post a job ad", "advertise a job", Turkish "iş ilanı
 * vermek", "iş ilanı yayınlamak"): a verb of posting before them over articles, or a Turkish verb of giving or
 * publishing right after.
 */
function jobPostedAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  const after = words[i + n];
  if (after !== undefined && clauses[i + n] === clauses[i] && POSTING_AFTER.some((v) => after.startsWith(v)))
    return true;
  const posted = (w: string) => (POSTING.has(w) ? true : POSTED_FILLERS.has(w) ? undefined : false);
  return lookBack(words, clauses, i, 3, posted) === true;
}

/** Polish work, a job ("praca", "pracy", "pracę"), as the reader folds them. */
const POLISH_WORK: ReadonlySet<string> = new Set(['praca', 'pracy', 'prace']);
/** Polish words in a clause that seek work: looking for, finding, needing, changing, a new one. */
const POLISH_SEEKING: ReadonlySet<string> = new Set(
  [
    'szukam',
    'szukamy',
    'szukać',
    'szuka',
    'poszukuję',
    'poszukiwaniu',
    'znaleźć',
    'znajdę',
    'potrzebuję',
    'potrzebujemy',
    'zmieniam',
    'zmienić',
    'zmiana',
    'nowej',
    'nową',
  ].map(foldWords),
);

/** Whether the Polish work at `i` is sought: a word of {@link POLISH_SEEKING} in its clause, or a query's few words. */
function polishWorkSoughtAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return words.length <= QUERY_LENGTH || words.some((w, k) => clauses[k] === clauses[i] && POLISH_SEEKING.has(w));
}

/** Colleagues, whom someone working alone misses. */
const COLLEAGUES: ReadonlySet<string> = new Set(['colleagues', 'colleague']);
/** Words shortly before colleagues that say they are missed: "no colleagues", "miss having colleagues". */
const MISSING: ReadonlySet<string> = new Set([
  'no',
  'miss',
  'missing',
  'misses',
  'missed',
  'without',
  'lack',
  'lacking',
]);

/** Whether the colleagues at `i` are missed ({@link MISSING} within three words before, in the clause). */
function colleaguesMissedAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return setBefore(words, clauses, i, 3, MISSING);
}

/** Verbs of knowing people, in the languages read: "don't know anyone", "kenne niemanden", "conozco a nadie". */
const KNOWING: readonly string[] = ['know', 'connais', 'conozco', 'conocia', 'kenne', 'conheco', 'conosco'];
/** Words that name one's work: "who does data work", "in my field", "in the industry". */
const WORK_NAMES: ReadonlySet<string> = new Set([
  'work',
  'job',
  'career',
  'field',
  'industry',
  'profession',
  'trade',
  'office',
  'colleagues',
  'coworkers',
  'branche',
  'sector',
  'secteur',
  'setor',
  'settore',
  // One's trade or scene, as French, Spanish, Portuguese and German say it: "dans le milieu", "del rubro", "do ramo",
  // "in der Szene".
  'milieu',
  'rubro',
  'gremio',
  'ramo',
  'szene',
  'bereich',
]);

/** Words that set people apart from what follows: "anyone outside work", "nobody besides my colleagues". */
const APART_FROM: ReadonlySet<string> = new Set(['outside', 'besides', 'beyond', 'except', 'apart', 'aside']);

/**
 * Whether the rest of the clause from word `i` names work ({@link WORK_NAMES}) or a profession, said of the people
 * before it: "anyone else who does data work", "anyone in my field"; not "I'm a nurse … and know nobody here".
 */
function workAfter(words: readonly string[], clauses: readonly number[], i: number): boolean {
  for (let k = i; k < words.length && clauses[k] === clauses[i - 1]; k++) {
    // "anyone outside the office": people apart from work are not of it.
    if (APART_FROM.has(words[k]!)) return false;
    if (WORK_NAMES.has(words[k]!) || PHRASES.get(words[k]!)?.some((e) => e.kind === 'field') === true) return true;
  }
  return false;
}

/** Most words between recruiters and "find me", or between a verb of seeking and them. */
const HIRERS_REACH = 6;

/**
 * Whether the recruiters at `i` (`n` words) are sought ("looking for headhunters") or find the writer ("so recruiters
 * in the UAE find me"): in their clause, a verb of seeking shortly before, or a verb of noticing and "me" after.
 */
function hirersSoughtAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  if (setBefore(words, clauses, i, 3, SEEK_WORDS)) return true;
  for (let k = i + n; k < Math.min(words.length, i + n + HIRERS_REACH) && clauses[k] === clauses[i]; k++)
    if (NOTICE_WORDS.has(words[k]!) && ME.has(words[k + 1] ?? '')) return true;
  return false;
}

/** Fields whose people hire others for employers: named as people met or sought, they are no trade of the writer. */
const HIRERS_FIELDS: ReadonlySet<Field> = new Set(['hr-recruiting']);

/** Fields that are a role at work rather than a trade: a word that is also an audience names the audience only. */
const ROLE_FIELDS: ReadonlySet<Field> = new Set(['executives']);

/**
 * Vague words for meeting people ("meet people", "kennenlernen"): among
 * people at work they ask for contacts; where nothing in the text is about
 * work they ask for friends.
 */
const MEET_PEOPLE: ReadonlySet<string> = new Set(
  [...MEET_PEOPLE_WORDS, ...MORE_MEET_PEOPLE_WORDS, ...FURTHER_MEET_PEOPLE_WORDS].map(foldWords),
);
/** Goals about work: beside one of them, meeting people stays networking. */
const WORK_GOALS: ReadonlySet<Purpose> = new Set(['contacts', 'referrals', 'investors', 'hiring']);

/**
 * Fields whose people, when they win customers, run a business of their own that sells to the public: the trades (a
 * plumber, a roofer), wedding and event vendors (a photographer, a planner, a florist), fitness and wellness (a
 * personal trainer, a yoga teacher) and beauty (a hairdresser, a barber, a nail technician). Not fields whose people
 * mostly sell to firms (design, software, writing: freelancers) or are mostly employed (nursing, teaching).
 */
const TRADING_FIELDS: ReadonlySet<Field> = new Set(['trades', 'events-weddings', 'fitness-wellness', 'beauty']);

/**
 * Fields whose people, when they look for backers or an audience for their own work, publish for one: creators (a band
 * funding an album, a novelist, a game maker). Not design or photography, whose people mostly sell a service to clients.
 */
const CREATOR_FIELDS: ReadonlySet<Field> = new Set(['music', 'writing', 'gaming']);
/** Verbs of being in a group before "in a": "we play in a band", "I sing in a choir". */
const MEMBER_VERBS: ReadonlySet<string> = new Set(['play', 'sing', 'am', 'm', 're', 'are', 'perform']);

/**
 * Words before a field word that make it the writers' own, at most {@link OWN_ART_REACH} words before (an article and
 * an adjective between: "we are a small band", "wir sind eine kleine Band", "unsere neue Band"): "we are" and "my",
 * "our" in the languages read. One writer's "I am" is among the self markers ({@link selfMarkerBefore}).
 */
const OWN_ART_MARKERS: readonly string[] = [
  ...['we are', 'we re', 'wir sind', 'somos', 'nous sommes', 'siamo', 'my', 'our'],
  ...['mein', 'meine', 'meinen', 'meiner', 'unser', 'unsere', 'unseren', 'unserer'],
  ...['mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'mon', 'notre'],
  ...['meu', 'minha', 'nosso', 'nossa', 'mio', 'mia', 'nostro', 'nostra'],
];
const OWN_ART_REACH = 2;

/**
 * Whether the field word at `i` is the writer's own (after "my"/"our", "we are", "I'm a", or "we play in a"): "our
 * band", "we are a small band", "I'm a musician", "we play in a band".
 */
function ownArtAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  if (selfMarkerBefore(words, clauses, i)) return true;
  for (let at = i; at >= i - OWN_ART_REACH && at > 0 && clauses[at] === clauses[i]; at--)
    if (markerBefore(words, clauses, at, OWN_ART_MARKERS) !== undefined) return true;
  const at = ARTICLES.has(words[i - 1] ?? '') && clauses[i - 1] === clauses[i] ? i - 1 : i;
  return words[at - 1] === 'in' && MEMBER_VERBS.has(words[at - 2] ?? '') && clauses[at - 2] === clauses[i];
}

/** Investors as people: beside an investor writing, their peers. */
const LANGUAGE_NAME: ReadonlySet<string> = new Set(LANGUAGE_NAMES);
const LANGUAGE_AFTER: ReadonlySet<string> = new Set(LANGUAGE_USE_AFTER);
const LANGUAGE_BEFORE: ReadonlySet<string> = new Set(LANGUAGE_USE_BEFORE);
const INVESTOR_PEOPLE: ReadonlySet<string> = new Set(INVESTOR_PEOPLE_WORDS.map(foldWords));

/** "looking for someone", "find somebody": beside a founder and no other goal, a partner (a co-founder). */
const SEEK_WORDS: ReadonlySet<string> = new Set(['look', 'looking', 'find', 'finding', 'seek', 'seeking', 'search']);
const SOMEONE: ReadonlySet<string> = new Set(['someone', 'somebody']);

/** Shorter words ("a", "my", "of") only hold a phrase together. */
const MIN_CONTENT_LENGTH = 4;
/** Words before a noun that make it the writer's own: in "my bakery" the bakery is what the phrase says. */
const OWNING: ReadonlySet<string> = new Set(['my', 'our']);

/**
 * The field (or audience) a shorter run of `words` names, longest run first
 * ("real estate" in "real estate investor", "freelance" in "freelance
 * writer"), unless that run is also the other kind.
 */
function within(
  kind: 'field' | 'audience',
  words: readonly string[],
  phrases: ReadonlyMap<string, readonly Entry[]>,
): Entry | undefined {
  const other = kind === 'field' ? 'audience' : 'field';
  for (let n = words.length - 1; n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      // The rest must say something too: in "running a" (business) "running" is a verb, not the sport. A run that
      // ends the phrase after only "my" or "our" is the thing owned: "my bakery" is a business and a bakery.
      const owned = i > 0 && i + n === words.length && words.slice(0, i).every((w) => OWNING.has(w));
      if (!owned && !words.some((w, k) => (k < i || k >= i + n) && w.length >= MIN_CONTENT_LENGTH)) continue;
      const entries = phrases.get(words.slice(i, i + n).join(' ')) ?? [];
      // A word that is both ("founder" in "co-founder": who someone is and a field) says nothing more.
      const found = entries.some((e) => e.kind === other) ? undefined : entries.find((e) => e.kind === kind);
      if (found !== undefined) return found;
    }
  return undefined;
}

/**
 * A folded phrase with its last English word in the other number: "friendship" and "friendships", "penpal" and
 * "penpals", "business contacts" and "business contact". Short words, words not in plain letters, "-ing" forms,
 * words whose "s" is no plural ("business", "focus", "basis") and the singular of a lone word have none.
 */
function otherNumber(phrase: string): string[] {
  const words = phrase.split(' ');
  const last = words.at(-1)!;
  if (last.length < MIN_CONTENT_LENGTH || !/^[a-z]+$/.test(last) || last.endsWith('ing')) return [];
  const head = words.slice(0, -1);
  if (!last.endsWith('s')) return withPlural(phrase).filter((p) => p !== phrase);
  if (/(?:ss|us|is)$/.test(last)) return [];
  // A lone word's singular may be another word or an idiom: "on a mission" (of French "missions"), "no idea".
  if (head.length === 0) return [];
  // "parties" is "party", but a short "-ies" is no plural of a "-y" word: "amies" (French friends) is not "amy".
  const singular = last.endsWith('ies') && last.length >= 7 ? `${last.slice(0, -3)}y` : last.slice(0, -1);
  return [[...head, singular].join(' ')];
}

/**
 * Every phrase the reader knows, folded, with everything it means: "co-founder"
 * is both a goal (contacts) and an audience (startups). A phrase has at most
 * one meaning of each kind; the first one listed wins.
 */
const PHRASES: ReadonlyMap<string, readonly Entry[]> = (() => {
  const phrases = new Map<string, Entry[]>();
  const put = (phrase: string, entry: Entry) => {
    const folded = foldWords(phrase);
    if (folded === '') return;
    const entries = phrases.get(folded) ?? [];
    if (!entries.some((e) => e.kind === entry.kind)) entries.push(entry);
    phrases.set(folded, entries);
  };
  const each = <K extends string>(
    table: Readonly<Partial<Record<K, readonly string[]>>>,
    kind: Kind,
    flags: Pick<Entry, 'weak' | 'explicit'> = {},
  ) => {
    for (const [value, words] of Object.entries(table) as [K, readonly string[]][])
      for (const w of words) put(w, { kind, value, ...flags });
  };
  each(TIME_WORDS, 'time');
  each(IN_PERSON_WORDS, 'inPerson');
  each(BUDGET_WORDS, 'budget');
  each(AUDIENCE_WORDS, 'audience');
  each(MORE_AUDIENCE_WORDS, 'audience');
  each(SPOKEN_AUDIENCE_WORDS, 'audience');
  for (const [key, field] of FIELDS)
    for (const w of [field.label, ...field.synonyms, ...(FIELD_WORDS[key] ?? [])])
      for (const p of withPlural(foldWords(w))) put(p, { kind: 'field', value: key });
  // Professions in their other German and Polish cases ("mit anderen Lehrern", "innych lekarzy"), where the form is
  // no phrase already.
  const caseForms: [string, Field][] = [
    ...[...phrases].flatMap(([p, entries]) =>
      entries
        .filter((e) => e.kind === 'field')
        .flatMap((e) => germanCaseForms(p).map((f): [string, Field] => [f, e.value as Field])),
    ),
    ...POLISH_PROFESSION_FORMS,
  ];
  for (const [form, key] of caseForms) if (!phrases.has(form)) put(form, { kind: 'field', value: key });
  for (const w of RELOCATION_WORDS) put(w, { kind: 'moved', value: 'local' });
  each(NOT_COVERED_WORDS, 'notCovered');
  for (const w of PLACE_WORDS) put(w, { kind: 'place', value: 'peer-ideas' });
  for (const w of WORLDWIDE_WORDS) put(w, { kind: 'worldwide', value: 'global' });
  for (const [phrase, code] of COUNTRY_PHRASES) put(phrase, { kind: 'country', value: code });
  each(WEAK_GOAL_WORDS, 'goal', { weak: true, explicit: true });
  each(GOAL_WORDS, 'goal', { explicit: true });
  each(SCRIPT_WEAK_GOAL_WORDS, 'goal', { weak: true, explicit: true });
  each(SCRIPT_GOAL_WORDS, 'goal', { explicit: true });
  for (const w of SCRIPT_DATING_WORDS) put(w, { kind: 'notCovered', value: 'dating' });
  for (const purpose of keysOf(PURPOSES))
    for (const w of [PURPOSES.get(purpose)!.label, ...PURPOSE_KEYWORDS[purpose]])
      put(w, { kind: 'goal', value: purpose });
  // A goal word in the number its list does not give ("an introduction", "one business contact", "a new
  // employee"): the same goal, unless the other form is already a phrase of its own.
  // Vague words stay in the form listed: "a question", "no idea" are not their plurals.
  for (const [phrase, entries] of [...phrases]) {
    const goal = entries.find((e) => e.kind === 'goal');
    if (goal === undefined || goal.weak === true) continue;
    for (const variant of otherNumber(phrase))
      if (!phrases.has(variant))
        phrases.set(variant, [variant.length < phrase.length ? { ...goal, singular: true } : goal]);
  }
  // Settings and professions are not goals, even where a goal list repeats them ("free" time, a "marketing" agency);
  // nor is who someone is ("freelancers" is an audience, not hiring), unless the everyday goal words say so ("co-founder").
  for (const [phrase, entries] of phrases) {
    const setting = entries.some((e) => e.kind === 'time' || e.kind === 'budget' || e.kind === 'field');
    const who = entries.some((e) => e.kind === 'audience');
    if (setting || who)
      phrases.set(
        phrase,
        entries.filter((e) => e.kind !== 'goal' || (!setting && e.explicit === true)),
      );
  }
  // A role that is also who someone is ("founder", "business owner") is read as who they are: the audience says it.
  for (const [phrase, entries] of phrases)
    if (entries.some((e) => e.kind === 'audience'))
      phrases.set(
        phrase,
        entries.filter((e) => e.kind !== 'field' || !ROLE_FIELDS.has(e.value as Field)),
      );
  // Who someone is may name their profession too (a "real estate investor" works in real estate), and a
  // profession who someone is (a "freelance writer" is a freelancer).
  for (const [phrase, entries] of phrases) {
    const has = (kind: Kind) => entries.some((e) => e.kind === kind);
    const words = phrase.split(' ');
    const found =
      has('audience') && !has('field')
        ? within('field', words, phrases)
        : has('field') && !has('audience')
          ? within('audience', words, phrases)
          : undefined;
    if (found !== undefined) entries.push(found);
  }
  // School days, questions to the readers, remote workers and the kind of site everyone means ("social networks")
  // mean nothing else, and how someone works only that,
  // whatever a list says.
  for (const w of [
    ...SCHOOL_DAYS_WORDS,
    ...ASKING_READERS_WORDS,
    ...REMOTE_WORKER_WORDS,
    ...SITE_KIND_WORDS,
    ...ROLE_WITHOUT_FIELD_WORDS,
  ])
    phrases.set(foldWords(w), [{ kind: 'none', value: '' }]);
  for (const w of WORK_SETTING_WORDS) phrases.set(foldWords(w), [{ kind: 'workSetting', value: 'online' }]);
  for (const w of PEER_TALK_PLACE_WORDS) phrases.set(foldWords(w), [{ kind: 'talkPlace', value: 'peer-ideas' }]);
  for (const w of GIVING_BACK_WORDS) phrases.set(foldWords(w), [{ kind: 'motive', value: 'local' }]);
  // Volunteering keeps its field (nonprofit) beside the motive.
  for (const w of VOLUNTEERING_WORDS) put(w, { kind: 'motive', value: 'local' });
  return phrases;
})();
const LONGEST = Math.max(...[...PHRASES.keys()].map((p) => p.split(' ').length));

const FROM: ReadonlySet<string> = new Set(FROM_WORDS);
const TO: ReadonlySet<string> = new Set(TO_WORDS);

/** Whether a country or city the lexicon knows starts at word `at`. */
function countryAt(words: readonly string[], at: number): boolean {
  for (let n = Math.min(LONGEST, words.length - at); n >= 1; n--)
    if (PHRASES.get(words.slice(at, at + n).join(' '))?.some((e) => e.kind === 'country')) return true;
  return false;
}

/** Whether a town the lexicon knows starts at word `at` ("Lagos", "São Paulo"). */
function townAt(words: readonly string[], at: number): boolean {
  for (let n = Math.min(LONGEST, words.length - at); n >= 1; n--)
    if (CITY_PHRASES.has(words.slice(at, at + n).join(' '))) return true;
  return false;
}

/**
 * Where the first place gone to starts from word `from` on, with its "to" word before word `until`: a country or
 * city the lexicon knows named right after a "to" word (`to`, or the folded {@link TO_WORDS}), over "the": "… do
 * Krakowa", "nach Wien", "moving to the UK".
 */
function placeGoneTo(
  words: readonly string[],
  from: number,
  until: number,
  to: ReadonlySet<string> = TO,
): number | undefined {
  for (let k = Math.max(from, 0); k < until; k++) {
    if (!to.has(words[k]!)) continue;
    if (countryAt(words, k + 1)) return k + 1;
    if (words[k + 1] === 'the' && countryAt(words, k + 2)) return k + 2;
  }
  return undefined;
}

/** Nouns for ties to people: "connections to investors" names whom the ties are to. */
const TIES: ReadonlySet<string> = new Set([
  'connections',
  'connection',
  'contacts',
  'contact',
  'network',
  'links',
  'ties',
  'introductions',
  'introduction',
]);
/**
 * Words that say whom ties are to: "connections to", "contacts with", "a network of". Not "in", which names their
 * sector ("contacts in recruiting", {@link wantedSectorAt}).
 */
const TIES_TO: ReadonlySet<string> = new Set(['to', 'with', 'among', 'of']);
/** Words between those and the people: "connections to any investors". */
const TIES_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'any', 'some', 'potential', 'possible', 'real']);

/**
 * The goal of the people that ties at `i` are said to be to ("no connections to investors", "contacts with
 * potential clients"): a lack of ties to them, or a wish for ties to them, is a wish for those people, whose goal
 * says what the ties are for. Undefined when the ties are to no people of another goal.
 */
function tiesToGoalAt(words: readonly string[], clauses: readonly number[], i: number, n: number): Purpose | undefined {
  if (!TIES.has(words[i + n - 1]!)) return undefined;
  if (!TIES_TO.has(words[i + n] ?? '')) return tiesAfterGoalAt(words, clauses, i);
  let j = i + n + 1;
  while (TIES_FILLERS.has(words[j] ?? '')) j++;
  if (clauses[j] !== clauses[i]) return undefined;
  for (let m = Math.min(LONGEST, words.length - j); m >= 1; m--) {
    const goal = PHRASES.get(words.slice(j, j + m).join(' '))?.find((e) => e.kind === 'goal' && e.weak !== true);
    if (goal !== undefined) return goal.value === 'contacts' ? undefined : (goal.value as Purpose);
  }
  return undefined;
}

/** {@link HINDI_TIES_POSTPOSITIONS} and {@link HINDI_TIES_FILLERS}, folded. */
const TIES_AFTER: ReadonlySet<string> = new Set(HINDI_TIES_POSTPOSITIONS.map(foldWords));
const TIES_AFTER_FILLERS: ReadonlySet<string> = new Set(HINDI_TIES_FILLERS.map(foldWords));

/**
 * {@link tiesToGoalAt} in the Hindi order, the people and a postposition before the ties at `i` ("investors mein koi
 * contacts nahi", no contacts among investors): the goal of those people, or undefined.
 */
function tiesAfterGoalAt(words: readonly string[], clauses: readonly number[], i: number): Purpose | undefined {
  const k = pastFillers(words, clauses, i, TIES_AFTER_FILLERS);
  if (k < 1 || !TIES_AFTER.has(words[k]!)) return undefined;
  for (let m = Math.min(LONGEST, k); m >= 1; m--) {
    if (clauses[k - m] !== clauses[i]) continue;
    const goal = PHRASES.get(words.slice(k - m, k).join(' '))?.find((e) => e.kind === 'goal' && e.weak !== true);
    if (goal !== undefined) return goal.value === 'contacts' ? undefined : (goal.value as Purpose);
  }
  return undefined;
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
function productUsersAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
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
function appMadeAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return OWN_TRADE.has(words[i] ?? '') || setBefore(words, clauses, i, MAKING_REACH, MAKING);
}

/** Places where people talk or meet: after "<profession> investors" they make the investors the people there. */
const TALK_PLACES: ReadonlySet<string> = new Set([...PLACE_WORDS, ...TALK_PLACE_WORDS].map(foldWords));

/**
 * Field words that the goal lists name too ("marketing" is a profession and promoting): the goal they name, for when
 * the writer's own trade is another field ("marketing ideas for my plumbing business").
 */
const FIELD_PHRASE_GOALS: ReadonlyMap<string, Purpose> = (() => {
  const goals = new Map<string, Purpose>();
  for (const purpose of keysOf(PURPOSES))
    for (const w of [...PURPOSE_KEYWORDS[purpose], ...GOAL_WORDS[purpose]]) {
      const folded = foldWords(w);
      if (!goals.has(folded) && PHRASES.get(folded)?.some((e) => e.kind === 'field')) goals.set(folded, purpose);
    }
  return goals;
})();
/** Words before a trade that make it the writer's own: "my plumbing business", "our small bakery". */
const OWN_TRADE: ReadonlySet<string> = new Set(['my', 'our']);
/** Most words between a field word that names a goal and the writer's own business: "marketing ideas for my shop". */
const TRADE_GAP = 3;

/** Words of working for someone, before "at"/"for" and the employer: "I work at an IT company". */
const EMPLOYED_WORDS: ReadonlySet<string> = new Set(['work', 'works', 'working', 'worked', 'employed', 'job']);
/** Words of starting or running a venture of one's own: "started a home bakery", "opened a small shop". */
const VENTURE_STARTED: ReadonlySet<string> = new Set([
  ...['started', 'start', 'starting', 'opened', 'open', 'opening', 'launched', 'founded', 'run', 'running', 'runs'],
]);
/** Words between those verbs or "at" and the trade: "at| an| IT company", "started| a| home| bakery". */
const VENTURE_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'own', 'small', 'little', 'home', 'big']);
/** Most filler words between them. */
const VENTURE_GAP = 3;

/** Whether the field word at `i` names the writer's employer: "I work at an IT company", "working for a law firm". */
function employerFieldAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const k = pastFillers(words, clauses, i, VENTURE_FILLERS, VENTURE_GAP);
  return (
    k >= 0 &&
    (words[k] === 'at' || words[k] === 'for') &&
    EMPLOYED_WORDS.has(words[k - 1] ?? '') &&
    clauses[k - 1] === clauses[i]
  );
}

/** Whether the field word at `i` names a venture the writer started or runs: "started a home bakery". */
function ventureStartedAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const k = pastFillers(words, clauses, i, VENTURE_FILLERS, VENTURE_GAP);
  return k >= 0 && VENTURE_STARTED.has(words[k]!);
}

/** A stage of life rather than a profession: a named profession wins over it ("a student who wants to be a banker"). */
const STAGE_FIELDS: ReadonlySet<Field> = new Set(['students']);
/** A school named on its own: where teachers work and students learn, so it gives way to any other field named. */
const SCHOOL_WORDS: ReadonlySet<string> = new Set(['school', 'schools']);
/** A field's word that, right before another field's word, says "experienced" rather than the field: "a veteran developer". */
const SENIORITY_WORDS: ReadonlySet<string> = new Set(['veteran']);

/** A word as written: letters, digits and marks, with the zero-width joiner of a Sinhala conjunct ("ශ්‍රී") inside. */
const WORD_RUN = /[\p{L}\p{N}\p{M}\u200D]+/gu;
/** Words in brackets: an aside, read after the rest so the words around it stay one clause. */
const ASIDE = /\(([^()]*)\)|\[([^[\]]*)\]/g;
/** Punctuation that ends a sentence (a clause ends at any of {@link CLAUSE_END}). */
const SENTENCE_END = /[.!?。！？؟።፧]/;

/**
 * The text's words, folded, each with the number of its clause (clauses end at
 * punctuation) and of its sentence. An aside in brackets is taken out of its
 * sentence, which reads on across it ("other (junior) nurses"), and read after
 * the rest of the text as clauses of its own; a lone bracket ends a clause.
 */
/** Japanese, Chinese and Korean script: written without spaces between words, or with particles attached. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
/** Those scripts and Thai, which writes no spaces between words at all ("อยากหางาน", want to look for a job). */
const RUN_TOGETHER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}ー]/u;
/** The phrases the reader knows in those scripts ("転職", "人脈", "หางาน"), longest first. */
const CJK_PHRASES: readonly string[] = [...PHRASES.keys()]
  .filter((p) => !p.includes(' ') && [...p].every((c) => RUN_TOGETHER.test(c)))
  .sort((a, b) => b.length - a.length);

/**
 * A word in Japanese, Chinese, Korean or Thai script split at the phrases the reader knows, which a sentence in those
 * scripts runs together with the rest ("転職を考えています" is "転職" and "を考えています"); any other word as it is.
 */
function splitCjk(word: string): string[] {
  if (!RUN_TOGETHER.test(word) || PHRASES.has(word)) return [word];
  const parts: string[] = [];
  let rest = '';
  for (let k = 0; k < word.length;) {
    const known = CJK_PHRASES.find((p) => word.startsWith(p, k));
    if (known === undefined) {
      rest += word[k];
      k++;
      continue;
    }
    if (rest !== '') parts.push(rest);
    rest = '';
    parts.push(known);
    k += known.length;
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

const ARABIC = /\p{Script=Arabic}/u;
/** The single words of the phrases the reader knows in Arabic script, places included ("وظيفة", "الرياض"). */
const ARABIC_WORDS: ReadonlySet<string> = new Set(
  [...PHRASES.keys()].flatMap((p) => p.split(' ')).filter((w) => ARABIC.test(w)),
);
/**
 * What Arabic writes joined to the front of a word: "and" (و, ف), "in"/"with" (ب), "for" (ل), "like" (ك) and "the"
 * (ال), alone or together ("بالرياض" is "in Riyadh"; "للبحث" is "for the search", ل and ال run into لل). Longest first.
 */
const ARABIC_PREFIXES: readonly string[] = [
  'وال',
  'بال',
  'فال',
  'كال',
  'ولل',
  'وب',
  'ول',
  'لل',
  'ال',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  // Folded as the words are (`foldWords` writes ك as the Persian ک).
].map(foldWords);

/**
 * An Arabic word with what is joined to its front taken off, when what is left (or it with "the", ال, which لل
 * swallows) is a word the reader knows ("بوظيفة" → "وظيفة", "بالرياض" → "الرياض"); any other word as it is.
 */
function stripArabic(word: string): string {
  if (!ARABIC.test(word) || ARABIC_WORDS.has(word)) return word;
  for (const prefix of ARABIC_PREFIXES) {
    const rest = word.slice(prefix.length);
    if (!word.startsWith(prefix) || rest.length < 2) continue;
    const known = [rest, `ال${rest}`].find((w) => ARABIC_WORDS.has(w));
    if (known !== undefined) return known;
  }
  return word;
}

const HEBREW = /\p{Script=Hebrew}/u;
/** The single words of the phrases the reader knows in Hebrew script, places included ("לקוחות", "תל", "אביב"). */
const HEBREW_WORDS: ReadonlySet<string> = new Set(
  [...PHRASES.keys()].flatMap((p) => p.split(' ')).filter((w) => HEBREW.test(w)),
);
const HEBREW_PREFIX_LETTERS: ReadonlySet<string> = new Set(HEBREW_PREFIXES);

/**
 * A Hebrew word with the letters written on to its front taken off ({@link HEBREW_PREFIXES}: "ולקוחות" → "לקוחות",
 * "בתל" → "תל"), when what is left is a word the reader knows; the fewest letters first, "and" (ו) only first and
 * "the" (ה) only last. What is left must be long enough to be no other word
 * ({@link SHORTEST_HEBREW_WORD_BEHIND_PREFIX}) unless it is read only inside a longer phrase ("תל" of "תל אביב"):
 * "בצלם" (in the image of) is not "צלם" (a photographer). Any other word as it is.
 */
function stripHebrew(word: string): string {
  if (!HEBREW.test(word) || HEBREW_WORDS.has(word)) return word;
  for (let n = 1; n <= MOST_HEBREW_PREFIXES && word.length - n >= 2; n++) {
    const prefix = word.slice(0, n);
    const rest = word.slice(n);
    if (
      ![...prefix].every((c, k) => HEBREW_PREFIX_LETTERS.has(c) && (c !== 'ו' || k === 0) && (c !== 'ה' || k === n - 1))
    )
      return word;
    if (HEBREW_WORDS.has(rest) && (rest.length >= SHORTEST_HEBREW_WORD_BEHIND_PREFIX || !PHRASES.has(rest)))
      return rest;
  }
  return word;
}

/** An Amharic word without its preposition and endings ("ከጓደኞቼ" → "ጓደኞች"), when what is left is a word the reader knows. */
const stripAmharic = amharicWithoutAffixes(new Set([...PHRASES.keys()].flatMap((p) => p.split(' '))));

/**
 * A word the reader knows as it is, the place name it is with a case ending (`read-place-endings.ts`), or the Turkish
 * or Indonesian word it is with endings (`read-word-endings.ts`).
 */
function withoutEndings(word: string): string {
  return PHRASES.has(word) ? word : (placeNameOf(word) ?? listedWordOf(word));
}

function tokenize(raw: string): { words: string[]; clauses: number[]; sentences: number[]; written: string[] } {
  const asides: string[] = [];
  const main = raw.replace(ASIDE, (_, round?: string, square?: string) => {
    asides.push(round ?? square ?? '');
    return ' ';
  });
  const words: string[] = [];
  const written: string[] = [];
  const clauses: number[] = [];
  const sentences: number[] = [];
  let clause = 0;
  let sentence = 0;
  for (const part of [main, ...asides]) {
    // With the separators kept (odd places), so a full stop can end the sentence too.
    part.split(new RegExp(`(${CLAUSE_END.source})`)).forEach((piece, k) => {
      if (k % 2 === 1) {
        clause++;
        if (SENTENCE_END.test(piece)) sentence++;
        return;
      }
      // Each folded word with the word it was written as ("US", "Denver"), so capitals count where they are.
      for (const m of piece.matchAll(WORD_RUN))
        for (const w of foldWords(m[0])
          .split(' ')
          .filter(Boolean)
          .flatMap(splitCjk)
          .map(stripArabic)
          .map(stripHebrew)
          .map(stripAmharic)
          .map(withoutEndings)) {
          words.push(w);
          written.push(m[0]);
          clauses.push(clause);
          sentences.push(sentence);
        }
    });
    clause++;
    sentence++;
  }
  return { words, clauses, sentences, written };
}

/** Whether a word of wanting stands right before the word at `j`, over a subject pronoun at most: "suche (ich)". */
function wantingBefore(words: readonly string[], clauses: readonly number[], j: number): boolean {
  const k = SUBJECT_PRONOUNS.has(words[j - 1] ?? '') ? j - 2 : j - 1;
  return k >= 0 && clauses[k] === clauses[j] && DESIRE_WORDS.has(words[k]!);
}

/** Whether the goal phrase at `i` is said not to be wanted ("not looking for a job", "instead of friends"). */
function negatedAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return (
    negatorBefore(words, clauses, i) !== undefined ||
    notSoughtInJapaneseAt(words, clauses, i) ||
    notSoughtInTurkishAt(words, clauses, i) ||
    notSoughtInThaiAt(words, clauses, i) ||
    notSoughtInChineseAt(words, clauses, i) ||
    notSoughtAfterAt(words, clauses, i)
  );
}

/**
 * Japanese verbs of looking for, wanting or needing, as the stem a negative ending follows: Japanese puts the verb
 * and its negation after what is sought. The forms and glosses are from the reader's authors' own knowledge of
 * Japanese, not from a source: 探し/探さ/探す (look for: 探して, 探さない, 探すつもり), 求め (seek), 募集し (recruit),
 * 欲し (want: 欲しくない), 必要 (need), 要ら/要り (need: 要らない, 要りません), 考え (think of: 転職は考えていない), 作り
 * (make: 友達を作りたくない), 興味 (interest: 興味がない), the verbs also in kana. Not 見つけ: "見つけていない" (not
 * found yet) still wants it.
 */
const JAPANESE_SEEKING_STEMS: readonly string[] = [
  ...['探し', 'さがし', '探さ', 'さがさ', '探す', 'さがす', '求め', 'もとめ', '募集し', '欲し', 'ほし', '必要'],
  ...['要ら', 'いら', '要り', 'いり', '考え', 'かんがえ', '作り', 'つくり', '興味'],
];
/**
 * Their negative endings, plain and polite: not doing it (ていない, ていません, てない, てません, and with は, "am not
 * looking"), not (ない, ません, ず), not wanted (くない, くありません), there is no need (はない, がない, ありません),
 * not wanting to (たくない, たくありません), not thinking one wants (いと思わない, いとは思わない, いと思いません,
 * いと思っていない), not needed (ではない, じゃない, ではありません, じゃありません, としていない, としていません),
 * not intending to (つもりはない, つもりはありません, つもりがない, つもりもない).
 */
const JAPANESE_NEGATIVE_ENDINGS: readonly string[] = [
  ...['ていない', 'ていません', 'てない', 'てません', 'てはいない', 'てはいません', 'ない', 'ません', 'ず'],
  ...['くない', 'くありません', 'はない', 'がない', 'はありません', 'がありません', 'ありません'],
  ...['たくない', 'たくありません', 'いと思わない', 'いとは思わない', 'いと思いません', 'いとは思いません'],
  ...['いと思っていない', 'いと思っていません', 'ではない', 'じゃない', 'ではありません', 'じゃありません'],
  ...[
    'としていない',
    'としていません',
    'としてない',
    'つもりはない',
    'つもりはありません',
    'つもりがない',
    'つもりもない',
  ],
];
/**
 * A Japanese verb of seeking with a negative ending, or 不要 (unneeded) alone, at the start of a folded text. Built
 * from the folded forms, since folding takes the voicing marks off kana ("で" is read as "て", "が" as "か").
 */
const JAPANESE_NOT_SOUGHT = new RegExp(
  `^(?:${foldWords('不要')}|(?:${JAPANESE_SEEKING_STEMS.map(foldWords).join('|')})(?:${JAPANESE_NEGATIVE_ENDINGS.map(foldWords).join('|')}))`,
);

/** Most particle characters between a Japanese goal word and its negated verb: "には" in "転職には興味がない". */
const PARTICLES_AFTER = 2;

/**
 * Whether the Japanese word at `i` is said not to be sought: "仕事を探していません" (not looking for work), "友達はいらない"
 * (no need of friends), the negated verb right after the word or one particle, or two ("転職には興味がない": "に" and
 * "は"), after it, in its clause. Lacking is no refusal: "友達がいません" (I have no friends) wants them.
 */
function notSoughtInJapaneseAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const word = words[i]!;
  if (!CJK.test(word)) return false;
  let tail = '';
  for (let k = i; k < words.length && clauses[k] === clauses[i]; k++) tail += words[k];
  for (let at = 1; at <= word.length + PARTICLES_AFTER; at++) if (JAPANESE_NOT_SOUGHT.test(tail.slice(at))) return true;
  return false;
}

/** Words before people that set others apart from them: "outside my family", "beyond our friends". */
const SET_APART: ReadonlySet<string> = new Set(['outside', 'beyond', 'besides']);
/** Words between those and the people: "outside of my own family". */
const OWNERS: ReadonlySet<string> = new Set(['of', 'my', 'our', 'the', 'his', 'her', 'their', 'own', 'immediate']);
const OWNERS_REACH = 3;

/** Where the words that say the phrase at `i` is not wanted begin ("not", "instead of"), or undefined. */
function negatorBefore(words: readonly string[], clauses: readonly number[], i: number): number | undefined {
  return lookBack(words, clauses, i, NEGATION_REACH + 1, (w, j) => {
    const between = words.slice(j + 1, i);
    if (NEGATING_PAIRS.some(([a, b]) => w === a && between[0] === b && between.length <= 3)) return j;
    // "testers outside my family", "readers beyond our friends": the people set apart are the writer's own.
    if (SET_APART.has(w) && between.length <= OWNERS_REACH && between.every((b) => OWNERS.has(b))) return j;
    // "without using online sites": what is done without is not wanted; "without connections" lacks them.
    if (w === 'without' && between.length <= WITHOUT_REACH && (between[0] ?? '').endsWith('ing')) return j;
    // "not just friends", "nicht nur Freunde", "no solo trabajo": the negation adds rather than removes.
    if (between.some((b) => NOT_ONLY.has(b))) return undefined;
    // "nu caut un loc de muncă", "nechci nové klienty", "har ikke brug for investorer": a negated verb of wanting.
    if (negatedWantingAt(words, clauses, j, i)) return j;
    // "no busco trabajo", "je ne cherche pas de travail": a word of wanting right after the negator.
    // The goal's own first word counts: "لا أبحث عن عمل" (not looking for work) is one goal phrase.
    if (NEGATORS_BEFORE_VERB.has(w) && [...between, words[i]!].slice(0, 2).some((b) => DESIRE_WORDS.has(b))) return j;
    // "tak butuh investor" (Indonesian): the word of wanting right after; "nie klientów", "bukan klien": the goal.
    if (RIGHT_BEFORE_VERB.has(w) && DESIRE_WORDS.has([...between, words[i]!][0]!)) return j;
    // Not after Afrikaans "het" (has): "ek het nie vriende nie" (I have no friends) is a lack.
    if (RIGHT_BEFORE_GOAL.has(w) && between.length === 0 && !AFRIKAANS_HAVING.includes(words[j - 1] ?? '')) return j;
    // "ich suche keinen Job", "brauche ich keinen Klempner": a word of wanting right before the negator.
    if (NEGATORS_AFTER_VERB.has(w) && between.length <= AFTER_VERB_REACH && wantingBefore(words, clauses, j)) return j;
    if (!NEGATORS.has(w) || NOT_ONLY.has(between[0] ?? '')) return undefined;
    // Right before the goal only a plain "not" negates it ("contacts, not friends"); "can't find a job" wants one.
    const plainNot = NOT_DIRECTLY.has(w) && !CAN.has(words[j - 1] ?? '');
    return (between.length === 0 && plainNot) || between.some((b) => DESIRE_WORDS.has(b)) ? j : undefined;
  });
}

/**
 * Words that open what friends sought are for, right after the friends: "friends to talk about football with",
 * "friends who I can share tips with", "amigos para intercambiar ideas", "amis avec qui …". "And" is not one: "make
 * friends and share tips with other gardeners" asks for both.
 */
const FRIENDSHIP_OPENERS: ReadonlySet<string> = new Set([
  'to',
  'who',
  'that',
  'whom',
  'i',
  'we',
  'for',
  'para',
  'pour',
  'per',
  'que',
  'qui',
  'con',
  'avec',
  'com',
  'mit',
  'zum',
  'um',
]);
/** Most words from the opener to a goal word it still governs: "friends to grab a beer with and talk about …". */
const FRIENDSHIP_REACH = 8;
/** Goals whose words, said of the friends sought, are what the friendship is (talk, support, connecting). */
const FRIENDSHIP_GOALS: ReadonlySet<Purpose> = new Set(['peer-ideas', 'contacts']);

/**
 * Whether the goal word at `i` says what friends sought are for: friends read ending at `friendsEnd`, an opener right
 * after them, and the word within reach in the same clause ("friends to connect with", not "friends, and to swap
 * ideas with other designers").
 */
function friendshipAt(words: readonly string[], clauses: readonly number[], friendsEnd: number, i: number): boolean {
  return (
    i > friendsEnd &&
    i - friendsEnd <= FRIENDSHIP_REACH &&
    FRIENDSHIP_OPENERS.has(words[friendsEnd] ?? '') &&
    clauses[friendsEnd] === clauses[friendsEnd - 1] &&
    clauses[i] === clauses[friendsEnd]
  );
}

/** "my friend", "a friend (of mine)": one person or people the writer knows, as the subject of what follows. */
const FRIEND_WORDS: ReadonlySet<string> = new Set(['friend', 'friends', 'buddy', 'mate']);
const KNOWN_BY: ReadonlySet<string> = new Set(['my', 'a', 'our', 'his', 'her', 'their', 'one']);
/** Friends and family named together, who may be told of as doing something: "Friends and family bought it". */
const FRIENDS_AND_FAMILY: ReadonlySet<string> = new Set(['friends and family', 'family and friends']);
/** Verbs a friend told of does ("my friend went", "a friend of mine recommended"): telling, going, using, joining. */
const TOLD_OF_VERBS: ReadonlySet<string> = new Set([
  'went',
  'goes',
  'said',
  'says',
  'told',
  'tells',
  'recommended',
  'recommends',
  'suggested',
  'suggests',
  'swears',
  'used',
  'uses',
  'joined',
  'joins',
  'tried',
  'found',
  'met',
  'got',
  'works',
  'worked',
  'runs',
  'ran',
  'started',
  'invited',
  // Buying or ordering from the writer: friends as their first customers ("friends and family bought it").
  ...['bought', 'ordered', 'supported', 'booked'],
  // Friends in the plural, now: "my friends say", "my friends keep telling me".
  ...['say', 'saying', 'tell', 'telling', 'think', 'recommend', 'suggest', 'go', 'use'],
]);

/** Of {@link TOLD_OF_VERBS}, those of doing, not telling: what a friend did is theirs. */
const DOING_VERBS: ReadonlySet<string> = new Set(
  [...TOLD_OF_VERBS].filter((v) => !/^(sa[iy]|tel|told|recommend|suggest|swears|invited|think)/.test(v)),
);
/** Words between a friend told of and the verb: "my friends only ever say", "my friends keep telling me". */
const TOLD_OF_ADVERBS: ReadonlySet<string> = new Set([
  ...['only', 'ever', 'always', 'just', 'never', 'all', 'also', 'both', 'usually', 'often', 'sometimes', 'keep'],
]);
/** Most such words: "only ever". */
const TOLD_OF_ADVERB_REACH = 2;

/**
 * Whether the friend word at `i` (of `n` words) names someone the writer speaks of, who does something ("my friend
 * went to BNI", "a friend of mine recommended Meetup"), not friends wished for.
 */
function friendToldOfAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  const phrase = words.slice(i, i + n).join(' ');
  if (!(n === 1 ? FRIEND_WORDS.has(words[i]!) : FRIENDS_AND_FAMILY.has(phrase))) return false;
  // "my friend went", or friends starting the clause: "Friends and family bought it".
  if (!KNOWN_BY.has(words[i - 1] ?? '') && i > 0 && clauses[i - 1] === clauses[i]) return false;
  let k = i + n;
  if (words[k] === 'of' && words[k + 1] === 'mine') k += 2;
  for (let n = 0; n < TOLD_OF_ADVERB_REACH && TOLD_OF_ADVERBS.has(words[k] ?? ''); n++) k++;
  return TOLD_OF_VERBS.has(words[k] ?? '') && clauses[k] === clauses[i];
}

/**
 * Words for friends and family in the languages read, as the friends goal's words give them: the people a writer may
 * tell of as the only ones who buy, come or listen ("only my friends and family come to our gigs", "vengono solo amici
 * e parenti", "só amigas e vizinhas compram", "solo me compran mis amigos").
 */
const FRIENDS_OR_KIN: ReadonlySet<string> = new Set([
  ...['friend', 'friends', 'family', 'amici', 'amiche', 'amigos', 'amigas', 'amis', 'amies', 'freunde', 'familie'],
  ...['familia', 'famiglia', 'famille', 'parenti', 'parentes', 'familiares'],
]);
/**
 * Verbs of buying from, coming to, listening to, reading or using what the writer makes or sells, as friends told of
 * as the writer's only audience do them: English, Italian, Portuguese, Spanish, French and German.
 */
const AUDIENCE_VERBS: ReadonlySet<string> = new Set([
  ...['buy', 'buys', 'bought', 'come', 'comes', 'came', 'listen', 'listens', 'listened', 'read', 'reads'],
  ...['subscribe', 'subscribes', 'subscribed', 'follow', 'follows', 'followed', 'watch', 'watches', 'watched'],
  ...['order', 'orders', 'ordered', 'download', 'downloads', 'downloaded', 'attend', 'attends', 'attended'],
  ...['book', 'books', 'booked', 'show', 'shows', 'showed'],
  // Italian: buy, come, listen, read, follow, order.
  ...['compra', 'comprano', 'vengono', 'viene', 'venuti', 'ascoltano', 'leggono', 'seguono', 'ordinano'],
  // Portuguese ("vêm", "leem" folded) and Spanish.
  ...['compram', 'compraram', 'vem', 'vieram', 'ouvem', 'leem', 'seguem', 'assistem', 'encomendam'],
  ...['compran', 'compraron', 'vienen', 'vinieron', 'escuchan', 'leen', 'siguen', 'piden'],
  // French and German.
  ...['achete', 'achetent', 'viennent', 'ecoutent', 'lisent', 'suivent', 'commandent'],
  ...['kaufen', 'kauft', 'kommen', 'kommt', 'kamen', 'lesen', 'folgen'],
]);
/**
 * Words saying the friends are all there is: "only", "just", and the same in the other languages read (Portuguese "só"
 * folds to "so").
 */
const ONLY_THEM: ReadonlySet<string> = new Set([
  ...['only', 'just', 'mostly', 'mainly', 'solo', 'so', 'solamente', 'soltanto', 'somente', 'apenas'],
  ...['seulement', 'uniquement', 'nur'],
]);
/** Words that count friends among people already had, with no verb: "mostly friends and coworkers", "half are my family". */
const SHARE_OF: ReadonlySet<string> = new Set(['mostly', 'mainly', 'largely', 'half']);
/** Words between a share and the friends it counts: "half are my family", "mostly just friends". */
const SHARE_FILLERS: ReadonlySet<string> = new Set(['are', 'were', 'is', 'of', 'my', 'our', 'the', 'just']);
/**
 * Who already buys from or follows the writer, in the languages read ("customers", "clientes", "clienti", "Kunden"):
 * friends said to BE them ("my customers are mostly friends") are people told of, not friends wanted.
 */
const PATRON_WORDS: ReadonlySet<string> = new Set([
  ...['customers', 'clients', 'buyers', 'clientele', 'patrons', 'regulars', 'followers', 'readers', 'listeners'],
  ...['subscribers', 'fans', 'audience', 'students', 'members'],
  ...['clientes', 'clientas', 'compradores', 'compradoras', 'clienti', 'kunden', 'kundinnen', 'seguidores'],
]);
/** "Are" in the languages read ("são" folds to "sao"), with what they were. */
const ARE_WORDS: ReadonlySet<string> = new Set([
  ...['are', 'were', 'son', 'eran', 'sao', 'eram', 'sono', 'erano', 'sont', 'etaient', 'sind', 'waren'],
]);
/** Words between "are" and the friends they are: "are mostly my friends", "son casi todos amigos". */
const ARE_FILLERS: ReadonlySet<string> = new Set([
  ...['mostly', 'mainly', 'largely', 'all', 'almost', 'basically', 'just', 'only', 'still', 'my', 'our', 'the'],
  ...['casi', 'todos', 'todas', 'mis', 'nuestros', 'solo', 'quase', 'meus', 'minhas', 'nossos', 'so'],
  ...['quasi', 'tutti', 'tutte', 'miei', 'mie', 'presque', 'tous', 'toutes', 'mes', 'nos', 'fast', 'alle', 'meine'],
]);
/** Most words from the people who buy to "are": "my customers| here| are", "as minhas clientes| são". */
const ARE_REACH = 2;

/** Whether the friends at `i` are said to be the writer's customers: "my customers are mostly friends". */
function friendsArePatronsAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const k = pastFillers(words, clauses, i, ARE_FILLERS);
  if (k < 0 || !ARE_WORDS.has(words[k]!)) return false;
  for (let j = k - 1; j >= Math.max(0, k - ARE_REACH) && clauses[j] === clauses[i]; j--)
    if (PATRON_WORDS.has(words[j]!)) return true;
  return false;
}

/** Most words around the friends to the limiting word and the verb: "solo| me compran mis| amigos". */
const AUDIENCE_REACH = 4;

/**
 * How the friends or family read at `i` (`n` words) are told of as the writer's present audience, not wished for:
 * `'audience'` when they are said to be the only ones who buy, come or listen (a word of {@link ONLY_THEM} before them
 * and a verb of {@link AUDIENCE_VERBS} near them in the clause: "only my friends and family come to our gigs", "ai live
 * vengono solo amici e parenti", "solo me compran mis amigos"), which wants a wider audience; `'told'` when they are
 * counted ("mostly friends and coworkers", "half are my family") or are where something came from ("word of mouth from
 * family", "built from friends' babies"); undefined otherwise. A word of wanting or seeking before them in the clause
 * ("I just want friends who come to gigs") keeps them wished for.
 */
function friendsAsAudienceAt(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  n: number,
): 'audience' | 'told' | undefined {
  if (!words.slice(i, i + n).some((w) => FRIENDS_OR_KIN.has(w))) return undefined;
  const c = clauses[i];
  for (let k = i - 1; k >= 0 && clauses[k] === c; k--)
    if (WISHING.has(words[k]!) || SEEK_WORDS.has(words[k]!)) return undefined;
  const near = (from: number, to: number, set: ReadonlySet<string>) => {
    for (let k = Math.max(0, from); k < Math.min(words.length, to); k++)
      if (clauses[k] === c && set.has(words[k]!)) return true;
    return false;
  };
  if (near(i - AUDIENCE_REACH, i, ONLY_THEM) && near(i - AUDIENCE_REACH, i + n + AUDIENCE_REACH, AUDIENCE_VERBS))
    return 'audience';
  const k = pastFillers(words, clauses, i, SHARE_FILLERS);
  if (k >= 0 && (SHARE_OF.has(words[k]!) || words[k] === 'from')) return 'told';
  if (friendsArePatronsAt(words, clauses, i)) return 'told';
  return undefined;
}

/** Words between seeking and the person sought: "need an artist", "looking for a sound designer". */
const SOUGHT_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'some', 'another', 'maybe', 'for', 'good']);

/**
 * Whether the profession at `i` is a collaborator the writer seeks ("need an artist", "looking for a designer"),
 * not a professional hired for client work ({@link SOUGHT_PROS}: a plumber, a lawyer), whose field is the need's.
 */
function collaboratorSoughtAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  if (SOUGHT_PROS.has(words[i]!)) return false;
  const sought = (w: string, k: number) =>
    SEEKING_OR_HIRING.has(w) ? !seekNegatedAt(words, clauses, k) : SOUGHT_FILLERS.has(w) ? undefined : false;
  return lookBack(words, clauses, i, HIRED_GAP + 1, sought) === true;
}

/** One person, counted: "a developer", "another drummer". */
const ONE_PERSON: ReadonlySet<string> = new Set(['a', 'an', 'another']);
/**
 * Words that can follow a person who heads what is sought ("a developer| to join", "a drummer| for our band", "an
 * editor| who …"); any other word makes the profession part of a longer noun ("a developer job", "a volunteer
 * opportunity").
 */
const AFTER_PERSON: ReadonlySet<string> = new Set([
  'for',
  'to',
  'who',
  'that',
  'with',
  'in',
  'near',
  'on',
  'from',
  'at',
  'and',
  'or',
  'willing',
  'interested',
]);

/**
 * Where the seeking of one person of a profession starts ("|looking for a developer to join our team", "|in search
 * of a drummer", "|need an illustrator for my book"), the profession `n` words at `i` heading what is sought; or
 * undefined. Professionals hired for client work ({@link SOUGHT_PROS}) are {@link proSoughtAt}'s, and a field word
 * that names an activity ("marketing help") no person.
 */
function personSoughtFrom(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  n: number,
): number | undefined {
  const phrase = words.slice(i, i + n).join(' ');
  if (SOUGHT_PROS.has(words[i + n - 1]!) || FIELD_PHRASE_GOALS.has(phrase)) return undefined;
  const next = words[i + n];
  if (next !== undefined && clauses[i + n] === clauses[i] && !AFTER_PERSON.has(next)) return undefined;
  let counted = false;
  const sought = (w: string, k: number) => {
    if (SEEKING_OR_HIRING.has(w)) return counted && !seekNegatedAt(words, clauses, k) ? k : false;
    if (ONE_PERSON.has(w)) counted = true;
    // "in search of a drummer".
    if (w === 'of' && words[k - 1] === 'search') return undefined;
    return SOUGHT_FILLERS.has(w) && w !== 'some' ? undefined : false;
  };
  const at = lookBack(words, clauses, i, HIRED_GAP + 2, sought);
  return typeof at === 'number' ? at : undefined;
}

/** Words after a person sought that make them staff: "a developer to join our team", "for our company". */
const STAFF_PLACES: ReadonlySet<string> = new Set(['team', 'staff', 'company']);
/** Most words from the person sought to the team they are for: "a developer| to join our team". */
const STAFF_PLACE_REACH = 4;

/** Whether a team or company the person sought (ending at `end`) is for follows in the clause: "… to join our team". */
function forStaffAt(words: readonly string[], clauses: readonly number[], end: number): boolean {
  for (let k = end; k < Math.min(words.length, end + STAFF_PLACE_REACH) && clauses[k] === clauses[end - 1]; k++)
    if (STAFF_PLACES.has(words[k]!)) return true;
  return false;
}

/**
 * Whether the profession at `i` is sought or hired in a negated clause, over filler words: "not hiring a plumber",
 * "no necesito un abogado" ({@link seekNegatedAt}).
 */
function negatedSoughtAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const negated = (w: string, k: number) =>
    SEEKING_OR_HIRING.has(w) || DESIRE_WORDS.has(w)
      ? seekNegatedAt(words, clauses, k)
      : HIRED_FILLERS.has(w) || SOUGHT_FILLERS.has(w)
        ? undefined
        : false;
  return lookBack(words, clauses, i, HIRED_GAP + 1, negated) === true;
}

/** Words right before a way of paying that refuse it: "no paid groups", "without a membership". */
const REFUSING_PAY: ReadonlySet<string> = new Set(['no', 'without']);

/** "I have no membership": a lack told of, not a refusal. */
const HAVING: ReadonlySet<string> = new Set(['have', 'has', 'had', 'got']);

/** Where the words refusing the way of paying at `i` begin ("not willing to pay", "no paid groups"), or undefined. */
function payRefusedAt(words: readonly string[], clauses: readonly number[], i: number): number | undefined {
  const no = negatorBefore(words, clauses, i);
  if (no !== undefined) return no;
  for (const k of [i - 1, i - 2])
    if (
      REFUSING_PAY.has(words[k] ?? '') &&
      clauses[k] === clauses[i] &&
      (k === i - 1 || words[k + 1] === 'a') &&
      !HAVING.has(words[k - 1] ?? '')
    )
      return k;
  return undefined;
}

/**
 * Whether the seeking word at `i` is negated: as any goal is, or by a negator right before it, since the seeking
 * word is itself the wanting ("don't need a plumber", "not looking for an agency"; not "can't find a plumber").
 */
function seekNegatedAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  if (negatedAt(words, clauses, i)) return true;
  const before = words[i - 1] ?? '';
  return (
    (NEGATORS.has(before) || NEGATORS_BEFORE_VERB.has(before)) &&
    clauses[i - 1] === clauses[i] &&
    !CAN.has(words[i - 2] ?? '')
  );
}

/**
 * What a writer asks the readers of their post for, not a goal: "advice", "tips", "ideas" after "any",
 * "anyone", "some" ("has any experience or advice for meeting people", "anyone have advice on…"), and
 * "questions" someone was asked ("the most frequently asked questions").
 */
const REQUEST_WORDS: ReadonlySet<string> = new Set([
  'advice',
  'advise',
  'tips',
  'ideas',
  'suggestions',
  'recommendations',
  'feedback',
  'questions',
]);
const ASKING_READERS: ReadonlySet<string> = new Set(['any', 'anyone', 'anybody', 'some', 'someone', 'somebody']);
/** How far back "any" reaches over the request: "any experience or advice". */
const ASKING_REACH = 3;

function askedOfReaders(words: readonly string[], clauses: readonly number[], i: number, phrase: string): boolean {
  if (!REQUEST_WORDS.has(phrase)) return false;
  if (phrase === 'questions' && (words[i - 1] === 'asked' || words[i - 1] === 'asking')) return true;
  return setBefore(words, clauses, i, ASKING_REACH, ASKING_READERS);
}

/**
 * The base forms a verb in "-ing" may have ("discussing" is "discuss", "sharing" "share", "swapping" "swap"),
 * so a goal verb is read as something being done or wished for; none for other words. Past forms ("we
 * discussed moving") tell what happened, not what is wanted, and are left unread.
 */
function baseForms(word: string): string[] {
  if (!word.endsWith('ing') || word.length < 6) return [];
  const stem = word.slice(0, -3);
  const doubled = stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : [];
  return [stem, `${stem}e`, ...doubled];
}

/** Words of wanting after whose subject a goal is someone's wish: "lawyers looking for clients". */
const WANTING: ReadonlySet<string> = new Set([
  'looking',
  'want',
  'wants',
  'wanting',
  'need',
  'needs',
  'seeking',
  'hoping',
]);
/** Words of a writer speaking of themself. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'im', 'me', 'my', 'mine', 'myself']);
/** Subjects that are other people: "people looking for", "they want". */
const OTHER_PEOPLE: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'people',
  'others',
  'everyone',
  'everybody',
  'folks',
  'guys',
]);
/** How far back from a goal its word of wanting may be: "people looking for get-rich-quick schemes". */
const WANT_REACH = 4;

/**
 * Whether the goal at `i` is what other people want, by the subject of its word of wanting: "people", "they",
 * or people of a trade or kind named in the plural ("lawyers looking for clients", "founders who want
 * investors" reads as theirs too), never "I", "we" or someone the writer says they are.
 */
function othersWantAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const wantedByOthers = (w: string, k: number) => {
    if (!WANTING.has(w)) return undefined;
    // A word of wanting that opens the text has no subject: undefined here, so no.
    const subject = words[k - 1] === 'who' ? words[k - 2] : words[k - 1];
    if (subject === undefined || clauses[k - 1] !== clauses[i]) return false;
    if (OTHER_PEOPLE.has(subject)) return true;
    const kinds = PHRASES.get(subject) ?? [];
    const ofPeople = kinds.some((e) => e.kind === 'field' || e.kind === 'audience');
    return ofPeople && subject.endsWith('s') && !WE_MARKERS.has(words[k - 2] ?? '');
  };
  return lookBack(words, clauses, i, WANT_REACH, wantedByOthers) === true;
}

/** Whether the phrase at `i` (`n` words) ends its clause with "with", or is followed by a "with" that does. */
function strandedWithAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  const withAt = words[i + n - 1] === 'with' ? i + n - 1 : words[i + n] === 'with' ? i + n : -1;
  return withAt >= 0 && clauses[withAt] === clauses[i] && clauses[withAt + 1] !== clauses[i];
}

/** Most words before people of a trade that may count the writer among them: "one of many developers". */
const AMONG_REACH = 3;

/**
 * Whether the people of a trade named at `i` (`n` words, in the plural) are others doing their own seeking: a word of
 * wanting ({@link WANTING}) right after them, or after "who", in the clause ("accountants looking for clients",
 * "plumbers who want more work"). Never people the writer counts themself among ("we accountants") or their peers
 * ("other photographers looking for work"): those are the writer's trade.
 */
function tradeSeekingAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  if (!(words[i + n - 1] ?? '').endsWith('s') || WE_MARKERS.has(words[i - 1] ?? '')) return false;
  if (peerMarkerBefore(words, clauses, i) !== undefined) return false;
  // "one of many developers looking for …", "like most nurses looking for …": the writer counts themself among them.
  const among = (w: string, j: number) => (w === 'like' || (w === 'of' && words[j - 1] === 'one') ? true : undefined);
  if (lookBack(words, clauses, i, AMONG_REACH, among) === true) return false;
  const k = words[i + n] === 'who' ? i + n + 1 : i + n;
  return clauses[k] === clauses[i] && WANTING.has(words[k] ?? '');
}

/** Where the folded `phrase` first stands in `words`, or -1. */
function phraseAt(words: readonly string[], phrase: string): number {
  return partsAt(words, phrase.split(' '));
}

/** Where the words `parts` first stand together in `words`, or -1: a plain loop, as every read runs it (issue #16). */
function partsAt(words: readonly string[], parts: readonly string[]): number {
  outer: for (let k = 0; k < words.length; k++) {
    for (let j = 0; j < parts.length; j++) if (words[k + j] !== parts[j]) continue outer;
    return k;
  }
  return -1;
}

/**
 * Whether the words at `i` stand, in their sentence, after a "who" about other people: "other developers, who
 * may not work for a large company", "people who run startups".
 */
function saidOfOthers(words: readonly string[], sentences: readonly number[], i: number): boolean {
  const ofOthers = (w: string, k: number) => {
    // A "who" that opens the text follows no people.
    const people = words[k - 1];
    if (w !== 'who' || people === undefined) return undefined;
    if (OTHER_PEOPLE.has(people)) return true;
    const kinds = PHRASES.get(people) ?? [];
    return people.endsWith('s') && kinds.some((e) => e.kind === 'field' || e.kind === 'audience');
  };
  return lookBack(words, sentences, i, Infinity, ofOthers) === true;
}

/** Ventures one can work at: "at a startup" says where the writer works. */
const WORKPLACES: ReadonlySet<string> = new Set(['startup', 'start up']);
/** Words between "at" and a workplace that say its kind or size: "at a 15 person startup", "at an early stage startup". */
const WORKPLACE_FILLERS: ReadonlySet<string> = new Set([
  ...['a', 'an', 'the', 'this', 'small', 'tiny', 'little', 'big', 'large', 'local', 'young', 'new', 'early', 'stage'],
  ...['seed', 'person', 'people', 'man', 'employee', 'tech', 'fintech', 'healthtech', 'edtech', 'saas', 'ai'],
]);
/** Most words between "at" and a workplace. */
const WORKPLACE_GAP = 4;
/**
 * Whether the venture at `i` ({@link WORKPLACES}) is one the writer works at: "at" before it over words of its kind
 * or size only ("the only designer at a 15 person startup"), and no other noun after it in the clause ("at a startup
 * event" is an event).
 */
function workplaceAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  if (!WORKPLACES.has(words.slice(i, i + n).join(' '))) return false;
  const next = words[i + n];
  if (next !== undefined && clauses[i + n] === clauses[i] && !CLAUSE_LINKS.has(next)) return false;
  for (let k = i - 1; k >= Math.max(0, i - WORKPLACE_GAP - 1) && clauses[k] === clauses[i]; k--) {
    if (words[k] === 'at') return true;
    if (!WORKPLACE_FILLERS.has(words[k]!) && !/^\d+$/.test(words[k]!)) return false;
  }
  return false;
}
/** Words that may follow a workplace in its clause without making it part of a longer name: "at a startup and …". */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'where', 'in', 'with', 'that', 'which', 'for']);

/** The other way of meeting: "not in person" asks for online, "rather than online" for in person. */
const OPPOSITE_WAY: Readonly<Partial<Record<InPersonPreference, InPersonPreference>>> = {
  online: 'in-person',
  'in-person': 'online',
};

/** Words that hire someone: the people named right after them are the ones hired ("hire a freelance developer"). */
const HIRE_VERBS: ReadonlySet<string> = new Set(['hire', 'hiring', 'hires', 'recruit', 'recruiting', 'recruits']);
/** Words that can stand between a hiring or seeking word and whom it wants: "hire an experienced", "find a good". */
const HIRED_FILLERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'some',
  'two',
  'three',
  'few',
  'good',
  'reliable',
  'trusted',
  'trustworthy',
  'experienced',
  'qualified',
  'affordable',
  'cheap',
  'local',
  'professional',
  'freelance',
  'new',
  'for',
  'me',
]);
/** The people a trade serves, after its name: "accountant clients", "photographer customers". */
const CLIENT_NOUNS: ReadonlySet<string> = new Set(['client', 'clients', 'customer', 'customers']);
/**
 * Nouns after "family" that make it a kind of work or trade, not the writer's family or friends: "family sessions" (a
 * photographer's), "family law", "a family practice", "family-run", "family business".
 */
const FAMILY_KIND_OF_WORK: ReadonlySet<string> = new Set([
  ...['session', 'sessions', 'photos', 'photography', 'photographer', 'portraits', 'portrait', 'shoot', 'shoots'],
  ...['law', 'lawyer', 'lawyers', 'doctor', 'doctors', 'medicine', 'practice', 'dentist', 'dentistry', 'therapist'],
  ...['therapy', 'business', 'businesses', 'run', 'owned', 'farm', 'restaurant', 'firm', 'office'],
]);
/**
 * Permanent residence as immigration forms abbreviate it ("PR", in Canada and Australia): a status held, not the trade
 * of public relations, when it is had or granted ("got PR", "as a PR", "my PR") and no noun of a trade follows it in its
 * clause ("a PR agency", "my PR campaign" name the trade), or when a word of residence follows ("PR card", "PR visa").
 */
const RESIDENCE_STATUS_WORDS: ReadonlySet<string> = new Set(['pr']);
const STATUS_HELD_BEFORE: ReadonlySet<string> = new Set(['a', 'my', 'got', 'get', 'getting', 'received', 'granted']);
const RESIDENCE_NOUNS: ReadonlySet<string> = new Set(['card', 'visa', 'holder', 'holders', 'status', 'application']);
/** "But" in the languages read ("mas" is Portuguese "but"; Spanish "más", more, folds to it too, rarely between budgets). */
const BUT_WORDS: ReadonlySet<string> = new Set(['but', 'though', 'however', 'pero', 'mas', 'ma', 'mais', 'aber']);
/** Money set aside for a kind of work, after its name: "marketing budget", "advertising spend". */
const MONEY_FOR_WORK: ReadonlySet<string> = new Set(['budget', 'budgets', 'spend', 'spending']);
/** A customer or client in the singular, which may name a kind of work after it ("customer interviews"). */
const CUSTOMER_ONE: ReadonlySet<string> = new Set(['customer', 'client']);
/**
 * Nouns after "customer" or "client" that make it a kind of work or data: "12 customer interviews", "customer
 * research", "client feedback". Not "base" ("grow my customer base" wants customers) nor "work" (client work).
 */
const CUSTOMER_WORK: ReadonlySet<string> = new Set([
  ...['interview', 'interviews', 'research', 'feedback', 'discovery', 'survey', 'surveys', 'calls', 'call'],
  ...['service', 'support', 'success', 'experience', 'care', 'data', 'journey', 'journeys', 'persona', 'personas'],
  ...['validation', 'segment', 'segments', 'testing', 'insights'],
]);
/** Most words between a hiring or seeking word and whom it wants. */
const HIRED_GAP = 3;
/** Looking for someone: "find a contractor", "need a plumber", "looking for a photographer". */
const SEEKING_PRO: ReadonlySet<string> = new Set([...SEEK_WORDS, 'need', 'needs', 'needed', 'want', 'recommend']);
/** Hired professionals a visitor can look for by name; not an "agency" (which freelancers look to for work) nor the vaguer words. */
const SOUGHT_PROS: ReadonlySet<string> = new Set(
  [...HIRED_PROS].filter(
    (w) => !['agency', 'agencies', 'pro', 'pros', 'professional', 'project', 'freelance'].includes(w),
  ),
);

/** Running or owning a business whose kind is named after: "I run a| small software startup", "owner of a| …". */
const RUNNING_WORDS: ReadonlySet<string> = new Set([
  'i own a',
  'i own an',
  'i run a',
  'i run an',
  'we own a',
  'we own an',
  'we run a',
  'we run an',
  'running a',
  'owner of a',
  'owner of an',
]);
/** Most words between running a business and the word for its kind: "I run a| small software| startup". */
const RUNNING_GAP = 2;

/**
 * Where the running words `said` start when they stand just before `i` in its clause, over at most
 * {@link RUNNING_GAP} words ("I run a small software startup"): the kind of business at `i` says the audience.
 */
function runsWhatFollows(
  words: readonly string[],
  clauses: readonly number[],
  said: string,
  i: number,
): number | undefined {
  if (!RUNNING_WORDS.has(said)) return undefined;
  const length = said.split(' ').length;
  for (let gap = 0; gap <= RUNNING_GAP; gap++) {
    const at = i - gap - length;
    if (at < 0) return undefined;
    if (clauses[at] !== clauses[i]) return undefined;
    if (words.slice(at, at + length).join(' ') === said) return at;
  }
  return undefined;
}

/** Whether a hiring word stands shortly before `i` in its clause, over filler words only: "hire a| freelance developer". */
function hiredAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const hired = (w: string) => HIRE_VERBS.has(w) || (HIRED_FILLERS.has(w) ? undefined : false);
  return lookBack(words, clauses, i, HIRED_GAP + 1, hired) === true;
}

/**
 * A hired professional sought at `i` ("find a contractor", "need a good plumber", "looking for a wedding
 * photographer"): the words from the seeking word to the professional, over filler words and at most one other word
 * right before the professional; undefined when there is none. "Other plumbers" are peers, "work as a plumber" who
 * the writer is: neither has only fillers between.
 */
function proSoughtAt(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  verbs: ReadonlySet<string> = SEEKING_PRO,
): string | undefined {
  if (!verbs.has(words[i]!)) return undefined;
  for (let k = i + 1; k <= i + HIRED_GAP + 1 && k < words.length && clauses[k] === clauses[i]; k++) {
    const w = words[k]!;
    // "find photographers like me": people like the writer, peers, not a pro to hire; "find accountant clients":
    // whose clients, the writer's trade, not a pro to hire either.
    if (SOUGHT_PROS.has(w))
      return (words[k + 1] === 'like' && LIKE_ME.has(words[k + 2] ?? '')) || CLIENT_NOUNS.has(words[k + 1] ?? '')
        ? undefined
        : words.slice(i, k + 1).join(' ');
    if (HIRED_FILLERS.has(w)) continue;
    if (PEER_MARKERS.has(w) || WE_MARKERS.has(w)) return undefined;
    // One word naming the kind ("a wedding photographer"), right before the professional.
    if (
      SOUGHT_PROS.has(words[k + 1] ?? '') &&
      clauses[k + 1] === clauses[i] &&
      !PHRASES.get(w)?.some((e) => e.kind === 'goal')
    )
      continue;
    return undefined;
  }
  return undefined;
}

/** Seeking or hiring a professional: "need a plumber", "hire a local electrician". */
const SEEKING_OR_HIRING: ReadonlySet<string> = new Set([...SEEKING_PRO, ...HIRE_VERBS]);
/**
 * Words of nearness ("near me", "local", "in my area"): the local goal's own words, less the people living nearby
 * ("locals", "local community"), who are someone to meet, not a place.
 */
const NEARNESS: ReadonlySet<string> = new Set(
  (WEAK_GOAL_WORDS.local ?? []).map(foldWords).filter((w) => !/locals|communit/.test(w)),
);

/**
 * Whether the sentence of `i` has the writer seek or hire a professional ("need a plumber", "hire a local
 * electrician"), not negated.
 */
function proHiredIn(
  words: readonly string[],
  clauses: readonly number[],
  sentences: readonly number[],
  i: number,
): boolean {
  return words.some(
    (_, k) =>
      sentences[k] === sentences[i] &&
      !seekNegatedAt(words, clauses, k) &&
      proSoughtAt(words, clauses, k, SEEKING_OR_HIRING) !== undefined,
  );
}

const RAISE_WORDS: ReadonlySet<string> = new Set(['raise', 'raising', 'raised', 'raises']);
const NOT_FUNDS: ReadonlySet<string> = new Set(NOT_FUNDS_RAISED);
const RAISED_FILLER: ReadonlySet<string> = new Set(RAISED_FILLERS);
/** Whether "raise" at `i`, of `n` words, raises something other than money: "raising children", "raise awareness". */
function raisesNoFunds(words: readonly string[], i: number, n: number): boolean {
  if (n !== 1 || !RAISE_WORDS.has(words[i]!)) return false;
  let k = i + 1;
  while (k < words.length && RAISED_FILLER.has(words[k]!)) k++;
  return NOT_FUNDS.has(words[k] ?? '');
}

/** People an employer hires: after a word of noticing ("recruiters to find candidates") they are whom it looks for. */
const HIRED_PEOPLE: ReadonlySet<string> = new Set([...STAFF_WORDS, 'freelancers', 'workers', 'applicants', 'hires']);

/**
 * Whether people to hire follow the word at `k`, over filler words: staff ("find candidates", "discover talent") or
 * people of a profession or kind, in the plural ("find freelance translators", "find good developers").
 */
function hiredPeopleAfter(words: readonly string[], clauses: readonly number[], k: number): boolean {
  return peopleHiredAt(words, clauses, k, HIRED_KINDS) !== undefined;
}

/** The kinds of phrase that name people hired in the plural: a profession or a kind of people ("founders"). */
const HIRED_KINDS: ReadonlySet<Kind> = new Set(['field', 'audience']);

/**
 * Where people to hire stand after the word at `k`, over filler words ("find| good| developers"): staff, or a plural
 * of one of `kinds` of phrase; or undefined.
 */
function peopleHiredAt(
  words: readonly string[],
  clauses: readonly number[],
  k: number,
  kinds: ReadonlySet<Kind>,
): number | undefined {
  let j = k + 1;
  while (HIRED_FILLERS.has(words[j] ?? '') && clauses[j] === clauses[k]) j++;
  const whom = words[j] ?? '';
  if (clauses[j] !== clauses[k]) return undefined;
  const ofPeople = whom.endsWith('s') && PHRASES.get(whom)?.some((e) => kinds.has(e.kind)) === true;
  return HIRED_PEOPLE.has(whom) || ofPeople ? j : undefined;
}

/** The words of {@link SITE_KIND_WORDS} ("social media"), each as its folded words. */
const SITE_KIND_PHRASES: readonly (readonly string[])[] = SITE_KIND_WORDS.map((w) => foldWords(w).split(' '));
/** Words right before social media that keep away from it: "without social media", "avoid social networks". */
const AWAY_FROM: ReadonlySet<string> = new Set(['without', 'no', 'avoid', 'avoiding', 'off', 'beyond', 'besides']);

/** The words naming social media as such ("social media", "social networks"), unless kept away from, or undefined. */
function socialMediaSaidAt(words: readonly string[], clauses: readonly number[]): string | undefined {
  for (let k = 0; k < words.length; k++)
    for (const phrase of SITE_KIND_PHRASES) {
      if (phrase.some((w, m) => words[k + m] !== w)) continue;
      if (AWAY_FROM.has(words[k - 1] ?? '') || negatedAt(words, clauses, k)) continue;
      return phrase.join(' ');
    }
  return undefined;
}

/** New people, as the friends words say them ("new people", "gente nueva", "neue Leute"). */
const NEW_PEOPLE: ReadonlySet<string> = new Set(['new people', 'meet new people', 'gente nueva', 'neue leute']);
/** Single words for a business's customers ("customers", "clients", "clientas", "Kunden"). */
const CUSTOMER_NOUNS: ReadonlySet<string> = new Set([
  ...['customers', 'customer', 'clients', 'client', 'clientele', 'patrons', 'regulars'],
  ...['clientes', 'clientas', 'clienta', 'cliente', 'kunden', 'kundschaft', 'clienti', 'klanten', 'klienci'],
]);

/** Who employs staff: a startup, a small business, a large firm. */
const EMPLOYER_AUDIENCES: ReadonlySet<Audience> = new Set(['startups', 'small-business', 'enterprises']);
/** People of a profession only, not of a kind of audience ("find founders": peers or partners). */
const PROFESSION_KIND: ReadonlySet<Kind> = new Set(['field']);
/** Verbs of taking people on: "find engineers", "recruit developers". */
const TAKING_ON: ReadonlySet<string> = new Set(['find', 'finding', 'hire', 'hiring', 'recruit', 'recruiting']);

/**
 * The words from a verb of taking people on to the people of a profession it takes, in the plural ("find engineers",
 * "find good developers"), or staff ("recruit candidates"): said by an employer, hiring. Not people of a kind of
 * audience ("find founders": peers or partners), nor a negated clause.
 */
function professionTakenOnAt(words: readonly string[], clauses: readonly number[]): string | undefined {
  for (let k = 0; k < words.length; k++) {
    if (!TAKING_ON.has(words[k]!) || negatedAt(words, clauses, k)) continue;
    const j = peopleHiredAt(words, clauses, k, PROFESSION_KIND);
    if (j !== undefined) return words.slice(k, j + 1).join(' ');
  }
  return undefined;
}

/** Where a place named after "in" at `k` ends ("in Berlin", "in the UAE", "in New York"), or undefined. */
function placeInEnd(words: readonly string[], k: number): number | undefined {
  if (words[k] !== 'in') return undefined;
  const at = words[k + 1] === 'the' ? k + 2 : k + 1;
  for (let m = 3; m >= 1; m--) if (COUNTRY_PHRASES.has(words.slice(at, at + m).join(' '))) return at + m;
  return undefined;
}

/**
 * "studios to notice", "recruiters in Dubai find": an employer and, shortly after, a word of noticing, with the
 * employer's own number of words (`size`). A place the employers are in ("in Berlin") stands between uncounted, and
 * is read as the place. Not "recruiters to find candidates": people hired right after say the employers hire.
 */
function employerAt(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
): { words: string; size: number } | undefined {
  const two = `${words[i]} ${words[i + 1]}`;
  const size = EMPLOYERS.has(two) ? 2 : EMPLOYERS.has(words[i]!) ? 1 : 0;
  if (size === 0) return undefined;
  let gap = 0;
  for (let k = i + size; k < words.length && clauses[k] === clauses[i] && gap <= NOTICE_GAP; k++) {
    const place = placeInEnd(words, k);
    if (place !== undefined && clauses[place - 1] === clauses[i]) {
      k = place - 1;
      continue;
    }
    if (NOTICE_WORDS.has(words[k]!))
      return hiredPeopleAfter(words, clauses, k) ? undefined : { words: words.slice(i, k + 1).join(' '), size };
    gap++;
  }
  return undefined;
}

const ATTENDED: ReadonlySet<string> = new Set(ATTENDED_FIELD_WORDS);
/** Work that can be someone else's: "my partner's job", "his work". */
const WORK_NOUNS: ReadonlySet<string> = new Set(['job', 'jobs', 'work', 'career']);
/** The Spanish, Portuguese and Italian words for a job that are also "I work": "trabajo", "trabalho", "lavoro". */
const JOB_OR_I_WORK: ReadonlySet<string> = new Set(['trabajo', 'trabalho', 'lavoro']);
/** Words saying where, how or as what one works, after the verb: "trabajo en", "trabalho como", "lavoro da remoto". */
const WORKING_HOW: ReadonlySet<string> = new Set([
  ...['en', 'em', 'no', 'na', 'nos', 'nas', 'in', 'para', 'pra', 'per', 'por', 'como', 'come', 'desde', 'de', 'da'],
  ...['do', 'con', 'com', 'presso', 'a', 'al', 'ao', 'remoto', 'remota', 'online', 'solo', 'sozinho', 'sozinha'],
]);
/**
 * Whether the job word at `i` is the verb "I work": first in its sentence or right after "yo", "eu", "io", with a word
 * of where, how or as what right after it in its clause ("Trabajo 100% en remoto", "Eu trabalho como enfermeira"),
 * so it says the writer's work, not a job sought ("busco trabajo").
 */
function iWorkAt(words: readonly string[], clauses: readonly number[], sentences: readonly number[], i: number) {
  const first = i === 0 || sentences[i - 1] !== sentences[i] || ['yo', 'eu', 'io'].includes(words[i - 1]!);
  const next = words[i + 1] ?? '';
  return first && clauses[i + 1] === clauses[i] && (WORKING_HOW.has(next) || /^\d/.test(next));
}
/** The people whose job a writer may follow to a new place. */
const FOLLOWED_PEOPLE: ReadonlySet<string> = new Set([
  'partner',
  'husband',
  'wife',
  'spouse',
  'boyfriend',
  'girlfriend',
  'fiance',
  'fiancee',
  'dad',
  'mum',
  'mom',
  'father',
  'mother',
  'parents',
]);
/** Whether the word at `i` belongs to another person: "his", "her", "their", "my partner's" (folded "partner s"). */
function ownedByOther(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  if (before === 'his' || before === 'her' || before === 'their') return true;
  if (before === 's') return FOLLOWED_PEOPLE.has(words[i - 2] ?? '');
  return before.endsWith('s') && FOLLOWED_PEOPLE.has(before.slice(0, -1));
}
/**
 * Words that give a reason, before the work someone moved for: "moved to Leeds for work", "me mudé a Lisboa por
 * trabajo", "pour le travail", "wegen der Arbeit", "per lavoro", "voor mijn werk".
 */
const REASON_FOR: ReadonlySet<string> = new Set(['for', 'por', 'para', 'pour', 'fur', 'wegen', 'per', 'voor', 'za']);
/** Words that may stand between a word of reason and the work: articles, possessives and "new", in those languages. */
const REASON_FILLERS: ReadonlySet<string> = new Set([
  ...JOB_ARTICLES,
  ...CURRENT_JOB,
  ...['un', 'una', 'el', 'la', 'mi', 'nuevo', 'nueva', 'le', 'l', 'mon', 'ma', 'une', 'nouveau', 'nouvel'],
  ...['der', 'die', 'das', 'dem', 'den', 'des', 'einen', 'eine', 'meine', 'meinen', 'meinem', 'meiner', 'meines'],
  ...['neue', 'neuen', 'o', 'um', 'uma', 'meu'],
  ...['novo', 'nova', 'il', 'lo', 'mio', 'nuovo', 'een', 'mijn', 'nieuwe', 'nieuw'],
]);
/** Most filler words between a word of reason and the work: "for a new job". */
const REASON_GAP = 2;

/**
 * Whether the work word at `i` is the reason someone moved ("for work", "por trabajo", "for a new job"): a word of
 * reason shortly before it, over fillers only, and no seeking before that reason ("looking for work" is a search).
 */
function movedForAt(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - REASON_GAP - 1); k--) {
    const w = words[k]!;
    if (REASON_FOR.has(w)) return !SEEK_WORDS.has(words[k - 1] ?? '') && !DESIRE_WORDS.has(words[k - 1] ?? '');
    if (!REASON_FILLERS.has(w)) return false;
  }
  return false;
}
const STYLE_NOUN: ReadonlySet<string> = new Set(STYLE_NOUNS);
/**
 * Whether a noun of food or drink ({@link STYLE_NOUNS}) stands at `i` or, over one other word, right after it, in
 * the clause: after a demonym it says a style ("an Italian restaurant", "a Thai family café"), not a country.
 */
function styleAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return [i, i + 1].some((k) => STYLE_NOUN.has(words[k] ?? '') && clauses[k] === clauses[i - 1]);
}

/**
 * Goals whose words name people one can have ("customers", "friends", "investors"): "having" them tells of them. Not
 * questions or ideas ("I have questions about nursing" asks them), nor a job step ("I have a job interview").
 */
const PEOPLE_HAD: ReadonlySet<Purpose> = new Set(['referrals', 'friends', 'contacts', 'investors', 'promotion']);
/** Words between having and what is had that say it is lacking or too little: "have no clients", "has few friends". */
const LACKING: ReadonlySet<string> = new Set(['no', 'few', 'fewer', 'enough', 'more', 'any', 'zero', 'less', 'little']);
/** Most words between a verb of having and what is had: "has a few loyal customers". */
const HELD_GAP = 2;

/**
 * Whether the goal words at `i` name what the writer or their venture already has ("our brewery has loyal customers",
 * "I have friends but no contacts"): a verb of having ({@link HAVING}) shortly before, over words that say no lack
 * ({@link LACKING}), with neither a negator nor a word of wanting before it in the clause ("I don't have friends",
 * "would love to have customers" want them).
 */
function heldAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
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
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom']);
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
function hadByAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
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
const SPENDING_TIME: ReadonlySet<string> = new Set(['talk', 'chat', 'hang', 'spend', 'speak']);
/** Words before the writer that make their verb a question or a wish: "how do I talk to …", "can we hang out …". */
const ASKING_VERB: ReadonlySet<string> = new Set(['do', 'can', 'could', 'should', 'would', 'will', 'how', 'where']);
/**
 * Whether people of a trade or kind, in the plural ("researchers", "nurses", "freelancers"), are the subject of the
 * verb at `i`, right before it or over habit words ("where do UX researchers actually hang out").
 */
function tradePeopleBefore(words: readonly string[], clauses: readonly number[], i: number): boolean {
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
function friendsSeenAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
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
function timeSpentOnAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
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
function countedAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
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
function smallStaffAt(words: readonly string[], clauses: readonly number[]): string | undefined {
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

/**
 * Fields whose work is handed over at a distance, as files or text (a design, code, a translation, copy, a campaign):
 * their people can serve clients anywhere, so clients found online are worked for online. Not fields whose work is
 * done where the client is (trades, beauty, photography of events, fitness) or whose people are mostly employed.
 */
const DISTANCE_FIELDS: ReadonlySet<Field> = new Set([
  'software',
  'design-creative',
  'writing',
  'translation',
  'marketing',
]);
/** Premises a business serves its customers on: a business with one is found online but serves there. */
const PREMISES: ReadonlySet<string> = new Set([
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
function ownBusinessAt(words: readonly string[], clauses: readonly number[]): string | undefined {
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
function comesFromAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
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
function fundersAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const from = (w: string, k: number) =>
    DESIRE_WORDS.has(w) || SEEK_WORDS.has(w)
      ? false
      : w === 'from'
        ? setBefore(words, clauses, k, FROM_REACH, MONEY_FROM)
        : undefined;
  return lookBack(words, clauses, i, FROM_REACH, from) === true;
}

/** Forms of "run" that, before "into", mean coming across something: "running into code questions". */
const RUN_INTO: ReadonlySet<string> = new Set(['run', 'runs', 'running', 'ran']);
const TRADE: ReadonlySet<string> = new Set(TRADE_NOUNS);
const WORKING: ReadonlySet<string> = new Set(WORKING_IN);

/** Whether the field word of `n` words at `i` names a trade: "events planner", "work in events", "contacts in events". */
function tradeAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  return TRADE.has(words[i + n] ?? '') || sectorAt(words, clauses, i);
}

/** People named before "in" and their sector: "contacts in finance", "peers in recruiting", "someone in events". */
const SECTOR_PEOPLE: ReadonlySet<string> = new Set([
  ...TIES,
  ...['peers', 'people', 'colleagues', 'others', 'someone', 'anyone', 'professionals', 'folks'],
]);
/** Hiring words that name the trade of hiring after "in": "work in recruitment", "contacts in staffing". */
const HIRING_TRADES: ReadonlySet<string> = new Set(['recruiting', 'recruitment', 'staffing']);
/** The field of the trade of hiring. */
const HIRING_TRADE_FIELD: Field = 'hr-recruiting';

/** Whether the words at `i` name people's sector after "in" and those people: "contacts in …", "peers in …". */
function wantedSectorAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return words[i - 1] === 'in' && clauses[i - 2] === clauses[i] && SECTOR_PEOPLE.has(words[i - 2] ?? '');
}

/** Whether the words at `i` name a sector after "in": of people ({@link wantedSectorAt}) or of work ("work in …"). */
function sectorAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return (
    wantedSectorAt(words, clauses, i) ||
    (words[i - 1] === 'in' && clauses[i - 2] === clauses[i] && WORKING.has(words[i - 2] ?? ''))
  );
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'another', 'the', 'one']);
const TOPIC_PLACES: ReadonlySet<string> = new Set(GROUP_TOPIC_PLACES);
const YOUNG_NOUN: ReadonlySet<string> = new Set(YOUNG_NOUNS);
/** Words after "for" that make the group someone else's: "for my wife". */
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
/** The most words of a query typed as a search rather than written as a sentence ("nursing networking events"). */
const QUERY_LENGTH = 8;
/** Words for somewhere to go that name who it is for after "where": "a place where women talk". */
const WHERE_PLACES: ReadonlySet<string> = new Set(['place', 'places', 'space', 'spaces']);
/** A text of at most this many words that starts with a group names it as its topic ("young professionals"). */
const SHORT_QUERY = 3;

/**
 * The words, from `from` to `to`, of a group asked about as the topic
 * ({@link GROUP_TOPIC_PLACES}), or undefined: "networks for women", "for
 * moms", "moms group", "women entrepreneurs network", or a short text that
 * starts with the group ("young professionals").
 */
function groupTopicAt(
  words: readonly string[],
  clauses: readonly number[],
  from: number,
  to: number,
): [number, number] | undefined {
  const same = (k: number) => k >= 0 && k < words.length && clauses[k] === clauses[from];
  // "for (other|young|…) women", after a place or at the start: "networks for women", "for moms".
  for (const gap of [0, 1]) {
    const f = from - 1 - gap;
    if (!same(f) || words[f] !== 'for') continue;
    if (gap === 1 && (POSSESSIVES.has(words[from - 1]!) || ARTICLES.has(words[from - 1]!))) continue;
    if (f === 0 || (same(f - 1) && TOPIC_PLACES.has(words[f - 1]!))) return [f === 0 ? 0 : f - 1, to];
  }
  // "a place where women pharmacists talk", "a group where moms swap tips": the people a place is for, after "where".
  if (
    same(from - 2) &&
    words[from - 1] === 'where' &&
    (TOPIC_PLACES.has(words[from - 2]!) || WHERE_PLACES.has(words[from - 2]!))
  )
    return [from - 2, to];
  // "moms group", "women's network", "women founders support group", "women in tech network": in the name of a
  // place, two words apart at most.
  for (const gap of [0, 1, 2]) {
    const k = to + 1 + gap;
    // "my wife said a group …": an article or a possessive between starts another phrase.
    if (words.slice(to + 1, k).some((w) => ARTICLES.has(w) || POSSESSIVES.has(w))) break;
    if (same(k) && TOPIC_PLACES.has(words[k]!)) return [from, k];
  }
  if (from === 0 && words.length <= SHORT_QUERY) return [0, words.length - 1];
  return undefined;
}

/** "other"/"fellow" name the writer's group only right before it ("other women", not "other than my husband"). */
const PEER_SELF: ReadonlySet<string> = new Set(['other', 'fellow']);
/** Words after a group noun that make it the writer's own (`lexicon-turkish-indonesian-polish.ts`). */
const SELF_MARKERS_AFTER: ReadonlySet<string> = new Set(
  MORE_LANGUAGES.flatMap((language) => language.selfMarkersAfter.map(foldWords)),
);
const GROUP_BY_NOUN: ReadonlyMap<string, EligibilityGroup> = new Map(
  (Object.entries(GROUP_NOUNS) as [EligibilityGroup, readonly string[]][]).flatMap(([group, nouns]) =>
    nouns.map((n) => [n, group] as const),
  ),
);
const GROUP_BY_VERB: ReadonlyMap<string, EligibilityGroup> = new Map(
  (Object.entries(GROUP_VERBS) as [EligibilityGroup, readonly string[]][]).flatMap(([group, verbs]) =>
    verbs.map((v) => [v, group] as const),
  ),
);
const VERB_ADVERBS: ReadonlySet<string> = new Set(GROUP_VERB_ADVERBS);
const AGE_MARKERS: readonly string[] = ['i am', 'i m', 'im', 'aged', 'age'];
const NOT_AGE: ReadonlySet<string> = new Set(NOT_AGE_AFTER);
/** Decades that lie wholly inside 18 to 40. */
const YOUNG_DECADES: ReadonlySet<string> = new Set(['20s', 'twenties', '30s', 'thirties']);
const YOUNG = { min: 18, max: 40 } as const;
/** Decades that lie wholly at 55 or over, after "in my" ("in my sixties"), or after "in my late" ("in my late fifties"). */
const OLDER_DECADES: ReadonlySet<string> = new Set([
  ...['60s', 'sixties', '70s', 'seventies', '80s', 'eighties', '90s', 'nineties'],
]);
const LATE_OLDER_DECADES: ReadonlySet<string> = new Set(['50s', 'fifties']);
const OLDER = { min: 55, max: 99 } as const;
/** The age groups, each with its bounds: an age said of the writer places them in at most one. */
const AGE_GROUPS: readonly (readonly [EligibilityGroup, { min: number; max: number }])[] = [
  ['age-18-40', YOUNG],
  ['age-55-plus', OLDER],
];
/** The group retirement places the writer in. */
const RETIRED_GROUP: EligibilityGroup = 'age-55-plus';
/** A word that looks plural, after a verb of a group ("retired teachers"): four letters or more, ending in "s". */
const PLURAL_AFTER = /^\p{L}{3,}s$/u;
/**
 * An age opening a post or one of its sentences, as forum writers introduce themselves: "55+ and looking for friends",
 * "Over 60, want to meet people", "62, widowed, …". Only before a comma, a full stop, "and" or "here": "Over 60 people
 * came" and "60+ employees" count other things.
 */
const AGE_OPENING = /(?:^|[.!?]\s+)(over\s+)?(\d{2})(\+)?(?=\s*(?:[,.;:!]|and\b|here\b))/i;
/** Words before an age that say it is not reached yet ("nearly 35", "turning 55"): the writer is a year younger. */
const BELOW_AGE: ReadonlySet<string> = new Set(['nearly', 'almost', 'turning']);

/** The marker of `markers` that ends right before word `i`, in the same clause, or undefined. */
function markerBefore(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  markers: readonly string[],
): string | undefined {
  return markers.find((m) => {
    const parts = m.split(' ');
    const from = i - parts.length;
    return from >= 0 && clauses[from] === clauses[i] && parts.every((p, k) => words[from + k] === p);
  });
}

/** The number of words of an age right before word `i` ("45 year old", "29yo", "29 yo"), or 0. */
function ageBefore(words: readonly string[], i: number): number {
  const isAge = (w: string | undefined) => w !== undefined && /^\d{2}$/.test(w);
  if (/^\d{2}yo$/.test(words[i - 1] ?? '')) return 1;
  if (words[i - 1] === 'yo' && isAge(words[i - 2])) return 2;
  if (words[i - 1] === 'old' && YEAR_WORDS.has(words[i - 2] ?? '') && isAge(words[i - 3])) return 3;
  return 0;
}
const YEAR_WORDS: ReadonlySet<string> = new Set(['years', 'year', 'yrs', 'yr']);
/** Ways of life written before a group noun as one word: "a stay-at-home dad", "a work-from-home mum". */
const WAYS_OF_LIFE: readonly (readonly string[])[] = [
  ['stay', 'at', 'home'],
  ['work', 'at', 'home'],
  ['work', 'from', 'home'],
];

/** The number of words of a way of life right before word `i` ("stay at home" in "stay at home dad"), or 0. */
function lifeBefore(words: readonly string[], i: number): number {
  const found = WAYS_OF_LIFE.find((w) => w.every((p, k) => words[i - w.length + k] === p));
  return found?.length ?? 0;
}
/** "I am a", "I'm a": the writer saying what they are. */
const SELF_DESCRIBED: readonly string[] = ['i am', 'i m', 'im'];
/** Only "a"/"an" join a noun to that description: "and the moms at school" are other people. */
const A_OR_AN: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Whether the noun at `noun` follows "and a"/"and an" in a sentence where the writer earlier said what they are
 * ("I'm a nurse and a mum of two"): it adds to that description.
 */
function joinedToSelf(words: readonly string[], sentences: readonly number[], noun: number): boolean {
  if (!A_OR_AN.has(words[noun - 1] ?? '') || words[noun - 2] !== 'and' || sentences[noun - 2] !== sentences[noun])
    return false;
  // From the word before "and" back, to the second word of the sentence at most.
  const described = (w: string, k: number) =>
    (A_OR_AN.has(w) && markerBefore(words, sentences, k, SELF_DESCRIBED) !== undefined) || undefined;
  return lookBack(words, sentences, noun - 2, noun - 3, described) === true;
}
/** Most words from a group noun to "here" over what it is of: "Mom| of two little ones| here". */
const OF_CHILDREN_REACH = 5;
/** Words before an age that say it is roughly that ("nearly 35", "turning 30"). */
const ABOUT_AGE: ReadonlySet<string> = new Set(['nearly', 'almost', 'turning', 'turned']);
/** Age and sex as forums write them after "I" or "me": "I (28F)", "me [M34]", "I (29/f)". */
const AGE_SEX = /\b(?:i|i'm|i am|me)\s*[([]\s*(?:(\d{2})\s*\/?\s*([mf])|([mf])\s*\/?\s*(\d{2}))\s*[)\]]/i;
/**
 * Age and sex opening a post or one of its sentences, as forum writers introduce themselves: "44F, divorce finalised",
 * "29M here." Only before a comma, a full stop or "here": "35M raised last year" is money.
 */
const AGE_SEX_OPENING = /(?:^|[.!?]\s+)(?:(\d{2})([mf])|([mf])(\d{2}))(?=\s*(?:[,.;:!]|here\b))/i;

/**
 * The groups the writer says they belong to: a group noun after "I am (a)",
 * "as (a)", "being", with at most one word between article and noun besides
 * an age ("as a black woman", "I'm a 45 year old man"), or right after
 * "other"/"fellow"; an age of 18 to 40 or of 55 and over ("I'm 29", "aged 34",
 * "29 years old", "in my thirties", "I'm over 60", "in my late fifties", and
 * "nearly 35" ending a clause of a sentence that says "I am"); retirement said
 * of oneself as a group noun ("I'm retired", "as a pensioner"); age and sex as
 * "I (28F)"; a group asked about as the topic
 * ({@link groupTopicAt}: "networks for women", "moms group", "young
 * professionals"). Each with its words, as the writer wrote them.
 */
function readGroups(
  raw: string,
  words: readonly string[],
  clauses: readonly number[],
  sentences: readonly number[],
): Reading<EligibilityGroup>[] {
  const found = new Map<EligibilityGroup, string>();
  const setAge = (age: number, phrase: string) => {
    if (AGE_GROUPS.some(([g]) => found.has(g))) return;
    const group = AGE_GROUPS.find(([, { min, max }]) => age >= min && age <= max)?.[0];
    if (group !== undefined) found.set(group, phrase);
  };
  const saidAge = () => AGE_GROUPS.some(([g]) => found.has(g));
  words.forEach((word, i) => {
    // "young professionals" is the age group, the pair standing for one noun.
    const young = YOUNG_NOUN.has(word) && words[i - 1] === 'young' && clauses[i - 1] === clauses[i];
    const group = GROUP_BY_NOUN.get(word) ?? (young ? 'age-18-40' : undefined);
    // "I'm a women's health nurse", "as a dad's wife": a group noun with a possessive names whom something is for or
    // whose it is, not what the writer says they are ("I'm a women" was shown as their words); asked about as a topic
    // ("a women's group in Porto") it is still read.
    const possessive = words[i + 1] === 's' && clauses[i + 1] === clauses[i];
    if (group !== undefined && !found.has(group)) {
      const peer = markerBefore(words, clauses, i, [...PEER_SELF]);
      if (peer !== undefined) found.set(group, `${peer} ${word}`);
      // "other new fathers": over a word such as "new", as peers are read.
      const filler = words[i - 1] ?? '';
      const peerOver = PEER_FILLERS.has(filler) ? markerBefore(words, clauses, i - 1, [...PEER_SELF]) : undefined;
      if (peer === undefined && peerOver !== undefined) found.set(group, `${peerOver} ${filler} ${word}`);
      // An age or a way of life right before the noun ("a 45 year old man", "a stay-at-home dad") stands where an
      // adjective would.
      const noun = i - ageBefore(words, i) - lifeBefore(words, i);
      // Back over at most one free word, then an optional article, to the marker.
      for (let extra = 0; extra <= 1 && !found.has(group) && !possessive; extra++)
        for (const article of [1, 0]) {
          const at = noun - extra - article;
          if (at < 1 || (article === 1 && !ARTICLES.has(words[at]!))) continue;
          // The free word is no article, nor whose the noun is: "I am their guy" is no man saying so.
          const free = words[noun - 1]!;
          if (extra === 1 && (ARTICLES.has(free) || POSSESSIVES.has(free) || clauses[noun - 1] !== clauses[i]))
            continue;
          const marker = markerBefore(
            words,
            clauses,
            at,
            SELF_MARKERS.filter((m) => !PEER_SELF.has(m)),
          );
          if (marker !== undefined) {
            found.set(group, [marker, ...words.slice(at, i + 1)].join(' '));
            break;
          }
        }
      // "Stay-at-home mom here, …": a group noun that opens a sentence, followed by "here" that ends the clause, is
      // how forum writers introduce themselves ("Woman here.", "Dad here, 34"); "women here in Lagos" goes on.
      const opens = noun === 0 || sentences[noun - 1] !== sentences[noun];
      // "Mom of two little ones here, …": the noun's children counted between it and "here".
      const hereAt = words[i + 1] === 'of' ? words.indexOf('here', i + 2) : i + 1;
      const here =
        hereAt > i &&
        hereAt <= i + 1 + OF_CHILDREN_REACH &&
        words[hereAt] === 'here' &&
        clauses[hereAt] === clauses[i] &&
        clauses[hereAt + 1] !== clauses[i];
      if (!found.has(group) && !possessive && opens && here) found.set(group, words.slice(noun, hereAt + 1).join(' '));
      // "Jubilada, busco …", "Retired, 64, …": a word of retirement alone in the clause that opens a sentence
      // introduces the writer as "Woman here." does; a plural one ("Retirees, …") calls on others. Not the nouns of
      // sex and family, which open sentences as interjections and address ("Man, …", "Mom, …").
      const alone = opens && i === noun && clauses[i + 1] !== clauses[i] && !word.endsWith('s');
      if (!found.has(group) && !possessive && alone && group === RETIRED_GROUP) found.set(group, word);
      // "Retired engineer looking to mentor", "Just retired, bored": a sentence that opens on a verb of the group,
      // over at most one adverb, leaves out its subject as diaries and forum posts do: the writer. Not before a
      // plural ("Retired teachers in our town …" are others).
      const adverb = VERB_ADVERBS.has(words[i - 1] ?? '') ? 1 : 0;
      const opensOnVerb = i - adverb === 0 || sentences[i - adverb - 1] !== sentences[i];
      const next = clauses[i + 1] === clauses[i] ? (words[i + 1] ?? '') : '';
      if (!found.has(group) && GROUP_BY_VERB.get(word) === group && opensOnVerb && !PLURAL_AFTER.test(next))
        found.set(group, words.slice(i - adverb, i + 1).join(' '));
      // "I'm a pharmacist in the US and a mom": a group noun joined by "and a" to what the writer said they are
      // earlier in the sentence.
      if (!found.has(group) && !possessive && joinedToSelf(words, sentences, noun))
        found.set(group, words.slice(noun - 2, i + 1).join(' '));
      // Turkish "as" after the noun, at most one word apart: "bir kadın olarak", "kadın girişimci olarak".
      const as = [1, 2].find((n) => SELF_MARKERS_AFTER.has(words[i + n] ?? '') && clauses[i + n] === clauses[i]);
      if (!found.has(group) && as !== undefined) found.set(group, words.slice(i, i + as + 1).join(' '));
      // "I retired last year", "I've just retired": a verb of the group with the writer as its subject, over at most
      // one adverb.
      if (!found.has(group) && GROUP_BY_VERB.get(word) === group)
        for (const gap of [0, 1]) {
          const subject = markerBefore(words, clauses, i - gap, GROUP_VERB_SUBJECTS);
          if (subject !== undefined && (gap === 0 || VERB_ADVERBS.has(words[i - 1]!))) {
            found.set(group, [subject, ...words.slice(i - gap, i + 1)].join(' '));
            break;
          }
        }
      const topic = found.has(group) ? undefined : groupTopicAt(words, clauses, young ? i - 1 : i, i);
      if (topic !== undefined) found.set(group, words.slice(topic[0], topic[1] + 1).join(' '));
    }
    if (saidAge()) return;
    const age = /^\d{2}$/.test(word) ? Number(word) : /^\d{2}yo$/.test(word) ? Number(word.slice(0, 2)) : NaN;
    if (!Number.isNaN(age)) {
      const next = words[i + 1] ?? '';
      const yearsOld = YEAR_WORDS.has(next) && words[i + 2] === 'old';
      const marker = markerBefore(words, clauses, i, AGE_MARKERS);
      if (word.endsWith('yo') || next === 'yo') setAge(age, next === 'yo' ? `${word} yo` : word);
      else if (yearsOld) setAge(age, `${word} ${next} old`);
      else if (marker !== undefined && !NOT_AGE.has(next)) setAge(age, `${marker} ${word}`);
      // "I'm over 60": more than the number, said of the writer.
      else if (words[i - 1] === 'over' && !NOT_AGE.has(next)) {
        const over = markerBefore(words, clauses, i - 1, AGE_MARKERS);
        if (over !== undefined) setAge(age + 1, `${over} over ${word}`);
      } else if (
        // "I am a single guy, nearly 35": an age said roughly, on its own at the end of a clause about oneself.
        ABOUT_AGE.has(words[i - 1] ?? '') &&
        clauses[i + 1] !== clauses[i] &&
        words.some(
          (w, k) =>
            k < i &&
            sentences[k] === sentences[i] &&
            (w === 'im' || (w === 'i' && (words[k + 1] === 'am' || words[k + 1] === 'm'))),
        )
      )
        setAge(BELOW_AGE.has(words[i - 1]!) ? age - 1 : age, `${words[i - 1]} ${word}`);
    }
    if (YOUNG_DECADES.has(word) && words[i - 1] === 'my' && words[i - 2] === 'in')
      found.set('age-18-40', `in my ${word}`);
    else if (OLDER_DECADES.has(word) && words[i - 1] === 'my' && words[i - 2] === 'in')
      found.set('age-55-plus', `in my ${word}`);
    else if (LATE_OLDER_DECADES.has(word) && words[i - 1] === 'late' && words[i - 2] === 'my' && words[i - 3] === 'in')
      found.set('age-55-plus', `in my late ${word}`);
  });
  const opening = AGE_OPENING.exec(raw.trim());
  if (opening !== null) setAge(Number(opening[2]) + (opening[1] === undefined ? 0 : 1), opening[0].trim());
  const forum = AGE_SEX.exec(raw) ?? AGE_SEX_OPENING.exec(raw.trim());
  if (forum !== null) {
    const [said, age1, sex1, sex2, age2] = forum;
    const sex = (sex1 ?? sex2 ?? '').toLowerCase() === 'f' ? 'women' : 'men';
    if (!found.has(sex)) found.set(sex, said);
    setAge(Number(age1 ?? age2), said);
  }
  // A parent's noun says the wider group too ("I'm a dad": a father, and a man), in the parent's words.
  for (const g of [...found.keys()]) {
    const wider = ELIGIBILITY_GROUPS.get(g)?.within as EligibilityGroup | undefined;
    if (wider !== undefined && !found.has(wider)) found.set(wider, found.get(g)!);
  }
  return keysOf(ELIGIBILITY_GROUPS)
    .filter((g) => found.has(g))
    .map((g) => ({ value: g, words: inOwnWords(raw, found.get(g)!) }));
}

/** A word of the text as the reader folds it, with where the word it is part of is written. */
interface FoldedWord {
  word: string;
  start: number;
  end: number;
}

/** The text's words as the reader folds them, each with where it is written: made once per read (issue #16). */
function foldedWordsOf(raw: string): FoldedWord[] {
  const folded: FoldedWord[] = [];
  for (const m of raw.matchAll(WORD_RUN))
    // A Turkish or Indonesian word with endings as the reader read it ("arkadaşım" as "arkadaş"), shown whole.
    for (const word of foldWords(m[0]).split(' ').filter(Boolean).map(stripHebrew).map(withoutEndings))
      folded.push({ word, start: m.index, end: m.index + m[0].length });
  return folded;
}

/**
 * The writer's own words for a folded phrase read from `raw` ("I'm a 45 year
 * old man" for "i m a 45 year old man"): the first stretch of the text whose
 * words fold to the phrase's, from its first word to its last, as written; the
 * folded phrase when no such stretch is there (a phrase read across an aside).
 */
function inOwnWords(raw: string, phrase: string, folded: readonly FoldedWord[] = foldedWordsOf(raw)): string {
  // Words read from two places ("meet … nurses"): each place in the writer's words.
  if (phrase.includes(' … '))
    return phrase
      .split(' … ')
      .map((part) => inOwnWords(raw, part, folded))
      .join(' … ');
  const wanted = phrase.split(' ');
  for (let k = 0; k + wanted.length <= folded.length; k++)
    if (wanted.every((w, j) => folded[k + j]!.word === w)) {
      const written = raw.slice(folded[k]!.start, folded[k + wanted.length - 1]!.end);
      // "lend us money … in the US": a word read only in capitals is shown where it is written so, not as the pronoun.
      if (CAPITALS_ONLY.has(phrase) && written !== phrase.toUpperCase()) continue;
      return written;
    }
  return writtenInside(raw, phrase) ?? phrase;
}

/** Most characters a stretch of text may have beyond its folded phrase (accents and marks folded away). */
const FOLDED_SLACK = 4;

/**
 * The stretch of `raw` that folds to `phrase` inside a longer word: a word found inside a Japanese run
 * ("友だち" in "友だちがいない", whose kana fold to other code points) or an Arabic word with what is joined to its
 * front ("أصدقاء" in "وأصدقاء"); undefined when there is none.
 */
function writtenInside(raw: string, phrase: string): string | undefined {
  for (let a = 0; a < raw.length; a++) {
    // From a letter: "。顧客" folds to "顧客" too, but the stop is not the writer's word for it.
    if (!/[\p{L}\p{N}]/u.test(raw[a]!)) continue;
    for (let b = a + 1; b <= Math.min(raw.length, a + phrase.length + FOLDED_SLACK); b++)
      if (foldWords(raw.slice(a, b)) === phrase) return raw.slice(a, b);
  }
  return undefined;
}

/** The career someone has: after "in" ("early in my career") it is a stage of it. */
const CAREER_HELD: ReadonlySet<string> = new Set(['career', 'my career']);
/** Words for the work someone has or had, which a past verb before them makes work done: "had a job", "my career". */
const PAST_WORK: ReadonlySet<string> = new Set([...WORK_WORDS, ...CAREER_HELD, 'new job']);
/**
 * Words before a job in its clause that make it one held in the past: a verb of having or doing it in the past ("had
 * a job", "spent my career", "left my job", "loved my job") or retiring from or after it ("retired after a long
 * career"). Not "after" alone: "after a job" is looking for one.
 */
const PAST_HOLDING: ReadonlySet<string> = new Set([
  ...['had', 'spent', 'held', 'left', 'loved', 'enjoyed', 'ended', 'finished', 'quit', 'did', 'was', 'were'],
  ...['retired', 'throughout', 'during'],
]);
/** Most words between a past verb and the job it held: "had| a long and happy| career". */
const PAST_WORK_REACH = 5;

/**
 * Whether the job or career at `i` is one held in the past: a word of {@link PAST_HOLDING} before it in its clause and
 * no word of seeking or wishing there ("retired, and I'd like a part-time job" still wants one).
 */
function pastWorkAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  // "retired after a long career": "after" right after a past verb is when, not a wish for the job ("after a job").
  const wished = lookBack(words, clauses, i, WISH_REACH, (w, k) =>
    (WISHING.has(w) || SEEK_WORDS.has(w)) && !(w === 'after' && PAST_HOLDING.has(words[k - 1] ?? ''))
      ? true
      : undefined,
  );
  return wished !== true && setBefore(words, clauses, i, PAST_WORK_REACH, PAST_HOLDING);
}
/** Words before "career" that make it a move, not the career someone has: "start my nursing career". */
const CAREER_MOVES: ReadonlySet<string> = new Set([
  'start',
  'starting',
  'begin',
  'beginning',
  'launch',
  'change',
  'changing',
  'switch',
  'switching',
  'new',
  'next',
  // Going back to a career after a break is starting it again.
  'restart',
  'restarting',
  'relaunch',
  'relaunching',
  'resume',
  'resuming',
]);

/** Whether a first-person marker ("I'm a", "as an") comes right before word `i`, in its clause. */
function selfMarkerBefore(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const markers = SELF_MARKERS.filter((m) => !PEER_SELF.has(m));
  const at = ARTICLES.has(words[i - 1] ?? '') && clauses[i - 1] === clauses[i] ? i - 1 : i;
  return markerBefore(words, clauses, at, markers) !== undefined;
}

/**
 * The US state right after word `i` ("al" written "AL" right there, "alabama"), or undefined: a state code
 * counts only where it is written in capitals, so "in" or "or" elsewhere in the text names no state.
 */
function usStateAt(words: readonly string[], written: readonly string[], i: number): string | undefined {
  const next = words[i];
  if (next === undefined) return undefined;
  if (US_STATE_CODES.has(written[i]!)) return next;
  for (const n of [2, 1]) {
    const phrase = words.slice(i, i + n).join(' ');
    if (COUNTRY_PHRASES.get(phrase) === 'US' && !CITY_PHRASES.has(phrase)) return phrase;
  }
  return undefined;
}

/** Words that join two ways of meeting into a choice of both: "online or offline", "online and in person". */
const EITHER_JOINS: ReadonlySet<string> = new Set(['or', 'and', 'either', 'both']);
/** Most words between two ways of meeting joined as a choice: "online meetups or in person". */
const JOIN_GAP = 3;

/** Words saying a way of meeting would do: "online is fine too", "in person works too". */
const WOULD_DO: ReadonlySet<string> = new Set(['fine', 'ok', 'okay', 'good', 'great', 'works', 'work', 'possible']);
/** Words saying it would do as well as another: "too", "also". */
const AS_WELL: ReadonlySet<string> = new Set(['too', 'also']);
/** Most words after a way of meeting to "too": "online| would be fine too". */
const ALSO_FINE_REACH = 4;

/**
 * Whether the words after a way of meeting ending at `end` say it would do as well ("online is fine too", "in person
 * also works"): a word of {@link WOULD_DO} and one of {@link AS_WELL} within reach in its clause, and no negator.
 */
function alsoFineAt(words: readonly string[], clauses: readonly number[], end: number): boolean {
  const after = words.slice(end, end + ALSO_FINE_REACH).filter((_, k) => clauses[end + k] === clauses[end - 1]);
  return after.some((w) => WOULD_DO.has(w)) && after.some((w) => AS_WELL.has(w)) && !after.some((w) => NEGATORS.has(w));
}

/**
 * The way of meeting the text asks for, from the ways it names in order: two different ones joined by "or",
 * "and" ("online or offline") are either; "from online to in person" is the second; otherwise the first.
 */
function wayOfMeeting(
  words: readonly string[],
  clauses: readonly number[],
  ways: readonly (Reading<InPersonPreference> & { at: number; end: number })[],
): Reading<InPersonPreference> | undefined {
  const [first] = ways;
  if (first === undefined) return undefined;
  // "in person would be great, online is fine too": a second way said to do as well, in a clause of its own.
  const alsoFine = ways.find((w) => w.value !== 'either' && alsoFineAt(words, clauses, w.end));
  const preferred = alsoFine && ways.find((w) => w.value !== alsoFine.value && w.value !== 'either');
  if (alsoFine !== undefined && preferred !== undefined)
    return { value: 'either', words: `${preferred.words} … ${alsoFine.words}` };
  const other = ways.find((w) => w.value !== first.value && w.value !== 'either' && first.value !== 'either');
  if (other !== undefined && clauses[other.at] === clauses[first.at]) {
    const between = words.slice(first.end, other.at);
    if (between.length <= JOIN_GAP && between.some((w) => EITHER_JOINS.has(w)))
      return { value: 'either', words: `${first.words} … ${other.words}` };
    if (words[first.at - 1] === 'from' && between.includes('to')) return { value: other.value, words: other.words };
  }
  return { value: first.value, words: first.words };
}

/** Nearness words that can stand as one side of "near me or online": the local goal's, less those said of others. */
const NEARBY_SIDES: readonly string[] = [...NEARNESS].filter((w) => !/ (?:them|us|you)$/.test(w));

/**
 * Online offered as the other side of nearness ("near me or online", "online or nearby"): either way, with the
 * words from one side to the other. The nearness stays the local goal it is: somewhere near is still wished for.
 */
function nearbyOrOnline(
  words: readonly string[],
  clauses: readonly number[],
  ways: readonly (Reading<InPersonPreference> & { at: number; end: number })[],
): Reading<InPersonPreference> | undefined {
  const sideAt = (from: number, to: number) =>
    clauses[from] === clauses[to] && NEARBY_SIDES.includes(words.slice(from, to + 1).join(' '));
  for (const way of ways) {
    if (way.value !== 'online') continue;
    const or = way.at - 1;
    if (words[or] === 'or' && clauses[or] === clauses[way.at])
      for (let n = 1; n <= 3; n++)
        if (or - n >= 0 && sideAt(or - n, or - 1))
          return { value: 'either', words: words.slice(or - n, way.end).join(' ') };
    if (words[way.end] === 'or' && clauses[way.end] === clauses[way.at])
      for (let n = 1; n <= 3; n++)
        if (sideAt(way.end + 1, way.end + n))
          return { value: 'either', words: words.slice(way.at, way.end + n + 1).join(' ') };
  }
  return undefined;
}

/** Verbs between a way of meeting and "not" that say it does not suit: "online is not", "online doesn't work". */
const SUITING_VERBS: ReadonlySet<string> = new Set([
  'is',
  'isn',
  'are',
  'aren',
  'does',
  'doesn',
  'do',
  'don',
  'really',
]);
/** Most of them: "online really is not". */
const SUITING_REACH = 2;

/**
 * Whether a way of meeting ending before `end` is said right after not to suit ("online is not my thing", "in
 * person isn't possible", "online doesn't work for me"); "online is not only for the young" says no such thing.
 */
function notSuitedAfter(words: readonly string[], clauses: readonly number[], end: number): boolean {
  let k = end;
  while (k - end < SUITING_REACH && SUITING_VERBS.has(words[k] ?? '') && clauses[k] === clauses[end]) k++;
  return k > end && NEGATORS.has(words[k] ?? '') && clauses[k] === clauses[end] && !NOT_ONLY.has(words[k + 1] ?? '');
}

/** Meeting, and meetings: what a group that meets on a schedule does. */
const MEETINGS: ReadonlySet<string> = new Set(['meet', 'meets', 'meeting', 'meetings', 'meetup', 'meetups']);
/** Words of a schedule said as one word: "meet weekly", "monthly meetings". */
const SCHEDULE_WORDS: ReadonlySet<string> = new Set(['weekly', 'monthly', 'fortnightly', 'biweekly', 'regularly']);
/** What "every" or "once a" counts when it gives a schedule: "every month", "once a week". */
const SCHEDULE_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'fortnight', 'quarter', 'weekend']);
/** Most words from a meeting to its schedule: "meet other owners every month". */
const SCHEDULE_REACH = 4;

/**
 * A meeting on a schedule ("a group of founders who meet every month", "meets weekly", "monthly meetups"), with the
 * words that say it, or undefined: a group that meets regularly meets in person, unless the text says online (then
 * the way read says so, and this is not asked).
 */
function scheduledMeetingIn(words: readonly string[], clauses: readonly number[]): string | undefined {
  const scheduleAt = (j: number) =>
    SCHEDULE_WORDS.has(words[j] ?? '') ||
    (words[j] === 'every' && SCHEDULE_UNITS.has(words[j + 1] ?? '')) ||
    (words[j] === 'once' && words[j + 1] === 'a' && SCHEDULE_UNITS.has(words[j + 2] ?? ''));
  for (let k = 0; k < words.length; k++) {
    if (!MEETINGS.has(words[k]!)) continue;
    if (k > 0 && clauses[k - 1] === clauses[k] && SCHEDULE_WORDS.has(words[k - 1]!))
      return `${words[k - 1]} ${words[k]}`;
    for (let j = k + 1; j <= k + SCHEDULE_REACH && j < words.length && clauses[j] === clauses[k]; j++)
      if (scheduleAt(j))
        return `${words[k]} … ${words.slice(j, words[j] === 'once' ? j + 3 : words[j] === 'every' ? j + 2 : j + 1).join(' ')}`;
  }
  return undefined;
}

/** Last words of a word for moving that need a place after them: "moved to", "arrived in". */
const TO_A_PLACE: ReadonlySet<string> = new Set(['to', 'in']);
/** Nouns of a place someone moves to: "moved to the big city", "arrived in a small town". */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'town',
  'country',
  'area',
  'region',
  'state',
  'suburb',
  'suburbs',
  'village',
  'countryside',
  'capital',
  'neighbourhood',
  'neighborhood',
]);
/** How many words after "moved to" a place may come: "moved to the big city". */
const PLACE_REACH = 3;

/**
 * Whether a place follows word `i` within {@link PLACE_REACH} words of its clause: a country, region or city
 * the lexicon knows, a place noun ("city", "town"), or a name written with a capital ("Denver").
 */
function placeAfter(
  words: readonly string[],
  clauses: readonly number[],
  written: readonly string[],
  i: number,
): boolean {
  for (let k = i; k < Math.min(words.length, i + PLACE_REACH) && clauses[k] === clauses[i]; k++) {
    const w = words[k]!;
    if (PLACE_NOUNS.has(w) || COUNTRY_PHRASES.has(w) || COUNTRY_PHRASES.has(`${w} ${words[k + 1]}`)) return true;
    if (/^\p{Lu}/u.test(written[k]!)) return true;
  }
  return false;
}

/** Whether a word is written in small letters only ("ankara"), not with a capital nor in a script without them. */
function smallLettersOnly(written: string): boolean {
  return /\p{Ll}/u.test(written) && !/\p{Lu}/u.test(written);
}

/** Most words between two phrases that qualify one another: "autônomo como encanador". */
const QUALIFIER_GAP = 1;

/**
 * Whether the phrase `near` is written next to the phrase of `n`-word `phrase` at `at`, before or after it in its
 * clause with at most {@link QUALIFIER_GAP} words between: "a self-employed roofer", "fontanero autónomo".
 */
function wordsNextTo(
  words: readonly string[],
  clauses: readonly number[],
  near: string,
  at: number,
  phrase: string,
): boolean {
  const from = phraseAt(words, near);
  if (from < 0 || at < 0) return false;
  const end = from + near.split(' ').length;
  const atEnd = at + phrase.split(' ').length;
  const gap = from < at ? at - end : from - atEnd;
  return gap >= 0 && gap <= QUALIFIER_GAP && clauses[from] === clauses[at];
}

const REMOTE: ReadonlySet<string> = new Set(REMOTE_WORDS);

/**
 * Words that make "online" next to them the place to be found rather than a way of working: the people to win
 * ("customers online", "online clients", "Kunden", "ग्राहक"), being seen there ("online presence", "visibility") and
 * making oneself known there ("promote online", "प्रचार").
 */
const FOUND_ONLINE: ReadonlySet<string> = new Set(
  [
    ...['customer', 'customers', 'client', 'clients', 'clientele', 'kunden', 'kundinnen', 'kundschaft'],
    ...['cliente', 'clientes', 'ग्राहक', 'ग्राहकों'],
    ...['presence', 'visibility', 'visible', 'praesenz', 'präsenz', 'sichtbarkeit', 'sichtbar', 'presencia'],
    ...['presença', 'visibilidad', 'visibilidade', 'présence', 'visibilité'],
    ...['promote', 'promoting', 'promotion', 'advertise', 'advertising', 'werben', 'werbung', 'promocionar'],
    ...['promouvoir', 'divulgar', 'प्रचार', 'listed', 'listing', 'listings'],
  ].map(foldWords),
);
/** How far a word of {@link FOUND_ONLINE} stands from "online", either side, in its clause: "new customers online". */
const FOUND_ONLINE_REACH = 2;
/** Verbs of putting one's offer somewhere, said before it: "put my classes online", "mettre mes cours en ligne". */
const PUT_ONLINE: ReadonlySet<string> = new Set(['put', 'putting', 'mettre', 'poner', 'colocar']);
/**
 * Verbs of putting said after it, where German puts its verbs: "Kurse online einstellen", "online stellen"; written in
 * small letters, as German verbs are, since "Stellen" written large is the noun (jobs: "online Stellen finden").
 */
const PUT_ONLINE_AFTER: ReadonlySet<string> = new Set(['einstellen', 'stellen']);
/** How far a verb of putting stands from "online": "put| my cooking classes |online". */
const PUT_REACH = 4;
/**
 * Verbs of buying: "online" next to one is how customers buy ("people order from the big online florists", "die Leute
 * bestellen alles online", "लोग ऑनलाइन खरीदते हैं"), not how the writer works. Selling ("I sell soap online") is the writer's own way of working
 * and is not here; nor are "shop" and "book", which are also nouns ("I have a shop online", "I sell my book online").
 */
const BUYING: ReadonlySet<string> = new Set(
  [
    ...['buy', 'buys', 'buying', 'bought', 'order', 'orders', 'ordering', 'ordered', 'purchase', 'purchases'],
    ...['purchasing', 'shopping', 'kaufen', 'kauft', 'kaufe', 'bestellen', 'bestellt', 'bestelle', 'comprar'],
    ...['compra', 'compran', 'compro', 'compram', 'encomendar', 'encomendam', 'acheter', 'achetent', 'commander'],
    ...['commandent', 'खरीद', 'खरीदते', 'खरीदें'],
  ].map(foldWords),
);
/** Words asking where ("where should my salon be online"), with the verb of being that makes it a place to be. */
const WHERE: ReadonlySet<string> = new Set(['where', 'which', 'wo', 'donde', 'onde']);
const BEING: ReadonlySet<string> = new Set(['be', 'sein', 'estar']);
/**
 * How far "where" and "be" stand from "online" in its clause: "where| online should a restaurant |be", "where| should
 * my salon be| online".
 */
const WHERE_BE_REACH = 5;

/**
 * Whether a word of `set` stands within `reach` words after the words ending at `end`, in the clause of `at`; with
 * `fits`, only a word at a position `fits` accepts counts.
 */
function setAfter(
  words: readonly string[],
  clauses: readonly number[],
  at: number,
  end: number,
  reach: number,
  set: ReadonlySet<string>,
  fits?: (k: number) => boolean,
): boolean {
  for (let k = end; k < Math.min(words.length, end + reach) && clauses[k] === clauses[at]; k++)
    if (set.has(words[k]!) && (fits?.(k) ?? true)) return true;
  return false;
}

/**
 * Whether "online" at `i` (`n` words) says where to be found rather than how the writer works: next to the people to
 * win or to being seen ("get customers online", "online presence", "ऑनलाइन नए ग्राहक"), after a verb of putting one's
 * offer there or before a German one ("put my tours online", "online einstellen"), or asked as where to be ("where
 * should I be online"). "I work online", "an online business", "sell online" say none of these, and still say online.
 */
function foundOnlineAt(
  words: readonly string[],
  clauses: readonly number[],
  written: readonly string[],
  i: number,
  n: number,
): boolean {
  if (
    setBefore(words, clauses, i, FOUND_ONLINE_REACH, FOUND_ONLINE) ||
    setAfter(words, clauses, i, i + n, FOUND_ONLINE_REACH, FOUND_ONLINE)
  )
    return true;
  if (setBefore(words, clauses, i, PUT_REACH, PUT_ONLINE)) return true;
  // "in order to work online": "order" there buys nothing.
  const notInOrder = (k: number) => !(words[k] === 'order' && words[k - 1] === 'in');
  // Said after it where verbs come last: "weil die Leute online bestellen", "लोग ऑनलाइन खरीदते हैं".
  if (
    setBefore(words, clauses, i, PUT_REACH, BUYING, notInOrder) ||
    setAfter(words, clauses, i, i + n, FOUND_ONLINE_REACH, BUYING)
  )
    return true;
  // A German verb is written small: "Stellen" is the noun (jobs).
  const smallLetter = (k: number) => !/^\p{Lu}/u.test(written[k]!);
  if (setAfter(words, clauses, i, i + n, FOUND_ONLINE_REACH, PUT_ONLINE_AFTER, smallLetter)) return true;
  return (
    setBefore(words, clauses, i, WHERE_BE_REACH, WHERE) &&
    (setBefore(words, clauses, i, WHERE_BE_REACH, BEING) || setAfter(words, clauses, i, i + n, WHERE_BE_REACH, BEING))
  );
}

const JOBS: ReadonlySet<string> = new Set(JOB_WORDS);
const SPORT: ReadonlySet<string> = new Set(SPORT_WORDS.map(foldWords));
const SPORT_GROUP: ReadonlySet<string> = new Set(SPORT_GROUP_WORDS.map(foldWords));
const PLAY: ReadonlySet<string> = new Set(PLAY_WORDS.map(foldWords));
/** The most words of a sport or a group word: "course a pied", "cau lac bo". */
const SPORT_LONGEST = Math.max(...[...SPORT, ...SPORT_GROUP].map((p) => p.split(' ').length));

/**
 * The words of a group of a sport in the text ("hiking group", "komunitas lari", "grupo de senderismo"), or
 * undefined: a sport word right before a group word, or after it over at most one word ("de", "of"), in its clause.
 * Not "running a group", where the sport word is a verb before an article. A verb of playing before a sport, as after
 * a group word ("play squash", "jugar al fútbol"), says a game played with others as well.
 */
function sportGroupIn(words: readonly string[], clauses: readonly number[]): string | undefined {
  const phraseIn = (set: ReadonlySet<string>, from: number, n: number) =>
    from >= 0 && clauses[from] === clauses[from + n - 1] && set.has(words.slice(from, from + n).join(' '));
  for (let k = 0; k < words.length; k++)
    for (let g = 1; g <= SPORT_LONGEST; g++) {
      const group = phraseIn(SPORT_GROUP, k, g);
      if (!group && !(g === 1 && PLAY.has(words[k]!))) continue;
      for (let n = 1; n <= SPORT_LONGEST; n++) {
        if (group && phraseIn(SPORT, k - n, n) && clauses[k - 1] === clauses[k])
          return words.slice(k - n, k + g).join(' ');
        for (const gap of [0, 1]) {
          const at = k + g + gap;
          if (phraseIn(SPORT, at, n) && clauses[at] === clauses[k]) return words.slice(k, at + n).join(' ');
        }
      }
    }
  return undefined;
}

/** Turkish words of moving, whose place gone to comes before them with a "to" ending: "İzmir'e taşınıyorum". */
const TURKISH_MOVES: ReadonlySet<string> = new Set(TURKISH.relocation.map(foldWords));
const TURKISH_TO: ReadonlySet<string> = new Set(TURKISH_TO_ENDINGS);

/** German words of moving said after the place gone to ("nach Hamburg gezogen"), a move only with that place. */
const PLACE_BEFORE_MOVES: ReadonlySet<string> = new Set(['gezogen']);

/**
 * Whether the `n` words of moving at `i` say a move. Those that end in "to", "in" or a word for "to" in the other
 * languages do only before a place ("moved to Leeds", not "arrived in the mail"; "wracam do pracy" is back to work),
 * and those said after the place only after one ("nach Hamburg gezogen", not "in Betracht gezogen", considered).
 */
function moveAt(
  words: readonly string[],
  clauses: readonly number[],
  written: readonly string[],
  i: number,
  n: number,
): boolean {
  const last = words[i + n - 1]!;
  if ((TO_A_PLACE.has(last) || TO.has(last)) && !placeAfter(words, clauses, written, i + n)) return false;
  if (PLACE_BEFORE_MOVES.has(words.slice(i, i + n).join(' '))) {
    let start = i;
    while (start > 0 && clauses[start - 1] === clauses[i]) start--;
    if (placeGoneTo(words, start, i) === undefined) return false;
  }
  return true;
}

/** Whether a move ({@link moveAt}) is said from word `from` on, in the clause of the word before it. */
function moveLaterAt(words: readonly string[], clauses: readonly number[], written: readonly string[], from: number) {
  for (let k = from; k < words.length && clauses[k] === clauses[from - 1]; k++)
    for (let n = Math.min(LONGEST, words.length - k); n >= 1; n--)
      if (
        PHRASES.get(words.slice(k, k + n).join(' '))?.some((e) => e.kind === 'moved') &&
        moveAt(words, clauses, written, k, n)
      )
        return true;
  return false;
}

/** Words for "to" or "in" after a move: "arrived in Lisbon", "mi trasferisco in Spagna". */
const MOVED_TO: ReadonlySet<string> = new Set([...TO, ...TO_A_PLACE]);

/**
 * Where the place someone moves to starts, for an `n`-word word of moving at `i`: a place right after a word for "to"
 * in its clause, from the move on ("just moved back to Poland", "me mudo a Sevilla", "ziehe ich nach Wien"), else
 * the nearest before it, where a verb comes last ("nach Wien umziehen", "naar Rotterdam verhuisd", "İzmir'e
 * taşınıyorum"). Undefined when the clause names none.
 */
function placeMovedTo(words: readonly string[], clauses: readonly number[], i: number, n: number): number | undefined {
  let start = i;
  while (start > 0 && clauses[start - 1] === clauses[i]) start--;
  let end = i;
  while (end < words.length && clauses[end] === clauses[i]) end++;
  const after = placeGoneTo(words, i, end, MOVED_TO);
  if (after !== undefined) return after;
  const turkish = TURKISH_MOVES.has(words.slice(i, i + n).join(' '));
  return lookBack(words, clauses, i, i - start, (w, k) => {
    const before = placeGoneTo(words, k, k + 1);
    if (before !== undefined) return before;
    // Turkish writes "to" as an ending after the place, which the words split off: "İzmir'e taşınıyorum".
    if (turkish && TURKISH_TO.has(w))
      for (let m = Math.min(LONGEST, k - start); m >= 1; m--)
        if (PHRASES.get(words.slice(k - m, k).join(' '))?.some((e) => e.kind === 'country')) return k - m;
    return undefined;
  });
}

/**
 * Reads a goal written in plain words. `answers` is undefined when no goal was
 * found: the caller should ask for one rather than list sites.
 *
 * Beyond matching phrases, a few rules read how they are used:
 * - a goal said not to be wanted is dropped ("not looking for a job", "no busco trabajo", "ich suche keinen Job",
 *   "لا أبحث عن عمل"), and
 *   so is the field of a professional not needed ("I don't need a plumber");
 * - people the writer has ("our café has loyal customers") or raises money from ("raise money from our customers")
 *   are no goal of their own;
 * - "the job", "my job" is the job the visitor has, not a job search;
 * - "more jobs", "jobs from homeowners" are work from clients (referrals, then
 *   promotion: being found by them), and a freelancer's clients or projects are
 *   freelance work (jobs);
 * - "other nurses", "fellow lawyers" are peers, and so is staff named among them ("other vet techs and practice
 *   staff"); "meet bankers" is contacts;
 * - "studios to notice my work" is looking for work;
 * - looking for work makes the visitor a professional when nothing says otherwise, and looking for gigs or
 *   commissions a freelancer;
 * - looking for a professional to hire ("find a contractor", "need a plumber") is hiring for a project, and people
 *   named right after "hire" or "find" ("hire a freelance developer") are whom the visitor hires, not who they are;
 * - "keep in touch" at work is about contacts, not friends;
 * - "I work from home" is how someone works, online only when they ask for it;
 * - a retiree wanting friends wants them nearby too, unless they ask to meet online;
 * - "give back" is a reason: local (vaguely) when the text names no goal, nothing beside one;
 * - a job someone moved for (in any language read: "por trabajo"), and "my nursing career" (unless started, restarted or changed), and "early in my career",
 *   are no job search;
 * - "raising children", "raise awareness" are no search for investors;
 * - what people talk about ("talk online about tenancies, grants and prices") is a topic, not a goal;
 * - school as a time of life is not teaching, a school named on its own gives way to any other field named, and "any
 *   advice?" is no goal;
 * - words in brackets are an aside, read after the rest of the text;
 * - who the writer says they are outweighs people they mention;
 * - an investor meeting other investors is making contacts, not raising money, and an investor in a field ("a real
 *   estate investor") works in that field, not the investors audience;
 * - nearness said of a professional hired ("a plumber near me") is meeting them in person, not the local goal;
 * - friends wanted in a named town, and a goal's events there ("networking events in London"), add local, vaguely;
 * - paying refused ("no paid groups", "not willing to pay") is a free budget;
 * - a friend told of ("my friend went to BNI", "my friends only ever say") is no wish for friends, and what they did
 *   is not the writer's goal; nor are people set apart ("testers outside my family");
 * - a way of meeting said not to suit ("online is not my thing") asks for the other way;
 * - Dutch, Russian, Korean and Hindi have lists of their own (`lexicon-dutch-russian-korean-hindi.ts`), and a place
 *   name is read with the case endings of Russian, Polish and Czech ("из Москвы", "w Poznaniu":
 *   `read-place-endings.ts`);
 * - a collaborator sought ("need an artist") does not set the field over the writer's own ("my indie game"), and
 *   the writer's peers ("other teachers") set it over a word not said of the writer;
 * - a language said as one ("a Spanish translator", "I speak Korean") names no country, nor a style of food or drink
 *   ("an Italian restaurant"); a text in Japanese or Korean with no place named reads Japan or South Korea
 *   (`read-language.ts`), one in Arabic no country unless it names a place;
 * - Japanese and Arabic goal words (`lexicon-scripts.ts`) are found inside a Japanese run and behind what Arabic joins
 *   to a word's front (و ب ل ك ال);
 * - a tradesperson who says so ("I'm a plumber") and wants customers is a small business;
 * - a town followed by a US state ("Birmingham, AL") is in the United States;
 * - events someone attends ("networking events") are a way to meet nearby, not the events trade;
 * - a group asked about as the topic ("networks for women", "moms group") is the writer's group, shown in their words;
 * - given the catalogue's names (`names`, the search's `siteSource`), the sites the text names ("XING oder LinkedIn?"),
 *   a name that is also an ordinary word only when written as the site's (`named-sites.ts`): they change no answer.
 */
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
function ownedPracticeIn(words: readonly string[], clauses: readonly number[]): string | undefined {
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

/** Words before a singular noun that make it one thing wanted: "a contact", "an introduction", "one new employee". */
const ONE_OF: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);
/** How far back the article of a singular may be: "a new employee", "one business contact". */
const ONE_OF_REACH = 2;

function oneOfAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return setBefore(words, clauses, i, ONE_OF_REACH, ONE_OF);
}

/** Whether each of the `n` words written from `i` begins with a capital letter: "Cidade Nova", "Kota Baru". */
function nameWritten(written: readonly string[], i: number, n: number): boolean {
  return written.slice(i, i + n).every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Whether a word names people the writer wants: a goal's word ("colleagues", "clients", "колеги") or a word for people
 * ("people", "partners"). "Abroad" right after one says where they are ("colleagues abroad").
 */
function wantedPeopleWord(word: string | undefined): boolean {
  if (word === undefined) return false;
  if (PEOPLE_NOUNS.has(word) || COMPANY_WORDS.has(word)) return true;
  return PHRASES.get(word)?.some((e) => e.kind === 'goal') === true;
}

const ATTENDED_PAST: ReadonlySet<string> = new Set(ATTENDED_PAST_WORDS);
/** How far back a verb of having gone reaches: "I went to a couple of events". */
const ATTENDED_REACH = 6;

/** Whether the event at `i` is one the writer went to ("attended a meetup", "been to events"): told of, not wished. */
function attendedBefore(words: readonly string[], clauses: readonly number[], i: number): boolean {
  // "been wanting to go to events" is still a wish; "been to events" is not.
  const went = (w: string, k: number) =>
    (ATTENDED_PAST.has(w) && (w === 'attended' || w === 'visited' || words[k + 1] === 'to')) || undefined;
  return lookBack(words, clauses, i, ATTENDED_REACH, went) === true;
}

/** Words after a verb of connecting that say the people are more seasoned peers: "connect with more experienced investors". */
const SEASONED: ReadonlySet<string> = new Set(['experienced', 'seasoned', 'senior']);

/**
 * Whether the people connected with after the verb at `k` ("connect with other librarians", "meet experienced
 * landlords") are the writer's peers: a peer marker or a word of seniority within {@link PEER_REACH} words after it,
 * in its clause.
 */
function peersConnectedAt(words: readonly string[], clauses: readonly number[], k: number): boolean {
  for (let j = k + 1; j <= k + PEER_REACH && j < words.length && clauses[j] === clauses[k]; j++)
    if (PEER_MARKERS.has(words[j]!) || SEASONED.has(words[j]!)) return true;
  return false;
}

/**
 * The goals with ideas with peers before the contacts of connecting with them: "connect with other social workers to
 * share resources", "meet experienced landlords who can advise me" name the means (connecting) first and the aim
 * (talking with peers) after, as "meet other vets" is read already. Only a verb of connecting with peers, and the
 * peers' talk in the same sentence after it; "network with …" names contacts as the aim and stays first.
 */
function peersBeforeConnecting(
  goals: readonly Reading<Purpose>[],
  words: readonly string[],
  clauses: readonly number[],
  sentences: readonly number[],
): Reading<Purpose>[] {
  const contacts = goals.findIndex((g) => g.value === 'contacts');
  const peers = goals.findIndex((g) => g.value === 'peer-ideas');
  if (contacts < 0 || peers < contacts) return [...goals];
  const verb = goals[contacts]!.words.split(' ')[0]!;
  if (!MEETING_WORDS.has(verb)) return [...goals];
  const at = partsAt(words, [verb]);
  const talkAt = phraseAt(words, goals[peers]!.words.split(' … ')[0]!);
  if (at < 0 || talkAt <= at || sentences[talkAt] !== sentences[at] || !peersConnectedAt(words, clauses, at))
    return [...goals];
  const moved = [...goals];
  const [talk] = moved.splice(peers, 1);
  moved.splice(contacts, 0, talk!);
  return moved;
}

/** German verbs of networking, said at the end of their clause: "sich mit anderen Lehrern vernetzen". */
const NETWORKING_LAST: ReadonlySet<string> = new Set(['vernetzen']);
/** The German "with" that joins the people networked with: "mit anderen Lehrern". */
const WITH_LAST: ReadonlySet<string> = new Set(['mit']);

/**
 * The goals with the contacts of a German networking verb before the peers it governs: German says the verb last
 * ("mich mit anderen Lehrern vernetzen"), where English says it first ("network with other teachers", contacts as the
 * aim, then the peers). Only peers joined by "mit", and the verb later in the same clause.
 */
function networkingBeforePeers(
  goals: readonly Reading<Purpose>[],
  words: readonly string[],
  clauses: readonly number[],
): Reading<Purpose>[] {
  const contacts = goals.findIndex((g) => g.value === 'contacts');
  const peers = goals.findIndex((g) => g.value === 'peer-ideas');
  if (contacts < 0 || peers < 0 || peers > contacts || !NETWORKING_LAST.has(goals[contacts]!.words)) return [...goals];
  const verbAt = partsAt(words, [goals[contacts]!.words]);
  const peersAt = phraseAt(words, goals[peers]!.words.split(' … ')[0]!);
  if (verbAt <= peersAt || peersAt < 1 || !WITH_LAST.has(words[peersAt - 1]!) || clauses[verbAt] !== clauses[peersAt])
    return [...goals];
  const moved = [...goals];
  const [verb] = moved.splice(contacts, 1);
  moved.splice(peers, 0, verb!);
  return moved;
}

const PRIORITY: readonly string[] = PRIORITY_WORDS.map(foldWords);
/** Each cue's words, split once rather than at every read (issue #16). */
const PRIORITY_PARTS: readonly (readonly string[])[] = PRIORITY.map((cue) => cue.split(' '));
/** How far after a cue word its goal may start: "above all I need clients", "my main goal is to find investors". */
const PRIORITY_REACH = 6;

/**
 * The goals with the one a cue word marks first ("friends would be nice, but above all I need clients"), else as
 * they are: the first goal whose words start within a few words after a cue, in its sentence.
 */
function cuedFirst(
  goals: readonly Reading<Purpose>[],
  words: readonly string[],
  sentences: readonly number[],
): Reading<Purpose>[] {
  for (const cue of PRIORITY_PARTS) {
    const start = partsAt(words, cue);
    if (start < 0) continue;
    const end = start + cue.length;
    const marked = goals
      .map((g) => ({ g, at: phraseAt(words, g.words) }))
      .filter(({ at }) => at >= end && at <= end + PRIORITY_REACH && sentences[at] === sentences[start])
      .sort((a, b) => a.at - b.at)[0];
    if (marked !== undefined) return [marked.g, ...goals.filter((g) => g !== marked.g)];
  }
  return [...goals];
}

/**
 * The lexicon's readings of the `n` words from `i`, or undefined when there are none. "An introduction", "one business
 * contact": a singular made from a plural goal word counts after an article only ("contact me" is a verb); "US" is a
 * country and "IT" a field only written so ("us" and "it" are pronouns).
 */
function entriesAt(
  words: readonly string[],
  clauses: readonly number[],
  written: readonly string[],
  i: number,
  n: number,
): readonly Entry[] | undefined {
  const phrase = words.slice(i, i + n).join(' ');
  const entries = PHRASES.get(phrase)?.filter((e) => e.singular !== true || oneOfAt(words, clauses, i));
  if (!entries || entries.length === 0 || (CAPITALS_ONLY.has(phrase) && written[i] !== phrase.toUpperCase()))
    return undefined;
  return entries;
}

/**
 * How many of the `n` words from `i` come before a longer phrase that starts inside them and ends after them, or
 * undefined when none does. Words are read left to right, so without this the shorter phrase, starting first, would
 * take the words they share and the longer, more specific one ("people in my industry" in "meet people in my
 * industry") would never be read.
 */
function longerOverlapAt(
  words: readonly string[],
  clauses: readonly number[],
  written: readonly string[],
  i: number,
  n: number,
): number | undefined {
  for (let j = i + 1; j < i + n; j++)
    for (let m = Math.min(LONGEST, words.length - j); m > n && j + m > i + n; m--)
      if (entriesAt(words, clauses, written, j, m) !== undefined) return j - i;
  return undefined;
}

export function readGoal(text: string, names?: SiteNames): { understood: Understood; answers: Answers | undefined } {
  const raw = text.slice(0, MAX_TEXT_LENGTH);
  const { words, clauses, sentences, written } = tokenize(raw);
  const understood: Understood = { goals: [] };
  let strong: Reading<Purpose>[] = [];
  /** Whether the writer speaks of themself ("I", "my"): then people they mention are others, not them. */
  const speaksOfSelf = words.some((w) => FIRST_PERSON.has(w));
  /** Whether the writer says they are retired: then a job they had is work done, not sought. */
  const retiredSaid = words.some((w) => RETIRED.has(w));
  let weak: Reading<Purpose>[] = [];
  const addGoal = (value: Purpose, phrase: string, vague = false) => {
    if (strong.some((g) => g.value === value)) return;
    if (weak.some((g) => g.value === value)) {
      if (vague) return;
      // A specific word for a goal already read vaguely: it counts where the specific word is.
      weak = weak.filter((g) => g.value !== value);
    }
    (vague ? weak : strong).push({ value, words: phrase });
  };
  /** Puts a goal among the strong ones in the place its words, from word `at`, stand in the text. */
  const placeGoal = (value: Purpose, phrase: string, at: number) => {
    const later = strong.findIndex((g) => phraseAt(words, g.words) > at);
    strong.splice(later < 0 ? strong.length : later, 0, { value, words: phrase });
  };
  /** The hiring words that mean looking for work, not employing. */
  let seeking: string | undefined;
  let moved: string | undefined;
  /** The clause where having moved is said: "moved to Denver for a job". */
  let movedClause: number | undefined;
  /** Where the place someone moves to starts: right after "moving to", "moved back to", "me mudo a". */
  let movedTo: number | undefined;
  /** Whether the writer gives a town its capital anywhere ("Lagos"): then a town in small letters is no place. */
  const townCapitalised = words.some((_, k) => /^\p{Lu}/u.test(written[k]!) && townAt(words, k));
  /** The countries and cities read as where the writer is, by where they start. */
  const placesRead = new Map<number, { value: string; words: string }>();
  /** Where the budget read ends: a different budget after "but" from here replaces it. */
  let budgetEnd = 0;
  /** Whether the audience was said of the writer ("I'm a freelancer"), not of people they mention. */
  let audienceSaidOfSelf = false;
  let city: string | undefined;
  /** A country named after "from": where the writer comes from, read only when no other country is. */
  let origin: Reading<string> | undefined;
  /** A place word ("group", "app"): a place to talk or meet, goal unsaid. */
  let place: string | undefined;
  /** A place to talk with peers ("forum", "community"), goal unsaid. */
  let talkPlace: string | undefined;
  /** A reason to meet people ("give back"), goal unsaid. */
  let motive: string | undefined;
  let notCovered: Understood['notCovered'];
  /** Whether the field was read from a collaborator sought ("need an artist"), not from the writer. */
  let fieldOfSought = false;
  /** The first person of a profession sought ("|looking for a developer|"), where the seeking starts and ends. */
  let collaborator: { at: number; end: number } | undefined;
  /** Whether the field was said of the writer ("I'm a nurse", "my bakery") or of their peers ("other nurses"). */
  let fieldOfWriter = false;
  /** Whether the field was read as the sector of people wanted ("contacts in finance"): the writer's own outweighs it. */
  let fieldOfWanted = false;
  /** Whether the field was read from the writer's employer ("I work at an IT company"): a venture they started outweighs it. */
  let fieldOfEmployer = false;
  /** Clauses telling what a friend did ("my friend joined a meetup"): their goals, not the writer's. */
  const friendDidIn = new Set<number>();
  /** Nearness said of a professional the writer hires ("a plumber near me"): the way of meeting them, in person. */
  let nearHired: string | undefined;
  /** The words saying the writer invests in a field ("a real estate investor"): a practitioner of it. */
  let investsInField: string | undefined;
  /** Every way of meeting the text names ("online", "in person"), where it is, to weigh them together. */
  const ways: (Reading<InPersonPreference> & { at: number; end: number })[] = [];
  /** "Online" said of where to be found ("clients online"): a way of working only for work done at a distance. */
  const foundOnline: (Reading<InPersonPreference> & { at: number; end: number })[] = [];
  /** Where the last professional sought ends: "find a freelancer|". */
  let soughtEnd = -1;
  // "move abroad", "go overseas": where the writer is going is elsewhere, so a country named before is being left.
  const leaving = words.findIndex((w, k) => AWAY.has(w) && LEAVING_FOR.has(words[k - 1] ?? ''));
  // "after five years in England I moved back home": a country named before going home is the one left.
  const homecoming = homecomingAt(words);
  /** Where the last profession read ends: "real estate| investors forum". */
  let fieldEnd = -1;
  /** Where the last goal phrase read ends and its goal: "referral| network". */
  let lastGoal: { end: number; value: Purpose } | undefined;
  /** Where the last friends read end: "friends| to talk with". */
  let friendsEnd = -1;
  /** Where the last peers read end: "for us young nurses| to collaborate". */
  let peersEnd = -1;
  /** Where the last company sought ends: "someone I could grab a beer with|". */
  let companyEnd = -1;
  /**
   * A field word that names a goal too ("marketing"), said before the writer's own trade ("for my plumbing business",
   * "for my shop"), is what they want for that trade: the goal, in the field word's place, and the trade is the field
   * (none when the trade names none).
   */
  const fieldToGoal = (activity: Purpose, trade: Reading<Field> | undefined) => {
    const displaced = understood.field!.words;
    if (trade === undefined) delete understood.field;
    else understood.field = trade;
    if (strong.some((g) => g.value === activity)) return;
    weak = weak.filter((g) => g.value !== activity);
    placeGoal(activity, displaced, phraseAt(words, displaced));
  };
  /** The goal of a phrase that starts at `i` with a verb in another form ("discussing"), and its length, or 0. */
  const goalInOtherForm = (at: number): number => {
    for (const base of baseForms(words[at]!))
      for (let n = Math.min(LONGEST, words.length - at); n >= 1; n--) {
        const phrase = [base, ...words.slice(at + 1, at + n)].join(' ');
        const entry = PHRASES.get(phrase)?.find((e) => e.kind === 'goal');
        if (entry === undefined) continue;
        if (negatedAt(words, clauses, at) || askedOfReaders(words, clauses, at, phrase)) return n;
        // "someone I could grab a beer with talking about football": the talk right after is what the company is.
        if (FRIENDSHIP_GOALS.has(entry.value as Purpose) && at === companyEnd && clauses[at - 1] === clauses[at])
          return n;
        addGoal(entry.value as Purpose, words.slice(at, at + n).join(' '), entry.weak);
        return n;
      }
    return 0;
  };
  let i = 0;
  while (i < words.length) {
    const company = companyAt(words, clauses, i);
    if (company !== undefined) {
      addGoal('friends', company);
      companyEnd = i + company.split(' ').length;
    }
    const peers = peersAt(words, i);
    if (peers !== undefined) {
      addGoal('peer-ideas', peers);
      peersEnd = i + peers.split(' ').length;
      // "meet other vets": peers met are contacts too, as people of a named profession are.
      const met = meetingBefore(words, clauses, i + 1);
      if (met !== undefined) addGoal('contacts', `${met} … ${peers}`);
    }
    const seen = seenAt(words, clauses, i);
    if (seen !== undefined && !negatedAt(words, clauses, i)) addGoal('promotion', seen);
    const grown = outletGrownAt(words, clauses, i);
    if (grown !== undefined && !negatedAt(words, clauses, i)) addGoal('promotion', grown);
    const funded = fundedAt(words, clauses, i);
    if (funded !== undefined && !negatedAt(words, clauses, i)) addGoal('investors', funded);
    const found = seen === undefined ? foundAt(words, clauses, i) : undefined;
    if (found !== undefined && !negatedAt(words, clauses, i)) {
      // "so recruiters in the UAE find me": employers finding the writer, however far apart, is looking for work.
      const boss = employerBefore(words, clauses, i);
      if (boss === undefined) addGoal('promotion', found);
      else {
        addGoal('hiring', `${boss} … ${found}`);
        seeking ??= `${boss} … ${found}`;
      }
    }
    // "find a contractor", "need a plumber": a professional to hire for a job, client work; the writer is not them.
    const sought = seekNegatedAt(words, clauses, i) ? undefined : proSoughtAt(words, clauses, i);
    if (sought !== undefined) {
      addGoal('hiring', sought);
      soughtEnd = i + sought.split(' ').length;
    }
    const kindOfWork = kindOfWorkSoughtAt(words, clauses, i);
    if (kindOfWork !== undefined && !negatedAt(words, clauses, i)) {
      addGoal('hiring', kindOfWork);
      seeking ??= kindOfWork;
    }
    // "necesito contratar un mesero": an employer hiring a person.
    const hired = personHiredAt(words, clauses, i);
    if (hired !== undefined && !negatedAt(words, clauses, i)) addGoal('hiring', hired);
    const employer = employerAt(words, clauses, i);
    if (employer !== undefined) {
      addGoal('hiring', employer.words);
      seeking ??= employer.words;
      // Past the employer only: a place named before the noticing ("recruiters in Dubai find me") is read too.
      i += employer.size;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const entries = entriesAt(words, clauses, written, i, n);
      if (entries === undefined) continue;
      // "meet people in my industry": a longer phrase that starts inside this one and ends after it ("people in my
      // industry") is read too, from where it starts.
      matched = longerOverlapAt(words, clauses, written, i, n) ?? n;
      // "we moved here for my partner's job": someone else's work is why the writer came, not what they seek.
      if (WORK_NOUNS.has(phrase) && ownedByOther(words, i)) break;
      // "Trabajo 100% en remoto", "Eu trabalho como enfermeira": the writer's own work, not a job sought.
      if (JOB_OR_I_WORK.has(phrase) && iWorkAt(words, clauses, sentences, i)) break;
      const previous = words[i - 1];
      for (const entry of entries) {
        switch (entry.kind) {
          case 'goal': {
            if (negatedAt(words, clauses, i) || askedOfReaders(words, clauses, i, phrase)) break;
            // "contacts in recruitment", "I work in staffing", "peers in fundraising": a goal word after "in" and people or
            // work names a sector, not a wish; the trade of hiring is a field, read as fields are.
            if (sectorAt(words, clauses, i)) {
              if (HIRING_TRADES.has(phrase) && understood.field === undefined) {
                understood.field = { value: HIRING_TRADE_FIELD, words: phrase };
                fieldOfWanted = wantedSectorAt(words, clauses, i);
                fieldEnd = i + n;
              }
              break;
            }
            // "lawyers looking for clients": what other people want, in a text where the writer speaks of themself.
            if (speaksOfSelf && othersWantAt(words, clauses, i)) break;
            let goal = entry.value as Purpose;
            // "a referral network", "an investor network": in a sentence, a vague networking word right after another
            // goal's word is the head of one phrase, whose first word says what the network is for. A search query's
            // words are each a wish of their own ("Jobsuche Netzwerk").
            if (
              entry.weak === true &&
              goal === 'contacts' &&
              lastGoal?.end === i &&
              lastGoal.value !== goal &&
              words.length > QUERY_LENGTH
            )
              break;
            // "no connections to investors", "contacts with clients": ties to people of another goal are that goal,
            // read where those people are named.
            if (goal === 'contacts' && tiesToGoalAt(words, clauses, i, n) !== undefined) break;
            // "you spend all night networking": time spent on networking is told of, vaguely, not wished for.
            if (goal === 'contacts' && entry.weak === true && timeSpentOnAt(words, clauses, i)) break;
            // "a forum for us young nurses to collaborate", "for other beekeepers to network": peers networking among
            // themselves are the peer exchange already read, not contacts of the writer's.
            // A "with" left at the clause's end ("other founders to connect with") makes them whom the writer would
            // connect with: contacts too.
            if (
              goal === 'contacts' &&
              previous === 'to' &&
              peersEnd === i - 1 &&
              clauses[i - 2] === clauses[i] &&
              !strandedWithAt(words, clauses, i, n)
            )
              break;
            // "I don't know anyone else who does data work": knowing nobody of one's work is missing peers, not friends.
            if (
              goal === 'friends' &&
              KNOWING.some((w) => phrase.split(' ').includes(w)) &&
              workAfter(words, clauses, i + n)
            )
              goal = 'peer-ideas';
            // "I have no colleagues here", "I miss having colleagues": colleagues missed are peers to talk shop with.
            if (goal === 'contacts' && COLLEAGUES.has(phrase) && colleaguesMissedAt(words, clauses, i))
              goal = 'peer-ideas';
            // "12 customer interviews", "client feedback": a customer naming a kind of work or data is no customer sought.
            if (CUSTOMER_ONE.has(phrase) && CUSTOMER_WORK.has(words[i + n] ?? '')) break;
            // "my friend went to BNI", "a friend told me": a friend who does something is someone told of, not a wish;
            // and what they did ("my friend joined a meetup") is theirs, not the writer's goal.
            if (friendDidIn.has(clauses[i]!)) break;
            // "newborn and family sessions", "a family law practice": family naming a kind of work is no friends sought.
            if (goal === 'friends' && phrase === 'family' && FAMILY_KIND_OF_WORK.has(words[i + 1] ?? '')) break;
            // "only my friends and family come to our gigs", "solo me compran mis amigos": the writer's only audience,
            // told of; a wider one is wanted. "Mostly friends and coworkers", "word of mouth from family": told of.
            if (goal === 'friends') {
              const told = friendsAsAudienceAt(words, clauses, i, n);
              if (told === 'audience') addGoal('promotion', phrase);
              if (told !== undefined) break;
            }
            if (goal === 'friends' && friendToldOfAt(words, clauses, i, n)) {
              if (DOING_VERBS.has(words[i + 1] ?? '') || DOING_VERBS.has(words[i + 3] ?? ''))
                friendDidIn.add(clauses[i]!);
              break;
            }
            // "I attended a meetup", "been to events": an event told of, not one wished for.
            if (goal === 'local' && attendedBefore(words, clauses, i)) break;
            // "a plumber near me", "hire a local electrician": nearness said of a professional hired is where the work
            // is done, in person; the local goal (meeting people and businesses nearby) is not what is asked.
            if (goal === 'local' && NEARNESS.has(phrase) && proHiredIn(words, clauses, sentences, i)) {
              nearHired ??= phrase;
              break;
            }
            // "raising children", "raise awareness": something raised that is not money.
            if (goal === 'investors' && raisesNoFunds(words, i, n)) break;
            // "property investors forum": a place for investors in a field, who are its practitioners, not the goal.
            if (goal === 'investors' && fieldEnd === i && TALK_PLACES.has(words[i + n] ?? '')) break;
            // "hotel staff forum": the people of a profession, named after it, unless the clause asks for them.
            if (
              goal === 'hiring' &&
              STAFF_WORDS.has(phrase) &&
              fieldEnd === i &&
              !words.some((w, k) => k !== i && clauses[k] === clauses[i] && ASKING_FOR.has(w))
            )
              break;
            // "our brewery has loyal customers", "I have friends", "most of my work comes by word of mouth": what the
            // writer has, and where their work comes from now, is told of, not wished for.
            if (
              PEOPLE_HAD.has(goal) &&
              (heldAt(words, clauses, i) ||
                countedAt(words, clauses, i) ||
                comesFromAt(words, clauses, i) ||
                hadByAt(words, clauses, i, n))
            )
              break;
            // "where do UX researchers hang out to talk shop": where people of a trade spend time is where to find
            // peers; what they do there is read as its own goal, not as what friends are for.
            if (goal === 'friends' && SPENDING_TIME.has(words[i]!) && tradePeopleBefore(words, clauses, i)) break;
            // "on Facebook I talk to friends": friends the writer spends time with now are friends they have.
            if (goal === 'friends' && friendsSeenAt(words, clauses, i)) break;
            // "raise money from our own customers", "borrow from friends and family": the people money comes from.
            if (goal !== 'investors' && fundersAt(words, clauses, i)) break;
            // "talk online about tenancies, grants and prices": the topics of a talk, not wants of their own.
            if (goal !== 'peer-ideas' && talkTopicAt(words, clauses, i)) break;
            // "a company with about 40 staff": a number counts the staff someone has; "employees find their peers":
            // staff who do the finding. Neither is staff sought.
            if (
              goal === 'hiring' &&
              STAFF_WORDS.has(phrase) &&
              (/^\d+$/.test(previous ?? '') || STAFF_DOING.has(words[i + n] ?? ''))
            )
              break;
            // "other vet techs and practice staff": staff named among the writer's peers are peers too.
            if (goal === 'hiring' && STAFF_WORDS.has(phrase) && peerStaffAt(words, clauses, i)) break;
            // "Moja praca jest ciekawa" (my job is interesting), "po pracy" (after work): Polish work is as often the
            // work someone has; it is sought only with a verb of looking, needing or changing in its clause, or in a
            // search-box query ("praca Poznań"), as Turkish "iş" and Indonesian "kerja" are.
            if (goal === 'hiring' && POLISH_WORK.has(phrase) && !polishWorkSoughtAt(words, clauses, i)) break;
            // "I moved to Denver for a job": the job is why they moved, not what they look for.
            // "wegen dem Job nach Hamburg gezogen", "voor mijn werk naar Utrecht verhuisd": where the verb comes last,
            // the move is said after the work it was for.
            if (
              goal === 'hiring' &&
              !EMPLOYING_WORDS.has(phrase) &&
              movedForAt(words, i) &&
              (movedClause === clauses[i] || moveLaterAt(words, clauses, written, i + n))
            )
              break;
            // "I had a job as a nurse for 30 years, now retired", "retired after a long career in banking": a job held
            // in the past, by someone retired, is their past work, not work sought.
            if (goal === 'hiring' && retiredSaid && PAST_WORK.has(phrase) && pastWorkAt(words, clauses, i)) break;
            // "my graduate student career", "a nursing career": the career someone has, unless they start or change it.
            if (
              goal === 'hiring' &&
              phrase === 'career' &&
              fieldEnd === i &&
              !words.slice(Math.max(0, i - 4), i).some((w) => CAREER_MOVES.has(w))
            )
              break;
            // "early in my career", "at this point in my career": a stage of the career someone has, no job search.
            if (
              goal === 'hiring' &&
              CAREER_HELD.has(phrase) &&
              previous === 'in' &&
              !CAREER_MOVES.has(words[i + n] ?? '')
            )
              break;
            if (goal === 'hiring' && (WORK_WORDS.has(phrase) || phrase === 'new job')) {
              const before = words.slice(Math.max(0, i - 2), i);
              if (previous !== undefined && CURRENT_JOB.has(previous) && !LEAVING_JOB.has(words[i - 2] ?? '')) break;
              // "1 year into my first UX job": a job the writer is some time into is the one they have.
              if (jobIntoAt(words, clauses, i, n)) break;
              let verb = i - 1;
              while (verb > 0 && JOB_ARTICLES.has(words[verb]!)) verb--;
              // "moving there with a remote job": a job someone comes with is one they have.
              const held = JOB_HELD.has(words[verb]!) || (words[verb] === 'with' && phrase === 'job');
              if (verb < i - 1 && held && !JOB_STEPS.has(words[i + n] ?? '')) break;
              if (before.includes('more') || (words[i + 1] === 'from' && words[i + 2] !== 'home')) goal = 'referrals';
            }
            // "friends to talk about football with", "amigos para intercambiar ideas": what the friends are for.
            if (FRIENDSHIP_GOALS.has(goal) && friendsEnd >= 0 && friendshipAt(words, clauses, friendsEnd, i)) break;
            // "someone I could grab a beer with talking about football": the talk right after is what the company is.
            if (FRIENDSHIP_GOALS.has(goal) && i === companyEnd && clauses[i - 1] === clauses[i]) break;
            addGoal(goal, phrase, entry.weak);
            lastGoal = { end: i + n, value: goal };
            // "friends to hang out with and …": friends words inside what the friends are for keep its start.
            // Only friends named as such, not a vague word ("lonely") that may yet give way to another goal.
            if (
              goal === 'friends' &&
              entry.weak !== true &&
              !(friendsEnd >= 0 && friendshipAt(words, clauses, friendsEnd, i))
            )
              friendsEnd = i + n;
            // Work from clients comes by word of mouth (referrals) and by being found by them (promotion).
            if (goal === 'referrals' && entry.value === 'hiring') addGoal('promotion', phrase, entry.weak);
            // "post a job ad", "iş ilanı vermek": a job posted is someone employing, not looking for work.
            if (goal === 'hiring' && !EMPLOYING_WORDS.has(phrase) && !jobPostedAt(words, clauses, i, n))
              seeking ??= phrase;
            break;
          }
          case 'field': {
            const field = entry.value as Field;
            // "looking for a developer", "need an illustrator": someone of a profession the writer seeks, for a role.
            if (collaborator === undefined && !selfMarkerBefore(words, clauses, i)) {
              const from = personSoughtFrom(words, clauses, i, n);
              if (from !== undefined) collaborator = { at: from, end: i + n };
            }
            // "is there an app to meet mums": an app named as a way to meet is no trade; one the writer makes is
            // ("building an app", "my app").
            if (phrase.endsWith(' app') && !appMadeAt(words, clauses, i)) break;
            // "launching a product for students": the users of what the writer makes, not the writer's trade.
            if (productUsersAt(words, clauses, i, n)) break;
            // "keep running into questions", "ran into problems": the verb of meeting something, not the sport.
            if (RUN_INTO.has(phrase) && words[i + n] === 'into') break;
            // "meet recruiters", "so headhunters find me": the people of a field whose work is hiring, met, sought or
            // finding the writer, are the employers' side of a job search, not the writer's field ("recruiters forum"
            // and "I'm a recruiter" are).
            if (HIRERS_FIELDS.has(field) && phrase.endsWith('s') && !selfMarkerBefore(words, clauses, i)) {
              const met = meetingBefore(words, clauses, i);
              if (met !== undefined || hirersSoughtAt(words, clauses, i, n)) {
                if (met !== undefined) addGoal('contacts', `${met} … ${phrase}`);
                break;
              }
            }
            // "a military spouse", "an army wife": the field of the one they are married to, not the writer's (the
            // networks of a field admit its people, not their families).
            if (SPOUSES.has(words[i + n] ?? '') && clauses[i + n] === clauses[i]) break;
            // "landed as a PR", "got my PR card": permanent residence held, not public relations.
            if (
              RESIDENCE_STATUS_WORDS.has(phrase) &&
              ((STATUS_HELD_BEFORE.has(previous ?? '') && clauses[i + n] !== clauses[i]) ||
                (RESIDENCE_NOUNS.has(words[i + n] ?? '') && clauses[i + n] === clauses[i]))
            )
              break;
            // "zero marketing budget", "our advertising spend": money for a kind of work is no trade of the writer's.
            if (MONEY_FOR_WORK.has(words[i + n] ?? '') && clauses[i + n] === clauses[i]) break;
            // "with no HR department", "no IT person": a field named as lacking is no trade of the writer's.
            if (previous === 'no' && clauses[i - 1] === clauses[i]) break;
            // "I don't need a plumber", "ich brauche keinen Anwalt", "not interested in nursing": a field not wanted.
            if (negatedAt(words, clauses, i) || negatedSoughtAt(words, clauses, i)) break;
            // "a lot of lawyers looking for clients": people of a trade told of, seeking for themselves, in a text where
            // the writer speaks of themself, are others, not the writer's trade.
            if (speaksOfSelf && !selfMarkerBefore(words, clauses, i) && tradeSeekingAt(words, clauses, i, n)) break;
            // "networking events", "go to events": something attended, a way to meet in person, not the trade.
            if (
              ATTENDED.has(phrase) &&
              !tradeAt(words, clauses, i, n) &&
              !(fieldEnd === i && understood.field?.value === field)
            ) {
              if (!attendedBefore(words, clauses, i)) addGoal('local', phrase, true);
              break;
            }
            // "friends to go hiking with": a pastime said as what the friends sought are for is no trade of the
            // writer's, unless they said it is theirs ("I'm a cycling coach").
            if (
              friendsEnd >= 0 &&
              friendshipAt(words, clauses, friendsEnd, i) &&
              // "friends who are nurses", "friends to talk about nursing with": who they are, or talk of a trade.
              !RELATIVE_OPENERS.has(words[friendsEnd] ?? '') &&
              !talkTopicAt(words, clauses, i) &&
              !selfMarkerBefore(words, clauses, i) &&
              !fieldOfWriter
            )
              break;
            const activity =
              understood.field === undefined ? undefined : FIELD_PHRASE_GOALS.get(understood.field.words);
            // The writer's own venture ("my indie game") or who they say they are ("I'm a nurse").
            const own = setBefore(words, clauses, i, 3, OWN_TRADE) || selfMarkerBefore(words, clauses, i);
            if (
              understood.field === undefined ||
              (STAGE_FIELDS.has(understood.field.value) && !STAGE_FIELDS.has(field) && !SCHOOL_WORDS.has(phrase)) ||
              // "a junior at a state school … investment banking": a school named is where a student may be too, so
              // any other field named (a student's, or the one they head for) says more.
              (SCHOOL_WORDS.has(understood.field.words) && understood.field.value !== field) ||
              // "a veteran developer": an experienced developer, not a veteran of the armed forces.
              (SENIORITY_WORDS.has(understood.field.words) && fieldEnd === i && understood.field.value !== field) ||
              // "an artist for my indie game": the people sought are of another field than the writer's own venture,
              // which is the field; a professional hired for client work ("a lawyer for our shop") keeps theirs.
              (fieldOfSought && own && activity === undefined && understood.field.value !== field) ||
              // "contacts in finance … I'm a nurse": the sector of the people wanted gives way to the writer's own field.
              (fieldOfWanted && own && understood.field.value !== field) ||
              // "I work at an IT company and started a home bakery": a venture of the writer's own says more of
              // what they want than the trade of the company that employs them.
              (fieldOfEmployer && understood.field.value !== field && ventureStartedAt(words, clauses, i)) ||
              // "this video … other AP Lit teachers": the writer's peers are of the writer's field, which a word read
              // before and not said of the writer ("video") does not outweigh.
              (!fieldOfWriter &&
                activity === undefined &&
                understood.field.value !== field &&
                peerMarkerBefore(words, clauses, i) !== undefined)
            ) {
              understood.field = { value: field, words: phrase };
              fieldOfSought = !own && collaboratorSoughtAt(words, clauses, i);
              fieldOfWriter = own || peerMarkerBefore(words, clauses, i) !== undefined;
              fieldOfWanted = !own && wantedSectorAt(words, clauses, i);
              fieldOfEmployer = employerFieldAt(words, clauses, i);
            } else if (
              activity !== undefined &&
              understood.field.value !== field &&
              // "for my plumbing business", or a phrase that starts with the possessive ("for my bakery").
              (OWN_TRADE.has(words[i]!) || setBefore(words, clauses, i, 2, OWN_TRADE))
            )
              fieldToGoal(activity, { value: field, words: phrase });
            fieldEnd = i + n;
            const peer = peerMarkerBefore(words, clauses, i);
            if (peer !== undefined) {
              addGoal('peer-ideas', `${peer} ${phrase}`);
              peersEnd = i + n;
            } else if (words[i + n] === 'like' && LIKE_ME.has(words[i + n + 1] ?? ''))
              addGoal('peer-ideas', `${phrase} like ${words[i + n + 1]}`);
            // "meet bankers", and peers met too ("connect with other social workers"): people to know, contacts.
            const met = meetingBefore(words, clauses, i);
            if (met !== undefined) addGoal('contacts', `${met} … ${phrase}`);
            break;
          }
          case 'country':
          case 'worldwide': {
            // "an ankara and ready-to-wear shop in Surulere, Lagos": a town's name in small letters, where the writer
            // gives another town its capital, is another word (a fabric). Not a language or demonym's capital ("I
            // speak English … moved to lagos"), which English writes even where it writes towns in small letters.
            if (CITY_PHRASES.has(phrase) && townCapitalised && smallLettersOnly(written[i]!)) break;
            // "Birmingham, AL": a town's name followed by a US state is that town in the United States.
            const state = CITY_PHRASES.has(phrase) ? usStateAt(words, written, i + n) : undefined;
            const reading = state
              ? { value: 'US', words: `${phrase} ${state}` }
              : { value: entry.value, words: phrase };
            // "a Spanish translator", "my German is basic": a language, spoken in many countries, names none.
            if (
              entry.kind === 'country' &&
              LANGUAGE_NAME.has(phrase) &&
              (LANGUAGE_AFTER.has(words[i + n] ?? '') || LANGUAGE_BEFORE.has(previous ?? ''))
            )
              break;
            // "an Italian restaurant", "a Thai family café": a style of food or drink, found in any country.
            if (entry.kind === 'country' && DEMONYM_WORDS.has(phrase) && styleAt(words, clauses, i + n)) break;
            // "taught in the UK … want to move abroad": a country named before leaving it is no place to network.
            if (entry.kind === 'country' && leaving >= 0 && i < leaving) break;
            if (entry.kind === 'country' && leftForHome(words, sentences, i, phrase, homecoming)) break;
            // "an engineer from Nigeria moving to Dubai", "from the US": where someone comes from counts only if no
            // other place is named. In the other languages "from" is often "of" too ("de"), so a place after it is
            // where the writer comes from only when a place gone to follows: "z Anglii do Krakowa".
            const from = previous === 'the' ? words[i - 2] : previous;
            if (
              entry.kind === 'country' &&
              (from === 'from' || (FROM.has(from ?? '') && placeGoneTo(words, i + n, words.length) !== undefined))
            ) {
              origin ??= reading;
              break;
            }
            if (entry.kind === 'country') placesRead.set(i, reading);
            understood.country ??= reading;
            if (CITY_PHRASES.has(phrase)) city ??= phrase;
            break;
          }
          case 'audience': {
            // Who someone says they are ("as a freelancer") outweighs people they mention ("co-workers").
            const self = selfMarkerBefore(words, clauses, i);
            // "a real estate investor", "property investing": an investor in a field works in that field (the field
            // says it); the investors audience is people who fund ventures.
            if (entry.value === 'investors' && entries.some((e) => e.kind === 'field')) {
              investsInField ??= phrase;
              break;
            }
            // "other developers, who … work for a large company": said of the people the writer mentions.
            if (!self && saidOfOthers(words, sentences, i)) break;
            // "the only designer at a 15 person startup", "I work at a small startup": where the writer works.
            if (!self && workplaceAt(words, clauses, i, n)) break;
            // "my friend joined a group for freelancers": who the friend's group is for, not the writer.
            if (!self && friendDidIn.has(clauses[i]!)) break;
            // "hire a freelance developer", "find a freelancer": the people hired, not who the writer is.
            if (!self && (hiredAt(words, clauses, i) || i + n === soughtEnd)) break;
            // "marketing for my shop": before a business the writer calls theirs, which names no field, a field word
            // that names a goal ("marketing") is that goal for it, as before "my plumbing business".
            const activity = understood.field && FIELD_PHRASE_GOALS.get(understood.field.words);
            if (
              entry.value === 'small-business' &&
              activity !== undefined &&
              OWN_TRADE.has(words[i]!) &&
              !entries.some((e) => e.kind === 'field') &&
              i - fieldEnd <= TRADE_GAP &&
              clauses[fieldEnd - 1] === clauses[i]
            )
              fieldToGoal(activity, undefined);
            // "I run a small software startup": running or owning says a business, and the kind of it named right
            // after, in the same clause, says which audience ("startup"), as "I'm a founder" would.
            const owning = understood.audience && runsWhatFollows(words, clauses, understood.audience.words, i);
            if (owning !== undefined) {
              understood.audience = { value: entry.value as Audience, words: words.slice(owning, i + n).join(' ') };
              audienceSaidOfSelf = true;
            } else if (understood.audience === undefined || (self && !audienceSaidOfSelf)) {
              understood.audience = { value: entry.value as Audience, words: phrase };
              audienceSaidOfSelf = self;
            }
            // "other freelancers", "meet founders": people of an audience, as of a profession, are peers after a
            // peer marker and contacts to meet. Plural people only: "meet clients for my business" is not this.
            if (!self && phrase.endsWith('s') && !phrase.endsWith('business')) {
              const peer = peerMarkerBefore(words, clauses, i);
              if (peer !== undefined) {
                addGoal('peer-ideas', `${peer} ${phrase}`);
                peersEnd = i + n;
              }
              const met = meetingBefore(words, clauses, i);
              if (met !== undefined) addGoal('contacts', `${met} … ${phrase}`);
            }
            break;
          }
          case 'inPerson': {
            // "not online", "rather than in person", "online is not for me": the other way is wanted.
            const no = negatorBefore(words, clauses, i) ?? (notSuitedAfter(words, clauses, i + n) ? i : undefined);
            const opposite = OPPOSITE_WAY[entry.value as InPersonPreference];
            if (no !== undefined) {
              if (opposite !== undefined)
                ways.push({ value: opposite, words: words.slice(no, i + n).join(' '), at: i, end: i + n });
              break;
            }
            // "with a remote job", "tenho um trabalho remoto", "I work 100% remote", "trabajo 100% en remoto": a job the
            // writer has is how they work, not a way to meet people; a remote job wished for ("buscando trabajo
            // remoto") asks for it, as "work from home" does.
            if (
              REMOTE.has(phrase) &&
              [i - 3, i - 2, i - 1, i + n].some((k) => JOBS.has(words[k] ?? '') && clauses[k] === clauses[i]) &&
              !setBefore(words, clauses, i, WISH_REACH, WISHING)
            )
              break;
            // "get customers online", "put my tours online", "where should I be online": where to be found, not a way
            // of working or meeting; remote work and working from home are always ways of working.
            if (
              entry.value === 'online' &&
              !REMOTE.has(phrase) &&
              !phrase.includes('home') &&
              foundOnlineAt(words, clauses, written, i, n)
            ) {
              foundOnline.push({ value: 'online', words: phrase, at: i, end: i + n });
              break;
            }
            ways.push({ value: entry.value as InPersonPreference, words: phrase, at: i, end: i + n });
            if (entry.value === 'in-person') addGoal('local', phrase);
            break;
          }
          case 'budget': {
            // "no paid groups", "not willing to pay", "without a membership": paying refused is wanting it free.
            const refused = entry.value === 'free' ? undefined : payRefusedAt(words, clauses, i);
            const budget: Reading<Budget> =
              refused === undefined
                ? { value: entry.value as Budget, words: phrase }
                : { value: 'free', words: words.slice(refused, i + n).join(' ') };
            // "free would be best, but I can pay a little": what is conceded after "but" outweighs the wish before it.
            if (
              understood.budget === undefined ||
              (understood.budget.value !== budget.value && words.slice(budgetEnd, i).some((w) => BUT_WORDS.has(w)))
            ) {
              understood.budget = budget;
              budgetEnd = i + n;
            }
            break;
          }
          case 'time':
            // "daily readings": a word of time before a noun says what, not how much time the visitor has.
            if (phrase === 'daily' && clauses[i + 1] === clauses[i]) break;
            understood.time ??= { value: entry.value as TimeBudget, words: phrase };
            break;
          case 'moved':
            if (!moveAt(words, clauses, written, i, n)) break;
            // "colleagues abroad", "clients overseas": where the people wanted are, not a move of the writer's.
            if (ABROAD.has(phrase) && clauses[i - 1] === clauses[i] && wantedPeopleWord(words[i - 1])) break;
            // "na Cidade Nova", "di Kota Baru": a new town's words written as a name, inside a sentence, name a place.
            if (n > 1 && sentences[i - 1] === sentences[i] && nameWritten(written, i, n)) break;
            moved ??= phrase;
            movedClause ??= clauses[i];
            movedTo ??= placeMovedTo(words, clauses, i, n);
            break;
          case 'place':
            place ??= phrase;
            break;
          case 'talkPlace':
            talkPlace ??= phrase;
            break;
          case 'motive':
            if (!negatedAt(words, clauses, i)) motive ??= phrase;
            break;
          case 'none':
            break;
          case 'notCovered':
            notCovered ??= { value: entry.value as keyof typeof NOT_COVERED_WORDS, words: phrase };
            break;
          case 'workSetting':
            // "I work from home" is how they work; "looking for a job where I can work remotely" asks for it.
            if (STATING.has(previous ?? '')) break;
            if (setBefore(words, clauses, i, WISH_REACH, WISHING))
              ways.push({ value: 'online', words: phrase, at: i, end: i + n });
            break;
        }
      }
      // "game studios to notice": an employer at the end of a longer phrase.
      const employerEnd = n > 1 ? employerAt(words, clauses, i + n - 1) : undefined;
      if (employerEnd !== undefined) {
        addGoal('hiring', employerEnd.words);
        seeking ??= employerEnd.words;
      }
      break;
    }
    // "discussing ideas", "shared experiences": a goal verb in another form, read as its base form.
    if (matched === 0) matched = goalInOtherForm(i);
    i += Math.max(matched, 1);
  }
  // "After five years in London I'm moving to Berlin", "nach Wien umziehen": the place moved to outweighs one named
  // before, which is where the writer was.
  const goneTo = movedTo === undefined ? undefined : placesRead.get(movedTo);
  if (goneTo !== undefined && understood.country !== undefined && understood.country.value !== goneTo.value) {
    origin ??= understood.country;
    understood.country = goneTo;
  }
  if (origin !== undefined) understood.country ??= origin;
  // "my dental practice", "our law practice": a practice of their own, as "my practice" is, when nothing else says
  // who the writer is.
  const practice = understood.audience === undefined ? ownedPracticeIn(words, clauses) : undefined;
  if (practice !== undefined) understood.audience = { value: 'small-business', words: practice };
  // Written in Japanese or Korean and no place named: the one country where the language is spoken.
  const scriptCountry = countryOfScript(raw);
  if (scriptCountry !== undefined) understood.country ??= scriptCountry;
  // "I'm a freelance graphic designer, how do I find clients online?": work handed over at a distance is done where its
  // clients are found, so online is how the writer works; a shop or salon found online still serves on its premises.
  if (
    understood.field !== undefined &&
    DISTANCE_FIELDS.has(understood.field.value) &&
    !fieldOfSought &&
    !words.some((w) => PREMISES.has(w))
  )
    ways.push(...foundOnline);
  const way = nearbyOrOnline(words, clauses, ways) ?? wayOfMeeting(words, clauses, ways);
  if (way !== undefined) understood.inPerson = way;
  else if (nearHired !== undefined) understood.inPerson = { value: 'in-person', words: nearHired };
  else {
    const scheduled = scheduledMeetingIn(words, clauses);
    if (scheduled !== undefined) understood.inPerson = { value: 'in-person', words: scheduled };
  }
  // In person said only as one side of "online or in person" is no wish to meet nearby; said first, with online only
  // doing as well ("in person would be great, online is fine too"), it is.
  const inPersonFirst =
    ways.some((w) => w.value === 'in-person' && !alsoFineAt(words, clauses, w.end)) &&
    ways.some((w) => w.value === 'online' && alsoFineAt(words, clauses, w.end));
  if (way?.value !== 'in-person' && !inPersonFirst) {
    const sides = new Set(ways.filter((w) => w.value === 'in-person').map((w) => w.words));
    strong = strong.filter((g) => g.value !== 'local' || !sides.has(g.words));
  }
  // Someone of a profession sought: for a team or company ("looking for a developer to join our team") or with a
  // verb of hiring ("hire a bookkeeper", "recruiting an engineer") someone to hire, when no other hiring is said;
  // otherwise a collaborator ("in search of a drummer", "need an illustrator for my book"), contacts, as people to
  // team up with are. In the text's order.
  const sought = collaborator && words.slice(collaborator.at, collaborator.end).join(' ');
  const staffSought = sought !== undefined && forStaffAt(words, clauses, collaborator!.end);
  const hiredSought = sought !== undefined && HIRE_VERBS.has(words[collaborator!.at]!);
  const soughtGoal: Purpose = staffSought || hiredSought ? 'hiring' : 'contacts';
  if (sought !== undefined && !strong.some((g) => g.value === soughtGoal))
    placeGoal(soughtGoal, sought, collaborator!.at);
  // A tradesperson who says so ("I'm a plumber") and wants customers sells their trade: a small business, as a sole
  // trader is, when nothing else says who they are, or only that they work for themselves ("electricista autónomo",
  // "a self-employed roofer": self-employed in a trade is a sole trader). Read before the owner's customers below,
  // which it then gets.
  const trade = understood.field;
  const tradeWordsAt = trade === undefined ? -1 : phraseAt(words, trade.words);
  if (
    trade !== undefined &&
    TRADING_FIELDS.has(trade.value) &&
    (understood.audience === undefined
      ? selfMarkerBefore(words, clauses, tradeWordsAt)
      : understood.audience.value === 'freelancers' &&
        wordsNextTo(words, clauses, understood.audience.words, tradeWordsAt, trade.words)) &&
    strong.some((g) => g.value === 'referrals' || g.value === 'promotion')
  )
    understood.audience = { value: 'small-business', words: trade.words };
  // A musician, author or game maker who says so ("I'm a musician", "our band") and wants backers or an audience,
  // not clients, publishes their own work: a creator, when nothing else says who they are.
  if (
    understood.audience === undefined &&
    trade !== undefined &&
    CREATOR_FIELDS.has(trade.value) &&
    ownArtAt(words, clauses, phraseAt(words, trade.words)) &&
    strong.some((g) => g.value === 'investors' || g.value === 'promotion') &&
    !strong.some((g) => g.value === 'referrals' || g.value === 'hiring')
  )
    understood.audience = { value: 'creators', words: trade.words };
  // "We have 7 employees": a writer with a small staff runs a small business.
  const smallStaff = understood.audience === undefined ? smallStaffAt(words, clauses) : undefined;
  if (smallStaff !== undefined) understood.audience = { value: 'small-business', words: smallStaff };
  // "I just started a handyman business", "our little bakery shop": a business of the writer's own.
  const ownBusiness = understood.audience === undefined ? ownBusinessAt(words, clauses) : undefined;
  if (ownBusiness !== undefined) understood.audience = { value: 'small-business', words: ownBusiness };
  const audience = understood.audience?.value;
  // "Where to find engineers for an early stage startup", "how do startups find good developers": an employer taking
  // on people of a profession hires them, in the place the words stand among the goals.
  if (audience !== undefined && EMPLOYER_AUDIENCES.has(audience) && !strong.some((g) => g.value === 'hiring')) {
    const takenOn = professionTakenOnAt(words, clauses);
    // "find photographers like me": the people found are already read as peers.
    const whom = takenOn?.split(' ').pop();
    const peers = strong.some(
      (g) => g.value === 'peer-ideas' && whom !== undefined && g.words.split(' ').includes(whom),
    );
    if (takenOn !== undefined && !peers) {
      placeGoal('hiring', takenOn, phraseAt(words, takenOn));
      weak = weak.filter((g) => g.value !== 'hiring');
    }
  }
  // A freelancer's clients, projects and gigs are freelance work: the job sites and marketplaces, not referral clubs.
  if (audience === 'freelancers') {
    const clients = strong.find((g) => g.value === 'referrals' && isClientWord(g.words));
    if (clients !== undefined) {
      // In the clients' place: the goals keep the order the text gives them.
      const at = strong.indexOf(clients);
      strong = strong.filter((g) => g !== clients);
      if (!strong.some((g) => g.value === 'hiring')) strong.splice(at, 0, { value: 'hiring', words: clients.words });
    }
  }
  // A business the writer runs ("my shop", "we run a bakery") wanting customers reaches them by promoting itself:
  // promotion in the customers' place, then referrals; referrals asked for as such ("referrals", "refer clients")
  // stay as read, and so do customers in a text that speaks of referring ("… and be referred to you").
  // The same reading search gives such a query.
  if (audience === 'small-business' && !strong.some((g) => g.value === 'promotion') && !referringIn(words, clauses)) {
    const customers = strong.find((g) => g.value === 'referrals' && isCustomerWord(g.words));
    if (customers !== undefined)
      strong.splice(strong.indexOf(customers), 0, { value: 'promotion', words: customers.words });
  }
  // "Vivo de las clientas de siempre pero necesito gente nueva", "my regular customers are great, but I need new
  // people": new people, to a business that speaks of its customers, are new customers, reached by promotion, in
  // their place. A business owner who speaks of no customers may want friends ("new in town, want to meet new people").
  if (audience === 'small-business') {
    const fresh = strong.find((g) => g.value === 'friends' && NEW_PEOPLE.has(g.words));
    if (fresh !== undefined && words.some((w) => CUSTOMER_NOUNS.has(w))) {
      const at = strong.indexOf(fresh);
      strong = strong.filter((g) => g !== fresh);
      if (!strong.some((g) => g.value === 'promotion'))
        strong.splice(at, 0, { value: 'promotion', words: fresh.words });
    }
  }
  // Customers wanted by someone who says what they sell to the public (their own business, or a trade or craft:
  // "need more customers" for a home bakery, a salon's "Neukunden", a plumber's "more local customers") are reached by
  // promotion: referrals are introductions between businesses, which such a writer asks for only by speaking of
  // referring. Not the professions whose clients come by such introductions ({@link REFERRED_FIELDS}), nor a
  // freelancer, whose clients are freelance work (above). Customers wanted by a writer who says nothing of what they
  // do stay as the lexicon reads them, and so do a few words typed as a query ("plumber leads", "photographer
  // clients"), which say whose customers they are no more than a heading does (search reads those further).
  const field = understood.field?.value;
  if (
    words.length > QUERY_LENGTH &&
    (audience === 'small-business' || (audience === undefined && field !== undefined)) &&
    (field === undefined || !REFERRED_FIELDS.has(field)) &&
    !referringIn(words, clauses)
  ) {
    const customers = strong.find((g) => g.value === 'referrals' && isCustomerWord(g.words));
    if (customers !== undefined) {
      const at = strong.indexOf(customers);
      strong = strong.filter((g) => g !== customers);
      if (!strong.some((g) => g.value === 'promotion'))
        strong.splice(at, 0, { value: 'promotion', words: customers.words });
    }
  }
  // Clients sought on social media ("best social media for real estate agents to get clients") are reached by being
  // seen there: promotion, in the clients' place, then referrals. Not "how do I get clients without social media".
  if (!strong.some((g) => g.value === 'promotion')) {
    const clients = strong.find((g) => g.value === 'referrals' && isClientWord(g.words));
    const social = clients && socialMediaSaidAt(words, clauses);
    if (clients !== undefined && social !== undefined)
      strong.splice(strong.indexOf(clients), 0, { value: 'promotion', words: `${social} … ${clients.words}` });
  }
  // An investor meeting other investors ("connect with more experienced investors") is networking with their peers,
  // not raising money: contacts, in the investors' place. Money words ("funding") stay a search for investors.
  if (audience === 'investors' || investsInField !== undefined) {
    const others = strong.find((g) => g.value === 'investors' && INVESTOR_PEOPLE.has(g.words));
    if (others !== undefined) {
      const at = strong.indexOf(others);
      strong = strong.filter((g) => g !== others);
      if (!strong.some((g) => g.value === 'contacts')) strong.splice(at, 0, { value: 'contacts', words: others.words });
    }
  }
  // A founder "looking for someone", with no other goal, is looking for a partner: contacts.
  if (audience === 'startups' && strong.length === 0 && weak.length === 0) {
    const k = words.findIndex(
      (w, j) => SOMEONE.has(w) && words.slice(Math.max(0, j - 2), j).some((v) => SEEK_WORDS.has(v)),
    );
    if (k >= 0) addGoal('contacts', words.slice(Math.max(0, k - 2), k + 1).join(' '), true);
  }
  // "Keep in touch" among people at work is about contacts, not friends.
  if ((audience !== undefined && WORK_AUDIENCES.has(audience)) || strong.some((g) => BUSINESS_PURPOSES.has(g.value)))
    weak = weak.filter((g) => g.value !== 'friends');
  // "Meet people" where nothing is about work (no profession, no working audience, no work goal, and no work named of
  // the people met, as in "meet people in my industry"): friends.
  const meetPeople = weak.find((g) => g.value === 'contacts' && MEET_PEOPLE.has(g.words));
  if (
    meetPeople !== undefined &&
    !workAfter(words, clauses, phraseAt(words, meetPeople.words) + meetPeople.words.split(' ').length) &&
    understood.field === undefined &&
    (audience === undefined || !WORK_AUDIENCES.has(audience)) &&
    !strong.some((g) => WORK_GOALS.has(g.value))
  ) {
    weak = weak.filter((g) => g !== meetPeople);
    addGoal('friends', meetPeople.words, true);
  }
  // Having moved says where; it asks to meet people nearby only beside a goal about people, or alone.
  if (moved !== undefined && (strong.length === 0 || strong.some((g) => PEOPLE_GOALS.has(g.value))))
    addGoal('local', moved, true);
  // Retired and wanting friends ("I retired last year … how do I meet new people"): friends nearby, vaguely, unless
  // they ask to meet online.
  const retired = understood.audience?.value === 'consumers' ? understood.audience.words : undefined;
  if (
    retired !== undefined &&
    RETIRED.has(retired) &&
    way?.value !== 'online' &&
    strong.some((g) => g.value === 'friends')
  )
    addGoal('local', retired, true);
  // Making friends in a town the text names ("hard to make friends in Berlin") is meeting people where one lives:
  // nearby, in person (the local goal), vaguely; unless they ask to meet online.
  if (city !== undefined && way?.value !== 'online' && strong.some((g) => g.value === 'friends'))
    addGoal('local', city, true);
  // Vague networking words and a town ("networking in Lisbon"), or a goal's events there ("networking events in
  // London"): networking there, in person.
  const events = strong.some((g) => g.value !== 'local' && g.words.split(' ').some((w) => ATTENDED.has(w)));
  if (city !== undefined && ((strong.length === 0 && weak.length > 0) || events)) addGoal('local', city, true);
  // "Nurse networking", a few words naming a profession and networking, asks for its people: peers to learn from
  // as well as contacts. In a longer text the networking is told of ("go to conferences and talk to professors").
  const vague = weak.find((g) => g.value === 'contacts');
  if (strong.length === 0 && vague !== undefined && understood.field !== undefined && words.length <= QUERY_LENGTH)
    strong.push({ value: 'peer-ideas', words: `${vague.words} … ${understood.field.words}` });
  // Giving back and no goal: service and volunteering nearby, vaguely.
  if (motive !== undefined && strong.length === 0 && weak.length === 0) addGoal('local', motive, true);
  // A group of a sport and no goal ("komunitas lari", "a hiking group in Denver"): people to do it with, who meet
  // nearby and in person, vaguely; unless they ask to meet online.
  const sportGroup = strong.length === 0 && weak.length === 0 ? sportGroupIn(words, clauses) : undefined;
  if (sportGroup !== undefined && way?.value !== 'online') {
    addGoal('friends', sportGroup, true);
    addGoal('local', sportGroup, true);
    understood.inPerson ??= { value: 'in-person', words: sportGroup };
  }
  // A forum or a community and no goal: talking with peers, vaguely.
  if (talkPlace !== undefined && strong.length === 0 && weak.length === 0) addGoal('peer-ideas', talkPlace, true);
  // A place named beside a profession and no goal ("nursing app", "running group"): its people, to talk with, vaguely.
  if (place !== undefined && strong.length === 0 && weak.length === 0 && understood.field !== undefined)
    addGoal('peer-ideas', place, true);
  // "but above all I need clients": a goal a cue word marks comes first, wherever the text names it.
  understood.goals = cuedFirst(
    networkingBeforePeers(peersBeforeConnecting([...strong, ...weak], words, clauses, sentences), words, clauses),
    words,
    sentences,
  ).slice(0, MAX_GOALS);
  // Meeting people nearby ("meet other expats and locals") is meeting them in person: the meeting and the
  // nearby said in one clause, not "arrived in Amsterdam … keen to meet new people".
  const nearby = understood.goals.find((g) => g.value === 'local');
  const nearbyAt = nearby === undefined ? -1 : phraseAt(words, nearby.words);
  const meet = words.findIndex((w, k) => MEETING_WORDS.has(w) && nearbyAt >= 0 && clauses[k] === clauses[nearbyAt]);
  if (meet >= 0 && understood.inPerson === undefined) understood.inPerson = { value: 'in-person', words: words[meet]! };
  // Someone looking for work is managing a career: a professional, unless the text says who they are; someone
  // looking for gigs or commissions works for clients: a freelancer.
  if (seeking !== undefined && understood.audience === undefined && understood.goals.some((g) => g.value === 'hiring'))
    understood.audience = { value: asksForClientWork(seeking) ? 'freelancers' : 'professionals', words: seeking };
  // Which hiring market: "find a job", "hire staff" are employment; "gigs", "hire a photographer" are client work.
  const hiring = understood.goals.find((g) => g.value === 'hiring');
  const work =
    hiring &&
    readWork(words, clauses, phraseAt(words, hiring.words), hiring.words, EMPLOYING_WORDS, understood.audience?.value);
  if (hiring !== undefined && staffSought && hiring.words === sought)
    understood.work = { value: 'employment', words: sought };
  else if (work !== undefined) understood.work = work;
  const groups = readGroups(raw, words, clauses, sentences);
  if (groups.length > 0) understood.groups = groups;
  const role = readRole(words, clauses);
  if (role !== undefined) understood.role = role;
  // A name that is a word the reader knows ("HeadHunter", "Freelancer") needs the writer's capitals to be a site.
  const named = names
    ? sitesNamedIn({ words, written, sentences, clauses }, raw, names, (run) => PHRASES.has(run))
    : [];
  if (named.length > 0) understood.sites = named.map((s) => ({ value: s.value, words: inOwnWords(raw, s.words) }));
  // Every part in the writer's own words, as the groups are: "Ohio" as typed, not "ohio".
  let folded: FoldedWord[] | undefined;
  const own = <T>(r: Reading<T> | undefined) =>
    r && { value: r.value, words: inOwnWords(raw, r.words, (folded ??= foldedWordsOf(raw))) };
  understood.goals = understood.goals.map((g) => own(g)!);
  for (const key of ['audience', 'field', 'country', 'inPerson', 'budget', 'time', 'work', 'role'] as const)
    if (understood[key] !== undefined) (understood[key] as Reading<unknown>) = own(understood[key])!;
  if (notCovered !== undefined) notCovered = own(notCovered);
  if (understood.goals.length === 0) {
    if (notCovered !== undefined) understood.notCovered = notCovered;
    return { understood, answers: undefined };
  }
  const answers: Answers = { goals: understood.goals.map((g) => g.value) };
  if (understood.groups) answers.groups = understood.groups.map((g) => g.value);
  if (understood.audience) answers.audience = understood.audience.value;
  if (understood.field) answers.field = understood.field.value;
  if (understood.country) answers.country = understood.country.value;
  if (understood.inPerson) answers.inPerson = understood.inPerson.value;
  if (understood.budget) answers.budget = understood.budget.value;
  if (understood.time) answers.time = understood.time.value;
  if (understood.work) answers.work = understood.work.value;
  if (understood.role) answers.role = understood.role.value;
  return { understood, answers };
}
