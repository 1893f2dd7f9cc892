/**
 * The groups the writer says they belong to, for the free-text reader: "I'm a mom", "as a woman", an age
 * ("in my sixties", "28F"), retirement, a group asked about as the topic.
 */
import {
  GROUP_TOPIC_PLACES,
  YOUNG_NOUNS,
  GROUP_VERBS,
  GROUP_VERB_ADVERBS,
  GROUP_VERB_SUBJECTS,
  NOT_AGE_AFTER,
  SELF_MARKERS,
  foldWords,
} from '#src/catalogue/lexicon.ts';
import { MORE_LANGUAGES } from '#src/catalogue/languages.ts';
import { ELIGIBILITY_GROUPS, keysOf, type EligibilityGroup } from '#src/catalogue/taxonomy.ts';
import { lookBack } from './read-clause-walk.ts';
import { ARTICLES, GROUP_BY_NOUN, PEER_FILLERS, POSSESSIVES } from './read-shared-words.ts';
import { inOwnWords } from './read-tokens.ts';
import { countedAmongAt } from './read-group-counted.ts';
import type { Reading } from './read-goal.ts';

const TOPIC_PLACES: ReadonlySet<string> = new Set(GROUP_TOPIC_PLACES);

const YOUNG_NOUN: ReadonlySet<string> = new Set(YOUNG_NOUNS);

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
export function markerBefore(
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
export function readGroups(
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
      // "I'm one of the few women in my team": counted among the group.
      const counted = found.has(group) ? undefined : countedAmongAt(words, clauses, i);
      if (counted !== undefined) found.set(group, counted.words);
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

/** Whether a first-person marker ("I'm a", "as an") comes right before word `i`, in its clause. */
export function selfMarkerBefore(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const markers = SELF_MARKERS.filter((m) => !PEER_SELF.has(m));
  const at = ARTICLES.has(words[i - 1] ?? '') && clauses[i - 1] === clauses[i] ? i - 1 : i;
  return markerBefore(words, clauses, at, markers) !== undefined;
}
