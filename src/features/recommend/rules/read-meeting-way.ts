/**
 * How to meet, for the free-text reader: online or in person (either, one not suiting, "near me or online"),
 * online as where to be found, a schedule of meetings, social media named as such.
 */
import { REMOTE_WORDS, SITE_KIND_WORDS, foldWords } from '#src/catalogue/lexicon.ts';
import type { InPersonPreference } from './answers.ts';
import { setAfter, setBefore } from './read-clause-walk.ts';
import { NEGATORS, NOT_ONLY } from './read-shared-words.ts';
import { negatedAt } from './read-negation.ts';
import { NEARNESS } from './read-hiring.ts';
import type { Reading } from './read-goal.ts';

/** The other way of meeting: "not in person" asks for online, "rather than online" for in person. */
export const OPPOSITE_WAY: Readonly<Partial<Record<InPersonPreference, InPersonPreference>>> = {
  online: 'in-person',
  'in-person': 'online',
};

/** The words of {@link SITE_KIND_WORDS} ("social media"), each as its folded words. */
const SITE_KIND_PHRASES: readonly (readonly string[])[] = SITE_KIND_WORDS.map((w) => foldWords(w).split(' '));

/** Words right before social media that keep away from it: "without social media", "avoid social networks". */
const AWAY_FROM: ReadonlySet<string> = new Set(['without', 'no', 'avoid', 'avoiding', 'off', 'beyond', 'besides']);

/** The words naming social media as such ("social media", "social networks"), unless kept away from, or undefined. */
export function socialMediaSaidAt(words: readonly string[], clauses: readonly number[]): string | undefined {
  for (let k = 0; k < words.length; k++)
    for (const phrase of SITE_KIND_PHRASES) {
      if (phrase.some((w, m) => words[k + m] !== w)) continue;
      if (AWAY_FROM.has(words[k - 1] ?? '') || negatedAt(words, clauses, k)) continue;
      return phrase.join(' ');
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
export function alsoFineAt(words: readonly string[], clauses: readonly number[], end: number): boolean {
  const after = words.slice(end, end + ALSO_FINE_REACH).filter((_, k) => clauses[end + k] === clauses[end - 1]);
  return after.some((w) => WOULD_DO.has(w)) && after.some((w) => AS_WELL.has(w)) && !after.some((w) => NEGATORS.has(w));
}

/**
 * The way of meeting the text asks for, from the ways it names in order: two different ones joined by "or",
 * "and" ("online or offline") are either; "from online to in person" is the second; otherwise the first.
 */
export function wayOfMeeting(
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
export function nearbyOrOnline(
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
export function notSuitedAfter(words: readonly string[], clauses: readonly number[], end: number): boolean {
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
export function scheduledMeetingIn(words: readonly string[], clauses: readonly number[]): string | undefined {
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

export const REMOTE: ReadonlySet<string> = new Set(REMOTE_WORDS);

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
 * Whether "online" at `i` (`n` words) says where to be found rather than how the writer works: next to the people to
 * win or to being seen ("get customers online", "online presence", "ऑनलाइन नए ग्राहक"), after a verb of putting one's
 * offer there or before a German one ("put my tours online", "online einstellen"), or asked as where to be ("where
 * should I be online"). "I work online", "an online business", "sell online" say none of these, and still say online.
 */
export function foundOnlineAt(
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
