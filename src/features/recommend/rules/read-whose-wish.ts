/**
 * Whose wish a goal is, for the free-text reader: the writer's, or other people's ("people looking for …", "other
 * developers, who …"), a question to the post's readers, an event told of, one thing wanted.
 */
import { ATTENDED_PAST_WORDS } from '#src/catalogue/lexicon.ts';
import { lookBack, setBefore } from './read-clause-walk.ts';
import { PEOPLE_NOUNS, WE_MARKERS } from './read-shared-words.ts';
import { PHRASES } from './read-phrases.ts';
import { peerMarkerBefore } from './read-peers.ts';
import { COMPANY_WORDS } from './read-friends.ts';

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

export const ASKING_READERS: ReadonlySet<string> = new Set(['any', 'anyone', 'anybody', 'some', 'someone', 'somebody']);

/** How far back "any" reaches over the request: "any experience or advice". */
const ASKING_REACH = 3;

export function askedOfReaders(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  phrase: string,
): boolean {
  if (!REQUEST_WORDS.has(phrase)) return false;
  if (phrase === 'questions' && (words[i - 1] === 'asked' || words[i - 1] === 'asking')) return true;
  return setBefore(words, clauses, i, ASKING_REACH, ASKING_READERS);
}

/**
 * The base forms a verb in "-ing" may have ("discussing" is "discuss", "sharing" "share", "swapping" "swap"),
 * so a goal verb is read as something being done or wished for; none for other words. Past forms ("we
 * discussed moving") tell what happened, not what is wanted, and are left unread.
 */
export function baseForms(word: string): string[] {
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
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'im', 'me', 'my', 'mine', 'myself']);

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
export function othersWantAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
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
export function strandedWithAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
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
export function tradeSeekingAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  if (!(words[i + n - 1] ?? '').endsWith('s') || WE_MARKERS.has(words[i - 1] ?? '')) return false;
  if (peerMarkerBefore(words, clauses, i) !== undefined) return false;
  // "one of many developers looking for …", "like most nurses looking for …": the writer counts themself among them.
  const among = (w: string, j: number) => (w === 'like' || (w === 'of' && words[j - 1] === 'one') ? true : undefined);
  if (lookBack(words, clauses, i, AMONG_REACH, among) === true) return false;
  const k = words[i + n] === 'who' ? i + n + 1 : i + n;
  return clauses[k] === clauses[i] && WANTING.has(words[k] ?? '');
}

/**
 * Whether the words at `i` stand, in their sentence, after a "who" about other people: "other developers, who
 * may not work for a large company", "people who run startups".
 */
export function saidOfOthers(words: readonly string[], sentences: readonly number[], i: number): boolean {
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

/** Words before a singular noun that make it one thing wanted: "a contact", "an introduction", "one new employee". */
const ONE_OF: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/** How far back the article of a singular may be: "a new employee", "one business contact". */
const ONE_OF_REACH = 2;

export function oneOfAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return setBefore(words, clauses, i, ONE_OF_REACH, ONE_OF);
}

/**
 * Whether a word names people the writer wants: a goal's word ("colleagues", "clients", "колеги") or a word for people
 * ("people", "partners"). "Abroad" right after one says where they are ("colleagues abroad").
 */
export function wantedPeopleWord(word: string | undefined): boolean {
  if (word === undefined) return false;
  if (PEOPLE_NOUNS.has(word) || COMPANY_WORDS.has(word)) return true;
  return PHRASES.get(word)?.some((e) => e.kind === 'goal') === true;
}

const ATTENDED_PAST: ReadonlySet<string> = new Set(ATTENDED_PAST_WORDS);

/** How far back a verb of having gone reaches: "I went to a couple of events". */
const ATTENDED_REACH = 6;

/** Whether the event at `i` is one the writer went to ("attended a meetup", "been to events"): told of, not wished. */
export function attendedBefore(words: readonly string[], clauses: readonly number[], i: number): boolean {
  // "been wanting to go to events" is still a wish; "been to events" is not.
  const went = (w: string, k: number) =>
    (ATTENDED_PAST.has(w) && (w === 'attended' || w === 'visited' || words[k + 1] === 'to')) || undefined;
  return lookBack(words, clauses, i, ATTENDED_REACH, went) === true;
}
