/**
 * A trade the writer had, for the free-text reader: "I was a nurse for 20 years", "used to be a teacher", "a former
 * chef", "ex-banker". Someone who names a trade in the past and another one after it is telling where they come from
 * and where they are going; the networks of the second are the ones they want.
 */
import { lookBack } from './read-clause-walk.ts';

/** Words right before a trade that put it in the past: "former", "ex" ("ex-banker", folded "ex banker"). */
const FORMER: ReadonlySet<string> = new Set(['former', 'formerly', 'ex', 'previously', 'retired', 'erstwhile']);

/** Words between a verb of being and the trade: "was a nurse", "used to be an accountant". */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Most words before the trade that can say it is past: "used to be| a| nurse". */
const PAST_REACH = 4;

/**
 * Whether the trade at word `i` is one had in the past: "former", "ex" or "retired" right before it (over an
 * article), or "was", "used to be" before its article ("I was a nurse", "I used to be an accountant"). A trade
 * someone else was in ("my mum was a nurse") is no more the writer's present one.
 */
export function pastTradeAt(words: readonly string[], clauses: readonly number[], i: number): boolean {
  return (
    lookBack(words, clauses, i, PAST_REACH, (w, k) => {
      if (FORMER.has(w)) return true;
      if (w === 'was' || w === 'were') return true;
      if (w === 'be') return words[k - 1] === 'to' && words[k - 2] === 'used';
      return ARTICLES.has(w) ? undefined : false;
    }) === true
  );
}

/** Words for a working life, which a verb in "-ing" right after describes: "a career hiring engineers". */
const CAREERS: ReadonlySet<string> = new Set(['career', 'careers']);

/** Spans of time a working life is counted in: "twenty years recruiting nurses". */
const SPANS: ReadonlySet<string> = new Set(['years', 'yrs', 'decades']);

/**
 * Whether the verb in "-ing" at word `i` tells what a working life was spent doing ("a long career hiring engineers",
 * "my career recruiting nurses"), or, for a writer who says they are retired (`retired`), what years were spent
 * doing ("thirty years recruiting for banks"): the writer's work, not something they seek. Years alone are not
 * enough: "I've spent months hiring and nobody applies" is a search still going on.
 */
export function careerDoingAt(words: readonly string[], i: number, retired: boolean): boolean {
  const before = words[i - 1] ?? '';
  return (words[i] ?? '').endsWith('ing') && (CAREERS.has(before) || (retired && SPANS.has(before)));
}
