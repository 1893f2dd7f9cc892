/**
 * A job search told as a situation, for the free-text reader: people looking for work often say what they have done
 * rather than what they want ("applied to 40 marketing roles", "three interviews and no offer", "I want to get back
 * into work after a career break"). Each of these steps is one only a person looking for work takes; the goal is a
 * job, as "find a job" would say.
 */
import { lookBack } from './read-clause-walk.ts';

/** Verbs of applying for work: "applied to", "applying for". */
const APPLYING: ReadonlySet<string> = new Set(['apply', 'applies', 'applying', 'applied']);

/** What one applies to when looking for work: "roles", "positions", "openings", and the employers behind them. */
const APPLIED_TO: ReadonlySet<string> = new Set([
  ...['role', 'roles', 'position', 'positions', 'opening', 'openings', 'vacancy', 'vacancies', 'post', 'posts'],
  ...['job', 'jobs', 'company', 'companies', 'employer', 'employers', 'internship', 'internships'],
]);

/** Most words between a verb of applying and what it applies to: "applied to| ~60 instructional designer| roles". */
const APPLIED_REACH = 5;

/** Words that count things, before the interviews of a job search: "two interviews", "a few interviews". */
const COUNTS: ReadonlySet<string> = new Set([
  ...['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens'],
  ...['few', 'several', 'some', 'many', 'zero', 'no', 'couple', 'of', 'handful', 'multiple', 'countless'],
]);

/** A word that makes the interviews those of hiring, between the count and the interviews: "two job interviews". */
const INTERVIEW_KINDS: ReadonlySet<string> = new Set(['job', 'screening', 'phone', 'final', 'first', 'second']);

/**
 * Verbs of holding interviews, not sitting them: "did 12 interviews", "ran five interviews", German "10 Interviews
 * gemacht" (the verb last): the writer is the interviewer, researching customers or a story.
 */
const HOLDING_INTERVIEWS: ReadonlySet<string> = new Set([
  ...['did', 'conducted', 'conducting', 'ran', 'running', 'held', 'holding'],
  // German "gemacht", "geführt", "durchgeführt"; Spanish "hice", "hicimos"; Portuguese "fiz", "fizemos" (folded).
  ...['gemacht', 'gefuhrt', 'durchgefuhrt', 'hice', 'hicimos', 'fiz', 'fizemos'],
]);

/** What a job search's interviews are called: "interviews", "screening calls", "interview calls". */
const INTERVIEW_STEPS: ReadonlySet<string> = new Set(['interviews', 'interview']);

/** Work one goes back to after a break: "back to work", "back into the workforce", "return to employment". */
const WORK_RETURNED_TO: ReadonlySet<string> = new Set(['work', 'workforce', 'employment', 'working']);

/** Words that return: "return to work", "get back into work", "re-enter the workforce" (folded "re enter"). */
const RETURNING: ReadonlySet<string> = new Set(['back', 'return', 'returning', 'enter', 'entering', 'reenter']);

/**
 * Words right before "back" that tell a return already made or a state ("went back to work", "I'm back at work"):
 * then the return is no job sought.
 */
const RETURN_MADE: ReadonlySet<string> = new Set([
  ...['went', 'came', 'got', 'was', 'were', 'am', 'm', 'is', 's', 'been', 'returned', 'gone', 'headed', 'before'],
]);

/**
 * The words of applying for work that end at word `i` ("applied to 60 designer roles", "applying for positions"),
 * or undefined: a verb of applying in `i`'s clause at most {@link APPLIED_REACH} words before what it applies to.
 */
function applicationEndingAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  if (!APPLIED_TO.has(words[i]!)) return undefined;
  const verb = lookBack(words, clauses, i, APPLIED_REACH, (w, k) => (APPLYING.has(w) ? k : undefined));
  return verb === undefined ? undefined : words.slice(verb, i + 1).join(' ');
}

/**
 * The counted interviews ending at word `i` ("two interviews", "2 screening calls", "a few job interviews"), or
 * undefined. A count is what makes them a search's steps; interviews the writer holds are named by who is
 * interviewed ("customer interviews") or by a verb of holding them in the clause ("did 12 interviews").
 */
function interviewsEndingAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  const w = words[i]!;
  const calls = w === 'calls' && (words[i - 1] === 'screening' || words[i - 1] === 'interview');
  if (!INTERVIEW_STEPS.has(w) && !calls) return undefined;
  let k = calls ? i - 2 : i - 1;
  if (!calls && INTERVIEW_KINDS.has(words[k] ?? '')) k--;
  const count = words[k] ?? '';
  if (!/^\d+$/.test(count) && !COUNTS.has(count)) return undefined;
  // "a lot of interviews", "a couple of interviews": the count's first word.
  let from = k;
  while (from > 0 && COUNTS.has(words[from - 1]!) && i - from < 4) from--;
  if (words.some((v, j) => clauses[j] === clauses[i] && HOLDING_INTERVIEWS.has(v))) return undefined;
  return words.slice(from, i + 1).join(' ');
}

/**
 * The return to work starting at word `i` ("back to work", "back into the workforce", "re-enter the workforce",
 * "return to employment"), or undefined; not one already made ("went back to work").
 */
function returnToWorkAt(words: readonly string[], i: number): string | undefined {
  if (!RETURNING.has(words[i]!)) return undefined;
  // "re-enter", folded to "re enter": the return starts at "re".
  const from = (words[i] === 'enter' || words[i] === 'entering') && words[i - 1] === 're' ? i - 1 : i;
  if ((words[i] === 'enter' || words[i] === 'entering') && from === i) return undefined;
  if (RETURN_MADE.has(words[from - 1] ?? '')) return undefined;
  let k = i + 1;
  if (words[k] === 'to' || words[k] === 'into') k++;
  // "the" only before the workforce: "return the work" is handing it back.
  if ((words[k] === 'the' && words[k + 1] === 'workforce') || words[k] === 'paid') k++;
  // "return to work", "back into work": "back" needs its "to" or "into" ("work back" is something else).
  if (k === i + 1 && words[i] === 'back') return undefined;
  return WORK_RETURNED_TO.has(words[k] ?? '') ? words.slice(from, k + 1).join(' ') : undefined;
}

/**
 * The words of a job search told as a situation at word `i` (what ends or starts there), or undefined: applications
 * sent, interviews counted, a return to work.
 */
export function jobSearchAt(words: readonly string[], clauses: readonly number[], i: number): string | undefined {
  return applicationEndingAt(words, clauses, i) ?? interviewsEndingAt(words, clauses, i) ?? returnToWorkAt(words, i);
}

/** A portfolio, as the reader's goal words name it: shown to employers by someone who applies for jobs. */
export const PORTFOLIOS: ReadonlySet<string> = new Set(['portfolio', 'my portfolio']);

/** Words of losing one's job that name its loss on their own: "laid off", "made redundant". */
const JOB_LOSS: readonly (readonly string[])[] = [
  ['laid', 'off'],
  ['made', 'redundant'],
  ['was', 'fired'],
  ['got', 'fired'],
  ['been', 'fired'],
  ['lost', 'my', 'job'],
  ['was', 'let', 'go'],
  ['got', 'let', 'go'],
  ['been', 'let', 'go'],
  ['unemployed'],
];

/**
 * The first words of a job lost in the text ("laid off", "made redundant") and where they start, or undefined. A loss is what happened, not
 * always what the writer now wants (a driver "since I got laid off" may ask about driving): the reader takes it as a
 * job search only when the text names no goal at all.
 */
export function jobLossIn(words: readonly string[]): { at: number; words: string } | undefined {
  for (let i = 0; i < words.length; i++)
    for (const loss of JOB_LOSS)
      if (loss.every((w, k) => words[i + k] === w) && words[i + loss.length] !== 'of')
        return { at: i, words: loss.join(' ') };
  return undefined;
}

/**
 * Verbs of heading into a line of work, said before "into" ("get into UX", "transition into product management",
 * "switching into nursing"): present or wished for, not told as done ("got into", "moved into").
 */
const HEADING: ReadonlySet<string> = new Set([
  ...['get', 'getting', 'go', 'going', 'move', 'moving', 'switch', 'switching', 'pivot', 'pivoting'],
  ...['transition', 'transitioning', 'segue', 'change', 'changing'],
]);

/** Verbs of taking up a trade, said before "a" or "an" and the trade ("become a paralegal", "becoming an electrician"). */
const BECOMING: ReadonlySet<string> = new Set(['become', 'becoming']);

/** Most words between "into" and the field it heads for: "get into| the tech| industry", "into| a career in| data". */
const HEADING_REACH = 3;

/**
 * The words of heading into the field named at word `at` ("get into", "become a"), or undefined: a verb of heading
 * and "into" at most {@link HEADING_REACH} words before the field in its clause, or "become a" right before it. Someone
 * heading into a field ("I want to get into UX", "how do I become a paralegal") is changing careers: a job sought,
 * as "break into" is; only a field read says it is a line of work ("get into trouble" names none).
 */
export function fieldHeadedForAt(words: readonly string[], clauses: readonly number[], at: number): string | undefined {
  if (at < 2) return undefined;
  if (
    (words[at - 1] === 'a' || words[at - 1] === 'an') &&
    BECOMING.has(words[at - 2]!) &&
    clauses[at - 2] === clauses[at]
  )
    return words.slice(at - 2, at).join(' ');
  return lookBack(words, clauses, at, HEADING_REACH, (w, k) =>
    w === 'into' && HEADING.has(words[k - 1] ?? '') && clauses[k - 1] === clauses[at]
      ? words.slice(k - 1, k + 1).join(' ')
      : undefined,
  );
}
