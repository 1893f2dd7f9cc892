/**
 * Peers and the people met, for the free-text reader: "other nurses", "fellow lawyers", staff among peers, people of a
 * field met ("meet bankers"), topics of talk, ties to people ("connections to investors").
 */
import { INVESTOR_PEOPLE_WORDS, foldWords, MEET_PEOPLE_WORDS } from '#src/catalogue/lexicon.ts';
import { MORE_MEET_PEOPLE_WORDS } from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';
import type { Purpose } from '#src/catalogue/taxonomy.ts';
import {
  FURTHER_MEET_PEOPLE_WORDS,
  HINDI_TIES_FILLERS,
  HINDI_TIES_POSTPOSITIONS,
} from '#src/catalogue/lexicon-dutch-russian-korean-hindi.ts';
import { lookBack, pastFillers, setBefore } from './read-clause-walk.ts';
import {
  ARTICLES,
  DESIRE_WORDS,
  GROUP_BY_NOUN,
  MEETING_WORDS,
  PEER_FILLERS,
  PEER_MARKERS,
  PEER_REACH,
  PEOPLE_NOUNS,
  SEEK_WORDS,
  TIES,
  WE_MARKERS,
} from './read-shared-words.ts';
import { LONGEST, PHRASES } from './read-phrases.ts';
import { ASKING_FOR } from './read-hiring.ts';

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

/**
 * The peer marker before the profession at `i` ("other", "fellow", "us"), over
 * at most {@link PEER_REACH} filler words in the same clause, with the words
 * from the marker on; undefined when there is none.
 */
export function peerMarkerBefore(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
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
export function talkTopicAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
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
export function peerStaffAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const peer = (w: string, k: number) =>
    ASKING_FOR.has(w) ? false : PEER_MARKERS.has(w) ? !ASKING_FOR.has(words[k - 1] ?? '') : undefined;
  return lookBack(words, clauses, i, PEER_STAFF_REACH, peer) === true;
}

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
export function peersAt(words: readonly string[], i: number): string | undefined {
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

/** How far back from a profession a word of meeting reaches. */
const MEETING_REACH = 3;

/** The word of meeting shortly before `i` in its clause ("meet … nurses", "connect with founders"), or undefined. */
export function meetingBefore(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  const from = Math.max(0, i - MEETING_REACH);
  const k = words.slice(from, i).findIndex((w, j) => MEETING_WORDS.has(w) && clauses[from + j] === clauses[i]);
  return k >= 0 ? words[from + k] : undefined;
}

/**
 * Vague words for meeting people ("meet people", "kennenlernen"): among
 * people at work they ask for contacts; where nothing in the text is about
 * work they ask for friends.
 */
export const MEET_PEOPLE: ReadonlySet<string> = new Set(
  [...MEET_PEOPLE_WORDS, ...MORE_MEET_PEOPLE_WORDS, ...FURTHER_MEET_PEOPLE_WORDS].map(foldWords),
);

/** Goals about work: beside one of them, meeting people stays networking. */
export const WORK_GOALS: ReadonlySet<Purpose> = new Set(['contacts', 'referrals', 'investors', 'hiring']);

export const INVESTOR_PEOPLE: ReadonlySet<string> = new Set(INVESTOR_PEOPLE_WORDS.map(foldWords));

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
export function tiesToGoalAt(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  n: number,
): Purpose | undefined {
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

/** Words saying people network among themselves: "network with each other", "connect with one another". */
const RECIPROCALS: ReadonlySet<string> = new Set(['each other', 'one another', 'ourselves', 'themselves', 'together']);

/** Most words from the reciprocal to the "to" of its purpose: "with each other online to". */
const PURPOSE_REACH = 3;

/** Most words from that "to" to the goal it is for: "to share tips", "to get more referrals". */
const PURPOSE_GOAL_REACH = 3;

/**
 * The goal that people networking among themselves at `i` (`n` words) do it for, said by an infinitive of purpose in
 * its clause ("we want to network with each other to share tips", "to connect together to trade referrals"): a group
 * networking within itself is already its members' own ties, and what it networks for is the wish, read from its own
 * words, not contacts. Networking with others for a goal ("connect with other nurses to talk shop") stays contacts
 * too. Undefined when no reciprocal follows, or no goal but contacts follows the "to".
 */
export function networkingForGoalAt(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  n: number,
): Purpose | undefined {
  let r = i + n;
  if (words[r] === 'with') r++;
  const reciprocal = RECIPROCALS.has(words[r] ?? '') ? 1 : RECIPROCALS.has(words.slice(r, r + 2).join(' ')) ? 2 : 0;
  if (reciprocal === 0 || clauses[r] !== clauses[i]) return undefined;
  const from = r + reciprocal;
  for (let k = from; k < words.length && k <= from + PURPOSE_REACH && clauses[k] === clauses[i]; k++) {
    if (words[k] !== 'to') continue;
    for (let j = k + 1; j <= k + PURPOSE_GOAL_REACH && j < words.length && clauses[j] === clauses[i]; j++) {
      for (let m = Math.min(LONGEST, words.length - j); m >= 1; m--) {
        const goal = PHRASES.get(words.slice(j, j + m).join(' '))?.find((e) => e.kind === 'goal' && e.weak !== true);
        if (goal !== undefined) return goal.value === 'contacts' ? undefined : (goal.value as Purpose);
      }
    }
    return undefined;
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
