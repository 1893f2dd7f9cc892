/**
 * Which field is the writer's own, for the free-text reader: their trade or art ("my bakery", "our band"), their
 * employer's, a sector named after "in", and the fields that give way to others (school, a stage of life).
 */
import { TRADE_NOUNS, WORKING_IN, PLACE_WORDS, TALK_PLACE_WORDS, foldWords } from '#src/catalogue/lexicon.ts';
import type { Field, Purpose } from '#src/catalogue/taxonomy.ts';
import { pastFillers } from './read-clause-walk.ts';
import { ARTICLES, TIES } from './read-shared-words.ts';
import { READER_TABLES } from './reader-tables.ts';
import { markerBefore, selfMarkerBefore } from './read-groups.ts';

/** Nouns for someone's spouse: a field word before them is the partner's field ("a military spouse"). */
export const SPOUSES: ReadonlySet<string> = new Set(['spouse', 'spouses', 'wife', 'wives', 'husband', 'husbands']);

/** Fields whose people hire others for employers: named as people met or sought, they are no trade of the writer. */
export const HIRERS_FIELDS: ReadonlySet<Field> = new Set(['hr-recruiting']);

/**
 * Fields whose people, when they win customers, run a business of their own that sells to the public: the trades (a
 * plumber, a roofer), wedding and event vendors (a photographer, a planner, a florist), fitness and wellness (a
 * personal trainer, a yoga teacher) and beauty (a hairdresser, a barber, a nail technician). Not fields whose people
 * mostly sell to firms (design, software, writing: freelancers) or are mostly employed (nursing, teaching).
 */
export const TRADING_FIELDS: ReadonlySet<Field> = new Set(['trades', 'events-weddings', 'fitness-wellness', 'beauty']);

/**
 * Fields whose people, when they look for backers or an audience for their own work, publish for one: creators (a band
 * funding an album, a novelist, a game maker). Not design or photography, whose people mostly sell a service to clients.
 */
export const CREATOR_FIELDS: ReadonlySet<Field> = new Set(['music', 'writing', 'gaming']);

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
export function ownArtAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  if (selfMarkerBefore(words, clauses, i)) return true;
  for (let at = i; at >= i - OWN_ART_REACH && at > 0 && clauses[at] === clauses[i]; at--)
    if (markerBefore(words, clauses, at, OWN_ART_MARKERS) !== undefined) return true;
  const at = ARTICLES.has(words[i - 1] ?? '') && clauses[i - 1] === clauses[i] ? i - 1 : i;
  return words[at - 1] === 'in' && MEMBER_VERBS.has(words[at - 2] ?? '') && clauses[at - 2] === clauses[i];
}

/** Places where people talk or meet: after "<profession> investors" they make the investors the people there. */
export const TALK_PLACES: ReadonlySet<string> = new Set([...PLACE_WORDS, ...TALK_PLACE_WORDS].map(foldWords));

/**
 * Field words that the goal lists name too ("marketing" is a profession and promoting): the goal they name, for when
 * the writer's own trade is another field ("marketing ideas for my plumbing business"); `fieldPhraseGoalsOf()` in
 * `reader-tables-build.ts` draws them.
 */
export const FIELD_PHRASE_GOALS: ReadonlyMap<string, Purpose> = READER_TABLES.fieldPhraseGoals;

/** Most words between a field word that names a goal and the writer's own business: "marketing ideas for my shop". */
export const TRADE_GAP = 3;

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
export function employerFieldAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const k = pastFillers(words, clauses, i, VENTURE_FILLERS, VENTURE_GAP);
  return (
    k >= 0 &&
    (words[k] === 'at' || words[k] === 'for') &&
    EMPLOYED_WORDS.has(words[k - 1] ?? '') &&
    clauses[k - 1] === clauses[i]
  );
}

/** Whether the field word at `i` names a venture the writer started or runs: "started a home bakery". */
export function ventureStartedAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const k = pastFillers(words, clauses, i, VENTURE_FILLERS, VENTURE_GAP);
  return k >= 0 && VENTURE_STARTED.has(words[k]!);
}

/** A stage of life rather than a profession: a named profession wins over it ("a student who wants to be a banker"). */
export const STAGE_FIELDS: ReadonlySet<Field> = new Set(['students']);

/** A school named on its own: where teachers work and students learn, so it gives way to any other field named. */
export const SCHOOL_WORDS: ReadonlySet<string> = new Set(['school', 'schools']);

/** A field's word that, right before another field's word, says "experienced" rather than the field: "a veteran developer". */
export const SENIORITY_WORDS: ReadonlySet<string> = new Set(['veteran']);

/** Forms of "run" that, before "into", mean coming across something: "running into code questions". */
export const RUN_INTO: ReadonlySet<string> = new Set(['run', 'runs', 'running', 'ran']);

const TRADE: ReadonlySet<string> = new Set(TRADE_NOUNS);

const WORKING: ReadonlySet<string> = new Set(WORKING_IN);

/** Whether the field word of `n` words at `i` names a trade: "events planner", "work in events", "contacts in events". */
export function tradeAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  return TRADE.has(words[i + n] ?? '') || sectorAt(words, clauses, i);
}

/** People named before "in" and their sector: "contacts in finance", "peers in recruiting", "someone in events". */
const SECTOR_PEOPLE: ReadonlySet<string> = new Set([
  ...TIES,
  ...['peers', 'people', 'colleagues', 'others', 'someone', 'anyone', 'professionals', 'folks'],
]);

/** Hiring words that name the trade of hiring after "in": "work in recruitment", "contacts in staffing". */
export const HIRING_TRADES: ReadonlySet<string> = new Set(['recruiting', 'recruitment', 'staffing']);

/** The field of the trade of hiring. */
export const HIRING_TRADE_FIELD: Field = 'hr-recruiting';

/** Whether the words at `i` name people's sector after "in" and those people: "contacts in …", "peers in …". */
export function wantedSectorAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return words[i - 1] === 'in' && clauses[i - 2] === clauses[i] && SECTOR_PEOPLE.has(words[i - 2] ?? '');
}

/** Whether the words at `i` name a sector after "in": of people ({@link wantedSectorAt}) or of work ("work in …"). */
export function sectorAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return (
    wantedSectorAt(words, clauses, i) ||
    (words[i - 1] === 'in' && clauses[i - 2] === clauses[i] && WORKING.has(words[i - 2] ?? ''))
  );
}

/** Field words that are also units of measure when written after a number: "10 hr days" are hours, not HR. */
const UNIT_NAMES: ReadonlySet<string> = new Set(['hr', 'hrs']);

/** Whether the field word at `i` is a unit after a number ("12 hr shifts", "40 hrs a week"), so names no trade. */
export function unitAfterNumberAt(words: readonly string[], i: number): boolean {
  return UNIT_NAMES.has(words[i]!) && /^\d+$/.test(words[i - 1] ?? '');
}
