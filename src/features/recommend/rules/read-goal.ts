/**
 * The free-text reader: turns what a visitor types ("I'm a nurse in Porto and
 * want to swap ideas with other nurses") into quiz answers, and says which
 * words gave each answer, so the results page can show "We read this as: …".
 * Deterministic and offline: phrase lists over the taxonomy's labels and
 * synonyms (src/catalogue/lexicon.ts), longest phrase first, no model. When it
 * finds no goal it says so instead of guessing.
 */
import {
  CITY_PHRASES,
  COUNTRY_PHRASES,
  FIELD_WORDS,
  GOAL_WORDS,
  PURPOSE_KEYWORDS,
  RELOCATION_WORDS,
  WEAK_GOAL_WORDS,
  WORLDWIDE_WORDS,
  foldWords,
} from '#src/catalogue/lexicon.ts';
import { FIELDS, PURPOSES, keysOf, type Audience, type Field, type Purpose } from '#src/catalogue/taxonomy.ts';
import { MAX_GOALS, type Answers, type Budget, type InPersonPreference, type TimeBudget } from './answers.ts';

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
}

/** The longest text the reader looks at; the rest is ignored. */
export const MAX_TEXT_LENGTH = 500;

const AUDIENCE_WORDS: Readonly<Record<Audience, readonly string[]>> = {
  freelancers: [
    'freelancer',
    'freelancers',
    'freelance',
    'freelancing',
    'self employed',
    'independent consultant',
    'solopreneur',
    'freiberufler',
    'freiberuflerin',
    'selbststandig',
    'autonomo',
    'autonoma',
    'independant',
    'independante',
    'zzp',
    'zzper',
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
    'my firm',
    'my company',
    'i own a',
    'i run a',
    'we own a',
    'we run a',
    'running a',
    'running my',
    'business owner',
    'owner of a',
  ],
  startups: [
    'startup',
    'start up',
    'startups',
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
  ],
  professionals: ['professional', 'professionals', 'my career', 'employee', 'manager', 'mid career'],
  enterprises: ['enterprise', 'corporation', 'our company', 'large company', 'our recruiters'],
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
  ],
  consumers: ['just for fun', 'personal life'],
  investors: ['as an investor', 'i invest', 'angel investor looking', 'deal flow'],
};

const IN_PERSON_WORDS: Readonly<Record<InPersonPreference, readonly string[]>> = {
  'in-person': ['in person', 'face to face', 'irl', 'in real life', 'offline', 'meet up', 'meet in person'],
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
  ],
  either: ['online or in person', 'either way'],
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
  ],
  some: ['willing to pay', 'happy to pay', 'paid plan', 'subscription', 'small budget'],
  membership: ['membership', 'dues', 'join a club', 'membership fee'],
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
  ],
  moderate: ['a few hours', 'few hours a week', 'couple of hours'],
  heavy: ['lots of time', 'every day', 'daily', 'full time', 'all day'],
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
]);

/** Phrases that are also pronouns: they count only when written in capitals. */
const CAPITALS_ONLY: ReadonlyMap<string, RegExp> = new Map([
  ['us', /\bUS\b/],
  ['it', /\bIT\b/],
]);

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

/** "other vets", "fellow hobbyists": people like the visitor whom the lexicon does not name, so peers. */
function peersAt(words: readonly string[], i: number): string | undefined {
  const [marker, next] = [words[i], words[i + 1]];
  if (marker === undefined || next === undefined || !PEER_MARKERS.has(marker)) return undefined;
  if (next.length < 4 || !next.endsWith('s') || next.endsWith('ss') || NOT_PEOPLE.has(next) || PHRASES.has(next))
    return undefined;
  return `${marker} ${next}`;
}

/** Who someone wants company from: "people to run with", "someone to play chess with" asks for friends. */
const COMPANY_WORDS: ReadonlySet<string> = new Set(['people', 'someone', 'somebody', 'others', 'buddies', 'partners']);
/** Most words between "people to" and "with" in "people to play board games with". */
const COMPANY_GAP = 3;

/** Goals about meeting people: with one of them, having just moved also means meeting people nearby. */
const PEOPLE_GOALS: ReadonlySet<Purpose> = new Set(['friends', 'contacts', 'peer-ideas', 'local']);

/** "people to run with": the words from "people" to "with", when the text has them at `i`. */
function companyAt(words: readonly string[], i: number): string | undefined {
  if (!COMPANY_WORDS.has(words[i]!) || words[i + 1] !== 'to') return undefined;
  const end = words.slice(i + 2, i + 3 + COMPANY_GAP).indexOf('with');
  return end > 0 ? words.slice(i, i + 3 + end).join(' ') : undefined;
}

type Kind = 'goal' | 'field' | 'country' | 'worldwide' | 'audience' | 'inPerson' | 'budget' | 'time' | 'moved';
interface Entry {
  kind: Kind;
  value: string;
  /** A vague goal word: it counts after the specific ones. */
  weak?: boolean;
}

/** Simple English plurals, so "nurse" also finds "nurses". */
function withPlural(word: string): string[] {
  if (word.includes(' ') || word.length < 3 || word.endsWith('s')) return [word];
  return [word, word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`];
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
  const each = <K extends string>(table: Readonly<Partial<Record<K, readonly string[]>>>, kind: Kind, weak = false) => {
    for (const [value, words] of Object.entries(table) as [K, readonly string[]][])
      for (const w of words) put(w, { kind, value, weak });
  };
  each(TIME_WORDS, 'time');
  each(IN_PERSON_WORDS, 'inPerson');
  each(BUDGET_WORDS, 'budget');
  each(AUDIENCE_WORDS, 'audience');
  for (const [key, field] of FIELDS)
    for (const w of [field.label, ...field.synonyms, ...(FIELD_WORDS[key] ?? [])])
      for (const p of withPlural(w)) put(p, { kind: 'field', value: key });
  for (const w of RELOCATION_WORDS) put(w, { kind: 'moved', value: 'local' });
  for (const w of WORLDWIDE_WORDS) put(w, { kind: 'worldwide', value: 'global' });
  for (const [phrase, code] of COUNTRY_PHRASES) put(phrase, { kind: 'country', value: code });
  each(WEAK_GOAL_WORDS, 'goal', true);
  each(GOAL_WORDS, 'goal');
  for (const purpose of keysOf(PURPOSES))
    for (const w of [PURPOSES.get(purpose)!.label, ...PURPOSE_KEYWORDS[purpose]])
      put(w, { kind: 'goal', value: purpose });
  // Settings and professions are not goals, even where a goal list repeats them ("free" time, a "marketing" agency).
  for (const [phrase, entries] of phrases) {
    if (entries.some((e) => e.kind === 'time' || e.kind === 'budget' || e.kind === 'field'))
      phrases.set(
        phrase,
        entries.filter((e) => e.kind !== 'goal'),
      );
  }
  return phrases;
})();
const LONGEST = Math.max(...[...PHRASES.keys()].map((p) => p.split(' ').length));

/** A stage of life rather than a profession: a named profession wins over it ("a student who wants to be a banker"). */
const STAGE_FIELDS: ReadonlySet<Field> = new Set(['students']);

/**
 * Reads a goal written in plain words. `answers` is undefined when no goal was
 * found: the caller should ask for one rather than list sites.
 */
export function readGoal(text: string): { understood: Understood; answers: Answers | undefined } {
  const raw = text.slice(0, MAX_TEXT_LENGTH);
  const words = foldWords(raw).split(' ').filter(Boolean);
  const understood: Understood = { goals: [] };
  const strong: Reading<Purpose>[] = [];
  const weak: Reading<Purpose>[] = [];
  const addGoal = (value: Purpose, phrase: string, vague = false) => {
    if (![...strong, ...weak].some((g) => g.value === value)) (vague ? weak : strong).push({ value, words: phrase });
  };
  let moved: string | undefined;
  let city: string | undefined;
  let i = 0;
  while (i < words.length) {
    const company = companyAt(words, i);
    if (company !== undefined) addGoal('friends', company);
    const peers = peersAt(words, i);
    if (peers !== undefined) addGoal('peer-ideas', peers);
    let matched = 0;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const entries = PHRASES.get(phrase);
      // "US" is a country and "IT" a field only in capitals; "us" and "it" are pronouns.
      const capitals = CAPITALS_ONLY.get(phrase);
      if (!entries || entries.length === 0 || (capitals !== undefined && !capitals.test(raw))) continue;
      matched = n;
      const previous = words[i - 1];
      for (const entry of entries) {
        switch (entry.kind) {
          case 'goal':
            addGoal(entry.value as Purpose, phrase, entry.weak);
            break;
          case 'field': {
            const field = entry.value as Field;
            if (
              understood.field === undefined ||
              (STAGE_FIELDS.has(understood.field.value) && !STAGE_FIELDS.has(field))
            )
              understood.field = { value: field, words: phrase };
            if (previous !== undefined && PEER_MARKERS.has(previous)) addGoal('peer-ideas', `${previous} ${phrase}`);
            break;
          }
          case 'country':
          case 'worldwide':
            understood.country ??= { value: entry.value, words: phrase };
            if (CITY_PHRASES.has(phrase)) city ??= phrase;
            break;
          case 'audience':
            understood.audience ??= { value: entry.value as Audience, words: phrase };
            break;
          case 'inPerson':
            understood.inPerson ??= { value: entry.value as InPersonPreference, words: phrase };
            if (entry.value === 'in-person') addGoal('local', phrase);
            break;
          case 'budget':
            understood.budget ??= { value: entry.value as Budget, words: phrase };
            break;
          case 'time':
            understood.time ??= { value: entry.value as TimeBudget, words: phrase };
            break;
          case 'moved':
            moved ??= phrase;
            break;
        }
      }
      break;
    }
    i += Math.max(matched, 1);
  }
  // Having moved says where; it asks to meet people nearby only beside a goal about people, or alone.
  if (moved !== undefined && (strong.length === 0 || strong.some((g) => PEOPLE_GOALS.has(g.value))))
    addGoal('local', moved, true);
  // Vague networking words and a town ("networking in Lisbon"): networking there, in person.
  if (city !== undefined && strong.length === 0 && weak.length > 0) addGoal('local', city, true);
  // "Networking" within a profession is about its people: peers to learn from as well as contacts.
  const vague = weak.find((g) => g.value === 'contacts');
  if (strong.length === 0 && vague !== undefined && understood.field !== undefined)
    strong.push({ value: 'peer-ideas', words: `${vague.words} … ${understood.field.words}` });
  understood.goals = [...strong, ...weak].slice(0, MAX_GOALS);
  if (understood.goals.length === 0) return { understood, answers: undefined };
  const answers: Answers = { goals: understood.goals.map((g) => g.value) };
  if (understood.audience) answers.audience = understood.audience.value;
  if (understood.field) answers.field = understood.field.value;
  if (understood.country) answers.country = understood.country.value;
  if (understood.inPerson) answers.inPerson = understood.inPerson.value;
  if (understood.budget) answers.budget = understood.budget.value;
  if (understood.time) answers.time = understood.time.value;
  return { understood, answers };
}
