/**
 * The phrase table of the free-text reader ({@link buildPhrases}), built from the lexicon and the reader's own
 * tables: what `read-phrases.ts` serves. A build computes it once (`src/integrations/vite-reader-tables.ts`), so
 * the Worker neither builds it nor bundles this module; plain Node, the tests and `astro dev` build it at load.
 */
import {
  ASKING_READERS_WORDS,
  NOT_COVERED_WORDS,
  GIVING_BACK_WORDS,
  VOLUNTEERING_WORDS,
  COUNTRY_PHRASES,
  FIELD_WORDS,
  GOAL_WORDS,
  withPlural,
  PLACE_WORDS,
  PEER_TALK_PLACE_WORDS,
  PURPOSE_KEYWORDS,
  RELOCATION_WORDS,
  REMOTE_WORKER_WORDS,
  ROLE_WITHOUT_FIELD_WORDS,
  SCHOOL_DAYS_WORDS,
  SITE_KIND_WORDS,
  SPOKEN_AUDIENCE_WORDS,
  WEAK_GOAL_WORDS,
  WORK_SETTING_WORDS,
  WORLDWIDE_WORDS,
  foldWords,
} from '#src/catalogue/lexicon.ts';
import { SCRIPT_DATING_WORDS, SCRIPT_GOAL_WORDS, SCRIPT_WEAK_GOAL_WORDS } from '#src/catalogue/lexicon-scripts.ts';
import { MORE_AUDIENCE_WORDS } from '#src/catalogue/languages.ts';
import { FIELDS, PURPOSES, keysOf, type Field } from '#src/catalogue/taxonomy.ts';
import { POLISH_PROFESSION_FORMS, germanCaseForms } from './read-profession-endings.ts';
import { OWNING } from './read-shared-words.ts';
import type { Entry, Kind } from './read-phrases.ts';
import { AUDIENCE_WORDS, BUDGET_WORDS, IN_PERSON_WORDS, TIME_WORDS } from './read-goal-words.ts';

/** Fields that are a role at work rather than a trade: a word that is also an audience names the audience only. */
const ROLE_FIELDS: ReadonlySet<Field> = new Set(['executives']);

/** Shorter words ("a", "my", "of") only hold a phrase together. */
const MIN_CONTENT_LENGTH = 4;

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
 * one meaning of each kind; the first one listed wins. Built once per build (`reader-tables.ts`), or at load where
 * the code runs without one.
 */
export function buildPhrases(): Map<string, Entry[]> {
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
}
