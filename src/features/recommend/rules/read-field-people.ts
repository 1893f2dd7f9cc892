/**
 * People of the writer's own field, met, for the free-text reader: "meet a few people in my industry", German "Leute
 * aus meiner Branche kennenlernen". Peers whom the writer wants to meet are contacts to make, as well as people to
 * swap ideas with, as "meet other nurses" is read.
 */
import { foldWords } from '#src/catalogue/lexicon.ts';
import { lookBack } from './read-clause-walk.ts';
import { MEETING_WORDS } from './read-shared-words.ts';

/** The goal words that name people of the writer's field ("people in my industry", "Leute aus meiner Branche"). */
const FIELD_PEOPLE_ENDINGS: readonly string[] = ['in my field', 'in my industry', 'aus meiner branche'];

/**
 * Verbs of meeting people, in English and in German, where the verb may stand last in its clause ("Leute aus meiner
 * Branche kennenlernen", "… treffen").
 */
const MEETING_VERBS: ReadonlySet<string> = new Set(
  [...MEETING_WORDS, 'meets', 'kennenlernen', 'kennenzulernen', 'treffen', 'vernetzen'].map(foldWords),
);

/** Most words between the verb of meeting and the people met, either side: "meet| a few| people in my industry". */
const MEETING_REACH = 4;

/**
 * The verb of meeting the people of the writer's field named by `phrase` at word `i`, `n` words long, or undefined:
 * the verb within {@link MEETING_REACH} words before them or, as German puts it last, after them, in their clause.
 */
export function fieldPeopleMetAt(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  n: number,
  phrase: string,
): string | undefined {
  if (!FIELD_PEOPLE_ENDINGS.some((end) => phrase.endsWith(end))) return undefined;
  const before = lookBack(words, clauses, i, MEETING_REACH, (w) => (MEETING_VERBS.has(w) ? w : undefined));
  if (before !== undefined) return before;
  for (let k = i + n; k < Math.min(words.length, i + n + MEETING_REACH) && clauses[k] === clauses[i]; k++)
    if (MEETING_VERBS.has(words[k]!)) return words[k];
  return undefined;
}
