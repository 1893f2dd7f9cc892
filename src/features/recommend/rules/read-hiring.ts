/**
 * People the writer hires or seeks, for the free-text reader: professionals for a project ("need a plumber"),
 * staff ("hire line cooks", "necesito contratar un mesero"), a collaborator or one person sought, a job posted.
 */
import {
  GERMAN_EMPLOYING_WORDS,
  SPANISH_EMPLOYING_WORDS,
  FRENCH_EMPLOYING_WORDS,
  WEAK_GOAL_WORDS,
  foldWords,
} from '#src/catalogue/lexicon.ts';
import { MORE_LANGUAGES } from '#src/catalogue/languages.ts';
import type { Audience } from '#src/catalogue/taxonomy.ts';
import { HIRED_PROS } from './read-work.ts';
import { lookBack } from './read-clause-walk.ts';
import { ARTICLES, DESIRE_WORDS, LIKE_ME, PEER_MARKERS, SEEK_WORDS, WE_MARKERS } from './read-shared-words.ts';
import { RUNNING_A_BUSINESS_WORDS } from './read-goal-words.ts';
import { type Kind, PHRASES } from './read-phrases.ts';
import { negatedAt, seekNegatedAt } from './read-negation.ts';
import { FIELD_PHRASE_GOALS } from './read-field.ts';
import { EMPLOYERS, NOTICE_GAP, NOTICE_WORDS } from './read-jobs.ts';
import { placeInEnd } from './read-places.ts';

/**
 * Hiring words that mean employing someone; every other hiring word ("a job",
 * "find work") means looking for work, which makes the visitor a professional
 * when nothing else says who they are.
 */
export const EMPLOYING_WORDS: ReadonlySet<string> = new Set([
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
export function personHiredAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
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
export const STAFF_WORDS: ReadonlySet<string> = new Set(['staff', 'employees', 'candidates', 'talent']);

/** Verbs that, right after a staff word, make the staff the ones doing it: "employees find their peers". */
export const STAFF_DOING: ReadonlySet<string> = new Set([
  'find',
  'finding',
  'look',
  'looking',
  'seek',
  'seeking',
  'meet',
  'share',
]);

export const ASKING_FOR: ReadonlySet<string> = new Set([
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
export function jobPostedAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  const after = words[i + n];
  if (after !== undefined && clauses[i + n] === clauses[i] && POSTING_AFTER.some((v) => after.startsWith(v)))
    return true;
  const posted = (w: string) => (POSTING.has(w) ? true : POSTED_FILLERS.has(w) ? undefined : false);
  return lookBack(words, clauses, i, 3, posted) === true;
}

/** Words between seeking and the person sought: "need an artist", "looking for a sound designer". */
const SOUGHT_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'some', 'another', 'maybe', 'for', 'good']);

/**
 * Whether the profession at `i` is a collaborator the writer seeks ("need an artist", "looking for a designer"),
 * not a professional hired for client work ({@link SOUGHT_PROS}: a plumber, a lawyer), whose field is the need's.
 */
export function collaboratorSoughtAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
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
export function personSoughtFrom(
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
export function forStaffAt(words: readonly string[], clauses: readonly number[], end: number): boolean {
  for (let k = end; k < Math.min(words.length, end + STAFF_PLACE_REACH) && clauses[k] === clauses[end - 1]; k++)
    if (STAFF_PLACES.has(words[k]!)) return true;
  return false;
}

/**
 * Whether the profession at `i` is sought or hired in a negated clause, over filler words: "not hiring a plumber",
 * "no necesito un abogado" ({@link seekNegatedAt}).
 */
export function negatedSoughtAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const negated = (w: string, k: number) =>
    SEEKING_OR_HIRING.has(w) || DESIRE_WORDS.has(w)
      ? seekNegatedAt(words, clauses, k)
      : HIRED_FILLERS.has(w) || SOUGHT_FILLERS.has(w)
        ? undefined
        : false;
  return lookBack(words, clauses, i, HIRED_GAP + 1, negated) === true;
}

/** Words that hire someone: the people named right after them are the ones hired ("hire a freelance developer"). */
export const HIRE_VERBS: ReadonlySet<string> = new Set([
  'hire',
  'hiring',
  'hires',
  'recruit',
  'recruiting',
  'recruits',
]);

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
export const FAMILY_KIND_OF_WORK: ReadonlySet<string> = new Set([
  ...['session', 'sessions', 'photos', 'photography', 'photographer', 'portraits', 'portrait', 'shoot', 'shoots'],
  ...['law', 'lawyer', 'lawyers', 'doctor', 'doctors', 'medicine', 'practice', 'dentist', 'dentistry', 'therapist'],
  ...['therapy', 'business', 'businesses', 'run', 'owned', 'farm', 'restaurant', 'firm', 'office'],
]);

/**
 * Permanent residence as immigration forms abbreviate it ("PR", in Canada and Australia): a status held, not the trade
 * of public relations, when it is had or granted ("got PR", "as a PR", "my PR") and no noun of a trade follows it in its
 * clause ("a PR agency", "my PR campaign" name the trade), or when a word of residence follows ("PR card", "PR visa").
 */
export const RESIDENCE_STATUS_WORDS: ReadonlySet<string> = new Set(['pr']);

export const STATUS_HELD_BEFORE: ReadonlySet<string> = new Set([
  'a',
  'my',
  'got',
  'get',
  'getting',
  'received',
  'granted',
]);

export const RESIDENCE_NOUNS: ReadonlySet<string> = new Set([
  'card',
  'visa',
  'holder',
  'holders',
  'status',
  'application',
]);

/** "But" in the languages read ("mas" is Portuguese "but"; Spanish "más", more, folds to it too, rarely between budgets). */
export const BUT_WORDS: ReadonlySet<string> = new Set([
  'but',
  'though',
  'however',
  'pero',
  'mas',
  'ma',
  'mais',
  'aber',
]);

/** Money set aside for a kind of work, after its name: "marketing budget", "advertising spend". */
export const MONEY_FOR_WORK: ReadonlySet<string> = new Set(['budget', 'budgets', 'spend', 'spending']);

/** A customer or client in the singular, which may name a kind of work after it ("customer interviews"). */
export const CUSTOMER_ONE: ReadonlySet<string> = new Set(['customer', 'client']);

/**
 * Nouns after "customer" or "client" that make it a kind of work or data: "12 customer interviews", "customer
 * research", "client feedback". Not "base" ("grow my customer base" wants customers) nor "work" (client work).
 */
export const CUSTOMER_WORK: ReadonlySet<string> = new Set([
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

/**
 * The running-a-business words ({@link RUNNING_A_BUSINESS_WORDS}) that end in an article, which introduces the business
 * named next: "I run a| small software startup", "owner of a| …". "Business owner(s)" name no kind after them.
 * "Running my" is left out, as it was before the list was shared: taking it in would change answers no test asks for.
 */
const RUNNING_WORDS: ReadonlySet<string> = new Set(
  RUNNING_A_BUSINESS_WORDS.filter((phrase) => ARTICLES.has(phrase.slice(phrase.lastIndexOf(' ') + 1))),
);

/** Most words between running a business and the word for its kind: "I run a| small software| startup". */
const RUNNING_GAP = 2;

/**
 * Where the running words `said` start when they stand just before `i` in its clause, over at most
 * {@link RUNNING_GAP} words ("I run a small software startup"): the kind of business at `i` says the audience.
 */
export function runsWhatFollows(
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
export function hiredAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const hired = (w: string) => HIRE_VERBS.has(w) || (HIRED_FILLERS.has(w) ? undefined : false);
  return lookBack(words, clauses, i, HIRED_GAP + 1, hired) === true;
}

/**
 * A hired professional sought at `i` ("find a contractor", "need a good plumber", "looking for a wedding
 * photographer"): the words from the seeking word to the professional, over filler words and at most one other word
 * right before the professional; undefined when there is none. "Other plumbers" are peers, "work as a plumber" who
 * the writer is: neither has only fillers between.
 */
export function proSoughtAt(
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
export const NEARNESS: ReadonlySet<string> = new Set(
  (WEAK_GOAL_WORDS.local ?? []).map(foldWords).filter((w) => !/locals|communit/.test(w)),
);

/**
 * Whether the sentence of `i` has the writer seek or hire a professional ("need a plumber", "hire a local
 * electrician"), not negated.
 */
export function proHiredIn(
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

/** New people, as the friends words say them ("new people", "gente nueva", "neue Leute"). */
export const NEW_PEOPLE: ReadonlySet<string> = new Set(['new people', 'meet new people', 'gente nueva', 'neue leute']);

/** Single words for a business's customers ("customers", "clients", "clientas", "Kunden"). */
export const CUSTOMER_NOUNS: ReadonlySet<string> = new Set([
  ...['customers', 'customer', 'clients', 'client', 'clientele', 'patrons', 'regulars'],
  ...['clientes', 'clientas', 'clienta', 'cliente', 'kunden', 'kundschaft', 'clienti', 'klanten', 'klienci'],
]);

/** Who employs staff: a startup, a small business, a large firm. */
export const EMPLOYER_AUDIENCES: ReadonlySet<Audience> = new Set(['startups', 'small-business', 'enterprises']);

/** People of a profession only, not of a kind of audience ("find founders": peers or partners). */
const PROFESSION_KIND: ReadonlySet<Kind> = new Set(['field']);

/** Verbs of taking people on: "find engineers", "recruit developers". */
const TAKING_ON: ReadonlySet<string> = new Set(['find', 'finding', 'hire', 'hiring', 'recruit', 'recruiting']);

/**
 * The words from a verb of taking people on to the people of a profession it takes, in the plural ("find engineers",
 * "find good developers"), or staff ("recruit candidates"): said by an employer, hiring. Not people of a kind of
 * audience ("find founders": peers or partners), nor a negated clause.
 */
export function professionTakenOnAt(words: readonly string[], clauses: readonly number[]): string | undefined {
  for (let k = 0; k < words.length; k++) {
    if (!TAKING_ON.has(words[k]!) || negatedAt(words, clauses, k)) continue;
    const j = peopleHiredAt(words, clauses, k, PROFESSION_KIND);
    if (j !== undefined) return words.slice(k, j + 1).join(' ');
  }
  return undefined;
}

/**
 * "studios to notice", "recruiters in Dubai find": an employer and, shortly after, a word of noticing, with the
 * employer's own number of words (`size`). A place the employers are in ("in Berlin") stands between uncounted, and
 * is read as the place. Not "recruiters to find candidates": people hired right after say the employers hire.
 */
export function employerAt(
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
