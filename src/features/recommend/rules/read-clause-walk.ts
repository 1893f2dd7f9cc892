/**
 * Walking the words around one word of a text, inside its clause, for the free-text reader: what stands
 * shortly before or after it, over filler words, and where a phrase stands.
 */

/**
 * The one walk behind every "shortly before, in its clause" rule: from the word before `i` back, nearest first, over
 * at most `reach` words and never past the start of `i`'s clause (of its sentence, given `sentences` as `bounds`),
 * asking `look` of each word. `look` answers undefined to walk on; its first other answer is returned (`false` to
 * stop with no), and undefined when the walk ends unanswered.
 */
export function lookBack<T>(
  words: readonly string[],
  bounds: readonly number[],
  i: number,
  reach: number,
  look: (word: string, k: number) => T | undefined,
): T | undefined {
  for (let k = i - 1; k >= Math.max(0, i - reach) && bounds[k] === bounds[i]; k--) {
    const answer = look(words[k]!, k);
    if (answer !== undefined) return answer;
  }
  return undefined;
}

/**
 * Whether a word of `set` stands within `reach` words before `i`, in its clause ({@link lookBack}); with `fits`, only a
 * word at a position `fits` accepts counts.
 */
export function setBefore(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  reach: number,
  set: ReadonlySet<string>,
  fits?: (k: number) => boolean,
): boolean {
  return lookBack(words, clauses, i, reach, (w, k) => (set.has(w) && (fits?.(k) ?? true)) || undefined) === true;
}

/**
 * Where the words of `fillers` right before word `i` end, looking back at most `reach` words in its clause: the word
 * before them ("started| a home| bakery": "started"), or -1 when the clause starts first.
 */
export function pastFillers(
  words: readonly string[],
  clauses: readonly number[],
  i: number,
  fillers: ReadonlySet<string>,
  reach = i,
): number {
  let k = i - 1;
  while (k >= Math.max(0, i - reach) && clauses[k] === clauses[i] && fillers.has(words[k]!)) k--;
  return k >= 0 && clauses[k] === clauses[i] ? k : -1;
}

/** Where the folded `phrase` first stands in `words`, or -1. */
export function phraseAt(words: readonly string[], phrase: string): number {
  return partsAt(words, phrase.split(' '));
}

/** Where the words `parts` first stand together in `words`, or -1: a plain loop, as every read runs it (issue #16). */
export function partsAt(words: readonly string[], parts: readonly string[]): number {
  outer: for (let k = 0; k < words.length; k++) {
    for (let j = 0; j < parts.length; j++) if (words[k + j] !== parts[j]) continue outer;
    return k;
  }
  return -1;
}

/** Most words between two phrases that qualify one another: "autônomo como encanador". */
const QUALIFIER_GAP = 1;

/**
 * Whether the phrase `near` is written next to the phrase of `n`-word `phrase` at `at`, before or after it in its
 * clause with at most {@link QUALIFIER_GAP} words between: "a self-employed roofer", "fontanero autónomo".
 */
export function wordsNextTo(
  words: readonly string[],
  clauses: readonly number[],
  near: string,
  at: number,
  phrase: string,
): boolean {
  const from = phraseAt(words, near);
  if (from < 0 || at < 0) return false;
  const end = from + near.split(' ').length;
  const atEnd = at + phrase.split(' ').length;
  const gap = from < at ? at - end : from - atEnd;
  return gap >= 0 && gap <= QUALIFIER_GAP && clauses[from] === clauses[at];
}

/**
 * Whether a word of `set` stands within `reach` words after the words ending at `end`, in the clause of `at`; with
 * `fits`, only a word at a position `fits` accepts counts.
 */
export function setAfter(
  words: readonly string[],
  clauses: readonly number[],
  at: number,
  end: number,
  reach: number,
  set: ReadonlySet<string>,
  fits?: (k: number) => boolean,
): boolean {
  for (let k = end; k < Math.min(words.length, end + reach) && clauses[k] === clauses[at]; k++)
    if (set.has(words[k]!) && (fits?.(k) ?? true)) return true;
  return false;
}
