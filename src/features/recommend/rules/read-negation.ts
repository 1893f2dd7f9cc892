/**
 * Whether the free-text reader's goal is said not to be wanted: negators before and after the verb of wanting,
 * "instead of", Japanese negative endings, a seeking word negated.
 */
import { foldWords } from '#src/catalogue/lexicon.ts';
import {
  MORE_NEGATORS_BEFORE_VERB,
  NEGATORS_RIGHT_BEFORE_GOAL,
  NEGATORS_RIGHT_BEFORE_VERB,
} from '#src/catalogue/lexicon-turkish-indonesian-polish.ts';
import { notSoughtInTurkishAt } from './read-word-endings.ts';
import { notSoughtAfterAt } from './read-negation-after.ts';
import { negatedWantingAt, notSoughtInChineseAt, notSoughtInThaiAt } from './read-negation-before.ts';
import {
  AFRIKAANS_HAVING,
  MORE_NEGATORS_AFTER_VERB,
  MORE_SUBJECT_PRONOUNS,
} from '#src/catalogue/lexicon-nordic-czech-ukrainian-hebrew-afrikaans.ts';
import { FURTHER_NEGATORS_BEFORE_VERB } from '#src/catalogue/lexicon-dutch-russian-korean-hindi.ts';
import { lookBack } from './read-clause-walk.ts';
import { DESIRE_WORDS, HAVING, NEGATORS, NOT_ONLY } from './read-shared-words.ts';
import { CJK } from './read-scripts.ts';

/**
 * Negators written before the verb they negate ("no busco trabajo", "não procuro emprego", "non cerco lavoro", "je ne
 * cherche pas", "no longer looking"): they negate a goal only when a word of wanting is among the next two words, so
 * "no tengo amigos" (a lack) still asks for friends and "non-profit" is no negation.
 */
const NEGATORS_BEFORE_VERB: ReadonlySet<string> = new Set([
  ...['no', 'nao', 'non', 'ne', 'nunca', 'jamais', 'nem', 'لا'],
  // Spoken Arabic "not": Levantine and Egyptian مش, Gulf and Iraqi مو ("مش محتاج زباين", not needing customers).
  ...['مش', 'مو'],
  ...MORE_NEGATORS_BEFORE_VERB,
  ...FURTHER_NEGATORS_BEFORE_VERB,
]);

/** Negators of a word of wanting right after them only, and of a goal right after them ("nie", "bukan"). */
const RIGHT_BEFORE_VERB: ReadonlySet<string> = new Set(NEGATORS_RIGHT_BEFORE_VERB);

const RIGHT_BEFORE_GOAL: ReadonlySet<string> = new Set(NEGATORS_RIGHT_BEFORE_GOAL);

/**
 * Negators written after the verb of wanting ("ich suche keinen Job", "ik zoek geen werk", "brauche ich nicht"): they
 * negate what follows only right after such a verb, so "ich habe keine Freunde" (a lack) still asks for friends.
 */
const NEGATORS_AFTER_VERB: ReadonlySet<string> = new Set([
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keiner',
  'keinem',
  'niet',
  'geen',
  'pas',
  // Swedish, Norwegian, Danish and Afrikaans ("jag söker inte jobb", "jeg trenger ikke investorer", "ek soek nie werk nie").
  ...MORE_NEGATORS_AFTER_VERB,
]);

/** Subject pronouns that may stand between a verb of wanting and its negator: "brauche ich keinen Klempner". */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'ich',
  'wir',
  'ik',
  'wij',
  'je',
  'nous',
  ...MORE_SUBJECT_PRONOUNS,
]);

/** Most words between a negator written after the verb and the goal: "suche keinen neuen Job". */
const AFTER_VERB_REACH = 2;

/** Words that negate whatever follows directly, wanting or not: "instead of", "rather than", "other than". */
const NEGATING_PAIRS: readonly (readonly [string, string])[] = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['other', 'than'],
  ['except', 'for'],
  // "apart from his colleagues we know no one": the people the writer already has.
  ['apart', 'from'],
];

/** Subjects right before a way of working that make it a statement: "I work from home", "we work remotely". */
export const STATING: ReadonlySet<string> = new Set([
  'i',
  'we',
  'm',
  'im',
  'am',
  'currently',
  'already',
  'now',
  'also',
]);

/** Negators that negate the word right after them, with no word of wanting between: "not friends". */
const NOT_DIRECTLY: ReadonlySet<string> = new Set(['not', 'nor']);

/** "can not find": not a negation of the goal. */
const CAN: ReadonlySet<string> = new Set(['can', 'could']);

/** How far back (in words) a negation reaches. */
const NEGATION_REACH = 4;

/** How far "without" reaches: "without using online networks". */
const WITHOUT_REACH = 2;

/** Whether a word of wanting stands right before the word at `j`, over a subject pronoun at most: "suche (ich)". */
function wantingBefore(words: readonly string[], clauses: readonly number[], j: number): boolean {
  const k = SUBJECT_PRONOUNS.has(words[j - 1] ?? '') ? j - 2 : j - 1;
  return k >= 0 && clauses[k] === clauses[j] && DESIRE_WORDS.has(words[k]!);
}

/** Whether the goal phrase at `i` is said not to be wanted ("not looking for a job", "instead of friends"). */
export function negatedAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return (
    negatorBefore(words, clauses, i) !== undefined ||
    notSoughtInJapaneseAt(words, clauses, i) ||
    notSoughtInTurkishAt(words, clauses, i) ||
    notSoughtInThaiAt(words, clauses, i) ||
    notSoughtInChineseAt(words, clauses, i) ||
    notSoughtAfterAt(words, clauses, i)
  );
}

/**
 * Japanese verbs of looking for, wanting or needing, as the stem a negative ending follows: Japanese puts the verb
 * and its negation after what is sought. The forms and glosses are from the reader's authors' own knowledge of
 * Japanese, not from a source: 探し/探さ/探す (look for: 探して, 探さない, 探すつもり), 求め (seek), 募集し (recruit),
 * 欲し (want: 欲しくない), 必要 (need), 要ら/要り (need: 要らない, 要りません), 考え (think of: 転職は考えていない), 作り
 * (make: 友達を作りたくない), 興味 (interest: 興味がない), the verbs also in kana. Not 見つけ: "見つけていない" (not
 * found yet) still wants it.
 */
const JAPANESE_SEEKING_STEMS: readonly string[] = [
  ...['探し', 'さがし', '探さ', 'さがさ', '探す', 'さがす', '求め', 'もとめ', '募集し', '欲し', 'ほし', '必要'],
  ...['要ら', 'いら', '要り', 'いり', '考え', 'かんがえ', '作り', 'つくり', '興味'],
];

/**
 * Their negative endings, plain and polite: not doing it (ていない, ていません, てない, てません, and with は, "am not
 * looking"), not (ない, ません, ず), not wanted (くない, くありません), there is no need (はない, がない, ありません),
 * not wanting to (たくない, たくありません), not thinking one wants (いと思わない, いとは思わない, いと思いません,
 * いと思っていない), not needed (ではない, じゃない, ではありません, じゃありません, としていない, としていません),
 * not intending to (つもりはない, つもりはありません, つもりがない, つもりもない).
 */
const JAPANESE_NEGATIVE_ENDINGS: readonly string[] = [
  ...['ていない', 'ていません', 'てない', 'てません', 'てはいない', 'てはいません', 'ない', 'ません', 'ず'],
  ...['くない', 'くありません', 'はない', 'がない', 'はありません', 'がありません', 'ありません'],
  ...['たくない', 'たくありません', 'いと思わない', 'いとは思わない', 'いと思いません', 'いとは思いません'],
  ...['いと思っていない', 'いと思っていません', 'ではない', 'じゃない', 'ではありません', 'じゃありません'],
  ...[
    'としていない',
    'としていません',
    'としてない',
    'つもりはない',
    'つもりはありません',
    'つもりがない',
    'つもりもない',
  ],
];

/**
 * A Japanese verb of seeking with a negative ending, or 不要 (unneeded) alone, at the start of a folded text. Built
 * from the folded forms, since folding takes the voicing marks off kana ("で" is read as "て", "が" as "か").
 */
const JAPANESE_NOT_SOUGHT = new RegExp(
  `^(?:${foldWords('不要')}|(?:${JAPANESE_SEEKING_STEMS.map(foldWords).join('|')})(?:${JAPANESE_NEGATIVE_ENDINGS.map(foldWords).join('|')}))`,
);

/** Most particle characters between a Japanese goal word and its negated verb: "には" in "転職には興味がない". */
const PARTICLES_AFTER = 2;

/**
 * Whether the Japanese word at `i` is said not to be sought: "仕事を探していません" (not looking for work), "友達はいらない"
 * (no need of friends), the negated verb right after the word or one particle, or two ("転職には興味がない": "に" and
 * "は"), after it, in its clause. Lacking is no refusal: "友達がいません" (I have no friends) wants them.
 */
function notSoughtInJapaneseAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  const word = words[i]!;
  if (!CJK.test(word)) return false;
  let tail = '';
  for (let k = i; k < words.length && clauses[k] === clauses[i]; k++) tail += words[k];
  for (let at = 1; at <= word.length + PARTICLES_AFTER; at++) if (JAPANESE_NOT_SOUGHT.test(tail.slice(at))) return true;
  return false;
}

/** Words before people that set others apart from them: "outside my family", "beyond our friends". */
const SET_APART: ReadonlySet<string> = new Set(['outside', 'beyond', 'besides']);

/** Words between those and the people: "outside of my own family". */
const OWNERS: ReadonlySet<string> = new Set(['of', 'my', 'our', 'the', 'his', 'her', 'their', 'own', 'immediate']);

const OWNERS_REACH = 3;

/** Where the words that say the phrase at `i` is not wanted begin ("not", "instead of"), or undefined. */
export function negatorBefore(words: readonly string[], clauses: readonly number[], i: number): number | undefined {
  return lookBack(words, clauses, i, NEGATION_REACH + 1, (w, j) => {
    const between = words.slice(j + 1, i);
    if (NEGATING_PAIRS.some(([a, b]) => w === a && between[0] === b && between.length <= 3)) return j;
    // "testers outside my family", "readers beyond our friends": the people set apart are the writer's own.
    if (SET_APART.has(w) && between.length <= OWNERS_REACH && between.every((b) => OWNERS.has(b))) return j;
    // "without using online sites": what is done without is not wanted; "without connections" lacks them.
    if (w === 'without' && between.length <= WITHOUT_REACH && (between[0] ?? '').endsWith('ing')) return j;
    // "not just friends", "nicht nur Freunde", "no solo trabajo": the negation adds rather than removes.
    if (between.some((b) => NOT_ONLY.has(b))) return undefined;
    // "nu caut un loc de muncă", "nechci nové klienty", "har ikke brug for investorer": a negated verb of wanting.
    if (negatedWantingAt(words, clauses, j, i)) return j;
    // "no busco trabajo", "je ne cherche pas de travail": a word of wanting right after the negator.
    // The goal's own first word counts: "لا أبحث عن عمل" (not looking for work) is one goal phrase.
    if (NEGATORS_BEFORE_VERB.has(w) && [...between, words[i]!].slice(0, 2).some((b) => DESIRE_WORDS.has(b))) return j;
    // "tak butuh investor" (Indonesian): the word of wanting right after; "nie klientów", "bukan klien": the goal.
    if (RIGHT_BEFORE_VERB.has(w) && DESIRE_WORDS.has([...between, words[i]!][0]!)) return j;
    // Not after Afrikaans "het" (has): "ek het nie vriende nie" (I have no friends) is a lack.
    if (RIGHT_BEFORE_GOAL.has(w) && between.length === 0 && !AFRIKAANS_HAVING.includes(words[j - 1] ?? '')) return j;
    // "ich suche keinen Job", "brauche ich keinen Klempner": a word of wanting right before the negator.
    if (NEGATORS_AFTER_VERB.has(w) && between.length <= AFTER_VERB_REACH && wantingBefore(words, clauses, j)) return j;
    if (!NEGATORS.has(w) || NOT_ONLY.has(between[0] ?? '')) return undefined;
    // Right before the goal only a plain "not" negates it ("contacts, not friends"); "can't find a job" wants one.
    const plainNot = NOT_DIRECTLY.has(w) && !CAN.has(words[j - 1] ?? '');
    return (between.length === 0 && plainNot) || between.some((b) => DESIRE_WORDS.has(b)) ? j : undefined;
  });
}

/** Words right before a way of paying that refuse it: "no paid groups", "without a membership". */
const REFUSING_PAY: ReadonlySet<string> = new Set(['no', 'without']);

/** Where the words refusing the way of paying at `i` begin ("not willing to pay", "no paid groups"), or undefined. */
export function payRefusedAt(words: readonly string[], clauses: readonly number[], i: number): number | undefined {
  const no = negatorBefore(words, clauses, i);
  if (no !== undefined) return no;
  for (const k of [i - 1, i - 2])
    if (
      REFUSING_PAY.has(words[k] ?? '') &&
      clauses[k] === clauses[i] &&
      (k === i - 1 || words[k + 1] === 'a') &&
      !HAVING.has(words[k - 1] ?? '')
    )
      return k;
  return undefined;
}

/**
 * Whether the seeking word at `i` is negated: as any goal is, or by a negator right before it, since the seeking
 * word is itself the wanting ("don't need a plumber", "not looking for an agency"; not "can't find a plumber").
 */
export function seekNegatedAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  if (negatedAt(words, clauses, i)) return true;
  const before = words[i - 1] ?? '';
  return (
    (NEGATORS.has(before) || NEGATORS_BEFORE_VERB.has(before)) &&
    clauses[i - 1] === clauses[i] &&
    !CAN.has(words[i - 2] ?? '')
  );
}
