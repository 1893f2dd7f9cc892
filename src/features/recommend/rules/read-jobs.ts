/**
 * Work the writer has or looks for, for the free-text reader: a job held ("my job", "a year into my first job")
 * or sought ("part-time work", Polish "praca"), employers noticing the writer, work moved for, a workplace.
 */
import { ATTENDED_FIELD_WORDS, JOB_WORDS, foldWords } from '#src/catalogue/lexicon.ts';
import type { Audience } from '#src/catalogue/taxonomy.ts';
import { lookBack, setBefore } from './read-clause-walk.ts';
import { DESIRE_WORDS, ME, NEGATORS, QUERY_LENGTH, SEEK_WORDS, WISHING, WISH_REACH } from './read-shared-words.ts';
import { PHRASES } from './read-phrases.ts';

/** Most words from an employer back-referred to by a verb of finding: "recruiters in the UAE find me". */
const EMPLOYER_REACH = 6;

/** The employer word ({@link EMPLOYERS}) shortly before `i` in its clause, the subject of what follows, or undefined. */
export function employerBefore(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  return lookBack(words, clauses, i, EMPLOYER_REACH, (w) => (EMPLOYERS.has(w) ? w : undefined));
}

/**
 * Words before "job" that make it the job the visitor already has ("talk
 * about the job", "my job is stressful"): not a job search, unless a word of
 * leaving comes first ("quit my job", "lost my job").
 */
export const CURRENT_JOB: ReadonlySet<string> = new Set([
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

export const LEAVING_JOB: ReadonlySet<string> = new Set([
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
export const JOB_HELD: ReadonlySet<string> = new Set([
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
export const JOB_STEPS: ReadonlySet<string> = new Set(['interview', 'interviews']);

/** Words skipped between a verb and its job: "started a new job", "have a remote job", "a stable full time job". */
export const JOB_ARTICLES: ReadonlySet<string> = new Set([
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
export function jobIntoAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
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
export const WORK_WORDS: ReadonlySet<string> = new Set([
  'job',
  'jobs',
  'gig',
  'gigs',
  'work',
  'projects',
  'commissions',
]);

/** Who employs: "want studios to notice my portfolio", "recruiters to find me" is looking for work. */
export const EMPLOYERS: ReadonlySet<string> = new Set([
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
export const NOTICE_WORDS: ReadonlySet<string> = new Set([
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
export const NOTICE_GAP = 2;

/** Audiences of people at work: with one of them, "keep in touch" is about contacts, not friends. */
export const WORK_AUDIENCES: ReadonlySet<Audience> = new Set([
  'freelancers',
  'small-business',
  'startups',
  'professionals',
  'enterprises',
  'investors',
]);

/** What a freelancer calls clients ("clients", "projects", "gigs"): for them, finding freelance work. */
export function isClientWord(phrase: string): boolean {
  return !phrase.includes('referral');
}

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
export function kindOfWorkSoughtAt(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
): string | undefined {
  if (words[i] !== 'work') return undefined;
  // The first word before the kinds of work (at most WORK_KINDS_REACH of them), in the clause.
  const k = lookBack(words, clauses, i, WORK_KINDS_REACH + 1, (w, at) =>
    WORK_KINDS.has(w) && i - at <= WORK_KINDS_REACH ? undefined : at,
  );
  if (k === undefined || k === i - 1) return undefined;
  const verb = words[k] === 'for' && SEEK_WORDS.has(words[k - 1] ?? '') ? k - 1 : SEEKING_WORK.has(words[k]!) ? k : -1;
  return verb < 0 || clauses[verb] !== clauses[i] ? undefined : words.slice(verb, i + 1).join(' ');
}

/** Polish work, a job ("praca", "pracy", "pracę"), as the reader folds them. */
export const POLISH_WORK: ReadonlySet<string> = new Set(['praca', 'pracy', 'prace']);

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
export function polishWorkSoughtAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return words.length <= QUERY_LENGTH || words.some((w, k) => clauses[k] === clauses[i] && POLISH_SEEKING.has(w));
}

/** Colleagues, whom someone working alone misses. */
export const COLLEAGUES: ReadonlySet<string> = new Set(['colleagues', 'colleague']);

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
export function colleaguesMissedAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return setBefore(words, clauses, i, 3, MISSING);
}

/** Verbs of knowing people, in the languages read: "don't know anyone", "kenne niemanden", "conozco a nadie". */
export const KNOWING: readonly string[] = ['know', 'connais', 'conozco', 'conocia', 'kenne', 'conheco', 'conosco'];

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
export function workAfter(words: readonly string[], clauses: readonly number[], i: number): boolean {
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
export function hirersSoughtAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
  if (setBefore(words, clauses, i, 3, SEEK_WORDS)) return true;
  for (let k = i + n; k < Math.min(words.length, i + n + HIRERS_REACH) && clauses[k] === clauses[i]; k++)
    if (NOTICE_WORDS.has(words[k]!) && ME.has(words[k + 1] ?? '')) return true;
  return false;
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
export function workplaceAt(words: readonly string[], clauses: readonly number[], i: number, n: number): boolean {
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

export const ATTENDED: ReadonlySet<string> = new Set(ATTENDED_FIELD_WORDS);

/** Work that can be someone else's: "my partner's job", "his work". */
export const WORK_NOUNS: ReadonlySet<string> = new Set(['job', 'jobs', 'work', 'career']);

/** The Spanish, Portuguese and Italian words for a job that are also "I work": "trabajo", "trabalho", "lavoro". */
export const JOB_OR_I_WORK: ReadonlySet<string> = new Set(['trabajo', 'trabalho', 'lavoro']);

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
export function iWorkAt(words: readonly string[], clauses: readonly number[], sentences: readonly number[], i: number) {
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
export function ownedByOther(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  if (before === 'his' || before === 'her' || before === 'their') return true;
  if (before === 's') return FOLLOWED_PEOPLE.has(words[i - 2] ?? '');
  return before.endsWith('s') && FOLLOWED_PEOPLE.has(before.slice(0, -1));
}

/**
 * Words that give a reason, before the work someone moved for: "moved to Leeds for work", "me mudé a Lisboa por
 * trabajo", "pour le travail", "wegen der Arbeit", "per lavoro", "voor mijn werk".
 */
const REASON_FOR: ReadonlySet<string> = new Set([
  ...['for', 'por', 'para', 'pour', 'fur', 'wegen', 'per', 'voor', 'za'],
  // Danish and Norwegian "pga." (short for "på grund af", "på grunn av": because of); "for" they write as English does.
  'pga',
]);

/** The words before "af" or "av" that make it a reason: Danish "på grund af", Norwegian "på grunn av" (folded "pa"). */
const REASON_BEFORE_OF: ReadonlySet<string> = new Set(['pa grund af', 'pa grunn av']);

/** Words that may stand between a word of reason and the work: articles, possessives and "new", in those languages. */
const REASON_FILLERS: ReadonlySet<string> = new Set([
  ...JOB_ARTICLES,
  ...CURRENT_JOB,
  ...['un', 'una', 'el', 'la', 'mi', 'nuevo', 'nueva', 'le', 'l', 'mon', 'ma', 'une', 'nouveau', 'nouvel'],
  ...['der', 'die', 'das', 'dem', 'den', 'des', 'einen', 'eine', 'meine', 'meinen', 'meinem', 'meiner', 'meines'],
  ...['neue', 'neuen', 'o', 'um', 'uma', 'meu'],
  ...['novo', 'nova', 'il', 'lo', 'mio', 'nuovo', 'een', 'mijn', 'nieuwe', 'nieuw'],
  // Danish and Norwegian: a, a new, my.
  ...['en', 'et', 'ei', 'ny', 'nyt', 'nytt', 'min', 'mit', 'mitt'],
]);

/** Most filler words between a word of reason and the work: "for a new job". */
const REASON_GAP = 2;

/**
 * Where the reason starts when the work word at `i` is the reason someone moved ("for work", "por trabajo", "for a
 * new job", Danish "pga. et nyt job"), or undefined: a word of reason shortly before it, over fillers only, and no
 * seeking before that reason ("looking for work" is a search). Where, since a reason written short ("pga.") ends
 * its clause at the stop, and the move is said in the reason's clause.
 */
export function movedForAt(words: readonly string[], i: number): number | undefined {
  for (let k = i - 1; k >= Math.max(0, i - REASON_GAP - 1); k--) {
    const w = words[k]!;
    const reason = REASON_FOR.has(w)
      ? k
      : k >= 2 && REASON_BEFORE_OF.has(words.slice(k - 2, k + 1).join(' '))
        ? k - 2
        : -1;
    if (reason >= 0)
      return SEEK_WORDS.has(words[reason - 1] ?? '') || DESIRE_WORDS.has(words[reason - 1] ?? '') ? undefined : reason;
    if (!REASON_FILLERS.has(w)) return undefined;
  }
  return undefined;
}

/** The career someone has: after "in" ("early in my career") it is a stage of it. */
export const CAREER_HELD: ReadonlySet<string> = new Set(['career', 'my career']);

/** Words for the work someone has or had, which a past verb before them makes work done: "had a job", "my career". */
export const PAST_WORK: ReadonlySet<string> = new Set([...WORK_WORDS, ...CAREER_HELD, 'new job']);

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
export function pastWorkAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  // "retired after a long career": "after" right after a past verb is when, not a wish for the job ("after a job").
  const wished = lookBack(words, clauses, i, WISH_REACH, (w, k) =>
    (WISHING.has(w) || SEEK_WORDS.has(w)) && !(w === 'after' && PAST_HOLDING.has(words[k - 1] ?? ''))
      ? true
      : undefined,
  );
  return wished !== true && setBefore(words, clauses, i, PAST_WORK_REACH, PAST_HOLDING);
}

/** Words before "career" that make it a move, not the career someone has: "start my nursing career". */
export const CAREER_MOVES: ReadonlySet<string> = new Set([
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

export const JOBS: ReadonlySet<string> = new Set(JOB_WORDS);
