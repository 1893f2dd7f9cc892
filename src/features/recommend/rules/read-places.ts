/**
 * Places, for the free-text reader: countries and towns the lexicon knows, a US state, places gone or moved to,
 * going back home, languages and food styles that name no country.
 */
import {
  CITY_PHRASES,
  COUNTRY_PHRASES,
  DEMONYM_WORDS,
  STYLE_NOUNS,
  FROM_WORDS,
  LANGUAGE_NAMES,
  LANGUAGE_USE_AFTER,
  LANGUAGE_USE_BEFORE,
  ABROAD_WORDS,
  HOMECOMING_WORDS,
  TO_WORDS,
  US_STATE_CODES,
  foldWords,
} from '#src/catalogue/lexicon.ts';
import { TURKISH, TURKISH_TO_ENDINGS } from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';
import { lookBack } from './read-clause-walk.ts';
import { LONGEST, PHRASES } from './read-phrases.ts';

/** Relocation words that say only where: after the people wanted they say where those people are. */
export const ABROAD: ReadonlySet<string> = new Set(ABROAD_WORDS.map(foldWords));

/** Going away: "move abroad", "relocate overseas". */
export const AWAY: ReadonlySet<string> = new Set(['abroad', 'overseas']);

/** Verbs of leaving for elsewhere, before {@link AWAY}; not "living abroad", said where one already is. */
export const LEAVING_FOR: ReadonlySet<string> = new Set([
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
export function homecomingAt(words: readonly string[]): number {
  return words.findIndex((_, k) => HOMECOMING.some((p) => p.every((w, m) => words[k + m] === w)));
}

/**
 * Whether the country at word `i` (its words `phrase`) is the place left for home ({@link homecomingAt} at `home`): one
 * named in the same sentence, before the going home ("after five years in England I moved back home") or after it as
 * a stay ("moved back home after five years in the UK"). Not one said of the writer ("I'm Kenyan"), nor one come from
 * ("from Nigeria"), which name the home; nor one in another sentence ("I live in Ireland. My sister moved back home").
 */
export function leftForHome(
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

/** Investors as people: beside an investor writing, their peers. */
export const LANGUAGE_NAME: ReadonlySet<string> = new Set(LANGUAGE_NAMES);

export const LANGUAGE_AFTER: ReadonlySet<string> = new Set(LANGUAGE_USE_AFTER);

export const LANGUAGE_BEFORE: ReadonlySet<string> = new Set(LANGUAGE_USE_BEFORE);

export const FROM: ReadonlySet<string> = new Set(FROM_WORDS);

const TO: ReadonlySet<string> = new Set(TO_WORDS);

/** Whether a country or city the lexicon knows starts at word `at`. */
function countryAt(words: readonly string[], at: number): boolean {
  for (let n = Math.min(LONGEST, words.length - at); n >= 1; n--)
    if (PHRASES.get(words.slice(at, at + n).join(' '))?.some((e) => e.kind === 'country')) return true;
  return false;
}

/** Whether a town the lexicon knows starts at word `at` ("Lagos", "São Paulo"). */
export function townAt(words: readonly string[], at: number): boolean {
  for (let n = Math.min(LONGEST, words.length - at); n >= 1; n--)
    if (CITY_PHRASES.has(words.slice(at, at + n).join(' '))) return true;
  return false;
}

/**
 * Where the first place gone to starts from word `from` on, with its "to" word before word `until`: a country or
 * city the lexicon knows named right after a "to" word (`to`, or the folded {@link TO_WORDS}), over "the": "… do
 * Krakowa", "nach Wien", "moving to the UK".
 */
export function placeGoneTo(
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

/** Where a place named after "in" at `k` ends ("in Berlin", "in the UAE", "in New York"), or undefined. */
export function placeInEnd(words: readonly string[], k: number): number | undefined {
  if (words[k] !== 'in') return undefined;
  const at = words[k + 1] === 'the' ? k + 2 : k + 1;
  for (let m = 3; m >= 1; m--) if (COUNTRY_PHRASES.has(words.slice(at, at + m).join(' '))) return at + m;
  return undefined;
}

const STYLE_NOUN: ReadonlySet<string> = new Set(STYLE_NOUNS);

/**
 * Whether a noun of food or drink ({@link STYLE_NOUNS}) stands at `i` or, over one other word, right after it, in
 * the clause: after a demonym it says a style ("an Italian restaurant", "a Thai family café"), not a country.
 */
export function styleAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return [i, i + 1].some((k) => STYLE_NOUN.has(words[k] ?? '') && clauses[k] === clauses[i - 1]);
}

/**
 * The US state right after word `i` ("al" written "AL" right there, "alabama"), or undefined: a state code
 * counts only where it is written in capitals, so "in" or "or" elsewhere in the text names no state.
 */
export function usStateAt(words: readonly string[], written: readonly string[], i: number): string | undefined {
  const next = words[i];
  if (next === undefined) return undefined;
  if (US_STATE_CODES.has(written[i]!)) return next;
  for (const n of [2, 1]) {
    const phrase = words.slice(i, i + n).join(' ');
    if (COUNTRY_PHRASES.get(phrase) === 'US' && !CITY_PHRASES.has(phrase)) return phrase;
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
export function smallLettersOnly(written: string): boolean {
  return /\p{Ll}/u.test(written) && !/\p{Lu}/u.test(written);
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
export function moveAt(
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
export function moveLaterAt(
  words: readonly string[],
  clauses: readonly number[],
  written: readonly string[],
  from: number,
) {
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
export function placeMovedTo(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  n: number,
): number | undefined {
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

/** Whether each of the `n` words written from `i` begins with a capital letter: "Cidade Nova", "Kota Baru". */
export function nameWritten(written: readonly string[], i: number, n: number): boolean {
  return written.slice(i, i + n).every((w) => /^\p{Lu}/u.test(w));
}
