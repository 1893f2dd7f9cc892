/**
 * A goal said not to be wanted by a negated verb after it, as Korean and Hindi say it ("친구는 안 찾아요", "मुझे नौकरी
 * नहीं चाहिए"): the pairs of `lexicon-dutch-russian-korean-hindi.ts` ({@link NOT_SOUGHT_AFTER}), folded as the text is;
 * and as French, German and Polish say a thing is of no interest ("Networking interessiert mich nicht",
 * {@link NOT_INTERESTING_AFTER}); Amharic's negated verb ("ደንበኞች አልፈልግም", {@link AMHARIC_NOT_SOUGHT_AFTER}) and
 * Hungarian's "nem" and verb after the goal ("befektetőket nem keresek", {@link HUNGARIAN_NOT_SOUGHT_AFTER}).
 */
import { NOT_INTERESTING_AFTER, foldWords } from '#src/catalogue/lexicon.ts';
import { NOT_SOUGHT_AFTER } from '#src/catalogue/lexicon-dutch-russian-korean-hindi.ts';
import {
  AMHARIC_NOT_SOUGHT_AFTER,
  HUNGARIAN_NOT_SOUGHT_AFTER,
} from '#src/catalogue/lexicon-finnish-hungarian-amharic-swahili.ts';

const PAIRS: readonly (readonly string[])[] = [
  ...NOT_SOUGHT_AFTER.map(([a, b]) => [foldWords(a), foldWords(b)]),
  ...[...NOT_INTERESTING_AFTER, ...AMHARIC_NOT_SOUGHT_AFTER, ...HUNGARIAN_NOT_SOUGHT_AFTER].map((p) =>
    foldWords(p).split(' '),
  ),
];
/** Most words from the goal's first word to the pair: "친구는 안 찾아요" is the goal, a particle, then the pair. */
const REACH = 4;

/** Whether the goal whose first word is at `i` is followed in its clause by a negated verb of wanting or interest. */
export function notSoughtAfterAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  for (let k = i + 1; k <= i + REACH && k < words.length && clauses[k] === clauses[i]; k++)
    if (PAIRS.some((pair) => phraseAt(words, clauses, k, clauses[i]!, pair))) return true;
  return false;
}

/** Whether the words from `k` on are `phrase`, every one in the clause `clause`. */
export function phraseAt(
  words: readonly string[],
  clauses: readonly number[],
  k: number,
  clause: number,
  phrase: readonly string[],
): boolean {
  return phrase.every((w, n) => words[k + n] === w && clauses[k + n] === clause);
}
