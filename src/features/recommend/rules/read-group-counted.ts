/**
 * A writer who counts themself among a group, for the free-text reader: "I'm one of the few women in my team", "one of
 * only two mums at the club". Being one of them is belonging to the group, as "I'm a woman" says.
 */
import type { EligibilityGroup } from '#src/catalogue/taxonomy.ts';
import { pastFillers } from './read-clause-walk.ts';
import { GROUP_BY_NOUN } from './read-shared-words.ts';

/** Words between "one of" and the group that say how many or which: "one of the few", "one of only three". */
const COUNTING: ReadonlySet<string> = new Set([
  ...['the', 'few', 'only', 'very', 'handful', 'a', 'of', 'two', 'three', 'four', 'five', 'rare', 'many', 'several'],
]);

/** What makes the one counted the writer: "I'm one of", "as one of", "being one of". */
const SELF_BEFORE: readonly (readonly string[])[] = [['i', 'am'], ['i', 'm'], ['im'], ['as'], ['being'], ['i', 'was']];

/** Most words from "of" to the group: "one| of the very few| women". */
const COUNTING_REACH = 5;

/**
 * The group and the words of the writer counted among it, ending at word `i` ("I'm one of the few women", "as one of
 * two mums"), or undefined. Only with the writer as the one: "one of the women I met told me" is someone else, and
 * "one of my friends is a mum" counts no one in the group.
 */
export function countedAmongAt(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
): { group: EligibilityGroup; words: string } | undefined {
  const group = GROUP_BY_NOUN.get(words[i]!);
  if (group === undefined) return undefined;
  const k = pastFillers(words, clauses, i, COUNTING, COUNTING_REACH);
  // "one of" ends at the "of" the walk crossed; the "of" of "a handful of" is one of the counting words too.
  if (k < 0 || words[k] !== 'one' || words[k + 1] !== 'of') return undefined;
  const self = SELF_BEFORE.find((m) => m.every((w, j) => words[k - m.length + j] === w));
  return self === undefined ? undefined : { group, words: [...self, ...words.slice(k, i + 1)].join(' ') };
}
